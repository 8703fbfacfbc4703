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
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import msgpack
import requests
import schemathesis
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.core import NotSet
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
EMPTY_200_ACTIONS = {
    ("bucket_action", "create-bck"),
    ("cluster_action", "stop"),
    ("object_action", "mpt-complete"),
    ("object_action", "rename-obj"),
    ("object_action", "check-lock"),
    ("objects_action", "promote"),  # a synchronous promote (a few files) answers no job id
}


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


def response_schema_conformance_ais(ctx: Any, response: Any, case: Any) -> bool | None:
    """`response_schema_conformance`, except for the empty 200 of `EMPTY_200_ACTIONS` (no body to check;
    without a Content-Type schemathesis would parse it as the first documented media type, e.g. JSON)."""
    if _empty_200_allowed(case, response):
        return None
    return response_schema_conformance(ctx, response, case)


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance_ais,
    response_headers_conformance,
    response_schema_conformance_ais,
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
STATEFUL_EXAMPLES = _env_int("AIS_CONTRACT_STATEFUL_EXAMPLES", 150)
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
        "query_cluster",
    }
)
DESTRUCTIVE_OPS = frozenset(
    {
        "bucket_action",
        "delete_bucket",
        "put_object",
        "delete_object",
        "cluster_action",
        "object_action",
        "objects_action",
        "set_object_custom",
    }
)
# (ALL_OPS, and the rule modules' operations added to these sets, at the end of this module.)
# Redirected by the proxy to the owning target (checked twice: the 301/307, then the target's answer).
OBJECT_OPS = frozenset(
    {"head_object", "get_object", "put_object", "delete_object", "object_action", "set_object_custom"}
)

# AIS v1.5.0 promotes only from this tree (apc.PromoteRoot). Destructive runs create their own
# directory in it (PROMOTE_DIR, with PROMOTE_FILES) and every promote `src` is mapped into it.
PROMOTE_ROOT = Path("/var/lib/ais/promote")
PROMOTE_DIR = PROMOTE_ROOT / (RUN_PREFIX + "promote")
PROMOTE_FILES = {"f-0.txt": b"promote me 0\n", "f-1.txt": b"promote me 1\n", "sub/f-2.txt": b"nested\n"}
# An append handle names a target *and a file path on it* that a flush renames into the object: the
# suite only ever sends handles the cluster gave it in this run (anything else becomes this one, a 400).
INVALID_APPEND_HANDLE = "not-an-append-handle"

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
    append_handles: set[str] = field(default_factory=set)  # Ais-Append-Handle values the cluster answered
    upload_ids: set[str] = field(default_factory=set)  # mpt-upload answers
    # (bucket, object) -> the upload id / append handle the cluster answered and that is still open
    open_uploads: dict[tuple[str, str], str] = field(default_factory=dict)
    open_appends: dict[tuple[str, str], str] = field(default_factory=dict)
    uploaded_parts: set[tuple[str, str]] = field(default_factory=set)  # open uploads with part 1 stored
    made_by: dict[tuple[str, str], str] = field(default_factory=dict)  # (bucket, unquoted object) -> form
    unread: list[tuple[str, str]] = field(default_factory=list)  # completed/flushed, as sent, not yet read
    target_ids: list[str] = field(default_factory=list)  # from the cluster map: promote `tid`
    forms: Counter[str] = field(default_factory=Counter)  # "<form> <status>" of object writes/actions
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


def _body_bytes(case: Any) -> bytes:
    """The bytes a PUT sends: none when the (optional) body was not generated."""
    if case.body is None or isinstance(case.body, NotSet):
        return b""
    return bytes(serialize_binary(case.body))


def _is_flush(case: Any) -> bool:
    return str((case.query or {}).get("append_type")) == "flush"


def _bad_checksum(case: Any) -> bool:
    ctype, value = _header(case, "Ais-Checksum-Type"), _header(case, "Ais-Checksum-Value")
    if not ctype or value is None or ctype == "none":
        return False
    if _is_flush(case):
        return True  # a flush checks the whole appended object, whose checksum the suite does not track
    algo = _HASHLIB_CKSUMS.get(ctype)
    return algo is None or hashlib.new(algo, _body_bytes(case)).hexdigest() != value


