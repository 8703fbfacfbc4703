from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bucket_summary import BucketSummary
from ...models.err_http import ErrHTTP
from ...models.inventory_info import InventoryInfo
from ...models.list_objects_accept import ListObjectsAccept
from ...models.list_objects_msg import ListObjectsMsg
from ...models.lso_res import LsoRes
from ...models.provider import Provider
from ...models.shard_summary import ShardSummary
from ...models.show_inventory_msg import ShowInventoryMsg
from ...models.summary_bucket_msg import SummaryBucketMsg
from ...models.summary_shard_msg import SummaryShardMsg
from ...types import UNSET, Response, Unset


def _get_kwargs(
    bucket: str,
    *,
    body: ListObjectsMsg | ShowInventoryMsg | SummaryBucketMsg | SummaryShardMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    accept: ListObjectsAccept | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = str(accept)

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params["namespace"] = namespace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/buckets/{bucket}".format(
            bucket=quote(str(bucket), safe=""),
        ),
        "params": params,
    }

    if (
        isinstance(body, ListObjectsMsg)
        or isinstance(body, SummaryBucketMsg)
        or isinstance(body, SummaryShardMsg)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrHTTP | InventoryInfo | list[BucketSummary] | LsoRes | ShardSummary | str | None:
    if (
        200 <= response.status_code < 300
        and not response.content
        and "content-type" not in response.headers
    ):
        # AIS answers some forms of a request with an empty 2xx and no Content-Type (e.g. /v1/health
        # without `cii`, an action without a result) where another form has a document: nothing to parse.
        return None
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> InventoryInfo | list[BucketSummary] | LsoRes | ShardSummary:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = LsoRes.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = InventoryInfo.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_2 = []
                _response_200_type_2 = data
                for (
                    componentsschemas_bucket_summaries_item_data
                ) in _response_200_type_2:
                    componentsschemas_bucket_summaries_item = BucketSummary.from_dict(
                        componentsschemas_bucket_summaries_item_data
                    )

                    response_200_type_2.append(componentsschemas_bucket_summaries_item)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_3 = ShardSummary.from_dict(data)

            return response_200_type_3

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = response.text
        return response_202

    if response.status_code == 206:
        response_206 = response.text
        return response_206

    if response.status_code == 400:
        response_400 = ErrHTTP.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrHTTP.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = ErrHTTP.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ErrHTTP | InventoryInfo | list[BucketSummary] | LsoRes | ShardSummary | str
]:
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
    body: ListObjectsMsg | ShowInventoryMsg | SummaryBucketMsg | SummaryShardMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    accept: ListObjectsAccept | Unset = UNSET,
) -> Response[
    ErrHTTP | InventoryInfo | list[BucketSummary] | LsoRes | ShardSummary | str
]:
    """List objects (one page), or summarise the bucket

     Returns one page of the bucket's objects. This is a **GET with a JSON body**
    (`{"action": "list", "value": LsoMsg}`). Send `uuid` and `continuation_token` from the
    previous page to get the next one; an empty `continuation_token` in the answer marks the
    last page. With `Accept: application/msgpack` the page is msgpack-encoded, with short keys.

    The same GET serves three more actions:
    `summary-bck` and `summary-shard` are asynchronous: the first call answers `202` with a
    job id as text; repeat the call with `value.uuid` set to that id until it answers `200`
    with the result (`BucketSummaries` / `ShardSummary`), **JSON sent as `text/plain`**
    (`206`, same shape, while some targets are still counting).
    `show-inventory` answers the bucket's inventory metadata as JSON (`{}` when it has none).

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        accept (ListObjectsAccept | Unset):
        body (ListObjectsMsg | ShowInventoryMsg | SummaryBucketMsg | SummaryShardMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | InventoryInfo | list[BucketSummary] | LsoRes | ShardSummary | str]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        body=body,
        provider=provider,
        namespace=namespace,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: ListObjectsMsg | ShowInventoryMsg | SummaryBucketMsg | SummaryShardMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    accept: ListObjectsAccept | Unset = UNSET,
) -> ErrHTTP | InventoryInfo | list[BucketSummary] | LsoRes | ShardSummary | str | None:
    """List objects (one page), or summarise the bucket

     Returns one page of the bucket's objects. This is a **GET with a JSON body**
    (`{"action": "list", "value": LsoMsg}`). Send `uuid` and `continuation_token` from the
    previous page to get the next one; an empty `continuation_token` in the answer marks the
    last page. With `Accept: application/msgpack` the page is msgpack-encoded, with short keys.

    The same GET serves three more actions:
    `summary-bck` and `summary-shard` are asynchronous: the first call answers `202` with a
    job id as text; repeat the call with `value.uuid` set to that id until it answers `200`
    with the result (`BucketSummaries` / `ShardSummary`), **JSON sent as `text/plain`**
    (`206`, same shape, while some targets are still counting).
    `show-inventory` answers the bucket's inventory metadata as JSON (`{}` when it has none).

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        accept (ListObjectsAccept | Unset):
        body (ListObjectsMsg | ShowInventoryMsg | SummaryBucketMsg | SummaryShardMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | InventoryInfo | list[BucketSummary] | LsoRes | ShardSummary | str
    """

    return sync_detailed(
        bucket=bucket,
        client=client,
        body=body,
        provider=provider,
        namespace=namespace,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: ListObjectsMsg | ShowInventoryMsg | SummaryBucketMsg | SummaryShardMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    accept: ListObjectsAccept | Unset = UNSET,
) -> Response[
    ErrHTTP | InventoryInfo | list[BucketSummary] | LsoRes | ShardSummary | str
]:
    """List objects (one page), or summarise the bucket

     Returns one page of the bucket's objects. This is a **GET with a JSON body**
    (`{"action": "list", "value": LsoMsg}`). Send `uuid` and `continuation_token` from the
    previous page to get the next one; an empty `continuation_token` in the answer marks the
    last page. With `Accept: application/msgpack` the page is msgpack-encoded, with short keys.

    The same GET serves three more actions:
    `summary-bck` and `summary-shard` are asynchronous: the first call answers `202` with a
    job id as text; repeat the call with `value.uuid` set to that id until it answers `200`
    with the result (`BucketSummaries` / `ShardSummary`), **JSON sent as `text/plain`**
    (`206`, same shape, while some targets are still counting).
    `show-inventory` answers the bucket's inventory metadata as JSON (`{}` when it has none).

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        accept (ListObjectsAccept | Unset):
        body (ListObjectsMsg | ShowInventoryMsg | SummaryBucketMsg | SummaryShardMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | InventoryInfo | list[BucketSummary] | LsoRes | ShardSummary | str]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        body=body,
        provider=provider,
        namespace=namespace,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: ListObjectsMsg | ShowInventoryMsg | SummaryBucketMsg | SummaryShardMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    accept: ListObjectsAccept | Unset = UNSET,
) -> ErrHTTP | InventoryInfo | list[BucketSummary] | LsoRes | ShardSummary | str | None:
    """List objects (one page), or summarise the bucket

     Returns one page of the bucket's objects. This is a **GET with a JSON body**
    (`{"action": "list", "value": LsoMsg}`). Send `uuid` and `continuation_token` from the
    previous page to get the next one; an empty `continuation_token` in the answer marks the
    last page. With `Accept: application/msgpack` the page is msgpack-encoded, with short keys.

    The same GET serves three more actions:
    `summary-bck` and `summary-shard` are asynchronous: the first call answers `202` with a
    job id as text; repeat the call with `value.uuid` set to that id until it answers `200`
    with the result (`BucketSummaries` / `ShardSummary`), **JSON sent as `text/plain`**
    (`206`, same shape, while some targets are still counting).
    `show-inventory` answers the bucket's inventory metadata as JSON (`{}` when it has none).

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        accept (ListObjectsAccept | Unset):
        body (ListObjectsMsg | ShowInventoryMsg | SummaryBucketMsg | SummaryShardMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | InventoryInfo | list[BucketSummary] | LsoRes | ShardSummary | str
    """

    return (
        await asyncio_detailed(
            bucket=bucket,
            client=client,
            body=body,
            provider=provider,
            namespace=namespace,
            accept=accept,
        )
    ).parsed
