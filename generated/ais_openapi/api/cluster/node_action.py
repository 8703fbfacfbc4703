from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clear_lcache_msg import ClearLcacheMsg
from ...models.err_http import ErrHTTP
from ...models.reload_creds_msg import ReloadCredsMsg
from ...models.reset_config_msg import ResetConfigMsg
from ...models.reset_stats_msg import ResetStatsMsg
from ...models.rotate_logs_msg import RotateLogsMsg
from ...models.set_config_msg import SetConfigMsg
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ClearLcacheMsg
    | ReloadCredsMsg
    | ResetConfigMsg
    | ResetStatsMsg
    | RotateLogsMsg
    | SetConfigMsg,
    transient: bool | Unset = UNSET,
    ais_node_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Ais-Node-Id"] = ais_node_id

    params: dict[str, Any] = {}

    params["transient"] = transient

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/reverse/daemon",
        "params": params,
    }

    if (
        isinstance(body, SetConfigMsg)
        or isinstance(body, ResetConfigMsg)
        or isinstance(body, RotateLogsMsg)
        or isinstance(body, ResetStatsMsg)
        or isinstance(body, ClearLcacheMsg)
    ):
        _kwargs["json"] = body.to_dict()
    else:
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

    if response.status_code == 400:
        response_400 = ErrHTTP.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrHTTP.from_dict(response.json())

        return response_404

    if response.status_code == 501:
        response_501 = ErrHTTP.from_dict(response.json())

        return response_501

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
    body: ClearLcacheMsg
    | ReloadCredsMsg
    | ResetConfigMsg
    | ResetStatsMsg
    | RotateLogsMsg
    | SetConfigMsg,
    transient: bool | Unset = UNSET,
    ais_node_id: str,
) -> Response[Any | ErrHTTP]:
    """Node-level action on one node, through the proxy (reverse-proxied)

     The proxy forwards the request to the node named by `Ais-Node-Id` as `PUT /v1/daemon`
    on that node and relays its answer: the node-level actions of `daemon_action`
    (`set-config`, `reset-config`, `rotate-logs`, `reset-stats`), and on a target also
    `clear-lcache` (drop its in-memory object metadata cache) and `reload-creds` (reload
    cloud credentials; `name`: one provider, empty: all). Only that node changes; for the
    whole cluster use `PUT /v1/cluster`. A missing header is a 400, an unknown node a 404.
    Answers are empty 200s without `Content-Type`.

    Args:
        transient (bool | Unset):
        ais_node_id (str):
        body (ClearLcacheMsg | ReloadCredsMsg | ResetConfigMsg | ResetStatsMsg | RotateLogsMsg |
            SetConfigMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrHTTP]
    """

    kwargs = _get_kwargs(
        body=body,
        transient=transient,
        ais_node_id=ais_node_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ClearLcacheMsg
    | ReloadCredsMsg
    | ResetConfigMsg
    | ResetStatsMsg
    | RotateLogsMsg
    | SetConfigMsg,
    transient: bool | Unset = UNSET,
    ais_node_id: str,
) -> Any | ErrHTTP | None:
    """Node-level action on one node, through the proxy (reverse-proxied)

     The proxy forwards the request to the node named by `Ais-Node-Id` as `PUT /v1/daemon`
    on that node and relays its answer: the node-level actions of `daemon_action`
    (`set-config`, `reset-config`, `rotate-logs`, `reset-stats`), and on a target also
    `clear-lcache` (drop its in-memory object metadata cache) and `reload-creds` (reload
    cloud credentials; `name`: one provider, empty: all). Only that node changes; for the
    whole cluster use `PUT /v1/cluster`. A missing header is a 400, an unknown node a 404.
    Answers are empty 200s without `Content-Type`.

    Args:
        transient (bool | Unset):
        ais_node_id (str):
        body (ClearLcacheMsg | ReloadCredsMsg | ResetConfigMsg | ResetStatsMsg | RotateLogsMsg |
            SetConfigMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrHTTP
    """

    return sync_detailed(
        client=client,
        body=body,
        transient=transient,
        ais_node_id=ais_node_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClearLcacheMsg
    | ReloadCredsMsg
    | ResetConfigMsg
    | ResetStatsMsg
    | RotateLogsMsg
    | SetConfigMsg,
    transient: bool | Unset = UNSET,
    ais_node_id: str,
) -> Response[Any | ErrHTTP]:
    """Node-level action on one node, through the proxy (reverse-proxied)

     The proxy forwards the request to the node named by `Ais-Node-Id` as `PUT /v1/daemon`
    on that node and relays its answer: the node-level actions of `daemon_action`
    (`set-config`, `reset-config`, `rotate-logs`, `reset-stats`), and on a target also
    `clear-lcache` (drop its in-memory object metadata cache) and `reload-creds` (reload
    cloud credentials; `name`: one provider, empty: all). Only that node changes; for the
    whole cluster use `PUT /v1/cluster`. A missing header is a 400, an unknown node a 404.
    Answers are empty 200s without `Content-Type`.

    Args:
        transient (bool | Unset):
        ais_node_id (str):
        body (ClearLcacheMsg | ReloadCredsMsg | ResetConfigMsg | ResetStatsMsg | RotateLogsMsg |
            SetConfigMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrHTTP]
    """

    kwargs = _get_kwargs(
        body=body,
        transient=transient,
        ais_node_id=ais_node_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ClearLcacheMsg
    | ReloadCredsMsg
    | ResetConfigMsg
    | ResetStatsMsg
    | RotateLogsMsg
    | SetConfigMsg,
    transient: bool | Unset = UNSET,
    ais_node_id: str,
) -> Any | ErrHTTP | None:
    """Node-level action on one node, through the proxy (reverse-proxied)

     The proxy forwards the request to the node named by `Ais-Node-Id` as `PUT /v1/daemon`
    on that node and relays its answer: the node-level actions of `daemon_action`
    (`set-config`, `reset-config`, `rotate-logs`, `reset-stats`), and on a target also
    `clear-lcache` (drop its in-memory object metadata cache) and `reload-creds` (reload
    cloud credentials; `name`: one provider, empty: all). Only that node changes; for the
    whole cluster use `PUT /v1/cluster`. A missing header is a 400, an unknown node a 404.
    Answers are empty 200s without `Content-Type`.

    Args:
        transient (bool | Unset):
        ais_node_id (str):
        body (ClearLcacheMsg | ReloadCredsMsg | ResetConfigMsg | ResetStatsMsg | RotateLogsMsg |
            SetConfigMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrHTTP
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            transient=transient,
            ais_node_id=ais_node_id,
        )
    ).parsed
