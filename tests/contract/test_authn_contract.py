"""Every operation of spec/authn.yaml, fuzzed by schemathesis (positive mode) against a live AuthN
server that this module builds (`cmd/authn` of the pinned aistore module) and starts on a free
loopback port with a throwaway config dir, with the five response checks on.

Requests carry the super-user's token. Confinement: every user, role and cluster a request creates,
changes or deletes is named under `PREFIX` (unique per run); the super-user, the built-in `Admin`
role and anything else not ours are never changed or deleted (such cases are rewritten to a
prefixed missing name, which answers 404). `set_config` never sets `auth.secret` (that would switch
signing to HS256 and invalidate the run's token; `test_secret_switches_to_hs256`, the last test, does
it once and logs in again) and the rest of the configuration is restored at the end.
Clusters are registered either without URLs (AuthN then calls nobody) or with the suite's AIS
cluster (`ais_endpoint`), which refuses the validation handshake (it has no AuthN signature
configured), so AuthN never stores it and never sends it revocations; `test_register_live_cluster`
checks that the AIS cluster is unchanged. Teardown deletes everything under `PREFIX` (including the
roles AuthN creates per registered cluster) and stops the server. Cases hitting a server bug listed
in KNOWN_SERVER_ISSUES are not sent (counted in the summary printed at teardown, visible with -s).

Knobs: `AIS_CONTRACT_EXAMPLES` (examples per operation, default 20), `AIS_CONTRACT_SEED`,
`AUTHN_CONTRACT_LOG` (a file to append every call and answer to).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "authn.yaml"
EXAMPLES = int(os.environ.get("AIS_CONTRACT_EXAMPLES", "").strip() or 20)
SEED = int(os.environ.get("AIS_CONTRACT_SEED", "").strip() or 20261124)
CALL_LOG = os.environ.get("AUTHN_CONTRACT_LOG", "").strip()  # a JSON-lines file of every call, for debugging

pytestmark = pytest.mark.cluster

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]

# Names are AuthN "nice" IDs: < 32 chars of [A-Za-z0-9_-], not starting/ending with '-' or '_'.
PREFIX = f"ct{uuid.uuid4().hex[:6]}-"
SEED_USER = PREFIX + "user"
SEED_PASS = "seed-" + uuid.uuid4().hex
SEED_ROLE = PREFIX + "role"
SEED_CLUSTER = PREFIX + "clu"
ADMIN = "admin"
BUILTIN_ROLES = ("Admin",)
RESTORE_CONFIG = {"auth": {"expiration_time": "24h"}, "log": {"level": "3"}}

MUTATING_OPS = frozenset(
    {
        "add_user",
        "update_user",
        "delete_user",
        "add_role",
        "update_role",
        "delete_role",
        "register_cluster",
        "update_cluster",
        "unregister_cluster",
        "revoke_token",
        "set_config",
        "rotate_key",
    }
)
READ_OPS = frozenset(
    {
        "list_users",
        "get_user",
        "login",
        "list_roles",
        "get_role",
        "list_clusters",
        "get_cluster",
        "get_config",
        "get_public_key",
        "get_openid_configuration",
        "get_jwks",
    }
)
ALL_OPS = MUTATING_OPS | READ_OPS
# Per-operation caps below EXAMPLES: each rotation generates an RSA key.
CAPS = {"rotate_key": 3}


@dataclass(frozen=True)
class KnownIssue:
    """A server bug: `matches(case)` names exactly the cases it affects; they are not sent."""

    id: str
    summary: str
    curl: str
    matches: Callable[[Any], bool]


def _go_utf8_len(value: str) -> int:
    """Bytes of a generated string once Go has decoded it from JSON (surrogate pairs joined, lone
    surrogates become U+FFFD)."""
    joined = value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return len(joined.encode("utf-8"))


def _is_nice(name: str) -> bool:
    """cos.IsAlphaNice: < 32 chars of [A-Za-z0-9_-], not starting or ending with '-' or '_'."""
    ok = all(c.isascii() and (c.isalnum() or c in "-_") for c in name)
    return ok and 0 < len(name) < 32 and name[0] not in "-_" and name[-1] not in "-_"


def _long_password(case: Any) -> bool:
    body = case.body if isinstance(case.body, dict) else {}
    pw = body.get("pass")
    if not isinstance(pw, str) or _go_utf8_len(pw) <= 72:
        return False
    if _op(case) == "update_user":  # hashed before the user is looked up
        return True
    # add_user hashes after checking that `id` and `pass` are set and `id` is nice
    return _op(case) == "add_user" and isinstance(body.get("id"), str) and _is_nice(body["id"])


KNOWN_SERVER_ISSUES: list[KnownIssue] = [
    KnownIssue(
        id="AIS-9",
        summary="add_user/update_user with a `pass` longer than 72 bytes: bcrypt refuses it, AuthN panics "
        "(cos.AssertNoErr in encryptPassword, mgr.go:775) and drops the connection without an answer",
        curl="curl -H 'Authorization: Bearer $ADMIN_TOKEN' -X PUT $AUTHN/v1/users/nobody "
        """-d '{"pass":"'$(printf 'a%.0s' $(seq 73))'"}'   # curl: (52) Empty reply from server""",
        matches=_long_password,
    ),
]


