"""Bucket operations: list, create, destroy, evict, properties, copy."""

from __future__ import annotations

from ais_openapi.api.buckets import bucket_action as gen_bucket_action
from ais_openapi.api.buckets import delete_bucket as gen_delete_bucket
from ais_openapi.api.buckets import head_bucket as gen_head_bucket
from ais_openapi.api.buckets import list_buckets as gen_list_buckets
from ais_openapi.models import (
    CopyBucketMsg,
    CopyBucketValue,
    CreateBucketMsg,
    DestroyBucketMsg,
    EvictRemoteBucketMsg,
    Provider,
)
from ais_openapi.types import UNSET

from ._core.declare import operation
from ._core.protocol import Op, Response
from ._core.validate import (
    PROVIDER_AIS,
    REMOTE_PROVIDERS,
    normalize_provider,
    validate_bucket_name,
    validate_namespace,
)
from ._core.wire import bucket_args, ns_query, request_from_kwargs, xact_text
from .errors import ErrBckNotFound, InvalidBckProvider
from .headers import BucketHeader
from .models import Bck

__all__ = ["copy_bucket", "create_bucket", "destroy_bucket", "evict_bucket", "head_bucket", "list_buckets"]


@operation()
def list_buckets(provider: str = PROVIDER_AIS) -> Op[list[Bck]]:
    """The buckets the cluster knows.

    Args:
        provider: "ais" (default), a cloud provider ("aws", "gcp", "azure", "oci" or an alias),
            or "" for every provider.

    Returns:
        One `Bck` per bucket (name, provider, namespace).

    Raises:
        InvalidBckProvider: unknown provider (before any request).
        ErrMissingBackend: the cluster has no backend for that provider.
        AISConnectionError: no node of the cluster could be reached.
    """
    p = normalize_provider(provider, allow_empty=True)
    kwargs = gen_list_buckets._get_kwargs(provider=Provider(p) if p else UNSET)
    resp: Response = yield request_from_kwargs(kwargs, idempotent=True)
    doc = resp.json()  # AIS sends `null` rather than `[]` when there are none
    return [Bck.from_json(b) for b in doc or []]


@operation(bucket="create", bucket_args={"bck_name": "self.name", "namespace": "self.namespace"})
def create_bucket(bck_name: str, *, namespace: str = "") -> Op[None]:
    """Create an `ais://` bucket.

    Args:
        bck_name: the new bucket's name.
        namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).

    Raises:
        InvalidBucketName: the name breaks AIS naming rules (before any request).
        ErrBckAlreadyExists: the bucket exists.
    """
    name = validate_bucket_name(bck_name)
    kwargs = gen_bucket_action._get_kwargs(
        name, body=CreateBucketMsg(), provider=Provider.AIS, namespace=ns_query(namespace)
    )
    # Not idempotent: a second create answers 409, and we could not tell that from "it existed before".
    yield request_from_kwargs(kwargs, idempotent=False)


@operation(bucket="delete", bucket_args={"bck_name": "self.name", "namespace": "self.namespace"})
def destroy_bucket(bck_name: str, *, namespace: str = "") -> Op[None]:
    """Destroy an `ais://` bucket and every object in it.

    Args:
        bck_name: the bucket's name.
        namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).

    Raises:
        InvalidBucketName: the name breaks AIS naming rules (before any request).
        ErrBckNotFound: the bucket does not exist.
    """
    name = validate_bucket_name(bck_name)
    kwargs = gen_delete_bucket._get_kwargs(
        name, body=DestroyBucketMsg(), provider=Provider.AIS, namespace=ns_query(namespace)
    )
    yield request_from_kwargs(kwargs, idempotent=True, not_found=ErrBckNotFound, gone_is_done=True)


@operation(bucket="evict")
def evict_bucket(bck_name: str, provider: str, keep_md: bool = True, *, namespace: str = "") -> Op[None]:
    """Drop the cluster's cached copy of a remote bucket's objects.

    Args:
        bck_name: the remote bucket's name.
        provider: its provider ("aws", "gcp", "azure", "oci" or an alias).
        keep_md: keep the bucket's metadata (it stays listed) and drop only the objects.
        namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).

    Raises:
        InvalidBckProvider: `provider` is "ais" or unknown (before any request).
        ErrBckNotFound: the bucket is not known to the cluster.
    """
    name, prov = bucket_args(bck_name, provider)
    if prov.value not in REMOTE_PROVIDERS:
        raise InvalidBckProvider(
            prov.value, f"only remote buckets can be evicted; {prov.value}://{name} is an AIS bucket"
        )
    kwargs = gen_delete_bucket._get_kwargs(
        name, body=EvictRemoteBucketMsg(), provider=prov, keep_bck_md=keep_md, namespace=ns_query(namespace)
    )
    yield request_from_kwargs(kwargs, idempotent=True, not_found=ErrBckNotFound)


@operation(bucket="head")
def head_bucket(bck_name: str, provider: str = PROVIDER_AIS, *, namespace: str = "") -> Op[BucketHeader]:
    """A bucket's properties.

    Args:
        bck_name: the bucket's name.
        provider: its provider ("ais" by default).
        namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).

    Returns:
        The response headers (a case-insensitive mapping) with the typed `BucketProps` as `.props`.

    Raises:
        ErrBckNotFound: the bucket does not exist.
    """
    name, prov = bucket_args(bck_name, provider)
    resp: Response = yield request_from_kwargs(
        gen_head_bucket._get_kwargs(name, provider=prov, namespace=ns_query(namespace)),
        idempotent=True,
        not_found=ErrBckNotFound,
    )
    return resp.headers.view_as(BucketHeader)


@operation(
    bucket="copy",
    bucket_args={"from_bck_name": "self.name", "from_provider": "self.provider", "from_namespace": "self.namespace"},
)
def copy_bucket(
    from_bck_name: str,
    to_bck_name: str,
    prefix: str = "",
    dry_run: bool = False,
    force: bool = False,
    from_provider: str = PROVIDER_AIS,
    to_provider: str = PROVIDER_AIS,
    *,
    from_namespace: str = "",
    to_namespace: str = "",
) -> Op[str]:
    """Start copying a bucket's objects into another bucket (created if needed).

    Args:
        from_bck_name: the source bucket.
        to_bck_name: the destination bucket.
        prefix: copy only objects whose names start with it.
        dry_run: report what would be copied, copy nothing (no destination is created).
        force: start even if a conflicting job is running.
        from_provider: the source's provider.
        to_provider: the destination's provider.
        from_namespace: the source's namespace (`@uuid#name`; default: the global one).
        to_namespace: the destination's namespace.

    Returns:
        The job (xaction) id; wait for it with `wait_for_xaction_finished`.

    Raises:
        ErrBckNotFound: the source bucket does not exist.
    """
    src, src_prov = bucket_args(from_bck_name, from_provider)
    dst, dst_prov = bucket_args(to_bck_name, to_provider)
    value = CopyBucketValue(prefix=prefix, dry_run=dry_run, force=force)
    # bck_to is the destination's uname: provider/@uuid#ns/name/ ("@#" = global namespace).
    bck_to = f"{dst_prov.value}/{validate_namespace(to_namespace) or '@#'}/{dst}/"
    kwargs = gen_bucket_action._get_kwargs(
        src, body=CopyBucketMsg(value=value), provider=src_prov, bck_to=bck_to, namespace=ns_query(from_namespace)
    )
    # Not idempotent: every copy request starts a job.
    resp: Response = yield request_from_kwargs(kwargs, idempotent=False, not_found=ErrBckNotFound)
    return xact_text(resp)
