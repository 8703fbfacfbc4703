"""Object operations: properties, read (streamed, verified, resumable), download, upload, delete."""

from __future__ import annotations

import functools
import os
import stat
from collections.abc import AsyncIterable, Callable, Iterable, Mapping, Sequence
from io import BytesIO
from typing import Any, BinaryIO

import attrs
import xxhash
from ais_openapi.api.cluster import query_cluster as gen_query_cluster
from ais_openapi.api.objects import delete_object as gen_delete_object
from ais_openapi.api.objects import get_object as gen_get_object
from ais_openapi.api.objects import head_object as gen_head_object
from ais_openapi.api.objects import object_action as gen_object_action
from ais_openapi.api.objects import objects_action as gen_objects_action
from ais_openapi.api.objects import put_object as gen_put_object
from ais_openapi.api.objects import set_object_custom as gen_set_object_custom
from ais_openapi.models import (
    BlobDownloadMsg,
    BlobMsg,
    GetObjectAisBlobDownload,
    GetObjectArchmode,
    MptAbortMsg,
    MptCompletedPart,
    MptCompleteMsg,
    MptUploadMsg,
    PromoteArgs,
    PromoteMsg,
    PutObjectAppendType,
    QueryClusterWhat,
    QueryMsg,
    RenameObjectMsg,
    SetCustomMsg,
    SetCustomMsgValue,
)
from ais_openapi.types import UNSET, File, Unset

from ._core.body import BodySource
from ._core.declare import operation
from ._core.protocol import HashFile, Op, Request, Response, Sleep, Upload
from ._core.reader import DEFAULT_CHUNK_SIZE
from ._core.validate import (
    PROVIDER_AIS,
    parse_byte_range,
    split_namespace,
    validate_chunk_size,
    validate_namespace,
    validate_object_name,
    validate_props,
    validate_wait_timeout,
)
from ._core.wire import bucket_args, ns_query, object_args, placement, request_from_kwargs
from .errors import (
    AISNotFound,
    ChecksumMismatch,
    ErrBckNotFound,
    ErrObjNotFound,
    InvalidArgument,
    InvalidArgumentType,
    ObjectChanged,
    XactionAborted,
    XactionWaitTimeout,
)
from .headers import HeadObjectHeader, ObjectHeader
from .jobs import poll_pauses
from .models import ObjectProps, XactStatus

__all__ = [
    "CHECKSUM_TYPE",
    "DEFAULT_PART_SIZE",
    "DEFAULT_WRITE_BUFFER",
    "Download",
    "ObjectWriterPlan",
    "OpenedObject",
    "PartsPlan",
    "abort_multipart_upload",
    "append_object",
    "blob_download",
    "complete_multipart_upload",
    "copy_object",
    "create_multipart_upload",
    "delete_object",
    "download_object",
    "flush_object",
    "get_object",
    "head_object",
    "open_writer",
    "promote",
    "put_content",
    "put_object",
    "rename_object",
    "set_custom_metadata",
    "upload_part",
    "wait_for_blob_download",
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
def head_object(
    bck_name: str, obj_name: str, provider: str = PROVIDER_AIS, *, namespace: str = "", props: str = ""
) -> Op[ObjectHeader]:
    """An object's properties, without its data.

    Args:
        bck_name: the bucket's name.
        obj_name: the object's name.
        provider: the bucket's provider ("ais" by default).
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).
        props: only these comma-separated properties (as for `list_objects`); "" for all.

    Returns:
        The response headers (a case-insensitive mapping) with the typed `ObjectProps` as `.props`
        (size, checksum, version, atime, custom metadata).

    Raises:
        InvalidObjectName: the name breaks AIS naming rules (before any request).
        ErrObjNotFound: no such object.
        ErrBckNotFound: no such bucket.
    """
    bck, obj, prov = object_args(bck_name, obj_name, provider)
    selected = validate_props(props) if props else ""
    kwargs = gen_head_object._get_kwargs(
        bck, obj, provider=prov, namespace=ns_query(namespace), props=selected or UNSET
    )
    resp: Response = yield request_from_kwargs(
        kwargs,
        idempotent=True,
        placement=placement(bck, obj, prov, validate_namespace(namespace)),
        not_found=ErrObjNotFound,
    )
    return resp.headers.view_as(HeadObjectHeader)


# A blob download reads in chunks of this range (AIS would silently clamp other values: xact/xs/blob_download.go).
BLOB_MIN_CHUNK_SIZE = 32 << 10
BLOB_MAX_CHUNK_SIZE = 16 << 20
BLOB_MAX_WORKERS = 128


def _is_remote(provider: str, namespace: str) -> bool:
    """A cloud bucket, or a bucket of a remote AIS cluster (`@uuid` namespace)."""
    return provider != PROVIDER_AIS or bool(split_namespace(namespace)[0])


def _check_blob_options(chunk_size: int, workers: int, chunk_option: str, workers_option: str) -> None:
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int):
        raise InvalidArgumentType(chunk_option, f"must be an int, got {type(chunk_size).__name__}")
    if chunk_size and not BLOB_MIN_CHUNK_SIZE <= chunk_size <= BLOB_MAX_CHUNK_SIZE:
        raise InvalidArgument(
            chunk_option,
            f"must be 0 (AIS's default, 4 MiB) or {BLOB_MIN_CHUNK_SIZE}..{BLOB_MAX_CHUNK_SIZE} bytes, got {chunk_size}",
        )
    if isinstance(workers, bool) or not isinstance(workers, int) or not 0 <= workers <= BLOB_MAX_WORKERS:
        raise InvalidArgument(
            workers_option, f"must be an int in 0..{BLOB_MAX_WORKERS} (0: automatic), got {workers!r}"
        )