def _fix_checksum(case: Any) -> None:
    """Send the body's true checksum (md5/sha256/sha512), else no checksum headers at all."""
    ctype = _header(case, "Ais-Checksum-Type")
    headers = {k: v for k, v in (case.headers or {}).items() if k.lower() != "ais-checksum-value"}
    algo = None if _is_flush(case) else _HASHLIB_CKSUMS.get(str(ctype))
    if algo:
        headers["Ais-Checksum-Value"] = hashlib.new(algo, _body_bytes(case)).hexdigest()
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


def _zip_archregx(case: Any) -> bool:
    q = case.query or {}
    name = str((case.path_parameters or {}).get("object", ""))
    return ("archregx" in q or "archmode" in q) and name.lower().endswith(".zip")


def _drop_archregx(case: Any) -> None:
    case.query = {k: v for k, v in (case.query or {}).items() if k not in ("archregx", "archmode")}


def _flush_of_pipe_name(case: Any) -> bool:
    name = unquote(str((case.path_parameters or {}).get("object", "")))
    return _is_flush(case) and "|" in name


def _plain_put(case: Any) -> None:
    case.query = {k: v for k, v in (case.query or {}).items() if k not in ("append_type", "append_handle")}


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
    # PUT /v1/objects/<b>/<o> with Ais-Checksum-Type/-Value that do not match the body (for a flush,
    # `append_type=flush`: the appended object): 500 ErrBadCksum ("BAD DATA CHECKSUM"), a
    # server-error status for a client's bad input.
    ("AIS-3", "put_object", _bad_checksum, _fix_checksum),
    # GET /v1/buckets/<b> {"action":"list","value":{"flags":"<more than 2^64-1>", ...<non-ASCII strings>}}:
    # 400 whose JSON `message` quotes a fixed byte window of the request body, cut in the middle of
    # a multi-byte UTF-8 character: the body is not valid UTF-8, hence not JSON.
    ("AIS-4", "list_objects", _lso_flags_overflow, _lso_flags_clamp),
    # GET /v1/objects/<b>/<x.zip>?archregx=<matching>&archmode=<mode> of a ZIP object: the target
    # panics (nil *tar.Header in archive/tar.(*Writer).WriteHeader via rcbCtx.Call, ais/tgtobj.go:2400,
    # from zipReader.ReadUntil, cmn/archive/read.go:287), drops the connection and leaks the object's
    # read lock: every later PUT/DELETE of that object hangs, check-lock answers 202 for good.
    ("AIS-5", "get_object", _zip_archregx, _drop_archregx),
    # PUT /v1/objects/<b>/a%7Cb?append_type=flush&append_handle=<h> (an object name with '|'): the append
    # handle is '|'-separated and carries the work file's name, so the target splits it wrongly and
    # panics ("assertion failed: unknown checksum type: b.OTz.6b16", cmn/cos/assert.go:33), dropping
    # the connection.
    ("AIS-10", "put_object", _flush_of_pipe_name, _plain_put),
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
    rule = RULES_BY_OP.get(op_id(case.operation))
    if rule is not None and rule.prepare is not None:
        rule.prepare(case, stateful)
    apply_known_issues(case)


_COPY_KEYS = ("prefix", "prepend", "dry_run", "force", "latest-ver", "synchronize", "non-recurs", "num-workers")


