"""Object operations: properties, read (streamed, verified, resumable), download, upload, delete."""

from __future__ import annotations

import functools
import os
import stat
from collections.abc import AsyncIterable, Callable, Iterable
from io import BytesIO
from typing import Any, BinaryIO

import attrs
import xxhash
from ais_openapi.api.objects import delete_object as gen_delete_object
from ais_openapi.api.objects import get_object as gen_get_object
from ais_openapi.api.objects import head_object as gen_head_object
from ais_openapi.api.objects import put_object as gen_put_object
from ais_openapi.types import UNSET, File, Unset

from ._core.body import BodySource
from ._core.declare import operation
from ._core.protocol import HashFile, Op, Request, Response, Upload
from ._core.reader import DEFAULT_CHUNK_SIZE
from ._core.validate import PROVIDER_AIS, parse_byte_range, validate_chunk_size, validate_namespace
from ._core.wire import ns_query, object_args, placement, request_from_kwargs
from .errors import ChecksumMismatch, ErrBckNotFound, ErrObjNotFound, InvalidArgument, InvalidArgumentType
from .headers import ObjectHeader
from .models import ObjectProps

__all__ = [
    "CHECKSUM_TYPE",
    "DEFAULT_PART_SIZE",
    "Download",
    "OpenedObject",
    "PartsPlan",
    "delete_object",
    "download_object",
    "get_object",
    "head_object",
    "put_content",
    "put_object",
]

# AIS "xxhash2" (cespare/xxhash) and "xxhash" (OneOfOne/xxhash) are both XXH64
# with seed 0 and give identical hex digests. Buckets default to xxhash2, so the
# target verifies our value with the hash it computes anyway (no second pass).
CHECKSUM_TYPE = "xxhash2"


@attrs.frozen
class OpenedObject:
    """An object GET whose body is still unread; the client turns it into a stream."""

    response: Response
    chunk_size: int
    # Resume a broken whole-object read: the operation that reads from a byte offset on.
    reopen: Callable[[int], Op[Response]] | None


@attrs.frozen
class PartsPlan:
    """How to fetch one object in parallel byte ranges: what HEAD said, and how to read a range."""

    props: ObjectProps
    size: int
    part_size: int
    workers: int
    # read(start, end): the operation that GETs bytes start..end (inclusive) of the object.
    read: Callable[[int, int], Op[Response]]

    def parts(self) -> list[tuple[int, int]]:
        return [(start, min(start + self.part_size, self.size) - 1) for start in range(0, self.size, self.part_size)]


@attrs.frozen
class Download:
    """An object to save to a local path: opened as one stream, or planned as parallel ranges."""

    opened: OpenedObject | None
    path: str
    name: str
    parts: PartsPlan | None = None


@operation(obj="head")
def head_object(bck_name: str, obj_name: str, provider: str = PROVIDER_AIS, *, namespace: str = "") -> Op[ObjectHeader]:
    """An object's properties, without its data.

    Args:
        bck_name: the bucket's name.
        obj_name: the object's name.
        provider: the bucket's provider ("ais" by default).
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

    Returns:
        The response headers (a case-insensitive mapping) with the typed `ObjectProps` as `.props`
        (size, checksum, version, atime, custom metadata).

    Raises:
        InvalidObjectName: the name breaks AIS naming rules (before any request).
        ErrObjNotFound: no such object.
        ErrBckNotFound: no such bucket.
    """
    bck, obj, prov = object_args(bck_name, obj_name, provider)
    kwargs = gen_head_object._get_kwargs(bck, obj, provider=prov, namespace=ns_query(namespace))
    resp: Response = yield request_from_kwargs(
        kwargs,
        idempotent=True,
        placement=placement(bck, obj, prov, validate_namespace(namespace)),
        not_found=ErrObjNotFound,
    )
    return resp.headers.view_as(ObjectHeader)