@attrs.frozen
class RemoteRead:
    """How a GET of a remote bucket's object treats the cluster's cached copy (`latest`, blob download)."""

    latest: bool = False
    blob_download: bool = False
    blob_chunk_size: int = 0
    blob_workers: int = 0

    def check(self, provider: str, namespace: str, *, whole: bool) -> None:
        for option in ("latest", "blob_download"):
            if not isinstance(getattr(self, option), bool):
                raise InvalidArgumentType(option, f"must be a bool, got {type(getattr(self, option)).__name__}")
        if not self.blob_download and (self.blob_chunk_size or self.blob_workers):
            raise InvalidArgument("blob_chunk_size", "blob_chunk_size and blob_workers need blob_download=True")
        _check_blob_options(self.blob_chunk_size, self.blob_workers, "blob_chunk_size", "blob_workers")
        if (self.latest or self.blob_download) and not _is_remote(provider, namespace):
            option = "latest" if self.latest else "blob_download"
            raise InvalidArgument(option, "applies to remote buckets only (a cloud bucket or `ais://@uuid/...`)")
        if self.blob_download and not whole:
            raise InvalidArgument("blob_download", "reads whole objects only (no byte_range, archpath or archregx)")

    def get_args(self) -> dict[str, Any]:
        """The `get_object` query and header arguments these options add."""
        args: dict[str, Any] = {}
        if self.latest:
            args["latest_ver"] = True
        if self.blob_download:
            args["ais_blob_download"] = GetObjectAisBlobDownload.TRUE
            if self.blob_chunk_size:
                args["ais_blob_chunk"] = str(self.blob_chunk_size)
            if self.blob_workers:
                args["ais_blob_workers"] = self.blob_workers
        return args