def _focus_stateful(case: Any) -> None:
    """Stateful steps address the run's live buckets: `ais` provider, global namespace, and a
    bucket that was not carried over by a link goes to the most recently created one. (Provider and
    namespace values are fuzzed by the per-operation tests; here the point is reaching real data.)"""
    oid = op_id(case.operation)
    if oid == "bucket_action" and _body_action(case) not in ("create-bck", "copy-bck"):
        # The chains build on created and copied buckets; the other bucket actions (moves, list-range
        # jobs, archives, ...) are fuzzed per operation, and here would mostly meet 404s.
        case.body = {"action": "create-bck"}
    q = dict(case.query or {})
    if oid != "query_cluster":
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
    if oid == "query_cluster" and CTX.xids:
        # The job of the latest copy-bck (the link carries its id only now and then): its status.
        case.body = {"id": CTX.xids[-1]}
        case.query = {**q, "what": "status"}
    if oid == "get_object":
        # None of the run's objects is an archive (400), nor in a remote bucket (blob: 400);
        # these are fuzzed per operation.
        for name in ("archpath", "archregx", "archmode"):
            q.pop(name, None)
        case.headers = {k: v for k, v in (case.headers or {}).items() if not k.lower().startswith("ais-blob-")}
    if oid == "object_action" and _body_action(case) == "mpt-complete" and not isinstance(case.body.get("value"), list):
        case.body = {**case.body, "value": [{"part-number": 1}]}  # a link merged its body into another action
    if oid == "object_action" and _body_action(case) == "rename-obj" and not case.body.get("name"):
        case.body = {**case.body, "name": "renamed/" + _safe_tail(case.body, "rename")}
    if oid == "objects_action" and _body_action(case) == "promote":
        # Toward the promote -> get link: a single file with a destination name.
        value = dict(case.body.get("value") or {})
        value["src"] = str(PROMOTE_DIR / _pick(value.get("src"), ["f-0.txt", "f-1.txt"], "stateful-src"))
        value["obj"] = "promoted/" + _safe_tail(value.get("obj"), "obj")
        value.pop("dls", None)
        case.body = {**case.body, "value": value}
        case.body.pop("name", None)
    params = case.path_parameters or {}
    bucket = str(params.get("bucket", ""))
    copying = oid == "bucket_action" and _body_action(case) == "copy-bck"
    if bucket and (oid != "bucket_action" or copying):
        with CTX.lock:
            live = [b for p, ns, b in CTX.created_order if p == "ais" and ns == "@#" and b != SEED_BUCKET]
        if live and bucket not in live:
            case.path_parameters = {**params, "bucket": live[-1]}
    _focus_stateful_object_state(case)


def _focus_stateful_object_state(case: Any) -> None:
    """Multipart and append state travels through links (`$response.body` of `mpt-upload`,
    `$response.header.Ais-Append-Handle`), which schemathesis resolves only now and then (as for
    the copy-bck job id): a step on an object with an open upload or append continues it."""
    oid = op_id(case.operation)
    q = dict(case.query or {})
    params = case.path_parameters or {}
    key = (str(params.get("bucket")), str(params.get("object")))
    with CTX.lock:
        # A FlushAppend / CompleteMultipart / UploadPart link may start from any earlier 200 (most
        # are plain writes): a flush, an object action, or a part-looking PUT goes to the latest
        # object with an open append / an uploaded part / an upload still without a part.
        wants_flush = q.get("append_type") == "flush" or (
            not q.get("append_type") and _pick(key, [False, True], "flush")  # or half the plain writes
        )
        if oid == "put_object" and wants_flush and key not in CTX.open_appends and CTX.open_appends:
            key = list(CTX.open_appends)[-1]
            q["append_type"] = "flush"
        if oid == "object_action" and key not in CTX.uploaded_parts:
            key = next((k for k in reversed(list(CTX.open_uploads)) if k in CTX.uploaded_parts), key)
        if oid == "put_object" and key not in CTX.open_uploads and ("uploadId" in q or "partNumber" in q):
            key = next((k for k in reversed(list(CTX.open_uploads)) if k not in CTX.uploaded_parts), key)
        if key != (str(params.get("bucket")), str(params.get("object"))):
            case.path_parameters = {**params, "bucket": key[0], "object": key[1]}
        open_upload = CTX.open_uploads.get(key)
        open_append = CTX.open_appends.get(key)
        has_part = key in CTX.uploaded_parts
    if oid == "get_object":
        # The GetObject link after a flush/complete competes with every other PUT 200 / action 200:
        # the first read after one goes to the object it made.
        with CTX.lock:
            # The read of each kind of write is a required form: read the kind read least so far
            # (its latest object), so that a frequent kind does not take every read.
            by = {k: CTX.made_by.get((k[0], unquote(k[1]))) for k in CTX.unread}
            kinds = sorted(set(by.values()), key=lambda kind: (CTX.forms[f"get-after-{kind} 200"], str(kind)))
            made = [k for k in CTX.unread if by[k] == kinds[0]][-1] if kinds else None
            if made:
                CTX.unread.remove(made)
        if made:
            case.path_parameters = {**params, "bucket": made[0], "object": made[1]}
            case.headers = {k: v for k, v in (case.headers or {}).items() if k.lower() != "range"}
            if CTX.made_by.get((made[0], unquote(made[1]))) == "archive":
                # archive -> get archpath: a member (an archived seed object) or, now and then, the whole archive
                member = _pick(q.get("archpath"), [*sorted(SEED_OBJECTS), None], "archpath")
                if member:
                    q["archpath"] = member
    if oid == "object_action" and open_upload and (has_part or _body_action(case) == "mpt-complete"):
        # An action on an object whose upload has its part: complete it (then the GetObject link).
        q["uploadId"] = open_upload
        case.body = {"action": "mpt-complete", "value": [{"part-number": 1}]}
    # A link's constants (`partNumber: 1`, `append_type: flush`) are not always applied either: a
    # write to such an object uploads part 1, or flushes (or appends more) with the open handle.
    if oid == "put_object" and open_upload:
        q["uploadId"] = open_upload
        q["partNumber"] = 1
    elif oid == "put_object" and open_append:
        q["append_type"] = q.get("append_type") or "flush"
        q["append_handle"] = open_append
    if oid == "put_object":
        # One form per step, and only the multipart/append state the cluster handed out (a link
        # carries it): a generated upload id or handle would only meet 404/400 here (they are
        # fuzzed per operation), and copies are left to the per-operation run too.
        q.pop("object_to", None)
        with CTX.lock:
            live_upload = q.get("uploadId") in CTX.upload_ids
            live_handle = q.get("append_handle") in CTX.append_handles
        if live_upload:
            for name in ("append_type", "append_handle"):
                q.pop(name, None)
            q.setdefault("partNumber", 1)
            if not _body_bytes(case):
                case.body = b"part bytes"  # a part must not be empty
        else:
            q.pop("uploadId", None)
            q.pop("partNumber", None)
            if not live_handle:
                q.pop("append_handle", None)
                if q.get("append_type") == "flush" or _pick(key, [False, False, True], "append"):
                    q["append_type"] = "append"  # start an append; the FlushAppend link finishes it
    case.query = q


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
    elif oid in ("put_object", "delete_object", "object_action", "objects_action", "set_object_custom"):
        params["bucket"] = _pick(generated, [SEED_BUCKET, SEED_BUCKET, SEED_BUCKET, confined_name(generated, "m-")])
    else:  # reads: mostly buckets that exist, sometimes a missing one (404 paths)
        existing = CTX.read_buckets or [confined_name(generated, "m-")]
        params["bucket"] = _pick(generated, [*existing, *existing, confined_name(generated, "m-")], "read")
    if "object" in params and oid in ("head_object", "get_object", "set_object_custom"):
        known = CTX.read_objects.get(params["bucket"], [])
        if known:
            params["object"] = _pick(params["object"], [*known, params["object"]], "obj")
    return params