def _open(
    bck: str, obj: str, provider: str, namespace: str, archpath: str, byte_range: str | None, chunk_size: int
) -> Op[Response]:
    bck, obj, prov = object_args(bck, obj, provider)
    ns = validate_namespace(namespace)
    validate_chunk_size(chunk_size)
    rng: str | Unset = UNSET if byte_range is None else parse_byte_range(byte_range)
    kwargs = gen_get_object._get_kwargs(
        bck, obj, provider=prov, namespace=ns or UNSET, archpath=archpath or UNSET, range_=rng
    )
    resp: Response = yield request_from_kwargs(
        kwargs, idempotent=True, stream=True, placement=placement(bck, obj, prov, ns), not_found=ErrObjNotFound
    )
    return resp


def _read_from(bck: str, obj: str, provider: str, namespace: str, offset: int) -> Op[Response]:
    return _open(bck, obj, provider, namespace, "", f"bytes={offset}-", DEFAULT_CHUNK_SIZE)


def _read_range(bck: str, obj: str, provider: str, namespace: str, start: int, end: int) -> Op[Response]:
    return _open(bck, obj, provider, namespace, "", f"bytes={start}-{end}", DEFAULT_CHUNK_SIZE)


# Parallel downloads split objects into parts of this size (and only objects of at least two parts).
DEFAULT_PART_SIZE = 16 << 20


@operation(result="stream", obj="get_reader")
def get_object(
    bck_name: str,
    obj_name: str,
    provider: str = PROVIDER_AIS,
    archpath: str = "",
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    *,
    byte_range: str | None = None,
    namespace: str = "",
) -> Op[OpenedObject]:
    """Open an object (or, with `archpath`, one file inside an archive object) for streaming.

    A whole-object read is checked against the object's checksum as it streams (unless the client
    was made with `verify_checksums=False`), and resumes with a range request from the first missing
    byte when the connection breaks midway.

    Args:
        bck_name: the bucket's name.
        obj_name: the object's name.
        provider: the bucket's provider ("ais" by default).
        archpath: a file inside a tar/tgz/zip object to read instead of the whole object.
        chunk_size: bytes per chunk when iterating the stream.
        byte_range: read part of the object: "bytes=0-99", "0-99", "100-" or "-100".
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

    Returns:
        A stream: iterate it for chunks, or `read(n)`, `read_all()`, `save(path)`; close it (or
        use `with`) to release the connection early.

    Raises:
        InvalidArgument: bad `chunk_size` or `byte_range` (before any request).
        ErrObjNotFound: no such object.
        ChecksumMismatch: at the end of the stream, if the bytes differ from the object's checksum.
        ObjectChanged: a resumed read found the object changed meanwhile.
        AISConnectionError: the transfer broke and could not be resumed.
    """
    resp = yield from _open(bck_name, obj_name, provider, namespace, archpath, byte_range, chunk_size)
    whole = not archpath and byte_range is None
    reopen = functools.partial(_read_from, bck_name, obj_name, provider, namespace) if whole else None
    return OpenedObject(resp, chunk_size, reopen)


def _check_download_path(path: str | os.PathLike[str]) -> str:
    fspath = os.fspath(path)
    if os.path.isdir(fspath):
        raise IsADirectoryError(f"{fspath!r} is a directory; name the file to write")
    folder = os.path.dirname(os.path.abspath(fspath))
    if not os.path.isdir(folder):
        raise FileNotFoundError(f"folder {folder!r} does not exist")
    return fspath


