"""Every client operation, written once as a sans-I/O generator (see `_protocol`).

Requests are built by the generated layer (`ais_openapi.api.*._get_kwargs`)
from its models, so the wire format follows the spec; responses are parsed
into our value types. Argument checks happen here, before the first yield,
so bad input never costs a round trip.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Sequence
from io import BytesIO
from typing import Any

import attrs
from ais_openapi.api.buckets import bucket_action as gen_bucket_action
from ais_openapi.api.buckets import delete_bucket as gen_delete_bucket
from ais_openapi.api.buckets import head_bucket as gen_head_bucket
from ais_openapi.api.buckets import list_buckets as gen_list_buckets
from ais_openapi.api.buckets import list_objects as gen_list_objects
from ais_openapi.api.cluster import get_cluster_map as gen_get_cluster_map
from ais_openapi.api.cluster import health as gen_health
from ais_openapi.api.objects import delete_object as gen_delete_object
from ais_openapi.api.objects import get_object as gen_get_object
from ais_openapi.api.objects import head_object as gen_head_object
from ais_openapi.api.objects import put_object as gen_put_object
from ais_openapi.api.xactions import query_xactions as gen_query_xactions
from ais_openapi.api.xactions import xaction_action as gen_xaction_action
from ais_openapi.models import (
    ArgsMsg,
    CopyBucketMsg,
    CopyBucketValue,
    CreateBucketMsg,
    DestroyBucketMsg,
    EvictRemoteBucketMsg,
    GetClusterMapWhat,
    ListObjectsAccept,
    ListObjectsMsg,
    LsoMsg,
    Provider,
    QueryMsg,
    QueryXactionsWhat,
    StartXactionMsg,
    StopXactionMsg,
)
from ais_openapi.types import UNSET, File, Unset

from ._listing import MSGPACK, decode_lso, lso_msg
from ._protocol import HashFile, Op, Request, Response, Upload
from ._validate import (
    PROVIDER_AIS,
    REMOTE_PROVIDERS,
    normalize_provider,
    parse_byte_range,
    validate_bucket_name,
    validate_chunk_size,
    validate_continuation,
    validate_object_name,
    validate_page_size,
    validate_prefix,
    validate_props,
    validate_wait_timeout,
)
from ._xaction import (
    WAIT_FINISHED,
    WaiterSpec,
    args_msg,
    canonical_kind,
    canonical_startable_kind,
    query_msg,
    wait_for_xaction,
)
from .errors import ErrBckNotFound, ErrObjNotFound, ErrXactionNotFound, InvalidBckProvider
from .headers import BucketHeader, ObjectHeader
from .models import Bck, BucketList, ObjectProps, Smap, XactStatus

__all__ = [
    "CHECKSUM_TYPE",
    "copy_bucket",
    "create_bucket",
    "delete_object",
    "destroy_bucket",
    "evict_bucket",
    "get_cluster_info",
    "get_object",
    "head_bucket",
    "head_object",
    "is_aistore_running",
    "list_buckets",
    "list_objects",
    "put_object",
    "wait_for_xaction_finished",
    "xact_start",
    "xact_status",
    "xact_stop",
]

# AIS "xxhash2" (cespare/xxhash) and "xxhash" (OneOfOne/xxhash) are both XXH64
# with seed 0 and give identical hex digests. Buckets default to xxhash2, so the
# target verifies our value with the hash it computes anyway (no second pass).
CHECKSUM_TYPE = "xxhash2"


# --------------------------------------------------------------------------- helpers


def _qs(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def request_from_kwargs(kwargs: dict[str, Any], *, idempotent: bool, **overrides: Any) -> Request:
    """A `Request` from a generated `_get_kwargs()` dict (method, url, params, headers, json/content).

    `idempotent` is required: each operation says whether its request may be sent twice.
    """
    headers = dict(kwargs.get("headers") or {})
    content: bytes | None = None
    if "json" in kwargs:
        content = json.dumps(kwargs["json"], separators=(",", ":")).encode()
    elif isinstance(kwargs.get("content"), bytes):
        content = kwargs["content"]
    fields: dict[str, Any] = {
        "method": str(kwargs["method"]).upper(),
        "url": kwargs["url"],
        "params": tuple((k, _qs(v)) for k, v in (kwargs.get("params") or {}).items()),
        "headers": tuple((k, str(v)) for k, v in headers.items()),
        "content": content,
        "idempotent": idempotent,
    }
    fields.update(overrides)
    return Request(**fields)


def _provider(provider: str) -> Provider:
    return Provider(normalize_provider(provider))


def _bucket(bck_name: str, provider: str) -> tuple[str, Provider]:
    return validate_bucket_name(bck_name), _provider(provider)


def _object(bck_name: str, obj_name: str, provider: str) -> tuple[str, str, Provider]:
    return validate_bucket_name(bck_name), validate_object_name(obj_name), _provider(provider)


def _placement(bck: str, obj: str, prov: Provider) -> tuple[str, str] | None:
    # Only in-cluster buckets: a remote bucket may first need the proxy to add it to the cluster's metadata.
    return (bck, obj) if prov is Provider.AIS else None


def _xact_text(resp: Response) -> str:
    # Xaction ids come back as a bare text body (several joined by ',' for some remote copies).
    return resp.text.strip()


# --------------------------------------------------------------------------- cluster


def is_aistore_running() -> Op[bool]:
    req = request_from_kwargs(
        gen_health._get_kwargs(prr=True), idempotent=True, accept=frozenset({503}), retry=False, uses_cluster_map=False
    )
    resp: Response = yield req
    return resp.status_code == 200


def get_cluster_info() -> Op[Smap]:
    resp: Response = yield request_from_kwargs(
        gen_get_cluster_map._get_kwargs(what=GetClusterMapWhat.SMAP), idempotent=True
    )
    return Smap.from_json(resp.json() or {})


# --------------------------------------------------------------------------- buckets


def list_buckets(provider: str = PROVIDER_AIS) -> Op[list[Bck]]:
    p = normalize_provider(provider, allow_empty=True)
    kwargs = gen_list_buckets._get_kwargs(provider=Provider(p) if p else UNSET)
    resp: Response = yield request_from_kwargs(kwargs, idempotent=True)
    doc = resp.json()  # AIS sends `null` rather than `[]` when there are none
    return [Bck.from_json(b) for b in doc or []]


def create_bucket(bck_name: str) -> Op[None]:
    name = validate_bucket_name(bck_name)
    kwargs = gen_bucket_action._get_kwargs(name, body=CreateBucketMsg(), provider=Provider.AIS)
    # Not idempotent: a second create answers 409, and we could not tell that from "it existed before".
    yield request_from_kwargs(kwargs, idempotent=False)


def destroy_bucket(bck_name: str) -> Op[None]:
    name = validate_bucket_name(bck_name)
    kwargs = gen_delete_bucket._get_kwargs(name, body=DestroyBucketMsg(), provider=Provider.AIS)
    yield request_from_kwargs(kwargs, idempotent=True, not_found=ErrBckNotFound, gone_is_done=True)


def evict_bucket(bck_name: str, provider: str, keep_md: bool = True) -> Op[None]:
    name, prov = _bucket(bck_name, provider)
    if prov.value not in REMOTE_PROVIDERS:
        raise InvalidBckProvider(
            prov.value, f"only remote buckets can be evicted; {prov.value}://{name} is an AIS bucket"
        )
    kwargs = gen_delete_bucket._get_kwargs(name, body=EvictRemoteBucketMsg(), provider=prov, keep_bck_md=keep_md)
    yield request_from_kwargs(kwargs, idempotent=True, not_found=ErrBckNotFound)


def head_bucket(bck_name: str, provider: str = PROVIDER_AIS) -> Op[BucketHeader]:
    name, prov = _bucket(bck_name, provider)
    resp: Response = yield request_from_kwargs(
        gen_head_bucket._get_kwargs(name, provider=prov), idempotent=True, not_found=ErrBckNotFound
    )
    return resp.headers.view_as(BucketHeader)


def copy_bucket(
    from_bck_name: str,
    to_bck_name: str,
    prefix: str = "",
    dry_run: bool = False,
    force: bool = False,
    from_provider: str = PROVIDER_AIS,
    to_provider: str = PROVIDER_AIS,
) -> Op[str]:
    src, src_prov = _bucket(from_bck_name, from_provider)
    dst, dst_prov = _bucket(to_bck_name, to_provider)
    value = CopyBucketValue(prefix=prefix, dry_run=dry_run, force=force)
    # bck_to is the destination's uname: provider/@uuid#ns/name/ ("@#" = global namespace).
    bck_to = f"{dst_prov.value}/@#/{dst}/"
    kwargs = gen_bucket_action._get_kwargs(src, body=CopyBucketMsg(value=value), provider=src_prov, bck_to=bck_to)
    # Not idempotent: every copy request starts a job.
    resp: Response = yield request_from_kwargs(kwargs, idempotent=False, not_found=ErrBckNotFound)
    return _xact_text(resp)


def list_objects(
    bck_name: str,
    provider: str = PROVIDER_AIS,
    prefix: str = "",
    props: str = "",
    page_size: int = 0,
    uuid: str = "",
    continuation_token: str = "",
) -> Op[BucketList]:
    name, prov = _bucket(bck_name, provider)
    prefix = validate_prefix(prefix)
    props = validate_props(props)
    page_size = validate_page_size(page_size)
    uuid, continuation_token = validate_continuation(uuid, continuation_token)
    value = LsoMsg.from_dict(lso_msg(prefix, props, page_size, uuid, continuation_token))
    kwargs = gen_list_objects._get_kwargs(
        name, body=ListObjectsMsg(value=value), provider=prov, accept=ListObjectsAccept.APPLICATIONMSGPACK
    )
    resp: Response = yield request_from_kwargs(kwargs, idempotent=True, not_found=ErrBckNotFound)
    return decode_lso(resp.content, resp.headers.get("Content-Type", MSGPACK))


# --------------------------------------------------------------------------- objects


def head_object(bck_name: str, obj_name: str, provider: str = PROVIDER_AIS) -> Op[ObjectHeader]:
    bck, obj, prov = _object(bck_name, obj_name, provider)
    kwargs = gen_head_object._get_kwargs(bck, obj, provider=prov)
    resp: Response = yield request_from_kwargs(
        kwargs, idempotent=True, placement=_placement(bck, obj, prov), not_found=ErrObjNotFound
    )
    return resp.headers.view_as(ObjectHeader)


def get_object(
    bck_name: str,
    obj_name: str,
    provider: str = PROVIDER_AIS,
    archpath: str = "",
    byte_range: str | None = None,
    chunk_size: int = 1,
) -> Op[Response]:
    """Returns the response with its body unread (`Response.stream`); the client wraps it in a stream type."""
    bck, obj, prov = _object(bck_name, obj_name, provider)
    validate_chunk_size(chunk_size)
    rng: str | Unset = UNSET if byte_range is None else parse_byte_range(byte_range)
    kwargs = gen_get_object._get_kwargs(bck, obj, provider=prov, archpath=archpath or UNSET, range_=rng)
    resp: Response = yield request_from_kwargs(
        kwargs, idempotent=True, stream=True, placement=_placement(bck, obj, prov), not_found=ErrObjNotFound
    )
    return resp


def check_download_path(path: str | os.PathLike[str]) -> None:
    """A download target must be a file path in an existing folder (checked before any request)."""
    fspath = os.fspath(path)
    if os.path.isdir(fspath):
        raise IsADirectoryError(f"{fspath!r} is a directory; name the file to write")
    folder = os.path.dirname(os.path.abspath(fspath))
    if not os.path.isdir(folder):
        raise FileNotFoundError(f"folder {folder!r} does not exist")


def _local_upload(path: str | os.PathLike[str]) -> Upload:
    st = os.stat(path)  # FileNotFoundError / PermissionError surface as-is
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(f"{os.fspath(path)!r} is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise ValueError(f"{os.fspath(path)!r} is not a regular file")
    return Upload(os.fspath(path), st.st_size, st.st_mtime_ns)


def put_object(
    bck_name: str,
    obj_name: str,
    path: str | os.PathLike[str],
    provider: str = PROVIDER_AIS,
    checksum: tuple[str, str] | None = None,
) -> Op[ObjectProps]:
    """Upload a local file, streamed, with a client-side checksum the target verifies.

    The proxy redirects data to a target: the first hop goes to the proxy without a
    body (nothing large is sent twice), then the file streams to the target named in
    `Location`. A retry starts again at the proxy, which may name another target.
    Exactly the file's size as measured is sent; a file that changes meanwhile is an
    error (`LocalFileChanged`). `checksum` overrides the computed (type, hex value), for tests.
    """
    bck, obj, prov = _object(bck_name, obj_name, provider)
    upload = _local_upload(path)
    if checksum is None:
        digest: str = yield HashFile(upload)
        checksum = (CHECKSUM_TYPE, digest)
    kwargs = gen_put_object._get_kwargs(bck, obj, body=File(payload=BytesIO(b"")), provider=prov)
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


def delete_object(bck_name: str, obj_name: str, provider: str = PROVIDER_AIS) -> Op[None]:
    bck, obj, prov = _object(bck_name, obj_name, provider)
    yield request_from_kwargs(
        gen_delete_object._get_kwargs(bck, obj, provider=prov),
        idempotent=True,
        not_found=ErrObjNotFound,
        gone_is_done=True,
    )


# --------------------------------------------------------------------------- xactions


def _status_request(xact_id: str, xact_kind: str, daemon_id: str, only_running: bool) -> Request:
    body = QueryMsg.from_dict(query_msg(xact_id, xact_kind, daemon_id, only_running))
    return request_from_kwargs(
        gen_query_xactions._get_kwargs(body=body, what=QueryXactionsWhat.STATUS),
        idempotent=True,
        not_found=ErrXactionNotFound,
    )


def xact_status(
    xact_id: str = "", xact_kind: str = "", daemon_id: str = "", only_running: bool = False
) -> Op[XactStatus]:
    if not xact_id and not xact_kind:
        raise ValueError("xact_status needs xact_id or xact_kind")
    xact_kind = canonical_kind(xact_kind, allow_empty=True)
    resp: Response = yield _status_request(xact_id, xact_kind, daemon_id, only_running)
    return XactStatus.from_json(resp.json() or {})


def wait_for_xaction_finished(
    xact_id: str = "",
    xact_kind: str = "",
    daemon_id: str = "",
    timeout: float = 300,
    spec: WaiterSpec = WAIT_FINISHED,
) -> Op[XactStatus]:
    if not xact_id and not xact_kind:
        raise ValueError("wait_for_xaction_finished needs xact_id or xact_kind")
    xact_kind = canonical_kind(xact_kind, allow_empty=True)
    timeout = validate_wait_timeout(timeout)
    status: XactStatus = yield from wait_for_xaction(
        _status_request(xact_id, xact_kind, daemon_id, False), timeout, spec
    )
    return status


def xact_start(
    xact_kind: str = "",
    daemon_id: str = "",
    force: bool = False,
    buckets: Sequence[Bck] | None = None,
) -> Op[str]:
    kind = canonical_startable_kind(xact_kind)
    bcks = list(buckets or ())
    for b in bcks:
        validate_bucket_name(b.name)
        normalize_provider(b.provider)
    value = ArgsMsg.from_dict(args_msg(kind, daemon_id=daemon_id, force=force, buckets=bcks))
    kwargs = gen_xaction_action._get_kwargs(body=StartXactionMsg(value=value), frc=force or UNSET)
    # Not idempotent: each start makes a new job.
    resp: Response = yield request_from_kwargs(kwargs, idempotent=False)
    return _xact_text(resp)


def xact_stop(xact_id: str = "", xact_kind: str = "", buckets: Sequence[Bck] | None = None) -> Op[None]:
    """Abort running xactions: the one with `xact_id`, or all of `xact_kind` (on `buckets`)."""
    if not xact_id and not xact_kind:
        raise ValueError("xact_stop needs xact_id or xact_kind (refusing to stop every job)")
    bcks = list(buckets or ())
    for b in bcks:
        validate_bucket_name(b.name)
        normalize_provider(b.provider)
    value = ArgsMsg.from_dict(args_msg(xact_kind, buckets=bcks, xact_id=xact_id))
    yield request_from_kwargs(
        gen_xaction_action._get_kwargs(body=StopXactionMsg(value=value)), idempotent=True, not_found=ErrXactionNotFound
    )
