from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.provider import Provider
from ...types import UNSET, Response, Unset


def _get_kwargs(
    bucket: str,
    object_: str,
    *,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    sln: bool | Unset = UNSET,
    props: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params["namespace"] = namespace

    params["presence"] = presence

    params["latest-ver"] = latest_ver

    params["sln"] = sln

    params["props"] = props

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "head",
        "url": "/v1/objects/{bucket}/{object_}".format(
            bucket=quote(str(bucket), safe=""),
            object_=quote(str(object_), safe="/"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if (
        200 <= response.status_code < 300
        and not response.content
        and "content-type" not in response.headers
    ):
        # AIS answers some forms of a request with an empty 2xx and no Content-Type (e.g. /v1/health
        # without `cii`, an action without a result) where another form has a document: nothing to parse.
        return None
    if response.status_code == 200:
        return None

    if response.status_code == 307:
        return None

    if response.status_code == 400:
        return None

    if response.status_code == 404:
        return None

    if response.status_code == 409:
        return None

    if response.status_code == 410:
        return None

    if response.status_code == 503:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    sln: bool | Unset = UNSET,
    props: str | Unset = UNSET,
) -> Response[Any]:
    """Object properties

     The proxy answers `307` to the owning target, which answers `200` with the object's
    properties in headers (no body). Errors arrive in the `Hdr-Error` header.

    Args:
        bucket (str):
        object_ (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        presence (int | Unset):
        latest_ver (bool | Unset):
        sln (bool | Unset):
        props (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        object_=object_,
        provider=provider,
        namespace=namespace,
        presence=presence,
        latest_ver=latest_ver,
        sln=sln,
        props=props,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    sln: bool | Unset = UNSET,
    props: str | Unset = UNSET,
) -> Response[Any]:
    """Object properties

     The proxy answers `307` to the owning target, which answers `200` with the object's
    properties in headers (no body). Errors arrive in the `Hdr-Error` header.

    Args:
        bucket (str):
        object_ (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        presence (int | Unset):
        latest_ver (bool | Unset):
        sln (bool | Unset):
        props (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        object_=object_,
        provider=provider,
        namespace=namespace,
        presence=presence,
        latest_ver=latest_ver,
        sln=sln,
        props=props,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
