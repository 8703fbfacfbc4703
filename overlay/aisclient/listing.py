"""Listing a bucket's objects: one page (`list_objects`), a lazy pager, everything; page decoding and the paginator spec."""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from typing import Any

import attrs
import msgpack  # type: ignore[import-untyped]
from ais_openapi.api.buckets import list_objects as gen_list_objects
from ais_openapi.models import ListObjectsAccept, ListObjectsMsg, LsoMsg

from ._core.declare import lister, operation
from ._core.protocol import Op, Response
from ._core.validate import (
    PROVIDER_AIS,
    validate_continuation,
    validate_list_flags,
    validate_node_id,
    validate_page_size,
    validate_prefix,
    validate_props,
    validate_start_after,
)
from ._core.wire import bucket_args, ns_query, request_from_kwargs
from .errors import ErrBckNotFound, InvalidResponse
from .models import BucketEntry, BucketList

__all__ = [
    "DEFAULT_PROPS",
    "LIST_OBJECTS_PAGINATOR",
    "MSGPACK",
    "ListFlag",
    "PaginatorSpec",
    "decode_lso",
    "list_all_objects",
    "list_objects",
    "list_objects_iter",
    "lso_msg",
]

# The seed API documents "name,size" as the default for an empty `props`.
DEFAULT_PROPS = "name,size"
MSGPACK = "application/msgpack"


class ListFlag(enum.IntFlag):
    """What a listing includes and how; or them together (`ListFlag.NO_RECURSION | ListFlag.NO_DIRS`)."""

    CACHED = 1
    """Remote buckets: only the objects present in the cluster."""
    MISSING = 2
    """Also objects whose main copy is missing while a copy exists."""
    DELETED = 4
    """Also objects marked for deletion (reserved by AIS v1.5.0)."""
    ARCH_DIR = 8
    """Also list the files inside archive objects (`shard.tar/file`), as entries of their own."""
    NAME_ONLY = 16
    """Names (and statuses) only: the fastest listing."""
    NAME_SIZE = 32
    """Names and sizes only."""
    BCK_PRESENT = 64
    """Remote buckets: only if the bucket is already known to the cluster."""
    DONT_HEAD_REMOTE = 128
    """Remote buckets: do not ask the backend for the bucket's properties first."""
    DONT_ADD_REMOTE = 256
    """Remote buckets: list without adding the bucket to the cluster."""
    NOT_CACHED = 512
    """Remote buckets: only the objects not present in the cluster."""
    NO_RECURSION = 2048
    """One level, like `ls`: objects right under the prefix, and each deeper "directory" once
    (an entry whose `is_dir` is true and whose name ends with '/')."""
    DIFF = 4096
    """Remote buckets with versions: mark entries whose remote version changed or was removed."""
    NO_DIRS = 8192
    """With `NO_RECURSION`: leave out the directory entries."""


def lso_msg(
    prefix: str = "",
    props: str = "",
    page_size: int = 0,
    uuid: str = "",
    continuation_token: str = "",
    flags: int = 0,
    start_after: str = "",
    target: str = "",
) -> dict[str, Any]:
    """The `value` of a list-objects ActMsg, exactly as AIS's LsoMsg decodes it.

    AIS rejects unknown keys (400), wants `pagesize` (not page_size), and
    `flags` as a JSON string (Go `,string` tag).
    """
    if page_size < 0:
        raise ValueError(f"page_size must be >= 0, got {page_size}")
    msg = {
        "uuid": uuid,
        "props": props or DEFAULT_PROPS,
        "prefix": prefix,
        "continuation_token": continuation_token,
        "flags": str(int(flags)),
        "pagesize": int(page_size),
    }
    if start_after:
        msg["start_after"] = start_after
    if target:
        msg["target"] = target
    return msg


