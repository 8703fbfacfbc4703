"""Shared machinery of the schemathesis contract suite (tests/contract).

The suite runs spec/aistore.yaml against a live AIS cluster. Two modes:

* **read-only** (default when `AIS_ENDPOINT` names an existing cluster): only GET/HEAD
  operations, bucket-scoped requests pinned to provider `ais` and the local namespace (a HEAD or
  GET of a *remote* bucket may add it to the cluster's metadata or cache objects).
* **destructive** (`AIS_CONTRACT_DESTRUCTIVE=1`, `make contract ... ARGS=--destructive`, and always
  against the cluster the test session starts itself): every operation, plus the stateful run.
  Everything it creates is named under a per-run prefix (`RUN_PREFIX`) and destroyed at the end;
  writes and deletes only ever address such buckets.

Environment knobs: `AIS_CONTRACT_DESTRUCTIVE`, `AIS_CONTRACT_EXAMPLES` (fuzzing examples per
operation), `AIS_CONTRACT_STATEFUL_EXAMPLES`, `AIS_CONTRACT_SEED`.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import msgpack
import requests
import schemathesis
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.transport.serialization import serialize_binary

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "aistore.yaml"

# Actions whose 200 has an empty body *without* a Content-Type, while the same operation's other
# action answers text/plain: OpenAPI 3.0 cannot tie a response's content to a request's `action`, so
# the spec declares `text/plain` and says "empty body" for these in the 200 description. Only this
# exact shape (status 200, zero-length body, no Content-Type, this action) skips the content-type check.
EMPTY_200_ACTIONS = {("bucket_action", "create-bck"), ("xaction_action", "stop")}


def _empty_200_allowed(case: Any, response: Any) -> bool:
    body = case.body if isinstance(case.body, dict) else {}
    return (
        (op_id(case.operation), body.get("action")) in EMPTY_200_ACTIONS
        and response.status_code == 200
        and not response.content
        and "content-type" not in {k.lower() for k in response.headers}
    )


def content_type_conformance_ais(ctx: Any, response: Any, case: Any) -> bool | None:
    """`content_type_conformance`, except for the empty 200 of `EMPTY_200_ACTIONS`."""
    if _empty_200_allowed(case, response):
        return None
    return content_type_conformance(ctx, response, case)


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance_ais,
    response_headers_conformance,
    response_schema_conformance,
]


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def destructive_enabled() -> bool:
    """Destructive when asked, or when the session starts its own cluster (no AIS_ENDPOINT)."""
    flag = os.environ.get("AIS_CONTRACT_DESTRUCTIVE", "").strip().lower()
    if flag:
        return flag in ("1", "true", "yes", "on")
    return not os.environ.get("AIS_ENDPOINT")


DESTRUCTIVE = destructive_enabled()
EXAMPLES = _env_int("AIS_CONTRACT_EXAMPLES", 100)
STATEFUL_EXAMPLES = _env_int("AIS_CONTRACT_STATEFUL_EXAMPLES", 80)
SEED = _env_int("AIS_CONTRACT_SEED", 20261124)

# Every bucket the suite creates starts with this; unique per run so that a cleanup can never touch
# a bucket of anyone else (nor of a concurrent run).
RUN_PREFIX = f"aisct-{uuid.uuid4().hex[:8]}-"
SEED_BUCKET = RUN_PREFIX + "seed"
# Names with '/', which schemathesis never generates: generated deletes cannot hit them.
SEED_OBJECTS = {f"seed/obj-{i}": (f"seed object {i}\n" * (i + 1)).encode() for i in range(4)}
SEED_OBJECTS["seed/empty"] = b""

READ_ONLY_OPS = frozenset(
    {
        "health",
        "get_cluster_map",
        "list_buckets",
        "head_bucket",
        "list_objects",
        "head_object",
        "get_object",
        "query_xactions",
    }
)
DESTRUCTIVE_OPS = frozenset({"bucket_action", "delete_bucket", "put_object", "delete_object", "xaction_action"})
ALL_OPS = READ_ONLY_OPS | DESTRUCTIVE_OPS
OBJECT_OPS = frozenset({"head_object", "get_object", "put_object", "delete_object"})

# `start`-able kinds that are cheap and harmless on a test cluster. Never `rebalance` or `resilver`
# (they move data and abort other jobs) nor kinds that need a cloud backend.
SAFE_XACTION_KINDS = ("cleanup-store", "lru", "load-lom-cache")


def op_id(operation: Any) -> str:
    return str(operation.definition.raw.get("operationId"))


def _pick(value: Any, options: tuple[Any, ...] | list[Any], salt: str = "") -> Any:
    """Deterministic choice driven by a generated value (so Hypothesis can shrink and replay)."""
    digest = hashlib.blake2s(f"{salt}:{value!r}".encode(), digest_size=4).digest()
    return options[int.from_bytes(digest, "big") % len(options)]


def confined_name(generated: str, tag: str) -> str:
    """A valid bucket name under RUN_PREFIX derived from a generated one."""
    tail = "".join(c for c in str(generated) if c.isalnum() or c in "_-.").replace("..", "_")
    return (RUN_PREFIX + tag + tail)[:64]


def uname(bucket: str, provider: str = "ais", namespace: str = "@#") -> str:
    return f"{provider}/{namespace}/{bucket}/"


@dataclass
class Context:
    """What the hooks need to know about the run; filled by the session fixture."""

    endpoint: str = ""
    destructive: bool = DESTRUCTIVE
    read_buckets: list[str] = field(default_factory=list)  # existing buckets reads are pointed at
    read_objects: dict[str, list[str]] = field(default_factory=dict)  # bucket -> known object names
    calls: Counter[str] = field(default_factory=Counter)  # requests sent per operation (all phases)
    created: set[tuple[str, str, str]] = field(default_factory=set)  # (provider, namespace, bucket)
    created_order: list[tuple[str, str, str]] = field(default_factory=list)
    excluded: Counter[str] = field(default_factory=Counter)  # KNOWN_SERVER_ISSUES cases not sent
    serial: int = 0
    xids: list[str] = field(default_factory=list)  # copy-bck jobs started, in order
    cases: Counter[str] = field(default_factory=Counter)  # generated cases (examples) per operation, stateless
    stateful_cases: Counter[str] = field(default_factory=Counter)  # stateful steps per operation
    stateful_scenarios: int = 0
    stateful_steps: Counter[str] = field(default_factory=Counter)  # "<operation> <status>" of stateful steps
    lock: threading.Lock = field(default_factory=threading.Lock)


CTX = Context()


# --------------------------------------------------------------------------- known server issues
# Each entry: (id, operation id, predicate over the generated case). Documented in README.md
# (KNOWN_SERVER_ISSUES) with the request that shows it; only those exact cases are filtered out.
KnownIssue = tuple[str, str, Callable[[Any], bool], Callable[[Any], None]]


def _truthy(value: Any) -> bool:
    return str(value).lower() in ("true", "1")


def _ais_bucket(case: Any) -> bool:
    return str((case.query or {}).get("provider") or "ais") == "ais"


def _drop_query(name: str) -> Callable[[Any], None]:
    def rewrite(case: Any) -> None:
        case.query = {k: v for k, v in (case.query or {}).items() if k != name}

    return rewrite


def _set_query(name: str, value: Any) -> Callable[[Any], None]:
    def rewrite(case: Any) -> None:
        case.query = {**(case.query or {}), name: value}

    return rewrite


def _body_action(case: Any) -> str | None:
    return case.body.get("action") if isinstance(case.body, dict) else None


_HASHLIB_CKSUMS = {"md5": "md5", "sha256": "sha256", "sha512": "sha512"}


def _header(case: Any, name: str) -> str | None:
    for k, v in (case.headers or {}).items():
        if k.lower() == name.lower():
            return str(v)
    return None


def _bad_checksum(case: Any) -> bool:
    ctype, value = _header(case, "Ais-Checksum-Type"), _header(case, "Ais-Checksum-Value")
    if not ctype or value is None or ctype == "none":
        return False
    algo = _HASHLIB_CKSUMS.get(ctype)
    body = serialize_binary(case.body) if case.body is not None else b""
    return algo is None or hashlib.new(algo, body).hexdigest() != value


def _fix_checksum(case: Any) -> None:
    """Send the body's true checksum (md5/sha256/sha512), else no checksum headers at all."""
    ctype = _header(case, "Ais-Checksum-Type")
    headers = {k: v for k, v in (case.headers or {}).items() if k.lower() != "ais-checksum-value"}
    algo = _HASHLIB_CKSUMS.get(str(ctype))
    if algo:
        body = serialize_binary(case.body) if case.body is not None else b""
        headers["Ais-Checksum-Value"] = hashlib.new(algo, body).hexdigest()
    else:
        headers = {k: v for k, v in headers.items() if k.lower() != "ais-checksum-type"}
    case.headers = headers


