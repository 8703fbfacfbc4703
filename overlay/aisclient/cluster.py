"""Cluster operations: readiness and the cluster map."""

from __future__ import annotations

from ais_openapi.api.cluster import get_cluster_map as gen_get_cluster_map
from ais_openapi.api.cluster import health as gen_health
from ais_openapi.models import GetClusterMapWhat

from ._core.declare import operation
from ._core.protocol import Op, Response
from ._core.wire import request_from_kwargs
from .models import Smap

__all__ = ["get_cluster_info", "is_aistore_running"]


@operation(result="probe")
def is_aistore_running() -> Op[bool]:
    """Whether the cluster is up and ready (`GET /v1/health?prr=true` answers 200).

    Returns:
        False while the cluster is starting, unreachable or after the client was closed;
        this method never raises.
    """
    req = request_from_kwargs(
        gen_health._get_kwargs(prr=True), idempotent=True, accept=frozenset({503}), retry=False, uses_cluster_map=False
    )
    resp: Response = yield req
    return resp.status_code == 200


@operation()
def get_cluster_info() -> Op[Smap]:
    """The cluster map: its proxies, targets and primary proxy.

    Returns:
        The `Smap` (`.pmap`, `.tmap`, `.primary`, `.version`).

    Raises:
        AISConnectionError: no node of the cluster could be reached.
        AISError: the cluster answered with an error.
    """
    resp: Response = yield request_from_kwargs(
        gen_get_cluster_map._get_kwargs(what=GetClusterMapWhat.SMAP), idempotent=True
    )
    return Smap.from_json(resp.json() or {})