def _safe_tail(value: Any, salt: str) -> str:
    """A harmless name fragment derived from a generated value."""
    tail = "".join(c for c in str(value or "") if c.isalnum() or c in "_-")[:40]
    return tail or hashlib.blake2s(f"{salt}:{value!r}".encode(), digest_size=4).hexdigest()


def _map_object_to(value: str) -> str:
    """`object_to` always names an in-cluster bucket of the run (seed or a missing one under the
    prefix), never a remote provider or namespace: a copy must not write outside the run's buckets."""
    rest = str(value).split("/", 2)[-1] if str(value).count("/") >= 2 else str(value)
    bucket, _, obj = rest.partition("/")
    target = (
        bucket
        if bucket.startswith(RUN_PREFIX)
        else _pick(bucket, [SEED_BUCKET, SEED_BUCKET, confined_name(bucket, "m-")], "to")
    )
    return uname(target) + (obj or "copy")


def _map_query(operation: Any, query: dict[str, Any]) -> dict[str, Any]:
    oid = op_id(operation)
    q = dict(query)
    if oid == "put_object":
        if "object_to" in q:
            q["object_to"] = _map_object_to(q["object_to"])
        if "append_handle" in q:
            with CTX.lock:
                known = q["append_handle"] in CTX.append_handles
            if not known:
                q["append_handle"] = INVALID_APPEND_HANDLE
    if oid in ("put_object", "object_action", "delete_object") and "uploadId" in q:
        # Upload ids are short `[A-Za-z0-9_-]` strings; AIS builds file paths from them, so send nothing else.
        safe = "".join(c for c in str(q["uploadId"]) if c.isascii() and (c.isalnum() or c in "_-"))[:32]
        q["uploadId"] = safe or "nosuchupload"
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


