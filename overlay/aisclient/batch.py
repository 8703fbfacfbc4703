"""Get-Batch: many objects of a bucket read in one request, as one archive stream, in the order asked.

The cluster answers with a TAR stream (one member per object asked for). `BatchMatcher` checks that
stream against the request as it arrives: the n-th member must be the n-th object (or the cluster's
empty "missing" marker for it), and the stream must hold every object asked for; a cluster that stops
early (as v1.5.0 does at the first missing object when `coer` is off) is an error, never a shorter
batch.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from ais_openapi.api.batch import get_batch as gen_get_batch
from ais_openapi.models import MossIn, MossReq
from ais_openapi.types import UNSET

from ._core.declare import operation
from ._core.protocol import Op, Response
from ._core.reader import DEFAULT_CHUNK_SIZE
from ._core.tar import TarError, TarReader
from ._core.validate import PROVIDER_AIS, validate_chunk_size, validate_namespace, validate_object_name
from ._core.wire import bucket_args, request_from_kwargs
from .errors import ErrBckNotFound, InvalidArgument, InvalidArgumentType, InvalidResponse
from .objects import OpenedObject

__all__ = ["MAX_BATCH_OBJECTS", "BatchMatcher", "BatchObject", "OpenedBatch", "get_batch"]

# How AIS v1.5.0 names the empty member standing for an object it could not read (with `onob`).
MISSING_PREFIX = "__404__/"
# Objects per request this client accepts; larger lists belong in several requests.
MAX_BATCH_OBJECTS = 10_000


@attrs.frozen
class BatchObject:
    """One object of a batch: its name and bytes, or `found=False` (and no bytes) if the cluster had
    no such object."""

    name: str
    data: bytes
    found: bool = True


@attrs.frozen
class OpenedBatch:
    """A Get-Batch answer whose body is still unread, and what it must hold."""

    opened: OpenedObject
    names: tuple[str, ...]
    where: str
    max_object_size: int


class BatchMatcher:
    """Sans-I/O: feed the answer's bytes, get the `BatchObject`s they complete, in request order."""

    def __init__(self, names: Sequence[str], where: str, max_object_size: int) -> None:
        self._names = names
        self._where = where
        self._tar = TarReader(max_object_size)
        self._next = 0

    def feed(self, data: bytes) -> list[BatchObject]:
        try:
            members = self._tar.feed(data)
        except TarError as e:
            raise InvalidResponse(self._where, f"Get-Batch archive: {e}") from None
        out = []
        for member in members:
            if self._next >= len(self._names):
                raise InvalidResponse(self._where, f"Get-Batch sent more than the {len(self._names)} objects asked for")
            want = self._names[self._next]
            if member.name == want:
                out.append(BatchObject(want, member.data))
            elif member.name == MISSING_PREFIX + want and not member.data:
                out.append(BatchObject(want, b"", found=False))
            else:
                raise InvalidResponse(
                    self._where, f"Get-Batch entry {self._next} is {member.name!r}, expected {want!r}"
                )
            self._next += 1
        return out

    def finish(self) -> None:
        try:
            self._tar.finish()
        except TarError as e:
            raise InvalidResponse(self._where, f"Get-Batch archive: {e}") from None
        if self._next != len(self._names):
            raise InvalidResponse(
                self._where, f"Get-Batch stopped after {self._next} of the {len(self._names)} objects asked for"
            )


def _check_names(obj_names: object) -> tuple[str, ...]:
    if isinstance(obj_names, (str, bytes)) or not isinstance(obj_names, Sequence):
        raise InvalidArgumentType("obj_names", f"must be a list of object names, got {type(obj_names).__name__}")
    if not obj_names:
        raise InvalidArgument("obj_names", "is empty: name at least one object")
    if len(obj_names) > MAX_BATCH_OBJECTS:
        raise InvalidArgument("obj_names", f"{len(obj_names)} names; at most {MAX_BATCH_OBJECTS} per batch")
    return tuple(validate_object_name(n) for n in obj_names)


@operation(result="batch", bucket="get_batch")
def get_batch(
    bck_name: str,
    obj_names: Sequence[str],
    provider: str = PROVIDER_AIS,
    *,
    namespace: str = "",
    max_object_size: int = 64 << 20,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Op[OpenedBatch]:
    """Read many objects of a bucket in one request (AIS Get-Batch): far fewer round trips than one
    GET each when the objects are small.

    The cluster gathers the objects on one target and streams them back as one archive; iterate the
    result for a `BatchObject` per name, in the order given (`name`, `data`, and `found`: False, with
    no data, for an object the bucket does not have). The stream is checked against the request as
    it arrives: a missing, extra, renamed or cut-short entry raises `InvalidResponse`. Each object is
    held in memory whole while it is handed over, so this is for many small objects; read large
    ones with `get_object`.

    Args:
        bck_name: the bucket's name.
        obj_names: the objects to read (at most 10,000), in the order wanted; a name may repeat.
        provider: the bucket's provider ("ais" by default).
        namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).
        max_object_size: refuse (with `InvalidResponse`) an object larger than this many bytes.
        chunk_size: bytes read from the connection at a time.

    Returns:
        A batch stream: iterate it (`for obj in batch`, `async for` on the async client) for
        `BatchObject`s; close it (or use `with`) to release the connection early.

    Raises:
        InvalidArgument: an empty or too long `obj_names`, a bad name, size or chunk size (before
            any request).
        ErrBckNotFound: the bucket does not exist.
        InvalidResponse: while iterating, if the archive does not hold exactly the objects asked for.
    """
    names = _check_names(obj_names)
    bck, prov = bucket_args(bck_name, provider)
    ns = validate_namespace(namespace)
    validate_chunk_size(chunk_size)
    if isinstance(max_object_size, bool) or not isinstance(max_object_size, int) or max_object_size < 0:
        raise InvalidArgument("max_object_size", f"must be an int >= 0, got {max_object_size!r}")
    body = MossReq(in_=[MossIn(objname=n) for n in names], strm=True, onob=True, coer=True)
    kwargs = gen_get_batch._get_kwargs(bck, body=body, provider=prov, namespace=ns or UNSET)
    # A GET with a body: safe to send twice; the proxy's redirect is followed with the body again.
    resp: Response = yield request_from_kwargs(kwargs, idempotent=True, stream=True, not_found=ErrBckNotFound)
    where = f"{prov.value}://{bck}"
    return OpenedBatch(OpenedObject(resp, chunk_size, None), names, where, max_object_size)