@operation(result="download", obj="download")
def download_object(
    bck_name: str,
    obj_name: str,
    path: str | os.PathLike[str],
    provider: str = PROVIDER_AIS,
    *,
    archpath: str = "",
    byte_range: str | None = None,
    namespace: str = "",
    workers: int = 1,
    part_size: int = DEFAULT_PART_SIZE,
) -> Op[Download]:
    """Save an object to a local file, atomically: a temporary file in the same folder is renamed into
    place only once every byte arrived (and matched the checksum); nothing is left behind on failure.

    Args:
        bck_name: the bucket's name.
        obj_name: the object's name.
        path: the file to write (its folder must exist).
        provider: the bucket's provider ("ais" by default).
        archpath: save one file from inside an archive object instead.
        byte_range: save part of the object (see `get_object`).
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).
        workers: fetch a whole object of at least two parts with this many parallel range requests
            (threads in the sync client, tasks in the async one), written in place into the
            temporary file: memory stays constant; every range is checked to come from the same
            object version, and the whole file against the object's checksum.
        part_size: bytes per range request when `workers` > 1.

    Returns:
        The object's properties, with `size` the bytes written.

    Raises:
        IsADirectoryError: `path` is a directory (before any request).
        FileNotFoundError: `path`'s folder does not exist (before any request).
        ErrObjNotFound: no such object.
        ChecksumMismatch: the bytes differ from the object's checksum (no file is written).
    """
    fspath = _check_download_path(path)
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise InvalidArgument("workers", f"must be an int >= 1, got {workers!r}")
    validate_chunk_size(part_size)
    if workers > 1 and not archpath and byte_range is None:
        head = yield from head_object(bck_name, obj_name, provider, namespace=namespace)
        size = head.props.size or 0
        if size >= 2 * part_size:
            read = functools.partial(_read_range, bck_name, obj_name, provider, namespace)
            plan = PartsPlan(head.props, size, part_size, workers, read)
            return Download(None, fspath, obj_name, plan)
    opened = yield from get_object(
        bck_name, obj_name, provider, archpath, DEFAULT_CHUNK_SIZE, byte_range=byte_range, namespace=namespace
    )
    return Download(opened, fspath, obj_name)