def _map_promote(body: dict[str, Any]) -> dict[str, Any]:
    """Every promote reads from the run's PROMOTE_DIR (a file, a subdirectory, the directory, or a
    missing path in it); `name`, when sent, repeats `src`; `tid` is a real target or a missing one."""
    ensure_promote_files()
    value = dict(body.get("value") or {})
    choice = _pick(value.get("src"), ["f-0.txt", "f-1.txt", "sub", "", "missing.txt"], "src")
    value["src"] = str(PROMOTE_DIR / choice) if choice else str(PROMOTE_DIR)
    if "tid" in value:
        value["tid"] = _pick(value["tid"], [*CTX.target_ids, str(value["tid"])], "tid")
    body = {**body, "value": value}
    if "name" in body:
        body["name"] = value["src"]
    return body


def _map_body(operation: Any, body: Any) -> Any:
    oid = op_id(operation)
    if oid == "objects_action" and isinstance(body, dict) and body.get("action") == "promote":
        return _map_promote(body)
    if oid != "cluster_action" or not isinstance(body, dict):
        return body
    body = dict(body)
    if body.get("action") not in ("start", "stop"):
        return _map_cluster_admin_body(body)
    value = dict(body.get("value") or {})
    kind = _pick(json.dumps(value, sort_keys=True, default=str), SAFE_XACTION_KINDS, "kind")
    value["Kind"] = kind
    value["Bck"] = {"name": SEED_BUCKET, "provider": "ais"}
    value.pop("Buckets", None)
    if body.get("action") == "stop" and not value.get("ID"):
        value["ID"] = "nonexistent-xaction"  # never "stop every job of this kind"
    body["value"] = value
    return body


# cluster_action membership actions: always about a node that does not exist (404 errNodeNotFound);
# whole-cluster shutdown/decommission become their per-node form about such a node. The real ones run
# only in test_contract_cluster_admin.py, against a throwaway cluster of its own.
MISSING_NODE = "aisct-no-such-node"
_NODE_ACTIONS = ("start-maintenance", "stop-maintenance", "decommission-node", "shutdown-node", "rm-unsafe")
_CLUSTER_STOP_ACTIONS = {"shutdown": "shutdown-node", "decommission": "decommission-node"}
# set-config is safe by default: an invalid duration (400). rules_cluster.py turns some cases into a
# transient no-op (a knob set to its current value).
INVALID_CONFIG = {"lru": {"dont_evict_time": "not-a-duration"}}


def _map_cluster_admin_body(body: dict[str, Any]) -> dict[str, Any]:
    action = str(body.get("action"))
    if action in _CLUSTER_STOP_ACTIONS:
        return {"action": _CLUSTER_STOP_ACTIONS[action], "value": {"sid": MISSING_NODE}}
    if action in _NODE_ACTIONS:
        value = {k: v for k, v in dict(body.get("value") or {}).items() if k != "sids"}
        value["sid"] = MISSING_NODE + "-" + _safe_tail(value.get("sid"), "sid")[:16]
        return {**body, "value": value}
    if action == "set-config":
        return {**body, "value": INVALID_CONFIG}
    return body


def _form(oid: str, case: Any) -> str | None:
    q = case.query or {}
    if oid == "put_object":
        if q.get("object_to"):
            return "copy"
        if q.get("uploadId"):
            return "mpt-part"
        if q.get("append_type"):
            return str(q["append_type"])
        return None
    if oid in ("object_action", "objects_action"):
        return _body_action(case)
    if oid == "delete_object" and isinstance(case.body, dict):
        return _body_action(case)
    if oid == "set_object_custom":
        return "set-custom"
    return None