def _from_doc(doc: Mapping[str, Any]) -> BucketList:
    # msgpack keeps Go field names (UUID, ContinuationToken, Entries, Flags); JSON uses tags.
    def pick(*keys: str) -> Any:
        for k in keys:
            if k in doc:
                return doc[k]
        return None

    entries = pick("entries", "Entries") or []  # JSON sends null for an empty page
    return BucketList(
        entries=tuple(BucketEntry.from_wire(e) for e in entries),
        uuid=str(pick("uuid", "UUID") or ""),
        continuation_token=str(pick("continuation_token", "ContinuationToken") or ""),
        flags=int(pick("flags", "Flags") or 0),
    )


def decode_lso(content: bytes, content_type: str = "") -> BucketList:
    """Decode one `LsoRes` page, msgpack or JSON, into a `BucketList`; `InvalidResponse` if it is neither."""
    try:
        return _decode_lso(content, content_type)
    except InvalidResponse:
        raise
    except Exception as exc:  # msgpack/JSON decoders raise many kinds; to the caller it is one failure
        raise InvalidResponse("list-objects page", f"{type(exc).__name__}: {exc}") from None


def _decode_lso(content: bytes, content_type: str) -> BucketList:
    if not content:
        return BucketList()
    if MSGPACK in content_type.lower():
        doc = msgpack.unpackb(content, raw=False, strict_map_key=False)
    else:
        try:
            doc = json.loads(content)
        except (ValueError, UnicodeDecodeError):
            # Unlabelled msgpack (no Content-Type): try it before giving up.
            doc = msgpack.unpackb(content, raw=False, strict_map_key=False)
    if doc is None:
        return BucketList()
    if not isinstance(doc, Mapping):
        raise InvalidResponse("list-objects page", f"unexpected payload type {type(doc).__name__}")
    return _from_doc(doc)


@attrs.frozen
class PaginatorSpec:
    """A paginator described as data (botocore style).

    `next_args(page)` returns the request arguments for the following page,
    or None after the last page; `items(page)` returns the page's results.
    """

    input_tokens: tuple[str, ...]
    output_tokens: tuple[str, ...]
    more_results: str
    result_key: str

    def next_args(self, page: Any, sent: dict[str, Any] | None = None) -> dict[str, Any] | None:
        """Arguments for the next page; `sent` are those of the page just read: a server that answers
        with the same tokens again would make the pager loop forever, so that is an error."""
        if not getattr(page, self.more_results):
            return None
        args = {k: getattr(page, o) for k, o in zip(self.input_tokens, self.output_tokens, strict=True)}
        if sent is not None and all(args[k] == sent.get(k) for k in self.input_tokens):
            raise InvalidResponse("list-objects pages", f"the same continuation came back twice: {args}")
        return args

    def items(self, page: Any) -> tuple[Any, ...]:
        return tuple(getattr(page, self.result_key))


# Pages chain through the listing job's uuid and the continuation token.
LIST_OBJECTS_PAGINATOR = PaginatorSpec(
    input_tokens=("uuid", "continuation_token"),
    output_tokens=("uuid", "continuation_token"),
    more_results="continuation_token",
    result_key="entries",
)


# --------------------------------------------------------------------------- operations


