from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_list_range_msg import DeleteListRangeMsg
from ...models.destroy_bucket_msg import DestroyBucketMsg
from ...models.err_http import ErrHTTP
from ...models.evict_list_range_msg import EvictListRangeMsg
from ...models.evict_remote_bucket_msg import EvictRemoteBucketMsg
from ...models.provider import Provider
from ...types import UNSET, Response, Unset


def _get_kwargs(
    bucket: str,
    *,
    body: DeleteListRangeMsg
    | DestroyBucketMsg
    | EvictListRangeMsg
    | EvictRemoteBucketMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    keep_bck_md: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params["namespace"] = namespace

    params["keep_bck_md"] = keep_bck_md

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/buckets/{bucket}".format(
            bucket=quote(str(bucket), safe=""),
        ),
        "params": params,
    }

    if (
        isinstance(body, DestroyBucketMsg)
        or isinstance(body, EvictRemoteBucketMsg)
        or isinstance(body, DeleteListRangeMsg)
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

    if response.status_code == 405:
        response_405 = ErrHTTP.from_dict(response.json())

        return response_405

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
    body: DeleteListRangeMsg
    | DestroyBucketMsg
    | EvictListRangeMsg
    | EvictRemoteBucketMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    keep_bck_md: bool | Unset = UNSET,
) -> Response[ErrHTTP | str]:
    """Destroy or evict a bucket, or delete/evict some of its objects

     `destroy-bck` removes an `ais` bucket with all its objects. `evict-remote-bck` drops the
    cached objects of a remote (cloud) bucket; with `keep_bck_md=true` the bucket stays in the
    cluster's metadata. Evicting an `ais` bucket is a `400 ErrNotRemoteBck`.
    `delete-listrange` deletes the objects named by `value` (a list or a template) and
    `evict-listrange` evicts them (remote buckets only: `400 ErrNotRemoteBck` on an `ais`
    bucket); both run as a job and answer its id as text.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        keep_bck_md (bool | Unset):
        body (DeleteListRangeMsg | DestroyBucketMsg | EvictListRangeMsg | EvictRemoteBucketMsg):

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
        keep_bck_md=keep_bck_md,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteListRangeMsg
    | DestroyBucketMsg
    | EvictListRangeMsg
    | EvictRemoteBucketMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    keep_bck_md: bool | Unset = UNSET,
) -> ErrHTTP | str | None:
    """Destroy or evict a bucket, or delete/evict some of its objects

     `destroy-bck` removes an `ais` bucket with all its objects. `evict-remote-bck` drops the
    cached objects of a remote (cloud) bucket; with `keep_bck_md=true` the bucket stays in the
    cluster's metadata. Evicting an `ais` bucket is a `400 ErrNotRemoteBck`.
    `delete-listrange` deletes the objects named by `value` (a list or a template) and
    `evict-listrange` evicts them (remote buckets only: `400 ErrNotRemoteBck` on an `ais`
    bucket); both run as a job and answer its id as text.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        keep_bck_md (bool | Unset):
        body (DeleteListRangeMsg | DestroyBucketMsg | EvictListRangeMsg | EvictRemoteBucketMsg):

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
        keep_bck_md=keep_bck_md,
    ).parsed


async def asyncio_detailed(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteListRangeMsg
    | DestroyBucketMsg
    | EvictListRangeMsg
    | EvictRemoteBucketMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    keep_bck_md: bool | Unset = UNSET,
) -> Response[ErrHTTP | str]:
    """Destroy or evict a bucket, or delete/evict some of its objects

     `destroy-bck` removes an `ais` bucket with all its objects. `evict-remote-bck` drops the
    cached objects of a remote (cloud) bucket; with `keep_bck_md=true` the bucket stays in the
    cluster's metadata. Evicting an `ais` bucket is a `400 ErrNotRemoteBck`.
    `delete-listrange` deletes the objects named by `value` (a list or a template) and
    `evict-listrange` evicts them (remote buckets only: `400 ErrNotRemoteBck` on an `ais`
    bucket); both run as a job and answer its id as text.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        keep_bck_md (bool | Unset):
        body (DeleteListRangeMsg | DestroyBucketMsg | EvictListRangeMsg | EvictRemoteBucketMsg):

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
        keep_bck_md=keep_bck_md,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteListRangeMsg
    | DestroyBucketMsg
    | EvictListRangeMsg
    | EvictRemoteBucketMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    keep_bck_md: bool | Unset = UNSET,
) -> ErrHTTP | str | None:
    """Destroy or evict a bucket, or delete/evict some of its objects

     `destroy-bck` removes an `ais` bucket with all its objects. `evict-remote-bck` drops the
    cached objects of a remote (cloud) bucket; with `keep_bck_md=true` the bucket stays in the
    cluster's metadata. Evicting an `ais` bucket is a `400 ErrNotRemoteBck`.
    `delete-listrange` deletes the objects named by `value` (a list or a template) and
    `evict-listrange` evicts them (remote buckets only: `400 ErrNotRemoteBck` on an `ais`
    bucket); both run as a job and answer its id as text.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        keep_bck_md (bool | Unset):
        body (DeleteListRangeMsg | DestroyBucketMsg | EvictListRangeMsg | EvictRemoteBucketMsg):

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
            keep_bck_md=keep_bck_md,
        )
    ).parsed