def _lso_value(case: Any) -> dict[str, Any]:
    body = case.body if isinstance(case.body, dict) else {}
    value = body.get("value")
    return value if isinstance(value, dict) else {}


def _lso_flags_overflow(case: Any) -> bool:
    flags = _lso_value(case).get("flags")
    return isinstance(flags, str) and flags.isdigit() and int(flags) >= 2**64


def _lso_flags_clamp(case: Any) -> None:
    value = _lso_value(case)
    case.body = {**case.body, "value": {**value, "flags": str(int(value["flags"]) % 2**64)}}


KNOWN_SERVER_ISSUES: list[KnownIssue] = [
    # HEAD /v1/objects/<ais bucket>/<obj>?latest-ver=true: the target panics (nil pointer in
    # target.Backend via HeadCold, ais/target.go:144) and drops the connection without a response.
    (
        "AIS-1",
        "head_object",
        lambda c: _truthy((c.query or {}).get("latest-ver")) and _ais_bucket(c),
        _drop_query("latest-ver"),
    ),
    # POST /v1/buckets/<b>?provider=<cloud> {"action":"create-bck"} on a cluster without that backend:
    # 501 ErrRemoteBckNotFound, a server-error status for a client error.
    (
        "AIS-2",
        "bucket_action",
        lambda c: _body_action(c) == "create-bck" and not _ais_bucket(c),
        _set_query("provider", "ais"),
    ),
    # PUT /v1/objects/<b>/<o> with Ais-Checksum-Type/-Value that do not match the body:
    # 500 ErrBadCksum ("BAD DATA CHECKSUM"), a server-error status for a client's bad input.
    ("AIS-3", "put_object", _bad_checksum, _fix_checksum),
    # GET /v1/buckets/<b> {"action":"list","value":{"flags":"<more than 2^64-1>", ...<non-ASCII strings>}}:
    # 400 whose JSON `message` quotes a fixed byte window of the request body, cut in the middle of
    # a multi-byte UTF-8 character: the body is not valid UTF-8, hence not JSON.
    ("AIS-4", "list_objects", _lso_flags_overflow, _lso_flags_clamp),
]


