from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.err_http import ErrHTTP
from ...models.list_objects_accept import ListObjectsAccept
from ...models.list_objects_msg import ListObjectsMsg
from ...models.lso_res import LsoRes
from ...models.provider import Provider
from ...types import UNSET, Response, Unset


def _get_kwargs(
    bucket: str,
    *,
    body: ListObjectsMsg,
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

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrHTTP | LsoRes | None:
    if response.status_code == 200:
        response_200 = LsoRes.from_dict(response.json())

        return response_200

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
) -> Response[ErrHTTP | LsoRes]:
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
    body: ListObjectsMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    accept: ListObjectsAccept | Unset = UNSET,
) -> Response[ErrHTTP | LsoRes]:
    """List objects (one page)

     Returns one page of the bucket's objects. This is a **GET with a JSON body**
    (`{"action": "list", "value": LsoMsg}`). Send `uuid` and `continuation_token` from the
    previous page to get the next one; an empty `continuation_token` in the answer marks the
    last page. With `Accept: application/msgpack` the page is msgpack-encoded, with short keys.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        accept (ListObjectsAccept | Unset):
        body (ListObjectsMsg): `ActMsg` of `list`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | LsoRes]
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
    body: ListObjectsMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    accept: ListObjectsAccept | Unset = UNSET,
) -> ErrHTTP | LsoRes | None:
    """List objects (one page)

     Returns one page of the bucket's objects. This is a **GET with a JSON body**
    (`{"action": "list", "value": LsoMsg}`). Send `uuid` and `continuation_token` from the
    previous page to get the next one; an empty `continuation_token` in the answer marks the
    last page. With `Accept: application/msgpack` the page is msgpack-encoded, with short keys.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        accept (ListObjectsAccept | Unset):
        body (ListObjectsMsg): `ActMsg` of `list`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | LsoRes
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
    body: ListObjectsMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    accept: ListObjectsAccept | Unset = UNSET,
) -> Response[ErrHTTP | LsoRes]:
    """List objects (one page)

     Returns one page of the bucket's objects. This is a **GET with a JSON body**
    (`{"action": "list", "value": LsoMsg}`). Send `uuid` and `continuation_token` from the
    previous page to get the next one; an empty `continuation_token` in the answer marks the
    last page. With `Accept: application/msgpack` the page is msgpack-encoded, with short keys.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        accept (ListObjectsAccept | Unset):
        body (ListObjectsMsg): `ActMsg` of `list`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | LsoRes]
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
    body: ListObjectsMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    accept: ListObjectsAccept | Unset = UNSET,
) -> ErrHTTP | LsoRes | None:
    """List objects (one page)

     Returns one page of the bucket's objects. This is a **GET with a JSON body**
    (`{"action": "list", "value": LsoMsg}`). Send `uuid` and `continuation_token` from the
    previous page to get the next one; an empty `continuation_token` in the answer marks the
    last page. With `Accept: application/msgpack` the page is msgpack-encoded, with short keys.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        accept (ListObjectsAccept | Unset):
        body (ListObjectsMsg): `ActMsg` of `list`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | LsoRes
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