def _after_call(context: Any, case: Any, response: Any) -> None:
    oid = op_id(case.operation)
    rule = RULES_BY_OP.get(oid)
    if rule is not None and rule.after_call is not None:
        rule.after_call(case, response)
    # an archive is there to read once its job wrote it (outside the lock: this waits)
    archive_done = False
    if oid == "archive_objects" and response.status_code == 200 and isinstance(case.body, dict):
        value = case.body.get("value") or {}
        tobck, archname = (value.get("tobck") or {}).get("name"), value.get("archname")
        archive_done = bool(tobck and archname) and _written(str(tobck), str(archname))
    with CTX.lock:
        CTX.calls[oid] += 1
        form = _form(oid, case)
        if form and response.status_code not in (301, 307):
            CTX.forms[f"{form} {response.status_code}"] += 1
        values = {k.lower(): v for k, v in response.headers.items()}.get("ais-append-handle")
        handle = (values[0] if isinstance(values, list) else values) if values else None
        if oid == "put_object" and handle:
            CTX.append_handles.add(handle)
        key = (str((case.path_parameters or {}).get("bucket")), str((case.path_parameters or {}).get("object")))
        if form == "mpt-upload" and response.status_code == 200 and response.text:
            CTX.upload_ids.add(response.text)
            CTX.open_uploads[key] = response.text
        if form == "mpt-part" and response.status_code == 200:
            CTX.uploaded_parts.add(key)
        if form == "mpt-complete" and response.status_code not in (301, 307):
            CTX.open_uploads.pop(key, None)  # completed, or stale (e.g. its bucket is gone)
            CTX.uploaded_parts.discard(key)
        if form in ("mpt-complete", "flush") and response.status_code == 200:
            CTX.made_by[(key[0], unquote(key[1]))] = form
            CTX.unread.append(key)
        if oid == "archive_objects" and response.status_code == 200 and isinstance(case.body, dict):
            value = case.body.get("value") or {}
            arch = ((value.get("tobck") or {}).get("name"), value.get("archname"))
            if all(arch) and archive_done:
                CTX.made_by[(str(arch[0]), str(arch[1]))] = "archive"
                CTX.unread.append((str(arch[0]), str(arch[1])))
        if form == "promote" and response.status_code == 200 and isinstance(case.body, dict):
            value = case.body.get("value") or {}
            obj, src = value.get("obj"), str(value.get("src") or "")
            if obj:
                CTX.made_by[(key[0], str(obj))] = form
            if obj and src.startswith(str(PROMOTE_DIR) + "/") and src[len(str(PROMOTE_DIR)) + 1 :] in PROMOTE_FILES:
                # One file promoted under that name (synchronously: it is there now); a directory
                # promoted under a prefix names no single object.
                CTX.unread.append((key[0], str(obj)))
        if oid == "get_object" and response.status_code not in (301, 307):
            made = CTX.made_by.get((key[0], unquote(key[1])))
            if made:
                CTX.forms[f"get-after-{made} {response.status_code}"] += 1
        if form == "append" and handle:
            CTX.open_appends[key] = handle
        if form == "flush" and response.status_code not in (301, 307):
            CTX.open_appends.pop(key, None)
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
            gone = key[2]
            for state in (CTX.open_uploads, CTX.open_appends):
                for k in [k for k in state if k[0] == gone]:
                    del state[k]
            CTX.uploaded_parts = {k for k in CTX.uploaded_parts if k[0] != gone}
            CTX.unread[:] = [k for k in CTX.unread if k[0] != gone]


# --------------------------------------------------------------------------- cluster helpers (plain HTTP)


def _written(bucket: str, obj: str, timeout: float = 10.0) -> bool:
    """Wait (briefly) for an object a job writes to appear (an archive job: the proxy keeps no
    status of it, `what=status` is a 404)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        r = requests.head(f"{CTX.endpoint}/v1/objects/{bucket}/{quote(obj)}", allow_redirects=True, timeout=10)
        if r.status_code == 200:
            return True
        time.sleep(0.1)
    return False


def http_session() -> requests.Session:
    """A session that follows the proxy's 301/307 to the targets (other ports, same host)."""
    return requests.Session()


def call_operation(
    operation: Any, endpoint: str, *, follow: bool = False, session: requests.Session | None = None, **case: Any
) -> Any:
    """Send one explicit case of `operation` (schemathesis `Case` arguments) and check the answer
    against the spec. With `follow`, a proxy's 301/307 (checked too) is sent again through a
    session that follows it to the target, whose answer is checked and returned: a redirect has
    no effect of its own, so the operation still runs once."""
    c = operation.Case(**case)
    response = c.call(base_url=endpoint, allow_redirects=False, timeout=60)
    c.validate_response(response, checks=CHECKS)
    if follow and response.status_code in (301, 307):
        own = session is None
        s = session or http_session()
        try:
            response = c.call(base_url=endpoint, session=s, allow_redirects=True, timeout=60)
        finally:
            if own:
                s.close()
        c.validate_response(response, checks=CHECKS)
    return response


