import contextlib
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.err_http import ErrHTTP
from ...models.moss_req import MossReq
from ...models.provider import Provider
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    bucket: str,
    *,
    body: MossReq,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    coloc: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params["namespace"] = namespace

    params["coloc"] = coloc

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ml/moss/{bucket}".format(
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
) -> Any | ErrHTTP | File | None:
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
) -> Response[Any | ErrHTTP | File]:
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
    body: MossReq,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    coloc: int | Unset = UNSET,
) -> Response[Any | ErrHTTP | File]:
    """Get a batch of objects of a bucket as one archive

     `in[].objname` are objects of `{bucket}` unless an entry names its own `bucket`/`provider`
    (or `uname`). The archive's entries are named `<bucket>/<objname>` (`<objname>` with
    `onob`). A missing object does not fail the request (seen live, with and without `coer`):
    it comes back as an empty entry `__404__/<bucket>/<objname>`, with `err_msg` in the metadata.
    Two response forms:
    * default: `multipart/mixed`, a JSON part `metadata` (`MossResp`) then a part `archive`
      (`application/octet-stream`, the archive);
    * `strm: true`: the archive alone, streamed, with the archive's media type
      (`application/x-tar`, `application/gzip` for `.tgz`/`.tar.gz`, `application/zip`,
      `application/x-lz4`).
    An unknown bucket is a `404`, empty `in` or an unknown `mime` a `400`.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        coloc (int | Unset):
        body (MossReq): `apc.MossReq`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrHTTP | File]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        body=body,
        provider=provider,
        namespace=namespace,
        coloc=coloc,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: MossReq,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    coloc: int | Unset = UNSET,
) -> Any | ErrHTTP | File | None:
    """Get a batch of objects of a bucket as one archive

     `in[].objname` are objects of `{bucket}` unless an entry names its own `bucket`/`provider`
    (or `uname`). The archive's entries are named `<bucket>/<objname>` (`<objname>` with
    `onob`). A missing object does not fail the request (seen live, with and without `coer`):
    it comes back as an empty entry `__404__/<bucket>/<objname>`, with `err_msg` in the metadata.
    Two response forms:
    * default: `multipart/mixed`, a JSON part `metadata` (`MossResp`) then a part `archive`
      (`application/octet-stream`, the archive);
    * `strm: true`: the archive alone, streamed, with the archive's media type
      (`application/x-tar`, `application/gzip` for `.tgz`/`.tar.gz`, `application/zip`,
      `application/x-lz4`).
    An unknown bucket is a `404`, empty `in` or an unknown `mime` a `400`.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        coloc (int | Unset):
        body (MossReq): `apc.MossReq`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrHTTP | File
    """

    return sync_detailed(
        bucket=bucket,
        client=client,
        body=body,
        provider=provider,
        namespace=namespace,
        coloc=coloc,
    ).parsed


async def asyncio_detailed(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: MossReq,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    coloc: int | Unset = UNSET,
) -> Response[Any | ErrHTTP | File]:
    """Get a batch of objects of a bucket as one archive

     `in[].objname` are objects of `{bucket}` unless an entry names its own `bucket`/`provider`
    (or `uname`). The archive's entries are named `<bucket>/<objname>` (`<objname>` with
    `onob`). A missing object does not fail the request (seen live, with and without `coer`):
    it comes back as an empty entry `__404__/<bucket>/<objname>`, with `err_msg` in the metadata.
    Two response forms:
    * default: `multipart/mixed`, a JSON part `metadata` (`MossResp`) then a part `archive`
      (`application/octet-stream`, the archive);
    * `strm: true`: the archive alone, streamed, with the archive's media type
      (`application/x-tar`, `application/gzip` for `.tgz`/`.tar.gz`, `application/zip`,
      `application/x-lz4`).
    An unknown bucket is a `404`, empty `in` or an unknown `mime` a `400`.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        coloc (int | Unset):
        body (MossReq): `apc.MossReq`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrHTTP | File]
    """

    kwargs = _get_kwargs(
        bucket=bucket,
        body=body,
        provider=provider,
        namespace=namespace,
        coloc=coloc,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: MossReq,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    coloc: int | Unset = UNSET,
) -> Any | ErrHTTP | File | None:
    """Get a batch of objects of a bucket as one archive

     `in[].objname` are objects of `{bucket}` unless an entry names its own `bucket`/`provider`
    (or `uname`). The archive's entries are named `<bucket>/<objname>` (`<objname>` with
    `onob`). A missing object does not fail the request (seen live, with and without `coer`):
    it comes back as an empty entry `__404__/<bucket>/<objname>`, with `err_msg` in the metadata.
    Two response forms:
    * default: `multipart/mixed`, a JSON part `metadata` (`MossResp`) then a part `archive`
      (`application/octet-stream`, the archive);
    * `strm: true`: the archive alone, streamed, with the archive's media type
      (`application/x-tar`, `application/gzip` for `.tgz`/`.tar.gz`, `application/zip`,
      `application/x-lz4`).
    An unknown bucket is a `404`, empty `in` or an unknown `mime` a `400`.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        coloc (int | Unset):
        body (MossReq): `apc.MossReq`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrHTTP | File
    """

    return (
        await asyncio_detailed(
            bucket=bucket,
            client=client,
            body=body,
            provider=provider,
            namespace=namespace,
            coloc=coloc,
        )
    ).parsed


@contextlib.contextmanager
def stream(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: MossReq,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    coloc: int | Unset = UNSET,
) -> Iterator[httpx.Response]:
    """Send the request and yield the unread response, for reading the body in chunks.

    The response is closed when the block exits. Redirects follow the client's settings.
    """
    kwargs = _get_kwargs(
        bucket=bucket,
        body=body,
        provider=provider,
        namespace=namespace,
        coloc=coloc,
    )
    with client.get_httpx_client().stream(**kwargs) as response:
        yield response


@contextlib.asynccontextmanager
async def astream(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: MossReq,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    coloc: int | Unset = UNSET,
) -> AsyncIterator[httpx.Response]:
    """Async twin of `stream()`."""
    kwargs = _get_kwargs(
        bucket=bucket,
        body=body,
        provider=provider,
        namespace=namespace,
        coloc=coloc,
    )
    async with client.get_async_httpx_client().stream(**kwargs) as response:
        yield response