def _open(
    bck: str,
    obj: str,
    provider: str,
    namespace: str,
    archpath: str,
    byte_range: str | None,
    chunk_size: int,
    archregx: str = "",
    archmode: str = "",
    remote: RemoteRead | None = None,
) -> Op[Response]:
    bck, obj, prov = object_args(bck, obj, provider)
    ns = validate_namespace(namespace)
    validate_chunk_size(chunk_size)
    rng: str | Unset = UNSET if byte_range is None else parse_byte_range(byte_range)
    remote = remote or RemoteRead()
    remote.check(prov.value, ns, whole=not archpath and not archregx and byte_range is None)
    mode: GetObjectArchmode | Unset = UNSET
    if archmode or archregx:
        if archpath:
            raise InvalidArgument("archregx", "give archpath or archregx, not both")
        if not archregx:
            raise InvalidArgument("archmode", "needs archregx (the pattern, prefix, suffix, substring or key)")
        try:
            mode = GetObjectArchmode(archmode or "regexp")
        except ValueError:
            choices = ", ".join(m.value for m in GetObjectArchmode)
            raise InvalidArgument("archmode", f"{archmode!r} is not one of {choices}") from None
    kwargs = gen_get_object._get_kwargs(
        bck,
        obj,
        provider=prov,
        namespace=ns or UNSET,
        archpath=archpath or UNSET,
        archregx=archregx or UNSET,
        archmode=mode,
        range_=rng,
        **remote.get_args(),
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
    archregx: str = "",
    archmode: str = "",
    latest: bool = False,
    blob_download: bool = False,
    blob_chunk_size: int = 0,
    blob_workers: int = 0,
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
        archregx: read the files of an archive object that match, as one TAR stream: a regular
            expression, or a prefix, suffix, substring or WebDataset key, as `archmode` says.
        archmode: "regexp" (default), "prefix", "suffix", "substr" or "wdskey".
        latest: remote buckets only: first ask the remote backend whether the cluster's cached
            copy is still current (same size, version and checksum), and fetch it again if not; a
            plain GET serves the cached copy as it is. For a bucket of an attached AIS cluster this
            catches an object overwritten there (its checksum changes), with or without versioning
            on either side; setting the bucket's `versioning.validate_warm_get` does the same for
            every GET.
        blob_download: remote buckets only, whole objects only: have the cluster fetch the object
            from the remote backend in parallel chunks (its blob downloader) while streaming it.
        blob_chunk_size: bytes per chunk of a blob download: 0 for AIS's default (4 MiB), else
            32 KiB to 16 MiB.
        blob_workers: chunks a blob download fetches at once: 0 for automatic, at most 128.

    Returns:
        A stream: iterate it for chunks, or `read(n)`, `read_all()`, `save(path)`; close it (or
        use `with`) to release the connection early.

    Raises:
        InvalidArgument: bad `chunk_size` or `byte_range`, or `latest` / blob options on a bucket
            of this cluster (before any request).
        ErrObjNotFound: no such object.
        ChecksumMismatch: at the end of the stream, if the bytes differ from the object's checksum.
        ObjectChanged: a resumed read found the object changed meanwhile.
        AISConnectionError: the transfer broke and could not be resumed.
    """
    remote = RemoteRead(latest, blob_download, blob_chunk_size, blob_workers)
    resp = yield from _open(
        bck_name, obj_name, provider, namespace, archpath, byte_range, chunk_size, archregx, archmode, remote
    )
    whole = not archpath and not archregx and byte_range is None
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
    latest: bool = False,
    blob_download: bool = False,
    blob_chunk_size: int = 0,
    blob_workers: int = 0,
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
        latest: remote buckets only: first ask the remote backend whether the cluster's cached
            copy is still current (same size, version and checksum), and fetch it again if not; a
            plain GET serves the cached copy as it is. For a bucket of an attached AIS cluster this
            catches an object overwritten there (its checksum changes), with or without versioning
            on either side; setting the bucket's `versioning.validate_warm_get` does the same for
            every GET.
        blob_download: remote buckets only, whole objects only: have the cluster fetch the object
            from the remote backend in parallel chunks (its blob downloader) while streaming it.
            With `latest` or `blob_download` the object is read as one stream (`workers` must be 1).
        blob_chunk_size: bytes per chunk of a blob download: 0 for AIS's default (4 MiB), else
            32 KiB to 16 MiB.
        blob_workers: chunks a blob download fetches at once: 0 for automatic, at most 128.

    Returns:
        The object's properties, with `size` the bytes written.

    Raises:
        IsADirectoryError: `path` is a directory (before any request).
        FileNotFoundError: `path`'s folder does not exist (before any request).
        InvalidArgument: `latest` or blob options on a bucket of this cluster, or with `workers` > 1
            (before any request).
        ErrObjNotFound: no such object.
        ChecksumMismatch: the bytes differ from the object's checksum (no file is written).
    """
    fspath = _check_download_path(path)
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise InvalidArgument("workers", f"must be an int >= 1, got {workers!r}")
    validate_chunk_size(part_size)
    if (latest or blob_download) and workers > 1:
        option = "latest" if latest else "blob_download"
        raise InvalidArgument(option, "reads the object as one stream; use workers=1")
    if workers > 1 and not archpath and byte_range is None:
        head = yield from head_object(bck_name, obj_name, provider, namespace=namespace)
        size = head.props.size or 0
        if size >= 2 * part_size:
            read = functools.partial(_read_range, bck_name, obj_name, provider, namespace)
            plan = PartsPlan(head.props, size, part_size, workers, read)
            return Download(None, fspath, obj_name, plan)
    opened = yield from get_object(
        bck_name,
        obj_name,
        provider,
        archpath,
        DEFAULT_CHUNK_SIZE,
        byte_range=byte_range,
        namespace=namespace,
        latest=latest,
        blob_download=blob_download,
        blob_chunk_size=blob_chunk_size,
        blob_workers=blob_workers,
    )
    return Download(opened, fspath, obj_name)


def _local_upload(path: str | os.PathLike[str]) -> Upload:
    st = os.stat(path)  # FileNotFoundError / PermissionError surface as-is
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(f"{os.fspath(path)!r} is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise ValueError(f"{os.fspath(path)!r} is not a regular file")
    return Upload(os.fspath(path), st.st_size, st.st_mtime_ns)


# Files of at least this size are uploaded as a multipart upload with parallel parts (put_object).
# Not lower: measured on a 2-core loopback cluster (make bench, parallel-put), one streamed PUT of
# 1 GiB ran at ~1000 MB/s and 8 parallel 16 MiB parts at ~300 MB/s (the target joins the parts).
# What parts buy at this size is that a failure costs one part's retry, not the whole file's.
DEFAULT_MULTIPART_THRESHOLD = 4 << 30


@attrs.frozen
class MultipartPlan:
    """A local file to send as the parts of an open multipart upload, `workers` at a time."""

    bck: str
    obj: str
    provider: str
    namespace: str
    upload: Upload
    upload_id: str
    checksum: tuple[str, str]
    part_size: int
    workers: int

    def parts(self) -> list[tuple[int, int, int]]:
        """(part number, file offset, length) of every part, in order."""
        size, step = self.upload.size, self.part_size
        return [(i + 1, off, min(step, size - off)) for i, off in enumerate(range(0, size, step))]

    def send_part(self, number: int, data: bytes) -> Op[None]:
        return upload_part(self.bck, self.obj, self.upload_id, number, data, self.provider, namespace=self.namespace)

    def complete(self) -> Op[None]:
        numbers = [n for n, _, _ in self.parts()]
        return complete_multipart_upload(
            self.bck, self.obj, self.upload_id, numbers, self.provider, namespace=self.namespace
        )

    def abort(self) -> Op[None]:
        return abort_multipart_upload(self.bck, self.obj, self.upload_id, self.provider, namespace=self.namespace)

    def finish(self) -> Op[ObjectProps]:
        """The stored object's properties, checked against the file's checksum (a mismatch deletes it)."""
        head = yield from head_object(self.bck, self.obj, self.provider, namespace=self.namespace)
        props = head.props
        ctype, digest = self.checksum
        if props.checksum_value and props.checksum_type and props.checksum_type != ctype:
            # AIS checksums a joined object its own way (crc32c as seen on v1.5.0): hash the file so too.
            ours: str = yield HashFile(self.upload, props.checksum_type)
            if ours:
                ctype, digest = props.checksum_type, ours
        if props.checksum_type == ctype and props.checksum_value and props.checksum_value != digest:
            yield from delete_object(self.bck, self.obj, self.provider, namespace=self.namespace)
            raise ChecksumMismatch(f"{self.provider}://{self.bck}/{self.obj}", ctype, digest, props.checksum_value)
        if props.size is not None and props.size != self.upload.size:
            yield from delete_object(self.bck, self.obj, self.provider, namespace=self.namespace)
            raise ChecksumMismatch(
                f"{self.provider}://{self.bck}/{self.obj}", "size", str(self.upload.size), str(props.size)
            )
        return attrs.evolve(props, name=self.obj, size=self.upload.size)


@operation(result="upload", obj="put_file")
def put_object(
    bck_name: str,
    obj_name: str,
    path: str | os.PathLike[str],
    provider: str = PROVIDER_AIS,
    *,
    checksum: tuple[str, str] | None = None,
    namespace: str = "",
    multipart_threshold: int | None = DEFAULT_MULTIPART_THRESHOLD,
    part_size: int = DEFAULT_PART_SIZE,
    workers: int = 4,
) -> Op[ObjectProps | MultipartPlan]:
    """Upload a local file, streamed, with a checksum the target verifies before storing it.

    The first hop goes to the proxy without a body and the file streams to the target it names,
    so nothing large is sent twice; a retry starts again at the proxy. Exactly the file's size as
    measured is sent.

    A file of at least `multipart_threshold` bytes (4 GiB by default) goes as a multipart upload
    instead: `part_size` pieces, `workers` at a time (threads in the sync client, tasks in the async
    one; memory stays at about `workers` x `part_size`), each retried on its own, then joined. The
    result is checked against the file's checksum; on any failure the upload is aborted and nothing
    is left behind.

    Args:
        bck_name: the bucket's name.
        obj_name: the object's name.
        path: the local file.
        provider: the bucket's provider ("ais" by default).
        checksum: (type, hex value) already known for the file, to skip hashing it.
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).
        multipart_threshold: the size from which a file is sent in parallel parts; None: never.
        part_size: bytes per part of a multipart upload.
        workers: parts sent at once in a multipart upload.

    Returns:
        The stored object's properties (`size` is the file's).

    Raises:
        FileNotFoundError: no such file (before any request).
        IsADirectoryError: `path` is a directory (before any request).
        InvalidArgument: a bad `part_size`, `workers` or `multipart_threshold` (before any request).
        LocalFileChanged: the file changed while it was read; nothing is stored.
        ErrBadCksum: the data arrived corrupted; nothing is stored.
        ChecksumMismatch: the joined parts differ from the file; the object was deleted again.
        ErrBckNotFound: no such bucket.
    """
    bck, obj, prov = object_args(bck_name, obj_name, provider)
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise InvalidArgument("workers", f"must be an int >= 1, got {workers!r}")
    validate_chunk_size(part_size)
    if multipart_threshold is not None and (
        isinstance(multipart_threshold, bool) or not isinstance(multipart_threshold, int) or multipart_threshold < 1
    ):
        raise InvalidArgument("multipart_threshold", f"must be an int >= 1 or None, got {multipart_threshold!r}")
    upload = _local_upload(path)
    if checksum is None:
        digest: str = yield HashFile(upload)
        checksum = (CHECKSUM_TYPE, digest)
    if multipart_threshold is not None and upload.size >= multipart_threshold and upload.size > part_size:
        if -(-upload.size // part_size) > 9999:
            raise InvalidArgument("part_size", f"{upload.size} bytes in parts of {part_size} is more than 9999 parts")
        upload_id = yield from create_multipart_upload(bck, obj, prov.value, namespace=namespace)
        return MultipartPlan(bck, obj, prov.value, namespace, upload, upload_id, checksum, part_size, workers)
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


# --------------------------------------------------------------------------- append, multipart, copy, rename, metadata


def _data_request(
    bck: str, obj: str, prov: Any, namespace: str, data: bytes, idempotent: bool, **query: Any
) -> Request:
    """A PUT of in-memory bytes: body-less to the proxy, the bytes only to the target it names."""
    kwargs = gen_put_object._get_kwargs(
        bck, obj, body=File(payload=BytesIO(b"")), provider=prov, namespace=ns_query(namespace), **query
    )
    return request_from_kwargs(
        kwargs, content=data, idempotent=idempotent, body_after_redirect=True, not_found=ErrBckNotFound
    )


def _bytes_of(name: str, data: object) -> bytes:
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InvalidArgumentType(name, f"must be bytes, got {type(data).__name__}")
    return bytes(data)


@operation(obj="append")
def append_object(
    bck_name: str,
    obj_name: str,
    data: bytes,
    provider: str = PROVIDER_AIS,
    *,
    handle: str = "",
    namespace: str = "",
) -> Op[str]:
    """Append bytes to an object being built; it becomes visible only with `flush_object`.

    Args:
        bck_name: the bucket's name.
        obj_name: the object's name.
        data: the bytes to append.
        provider: the bucket's provider ("ais" by default).
        handle: the handle the previous append returned ("" for the first).
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

    Returns:
        The handle to pass to the next append and to `flush_object`.

    Raises:
        InvalidArgumentType: `data` is not bytes (before any request).
        ErrBckNotFound: no such bucket.
    """
    bck, obj, prov = object_args(bck_name, obj_name, provider)
    payload = _bytes_of("data", data)
    # Not idempotent: the same bytes appended twice would be there twice.
    req = _data_request(
        bck, obj, prov, namespace, payload, False, append_type=PutObjectAppendType.APPEND, append_handle=handle or UNSET
    )
    resp: Response = yield req
    return resp.headers.get("Ais-Append-Handle", "")


@operation(obj="flush")
def flush_object(
    bck_name: str, obj_name: str, handle: str, provider: str = PROVIDER_AIS, *, namespace: str = ""
) -> Op[None]:
    """Finish an object built with `append_object`: it becomes visible with everything appended.

    Args:
        bck_name: the bucket's name.
        obj_name: the object's name.
        handle: the handle of the last append.
        provider: the bucket's provider ("ais" by default).
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

    Raises:
        InvalidArgument: an empty handle (before any request).
    """
    bck, obj, prov = object_args(bck_name, obj_name, provider)
    if not isinstance(handle, str) or not handle:
        raise InvalidArgument("handle", "flush needs the handle of the last append")
    yield _data_request(
        bck, obj, prov, namespace, b"", True, append_type=PutObjectAppendType.FLUSH, append_handle=handle
    )


@operation(obj="create_multipart_upload")
def create_multipart_upload(
    bck_name: str, obj_name: str, provider: str = PROVIDER_AIS, *, namespace: str = ""
) -> Op[str]:
    """Start a multipart upload: parts are uploaded separately (in any order, in parallel), then joined.

    Args:
        bck_name: the bucket's name.
        obj_name: the object's name.
        provider: the bucket's provider ("ais" by default).
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

    Returns:
        The upload id, for `upload_part`, `complete_multipart_upload` and `abort_multipart_upload`.

    Raises:
        ErrBckNotFound: no such bucket.
    """
    bck, obj, prov = object_args(bck_name, obj_name, provider)
    kwargs = gen_object_action._get_kwargs(bck, obj, body=MptUploadMsg(), provider=prov, namespace=ns_query(namespace))
    # Not idempotent: each call starts another upload.
    resp: Response = yield request_from_kwargs(kwargs, idempotent=False, not_found=ErrBckNotFound)
    return resp.text.strip()


@operation(obj="upload_part")
def upload_part(
    bck_name: str,
    obj_name: str,
    upload_id: str,
    part_number: int,
    data: bytes,
    provider: str = PROVIDER_AIS,
    *,
    namespace: str = "",
) -> Op[None]:
    """Upload one part of a multipart upload (sending the same part again replaces it).

    Args:
        bck_name: the bucket's name.
        obj_name: the object's name.
        upload_id: from `create_multipart_upload`.
        part_number: 1 to 9999; parts are joined in the order `complete_multipart_upload` lists them.
        data: the part's bytes (not empty).
        provider: the bucket's provider ("ais" by default).
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

    Raises:
        InvalidArgument: an empty upload id or part, or a part number out of range (before any request).
    """
    bck, obj, prov = object_args(bck_name, obj_name, provider)
    payload = _bytes_of("data", data)
    if not upload_id:
        raise InvalidArgument("upload_id", "must not be empty")
    if isinstance(part_number, bool) or not isinstance(part_number, int) or not 1 <= part_number <= 9999:
        raise InvalidArgument("part_number", f"must be an int in 1..9999, got {part_number!r}")
    if not payload:
        raise InvalidArgument("data", "a part must not be empty")
    yield _data_request(bck, obj, prov, namespace, payload, True, upload_id=upload_id, part_number=part_number)


@operation(obj="complete_multipart_upload")
def complete_multipart_upload(
    bck_name: str,
    obj_name: str,
    upload_id: str,
    part_numbers: Sequence[int],
    provider: str = PROVIDER_AIS,
    *,
    namespace: str = "",
) -> Op[None]:
    """Join the uploaded parts, in the order given, into the object.

    Args:
        bck_name: the bucket's name.
        obj_name: the object's name.
        upload_id: from `create_multipart_upload`.
        part_numbers: the parts to join, in order.
        provider: the bucket's provider ("ais" by default).
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

    Raises:
        InvalidArgument: no parts (before any request).
        AISNotFound: unknown upload id.
    """
    bck, obj, prov = object_args(bck_name, obj_name, provider)
    parts = list(part_numbers)
    if not parts:
        raise InvalidArgument("part_numbers", "complete needs at least one part")
    body = MptCompleteMsg(value=[MptCompletedPart(part_number=n) for n in parts])
    kwargs = gen_object_action._get_kwargs(
        bck, obj, body=body, provider=prov, namespace=ns_query(namespace), upload_id=upload_id
    )
    yield request_from_kwargs(kwargs, idempotent=False)


@operation(obj="abort_multipart_upload")
def abort_multipart_upload(
    bck_name: str, obj_name: str, upload_id: str, provider: str = PROVIDER_AIS, *, namespace: str = ""
) -> Op[None]:
    """Abort a multipart upload: its parts are removed (an existing object of that name is untouched).

    Args:
        bck_name: the bucket's name.
        obj_name: the object's name.
        upload_id: from `create_multipart_upload`.
        provider: the bucket's provider ("ais" by default).
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

    Raises:
        AISNotFound: unknown or already aborted upload id.
    """
    bck, obj, prov = object_args(bck_name, obj_name, provider)
    if not upload_id:
        raise InvalidArgument("upload_id", "must not be empty")
    kwargs = gen_delete_object._get_kwargs(
        bck, obj, body=MptAbortMsg(), provider=prov, namespace=ns_query(namespace), upload_id=upload_id
    )
    yield request_from_kwargs(kwargs, idempotent=True, gone_is_done=True)


@operation(obj="set_custom_metadata")
def set_custom_metadata(
    bck_name: str,
    obj_name: str,
    metadata: Mapping[str, str],
    provider: str = PROVIDER_AIS,
    *,
    replace: bool = False,
    namespace: str = "",
) -> Op[None]:
    """Set an object's custom metadata: merged into what it has, or replacing it all.

    Args:
        bck_name: the bucket's name.
        obj_name: the object's name.
        metadata: keys and values (strings).
        provider: the bucket's provider ("ais" by default).
        replace: drop the keys not in `metadata`.
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

    Raises:
        InvalidArgumentType: keys or values that are not strings (before any request).
        ErrObjNotFound: no such object.
    """
    bck, obj, prov = object_args(bck_name, obj_name, provider)
    md = dict(metadata)
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in md.items()):
        raise InvalidArgumentType("metadata", "keys and values must be strings")
    value = SetCustomMsgValue()
    value.additional_properties = md
    kwargs = gen_set_object_custom._get_kwargs(
        bck,
        obj,
        body=SetCustomMsg(value=value),
        provider=prov,
        namespace=ns_query(namespace),
        set_new_custom=True if replace else UNSET,
    )
    yield request_from_kwargs(kwargs, idempotent=True, not_found=ErrObjNotFound)


@operation(obj="copy")
def copy_object(
    bck_name: str,
    obj_name: str,
    to_bck_name: str,
    to_obj_name: str = "",
    provider: str = PROVIDER_AIS,
    to_provider: str = PROVIDER_AIS,
    *,
    namespace: str = "",
    to_namespace: str = "",
) -> Op[None]:
    """Copy one object, within the cluster, to another name and/or bucket (which must exist).

    Args:
        bck_name: the source bucket's name.
        obj_name: the source object's name.
        to_bck_name: the destination bucket.
        to_obj_name: the destination name (default: the same name).
        provider: the source bucket's provider ("ais" by default).
        to_provider: the destination bucket's provider.
        namespace: the source bucket's namespace.
        to_namespace: the destination bucket's namespace.

    Raises:
        ErrObjNotFound: no such source object.
        ErrBckNotFound: no such bucket.
    """
    bck, obj, prov = object_args(bck_name, obj_name, provider)
    dst_bck, dst_obj, dst_prov = object_args(to_bck_name, to_obj_name or obj_name, to_provider)
    to = f"{dst_prov.value}/{validate_namespace(to_namespace) or '@#'}/{dst_bck}/{dst_obj}"
    kwargs = gen_put_object._get_kwargs(bck, obj, provider=prov, namespace=ns_query(namespace), object_to=to)
    yield request_from_kwargs(kwargs, content=None, idempotent=True, not_found=ErrObjNotFound)


@operation(obj="rename")
def rename_object(
    bck_name: str, obj_name: str, new_name: str, provider: str = PROVIDER_AIS, *, namespace: str = ""
) -> Op[None]:
    """Rename an object within its (`ais://`) bucket; an object already named `new_name` is replaced.

    Args:
        bck_name: the bucket's name.
        obj_name: the object's name.
        new_name: its new name.
        provider: the bucket's provider ("ais" by default).
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

    Raises:
        InvalidObjectName: a bad new name (before any request).
        ErrObjNotFound: no such object.
    """
    bck, obj, prov = object_args(bck_name, obj_name, provider)
    new = validate_object_name(new_name)
    if new == obj:
        raise InvalidArgument("new_name", "is the object's current name")
    kwargs = gen_object_action._get_kwargs(
        bck, obj, body=RenameObjectMsg(name=new), provider=prov, namespace=ns_query(namespace)
    )
    # Not idempotent: a second rename finds no object under the old name.
    yield request_from_kwargs(kwargs, idempotent=False, not_found=ErrObjNotFound)


@operation(
    bucket="promote", bucket_args={"bck_name": "self.name", "provider": "self.provider", "namespace": "self.namespace"}
)
def promote(
    bck_name: str,
    source_path: str,
    obj_name: str = "",
    provider: str = PROVIDER_AIS,
    *,
    target_id: str = "",
    recursive: bool = False,
    overwrite: bool = False,
    delete_source: bool = False,
    shared: bool = True,
    namespace: str = "",
) -> Op[str]:
    """Make files that sit on the targets' machines into objects of the bucket, without uploading them.

    AIS v1.5.0 promotes only from under `/var/lib/ais/promote` on the target machines.

    Args:
        bck_name: the bucket's name.
        source_path: an absolute file or folder path on the targets' machines.
        obj_name: the object's name (a file) or name prefix (a folder); default: the file's path.
        provider: the bucket's provider ("ais" by default).
        target_id: only this target reads the source (see `get_cluster_info`).
        recursive: with a folder, include its subfolders.
        overwrite: replace existing objects of the same names.
        delete_source: remove the files once promoted.
        shared: the source is on storage every target sees (each then promotes only what it owns).
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

    Returns:
        "" when it was done at once (a few files), else the id of the promote job to wait for.

    Raises:
        InvalidArgument: a relative source path (before any request).
        AISBadRequest: the source is outside the allowed tree, or an unknown target.
        AISNotFound: no such source.
    """
    name, prov = bucket_args(bck_name, provider)
    if not isinstance(source_path, str) or not os.path.isabs(source_path):
        raise InvalidArgument("source_path", f"must be an absolute path, got {source_path!r}")
    args = PromoteArgs(
        src=source_path,
        obj=obj_name or UNSET,
        tid=target_id or UNSET,
        rcr=recursive,
        ovw=overwrite,
        dls=delete_source,
        notshr=not shared,
    )
    kwargs = gen_objects_action._get_kwargs(
        name, body=PromoteMsg(value=args), provider=prov, namespace=ns_query(namespace)
    )
    # Idempotent only with `overwrite`; without it a second promote of the same files is refused.
    resp: Response = yield request_from_kwargs(kwargs, idempotent=overwrite, not_found=AISNotFound)
    return resp.text.strip()


# --------------------------------------------------------------------------- blob download


@operation(obj="blob_download")
def blob_download(
    bck_name: str,
    obj_name: str,
    provider: str = PROVIDER_AIS,
    *,
    chunk_size: int = 0,
    workers: int = 0,
    latest: bool = False,
    namespace: str = "",
) -> Op[str]:
    """Start a job that copies one large object of a remote bucket into the cluster, in parallel chunks.

    The cluster reads the object from the remote backend (a cloud bucket, or a bucket of an attached
    AIS cluster) with `workers` range reads at once and stores it; later reads are served from the
    cluster. Wait for it with `wait_for_blob_download(job_id)`: the job runs on the one target that
    owns the object, and AIS v1.5.0's job status query (`xact_status`) does not know it.

    Args:
        bck_name: the bucket's name.
        obj_name: the object's name.
        provider: the bucket's provider ("ais" by default).
        chunk_size: bytes per range read: 0 for AIS's default (4 MiB), else 32 KiB to 16 MiB.
        workers: range reads at once: 0 for automatic, at most 128.
        latest: if the object is already in the cluster, check with the remote backend whether it
            changed there (and fetch it again if so).
        namespace: the bucket's namespace (`@uuid#name` for a bucket of an attached AIS cluster).

    Returns:
        The job's id.

    Raises:
        InvalidArgument: a bucket of this cluster, a chunk size or worker count out of range (before
            any request).
        ErrBckNotFound: no such bucket.
    """
    bck, obj, prov = object_args(bck_name, obj_name, provider)
    ns = validate_namespace(namespace)
    _check_blob_options(chunk_size, workers, "chunk_size", "workers")
    if not isinstance(latest, bool):
        raise InvalidArgumentType("latest", f"must be a bool, got {type(latest).__name__}")
    if not _is_remote(prov.value, ns):
        raise InvalidArgument("bck_name", "blob download is for remote buckets (a cloud bucket or `ais://@uuid/...`)")
    value = BlobMsg(chunk_size=chunk_size or UNSET, num_workers=workers or UNSET, latest_ver=latest or UNSET)
    kwargs = gen_objects_action._get_kwargs(
        bck, body=BlobDownloadMsg(name=obj, value=value), provider=prov, namespace=ns_query(ns)
    )
    # Not idempotent: each call starts a job.
    resp: Response = yield request_from_kwargs(kwargs, idempotent=False, not_found=ErrBckNotFound)
    return resp.text.strip()


@operation()
def wait_for_blob_download(job_id: str, timeout: float = 300) -> Op[int]:
    """Wait until a job started by `blob_download` finishes, polling from 50 ms and backing off to 1 s.

    Args:
        job_id: what `blob_download` returned.
        timeout: seconds to wait at most.

    Returns:
        The bytes the job downloaded.

    Raises:
        InvalidArgument: an empty job id or a bad timeout (before any request).
        XactionAborted: the job was aborted (its `status.err` says why).
        Timeout: the job did not finish in time (`errors.Timeout`).
        ErrXactionNotFound: no such job.
    """
    if not isinstance(job_id, str) or not job_id:
        raise InvalidArgument("job_id", "must be the id blob_download returned")
    timeout = validate_wait_timeout(timeout)
    body = QueryMsg.from_dict({"id": job_id, "kind": "blob-download"})
    # The job's own snapshots, from its target (what=status asks the proxy, which never heard of it).
    req = request_from_kwargs(
        gen_query_cluster._get_kwargs(body=body, what=QueryClusterWhat.QRYXSTATS), idempotent=True
    )
    pauses = poll_pauses(timeout)
    while True:
        resp: Response = yield req
        snaps = [
            snap for per_node in (resp.json() or {}).values() for snap in per_node or () if snap.get("id") == job_id
        ]
        status = XactStatus(kind="blob-download", uuid=job_id)
        if snaps:
            snap = snaps[0]
            err = str(snap.get("abort-err") or snap.get("err") or "")
            ended = not str(snap.get("end-time") or "0001").startswith("0001")
            status = attrs.evolve(status, err=err, aborted=bool(snap.get("aborted")), is_idle=bool(snap.get("is_idle")))
            if status.aborted:
                raise XactionAborted(status)
            if ended:
                return int((snap.get("stats") or {}).get("in-bytes") or 0)
        pause = next(pauses, None)
        if pause is None:
            raise XactionWaitTimeout(f"blob download {job_id} did not finish within {timeout:g}s", status)
        yield Sleep(pause)


# --------------------------------------------------------------------------- file-like writer

# A writer sends what it buffered once it holds this much (one append, or one part).
DEFAULT_WRITE_BUFFER = 8 << 20
WRITER_MODES = ("w", "a")
# Checksums the writer keeps of what it wrote in mode "w", to check the joined object against
# (AIS v1.5.0 gives an object made of parts a crc32c; xxhash2 is the bucket default).
WRITER_CHECKSUM_TYPES = ("crc32c", "xxhash2")
MAX_PARTS = 9999


@attrs.frozen
class ObjectWriterPlan:
    """An open object writer: where its bytes go and how to finish or discard them.

    Mode "w" sends everything as one PUT when it fits in one buffer, else as the parts of a
    multipart upload that `finish` joins (the object is replaced at once, only then). Mode "a"
    appends to a copy of the object that `finish` flushes into place. `token` is the multipart
    upload id ("w") or the append handle ("a"); "" until the first buffer is sent.
    """

    bck: str
    obj: str
    provider: str
    namespace: str
    mode: str
    buffer_size: int
    size_before: int = 0  # mode "a": the object's size when the writer was opened (0: none yet)

    @property
    def where(self) -> str:
        ns = f"{self.namespace}/" if self.namespace else ""
        return f"{self.provider}://{ns}{self.bck}/{self.obj}"

    def send(self, data: bytes, token: str, part_number: int) -> Op[str]:
        """Send one buffer: the next part ("w") or the next append ("a"); returns the token to keep."""
        if self.mode == "a":
            handle: str = yield from append_object(
                self.bck, self.obj, data, self.provider, handle=token, namespace=self.namespace
            )
            return handle
        if part_number > MAX_PARTS:
            raise InvalidArgument(
                "buffer_size", f"mode 'w' sends at most {MAX_PARTS} buffers; use a larger buffer_size"
            )
        if not token:
            token = yield from create_multipart_upload(self.bck, self.obj, self.provider, namespace=self.namespace)
        yield from upload_part(self.bck, self.obj, token, part_number, data, self.provider, namespace=self.namespace)
        return token

    def put_whole(self, data: bytes) -> Op[ObjectProps]:
        """Mode "w" with everything in one buffer: a single PUT, verified by the target."""
        props: ObjectProps = yield from put_content(self.bck, self.obj, data, self.provider, namespace=self.namespace)
        return props

    def discard(self, token: str) -> Op[None]:
        """Drop what was sent: "w" aborts the upload. "a" cannot drop its copy (AIS has no call for
        it): the object stays as it was and the copy is left for the cluster's cleanup."""
        if self.mode == "w" and token:
            yield from abort_multipart_upload(self.bck, self.obj, token, self.provider, namespace=self.namespace)

    def finish(self, token: str, parts: int, written: int, digests: Mapping[str, str]) -> Op[ObjectProps]:
        """Make the sent bytes the object, then check what the cluster stored."""
        if self.mode == "w":
            return (yield from self._finish_parts(token, parts, written, digests))
        if not token:  # nothing was appended: still create the object if it does not exist
            token = yield from append_object(self.bck, self.obj, b"", self.provider, namespace=self.namespace)
        yield from flush_object(self.bck, self.obj, token, self.provider, namespace=self.namespace)
        head = yield from head_object(self.bck, self.obj, self.provider, namespace=self.namespace)
        expected = self.size_before + written
        size = head.props.size or 0  # AIS sends no size for an empty object
        if size != expected:
            raise ObjectChanged(self.where, f"changed while appended to: {size} bytes, expected {expected}")
        return attrs.evolve(head.props, name=self.obj, size=size)

    def _finish_parts(self, token: str, parts: int, written: int, digests: Mapping[str, str]) -> Op[ObjectProps]:
        yield from complete_multipart_upload(
            self.bck, self.obj, token, range(1, parts + 1), self.provider, namespace=self.namespace
        )
        head = yield from head_object(self.bck, self.obj, self.provider, namespace=self.namespace)
        got = head.props
        ours = digests.get(got.checksum_type or "", "")
        if got.size != written or (ours and got.checksum_value and got.checksum_value != ours):
            yield from delete_object(self.bck, self.obj, self.provider, namespace=self.namespace)
            if got.size != written:
                raise ChecksumMismatch(self.where, "size", str(written), str(got.size))
            raise ChecksumMismatch(self.where, got.checksum_type or "", ours, got.checksum_value or "")
        return attrs.evolve(got, name=self.obj)


@operation(result="writer", obj="open_writer")
def open_writer(
    bck_name: str,
    obj_name: str,
    mode: str = "w",
    provider: str = PROVIDER_AIS,
    *,
    buffer_size: int = DEFAULT_WRITE_BUFFER,
    namespace: str = "",
) -> Op[ObjectWriterPlan]:
    """Open an object for writing like a file: `write(bytes)`, `flush()`, `close()`, or use `with`.

    Writes are buffered; each `buffer_size` bytes (and each `flush()`) go to the cluster as one
    request. Nothing becomes visible until `close()` (the end of the `with` block): then the object
    is replaced ("w") or extended ("a") in one step, and checked. If the `with` block raises, the
    object stays exactly as it was: mode "w" aborts its upload; mode "a" never flushes, and its
    partial copy on the target is left for the cluster's cleanup.

    Mode "w" stores what fits in one buffer with a single PUT (verified by the target), and more as
    a multipart upload, each buffer (and each non-empty `flush()`) one part, at most 9999, checked
    at the end against the checksum of what was written. Mode "a" appends (`append_object`) and
    flushes at `close()`; AIS v1.5.0 cannot append to an object that was stored as a multipart
    upload (it keeps only the first part), so mode "a" refuses such an object.

    Args:
        bck_name: the bucket's name.
        obj_name: the object's name.
        mode: "w" to replace the object (or create it), "a" to append to it (or create it).
        provider: the bucket's provider ("ais" by default).
        buffer_size: bytes buffered before a request is sent.
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

    Returns:
        The writer (`ObjectWriter`; `AsyncObjectWriter` on `AsyncClient`, whose methods are awaited:
        `async with await client.open_writer(...) as w: await w.write(data)`). Its `close()`
        returns the stored object's properties, also kept as `props`.

    Raises:
        InvalidArgument: a mode other than "w" or "a", or a bad `buffer_size` (before any request);
            mode "a" on an object stored in parts.
        ErrBckNotFound: no such bucket (when data is first sent, at the latest at `close()`).
        ChecksumMismatch: at `close()` in mode "w", the stored object differs from what was written
            (it is deleted again).
        ObjectChanged: at `close()` in mode "a", the object's size is not what it was plus what was
            written (someone else wrote it meanwhile).
    """
    bck, obj, prov = object_args(bck_name, obj_name, provider)
    ns = validate_namespace(namespace)
    if not isinstance(mode, str) or mode not in WRITER_MODES:
        raise InvalidArgument("mode", f"must be 'w' (replace) or 'a' (append), got {mode!r}")
    if isinstance(buffer_size, bool) or not isinstance(buffer_size, int) or buffer_size < 1:
        raise InvalidArgument("buffer_size", f"must be an int >= 1, got {buffer_size!r}")
    if mode == "w":
        return ObjectWriterPlan(bck, obj, prov.value, ns, mode, buffer_size)
    kwargs = gen_head_object._get_kwargs(bck, obj, provider=prov, namespace=ns_query(ns), props="size,chunked")
    # A 404 is a new object (or no bucket: the first append says which).
    resp: Response = yield request_from_kwargs(
        kwargs, idempotent=True, placement=placement(bck, obj, prov, ns), accept=frozenset({404})
    )
    if resp.status_code == 404:
        return ObjectWriterPlan(bck, obj, prov.value, ns, mode, buffer_size)
    if int(resp.headers.get("Ais-Chunks-Count") or 0) > 1:
        raise InvalidArgument(
            "mode",
            f"'a' is not possible for {obj!r}: it was stored as a multipart upload and AIS v1.5.0 would "
            "append to its first part only; rewrite it with mode 'w'",
        )
    size = int(resp.headers.get("Content-Length") or 0)
    return ObjectWriterPlan(bck, obj, prov.value, ns, mode, buffer_size, size_before=size)
