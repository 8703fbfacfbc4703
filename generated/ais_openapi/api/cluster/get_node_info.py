from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bmd import BMD
from ...models.daemon_info_type_9_item import DaemonInfoType9Item
from ...models.disk_stats import DiskStats
from ...models.err_http import ErrHTTP
from ...models.get_node_info_severity import GetNodeInfoSeverity
from ...models.get_node_info_what import GetNodeInfoWhat
from ...models.mem_cpu_info import MemCPUInfo
from ...models.metric_names import MetricNames
from ...models.mountpath_list import MountpathList
from ...models.node_config import NodeConfig
from ...models.node_stats import NodeStats
from ...models.node_status import NodeStatus
from ...models.rem_ais_vec import RemAisVec
from ...models.smap import Smap
from ...models.smap_vote import SmapVote
from ...models.snode import Snode
from ...models.target_sys_info import TargetSysInfo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    what: GetNodeInfoWhat,
    severity: GetNodeInfoSeverity | Unset = UNSET,
    offset: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
    ais_node_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Ais-Node-Id"] = ais_node_id

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
        "url": "/v1/reverse/daemon",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | BMD
    | DiskStats
    | list[DaemonInfoType9Item]
    | MemCPUInfo
    | MetricNames
    | MountpathList
    | NodeConfig
    | NodeStats
    | NodeStatus
    | RemAisVec
    | Smap
    | SmapVote
    | Snode
    | TargetSysInfo
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
            | DiskStats
            | list[DaemonInfoType9Item]
            | MemCPUInfo
            | MetricNames
            | MountpathList
            | NodeConfig
            | NodeStats
            | NodeStatus
            | RemAisVec
            | Smap
            | SmapVote
            | Snode
            | TargetSysInfo
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
            try:
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
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_node_info_type_1 = TargetSysInfo.from_dict(data)

                return componentsschemas_node_info_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_node_info_type_2 = MountpathList.from_dict(data)

                return componentsschemas_node_info_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_node_info_type_3 = DiskStats.from_dict(data)

                return componentsschemas_node_info_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_node_info_type_4 = RemAisVec.from_dict(data)

            return componentsschemas_node_info_type_4

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrHTTP.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrHTTP.from_dict(response.json())

        return response_404

    if response.status_code == 502:
        response_502 = cast(Any, None)
        return response_502

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
    Any
    | BMD
    | DiskStats
    | list[DaemonInfoType9Item]
    | MemCPUInfo
    | MetricNames
    | MountpathList
    | NodeConfig
    | NodeStats
    | NodeStatus
    | RemAisVec
    | Smap
    | SmapVote
    | Snode
    | TargetSysInfo
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
    what: GetNodeInfoWhat,
    severity: GetNodeInfoSeverity | Unset = UNSET,
    offset: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
    ais_node_id: str,
) -> Response[
    Any
    | BMD
    | DiskStats
    | list[DaemonInfoType9Item]
    | MemCPUInfo
    | MetricNames
    | MountpathList
    | NodeConfig
    | NodeStats
    | NodeStatus
    | RemAisVec
    | Smap
    | SmapVote
    | Snode
    | TargetSysInfo
    | ErrHTTP
]:
    """Information of one node, through the proxy (reverse-proxied)

     The proxy forwards the request to the node named by the `Ais-Node-Id` header (over the
    intra-control network) and relays its answer: the same `what`s as `GET /v1/daemon`, plus
    the target-only ones:
    * `mountpaths`: `MountpathList`; `disk`: disk I/O stats and capacity per mountpath (`DiskStats`).
    * `remote`: the remote AIS clusters this target knows (`RemAisVec`).
    * `sysinfo` of a target adds filesystem capacity (`TargetSysInfo`).

    A missing header is a 400, an unknown node a 404 (`errNodeNotFound`). A node in
    maintenance answers `node_status` from the proxy's cluster map (`status: maintenance`, zero
    values elsewhere, `tracker: null`).

    Args:
        what (GetNodeInfoWhat):
        severity (GetNodeInfoSeverity | Unset):
        offset (int | Unset):
        all_ (bool | Unset):
        ais_node_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BMD | DiskStats | list[DaemonInfoType9Item] | MemCPUInfo | MetricNames | MountpathList | NodeConfig | NodeStats | NodeStatus | RemAisVec | Smap | SmapVote | Snode | TargetSysInfo | ErrHTTP]
    """

    kwargs = _get_kwargs(
        what=what,
        severity=severity,
        offset=offset,
        all_=all_,
        ais_node_id=ais_node_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    what: GetNodeInfoWhat,
    severity: GetNodeInfoSeverity | Unset = UNSET,
    offset: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
    ais_node_id: str,
) -> (
    Any
    | BMD
    | DiskStats
    | list[DaemonInfoType9Item]
    | MemCPUInfo
    | MetricNames
    | MountpathList
    | NodeConfig
    | NodeStats
    | NodeStatus
    | RemAisVec
    | Smap
    | SmapVote
    | Snode
    | TargetSysInfo
    | ErrHTTP
    | None
):
    """Information of one node, through the proxy (reverse-proxied)

     The proxy forwards the request to the node named by the `Ais-Node-Id` header (over the
    intra-control network) and relays its answer: the same `what`s as `GET /v1/daemon`, plus
    the target-only ones:
    * `mountpaths`: `MountpathList`; `disk`: disk I/O stats and capacity per mountpath (`DiskStats`).
    * `remote`: the remote AIS clusters this target knows (`RemAisVec`).
    * `sysinfo` of a target adds filesystem capacity (`TargetSysInfo`).

    A missing header is a 400, an unknown node a 404 (`errNodeNotFound`). A node in
    maintenance answers `node_status` from the proxy's cluster map (`status: maintenance`, zero
    values elsewhere, `tracker: null`).

    Args:
        what (GetNodeInfoWhat):
        severity (GetNodeInfoSeverity | Unset):
        offset (int | Unset):
        all_ (bool | Unset):
        ais_node_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BMD | DiskStats | list[DaemonInfoType9Item] | MemCPUInfo | MetricNames | MountpathList | NodeConfig | NodeStats | NodeStatus | RemAisVec | Smap | SmapVote | Snode | TargetSysInfo | ErrHTTP
    """

    return sync_detailed(
        client=client,
        what=what,
        severity=severity,
        offset=offset,
        all_=all_,
        ais_node_id=ais_node_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    what: GetNodeInfoWhat,
    severity: GetNodeInfoSeverity | Unset = UNSET,
    offset: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
    ais_node_id: str,
) -> Response[
    Any
    | BMD
    | DiskStats
    | list[DaemonInfoType9Item]
    | MemCPUInfo
    | MetricNames
    | MountpathList
    | NodeConfig
    | NodeStats
    | NodeStatus
    | RemAisVec
    | Smap
    | SmapVote
    | Snode
    | TargetSysInfo
    | ErrHTTP
]:
    """Information of one node, through the proxy (reverse-proxied)

     The proxy forwards the request to the node named by the `Ais-Node-Id` header (over the
    intra-control network) and relays its answer: the same `what`s as `GET /v1/daemon`, plus
    the target-only ones:
    * `mountpaths`: `MountpathList`; `disk`: disk I/O stats and capacity per mountpath (`DiskStats`).
    * `remote`: the remote AIS clusters this target knows (`RemAisVec`).
    * `sysinfo` of a target adds filesystem capacity (`TargetSysInfo`).

    A missing header is a 400, an unknown node a 404 (`errNodeNotFound`). A node in
    maintenance answers `node_status` from the proxy's cluster map (`status: maintenance`, zero
    values elsewhere, `tracker: null`).

    Args:
        what (GetNodeInfoWhat):
        severity (GetNodeInfoSeverity | Unset):
        offset (int | Unset):
        all_ (bool | Unset):
        ais_node_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BMD | DiskStats | list[DaemonInfoType9Item] | MemCPUInfo | MetricNames | MountpathList | NodeConfig | NodeStats | NodeStatus | RemAisVec | Smap | SmapVote | Snode | TargetSysInfo | ErrHTTP]
    """

    kwargs = _get_kwargs(
        what=what,
        severity=severity,
        offset=offset,
        all_=all_,
        ais_node_id=ais_node_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    what: GetNodeInfoWhat,
    severity: GetNodeInfoSeverity | Unset = UNSET,
    offset: int | Unset = UNSET,
    all_: bool | Unset = UNSET,
    ais_node_id: str,
) -> (
    Any
    | BMD
    | DiskStats
    | list[DaemonInfoType9Item]
    | MemCPUInfo
    | MetricNames
    | MountpathList
    | NodeConfig
    | NodeStats
    | NodeStatus
    | RemAisVec
    | Smap
    | SmapVote
    | Snode
    | TargetSysInfo
    | ErrHTTP
    | None
):
    """Information of one node, through the proxy (reverse-proxied)

     The proxy forwards the request to the node named by the `Ais-Node-Id` header (over the
    intra-control network) and relays its answer: the same `what`s as `GET /v1/daemon`, plus
    the target-only ones:
    * `mountpaths`: `MountpathList`; `disk`: disk I/O stats and capacity per mountpath (`DiskStats`).
    * `remote`: the remote AIS clusters this target knows (`RemAisVec`).
    * `sysinfo` of a target adds filesystem capacity (`TargetSysInfo`).

    A missing header is a 400, an unknown node a 404 (`errNodeNotFound`). A node in
    maintenance answers `node_status` from the proxy's cluster map (`status: maintenance`, zero
    values elsewhere, `tracker: null`).

    Args:
        what (GetNodeInfoWhat):
        severity (GetNodeInfoSeverity | Unset):
        offset (int | Unset):
        all_ (bool | Unset):
        ais_node_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BMD | DiskStats | list[DaemonInfoType9Item] | MemCPUInfo | MetricNames | MountpathList | NodeConfig | NodeStats | NodeStatus | RemAisVec | Smap | SmapVote | Snode | TargetSysInfo | ErrHTTP
    """

    return (
        await asyncio_detailed(
            client=client,
            what=what,
            severity=severity,
            offset=offset,
            all_=all_,
            ais_node_id=ais_node_id,
        )
    ).parsed
