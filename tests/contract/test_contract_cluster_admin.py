"""The destructive cluster-membership operations of spec/src/cluster.yaml, for real, each answer checked
against the spec with the suite's five checks (`case.validate_response(..., checks=ac.CHECKS)`).

They never run on the shared cluster (where aiscontract confines them to a missing node): this module
starts a throwaway cluster of its own, 1 proxy + 1 non-primary proxy + 3 targets, and walks through
start/stop-maintenance, shutdown-node, rm-unsafe, decommission-node, the node status of a node in
maintenance, DELETE /v1/cluster/daemon/{id} (a 403 from the public network), and finally `shutdown` of
the whole cluster. Before that, a second throwaway cluster (1 + 1) is attached as a remote cluster,
listed and detached. A cluster that cannot start fails the module (no skip).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import aiscontract as ac
import pytest
import requests

sys.path.insert(0, str(ac.ROOT / "scripts"))
from cluster import LocalCluster, smap_ports

pytestmark = pytest.mark.cluster

SCHEMA = ac.load_schema()
MAINT, DECOMM = 4, 8  # Snode.flags


@pytest.fixture(scope="module")
def clu() -> Iterator[LocalCluster]:
    cluster = LocalCluster(n_proxies=2, n_targets=3)
    try:
        cluster.start()
    except Exception as e:  # loud: the node logs are in the message
        pytest.fail(f"cluster admin contract: could not start a throwaway cluster: {e}", pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


def _op(path: str, method: str) -> Any:
    return SCHEMA[path][method]


def call(clu: LocalCluster, path: str, method: str, **kw: Any) -> Any:
    """Send one explicit case of the operation and check the answer against the spec."""
    return ac.call_operation(_op(path, method), clu.endpoint, **kw)


def node_id(clu: LocalCluster, name: str) -> str:
    port = clu.node(name).port
    smap = clu.smap()
    for kind in ("pmap", "tmap"):
        for sid, si in (smap.get(kind) or {}).items():
            if int(si["public_net"]["daemon_port"]) == port:
                return str(sid)
    raise LookupError(f"{name} (port {port}) not in the smap")


def flags(smap: dict[str, Any], sid: str) -> int | None:
    si = (smap.get("tmap") or {}).get(sid) or (smap.get("pmap") or {}).get(sid)
    return None if si is None else int(si.get("flags") or 0)


def wait(clu: LocalCluster, predicate: Callable[[dict[str, Any]], bool], what: str, timeout: float = 30) -> None:
    clu.wait_smap(predicate, timeout, what=what)


def wait_ready(clu: LocalCluster, timeout: float = 30) -> None:
    """The primary is ready to rebalance again (membership actions need it: 503 otherwise)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if requests.get(f"{clu.endpoint}/v1/health", params={"prr": "true"}, timeout=5).status_code == 200:
            return
        time.sleep(0.3)
    raise TimeoutError("primary not ready to rebalance")


def membership(clu: LocalCluster, action: str, sid: str, **value: Any) -> Any:
    """Send a membership action; a 409 ErrBusy (a rebalance still running, documented) is retried."""
    deadline = time.monotonic() + 60
    while True:
        wait_ready(clu)
        r = call(clu, "/v1/cluster", "PUT", body={"action": action, "value": {"sid": sid, **value}})
        if r.status_code != 409 or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert r.status_code == 200, f"{action} {sid}: {r.status_code} {r.text}"
    return r