def apply_known_issues(case: Any) -> None:
    """Rewrite the exact cases of KNOWN_SERVER_ISSUES so that they are not sent; count them."""
    oid = op_id(case.operation)
    for issue_id, issue_op, predicate, rewrite in KNOWN_SERVER_ISSUES:
        if issue_op == oid and predicate(case):
            rewrite(case)
            with CTX.lock:
                CTX.excluded[issue_id] += 1


# --------------------------------------------------------------------------- schema + hooks


def msgpack_deserializer(ctx: Any, response: Any) -> Any:
    return msgpack.unpackb(response.content)


def load_schema() -> Any:
    config = SchemathesisConfig.from_dict(
        {
            "seed": SEED,
            "generation": {
                "mode": "positive",
                "max-examples": EXAMPLES,
                "database": "none",
                "allow-x00": False,
            },
            "phases": {"stateful": {"max-steps": 12}},
        }
    )
    schema = schemathesis.openapi.from_path(str(SPEC), config=config)
    schemathesis.deserializer("application/msgpack")(msgpack_deserializer)
    schema.hook("after_call")(_after_call)
    return schema


def prepare(case: Any, *, stateful: bool = False) -> None:
    """Confine a generated case before it is sent (every phase, stateless and stateful alike).

    Buckets go under RUN_PREFIX (or to the seed bucket), `bck_to` likewise, xaction bodies to
    harmless kinds on the seed bucket, and KNOWN_SERVER_ISSUES cases are rewritten away.
    Values already under RUN_PREFIX (e.g. carried over by an OpenAPI link) are kept.
    """
    with CTX.lock:
        (CTX.stateful_cases if stateful else CTX.cases)[op_id(case.operation)] += 1
    if case.path_parameters:
        case.path_parameters = _map_path_parameters(case.operation, case.path_parameters)
    if case.query:
        case.query = _map_query(case.operation, case.query)
    case.body = _map_body(case.operation, case.body)
    if stateful:
        _focus_stateful(case)
    apply_known_issues(case)


_COPY_KEYS = ("prefix", "prepend", "dry_run", "force", "latest-ver", "synchronize", "non-recurs", "num-workers")


