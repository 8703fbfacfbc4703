from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.archive_objects_msg import ArchiveObjectsMsg
from ...models.err_http import ErrHTTP
from ...models.provider import Provider
from ...types import UNSET, Response, Unset


def _get_kwargs(
    bucket: str,
    *,
    body: ArchiveObjectsMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params["namespace"] = namespace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
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
    body: ArchiveObjectsMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> Response[ErrHTTP | str]:
    """Archive objects of the bucket into one archive object

     `archive` packs the objects named by `value` (a list or a template) of this bucket into
    the archive `value.archname` (`.tar`, `.tgz`, `.tar.gz`, `.zip`, `.tar.lz4`) in the bucket
    `value.tobck`, which must exist (`404 ErrBckNotFound` otherwise), as a job whose id is
    answered as text. Read an archived file back with `GET
    /v1/objects/{tobck}/{archname}?archpath=<name>`.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        body (ArchiveObjectsMsg):

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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: ArchiveObjectsMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> ErrHTTP | str | None:
    """Archive objects of the bucket into one archive object

     `archive` packs the objects named by `value` (a list or a template) of this bucket into
    the archive `value.archname` (`.tar`, `.tgz`, `.tar.gz`, `.zip`, `.tar.lz4`) in the bucket
    `value.tobck`, which must exist (`404 ErrBckNotFound` otherwise), as a job whose id is
    answered as text. Read an archived file back with `GET
    /v1/objects/{tobck}/{archname}?archpath=<name>`.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        body (ArchiveObjectsMsg):

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
    ).parsed


async def asyncio_detailed(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: ArchiveObjectsMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> Response[ErrHTTP | str]:
    """Archive objects of the bucket into one archive object

     `archive` packs the objects named by `value` (a list or a template) of this bucket into
    the archive `value.archname` (`.tar`, `.tgz`, `.tar.gz`, `.zip`, `.tar.lz4`) in the bucket
    `value.tobck`, which must exist (`404 ErrBckNotFound` otherwise), as a job whose id is
    answered as text. Read an archived file back with `GET
    /v1/objects/{tobck}/{archname}?archpath=<name>`.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        body (ArchiveObjectsMsg):

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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: ArchiveObjectsMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
) -> ErrHTTP | str | None:
    """Archive objects of the bucket into one archive object

     `archive` packs the objects named by `value` (a list or a template) of this bucket into
    the archive `value.archname` (`.tar`, `.tgz`, `.tar.gz`, `.zip`, `.tar.lz4`) in the bucket
    `value.tobck`, which must exist (`404 ErrBckNotFound` otherwise), as a job whose id is
    answered as text. Read an archived file back with `GET
    /v1/objects/{tobck}/{archname}?archpath=<name>`.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        body (ArchiveObjectsMsg):

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
        )
    ).parsed
