from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bmd import BMD
from ...models.cluster_config import ClusterConfig
from ...models.cluster_mountpaths import ClusterMountpaths
from ...models.cluster_stats import ClusterStats
from ...models.cluster_sys_info import ClusterSysInfo
from ...models.err_http import ErrHTTP
from ...models.query_cluster_what import QueryClusterWhat
from ...models.query_msg import QueryMsg
from ...models.rem_ais_vec import RemAisVec
from ...models.smap import Smap
from ...models.smap_vote import SmapVote
from ...models.snode import Snode
from ...models.xact_snaps_by_target import XactSnapsByTarget
from ...models.xact_status import XactStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: QueryMsg | Unset = UNSET,
    what: QueryClusterWhat,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_what = what.value
    params["what"] = json_what

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/cluster",
        "params": params,
    }

    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BMD
    | ClusterConfig
    | ClusterMountpaths
    | ClusterStats
    | ClusterSysInfo
    | list[str]
    | list[XactStatus]
    | RemAisVec
    | Smap
    | SmapVote
    | Snode
    | XactSnapsByTarget
    | XactStatus
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
            | ClusterConfig
            | ClusterMountpaths
            | ClusterStats
            | ClusterSysInfo
            | list[str]
            | list[XactStatus]
            | RemAisVec
            | Smap
            | SmapVote
            | Snode
            | XactSnapsByTarget
            | XactStatus
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_xaction_query_result_type_0 = XactStatus.from_dict(
                    data
                )

                return componentsschemas_xaction_query_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_xaction_query_result_type_1 = []
                _componentsschemas_xaction_query_result_type_1 = data
                for (
                    componentsschemas_xaction_query_result_type_1_item_data
                ) in _componentsschemas_xaction_query_result_type_1:
                    componentsschemas_xaction_query_result_type_1_item = (
                        XactStatus.from_dict(
                            componentsschemas_xaction_query_result_type_1_item_data
                        )
                    )

                    componentsschemas_xaction_query_result_type_1.append(
                        componentsschemas_xaction_query_result_type_1_item
                    )

                return componentsschemas_xaction_query_result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_xaction_query_result_type_2 = (
                    XactSnapsByTarget.from_dict(data)
                )

                return componentsschemas_xaction_query_result_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_cluster_query_result_type_1 = cast(list[str], data)

                return componentsschemas_cluster_query_result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_cluster_query_result_type_2 = Smap.from_dict(data)

                return componentsschemas_cluster_query_result_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_cluster_query_result_type_3 = BMD.from_dict(data)

                return componentsschemas_cluster_query_result_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_cluster_query_result_type_4 = Snode.from_dict(data)

                return componentsschemas_cluster_query_result_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_cluster_query_result_type_5 = SmapVote.from_dict(data)

                return componentsschemas_cluster_query_result_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_cluster_query_result_type_6 = ClusterConfig.from_dict(
                    data
                )

                return componentsschemas_cluster_query_result_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_cluster_query_result_type_7 = ClusterStats.from_dict(
                    data
                )

                return componentsschemas_cluster_query_result_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_cluster_query_result_type_8 = (
                    ClusterSysInfo.from_dict(data)
                )

                return componentsschemas_cluster_query_result_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_cluster_query_result_type_9 = (
                    ClusterMountpaths.from_dict(data)
                )

                return componentsschemas_cluster_query_result_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_cluster_query_result_type_10 = RemAisVec.from_dict(data)

            return componentsschemas_cluster_query_result_type_10

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
    | ClusterConfig
    | ClusterMountpaths
    | ClusterStats
    | ClusterSysInfo
    | list[str]
    | list[XactStatus]
    | RemAisVec
    | Smap
    | SmapVote
    | Snode
    | XactSnapsByTarget
    | XactStatus
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
    body: QueryMsg | Unset = UNSET,
    what: QueryClusterWhat,
) -> Response[
    BMD
    | ClusterConfig
    | ClusterMountpaths
    | ClusterStats
    | ClusterSysInfo
    | list[str]
    | list[XactStatus]
    | RemAisVec
    | Smap
    | SmapVote
    | Snode
    | XactSnapsByTarget
    | XactStatus
    | ErrHTTP
]:
    """Cluster-wide queries (xaction status, stats, sysinfo, config, remote clusters, ...)

     Answered by the proxy, which gathers per-node answers where needed. By `what`:
    * Xactions — a **GET with a JSON body** (`QueryMsg`) selecting them by `id`, `kind`, node, bucket:
      * `status`: the status of one xaction (needs `id` or `kind`): `XactStatus`.
        A job is finished when `end_time > 0` and failed when `aborted`.
      * `status_all`: the statuses of all matching xactions: `[XactStatus]`.
      * `qryxstats`: per-target snapshots with counters: `{<target id>: [XactSnap]}`.
      * `running_all`: running xactions as `["<kind>[<id>]", ...]` (the body is required, `{}` will do).

      Status answers are JSON documents sent with `Content-Type: text/plain; charset=utf-8`.
    * `smap`, `bmd`, `snode`, `smapvote`: as `GET /v1/daemon`.
    * `cluster_config`: the cluster-wide configuration (`ClusterConfig`).
    * `node_stats`: `{proxy: NodeStats, target: {<id>: NodeStats}}` (`ClusterStats`).
    * `sysinfo`: `{proxy: {<id>: MemCPUInfo}, target: {<id>: TargetSysInfo}}` (the answering
      proxy is not among `proxy`).
    * `mountpaths`: `{targets: {<id>: MountpathList}}`.
    * `backends`: the configured cloud backends, e.g. `["aws"]` (`[]` when none).
    * `remote`: the attached remote AIS clusters (`RemAisVec`), after a handshake with each.
    * `target_ips`: the targets' public, control and data host names, comma-separated, as text.

    Args:
        what (QueryClusterWhat):
        body (QueryMsg | Unset): `xact.QueryMsg`: which xactions a status query selects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BMD | ClusterConfig | ClusterMountpaths | ClusterStats | ClusterSysInfo | list[str] | list[XactStatus] | RemAisVec | Smap | SmapVote | Snode | XactSnapsByTarget | XactStatus | ErrHTTP]
    """

    kwargs = _get_kwargs(
        body=body,
        what=what,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: QueryMsg | Unset = UNSET,
    what: QueryClusterWhat,
) -> (
    BMD
    | ClusterConfig
    | ClusterMountpaths
    | ClusterStats
    | ClusterSysInfo
    | list[str]
    | list[XactStatus]
    | RemAisVec
    | Smap
    | SmapVote
    | Snode
    | XactSnapsByTarget
    | XactStatus
    | ErrHTTP
    | None
):
    """Cluster-wide queries (xaction status, stats, sysinfo, config, remote clusters, ...)

     Answered by the proxy, which gathers per-node answers where needed. By `what`:
    * Xactions — a **GET with a JSON body** (`QueryMsg`) selecting them by `id`, `kind`, node, bucket:
      * `status`: the status of one xaction (needs `id` or `kind`): `XactStatus`.
        A job is finished when `end_time > 0` and failed when `aborted`.
      * `status_all`: the statuses of all matching xactions: `[XactStatus]`.
      * `qryxstats`: per-target snapshots with counters: `{<target id>: [XactSnap]}`.
      * `running_all`: running xactions as `["<kind>[<id>]", ...]` (the body is required, `{}` will do).

      Status answers are JSON documents sent with `Content-Type: text/plain; charset=utf-8`.
    * `smap`, `bmd`, `snode`, `smapvote`: as `GET /v1/daemon`.
    * `cluster_config`: the cluster-wide configuration (`ClusterConfig`).
    * `node_stats`: `{proxy: NodeStats, target: {<id>: NodeStats}}` (`ClusterStats`).
    * `sysinfo`: `{proxy: {<id>: MemCPUInfo}, target: {<id>: TargetSysInfo}}` (the answering
      proxy is not among `proxy`).
    * `mountpaths`: `{targets: {<id>: MountpathList}}`.
    * `backends`: the configured cloud backends, e.g. `["aws"]` (`[]` when none).
    * `remote`: the attached remote AIS clusters (`RemAisVec`), after a handshake with each.
    * `target_ips`: the targets' public, control and data host names, comma-separated, as text.

    Args:
        what (QueryClusterWhat):
        body (QueryMsg | Unset): `xact.QueryMsg`: which xactions a status query selects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BMD | ClusterConfig | ClusterMountpaths | ClusterStats | ClusterSysInfo | list[str] | list[XactStatus] | RemAisVec | Smap | SmapVote | Snode | XactSnapsByTarget | XactStatus | ErrHTTP
    """

    return sync_detailed(
        client=client,
        body=body,
        what=what,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QueryMsg | Unset = UNSET,
    what: QueryClusterWhat,
) -> Response[
    BMD
    | ClusterConfig
    | ClusterMountpaths
    | ClusterStats
    | ClusterSysInfo
    | list[str]
    | list[XactStatus]
    | RemAisVec
    | Smap
    | SmapVote
    | Snode
    | XactSnapsByTarget
    | XactStatus
    | ErrHTTP
]:
    """Cluster-wide queries (xaction status, stats, sysinfo, config, remote clusters, ...)

     Answered by the proxy, which gathers per-node answers where needed. By `what`:
    * Xactions — a **GET with a JSON body** (`QueryMsg`) selecting them by `id`, `kind`, node, bucket:
      * `status`: the status of one xaction (needs `id` or `kind`): `XactStatus`.
        A job is finished when `end_time > 0` and failed when `aborted`.
      * `status_all`: the statuses of all matching xactions: `[XactStatus]`.
      * `qryxstats`: per-target snapshots with counters: `{<target id>: [XactSnap]}`.
      * `running_all`: running xactions as `["<kind>[<id>]", ...]` (the body is required, `{}` will do).

      Status answers are JSON documents sent with `Content-Type: text/plain; charset=utf-8`.
    * `smap`, `bmd`, `snode`, `smapvote`: as `GET /v1/daemon`.
    * `cluster_config`: the cluster-wide configuration (`ClusterConfig`).
    * `node_stats`: `{proxy: NodeStats, target: {<id>: NodeStats}}` (`ClusterStats`).
    * `sysinfo`: `{proxy: {<id>: MemCPUInfo}, target: {<id>: TargetSysInfo}}` (the answering
      proxy is not among `proxy`).
    * `mountpaths`: `{targets: {<id>: MountpathList}}`.
    * `backends`: the configured cloud backends, e.g. `["aws"]` (`[]` when none).
    * `remote`: the attached remote AIS clusters (`RemAisVec`), after a handshake with each.
    * `target_ips`: the targets' public, control and data host names, comma-separated, as text.

    Args:
        what (QueryClusterWhat):
        body (QueryMsg | Unset): `xact.QueryMsg`: which xactions a status query selects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BMD | ClusterConfig | ClusterMountpaths | ClusterStats | ClusterSysInfo | list[str] | list[XactStatus] | RemAisVec | Smap | SmapVote | Snode | XactSnapsByTarget | XactStatus | ErrHTTP]
    """

    kwargs = _get_kwargs(
        body=body,
        what=what,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: QueryMsg | Unset = UNSET,
    what: QueryClusterWhat,
) -> (
    BMD
    | ClusterConfig
    | ClusterMountpaths
    | ClusterStats
    | ClusterSysInfo
    | list[str]
    | list[XactStatus]
    | RemAisVec
    | Smap
    | SmapVote
    | Snode
    | XactSnapsByTarget
    | XactStatus
    | ErrHTTP
    | None
):
    """Cluster-wide queries (xaction status, stats, sysinfo, config, remote clusters, ...)

     Answered by the proxy, which gathers per-node answers where needed. By `what`:
    * Xactions — a **GET with a JSON body** (`QueryMsg`) selecting them by `id`, `kind`, node, bucket:
      * `status`: the status of one xaction (needs `id` or `kind`): `XactStatus`.
        A job is finished when `end_time > 0` and failed when `aborted`.
      * `status_all`: the statuses of all matching xactions: `[XactStatus]`.
      * `qryxstats`: per-target snapshots with counters: `{<target id>: [XactSnap]}`.
      * `running_all`: running xactions as `["<kind>[<id>]", ...]` (the body is required, `{}` will do).

      Status answers are JSON documents sent with `Content-Type: text/plain; charset=utf-8`.
    * `smap`, `bmd`, `snode`, `smapvote`: as `GET /v1/daemon`.
    * `cluster_config`: the cluster-wide configuration (`ClusterConfig`).
    * `node_stats`: `{proxy: NodeStats, target: {<id>: NodeStats}}` (`ClusterStats`).
    * `sysinfo`: `{proxy: {<id>: MemCPUInfo}, target: {<id>: TargetSysInfo}}` (the answering
      proxy is not among `proxy`).
    * `mountpaths`: `{targets: {<id>: MountpathList}}`.
    * `backends`: the configured cloud backends, e.g. `["aws"]` (`[]` when none).
    * `remote`: the attached remote AIS clusters (`RemAisVec`), after a handshake with each.
    * `target_ips`: the targets' public, control and data host names, comma-separated, as text.

    Args:
        what (QueryClusterWhat):
        body (QueryMsg | Unset): `xact.QueryMsg`: which xactions a status query selects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BMD | ClusterConfig | ClusterMountpaths | ClusterStats | ClusterSysInfo | list[str] | list[XactStatus] | RemAisVec | Smap | SmapVote | Snode | XactSnapsByTarget | XactStatus | ErrHTTP
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            what=what,
        )
    ).parsed