def _focus_stateful(case: Any) -> None:
    """Stateful steps address the run's live buckets: `ais` provider, global namespace, and a
    bucket that was not carried over by a link goes to the most recently created one. (Provider and
    namespace values are fuzzed by the per-operation tests; here the point is reaching real data.)"""
    oid = op_id(case.operation)
    q = dict(case.query or {})
    if oid != "query_xactions":
        q.pop("namespace", None)
        if "provider" in q:
            q["provider"] = "ais"
    if oid == "bucket_action" and "bck_to" in q:
        q["bck_to"] = uname(_split_uname(q["bck_to"])[2])
    case.query = q
    body = case.body
    if oid == "bucket_action" and isinstance(body, dict) and body.get("action") == "copy-bck":
        # A link merges {"action": "copy-bck", "value": {}} into a generated body, which may be a
        # create-bck one: keep only the keys a copy accepts, so that the chain really copies.
        value = body.get("value") if isinstance(body.get("value"), dict) else {}
        case.body = {**body, "value": {k: v for k, v in value.items() if k in _COPY_KEYS}}
    if oid == "query_xactions" and CTX.xids:
        # The job of the latest copy-bck (the link carries its id only now and then): its status.
        case.body = {"id": CTX.xids[-1]}
        case.query = {**q, "what": "status"}
    if oid == "get_object":
        q.pop("archpath", None)  # none of the run's objects is an archive (400); fuzzed per operation
    params = case.path_parameters or {}
    bucket = str(params.get("bucket", ""))
    copying = oid == "bucket_action" and _body_action(case) == "copy-bck"
    if bucket and (oid != "bucket_action" or copying):
        with CTX.lock:
            live = [b for p, ns, b in CTX.created_order if p == "ais" and ns == "@#" and b != SEED_BUCKET]
        if live and bucket not in live:
            case.path_parameters = {**params, "bucket": live[-1]}


def _map_path_parameters(operation: Any, path_parameters: dict[str, Any]) -> dict[str, Any]:
    oid = op_id(operation)
    params = dict(path_parameters)
    if "bucket" not in params or str(params["bucket"]).startswith(RUN_PREFIX):
        return params
    generated = params["bucket"]
    if oid == "bucket_action":
        # create: a fresh bucket under the prefix; copy: source is the seed bucket or a missing one.
        # A fresh name on every call: a replayed create must not meet its own earlier bucket (409),
        # or the stateful run's bundles would depend on history (Hypothesis flags that as flaky).
        with CTX.lock:
            CTX.serial += 1
            fresh = confined_name(generated, f"c{CTX.serial}-")
        params["bucket"] = _pick(generated, [fresh, fresh, SEED_BUCKET], "post")
    elif oid == "delete_bucket":
        # Only names under the prefix: a 404 here; real destroys come from the stateful run's links.
        params["bucket"] = confined_name(generated, "c-")
    elif oid in ("put_object", "delete_object"):
        params["bucket"] = _pick(generated, [SEED_BUCKET, SEED_BUCKET, SEED_BUCKET, confined_name(generated, "m-")])
    else:  # reads: mostly buckets that exist, sometimes a missing one (404 paths)
        existing = CTX.read_buckets or [confined_name(generated, "m-")]
        params["bucket"] = _pick(generated, [*existing, *existing, confined_name(generated, "m-")], "read")
    if "object" in params and oid in ("head_object", "get_object"):
        known = CTX.read_objects.get(params["bucket"], [])
        if known:
            params["object"] = _pick(params["object"], [*known, params["object"]], "obj")
    return params


def _map_query(operation: Any, query: dict[str, Any]) -> dict[str, Any]:
    oid = op_id(operation)
    q = dict(query)
    if oid == "bucket_action" and "bck_to" in q and not _split_uname(q["bck_to"])[2].startswith(RUN_PREFIX):
        provider, ns, name = _split_uname(q["bck_to"])
        q["bck_to"] = uname(confined_name(name, "cp-"), provider, ns)
    if not CTX.destructive and oid in ("head_bucket", "list_objects", "head_object", "get_object"):
        # Read-only: a remote bucket (cloud provider or remote AIS namespace) may be added to the
        # cluster's metadata, or its objects cached, by a HEAD/GET. Stay on in-cluster buckets.
        if "provider" in q:
            q["provider"] = "ais"
        if "namespace" in q:
            q["namespace"] = "@#" + str(q["namespace"]).split("#", 1)[-1]
        if oid == "head_bucket":
            q["dont_add_remote_bck_md"] = True
    return q


def _split_uname(value: str) -> tuple[str, str, str]:
    provider, rest = value.split("/", 1)
    ns, rest = rest.split("/", 1)
    return provider, ns, rest.rstrip("/")


