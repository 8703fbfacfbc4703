import contextlib
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from io import BytesIO
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.err_http import ErrHTTP
from ...models.moss_req import MossReq
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: MossReq,
    coloc: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["coloc"] = coloc

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ml/moss",
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
    *,
    client: AuthenticatedClient | Client,
    body: MossReq,
    coloc: int | Unset = UNSET,
) -> Response[Any | ErrHTTP | File]:
    """Get a batch of objects of several buckets as one archive

     As `GET /v1/ml/moss/{bucket}`, without a default bucket: every `in[]` entry names its
    `bucket` (and `provider`, `ais` when empty) or `uname`; an entry without one is a `400`
    ("missing bucket specification").

    Args:
        coloc (int | Unset):
        body (MossReq): `apc.MossReq`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrHTTP | File]
    """

    kwargs = _get_kwargs(
        body=body,
        coloc=coloc,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MossReq,
    coloc: int | Unset = UNSET,
) -> Any | ErrHTTP | File | None:
    """Get a batch of objects of several buckets as one archive

     As `GET /v1/ml/moss/{bucket}`, without a default bucket: every `in[]` entry names its
    `bucket` (and `provider`, `ais` when empty) or `uname`; an entry without one is a `400`
    ("missing bucket specification").

    Args:
        coloc (int | Unset):
        body (MossReq): `apc.MossReq`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrHTTP | File
    """

    return sync_detailed(
        client=client,
        body=body,
        coloc=coloc,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MossReq,
    coloc: int | Unset = UNSET,
) -> Response[Any | ErrHTTP | File]:
    """Get a batch of objects of several buckets as one archive

     As `GET /v1/ml/moss/{bucket}`, without a default bucket: every `in[]` entry names its
    `bucket` (and `provider`, `ais` when empty) or `uname`; an entry without one is a `400`
    ("missing bucket specification").

    Args:
        coloc (int | Unset):
        body (MossReq): `apc.MossReq`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrHTTP | File]
    """

    kwargs = _get_kwargs(
        body=body,
        coloc=coloc,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MossReq,
    coloc: int | Unset = UNSET,
) -> Any | ErrHTTP | File | None:
    """Get a batch of objects of several buckets as one archive

     As `GET /v1/ml/moss/{bucket}`, without a default bucket: every `in[]` entry names its
    `bucket` (and `provider`, `ais` when empty) or `uname`; an entry without one is a `400`
    ("missing bucket specification").

    Args:
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
            client=client,
            body=body,
            coloc=coloc,
        )
    ).parsed


@contextlib.contextmanager
def stream(
    *,
    client: AuthenticatedClient | Client,
    body: MossReq,
    coloc: int | Unset = UNSET,
) -> Iterator[httpx.Response]:
    """Send the request and yield the unread response, for reading the body in chunks.

    The response is closed when the block exits. Redirects follow the client's settings.
    """
    kwargs = _get_kwargs(
        body=body,
        coloc=coloc,
    )
    with client.get_httpx_client().stream(**kwargs) as response:
        yield response


@contextlib.asynccontextmanager
async def astream(
    *,
    client: AuthenticatedClient | Client,
    body: MossReq,
    coloc: int | Unset = UNSET,
) -> AsyncIterator[httpx.Response]:
    """Async twin of `stream()`."""
    kwargs = _get_kwargs(
        body=body,
        coloc=coloc,
    )
    async with client.get_async_httpx_client().stream(**kwargs) as response:
        yield response
