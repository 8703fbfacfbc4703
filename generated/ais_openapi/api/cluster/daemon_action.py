from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.err_http import ErrHTTP
from ...models.reset_config_msg import ResetConfigMsg
from ...models.reset_stats_msg import ResetStatsMsg
from ...models.rotate_logs_msg import RotateLogsMsg
from ...models.set_config_msg import SetConfigMsg
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ResetConfigMsg | ResetStatsMsg | RotateLogsMsg | SetConfigMsg,
    transient: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["transient"] = transient

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/daemon",
        "params": params,
    }

    if (
        isinstance(body, SetConfigMsg)
        or isinstance(body, ResetConfigMsg)
        or isinstance(body, RotateLogsMsg)
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

    if response.status_code == 501:
        response_501 = ErrHTTP.from_dict(response.json())

        return response_501

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
    body: ResetConfigMsg | ResetStatsMsg | RotateLogsMsg | SetConfigMsg,
    transient: bool | Unset = UNSET,
) -> Response[Any | ErrHTTP]:
    """Node-level action on the answering proxy (set/reset its config, rotate logs, reset stats)

     Acts on the node that receives the request only (to act on another node, send the same
    request to `PUT /v1/reverse/daemon` with `Ais-Node-Id`; for the whole cluster use
    `PUT /v1/cluster`).
    * `set-config`: override knobs of this node's config (`ConfigToSet`); `transient=true` keeps
      the change in memory only.
    * `reset-config`: drop this node's overrides (back to the cluster config).
    * `rotate-logs`: start new log files.
    * `reset-stats`: zero the node's counters; `value` must be a boolean (true: error counters only).

    Membership actions (`start-maintenance`, `decommission-node`, `shutdown-node`, ...) are
    internal here (the primary sends them over the intra-control network): on the primary
    they are a 400, on other nodes via the public network a 4xx.
    Answers are empty 200s without `Content-Type`.

    Args:
        transient (bool | Unset):
        body (ResetConfigMsg | ResetStatsMsg | RotateLogsMsg | SetConfigMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrHTTP]
    """

    kwargs = _get_kwargs(
        body=body,
        transient=transient,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ResetConfigMsg | ResetStatsMsg | RotateLogsMsg | SetConfigMsg,
    transient: bool | Unset = UNSET,
) -> Any | ErrHTTP | None:
    """Node-level action on the answering proxy (set/reset its config, rotate logs, reset stats)

     Acts on the node that receives the request only (to act on another node, send the same
    request to `PUT /v1/reverse/daemon` with `Ais-Node-Id`; for the whole cluster use
    `PUT /v1/cluster`).
    * `set-config`: override knobs of this node's config (`ConfigToSet`); `transient=true` keeps
      the change in memory only.
    * `reset-config`: drop this node's overrides (back to the cluster config).
    * `rotate-logs`: start new log files.
    * `reset-stats`: zero the node's counters; `value` must be a boolean (true: error counters only).

    Membership actions (`start-maintenance`, `decommission-node`, `shutdown-node`, ...) are
    internal here (the primary sends them over the intra-control network): on the primary
    they are a 400, on other nodes via the public network a 4xx.
    Answers are empty 200s without `Content-Type`.

    Args:
        transient (bool | Unset):
        body (ResetConfigMsg | ResetStatsMsg | RotateLogsMsg | SetConfigMsg):

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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ResetConfigMsg | ResetStatsMsg | RotateLogsMsg | SetConfigMsg,
    transient: bool | Unset = UNSET,
) -> Response[Any | ErrHTTP]:
    """Node-level action on the answering proxy (set/reset its config, rotate logs, reset stats)

     Acts on the node that receives the request only (to act on another node, send the same
    request to `PUT /v1/reverse/daemon` with `Ais-Node-Id`; for the whole cluster use
    `PUT /v1/cluster`).
    * `set-config`: override knobs of this node's config (`ConfigToSet`); `transient=true` keeps
      the change in memory only.
    * `reset-config`: drop this node's overrides (back to the cluster config).
    * `rotate-logs`: start new log files.
    * `reset-stats`: zero the node's counters; `value` must be a boolean (true: error counters only).

    Membership actions (`start-maintenance`, `decommission-node`, `shutdown-node`, ...) are
    internal here (the primary sends them over the intra-control network): on the primary
    they are a 400, on other nodes via the public network a 4xx.
    Answers are empty 200s without `Content-Type`.

    Args:
        transient (bool | Unset):
        body (ResetConfigMsg | ResetStatsMsg | RotateLogsMsg | SetConfigMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrHTTP]
    """

    kwargs = _get_kwargs(
        body=body,
        transient=transient,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ResetConfigMsg | ResetStatsMsg | RotateLogsMsg | SetConfigMsg,
    transient: bool | Unset = UNSET,
) -> Any | ErrHTTP | None:
    """Node-level action on the answering proxy (set/reset its config, rotate logs, reset stats)

     Acts on the node that receives the request only (to act on another node, send the same
    request to `PUT /v1/reverse/daemon` with `Ais-Node-Id`; for the whole cluster use
    `PUT /v1/cluster`).
    * `set-config`: override knobs of this node's config (`ConfigToSet`); `transient=true` keeps
      the change in memory only.
    * `reset-config`: drop this node's overrides (back to the cluster config).
    * `rotate-logs`: start new log files.
    * `reset-stats`: zero the node's counters; `value` must be a boolean (true: error counters only).

    Membership actions (`start-maintenance`, `decommission-node`, `shutdown-node`, ...) are
    internal here (the primary sends them over the intra-control network): on the primary
    they are a 400, on other nodes via the public network a 4xx.
    Answers are empty 200s without `Content-Type`.

    Args:
        transient (bool | Unset):
        body (ResetConfigMsg | ResetStatsMsg | RotateLogsMsg | SetConfigMsg):

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
        )
    ).parsed
