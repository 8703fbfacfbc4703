from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bmd import BMD
from ...models.daemon_info_type_9_item import DaemonInfoType9Item
from ...models.err_http import ErrHTTP
from ...models.get_cluster_map_severity import GetClusterMapSeverity
from ...models.get_cluster_map_what import GetClusterMapWhat
from ...models.mem_cpu_info import MemCPUInfo
from ...models.metric_names import MetricNames
from ...models.node_config import NodeConfig
from ...models.node_stats import NodeStats
from ...models.node_status import NodeStatus
from ...models.smap import Smap
from ...models.smap_vote import SmapVote
from ...models.snode import Snode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    what: GetClusterMapWhat,
    severity: GetClusterMapSeverity | Unset = UNSET,
    offset: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_what = what.value
    params["what"] = json_what

    json_severity: str | Unset = UNSET
    if not isinstance(severity, Unset):
        json_severity = severity.value

    params["severity"] = json_severity

    params["offset"] = offset

    params["all"] = all_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/daemon",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BMD
    | list[DaemonInfoType9Item]
    | MemCPUInfo
    | MetricNames
    | NodeConfig
    | NodeStats
    | NodeStatus
    | Smap
    | SmapVote
    | Snode
    | ErrHTTP
    | None
):
    if (
        200 <= response.status_code < 300
        and not response.content
        and "content-type" not in response.headers
    ):
        # AIS answers some forms of a request with an empty 2xx and no Content-Type (e.g. /v1/health
        # without `cii`, an action without a result) where another form has a document: nothing to parse.
        return None
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            BMD
            | list[DaemonInfoType9Item]
            | MemCPUInfo
            | MetricNames
            | NodeConfig
            | NodeStats
            | NodeStatus
            | Smap
            | SmapVote
            | Snode
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_daemon_info_type_0 = Smap.from_dict(data)

                return componentsschemas_daemon_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_daemon_info_type_1 = BMD.from_dict(data)

                return componentsschemas_daemon_info_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_daemon_info_type_2 = NodeConfig.from_dict(data)

                return componentsschemas_daemon_info_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_daemon_info_type_3 = Snode.from_dict(data)

                return componentsschemas_daemon_info_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_daemon_info_type_4 = SmapVote.from_dict(data)

                return componentsschemas_daemon_info_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_daemon_info_type_5 = NodeStats.from_dict(data)

                return componentsschemas_daemon_info_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_daemon_info_type_6 = NodeStatus.from_dict(data)

                return componentsschemas_daemon_info_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_daemon_info_type_7 = MetricNames.from_dict(data)

                return componentsschemas_daemon_info_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_daemon_info_type_8 = MemCPUInfo.from_dict(data)

                return componentsschemas_daemon_info_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_daemon_info_type_9 = []
            _componentsschemas_daemon_info_type_9 = data
            for (
                componentsschemas_daemon_info_type_9_item_data
            ) in _componentsschemas_daemon_info_type_9:
                componentsschemas_daemon_info_type_9_item = (
                    DaemonInfoType9Item.from_dict(
                        componentsschemas_daemon_info_type_9_item_data
                    )
                )

                componentsschemas_daemon_info_type_9.append(
                    componentsschemas_daemon_info_type_9_item
                )

            return componentsschemas_daemon_info_type_9

        response_200 = _parse_response_200(response.json())

        return response_200

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
) -> Response[
    BMD
    | list[DaemonInfoType9Item]
    | MemCPUInfo
    | MetricNames
    | NodeConfig
    | NodeStats
    | NodeStatus
    | Smap
    | SmapVote
    | Snode
    | ErrHTTP
]:
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
    severity: GetClusterMapSeverity | Unset = UNSET,
    offset: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
) -> Response[
    BMD
    | list[DaemonInfoType9Item]
    | MemCPUInfo
    | MetricNames
    | NodeConfig
    | NodeStats
    | NodeStatus
    | Smap
    | SmapVote
    | Snode
    | ErrHTTP
]:
    """Information of the answering node (cluster map, BMD, config, stats, ...)

     Answered by the proxy that receives the request (use `GET /v1/reverse/daemon` to ask
    another node, e.g. a target's `mountpaths`). By `what`:
    * `smap`: the cluster map (`Smap`); `bmd`: the bucket metadata (`BMD`).
    * `config`: the node's configuration (cluster config + local config and overrides; auth
      secrets hidden): `NodeConfig`.
    * `snode`: the node itself (`Snode`); `smapvote`: `SmapVote` (metadata used in elections).
    * `node_stats`: `NodeStats`; `node_status`: `NodeStatus` (stats, state, versions, sys info).
      Both answer msgpack instead with `Accept: application/msgpack`.
    * `metrics`: metric names and kinds (`MetricNames`); `sysinfo`: memory and CPU (`MemCPUInfo`).
    * `log`: the node's current log as text (`severity`, `offset`); with `all=true` a gzipped
      tarball of all its logs (`application/x-gzip`).
    * `software_version`: the version as text, e.g. `5.0.v1.5.0`.
    * `tls_certificate`: the loaded certificates (404 when none, as with plain HTTP).

    Target-only `what`s (`mountpaths`, `disk`, `remote`) and unknown ones are a 400 here.

    Args:
        what (GetClusterMapWhat):
        severity (GetClusterMapSeverity | Unset):
        offset (int | Unset):
        all_ (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BMD | list[DaemonInfoType9Item] | MemCPUInfo | MetricNames | NodeConfig | NodeStats | NodeStatus | Smap | SmapVote | Snode | ErrHTTP]
    """

    kwargs = _get_kwargs(
        what=what,
        severity=severity,
        offset=offset,
        all_=all_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    what: GetClusterMapWhat,
    severity: GetClusterMapSeverity | Unset = UNSET,
    offset: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
) -> (
    BMD
    | list[DaemonInfoType9Item]
    | MemCPUInfo
    | MetricNames
    | NodeConfig
    | NodeStats
    | NodeStatus
    | Smap
    | SmapVote
    | Snode
    | ErrHTTP
    | None
):
    """Information of the answering node (cluster map, BMD, config, stats, ...)

     Answered by the proxy that receives the request (use `GET /v1/reverse/daemon` to ask
    another node, e.g. a target's `mountpaths`). By `what`:
    * `smap`: the cluster map (`Smap`); `bmd`: the bucket metadata (`BMD`).
    * `config`: the node's configuration (cluster config + local config and overrides; auth
      secrets hidden): `NodeConfig`.
    * `snode`: the node itself (`Snode`); `smapvote`: `SmapVote` (metadata used in elections).
    * `node_stats`: `NodeStats`; `node_status`: `NodeStatus` (stats, state, versions, sys info).
      Both answer msgpack instead with `Accept: application/msgpack`.
    * `metrics`: metric names and kinds (`MetricNames`); `sysinfo`: memory and CPU (`MemCPUInfo`).
    * `log`: the node's current log as text (`severity`, `offset`); with `all=true` a gzipped
      tarball of all its logs (`application/x-gzip`).
    * `software_version`: the version as text, e.g. `5.0.v1.5.0`.
    * `tls_certificate`: the loaded certificates (404 when none, as with plain HTTP).

    Target-only `what`s (`mountpaths`, `disk`, `remote`) and unknown ones are a 400 here.

    Args:
        what (GetClusterMapWhat):
        severity (GetClusterMapSeverity | Unset):
        offset (int | Unset):
        all_ (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BMD | list[DaemonInfoType9Item] | MemCPUInfo | MetricNames | NodeConfig | NodeStats | NodeStatus | Smap | SmapVote | Snode | ErrHTTP
    """

    return sync_detailed(
        client=client,
        what=what,
        severity=severity,
        offset=offset,
        all_=all_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    what: GetClusterMapWhat,
    severity: GetClusterMapSeverity | Unset = UNSET,
    offset: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
) -> Response[
    BMD
    | list[DaemonInfoType9Item]
    | MemCPUInfo
    | MetricNames
    | NodeConfig
    | NodeStats
    | NodeStatus
    | Smap
    | SmapVote
    | Snode
    | ErrHTTP
]:
    """Information of the answering node (cluster map, BMD, config, stats, ...)

     Answered by the proxy that receives the request (use `GET /v1/reverse/daemon` to ask
    another node, e.g. a target's `mountpaths`). By `what`:
    * `smap`: the cluster map (`Smap`); `bmd`: the bucket metadata (`BMD`).
    * `config`: the node's configuration (cluster config + local config and overrides; auth
      secrets hidden): `NodeConfig`.
    * `snode`: the node itself (`Snode`); `smapvote`: `SmapVote` (metadata used in elections).
    * `node_stats`: `NodeStats`; `node_status`: `NodeStatus` (stats, state, versions, sys info).
      Both answer msgpack instead with `Accept: application/msgpack`.
    * `metrics`: metric names and kinds (`MetricNames`); `sysinfo`: memory and CPU (`MemCPUInfo`).
    * `log`: the node's current log as text (`severity`, `offset`); with `all=true` a gzipped
      tarball of all its logs (`application/x-gzip`).
    * `software_version`: the version as text, e.g. `5.0.v1.5.0`.
    * `tls_certificate`: the loaded certificates (404 when none, as with plain HTTP).

    Target-only `what`s (`mountpaths`, `disk`, `remote`) and unknown ones are a 400 here.

    Args:
        what (GetClusterMapWhat):
        severity (GetClusterMapSeverity | Unset):
        offset (int | Unset):
        all_ (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BMD | list[DaemonInfoType9Item] | MemCPUInfo | MetricNames | NodeConfig | NodeStats | NodeStatus | Smap | SmapVote | Snode | ErrHTTP]
    """

    kwargs = _get_kwargs(
        what=what,
        severity=severity,
        offset=offset,
        all_=all_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    what: GetClusterMapWhat,
    severity: GetClusterMapSeverity | Unset = UNSET,
    offset: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
) -> (
    BMD
    | list[DaemonInfoType9Item]
    | MemCPUInfo
    | MetricNames
    | NodeConfig
    | NodeStats
    | NodeStatus
    | Smap
    | SmapVote
    | Snode
    | ErrHTTP
    | None
):
    """Information of the answering node (cluster map, BMD, config, stats, ...)

     Answered by the proxy that receives the request (use `GET /v1/reverse/daemon` to ask
    another node, e.g. a target's `mountpaths`). By `what`:
    * `smap`: the cluster map (`Smap`); `bmd`: the bucket metadata (`BMD`).
    * `config`: the node's configuration (cluster config + local config and overrides; auth
      secrets hidden): `NodeConfig`.
    * `snode`: the node itself (`Snode`); `smapvote`: `SmapVote` (metadata used in elections).
    * `node_stats`: `NodeStats`; `node_status`: `NodeStatus` (stats, state, versions, sys info).
      Both answer msgpack instead with `Accept: application/msgpack`.
    * `metrics`: metric names and kinds (`MetricNames`); `sysinfo`: memory and CPU (`MemCPUInfo`).
    * `log`: the node's current log as text (`severity`, `offset`); with `all=true` a gzipped
      tarball of all its logs (`application/x-gzip`).
    * `software_version`: the version as text, e.g. `5.0.v1.5.0`.
    * `tls_certificate`: the loaded certificates (404 when none, as with plain HTTP).

    Target-only `what`s (`mountpaths`, `disk`, `remote`) and unknown ones are a 400 here.

    Args:
        what (GetClusterMapWhat):
        severity (GetClusterMapSeverity | Unset):
        offset (int | Unset):
        all_ (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BMD | list[DaemonInfoType9Item] | MemCPUInfo | MetricNames | NodeConfig | NodeStats | NodeStatus | Smap | SmapVote | Snode | ErrHTTP
    """

    return (
        await asyncio_detailed(
            client=client,
            what=what,
            severity=severity,
            offset=offset,
            all_=all_,
        )
    ).parsed