def _map_body(operation: Any, body: Any) -> Any:
    oid = op_id(operation)
    if oid != "xaction_action" or not isinstance(body, dict):
        return body
    body = dict(body)
    value = dict(body.get("value") or {})
    kind = _pick(json.dumps(value, sort_keys=True, default=str), SAFE_XACTION_KINDS, "kind")
    value["Kind"] = kind
    value["Bck"] = {"name": SEED_BUCKET, "provider": "ais"}
    value.pop("Buckets", None)
    if body.get("action") == "stop" and not value.get("ID"):
        value["ID"] = "nonexistent-xaction"  # never "stop every job of this kind"
    body["value"] = value
    return body


def _after_call(context: Any, case: Any, response: Any) -> None:
    oid = op_id(case.operation)
    with CTX.lock:
        CTX.calls[oid] += 1
        if oid == "bucket_action" and response.status_code == 200:
            q = case.query or {}
            body = case.body if isinstance(case.body, dict) else {}
            if body.get("action") == "copy-bck" and q.get("bck_to"):
                key = _split_uname(q["bck_to"])
                CTX.xids.extend(x for x in response.text.split(",") if x)
            else:
                key = (str(q.get("provider") or "ais"), str(q.get("namespace") or "@#"), case.path_parameters["bucket"])
            CTX.created.add(key)
            CTX.created_order.append(key)
        if oid == "delete_bucket" and response.status_code == 200:
            q = case.query or {}
            key = (str(q.get("provider") or "ais"), str(q.get("namespace") or "@#"), case.path_parameters["bucket"])
            CTX.created_order[:] = [k for k in CTX.created_order if k != key]


# --------------------------------------------------------------------------- cluster helpers (plain HTTP)


def http_session() -> requests.Session:
    """A session that follows the proxy's 301/307 to the targets (other ports, same host)."""
    return requests.Session()


def create_bucket(endpoint: str, bucket: str) -> None:
    r = requests.post(f"{endpoint}/v1/buckets/{bucket}", json={"action": "create-bck"}, timeout=30)
    if r.status_code != 200:
        raise RuntimeError(f"create {bucket}: {r.status_code} {r.text}")
    CTX.created.add(("ais", "@#", bucket))


def put_object(endpoint: str, bucket: str, name: str, data: bytes) -> None:
    r = requests.put(f"{endpoint}/v1/objects/{bucket}/{quote(name)}", data=data, timeout=30)
    if r.status_code != 200:
        raise RuntimeError(f"put {bucket}/{name}: {r.status_code} {r.text}")


def list_bucket_names(endpoint: str, **query: str) -> list[str]:
    r = requests.get(f"{endpoint}/v1/buckets", params={"provider": "ais", **query}, timeout=30)
    r.raise_for_status()
    return [b["name"] for b in (r.json() or [])]


def list_object_names(endpoint: str, bucket: str, limit: int = 5) -> list[str]:
    r = requests.get(
        f"{endpoint}/v1/buckets/{bucket}",
        params={"provider": "ais"},
        json={"action": "list", "value": {"pagesize": limit}},
        timeout=30,
    )
    if r.status_code != 200:
        return []
    return [e["name"] for e in (r.json().get("entries") or [])][:limit]


def destroy_buckets(endpoint: str, buckets: Iterable[tuple[str, str, str]]) -> list[str]:
    """Destroy the given buckets; only ever called with names under RUN_PREFIX. Returns failures."""
    failures = []
    for provider, ns, name in sorted(set(buckets)):
        if not name.startswith(RUN_PREFIX):
            continue
        params = {"provider": provider}
        if ns and ns != "@#":
            params["namespace"] = ns
        r = requests.delete(f"{endpoint}/v1/buckets/{name}", params=params, json={"action": "destroy-bck"}, timeout=60)
        if r.status_code not in (200, 404):
            failures.append(f"{provider}/{ns}/{name}: {r.status_code} {r.text[:200]}")
    return failures


def sweep_prefix(endpoint: str) -> set[tuple[str, str, str]]:
    """Every ais bucket (any namespace) whose name starts with RUN_PREFIX."""
    r = requests.get(f"{endpoint}/v1/buckets", params={"provider": "ais"}, timeout=30)
    r.raise_for_status()
    found = set()
    for b in r.json() or []:
        if b["name"].startswith(RUN_PREFIX):
            ns = b.get("namespace") or {}
            found.add(("ais", f"@{ns.get('uuid', '')}#{ns.get('name', '')}", b["name"]))
    return found
