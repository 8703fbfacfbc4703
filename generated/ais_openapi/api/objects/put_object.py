from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.checksum_type import ChecksumType
from ...models.err_http import ErrHTTP
from ...models.provider import Provider
from ...models.put_object_append_type import PutObjectAppendType
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    bucket: str,
    object_: str,
    *,
    body: File | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    skip_vc: bool | Unset = UNSET,
    object_to: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    synchronize: bool | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
    append_type: PutObjectAppendType | Unset = UNSET,
    append_handle: str | Unset = UNSET,
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

    params["object_to"] = object_to

    params["latest-ver"] = latest_ver

    params["synchronize"] = synchronize

    params["uploadId"] = upload_id

    params["partNumber"] = part_number

    json_append_type: str | Unset = UNSET
    if not isinstance(append_type, Unset):
        json_append_type = append_type.value

    params["append_type"] = json_append_type

    params["append_handle"] = append_handle

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/objects/{bucket}/{object_}".format(
            bucket=quote(str(bucket), safe=""),
            object_=quote(str(object_), safe="/"),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["content"] = body.payload

        headers["Content-Type"] = "application/octet-stream"

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
    body: File | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    skip_vc: bool | Unset = UNSET,
    object_to: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    synchronize: bool | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
    append_type: PutObjectAppendType | Unset = UNSET,
    append_handle: str | Unset = UNSET,
    ais_checksum_type: ChecksumType | Unset = UNSET,
    ais_checksum_value: str | Unset = UNSET,
) -> Response[Any | ErrHTTP]:
    """Write, append to, copy, or upload a part of an object

     The proxy answers `307` to the owning target; the body must then be sent to `Location`.
    One method and path serve several forms, chosen by query parameters (first match wins):
    * `object_to`: **copy** this object to another bucket/name (no body); `200`, empty.
    * `uploadId` + `partNumber`: **upload one part** of a multipart upload (see `object_action`
      `mpt-upload`); `200`, empty, no `ETag`. A part must not be empty.
    * `append_type=append`: **append** the body to a pending object; the answer's
      `Ais-Append-Handle` must be passed as `append_handle` to the next append and to the final
      `append_type=flush` (no body), which makes the object visible. The handle is opaque and
      names the target (the proxy redirects by it): send it back unchanged.
    * otherwise: **write** the object. With `Ais-Checksum-Type` and `Ais-Checksum-Value` the target
      verifies the received bytes and refuses a mismatch. Re-writing identical content is a no-op.

    Args:
        bucket (str):
        object_ (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        skip_vc (bool | Unset):
        object_to (str | Unset):
        latest_ver (bool | Unset):
        synchronize (bool | Unset):
        upload_id (str | Unset):
        part_number (int | Unset):
        append_type (PutObjectAppendType | Unset):
        append_handle (str | Unset):
        ais_checksum_type (ChecksumType | Unset):
        ais_checksum_value (str | Unset):
        body (File | Unset):

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
        object_to=object_to,
        latest_ver=latest_ver,
        synchronize=synchronize,
        upload_id=upload_id,
        part_number=part_number,
        append_type=append_type,
        append_handle=append_handle,
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
    body: File | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    skip_vc: bool | Unset = UNSET,
    object_to: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    synchronize: bool | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
    append_type: PutObjectAppendType | Unset = UNSET,
    append_handle: str | Unset = UNSET,
    ais_checksum_type: ChecksumType | Unset = UNSET,
    ais_checksum_value: str | Unset = UNSET,
) -> Any | ErrHTTP | None:
    """Write, append to, copy, or upload a part of an object

     The proxy answers `307` to the owning target; the body must then be sent to `Location`.
    One method and path serve several forms, chosen by query parameters (first match wins):
    * `object_to`: **copy** this object to another bucket/name (no body); `200`, empty.
    * `uploadId` + `partNumber`: **upload one part** of a multipart upload (see `object_action`
      `mpt-upload`); `200`, empty, no `ETag`. A part must not be empty.
    * `append_type=append`: **append** the body to a pending object; the answer's
      `Ais-Append-Handle` must be passed as `append_handle` to the next append and to the final
      `append_type=flush` (no body), which makes the object visible. The handle is opaque and
      names the target (the proxy redirects by it): send it back unchanged.
    * otherwise: **write** the object. With `Ais-Checksum-Type` and `Ais-Checksum-Value` the target
      verifies the received bytes and refuses a mismatch. Re-writing identical content is a no-op.

    Args:
        bucket (str):
        object_ (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        skip_vc (bool | Unset):
        object_to (str | Unset):
        latest_ver (bool | Unset):
        synchronize (bool | Unset):
        upload_id (str | Unset):
        part_number (int | Unset):
        append_type (PutObjectAppendType | Unset):
        append_handle (str | Unset):
        ais_checksum_type (ChecksumType | Unset):
        ais_checksum_value (str | Unset):
        body (File | Unset):

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
        object_to=object_to,
        latest_ver=latest_ver,
        synchronize=synchronize,
        upload_id=upload_id,
        part_number=part_number,
        append_type=append_type,
        append_handle=append_handle,
        ais_checksum_type=ais_checksum_type,
        ais_checksum_value=ais_checksum_value,
    ).parsed