def create_bucket(endpoint: str, bucket: str) -> None:
    r = requests.post(f"{endpoint}/v1/buckets/{bucket}", json={"action": "create-bck"}, timeout=30)
    if r.status_code != 200:
        raise RuntimeError(f"create {bucket}: {r.status_code} {r.text}")
    CTX.created.add(("ais", "@#", bucket))


def put_object(endpoint: str, bucket: str, name: str, data: bytes) -> None:
    r = requests.put(f"{endpoint}/v1/objects/{bucket}/{quote(name)}", data=data, timeout=30)
    if r.status_code != 200:
        raise RuntimeError(f"put {bucket}/{name}: {r.status_code} {r.text}")


def target_ids(endpoint: str) -> list[str]:
    r = requests.get(f"{endpoint}/v1/daemon", params={"what": "smap"}, timeout=30)
    r.raise_for_status()
    return sorted(r.json()["tmap"])


def ensure_promote_files() -> None:
    """(Re)create the run's promote sources (a `dls` promote deletes them). Only under PROMOTE_DIR."""
    for rel, data in PROMOTE_FILES.items():
        path = PROMOTE_DIR / rel
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)


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


# --------------------------------------------------------------------------- per-resource rules
# The operations of each part of the spec (spec/src/<part>.yaml) beyond the core ones above are
# confined by a module of their own, tests/contract/rules_<part>.py, defining `RULES = Rules(...)`.


@dataclass(frozen=True)
class Rules:
    """What the suite needs to know to send one resource's generated requests safely."""

    read_only_ops: frozenset[str] = frozenset()  # also run against an AIS_ENDPOINT cluster
    destructive_ops: frozenset[str] = frozenset()  # only in destructive runs
    object_ops: frozenset[str] = frozenset()  # redirected to a target: the target's answer is checked too
    empty_200_actions: frozenset[tuple[str, str]] = frozenset()  # see EMPTY_200_ACTIONS
    known_issues: tuple[KnownIssue, ...] = ()  # see KNOWN_SERVER_ISSUES
    # Per-operation cap on generated cases (below EXAMPLES) for slow or heavy operations.
    examples: dict[str, int] = field(default_factory=dict)
    # Confine a generated case of one of these operations before it is sent: (case, stateful).
    prepare: Callable[[Any, bool], None] | None = None
    after_call: Callable[[Any, Any], None] | None = None  # (case, response), every phase
    setup: Callable[[Context], None] | None = None  # once per test module, before any request
    cleanup: Callable[[Context], list[str]] | None = None  # at the end; returns what it failed to undo
    stateful_ops: tuple[str, ...] = ()  # operations the stateful run may step through
    must_reach: tuple[tuple[str, ...], ...] = ()  # "<operation> <status>" alternatives the stateful run must hit

    @property
    def ops(self) -> frozenset[str]:
        return self.read_only_ops | self.destructive_ops


def _load_rules() -> list[Rules]:
    import importlib

    found = []
    for path in sorted(Path(__file__).parent.glob("rules_*.py")):
        module = importlib.import_module(path.stem)
        found.append(module.RULES)
    return found


RULES: list[Rules] = _load_rules()
RULES_BY_OP: dict[str, Rules] = {op: r for r in RULES for op in r.ops}
READ_ONLY_OPS = READ_ONLY_OPS.union(*(r.read_only_ops for r in RULES))
DESTRUCTIVE_OPS = DESTRUCTIVE_OPS.union(*(r.destructive_ops for r in RULES))
ALL_OPS = READ_ONLY_OPS | DESTRUCTIVE_OPS
OBJECT_OPS = OBJECT_OPS.union(*(r.object_ops for r in RULES))
EMPTY_200_ACTIONS.update(*(r.empty_200_actions for r in RULES))
KNOWN_SERVER_ISSUES.extend(issue for r in RULES for issue in r.known_issues)


def take_example(oid: str) -> bool:
    """False once an operation has used its `Rules.examples` budget (its further cases are not sent)."""
    rule = RULES_BY_OP.get(oid)
    limit = rule.examples.get(oid) if rule is not None else None
    with CTX.lock:
        return limit is None or CTX.cases[oid] < limit
