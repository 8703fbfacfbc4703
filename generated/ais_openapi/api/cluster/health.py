from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.err_http import ErrHTTP
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    prr: bool | Unset = UNSET,
    readiness: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["prr"] = prr

    params["readiness"] = readiness

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/health",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrHTTP | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = ErrHTTP.from_dict(response.json())

        return response_400

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
    *,
    client: AuthenticatedClient | Client,
    prr: bool | Unset = UNSET,
    readiness: bool | Unset = UNSET,
) -> Response[Any | ErrHTTP]:
    """Node liveness or cluster readiness

     Without query parameters: liveness of the node that answers. With `prr=true`: whether the
    whole cluster is ready (answered by the primary; other proxies forward). The body is empty.

    Args:
        prr (bool | Unset):
        readiness (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrHTTP]
    """

    kwargs = _get_kwargs(
        prr=prr,
        readiness=readiness,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    prr: bool | Unset = UNSET,
    readiness: bool | Unset = UNSET,
) -> Any | ErrHTTP | None:
    """Node liveness or cluster readiness

     Without query parameters: liveness of the node that answers. With `prr=true`: whether the
    whole cluster is ready (answered by the primary; other proxies forward). The body is empty.

    Args:
        prr (bool | Unset):
        readiness (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrHTTP
    """

    return sync_detailed(
        client=client,
        prr=prr,
        readiness=readiness,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    prr: bool | Unset = UNSET,
    readiness: bool | Unset = UNSET,
) -> Response[Any | ErrHTTP]:
    """Node liveness or cluster readiness

     Without query parameters: liveness of the node that answers. With `prr=true`: whether the
    whole cluster is ready (answered by the primary; other proxies forward). The body is empty.

    Args:
        prr (bool | Unset):
        readiness (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrHTTP]
    """

    kwargs = _get_kwargs(
        prr=prr,
        readiness=readiness,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    prr: bool | Unset = UNSET,
    readiness: bool | Unset = UNSET,
) -> Any | ErrHTTP | None:
    """Node liveness or cluster readiness

     Without query parameters: liveness of the node that answers. With `prr=true`: whether the
    whole cluster is ready (answered by the primary; other proxies forward). The body is empty.

    Args:
        prr (bool | Unset):
        readiness (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrHTTP
    """

    return (
        await asyncio_detailed(
            client=client,
            prr=prr,
            readiness=readiness,
        )
    ).parsed
