import contextlib
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.err_http import ErrHTTP
from ...models.get_object_ais_blob_download import GetObjectAisBlobDownload
from ...models.get_object_archmode import GetObjectArchmode
from ...models.provider import Provider
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    bucket: str,
    object_: str,
    *,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    archpath: str | Unset = UNSET,
    archregx: str | Unset = UNSET,
    archmode: GetObjectArchmode | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    ais_blob_download: GetObjectAisBlobDownload | Unset = UNSET,
    ais_blob_chunk: str | Unset = UNSET,
    ais_blob_workers: int | Unset = UNSET,
    ais_blob_threshold: int | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(ais_blob_download, Unset):
        headers["Ais-Blob-Download"] = str(ais_blob_download)

    if not isinstance(ais_blob_chunk, Unset):
        headers["Ais-Blob-Chunk"] = ais_blob_chunk

    if not isinstance(ais_blob_workers, Unset):
        headers["Ais-Blob-Workers"] = str(ais_blob_workers)

    if not isinstance(ais_blob_threshold, Unset):
        headers["Ais-Blob-Threshold"] = str(ais_blob_threshold)

    if not isinstance(range_, Unset):
        headers["Range"] = range_

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params["namespace"] = namespace

    params["archpath"] = archpath

    params["archregx"] = archregx

    json_archmode: str | Unset = UNSET
    if not isinstance(archmode, Unset):
        json_archmode = archmode.value

    params["archmode"] = json_archmode

    params["latest-ver"] = latest_ver

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/objects/{bucket}/{object_}".format(
            bucket=quote(str(bucket), safe=""),
            object_=quote(str(object_), safe="/"),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrHTTP | File | str | None:
    if (
        200 <= response.status_code < 300
        and not response.content
        and "content-type" not in response.headers
    ):
        # AIS answers some forms of a request with an empty 2xx and no Content-Type (e.g. /v1/health
        # without `cii`, an action without a result) where another form has a document: nothing to parse.
        return None
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 206:
        response_206 = File(payload=BytesIO(response.content))

        return response_206

    if response.status_code == 301:
        response_301 = response.text
        return response_301

    if response.status_code == 400:
        response_400 = ErrHTTP.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrHTTP.from_dict(response.json())

        return response_404

    if response.status_code == 416:
        response_416 = ErrHTTP.from_dict(response.json())

        return response_416

    if response.status_code == 503:
        response_503 = ErrHTTP.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrHTTP | File | str]:
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
    archpath: str | Unset = UNSET,
    archregx: str | Unset = UNSET,
    archmode: GetObjectArchmode | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    ais_blob_download: GetObjectAisBlobDownload | Unset = UNSET,
    ais_blob_chunk: str | Unset = UNSET,
    ais_blob_workers: int | Unset = UNSET,
    ais_blob_threshold: int | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> Response[ErrHTTP | File | str]:
    """Read an object (or a file inside an archive object)

     The proxy answers `301` to the owning target, which streams the bytes. `Range` (one range)
    gives `206`. `archpath` extracts one file from a TAR/TGZ/ZIP/LZ4 object; such responses carry
    no checksum headers. `archregx` + `archmode` select several files of an archive and return
    them as a new TAR (`application/x-tar`; `404` if none matches). The archive format comes from
    the object name's extension (`.tar`, `.tgz`, `.tar.gz`, `.zip`, `.tar.lz4`); another name is a
    `400`, as is `Range` with either archive parameter. Checksum headers of a range response are
    the whole object's unless the bucket has `checksum.enable_read_range`.
    The `Ais-Blob-*` headers read a remote object through the blob downloader (chunked, parallel
    cold GET); on an `ais` bucket they are a `400` ("not supported for local buckets").

    Args:
        bucket (str):
        object_ (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        archpath (str | Unset):
        archregx (str | Unset):
        archmode (GetObjectArchmode | Unset):
        latest_ver (bool | Unset):
        ais_blob_download (GetObjectAisBlobDownload | Unset):
        ais_blob_chunk (str | Unset):
        ais_blob_workers (int | Unset):
        ais_blob_threshold (int | Unset):
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | File | str]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        object_=object_,
        provider=provider,
        namespace=namespace,
        archpath=archpath,
        archregx=archregx,
        archmode=archmode,
        latest_ver=latest_ver,
        ais_blob_download=ais_blob_download,
        ais_blob_chunk=ais_blob_chunk,
        ais_blob_workers=ais_blob_workers,
        ais_blob_threshold=ais_blob_threshold,
        range_=range_,
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
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    archpath: str | Unset = UNSET,
    archregx: str | Unset = UNSET,
    archmode: GetObjectArchmode | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    ais_blob_download: GetObjectAisBlobDownload | Unset = UNSET,
    ais_blob_chunk: str | Unset = UNSET,
    ais_blob_workers: int | Unset = UNSET,
    ais_blob_threshold: int | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> ErrHTTP | File | str | None:
    """Read an object (or a file inside an archive object)

     The proxy answers `301` to the owning target, which streams the bytes. `Range` (one range)
    gives `206`. `archpath` extracts one file from a TAR/TGZ/ZIP/LZ4 object; such responses carry
    no checksum headers. `archregx` + `archmode` select several files of an archive and return
    them as a new TAR (`application/x-tar`; `404` if none matches). The archive format comes from
    the object name's extension (`.tar`, `.tgz`, `.tar.gz`, `.zip`, `.tar.lz4`); another name is a
    `400`, as is `Range` with either archive parameter. Checksum headers of a range response are
    the whole object's unless the bucket has `checksum.enable_read_range`.
    The `Ais-Blob-*` headers read a remote object through the blob downloader (chunked, parallel
    cold GET); on an `ais` bucket they are a `400` ("not supported for local buckets").

    Args:
        bucket (str):
        object_ (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        archpath (str | Unset):
        archregx (str | Unset):
        archmode (GetObjectArchmode | Unset):
        latest_ver (bool | Unset):
        ais_blob_download (GetObjectAisBlobDownload | Unset):
        ais_blob_chunk (str | Unset):
        ais_blob_workers (int | Unset):
        ais_blob_threshold (int | Unset):
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | File | str
    """

    return sync_detailed(
        bucket=bucket,
        object_=object_,
        client=client,
        provider=provider,
        namespace=namespace,
        archpath=archpath,
        archregx=archregx,
        archmode=archmode,
        latest_ver=latest_ver,
        ais_blob_download=ais_blob_download,
        ais_blob_chunk=ais_blob_chunk,
        ais_blob_workers=ais_blob_workers,
        ais_blob_threshold=ais_blob_threshold,
        range_=range_,
    ).parsed


async def asyncio_detailed(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    archpath: str | Unset = UNSET,
    archregx: str | Unset = UNSET,
    archmode: GetObjectArchmode | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    ais_blob_download: GetObjectAisBlobDownload | Unset = UNSET,
    ais_blob_chunk: str | Unset = UNSET,
    ais_blob_workers: int | Unset = UNSET,
    ais_blob_threshold: int | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> Response[ErrHTTP | File | str]:
    """Read an object (or a file inside an archive object)

     The proxy answers `301` to the owning target, which streams the bytes. `Range` (one range)
    gives `206`. `archpath` extracts one file from a TAR/TGZ/ZIP/LZ4 object; such responses carry
    no checksum headers. `archregx` + `archmode` select several files of an archive and return
    them as a new TAR (`application/x-tar`; `404` if none matches). The archive format comes from
    the object name's extension (`.tar`, `.tgz`, `.tar.gz`, `.zip`, `.tar.lz4`); another name is a
    `400`, as is `Range` with either archive parameter. Checksum headers of a range response are
    the whole object's unless the bucket has `checksum.enable_read_range`.
    The `Ais-Blob-*` headers read a remote object through the blob downloader (chunked, parallel
    cold GET); on an `ais` bucket they are a `400` ("not supported for local buckets").

    Args:
        bucket (str):
        object_ (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        archpath (str | Unset):
        archregx (str | Unset):
        archmode (GetObjectArchmode | Unset):
        latest_ver (bool | Unset):
        ais_blob_download (GetObjectAisBlobDownload | Unset):
        ais_blob_chunk (str | Unset):
        ais_blob_workers (int | Unset):
        ais_blob_threshold (int | Unset):
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | File | str]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        object_=object_,
        provider=provider,
        namespace=namespace,
        archpath=archpath,
        archregx=archregx,
        archmode=archmode,
        latest_ver=latest_ver,
        ais_blob_download=ais_blob_download,
        ais_blob_chunk=ais_blob_chunk,
        ais_blob_workers=ais_blob_workers,
        ais_blob_threshold=ais_blob_threshold,
        range_=range_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    archpath: str | Unset = UNSET,
    archregx: str | Unset = UNSET,
    archmode: GetObjectArchmode | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    ais_blob_download: GetObjectAisBlobDownload | Unset = UNSET,
    ais_blob_chunk: str | Unset = UNSET,
    ais_blob_workers: int | Unset = UNSET,
    ais_blob_threshold: int | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> ErrHTTP | File | str | None:
    """Read an object (or a file inside an archive object)

     The proxy answers `301` to the owning target, which streams the bytes. `Range` (one range)
    gives `206`. `archpath` extracts one file from a TAR/TGZ/ZIP/LZ4 object; such responses carry
    no checksum headers. `archregx` + `archmode` select several files of an archive and return
    them as a new TAR (`application/x-tar`; `404` if none matches). The archive format comes from
    the object name's extension (`.tar`, `.tgz`, `.tar.gz`, `.zip`, `.tar.lz4`); another name is a
    `400`, as is `Range` with either archive parameter. Checksum headers of a range response are
    the whole object's unless the bucket has `checksum.enable_read_range`.
    The `Ais-Blob-*` headers read a remote object through the blob downloader (chunked, parallel
    cold GET); on an `ais` bucket they are a `400` ("not supported for local buckets").

    Args:
        bucket (str):
        object_ (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        archpath (str | Unset):
        archregx (str | Unset):
        archmode (GetObjectArchmode | Unset):
        latest_ver (bool | Unset):
        ais_blob_download (GetObjectAisBlobDownload | Unset):
        ais_blob_chunk (str | Unset):
        ais_blob_workers (int | Unset):
        ais_blob_threshold (int | Unset):
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | File | str
    """

    return (
        await asyncio_detailed(
            bucket=bucket,
            object_=object_,
            client=client,
            provider=provider,
            namespace=namespace,
            archpath=archpath,
            archregx=archregx,
            archmode=archmode,
            latest_ver=latest_ver,
            ais_blob_download=ais_blob_download,
            ais_blob_chunk=ais_blob_chunk,
            ais_blob_workers=ais_blob_workers,
            ais_blob_threshold=ais_blob_threshold,
            range_=range_,
        )
    ).parsed


@contextlib.contextmanager
def stream(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    archpath: str | Unset = UNSET,
    archregx: str | Unset = UNSET,
    archmode: GetObjectArchmode | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    ais_blob_download: GetObjectAisBlobDownload | Unset = UNSET,
    ais_blob_chunk: str | Unset = UNSET,
    ais_blob_workers: int | Unset = UNSET,
    ais_blob_threshold: int | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> Iterator[httpx.Response]:
    """Send the request and yield the unread response, for reading the body in chunks.

    The response is closed when the block exits. Redirects follow the client's settings.
    """
    kwargs = _get_kwargs(
        bucket=bucket,
        object_=object_,
        provider=provider,
        namespace=namespace,
        archpath=archpath,
        archregx=archregx,
        archmode=archmode,
        latest_ver=latest_ver,
        ais_blob_download=ais_blob_download,
        ais_blob_chunk=ais_blob_chunk,
        ais_blob_workers=ais_blob_workers,
        ais_blob_threshold=ais_blob_threshold,
        range_=range_,
    )
    with client.get_httpx_client().stream(**kwargs) as response:
        yield response


@contextlib.asynccontextmanager
async def astream(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    archpath: str | Unset = UNSET,
    archregx: str | Unset = UNSET,
    archmode: GetObjectArchmode | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    ais_blob_download: GetObjectAisBlobDownload | Unset = UNSET,
    ais_blob_chunk: str | Unset = UNSET,
    ais_blob_workers: int | Unset = UNSET,
    ais_blob_threshold: int | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> AsyncIterator[httpx.Response]:
    """Async twin of `stream()`."""
    kwargs = _get_kwargs(
        bucket=bucket,
        object_=object_,
        provider=provider,
        namespace=namespace,
        archpath=archpath,
        archregx=archregx,
        archmode=archmode,
        latest_ver=latest_ver,
        ais_blob_download=ais_blob_download,
        ais_blob_chunk=ais_blob_chunk,
        ais_blob_workers=ais_blob_workers,
        ais_blob_threshold=ais_blob_threshold,
        range_=range_,
    )
    async with client.get_async_httpx_client().stream(**kwargs) as response:
        yield response
