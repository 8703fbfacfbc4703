from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.checksum_type import ChecksumType
from ...models.err_http import ErrHTTP
from ...models.provider import Provider
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    bucket: str,
    object_: str,
    *,
    body: File,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    skip_vc: bool | Unset = UNSET,
    ais_checksum_type: ChecksumType | Unset = UNSET,
    ais_checksum_value: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(ais_checksum_type, Unset):
        headers["Ais-Checksum-Type"] = str(ais_checksum_type)

    if not isinstance(ais_checksum_value, Unset):
        headers["Ais-Checksum-Value"] = ais_checksum_value

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params["namespace"] = namespace

    params["skip_vc"] = skip_vc

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/objects/{bucket}/{object_}".format(
            bucket=quote(str(bucket), safe=""),
            object_=quote(str(object_), safe="/"),
        ),
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrHTTP | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 307:
        response_307 = cast(Any, None)
        return response_307

    if response.status_code == 400:
        response_400 = ErrHTTP.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrHTTP.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrHTTP.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrHTTP.from_dict(response.json())

        return response_503

    if response.status_code == 507:
        response_507 = ErrHTTP.from_dict(response.json())

        return response_507

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrHTTP]:
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
    body: File,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    skip_vc: bool | Unset = UNSET,
    ais_checksum_type: ChecksumType | Unset = UNSET,
    ais_checksum_value: str | Unset = UNSET,
) -> Response[Any | ErrHTTP]:
    """Write an object

     The proxy answers `307` to the owning target; the body must then be sent to `Location`.
    With `Ais-Checksum-Type` and `Ais-Checksum-Value` the target verifies the received bytes
    and refuses a mismatch. Re-writing identical content is a no-op.

    Args:
        bucket (str):
        object_ (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        skip_vc (bool | Unset):
        ais_checksum_type (ChecksumType | Unset):
        ais_checksum_value (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrHTTP]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        object_=object_,
        body=body,
        provider=provider,
        namespace=namespace,
        skip_vc=skip_vc,
        ais_checksum_type=ais_checksum_type,
        ais_checksum_value=ais_checksum_value,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    skip_vc: bool | Unset = UNSET,
    ais_checksum_type: ChecksumType | Unset = UNSET,
    ais_checksum_value: str | Unset = UNSET,
) -> Any | ErrHTTP | None:
    """Write an object

     The proxy answers `307` to the owning target; the body must then be sent to `Location`.
    With `Ais-Checksum-Type` and `Ais-Checksum-Value` the target verifies the received bytes
    and refuses a mismatch. Re-writing identical content is a no-op.

    Args:
        bucket (str):
        object_ (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        skip_vc (bool | Unset):
        ais_checksum_type (ChecksumType | Unset):
        ais_checksum_value (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrHTTP
    """

    return sync_detailed(
        bucket=bucket,
        object_=object_,
        client=client,
        body=body,
        provider=provider,
        namespace=namespace,
        skip_vc=skip_vc,
        ais_checksum_type=ais_checksum_type,
        ais_checksum_value=ais_checksum_value,
    ).parsed


async def asyncio_detailed(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    skip_vc: bool | Unset = UNSET,
    ais_checksum_type: ChecksumType | Unset = UNSET,
    ais_checksum_value: str | Unset = UNSET,
) -> Response[Any | ErrHTTP]:
    """Write an object

     The proxy answers `307` to the owning target; the body must then be sent to `Location`.
    With `Ais-Checksum-Type` and `Ais-Checksum-Value` the target verifies the received bytes
    and refuses a mismatch. Re-writing identical content is a no-op.

    Args:
        bucket (str):
        object_ (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        skip_vc (bool | Unset):
        ais_checksum_type (ChecksumType | Unset):
        ais_checksum_value (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrHTTP]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        object_=object_,
        body=body,
        provider=provider,
        namespace=namespace,
        skip_vc=skip_vc,
        ais_checksum_type=ais_checksum_type,
        ais_checksum_value=ais_checksum_value,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    skip_vc: bool | Unset = UNSET,
    ais_checksum_type: ChecksumType | Unset = UNSET,
    ais_checksum_value: str | Unset = UNSET,
) -> Any | ErrHTTP | None:
    """Write an object

     The proxy answers `307` to the owning target; the body must then be sent to `Location`.
    With `Ais-Checksum-Type` and `Ais-Checksum-Value` the target verifies the received bytes
    and refuses a mismatch. Re-writing identical content is a no-op.

    Args:
        bucket (str):
        object_ (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        skip_vc (bool | Unset):
        ais_checksum_type (ChecksumType | Unset):
        ais_checksum_value (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrHTTP
    """

    return (
        await asyncio_detailed(
            bucket=bucket,
            object_=object_,
            client=client,
            body=body,
            provider=provider,
            namespace=namespace,
            skip_vc=skip_vc,
            ais_checksum_type=ais_checksum_type,
            ais_checksum_value=ais_checksum_value,
        )
    ).parsed