async def asyncio_detailed(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    skip_vc: bool | Unset = UNSET,
    object_to: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    synchronize: bool | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
    append_type: PutObjectAppendType | Unset = UNSET,
    append_handle: str | Unset = UNSET,
    ais_checksum_type: ChecksumType | Unset = UNSET,
    ais_checksum_value: str | Unset = UNSET,
) -> Response[Any | ErrHTTP]:
    """Write, append to, copy, or upload a part of an object

     The proxy answers `307` to the owning target; the body must then be sent to `Location`.
    One method and path serve several forms, chosen by query parameters (first match wins):
    * `object_to`: **copy** this object to another bucket/name (no body); `200`, empty.
    * `uploadId` + `partNumber`: **upload one part** of a multipart upload (see `object_action`
      `mpt-upload`); `200`, empty, no `ETag`. A part must not be empty.
    * `append_type=append`: **append** the body to a pending object; the answer's
      `Ais-Append-Handle` must be passed as `append_handle` to the next append and to the final
      `append_type=flush` (no body), which makes the object visible. The handle is opaque and
      names the target (the proxy redirects by it): send it back unchanged.
    * otherwise: **write** the object. With `Ais-Checksum-Type` and `Ais-Checksum-Value` the target
      verifies the received bytes and refuses a mismatch. Re-writing identical content is a no-op.

    Args:
        bucket (str):
        object_ (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        skip_vc (bool | Unset):
        object_to (str | Unset):
        latest_ver (bool | Unset):
        synchronize (bool | Unset):
        upload_id (str | Unset):
        part_number (int | Unset):
        append_type (PutObjectAppendType | Unset):
        append_handle (str | Unset):
        ais_checksum_type (ChecksumType | Unset):
        ais_checksum_value (str | Unset):
        body (File | Unset):

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
        object_to=object_to,
        latest_ver=latest_ver,
        synchronize=synchronize,
        upload_id=upload_id,
        part_number=part_number,
        append_type=append_type,
        append_handle=append_handle,
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
    body: File | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    skip_vc: bool | Unset = UNSET,
    object_to: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    synchronize: bool | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
    append_type: PutObjectAppendType | Unset = UNSET,
    append_handle: str | Unset = UNSET,
    ais_checksum_type: ChecksumType | Unset = UNSET,
    ais_checksum_value: str | Unset = UNSET,
) -> Any | ErrHTTP | None:
    """Write, append to, copy, or upload a part of an object

     The proxy answers `307` to the owning target; the body must then be sent to `Location`.
    One method and path serve several forms, chosen by query parameters (first match wins):
    * `object_to`: **copy** this object to another bucket/name (no body); `200`, empty.
    * `uploadId` + `partNumber`: **upload one part** of a multipart upload (see `object_action`
      `mpt-upload`); `200`, empty, no `ETag`. A part must not be empty.
    * `append_type=append`: **append** the body to a pending object; the answer's
      `Ais-Append-Handle` must be passed as `append_handle` to the next append and to the final
      `append_type=flush` (no body), which makes the object visible. The handle is opaque and
      names the target (the proxy redirects by it): send it back unchanged.
    * otherwise: **write** the object. With `Ais-Checksum-Type` and `Ais-Checksum-Value` the target
      verifies the received bytes and refuses a mismatch. Re-writing identical content is a no-op.

    Args:
        bucket (str):
        object_ (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        skip_vc (bool | Unset):
        object_to (str | Unset):
        latest_ver (bool | Unset):
        synchronize (bool | Unset):
        upload_id (str | Unset):
        part_number (int | Unset):
        append_type (PutObjectAppendType | Unset):
        append_handle (str | Unset):
        ais_checksum_type (ChecksumType | Unset):
        ais_checksum_value (str | Unset):
        body (File | Unset):

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
            object_to=object_to,
            latest_ver=latest_ver,
            synchronize=synchronize,
            upload_id=upload_id,
            part_number=part_number,
            append_type=append_type,
            append_handle=append_handle,
            ais_checksum_type=ais_checksum_type,
            ais_checksum_value=ais_checksum_value,
        )
    ).parsed
