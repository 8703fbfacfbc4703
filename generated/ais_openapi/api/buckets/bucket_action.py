from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.copy_bucket_msg import CopyBucketMsg
from ...models.copy_list_range_msg import CopyListRangeMsg
from ...models.create_bucket_msg import CreateBucketMsg
from ...models.create_inventory_msg import CreateInventoryMsg
from ...models.ec_encode_msg import EcEncodeMsg
from ...models.err_http import ErrHTTP
from ...models.etl_bucket_msg import EtlBucketMsg
from ...models.etl_list_range_msg import EtlListRangeMsg
from ...models.make_n_copies_msg import MakeNCopiesMsg
from ...models.move_bucket_msg import MoveBucketMsg
from ...models.prefetch_list_range_msg import PrefetchListRangeMsg
from ...models.provider import Provider
from ...models.rechunk_bucket_msg import RechunkBucketMsg
from ...types import UNSET, Response, Unset


def _get_kwargs(
    bucket: str,
    *,
    body: CopyBucketMsg
    | CopyListRangeMsg
    | CreateBucketMsg
    | CreateInventoryMsg
    | EcEncodeMsg
    | EtlBucketMsg
    | EtlListRangeMsg
    | MakeNCopiesMsg
    | MoveBucketMsg
    | PrefetchListRangeMsg
    | RechunkBucketMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    bck_to: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params["namespace"] = namespace

    params["bck_to"] = bck_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/buckets/{bucket}".format(
            bucket=quote(str(bucket), safe=""),
        ),
        "params": params,
    }

    if (
        isinstance(body, CreateBucketMsg)
        or isinstance(body, CopyBucketMsg)
        or isinstance(body, MoveBucketMsg)
        or isinstance(body, CopyListRangeMsg)
        or isinstance(body, EtlBucketMsg)
        or isinstance(body, EtlListRangeMsg)
        or isinstance(body, PrefetchListRangeMsg)
        or isinstance(body, MakeNCopiesMsg)
        or isinstance(body, EcEncodeMsg)
        or isinstance(body, RechunkBucketMsg)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrHTTP | str | None:
    if (
        200 <= response.status_code < 300
        and not response.content
        and "content-type" not in response.headers
    ):
        # AIS answers some forms of a request with an empty 2xx and no Content-Type (e.g. /v1/health
        # without `cii`, an action without a result) where another form has a document: nothing to parse.
        return None
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = ErrHTTP.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrHTTP.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrHTTP.from_dict(response.json())

        return response_409

    if response.status_code == 501:
        response_501 = ErrHTTP.from_dict(response.json())

        return response_501

    if response.status_code == 503:
        response_503 = ErrHTTP.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrHTTP | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: CopyBucketMsg
    | CopyListRangeMsg
    | CreateBucketMsg
    | CreateInventoryMsg
    | EcEncodeMsg
    | EtlBucketMsg
    | EtlListRangeMsg
    | MakeNCopiesMsg
    | MoveBucketMsg
    | PrefetchListRangeMsg
    | RechunkBucketMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    bck_to: str | Unset = UNSET,
) -> Response[ErrHTTP | str]:
    """Create, copy, move or run a job on a bucket

     `create-bck` creates an `ais` bucket (optionally with properties; `409` if it exists).
    `copy-bck` copies this bucket to the bucket named by `bck_to` (created on the fly when it
    is an `ais` bucket) as an asynchronous xaction and returns its id as text. A copy from a
    remote bucket may run as several jobs; their ids are then joined by `,`.
    The other actions also start a job and answer its id as text:
    `move-bck` renames an `ais` bucket to `bck_to` (`404` when the source does not exist);
    `copy-listrange` copies a list or template of objects to `value.tobck` (id `tco-...`);
    `etl-bck` / `etl-listrange` transform while copying: **without Kubernetes the cluster
    answers `404` "the operation requires Kubernetes"**;
    `prefetch-listrange` fetches remote objects into the cluster (`400 ErrNotRemoteBck` on an
    `ais` bucket); `make-n-copies` mirrors every object `value` times (an integer);
    `ec-encode` erasure-codes the bucket (`400` "invalid ec-encode request" when the slices
    do not fit the number of targets, e.g. on a 2-target cluster);
    `rechunk` re-chunks objects (`400` "chunk size is not set" without `chunk-size`);
    `create-inventory` writes a bucket inventory (id `inv-...`, see `show-inventory`).

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        bck_to (str | Unset):
        body (CopyBucketMsg | CopyListRangeMsg | CreateBucketMsg | CreateInventoryMsg |
            EcEncodeMsg | EtlBucketMsg | EtlListRangeMsg | MakeNCopiesMsg | MoveBucketMsg |
            PrefetchListRangeMsg | RechunkBucketMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | str]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        body=body,
        provider=provider,
        namespace=namespace,
        bck_to=bck_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: CopyBucketMsg
    | CopyListRangeMsg
    | CreateBucketMsg
    | CreateInventoryMsg
    | EcEncodeMsg
    | EtlBucketMsg
    | EtlListRangeMsg
    | MakeNCopiesMsg
    | MoveBucketMsg
    | PrefetchListRangeMsg
    | RechunkBucketMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    bck_to: str | Unset = UNSET,
) -> ErrHTTP | str | None:
    """Create, copy, move or run a job on a bucket

     `create-bck` creates an `ais` bucket (optionally with properties; `409` if it exists).
    `copy-bck` copies this bucket to the bucket named by `bck_to` (created on the fly when it
    is an `ais` bucket) as an asynchronous xaction and returns its id as text. A copy from a
    remote bucket may run as several jobs; their ids are then joined by `,`.
    The other actions also start a job and answer its id as text:
    `move-bck` renames an `ais` bucket to `bck_to` (`404` when the source does not exist);
    `copy-listrange` copies a list or template of objects to `value.tobck` (id `tco-...`);
    `etl-bck` / `etl-listrange` transform while copying: **without Kubernetes the cluster
    answers `404` "the operation requires Kubernetes"**;
    `prefetch-listrange` fetches remote objects into the cluster (`400 ErrNotRemoteBck` on an
    `ais` bucket); `make-n-copies` mirrors every object `value` times (an integer);
    `ec-encode` erasure-codes the bucket (`400` "invalid ec-encode request" when the slices
    do not fit the number of targets, e.g. on a 2-target cluster);
    `rechunk` re-chunks objects (`400` "chunk size is not set" without `chunk-size`);
    `create-inventory` writes a bucket inventory (id `inv-...`, see `show-inventory`).

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        bck_to (str | Unset):
        body (CopyBucketMsg | CopyListRangeMsg | CreateBucketMsg | CreateInventoryMsg |
            EcEncodeMsg | EtlBucketMsg | EtlListRangeMsg | MakeNCopiesMsg | MoveBucketMsg |
            PrefetchListRangeMsg | RechunkBucketMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | str
    """

    return sync_detailed(
        bucket=bucket,
        client=client,
        body=body,
        provider=provider,
        namespace=namespace,
        bck_to=bck_to,
    ).parsed


async def asyncio_detailed(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: CopyBucketMsg
    | CopyListRangeMsg
    | CreateBucketMsg
    | CreateInventoryMsg
    | EcEncodeMsg
    | EtlBucketMsg
    | EtlListRangeMsg
    | MakeNCopiesMsg
    | MoveBucketMsg
    | PrefetchListRangeMsg
    | RechunkBucketMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    bck_to: str | Unset = UNSET,
) -> Response[ErrHTTP | str]:
    """Create, copy, move or run a job on a bucket

     `create-bck` creates an `ais` bucket (optionally with properties; `409` if it exists).
    `copy-bck` copies this bucket to the bucket named by `bck_to` (created on the fly when it
    is an `ais` bucket) as an asynchronous xaction and returns its id as text. A copy from a
    remote bucket may run as several jobs; their ids are then joined by `,`.
    The other actions also start a job and answer its id as text:
    `move-bck` renames an `ais` bucket to `bck_to` (`404` when the source does not exist);
    `copy-listrange` copies a list or template of objects to `value.tobck` (id `tco-...`);
    `etl-bck` / `etl-listrange` transform while copying: **without Kubernetes the cluster
    answers `404` "the operation requires Kubernetes"**;
    `prefetch-listrange` fetches remote objects into the cluster (`400 ErrNotRemoteBck` on an
    `ais` bucket); `make-n-copies` mirrors every object `value` times (an integer);
    `ec-encode` erasure-codes the bucket (`400` "invalid ec-encode request" when the slices
    do not fit the number of targets, e.g. on a 2-target cluster);
    `rechunk` re-chunks objects (`400` "chunk size is not set" without `chunk-size`);
    `create-inventory` writes a bucket inventory (id `inv-...`, see `show-inventory`).

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        bck_to (str | Unset):
        body (CopyBucketMsg | CopyListRangeMsg | CreateBucketMsg | CreateInventoryMsg |
            EcEncodeMsg | EtlBucketMsg | EtlListRangeMsg | MakeNCopiesMsg | MoveBucketMsg |
            PrefetchListRangeMsg | RechunkBucketMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | str]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        body=body,
        provider=provider,
        namespace=namespace,
        bck_to=bck_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: CopyBucketMsg
    | CopyListRangeMsg
    | CreateBucketMsg
    | CreateInventoryMsg
    | EcEncodeMsg
    | EtlBucketMsg
    | EtlListRangeMsg
    | MakeNCopiesMsg
    | MoveBucketMsg
    | PrefetchListRangeMsg
    | RechunkBucketMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    bck_to: str | Unset = UNSET,
) -> ErrHTTP | str | None:
    """Create, copy, move or run a job on a bucket

     `create-bck` creates an `ais` bucket (optionally with properties; `409` if it exists).
    `copy-bck` copies this bucket to the bucket named by `bck_to` (created on the fly when it
    is an `ais` bucket) as an asynchronous xaction and returns its id as text. A copy from a
    remote bucket may run as several jobs; their ids are then joined by `,`.
    The other actions also start a job and answer its id as text:
    `move-bck` renames an `ais` bucket to `bck_to` (`404` when the source does not exist);
    `copy-listrange` copies a list or template of objects to `value.tobck` (id `tco-...`);
    `etl-bck` / `etl-listrange` transform while copying: **without Kubernetes the cluster
    answers `404` "the operation requires Kubernetes"**;
    `prefetch-listrange` fetches remote objects into the cluster (`400 ErrNotRemoteBck` on an
    `ais` bucket); `make-n-copies` mirrors every object `value` times (an integer);
    `ec-encode` erasure-codes the bucket (`400` "invalid ec-encode request" when the slices
    do not fit the number of targets, e.g. on a 2-target cluster);
    `rechunk` re-chunks objects (`400` "chunk size is not set" without `chunk-size`);
    `create-inventory` writes a bucket inventory (id `inv-...`, see `show-inventory`).

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        bck_to (str | Unset):
        body (CopyBucketMsg | CopyListRangeMsg | CreateBucketMsg | CreateInventoryMsg |
            EcEncodeMsg | EtlBucketMsg | EtlListRangeMsg | MakeNCopiesMsg | MoveBucketMsg |
            PrefetchListRangeMsg | RechunkBucketMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | str
    """

    return (
        await asyncio_detailed(
            bucket=bucket,
            client=client,
            body=body,
            provider=provider,
            namespace=namespace,
            bck_to=bck_to,
        )
    ).parsed
