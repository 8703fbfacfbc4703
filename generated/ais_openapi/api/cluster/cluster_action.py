from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bump_metasync_msg import BumpMetasyncMsg
from ...models.clear_lcache_msg import ClearLcacheMsg
from ...models.decommission_cluster_msg import DecommissionClusterMsg
from ...models.decommission_node_msg import DecommissionNodeMsg
from ...models.err_http import ErrHTTP
from ...models.provider import Provider
from ...models.reload_creds_msg import ReloadCredsMsg
from ...models.reset_config_msg import ResetConfigMsg
from ...models.reset_stats_msg import ResetStatsMsg
from ...models.rm_node_unsafe_msg import RmNodeUnsafeMsg
from ...models.rotate_logs_msg import RotateLogsMsg
from ...models.set_config_msg import SetConfigMsg
from ...models.shutdown_cluster_msg import ShutdownClusterMsg
from ...models.shutdown_node_msg import ShutdownNodeMsg
from ...models.start_maintenance_msg import StartMaintenanceMsg
from ...models.start_xaction_msg import StartXactionMsg
from ...models.stop_maintenance_msg import StopMaintenanceMsg
from ...models.stop_xaction_msg import StopXactionMsg
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BumpMetasyncMsg
    | ClearLcacheMsg
    | DecommissionClusterMsg
    | DecommissionNodeMsg
    | ReloadCredsMsg
    | ResetConfigMsg
    | ResetStatsMsg
    | RmNodeUnsafeMsg
    | RotateLogsMsg
    | SetConfigMsg
    | ShutdownClusterMsg
    | ShutdownNodeMsg
    | StartMaintenanceMsg
    | StartXactionMsg
    | StopMaintenanceMsg
    | StopXactionMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    frc: bool | Unset = UNSET,
    transient: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params["namespace"] = namespace

    params["frc"] = frc

    params["transient"] = transient

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/cluster",
        "params": params,
    }

    if (
        isinstance(body, StartXactionMsg)
        or isinstance(body, StopXactionMsg)
        or isinstance(body, SetConfigMsg)
        or isinstance(body, ResetConfigMsg)
        or isinstance(body, RotateLogsMsg)
        or isinstance(body, ResetStatsMsg)
        or isinstance(body, ClearLcacheMsg)
        or isinstance(body, ReloadCredsMsg)
        or isinstance(body, BumpMetasyncMsg)
        or isinstance(body, StartMaintenanceMsg)
        or isinstance(body, StopMaintenanceMsg)
        or isinstance(body, DecommissionNodeMsg)
        or isinstance(body, ShutdownNodeMsg)
        or isinstance(body, RmNodeUnsafeMsg)
        or isinstance(body, ShutdownClusterMsg)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrHTTP | str | None:
    if (
        200 <= response.status_code < 300
        and not response.content
        and "content-type" not in response.headers
    ):
        # AIS answers some forms of a request with an empty 2xx and no Content-Type (e.g. /v1/health
        # without `cii`, an action without a result) where another form has a document: nothing to parse.
        return None
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = ErrHTTP.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrHTTP.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrHTTP.from_dict(response.json())

        return response_409

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
) -> Response[ErrHTTP | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BumpMetasyncMsg
    | ClearLcacheMsg
    | DecommissionClusterMsg
    | DecommissionNodeMsg
    | ReloadCredsMsg
    | ResetConfigMsg
    | ResetStatsMsg
    | RmNodeUnsafeMsg
    | RotateLogsMsg
    | SetConfigMsg
    | ShutdownClusterMsg
    | ShutdownNodeMsg
    | StartMaintenanceMsg
    | StartXactionMsg
    | StopMaintenanceMsg
    | StopXactionMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    frc: bool | Unset = UNSET,
    transient: bool | Unset = UNSET,
) -> Response[ErrHTTP | str]:
    """Cluster-wide action (jobs, configuration, logs, stats, node membership, shutdown)

     Executed by the primary proxy (others forward). Needs the cluster ready to rebalance
    (else 503), except `shutdown` and `stop`.
    * `start` starts an xaction of a startable kind and returns its id as text (a rebalance id
      looks like `g<N>`). `stop` aborts matching xactions.
    * `set-config`: change the cluster configuration (`ConfigToSet`), persistent and synced to
      every node; with `transient=true` in memory only (then `auth`, `net`, `tracing`, `memsys`,
      `keepalivetracker` and two timeouts are a 501).
    * `reset-config`: drop every node's local overrides. `rotate-logs`: all nodes start new
      log files. `reset-stats` (`value`: boolean, true = error counters only): all nodes.
    * `clear-lcache`: targets drop their in-memory object metadata cache (`name`, a single
      node, is a 501). `reload-creds`: targets reload cloud credentials (`name`: one provider;
      not configured: 400 `ErrMissingBackend`). `bump-metasync`: re-sync all metadata (internal).
    * Membership (`value`: `ActValRmNode`, `sid` the node): `start-maintenance`,
      `stop-maintenance`, `decommission-node`, `shutdown-node`, `rm-unsafe` (remove from the map
      without rebalancing; needs
      `skip_rebalance: true`, else 400). With a rebalance they answer its id (`g<N>`) as text; an
    unknown
      node is a 404 `errNodeNotFound`.
    * `shutdown` / `decommission` stop (decommission: and wipe) the whole cluster.

    Empty answers carry no `Content-Type`.

    Args:
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        frc (bool | Unset):
        transient (bool | Unset):
        body (BumpMetasyncMsg | ClearLcacheMsg | DecommissionClusterMsg | DecommissionNodeMsg |
            ReloadCredsMsg | ResetConfigMsg | ResetStatsMsg | RmNodeUnsafeMsg | RotateLogsMsg |
            SetConfigMsg | ShutdownClusterMsg | ShutdownNodeMsg | StartMaintenanceMsg |
            StartXactionMsg | StopMaintenanceMsg | StopXactionMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | str]
    """

    kwargs = _get_kwargs(
        body=body,
        provider=provider,
        namespace=namespace,
        frc=frc,
        transient=transient,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BumpMetasyncMsg
    | ClearLcacheMsg
    | DecommissionClusterMsg
    | DecommissionNodeMsg
    | ReloadCredsMsg
    | ResetConfigMsg
    | ResetStatsMsg
    | RmNodeUnsafeMsg
    | RotateLogsMsg
    | SetConfigMsg
    | ShutdownClusterMsg
    | ShutdownNodeMsg
    | StartMaintenanceMsg
    | StartXactionMsg
    | StopMaintenanceMsg
    | StopXactionMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    frc: bool | Unset = UNSET,
    transient: bool | Unset = UNSET,
) -> ErrHTTP | str | None:
    """Cluster-wide action (jobs, configuration, logs, stats, node membership, shutdown)

     Executed by the primary proxy (others forward). Needs the cluster ready to rebalance
    (else 503), except `shutdown` and `stop`.
    * `start` starts an xaction of a startable kind and returns its id as text (a rebalance id
      looks like `g<N>`). `stop` aborts matching xactions.
    * `set-config`: change the cluster configuration (`ConfigToSet`), persistent and synced to
      every node; with `transient=true` in memory only (then `auth`, `net`, `tracing`, `memsys`,
      `keepalivetracker` and two timeouts are a 501).
    * `reset-config`: drop every node's local overrides. `rotate-logs`: all nodes start new
      log files. `reset-stats` (`value`: boolean, true = error counters only): all nodes.
    * `clear-lcache`: targets drop their in-memory object metadata cache (`name`, a single
      node, is a 501). `reload-creds`: targets reload cloud credentials (`name`: one provider;
      not configured: 400 `ErrMissingBackend`). `bump-metasync`: re-sync all metadata (internal).
    * Membership (`value`: `ActValRmNode`, `sid` the node): `start-maintenance`,
      `stop-maintenance`, `decommission-node`, `shutdown-node`, `rm-unsafe` (remove from the map
      without rebalancing; needs
      `skip_rebalance: true`, else 400). With a rebalance they answer its id (`g<N>`) as text; an
    unknown
      node is a 404 `errNodeNotFound`.
    * `shutdown` / `decommission` stop (decommission: and wipe) the whole cluster.

    Empty answers carry no `Content-Type`.

    Args:
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        frc (bool | Unset):
        transient (bool | Unset):
        body (BumpMetasyncMsg | ClearLcacheMsg | DecommissionClusterMsg | DecommissionNodeMsg |
            ReloadCredsMsg | ResetConfigMsg | ResetStatsMsg | RmNodeUnsafeMsg | RotateLogsMsg |
            SetConfigMsg | ShutdownClusterMsg | ShutdownNodeMsg | StartMaintenanceMsg |
            StartXactionMsg | StopMaintenanceMsg | StopXactionMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | str
    """

    return sync_detailed(
        client=client,
        body=body,
        provider=provider,
        namespace=namespace,
        frc=frc,
        transient=transient,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BumpMetasyncMsg
    | ClearLcacheMsg
    | DecommissionClusterMsg
    | DecommissionNodeMsg
    | ReloadCredsMsg
    | ResetConfigMsg
    | ResetStatsMsg
    | RmNodeUnsafeMsg
    | RotateLogsMsg
    | SetConfigMsg
    | ShutdownClusterMsg
    | ShutdownNodeMsg
    | StartMaintenanceMsg
    | StartXactionMsg
    | StopMaintenanceMsg
    | StopXactionMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    frc: bool | Unset = UNSET,
    transient: bool | Unset = UNSET,
) -> Response[ErrHTTP | str]:
    """Cluster-wide action (jobs, configuration, logs, stats, node membership, shutdown)

     Executed by the primary proxy (others forward). Needs the cluster ready to rebalance
    (else 503), except `shutdown` and `stop`.
    * `start` starts an xaction of a startable kind and returns its id as text (a rebalance id
      looks like `g<N>`). `stop` aborts matching xactions.
    * `set-config`: change the cluster configuration (`ConfigToSet`), persistent and synced to
      every node; with `transient=true` in memory only (then `auth`, `net`, `tracing`, `memsys`,
      `keepalivetracker` and two timeouts are a 501).
    * `reset-config`: drop every node's local overrides. `rotate-logs`: all nodes start new
      log files. `reset-stats` (`value`: boolean, true = error counters only): all nodes.
    * `clear-lcache`: targets drop their in-memory object metadata cache (`name`, a single
      node, is a 501). `reload-creds`: targets reload cloud credentials (`name`: one provider;
      not configured: 400 `ErrMissingBackend`). `bump-metasync`: re-sync all metadata (internal).
    * Membership (`value`: `ActValRmNode`, `sid` the node): `start-maintenance`,
      `stop-maintenance`, `decommission-node`, `shutdown-node`, `rm-unsafe` (remove from the map
      without rebalancing; needs
      `skip_rebalance: true`, else 400). With a rebalance they answer its id (`g<N>`) as text; an
    unknown
      node is a 404 `errNodeNotFound`.
    * `shutdown` / `decommission` stop (decommission: and wipe) the whole cluster.

    Empty answers carry no `Content-Type`.

    Args:
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        frc (bool | Unset):
        transient (bool | Unset):
        body (BumpMetasyncMsg | ClearLcacheMsg | DecommissionClusterMsg | DecommissionNodeMsg |
            ReloadCredsMsg | ResetConfigMsg | ResetStatsMsg | RmNodeUnsafeMsg | RotateLogsMsg |
            SetConfigMsg | ShutdownClusterMsg | ShutdownNodeMsg | StartMaintenanceMsg |
            StartXactionMsg | StopMaintenanceMsg | StopXactionMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrHTTP | str]
    """

    kwargs = _get_kwargs(
        body=body,
        provider=provider,
        namespace=namespace,
        frc=frc,
        transient=transient,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BumpMetasyncMsg
    | ClearLcacheMsg
    | DecommissionClusterMsg
    | DecommissionNodeMsg
    | ReloadCredsMsg
    | ResetConfigMsg
    | ResetStatsMsg
    | RmNodeUnsafeMsg
    | RotateLogsMsg
    | SetConfigMsg
    | ShutdownClusterMsg
    | ShutdownNodeMsg
    | StartMaintenanceMsg
    | StartXactionMsg
    | StopMaintenanceMsg
    | StopXactionMsg,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    frc: bool | Unset = UNSET,
    transient: bool | Unset = UNSET,
) -> ErrHTTP | str | None:
    """Cluster-wide action (jobs, configuration, logs, stats, node membership, shutdown)

     Executed by the primary proxy (others forward). Needs the cluster ready to rebalance
    (else 503), except `shutdown` and `stop`.
    * `start` starts an xaction of a startable kind and returns its id as text (a rebalance id
      looks like `g<N>`). `stop` aborts matching xactions.
    * `set-config`: change the cluster configuration (`ConfigToSet`), persistent and synced to
      every node; with `transient=true` in memory only (then `auth`, `net`, `tracing`, `memsys`,
      `keepalivetracker` and two timeouts are a 501).
    * `reset-config`: drop every node's local overrides. `rotate-logs`: all nodes start new
      log files. `reset-stats` (`value`: boolean, true = error counters only): all nodes.
    * `clear-lcache`: targets drop their in-memory object metadata cache (`name`, a single
      node, is a 501). `reload-creds`: targets reload cloud credentials (`name`: one provider;
      not configured: 400 `ErrMissingBackend`). `bump-metasync`: re-sync all metadata (internal).
    * Membership (`value`: `ActValRmNode`, `sid` the node): `start-maintenance`,
      `stop-maintenance`, `decommission-node`, `shutdown-node`, `rm-unsafe` (remove from the map
      without rebalancing; needs
      `skip_rebalance: true`, else 400). With a rebalance they answer its id (`g<N>`) as text; an
    unknown
      node is a 404 `errNodeNotFound`.
    * `shutdown` / `decommission` stop (decommission: and wipe) the whole cluster.

    Empty answers carry no `Content-Type`.

    Args:
        provider (Provider | Unset): Bucket provider or its URL-scheme alias (`s3`=aws, `gs`=gcp,
            `az`=azure, `oc`=oci).
        namespace (str | Unset):
        frc (bool | Unset):
        transient (bool | Unset):
        body (BumpMetasyncMsg | ClearLcacheMsg | DecommissionClusterMsg | DecommissionNodeMsg |
            ReloadCredsMsg | ResetConfigMsg | ResetStatsMsg | RmNodeUnsafeMsg | RotateLogsMsg |
            SetConfigMsg | ShutdownClusterMsg | ShutdownNodeMsg | StartMaintenanceMsg |
            StartXactionMsg | StopMaintenanceMsg | StopXactionMsg):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrHTTP | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            provider=provider,
            namespace=namespace,
            frc=frc,
            transient=transient,
        )
    ).parsed