@dataclass
class AuthN:
    url: str
    token: str
    ais_endpoint: str
    admin_pass: str
    proc: subprocess.Popen[bytes]
    log: Path

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


STATS: Counter[str] = Counter()
CASES: Counter[str] = Counter()
EXCLUDED: Counter[str] = Counter()
_LOCK = threading.Lock()
_VICTIMS: Counter[str] = Counter()  # numbers the on-the-fly victims and fresh tokens


def _op(case: Any) -> str:
    return str(case.operation.definition.raw.get("operationId"))


def _pick(value: Any, options: tuple[Any, ...], salt: str = "") -> Any:
    """Deterministic choice driven by a generated value (so Hypothesis can shrink and replay)."""
    digest = hashlib.blake2s(f"{salt}:{value!r}".encode(), digest_size=4).digest()
    return options[int.from_bytes(digest, "big") % len(options)]


def confined(generated: Any, tag: str) -> str:
    """A name under PREFIX derived from a generated one. Empty stays empty (a 400); a generated name
    AuthN would refuse (not "nice") stays refused: '!' is appended, so it can never be created."""
    raw = "" if generated is None else str(generated)
    if raw == "":
        return ""
    if raw.startswith(PREFIX):
        return raw
    tail = "".join(c for c in raw if c.isascii() and (c.isalnum() or c in "-_"))
    name = (PREFIX + tag + tail)[:31].rstrip("-_")
    nice = len(raw) < 32 and tail == raw and raw[0] not in "-_" and raw[-1] not in "-_"
    return name if nice else name + "!"


def _safe_segment(value: Any) -> str:
    """A generated path segment that Go's ServeMux does not redirect ('.'/'..' are cleaned with 301)."""
    value = str(value)
    return value + "x" if value in (".", "..") else value


# --- the server --------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_ready(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"authn exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            if requests.get(url + "/v1/public-key", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    pytest.fail(f"authn not ready at {url} after {timeout}s:\n{log.read_text(errors='replace')[-3000:]}")


def _login(url: str, user: str, password: str, **extra: Any) -> str:
    r = requests.post(f"{url}/v1/users/{user}", json={"password": password, **extra}, timeout=10)
    assert r.status_code == 200, f"login {user}: {r.status_code} {r.text}"
    return str(r.json()["token"])


def _ok(r: requests.Response, what: str) -> None:
    assert r.status_code == 200, f"{what}: {r.status_code} {r.text}"