@operation(bucket="list_objects")
def list_objects(
    bck_name: str,
    provider: str = PROVIDER_AIS,
    prefix: str = "",
    props: str = "",
    page_size: int = 0,
    uuid: str = "",
    continuation_token: str = "",
    *,
    namespace: str = "",
    flags: int = 0,
    start_after: str = "",
    target: str = "",
) -> Op[BucketList]:
    """One page of a bucket's objects; pass the page's `uuid` and `continuation_token` back for the next.

    Args:
        bck_name: the bucket's name.
        provider: its provider ("ais" by default).
        prefix: only objects whose names start with it.
        props: comma-separated properties to return per object (name, size, version, checksum,
            atime, cached, status, copies, ec, custom, location, chunked, last-modified, etag);
            "" means "name,size".
        page_size: at most this many entries (0: the cluster's default page).
        uuid: the listing's id, from the previous page (empty for the first page).
        continuation_token: from the previous page (empty for the first page).
        namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).
        flags: `ListFlag` values or-ed together (one level with `ListFlag.NO_RECURSION`, names only
            with `ListFlag.NAME_ONLY`, ...).
        start_after: `ais://` buckets: list only names after this one (to split one listing among
            workers).
        target: only this target lists (a node id from `get_cluster_info`; remote buckets).

    Returns:
        A `BucketList` (`entries`, `uuid`, `continuation_token`, empty on the last page).

    Raises:
        InvalidArgument: unknown property name or flag, negative page size, a token without its
            listing's uuid, `start_after` on a bucket that is not `ais://` (before any request).
        ErrBckNotFound: the bucket does not exist.
        InvalidResponse: the page could not be decoded.
    """
    name, prov = bucket_args(bck_name, provider)
    prefix = validate_prefix(prefix)
    props = validate_props(props)
    page_size = validate_page_size(page_size)
    uuid, continuation_token = validate_continuation(uuid, continuation_token)
    flags = validate_list_flags(flags)
    start_after = validate_start_after(start_after, prov)
    target = validate_node_id("target", target)
    value = LsoMsg.from_dict(lso_msg(prefix, props, page_size, uuid, continuation_token, flags, start_after, target))
    kwargs = gen_list_objects._get_kwargs(
        name,
        body=ListObjectsMsg(value=value),
        provider=prov,
        namespace=ns_query(namespace),
        accept=ListObjectsAccept.APPLICATIONMSGPACK,
    )
    resp: Response = yield request_from_kwargs(kwargs, idempotent=True, not_found=ErrBckNotFound)
    return decode_lso(resp.content, resp.headers.get("Content-Type", MSGPACK))


@lister(of="list_objects", kind="lister", bucket="list_objects_iter")
def list_objects_iter(
    bck_name: str,
    provider: str = PROVIDER_AIS,
    prefix: str = "",
    props: str = "",
    page_size: int = 0,
    *,
    namespace: str = "",
    flags: int = 0,
    start_after: str = "",
    target: str = "",
) -> None:
    """Every object of a bucket, fetching pages only as iteration reaches them (flat memory).

    Args:
        bck_name: the bucket's name.
        provider: its provider ("ais" by default).
        prefix: only objects whose names start with it.
        props: properties per object, as for `list_objects`.
        page_size: entries per page (0: the cluster's default).
        namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).
        flags: `ListFlag` values or-ed together, as for `list_objects`.
        start_after: `ais://` buckets: only names after this one.
        target: only this target lists (remote buckets).

    Returns:
        A lister: iterate it for `BucketEntry`s, or call `.pages()` for whole pages. Errors
        (`ErrBckNotFound`, ...) are raised when iteration reaches the page that fails.
    """


@lister(of="list_objects", kind="all", iterates="list_objects_iter", bucket="list_all_objects")
def list_all_objects(
    bck_name: str,
    provider: str = PROVIDER_AIS,
    prefix: str = "",
    props: str = "",
    page_size: int = 0,
    *,
    namespace: str = "",
    flags: int = 0,
    start_after: str = "",
    target: str = "",
) -> None:
    """Every object of a bucket, in one list; prefer `list_objects_iter` for large buckets.

    Args:
        bck_name: the bucket's name.
        provider: its provider ("ais" by default).
        prefix: only objects whose names start with it.
        props: properties per object, as for `list_objects`.
        page_size: entries per page (0: the cluster's default).
        namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).
        flags: `ListFlag` values or-ed together, as for `list_objects`.
        start_after: `ais://` buckets: only names after this one.
        target: only this target lists (remote buckets).

    Returns:
        All `BucketEntry`s.

    Raises:
        ErrBckNotFound: the bucket does not exist.
    """
