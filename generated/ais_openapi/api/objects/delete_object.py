from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.err_http import ErrHTTP
from ...models.mpt_abort_msg import MptAbortMsg
from ...models.provider import Provider
from ...types import UNSET, Response, Unset


def _get_kwargs(
    bucket: str,
    object_: str,
    *,
    body: MptAbortMsg | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params["namespace"] = namespace

    params["uploadId"] = upload_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/objects/{bucket}/{object_}".format(
            bucket=quote(str(bucket), safe=""),
            object_=quote(str(object_), safe="/"),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrHTTP | None:
    if (
        200 <= response.status_code < 300
        and not response.content
        and "content-type" not in response.headers
    ):
        # AIS answers some forms of a request with an empty 2xx and no Content-Type (e.g. /v1/health
        # without `cii`, an action without a result) where another form has a document: nothing to parse.
        return None
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

    if response.status_code == 503:
        response_503 = ErrHTTP.from_dict(response.json())

        return response_503

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
    body: MptAbortMsg | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
) -> Response[Any | ErrHTTP]:
    """Delete an object, or abort a multipart upload

     The proxy answers `307` to the owning target. Without a body the target deletes the object.
    With `{"action": "mpt-abort"}` and `uploadId` it aborts that multipart upload instead (its
    parts are removed; the object, if any, is untouched); an unknown or already aborted id is a
    `404`, an empty one a `400`.

    Args:
        bucket (str):
        object_ (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        upload_id (str | Unset):
        body (MptAbortMsg | Unset): `ActMsg` of `mpt-abort`; the upload id is the `uploadId` query
            parameter.

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
        upload_id=upload_id,
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
    body: MptAbortMsg | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
) -> Any | ErrHTTP | None:
    """Delete an object, or abort a multipart upload

     The proxy answers `307` to the owning target. Without a body the target deletes the object.
    With `{"action": "mpt-abort"}` and `uploadId` it aborts that multipart upload instead (its
    parts are removed; the object, if any, is untouched); an unknown or already aborted id is a
    `404`, an empty one a `400`.

    Args:
        bucket (str):
        object_ (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        upload_id (str | Unset):
        body (MptAbortMsg | Unset): `ActMsg` of `mpt-abort`; the upload id is the `uploadId` query
            parameter.

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
        upload_id=upload_id,
    ).parsed


async def asyncio_detailed(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    body: MptAbortMsg | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
) -> Response[Any | ErrHTTP]:
    """Delete an object, or abort a multipart upload

     The proxy answers `307` to the owning target. Without a body the target deletes the object.
    With `{"action": "mpt-abort"}` and `uploadId` it aborts that multipart upload instead (its
    parts are removed; the object, if any, is untouched); an unknown or already aborted id is a
    `404`, an empty one a `400`.

    Args:
        bucket (str):
        object_ (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        upload_id (str | Unset):
        body (MptAbortMsg | Unset): `ActMsg` of `mpt-abort`; the upload id is the `uploadId` query
            parameter.

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
        upload_id=upload_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    body: MptAbortMsg | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
) -> Any | ErrHTTP | None:
    """Delete an object, or abort a multipart upload

     The proxy answers `307` to the owning target. Without a body the target deletes the object.
    With `{"action": "mpt-abort"}` and `uploadId` it aborts that multipart upload instead (its
    parts are removed; the object, if any, is untouched); an unknown or already aborted id is a
    `404`, an empty one a `400`.

    Args:
        bucket (str):
        object_ (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        upload_id (str | Unset):
        body (MptAbortMsg | Unset): `ActMsg` of `mpt-abort`; the upload id is the `uploadId` query
            parameter.

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
            upload_id=upload_id,
        )
    ).parsed