@pytest.fixture(scope="module")
def authn(ais_endpoint: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AuthN]:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from cluster import go_binary  # type: ignore[import-not-found]

        binary = go_binary("authn")
    except (Exception, SystemExit) as e:  # SystemExit when Go is missing: a loud failure, not a skip
        pytest.fail(f"cannot build authn: {e!r}", pytrace=False)
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    cfg = tmp_path_factory.mktemp("authn")
    (cfg / "log").mkdir()
    port = _free_port()
    conf = {
        "log": {"dir": str(cfg / "log"), "level": "3"},
        "net": {"http": {"port": port, "use_https": False, "server_crt": "", "server_key": ""}},
        "auth": {"expiration_time": "24h"},
        "timeout": {"default_timeout": "30s"},
    }
    (cfg / "authn.json").write_text(json.dumps(conf))
    admin_pass = "su-" + uuid.uuid4().hex
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIS_AUTHN_")}
    env.update(AIS_AUTHN_SU_PASS=admin_pass)
    log = cfg / "authn.out"
    with open(log, "wb") as out:
        proc = subprocess.Popen([str(binary), f"-config={cfg}"], stdout=out, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(url, proc, log)
        srv = AuthN(
            url=url,
            token=_login(url, ADMIN, admin_pass),
            ais_endpoint=ais_endpoint,
            admin_pass=admin_pass,
            proc=proc,
            log=log,
        )
        h = srv.headers
        _ok(requests.post(f"{url}/v1/roles", json={"name": SEED_ROLE, "desc": "seed"}, headers=h), "seed role")
        seed_user = {"id": SEED_USER, "pass": SEED_PASS, "roles": [{"name": SEED_ROLE}]}
        _ok(requests.post(f"{url}/v1/users", json=seed_user, headers=h), "seed user")
        _ok(requests.post(f"{url}/v1/clusters", json={"id": SEED_CLUSTER}, headers=h), "seed cluster")
        yield srv
        undone = _cleanup(srv)
        # The super-user and the built-in role are intact.
        assert _login(url, ADMIN, admin_pass)
        role = requests.get(f"{url}/v1/roles/Admin", timeout=10).json()
        assert role["admin"] is True and role["name"] == "Admin", role
        assert not undone, f"cleanup failed: {undone}"
        _report()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _cleanup(srv: AuthN) -> list[str]:
    h, url, undone = srv.headers, srv.url, []
    r = requests.put(f"{url}/v1/daemon", json=RESTORE_CONFIG, headers=h, timeout=10)
    if r.status_code != 200:
        undone.append(f"restore config: {r.status_code} {r.text}")
    clusters = requests.get(f"{url}/v1/clusters", timeout=10).json().get("clusters", {})
    # Only URL-less clusters were ever stored: AuthN never sent a revocation to the AIS cluster.
    undone += [f"cluster {cid} stored with urls {c['urls']}" for cid, c in clusters.items() if c.get("urls")]
    for cid in clusters:
        if PREFIX in cid:
            requests.delete(f"{url}/v1/clusters/{cid}", headers=h, timeout=10)
    for uid in requests.get(f"{url}/v1/users", headers=h, timeout=10).json():
        if PREFIX in uid:
            requests.delete(f"{url}/v1/users/{uid}", headers=h, timeout=10)
    for role in requests.get(f"{url}/v1/roles", timeout=10).json():
        if PREFIX in role["name"]:  # ours and the Guest-/BucketOwner-/ClusterOwner- roles of our clusters
            requests.delete(f"{url}/v1/roles/{role['name']}", headers=h, timeout=10)
    left = [
        *(c for c in requests.get(f"{url}/v1/clusters", timeout=10).json().get("clusters", {}) if PREFIX in c),
        *(u for u in requests.get(f"{url}/v1/users", headers=h, timeout=10).json() if PREFIX in u),
        *(r["name"] for r in requests.get(f"{url}/v1/roles", timeout=10).json() if PREFIX in r["name"]),
    ]
    return undone + [f"left over: {x}" for x in left]


def _report() -> None:
    lines = [f"authn contract: prefix={PREFIX} examples/op={EXAMPLES} seed={SEED}"]
    for oid in sorted(ALL_OPS):
        by_status = {k.split(" ", 1)[1]: v for k, v in STATS.items() if k.split(" ", 1)[0] == oid}
        lines.append(f"  {oid:<26} cases={CASES[oid]:>3} " + " ".join(f"{s}:{n}" for s, n in sorted(by_status.items())))
    for issue, n in sorted(EXCLUDED.items()):
        lines.append(f"  excluded (KNOWN_SERVER_ISSUES {issue}): {n}")
    print("\n".join(lines), file=sys.__stderr__)


# --- confinement -------------------------------------------------------------------------------


def _victim(srv: AuthN, kind: str, generated: Any) -> str:
    """Create a prefixed user/role/cluster for a generated delete to remove (so deletes reach 200)."""
    with _LOCK:
        _VICTIMS[kind] += 1
        name = f"{PREFIX}v{kind[0]}{_VICTIMS[kind]}"
    h = srv.headers
    if kind == "user":
        requests.post(f"{srv.url}/v1/users", json={"id": name, "pass": "x"}, headers=h, timeout=10)
    elif kind == "role":
        requests.post(f"{srv.url}/v1/roles", json={"name": name}, headers=h, timeout=10)
    else:
        requests.post(f"{srv.url}/v1/clusters", json={"id": name}, headers=h, timeout=10)
    return name


def _fresh_token(srv: AuthN, generated: Any) -> str:
    """A token of the seed user, distinct per call (its own lifetime), never the admin's."""
    with _LOCK:
        _VICTIMS["token"] += 1
        n = _VICTIMS["token"]
    return _login(srv.url, SEED_USER, SEED_PASS, expires_in=(3600 + n) * 10**9)


def _confine_cluster_body(srv: AuthN, body: dict[str, Any], register: bool, pick: Callable[..., Any]) -> None:
    if register:
        body["id"] = confined(body.get("id") or pick(body.get("id"), ("", "x"), "id"), "c").rstrip(
            "!"
        )  # IDs are not checked: keep it creatable
    if body.get("alias"):
        body["alias"] = confined(body["alias"], "a")
    if "urls" in body or register:
        choice = pick(body.get("urls"), ("none", "ais"), "urls")
        if choice == "none":
            body.pop("urls", None)
        else:
            body["urls"] = [srv.ais_endpoint]


def prepare(case: Any, srv: AuthN, n: int) -> None:
    """Confine a generated case; `n` (the operation's case number) varies the choices, which would
    otherwise be the same for every case of the same generated value (Hypothesis repeats `""` a lot)."""
    oid = _op(case)

    def pick(value: Any, options: tuple[Any, ...], salt: str) -> Any:
        return _pick((value, n), options, salt)

    pp = case.path_parameters or {}
    body = case.body if isinstance(case.body, dict) else None
    if "user" in pp:
        gen = pp["user"]
        if oid == "get_user":
            pp["user"] = pick(gen, (_safe_segment(gen), SEED_USER, ADMIN), "get_user")
        elif oid == "login":
            pp["user"] = pick(gen, (_safe_segment(gen), SEED_USER, ADMIN), "login")
            if pp["user"] == SEED_USER and body is not None and pick(body.get("password"), (0, 1), "pw"):
                body["password"] = SEED_PASS
        elif oid == "update_user":
            pp["user"] = pick(gen, (SEED_USER, confined(gen, "m")), "update_user")
            if pp["user"] == SEED_USER and body is not None and body.get("pass"):
                body["pass"] = SEED_PASS  # the seed user keeps its password
        elif oid == "delete_user":
            pp["user"] = pick(gen, ("victim", confined(gen, "m")), "delete_user")
            if pp["user"] == "victim":
                pp["user"] = _victim(srv, "user", gen)
    if "role" in pp:
        gen = pp["role"]
        if oid == "get_role":
            pp["role"] = pick(gen, (_safe_segment(gen), SEED_ROLE, "Admin"), "get_role")
        elif oid == "update_role":
            pp["role"] = pick(gen, (SEED_ROLE, confined(gen, "m")), "update_role")
        elif oid == "delete_role":
            pp["role"] = pick(gen, ("victim", confined(gen, "m")), "delete_role")
            if pp["role"] == "victim":
                pp["role"] = _victim(srv, "role", gen)
    if "cluster" in pp:
        gen = pp["cluster"]
        if oid == "get_cluster":
            pp["cluster"] = pick(gen, (_safe_segment(gen), SEED_CLUSTER), "get_cluster")
        elif oid == "update_cluster":
            pp["cluster"] = pick(gen, (SEED_CLUSTER, confined(gen, "m").rstrip("!")), "update_cluster")
        elif oid == "unregister_cluster":
            pp["cluster"] = pick(gen, ("victim", confined(gen, "m").rstrip("!")), "unregister_cluster")
            if pp["cluster"] == "victim":
                pp["cluster"] = _victim(srv, "cluster", gen)
    if pp:
        case.path_parameters = pp
    if body is None:
        return
    if oid == "add_user":
        body["id"] = confined(body.get("id") or pick(body.get("id"), ("", f"n{n}"), "id"), "u")
        if not body.get("pass"):
            body["pass"] = pick(body.get("pass"), ("", "pw"), "pass")
    elif oid == "add_role":
        body["name"] = confined(body.get("name") or pick(body.get("name"), ("", f"n{n}"), "name"), "r")
    elif oid == "register_cluster":
        _confine_cluster_body(srv, body, True, pick)
    elif oid == "update_cluster":
        _confine_cluster_body(srv, body, False, pick)
    elif oid == "revoke_token":
        if body.get("token") and pick(body["token"], (0, 1), "tok"):
            body["token"] = _fresh_token(srv, body["token"])
        assert body.get("token") != srv.token
    elif oid == "set_config" and isinstance(body.get("auth"), dict):
        body["auth"].pop("secret", None)


# --- the tests ---------------------------------------------------------------------------------


def load_schema() -> Any:
    config = SchemathesisConfig.from_dict(
        {
            "seed": SEED,
            "generation": {"mode": "positive", "max-examples": EXAMPLES, "database": "none", "allow-x00": False},
        }
    )
    return schemathesis.openapi.from_path(str(SPEC), config=config)


schema = load_schema()


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_operation(case: Any, authn: AuthN) -> None:
    oid = _op(case)
    with _LOCK:
        if CASES[oid] >= CAPS.get(oid, EXAMPLES):
            return
        CASES[oid] += 1
        n = CASES[oid]
    prepare(case, authn, n)
    for issue in KNOWN_SERVER_ISSUES:
        if issue.matches(case):
            EXCLUDED[issue.id] += 1
            return
    response = case.call(base_url=authn.url, headers=authn.headers, allow_redirects=False, timeout=60)
    STATS[f"{oid} {response.status_code}"] += 1
    if CALL_LOG:
        with open(CALL_LOG, "a") as f:
            entry = {"op": oid, "path": case.path_parameters, "body": case.body, "status": response.status_code}
            f.write(json.dumps({**entry, "answer": response.text[:300]}, default=str) + "\n")
    case.validate_response(response, checks=CHECKS)


def test_every_operation_has_rules() -> None:
    in_spec = {str(op.ok().definition.raw.get("operationId")) for op in schema.get_all_operations()}
    assert in_spec == ALL_OPS


def test_every_operation_succeeded(authn: AuthN) -> None:
    """Runs after test_operation (file order): every operation answered 200 at least once."""
    if not CASES:
        pytest.skip("test_operation did not run (deselected)")
    missing = sorted(oid for oid in ALL_OPS if CASES[oid] and not STATS[f"{oid} 200"])
    assert not missing, f"operations that never answered 200: {missing}; {dict(STATS)}"


def test_register_live_cluster(authn: AuthN) -> None:
    """Registering the suite's AIS cluster (no AuthN signature configured there) is refused with a 400
    and stores nothing; the cluster's config and smap are unchanged by it."""
    ais = authn.ais_endpoint

    def cluster_state() -> tuple[Any, Any, Any]:
        smap = requests.get(f"{ais}/v1/daemon", params={"what": "smap"}, timeout=10).json()
        conf = requests.get(f"{ais}/v1/daemon", params={"what": "config"}, timeout=10).json()
        return smap["uuid"], smap["version"], conf.get("auth")

    before = cluster_state()
    body = {"id": before[0], "alias": PREFIX + "live", "urls": [ais]}
    r = requests.post(f"{authn.url}/v1/clusters", json=body, headers=authn.headers, timeout=60)
    assert r.status_code == 400, r.text
    assert r.headers["Content-Type"] == "application/json"
    assert "validate-signer" in r.json()["message"], r.text
    assert before[0] not in requests.get(f"{authn.url}/v1/clusters", timeout=10).json().get("clusters", {})
    assert cluster_state() == before


def _conforms(method: str, path: str, response: requests.Response) -> requests.Response:
    """The response is one the spec documents for this operation (status, content type, schema)."""
    schema[path][method].validate_response(response)
    return response


def test_documented_oddities(authn: AuthN) -> None:
    """What the spec's descriptions claim beyond the fuzzed cases: tokens, 401s, empty 200s, 405s."""
    url, admin = authn.url, authn.headers
    user_tok = _login(url, SEED_USER, SEED_PASS)
    as_user = {"Authorization": f"Bearer {user_tok}"}

    # No token, a malformed token, a non-admin token: 401 with an ErrHTTP JSON document.
    for headers, text in (({}, "token required"), ({"Authorization": "Bearer x"}, "malformed"), (as_user, "admin")):
        r = _conforms("GET", "/v1/users", requests.get(f"{url}/v1/users", headers=headers, timeout=10))
        assert r.status_code == 401 and text in r.json()["message"], r.text
    # A user may read itself, not another user.
    assert _conforms(
        "GET", "/v1/users/{user}", requests.get(f"{url}/v1/users/{SEED_USER}", headers=as_user, timeout=10)
    ).ok
    r = requests.get(f"{url}/v1/users/{ADMIN}", headers=as_user, timeout=10)
    assert _conforms("GET", "/v1/users/{user}", r).status_code == 401
    # Unauthenticated reads.
    for path in ("/v1/roles", "/v1/clusters", "/v1/public-key", "/.well-known/jwks.json"):
        assert _conforms("GET", path, requests.get(url + path, timeout=10)).status_code == 200
    # A successful write: 200, empty body, no Content-Type.
    r = requests.post(f"{url}/v1/roles", json={"name": PREFIX + "odd"}, headers=admin, timeout=10)
    assert r.status_code == 200 and r.content == b"" and "Content-Type" not in r.headers
    # `perm` is a decimal string; a JSON number is a 400.
    bad = {"name": PREFIX + "odd2", "buckets": [{"bck": {"name": "b", "provider": "ais"}, "perm": 771}]}
    r = requests.post(f"{url}/v1/roles", json=bad, headers=admin, timeout=10)
    assert r.status_code == 400 and r.headers["Content-Type"] == "application/json", r.text
    # An undeclared method: 405, text/plain, Allow.
    r = requests.get(f"{url}/v1/tokens", timeout=10)
    assert r.status_code == 405 and r.headers["Allow"] == "DELETE" and r.text.startswith("Method Not Allowed")
    assert r.headers["Content-Type"].startswith("text/plain")
    # Revocation: needs no Authorization; the revoked token stops working; revoking again is still 200.
    r = requests.delete(f"{url}/v1/tokens", json={"token": user_tok}, timeout=10)
    assert _conforms("DELETE", "/v1/tokens", r).status_code == 200
    r = requests.get(f"{url}/v1/users/{SEED_USER}", headers=as_user, timeout=10)
    assert r.status_code == 401 and "revoked" in r.json()["message"], r.text
    assert requests.delete(f"{url}/v1/tokens", json={"token": user_tok}, timeout=10).status_code == 200
    # Key rotation: tokens signed before stay valid; the JWKS lists more than one key.
    assert requests.post(f"{url}/v1/rotate-key", headers=admin, timeout=30).status_code == 200
    assert requests.get(f"{url}/v1/users", headers=admin, timeout=10).status_code == 200
    assert len(requests.get(f"{url}/.well-known/jwks.json", timeout=10).json()["keys"]) > 1


def test_secret_switches_to_hs256(authn: AuthN) -> None:
    """Last (it cannot be undone: an empty secret is refused): setting `auth.secret` switches signing to
    HS256; tokens signed before stop validating, the key endpoints and rotation answer 400."""
    url = authn.url
    r = requests.put(
        f"{url}/v1/daemon", json={"auth": {"secret": "s-" + uuid.uuid4().hex}}, headers=authn.headers, timeout=10
    )
    assert r.status_code == 200, r.text
    r = requests.get(f"{url}/v1/users", headers=authn.headers, timeout=10)
    assert _conforms("GET", "/v1/users", r).status_code == 401, r.text
    authn.token = _login(url, ADMIN, authn.admin_pass)  # an HS256 token, for the rest and the cleanup
    for path in ("/v1/public-key", "/.well-known/jwks.json"):
        assert _conforms("GET", path, requests.get(url + path, timeout=10)).status_code == 400
    r = requests.post(f"{url}/v1/rotate-key", headers=authn.headers, timeout=10)
    assert _conforms("POST", "/v1/rotate-key", r).status_code == 400
    r = requests.put(f"{url}/v1/daemon", json={"auth": {"secret": ""}}, headers=authn.headers, timeout=10)
    assert _conforms("PUT", "/v1/daemon", r).status_code == 400
    assert _conforms("GET", "/v1/users", requests.get(f"{url}/v1/users", headers=authn.headers, timeout=10)).ok
