"""Contract rules of spec/src/cluster.yaml beyond the core ones (aiscontract.py).

* `daemon_action` (PUT /v1/daemon): node-level actions on the answering proxy. `set-config` is always
  transient and sets one knob to the value it already has (or an invalid value: 400); `reset-config`,
  `rotate-logs`, `reset-stats` are harmless.
* `get_node_info` / `node_action` (GET / PUT /v1/reverse/daemon): `Ais-Node-Id` names a node of the
  cluster map, or a missing one (404); a missing header is not generated (it is required).
  `node_action` is confined as `daemon_action` is.
* `remove_node_self` (DELETE /v1/cluster/daemon/{id}): through the public network always a 403; the id is
  a real node's or a missing one.
* `attach_remote_cluster` / `detach_remote_cluster`: never change the config here (see `_prepare`).
* `cluster_action` (claimed here for its extra prepare hook, after the core confinement in
  aiscontract._map_body): `set-config` cases become transient no-ops half of the time (the other half
  keep the core's invalid value: 400).

The destructive membership actions run for real only in test_contract_cluster_admin.py.
"""

from __future__ import annotations

from typing import Any

import aiscontract as ac
import requests

# A knob every cluster has, harmless to set to its current value; read from the cluster in setup.
KNOB_SECTION, KNOB_NAME = "lru", "dont_evict_time"
_STATE: dict[str, Any] = {"knob": None, "nodes": []}


def _setup(ctx: ac.Context) -> None:
    r = requests.get(f"{ctx.endpoint}/v1/cluster", params={"what": "cluster_config"}, timeout=30)
    r.raise_for_status()
    _STATE["knob"] = r.json()[KNOB_SECTION][KNOB_NAME]
    smap = requests.get(f"{ctx.endpoint}/v1/daemon", params={"what": "smap"}, timeout=30).json()
    _STATE["nodes"] = sorted(smap["pmap"]) + sorted(smap["tmap"])


def _cleanup(ctx: ac.Context) -> list[str]:
    """The knob must still have its value (every set-config sent it unchanged, transiently)."""
    r = requests.get(f"{ctx.endpoint}/v1/cluster", params={"what": "cluster_config"}, timeout=30)
    if r.status_code != 200:
        return [f"cluster_config: {r.status_code}"]
    now = r.json()[KNOB_SECTION][KNOB_NAME]
    return [] if now == _STATE["knob"] else [f"{KNOB_SECTION}.{KNOB_NAME} changed: {_STATE['knob']} -> {now}"]


def _noop_config() -> dict[str, Any]:
    return {KNOB_SECTION: {KNOB_NAME: _STATE["knob"]}}


def _set_config(case: Any, valid: bool) -> None:
    case.body = {**case.body, "value": _noop_config() if valid else ac.INVALID_CONFIG}
    case.query = {**(case.query or {}), "transient": True}


def _prepare(case: Any, stateful: bool) -> None:
    oid = ac.op_id(case.operation)
    action = case.body.get("action") if isinstance(case.body, dict) else None
    if oid in ("daemon_action", "cluster_action", "node_action") and action == "set-config":
        _set_config(case, bool(ac._pick(sorted((case.query or {}).items()), [True, False], "set-config")))
    if oid in ("get_node_info", "node_action"):
        headers = dict(case.headers or {})
        key = next((k for k in headers if k.lower() == "ais-node-id"), "Ais-Node-Id")
        headers[key] = ac._pick(headers.get(key), [*_STATE["nodes"], ac.MISSING_NODE], "node")
        case.headers = headers
    if oid in ("attach_remote_cluster", "detach_remote_cluster"):
        # Never changes the config here: an alias of the run, attach to a non-http URL (400), detach of an
        # alias never attached (400/404). The real attach/detach: test_contract_cluster_admin.py.
        headers = dict(case.headers or {})
        for k in [k for k in headers if k.lower() in ("ais-remote-ais-alias", "ais-remote-ais-url")]:
            del headers[k]
        headers["Ais-Remote-Ais-Alias"] = ac.RUN_PREFIX + "remais"
        if oid == "attach_remote_cluster":
            headers["Ais-Remote-Ais-Url"] = "ftp://aisct-not-http.invalid"
        case.headers = headers
    elif oid == "remove_node_self":
        params = dict(case.path_parameters or {})
        params["daemon-id"] = ac._pick(params.get("daemon-id"), [*_STATE["nodes"], ac.MISSING_NODE], "node")
        case.path_parameters = params


def _after_call(case: Any, response: Any) -> None:
    """Tally "<operation>:<action or what> <status>" (printed with the suite's summary)."""
    oid = ac.op_id(case.operation)
    body = case.body if isinstance(case.body, dict) else {}
    form = body.get("action") or (case.query or {}).get("what")
    with ac.CTX.lock:
        ac.CTX.forms[f"{oid}:{form} {response.status_code}"] += 1


RULES = ac.Rules(
    # health, get_cluster_map, query_cluster: core rules; claimed here only for the tally of `_after_call`.
    read_only_ops=frozenset({"get_node_info", "health", "get_cluster_map", "query_cluster"}),
    destructive_ops=frozenset(
        {
            "daemon_action",
            "node_action",
            "remove_node_self",
            "cluster_action",
            "attach_remote_cluster",
            "detach_remote_cluster",
        }
    ),
    empty_200_actions=frozenset(
        {
            ("health", None),  # no body: plain liveness/readiness answers have no Content-Type
            *(
                ("node_action", a)
                for a in ("set-config", "reset-config", "rotate-logs", "reset-stats", "clear-lcache", "reload-creds")
            ),
            *(
                ("cluster_action", a)
                for a in (
                    "set-config",
                    "reset-config",
                    "rotate-logs",
                    "reset-stats",
                    "clear-lcache",
                    "reload-creds",
                    "bump-metasync",
                    "start-maintenance",
                    "stop-maintenance",
                    "decommission-node",
                    "shutdown-node",
                    "rm-unsafe",
                    "shutdown",
                    "decommission",
                )
            ),
        }
    ),
    prepare=_prepare,
    after_call=_after_call,
    setup=_setup,
    cleanup=_cleanup,
)
