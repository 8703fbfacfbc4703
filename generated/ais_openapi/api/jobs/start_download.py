from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dl_backend_msg import DlBackendMsg
from ...models.dl_multi_msg import DlMultiMsg
from ...models.dl_range_msg import DlRangeMsg
from ...models.dl_single_msg import DlSingleMsg
from ...models.dl_start_resp import DlStartResp
from ...models.err_http import ErrHTTP
from ...types import Response


def _get_kwargs(
    *,
    body: DlBackendMsg | DlMultiMsg | DlRangeMsg | DlSingleMsg,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/download",
    }

    if (
        isinstance(body, DlSingleMsg)
        or isinstance(body, DlRangeMsg)
        or isinstance(body, DlMultiMsg)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DlStartResp | ErrHTTP | None:
    if (
        200 <= response.status_code < 300
        and not response.content
        and "content-type" not in response.headers
    ):
        # AIS answers some forms of a request with an empty 2xx and no Content-Type (e.g. /v1/health
        # without `cii`, an action without a result) where another form has a document: nothing to parse.
        return None
    if response.status_code == 200:
        response_200 = DlStartResp.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrHTTP.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrHTTP.from_dict(response.json())

        return response_403

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
) -> Response[DlStartResp | ErrHTTP]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DlBackendMsg | DlMultiMsg | DlRangeMsg | DlSingleMsg,
) -> Response[DlStartResp | ErrHTTP]:
    """Start a download job

     Fetches HTTP(S) links (`single`, `range`, `multi`) or the objects of a remote bucket
    (`backend`) into `bucket`; an `ais` bucket that does not exist is created. Answers the job
    id (`dnl-...`) at once; per-file failures show in the job's status (`download_errors`).
    The downloader refuses to dial loopback, link-local and (unless the cluster feature
    `DloadAllowPrivateEgress` is set) private addresses: such links fail per file
    ("dload: egress blocked"), the job still starts. `backend` needs a remote bucket (`400` for `ais`).

    Args:
        body (DlBackendMsg | DlMultiMsg | DlRangeMsg | DlSingleMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DlStartResp | ErrHTTP]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DlBackendMsg | DlMultiMsg | DlRangeMsg | DlSingleMsg,
) -> DlStartResp | ErrHTTP | None:
    """Start a download job

     Fetches HTTP(S) links (`single`, `range`, `multi`) or the objects of a remote bucket
    (`backend`) into `bucket`; an `ais` bucket that does not exist is created. Answers the job
    id (`dnl-...`) at once; per-file failures show in the job's status (`download_errors`).
    The downloader refuses to dial loopback, link-local and (unless the cluster feature
    `DloadAllowPrivateEgress` is set) private addresses: such links fail per file
    ("dload: egress blocked"), the job still starts. `backend` needs a remote bucket (`400` for `ais`).

    Args:
        body (DlBackendMsg | DlMultiMsg | DlRangeMsg | DlSingleMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DlStartResp | ErrHTTP
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DlBackendMsg | DlMultiMsg | DlRangeMsg | DlSingleMsg,
) -> Response[DlStartResp | ErrHTTP]:
    """Start a download job

     Fetches HTTP(S) links (`single`, `range`, `multi`) or the objects of a remote bucket
    (`backend`) into `bucket`; an `ais` bucket that does not exist is created. Answers the job
    id (`dnl-...`) at once; per-file failures show in the job's status (`download_errors`).
    The downloader refuses to dial loopback, link-local and (unless the cluster feature
    `DloadAllowPrivateEgress` is set) private addresses: such links fail per file
    ("dload: egress blocked"), the job still starts. `backend` needs a remote bucket (`400` for `ais`).

    Args:
        body (DlBackendMsg | DlMultiMsg | DlRangeMsg | DlSingleMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DlStartResp | ErrHTTP]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DlBackendMsg | DlMultiMsg | DlRangeMsg | DlSingleMsg,
) -> DlStartResp | ErrHTTP | None:
    """Start a download job

     Fetches HTTP(S) links (`single`, `range`, `multi`) or the objects of a remote bucket
    (`backend`) into `bucket`; an `ais` bucket that does not exist is created. Answers the job
    id (`dnl-...`) at once; per-file failures show in the job's status (`download_errors`).
    The downloader refuses to dial loopback, link-local and (unless the cluster feature
    `DloadAllowPrivateEgress` is set) private addresses: such links fail per file
    ("dload: egress blocked"), the job still starts. `backend` needs a remote bucket (`400` for `ais`).

    Args:
        body (DlBackendMsg | DlMultiMsg | DlRangeMsg | DlSingleMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DlStartResp | ErrHTTP
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
