from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.err_http import ErrHTTP
from ...models.get_cluster_map_what import GetClusterMapWhat
from ...models.smap import Smap
from ...types import UNSET, Response


def _get_kwargs(
    *,
    what: GetClusterMapWhat,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_what = what.value
    params["what"] = json_what

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/daemon",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrHTTP | Smap | None:
    if response.status_code == 200:
        response_200 = Smap.from_dict(response.json())

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
) -> Response[ErrHTTP | Smap]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    what: GetClusterMapWhat,
) -> Response[ErrHTTP | Smap]:
    """Cluster map (Smap)

     The cluster map as seen by the answering node; `what=smap` is required here.

    Args:
        what (GetClusterMapWhat):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | Smap]
    """

    kwargs = _get_kwargs(
        what=what,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    what: GetClusterMapWhat,
) -> ErrHTTP | Smap | None:
    """Cluster map (Smap)

     The cluster map as seen by the answering node; `what=smap` is required here.

    Args:
        what (GetClusterMapWhat):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | Smap
    """

    return sync_detailed(
        client=client,
        what=what,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    what: GetClusterMapWhat,
) -> Response[ErrHTTP | Smap]:
    """Cluster map (Smap)

     The cluster map as seen by the answering node; `what=smap` is required here.

    Args:
        what (GetClusterMapWhat):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | Smap]
    """

    kwargs = _get_kwargs(
        what=what,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    what: GetClusterMapWhat,
) -> ErrHTTP | Smap | None:
    """Cluster map (Smap)

     The cluster map as seen by the answering node; `what=smap` is required here.

    Args:
        what (GetClusterMapWhat):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | Smap
    """

    return (
        await asyncio_detailed(
            client=client,
            what=what,
        )
    ).parsed