def _local_upload(path: str | os.PathLike[str]) -> Upload:
    st = os.stat(path)  # FileNotFoundError / PermissionError surface as-is
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(f"{os.fspath(path)!r} is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise ValueError(f"{os.fspath(path)!r} is not a regular file")
    return Upload(os.fspath(path), st.st_size, st.st_mtime_ns)


@operation(obj="put_file")
def put_object(
    bck_name: str,
    obj_name: str,
    path: str | os.PathLike[str],
    provider: str = PROVIDER_AIS,
    *,
    checksum: tuple[str, str] | None = None,
    namespace: str = "",
) -> Op[ObjectProps]:
    """Upload a local file, streamed, with a checksum the target verifies before storing it.

    The first hop goes to the proxy without a body and the file streams to the target it names,
    so nothing large is sent twice; a retry starts again at the proxy. Exactly the file's size as
    measured is sent.

    Args:
        bck_name: the bucket's name.
        obj_name: the object's name.
        path: the local file.
        provider: the bucket's provider ("ais" by default).
        checksum: (type, hex value) already known for the file, to skip hashing it.
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

    Returns:
        The stored object's properties (`size` is the file's).

    Raises:
        FileNotFoundError: no such file (before any request).
        IsADirectoryError: `path` is a directory (before any request).
        LocalFileChanged: the file changed while it was read; nothing is stored.
        ErrBadCksum: the data arrived corrupted; nothing is stored.
        ErrBckNotFound: no such bucket.
    """
    bck, obj, prov = object_args(bck_name, obj_name, provider)
    upload = _local_upload(path)
    if checksum is None:
        digest: str = yield HashFile(upload)
        checksum = (CHECKSUM_TYPE, digest)
    kwargs = gen_put_object._get_kwargs(
        bck, obj, body=File(payload=BytesIO(b"")), provider=prov, namespace=ns_query(namespace)
    )
    req = request_from_kwargs(
        kwargs,
        idempotent=True,  # the same bytes under the same name
        content=None,
        headers=(
            ("Content-Type", "application/octet-stream"),
            ("Ais-Checksum-Type", checksum[0]),
            ("Ais-Checksum-Value", checksum[1]),
        ),
        upload=upload,
        body_after_redirect=True,
        not_found=ErrBckNotFound,
    )
    resp: Response = yield req
    props = ObjectProps.from_headers(resp.headers)
    if not props.checksum_value:
        # Same content already stored: the target skips the write and echoes no
        # checksum; it matched ours, so report ours.
        props = attrs.evolve(props, checksum_type=checksum[0], checksum_value=checksum[1])
    # The PUT response's Content-Length is its own (empty) body, not the object's size.
    return attrs.evolve(props, name=obj, size=upload.size)


def _content_request(
    bck: str, obj: str, prov: Any, namespace: str, headers: tuple[tuple[str, str], ...], **body: Any
) -> Request:
    kwargs = gen_put_object._get_kwargs(
        bck, obj, body=File(payload=BytesIO(b"")), provider=prov, namespace=ns_query(namespace)
    )
    return request_from_kwargs(
        kwargs,
        content=None,
        headers=(("Content-Type", "application/octet-stream"), *headers),
        body_after_redirect=True,
        not_found=ErrBckNotFound,
        **body,
    )


@operation(obj="put_content")
def put_content(
    bck_name: str,
    obj_name: str,
    data: bytes | bytearray | memoryview | BinaryIO | Iterable[bytes] | AsyncIterable[bytes],
    provider: str = PROVIDER_AIS,
    *,
    namespace: str = "",
) -> Op[ObjectProps]:
    """Store bytes, a file object, or an iterator of byte chunks as an object, streamed.

    Bytes carry their checksum, so the target verifies them before storing. A file object or an
    iterator (an async iterator on `AsyncClient`) is read once, sent as it comes (its length need not
    be known) and hashed on the way; the answer's checksum must match, or the object is deleted
    and `ChecksumMismatch` raised. Such a body cannot be sent twice, so it is retried only when
    nothing was sent yet.

    Args:
        bck_name: the bucket's name.
        obj_name: the object's name.
        data: the content.
        provider: the bucket's provider ("ais" by default).
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

    Returns:
        The stored object's properties (`size` is the number of bytes sent).

    Raises:
        TypeError: `data` is none of the above (before any request).
        ErrBadCksum: bytes arrived corrupted; nothing is stored.
        ChecksumMismatch: a streamed body arrived corrupted; the object was deleted again.
        ErrBckNotFound: no such bucket.
    """
    bck, obj, prov = object_args(bck_name, obj_name, provider)
    if isinstance(data, (bytes, bytearray, memoryview)):
        payload = bytes(data)
        digest = xxhash.xxh64(payload).hexdigest()
        ck = (("Ais-Checksum-Type", CHECKSUM_TYPE), ("Ais-Checksum-Value", digest))
        req = _content_request(bck, obj, prov, namespace, ck, idempotent=True)
        resp: Response = yield attrs.evolve(req, content=payload)
        props = ObjectProps.from_headers(resp.headers)
        return attrs.evolve(props, name=obj, size=len(payload), checksum_type=CHECKSUM_TYPE, checksum_value=digest)
    if isinstance(data, str) or not BodySource.accepts(data):
        raise InvalidArgumentType(
            "data", f"must be bytes, a binary file object or an iterator of bytes, got {type(data).__name__}"
        )
    source = BodySource(data)
    # Not replayable: retried only when nothing was sent (a refused connection, a 429, cluster starting).
    resp = yield _content_request(bck, obj, prov, namespace, (), idempotent=False, source=source)
    props = ObjectProps.from_headers(resp.headers)
    answered = props.checksum_value if props.checksum_type in ("xxhash", "xxhash2") else ""
    if answered and answered != source.hexdigest():
        yield request_from_kwargs(
            gen_delete_object._get_kwargs(bck, obj, provider=prov, namespace=ns_query(namespace)),
            idempotent=True,
            accept=frozenset({404}),
        )
        raise ChecksumMismatch(f"{prov.value}://{bck}/{obj}", props.checksum_type, source.hexdigest(), answered)
    return attrs.evolve(props, name=obj, size=source.sent)


@operation(obj="delete")
def delete_object(bck_name: str, obj_name: str, provider: str = PROVIDER_AIS, *, namespace: str = "") -> Op[None]:
    """Delete an object.

    Args:
        bck_name: the bucket's name.
        obj_name: the object's name.
        provider: the bucket's provider ("ais" by default).
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

    Raises:
        ErrObjNotFound: no such object (a retry after a lost answer that finds it gone succeeds).
    """
    bck, obj, prov = object_args(bck_name, obj_name, provider)
    yield request_from_kwargs(
        gen_delete_object._get_kwargs(bck, obj, provider=prov, namespace=ns_query(namespace)),
        idempotent=True,
        not_found=ErrObjNotFound,
        gone_is_done=True,
    )