def test_attach_detach_remote_cluster(clu: LocalCluster) -> None:
    """Attach a second throwaway cluster as a remote one, list it (what=remote), detach it."""
    with LocalCluster(n_proxies=1, n_targets=1) as remote:
        alias = "aisct-remote"
        hdrs = {"Ais-Remote-Ais-Alias": alias, "Ais-Remote-Ais-Url": remote.endpoint}
        q = {"what": "remote"}
        r = call(clu, "/v1/cluster/attach", "PUT", query=q, headers=hdrs)
        assert r.status_code == 200, r.text
        r = call(clu, "/v1/cluster", "GET", query=q)
        assert r.status_code == 200 and [a["alias"] for a in r.json()["a"]] == [alias], r.text
        assert r.json()["a"][0]["url"] == remote.endpoint and r.json()["a"][0]["smap"]["tmap"], r.text
        r = call(clu, "/v1/reverse/daemon", "GET", query=q, headers={"Ais-Node-Id": node_id(clu, "t2")})
        assert r.status_code == 200, r.text
        r = call(clu, "/v1/cluster/detach", "PUT", query=q, headers={"Ais-Remote-Ais-Alias": alias})
        assert r.status_code == 200, r.text
        r = call(clu, "/v1/cluster", "GET", query=q)
        assert r.status_code == 200 and not r.json()["a"], r.text
        r = call(clu, "/v1/cluster/detach", "PUT", query=q, headers={"Ais-Remote-Ais-Alias": alias})
        assert r.status_code in (400, 404), r.text  # 400 once nothing is attached at all


def test_cluster_admin_lifecycle(clu: LocalCluster) -> None:
    t0 = time.monotonic()
    t2, t3, t4, p1 = (node_id(clu, n) for n in ("t2", "t3", "t4", "p1"))

    # start-maintenance (with rebalance: the answer is its id as text), node_status from the proxy's smap
    r = membership(clu, "start-maintenance", t4)
    assert r.text.startswith("g"), f"expected a rebalance id, got {r.text!r}"
    wait(clu, lambda s: (flags(s, t4) or 0) & MAINT != 0, "t4 in maintenance")
    r = call(clu, "/v1/reverse/daemon", "GET", query={"what": "node_status"}, headers={"Ais-Node-Id": t4})
    assert r.status_code == 200 and r.json()["status"] == "maintenance", r.text
    r = membership(clu, "stop-maintenance", t4)
    wait(clu, lambda s: (flags(s, t4) or 0) & MAINT == 0, "t4 out of maintenance")

    # shutdown-node: the process exits, the node stays in the map (in maintenance); rm-unsafe removes it
    membership(clu, "shutdown-node", t4, skip_rebalance=True)
    deadline = time.monotonic() + 30
    while clu.node("t4").alive and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not clu.node("t4").alive, "t4 still running after shutdown-node"
    membership(clu, "rm-unsafe", t4, skip_rebalance=True)  # required
    wait(clu, lambda s: t4 not in (s.get("tmap") or {}), "t4 removed")

    # decommission-node: removed from the map and stopped
    membership(clu, "decommission-node", t3, skip_rebalance=True)
    wait(clu, lambda s: t3 not in (s.get("tmap") or {}), "t3 decommissioned")

    # a node's self-removal request is intra-cluster only: 403 via the public network
    r = call(clu, "/v1/cluster/daemon/{daemon-id}", "DELETE", path_parameters={"daemon-id": p1})
    assert r.status_code == 403, r.text
    # a proxy: maintenance of the non-primary proxy and back
    membership(clu, "start-maintenance", p1, skip_rebalance=True)
    wait(clu, lambda s: (flags(s, p1) or 0) & MAINT != 0, "p1 in maintenance")
    membership(clu, "stop-maintenance", p1)
    wait(clu, lambda s: (flags(s, p1) or 0) & MAINT == 0 and smap_ports(s, "tmap") == {clu.node("t2").port}, "p1 back")
    assert node_id(clu, "t2") == t2

    # finally the whole cluster: shutdown (every node exits)
    wait_ready(clu)
    r = call(clu, "/v1/cluster", "PUT", body={"action": "shutdown"})
    assert r.status_code == 200, r.text
    deadline = time.monotonic() + 30
    while any(n.alive for n in clu.nodes if n.name != "t4") and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(n.alive for n in clu.nodes), [n.name for n in clu.nodes if n.alive]
    assert time.monotonic() - t0 < 90, f"took {time.monotonic() - t0:.0f}s"
