"""The shared driver core under concurrency and failure, through the real sync/async drivers.

httpx.MockTransport plays the cluster's nodes here: these are decisions of the core
(routing, map loads, retries, failover, token scoping) that need exact control over
which node answers what, and faults a real cluster cannot produce on demand.
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import xxhash
from aisclient import AsyncClient, Client, RetryPolicy
from aisclient._core.driver import SMALL_UPLOAD, Send, env_token
from aisclient._core.hrw import HrwMap
from aisclient._core.protocol import Request
from aisclient.errors import (
    AISConnectionError,
    AISServerError,
    ClientClosed,
    ErrObjNotFound,
    IncompleteRead,
    InvalidResponse,
    LocalFileChanged,
)

TOKEN = "tok-secret-123"
P0, P1 = "http://p0:8080", "http://p1:8080"
T1, T2, T3 = "http://t1:9001", "http://t2:9002", "http://t3:9003"
FAST = RetryPolicy(max_attempts=3, initial_backoff=0.001, max_backoff=0.002)


def smap(targets: list[str], proxies: list[str] = [P0], primary: str = P0, version: int = 1) -> bytes:  # noqa: B006
    def node(url: str, kind: str) -> dict[str, Any]:
        return {"daemon_id": url.split("//")[1].split(":")[0], "daemon_type": kind, "public_net": {"direct_url": url}}

    doc = {
        "version": version,
        "tmap": {node(u, "target")["daemon_id"]: node(u, "target") for u in targets},
        "pmap": {node(u, "proxy")["daemon_id"]: node(u, "proxy") for u in proxies},
        "proxy_si": node(primary, "proxy"),
    }
    return json.dumps(doc).encode()


class Cluster:
    """A scripted set of nodes: `handler(request)` decides per request; every request is logged."""

    def __init__(self, handler: Callable[[httpx.Request], httpx.Response]) -> None:
        self.handler = handler
        self.log: list[tuple[str, str, str]] = []  # (method, origin, path)
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.log.append(
                (request.method, f"{request.url.scheme}://{request.url.host}:{request.url.port}", request.url.path)
            )
        return self.handler(request)

    def count(self, path: str, origin: str | None = None) -> int:
        return sum(1 for _, o, p in self.log if p == path and (origin is None or o == origin))

    def client(self, endpoint: str = P0, **kw: Any) -> Client:
        return Client(endpoint, http_client=httpx.Client(transport=httpx.MockTransport(self)), **kw)

    def aclient(self, endpoint: str = P0, **kw: Any) -> AsyncClient:
        return AsyncClient(endpoint, http_client=httpx.AsyncClient(transport=httpx.MockTransport(self)), **kw)


def origin_of(request: httpx.Request) -> str:
    return f"{request.url.scheme}://{request.url.host}:{request.url.port}"


OBJ = b"object-bytes"


def healthy(targets: list[str] = [T1, T2], map_delay: float = 0.0) -> Callable[[httpx.Request], httpx.Response]:  # noqa: B006
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/daemon":
            time.sleep(map_delay)  # a real map load takes a round trip: others pile up meanwhile
            return httpx.Response(200, content=smap(targets))
        if request.url.path.startswith("/v1/objects/") and origin_of(request) in targets:
            return httpx.Response(200, content=OBJ)
        if request.url.path.startswith("/v1/objects/"):
            return httpx.Response(307, headers={"Location": targets[0] + request.url.raw_path.decode()})
        return httpx.Response(200, json=[])

    return handle


# --------------------------------------------------------------------------- shared state


def test_map_loaded_once_by_50_concurrent_gets() -> None:
    cluster = Cluster(healthy(map_delay=0.05))
    with cluster.client() as c:
        errors: list[BaseException] = []
        start = threading.Barrier(50)

        def get(i: int) -> None:
            start.wait()
            try:
                assert c.get_object("b", f"o{i}").read_all() == OBJ
            except BaseException as e:
                errors.append(e)

        threads = [threading.Thread(target=get, args=(i,)) for i in range(50)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert not errors
    assert cluster.count("/v1/daemon") == 1


def test_async_map_loaded_once_by_256_tasks() -> None:
    sync_handler = healthy()

    async def handler(request: httpx.Request) -> httpx.Response:
        cluster(request)  # log it
        if request.url.path == "/v1/daemon":
            await asyncio.sleep(0.05)
        return sync_handler(request)

    cluster = Cluster(lambda r: httpx.Response(599))

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with AsyncClient(P0, http_client=http) as c:

            async def get(i: int) -> bytes:
                return await (await c.get_object("b", f"o{i}")).read_all()

            assert set(await asyncio.gather(*(get(i) for i in range(256)))) == {OBJ}

    asyncio.run(main())
    assert cluster.count("/v1/daemon") == 1


def test_failing_get_loads_the_map_at_most_once_and_names_the_object() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if origin_of(request) == T1:
            raise httpx.ConnectError("unreachable", request=request)
        if request.url.path == "/v1/daemon" and cluster.count("/v1/daemon") == 1:
            return httpx.Response(200, content=smap([T1]))
        return httpx.Response(503, json={"message": "busy", "status": 503})  # later map loads fail too

    cluster = Cluster(handle)
    with cluster.client(retry=FAST) as c, pytest.raises(AISServerError) as ei:
        c.head_object("b", "obj")
    assert cluster.count("/v1/daemon") == 1
    assert "/v1/objects/b/obj" in ei.value.url and "/v1/daemon" not in str(ei.value)


def test_map_reload_racing_direct_gets_never_crashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Readers take one snapshot: a reload in another thread can't pull the placement out from under them."""
    flip = {"n": 0}
    real_len = HrwMap.__len__

    def slow_len(self: HrwMap) -> int:
        time.sleep(0.0005)  # widen the window between "is there a map?" and "use the map"
        return real_len(self)

    monkeypatch.setattr(HrwMap, "__len__", slow_len)

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/daemon":
            flip["n"] += 1
            return httpx.Response(200, content=smap([T1, T2] if flip["n"] % 2 else [T2, T3], version=flip["n"]))
        if request.url.path.startswith("/v1/objects/"):
            if origin_of(request) == P0:  # the proxy always says T3: every prediction of T1 looks stale
                return httpx.Response(307, headers={"Location": T3 + request.url.raw_path.decode()})
            if origin_of(request) == T3:
                return httpx.Response(200, content=OBJ)
            return httpx.Response(404, json={"message": "not here", "status": 404})
        return httpx.Response(200, json=[])

    cluster = Cluster(handle)
    failures: list[BaseException] = []
    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: races show up at once
    with cluster.client() as c:

        def work() -> None:
            for i in range(30):
                try:
                    assert c.get_object("b", f"o{i}").read_all() == OBJ
                except BaseException as e:
                    failures.append(e)

        threads = [threading.Thread(target=work) for _ in range(8)]
        try:
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        finally:
            sys.setswitchinterval(old_interval)
    assert failures == []


def test_unreachable_targets_turn_direct_routing_off_for_a_while() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/daemon":
            return httpx.Response(200, content=smap([T1, T2]))
        if origin_of(request) in (T1, T2):  # pod IPs the client cannot reach; only the proxy's redirect works
            raise httpx.ConnectError("unreachable", request=request)
        if origin_of(request) == P0 and request.url.path.startswith("/v1/objects/"):
            return httpx.Response(200, content=OBJ)  # (a proxy that serves, as a gateway in front would)
        return httpx.Response(200, json=[])

    cluster = Cluster(handle)
    with cluster.client() as c:
        for i in range(40):
            assert c.get_object("b", f"o{i}").read_all() == OBJ
    direct_tries = sum(1 for _, o, _ in cluster.log if o in (T1, T2))
    assert direct_tries <= 2  # at most once per target, then the proxy
    assert cluster.count("/v1/daemon") <= 3


# --------------------------------------------------------------------------- idempotency


def test_non_idempotent_requests_are_not_retried_after_they_may_have_arrived() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/daemon":
            return httpx.Response(200, content=smap([T1]))
        return httpx.Response(503, json={"message": "try later", "status": 503})

    cluster = Cluster(handle)
    with cluster.client(retry=FAST) as c:
        with pytest.raises(AISServerError):
            c.copy_bucket("a", "b")
        with pytest.raises(AISServerError):
            c.xact_start("lru")
        with pytest.raises(AISServerError):
            c.list_buckets()  # idempotent: retried
    assert cluster.count("/v1/buckets/a") == 1
    assert sum(1 for m, _, p in cluster.log if m == "PUT" and p == "/v1/cluster") == 1
    assert cluster.count("/v1/buckets") == FAST.max_attempts


def test_non_idempotent_request_goes_to_the_next_proxy_when_the_first_refuses() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if origin_of(request) == P0 and request.url.path != "/v1/daemon":
            raise httpx.ConnectError("refused", request=request)  # p0 dies after the map was loaded
        if request.url.path == "/v1/daemon":
            return httpx.Response(200, content=smap([T1], proxies=[P0, P1]))
        return httpx.Response(200, text="job-1")

    cluster = Cluster(handle)
    with cluster.client(retry=RetryPolicy(max_attempts=1)) as c:
        assert c.copy_bucket("a", "b") == "job-1"
    posts = [(o, p) for m, o, p in cluster.log if m == "POST"]
    assert posts == [(P0, "/v1/buckets/a"), (P1, "/v1/buckets/a")]  # the first was never connected


def test_proxy_failover_for_idempotent_requests_after_a_reset() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if origin_of(request) == P0 and request.url.path != "/v1/daemon":
            raise httpx.ReadError("connection reset", request=request)
        if request.url.path == "/v1/daemon":
            return httpx.Response(200, content=smap([T1], proxies=[P0, P1], primary=P0))
        return httpx.Response(200, json=[{"name": "b1", "provider": "ais", "namespace": {}}])

    cluster = Cluster(handle)
    with cluster.client(retry=FAST) as c:
        assert [b.name for b in c.list_buckets()] == ["b1"]
        assert [b.name for b in c.list_buckets()] == ["b1"]
    assert cluster.count("/v1/buckets", P1) == 2


def test_delete_retried_after_a_lost_answer_reports_success() -> None:
    state = {"exists": True}

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/daemon":
            return httpx.Response(200, content=smap([T1]))
        if request.method == "DELETE":
            if state["exists"]:
                state["exists"] = False
                raise httpx.ReadError("reset after the delete was applied", request=request)
            return httpx.Response(404, json={"message": "not found", "status": 404, "tcode": "ErrNotFound"})
        return httpx.Response(200, json=[])

    cluster = Cluster(handle)
    with cluster.client(retry=FAST) as c:
        c.delete_object("b", "o")  # no error: our first try deleted it
        with pytest.raises(ErrObjNotFound):
            c.delete_object("b", "o")  # truly missing on the first try


def test_upload_retry_starts_again_at_the_proxy(tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_bytes(b"x" * 1000)
    got: dict[str, bytes] = {}

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/daemon":
            return httpx.Response(200, content=smap([T1, T2]))
        if origin_of(request) == P0:
            assert request.read() == b""  # the proxy never gets the body
            target = T1 if cluster.count("/v1/objects/b/o", P0) == 1 else T2
            return httpx.Response(307, headers={"Location": target + "/v1/objects/b/o?pid=x"})
        if origin_of(request) == T1:
            raise httpx.ConnectError("target died", request=request)
        got[origin_of(request)] = request.read()
        return httpx.Response(200, headers={"Ais-Checksum-Type": "xxhash2", "Ais-Checksum-Value": "v"})

    cluster = Cluster(handle)
    with cluster.client(retry=FAST) as c:
        props = c.put_object("b", "o", f)
    assert got == {T2: b"x" * 1000}
    assert cluster.count("/v1/objects/b/o", P0) == 2
    assert props.name == "o" and props.size == 1000


def test_upload_of_a_file_that_changes_is_an_error(tmp_path: Path) -> None:
    # Larger than the small uploads read once: hashed in one read, sent in another.
    size = SMALL_UPLOAD + 1000
    f = tmp_path / "f"
    f.write_bytes(b"x" * size)

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/daemon":
            return httpx.Response(200, content=smap([T1]))
        if origin_of(request) == P0:
            with open(f, "ab") as out:  # grows between the hash and the upload
                out.write(b"more")
            return httpx.Response(307, headers={"Location": T1 + "/v1/objects/b/o"})
        request.read()
        return httpx.Response(200)

    cluster = Cluster(handle)
    with cluster.client(retry=FAST) as c, pytest.raises(LocalFileChanged):
        c.put_object("b", "o", f)
    assert cluster.count("/v1/objects/b/o", P0) == 1  # not retried: it would fail the same way


def test_small_upload_sends_the_bytes_it_hashed(tmp_path: Path) -> None:
    # A small file is read once: the bytes sent are the bytes hashed, even if the file grows after.
    f = tmp_path / "f"
    f.write_bytes(b"x" * 1000)
    got: list[tuple[bytes, str]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/daemon":
            return httpx.Response(200, content=smap([T1]))
        if origin_of(request) == P0:
            with open(f, "ab") as out:
                out.write(b"more")
            return httpx.Response(307, headers={"Location": T1 + "/v1/objects/b/o"})
        got.append((request.read(), request.headers["Ais-Checksum-Value"]))
        return httpx.Response(200)

    cluster = Cluster(handle)
    with cluster.client(retry=FAST) as c:
        props = c.put_object("b", "o", f)
    assert got == [(b"x" * 1000, xxhash.xxh64_hexdigest(b"x" * 1000))]
    assert props.size == 1000


# --------------------------------------------------------------------------- token


def test_token_learned_for_new_nodes_and_never_shown() -> None:
    version = {"v": 1}

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/daemon":
            return httpx.Response(200, content=smap([T1] if version["v"] == 1 else [T1, T3], version=version["v"]))
        if origin_of(request) == P0 and request.url.path.startswith("/v1/objects/"):
            version["v"] = 2  # the cluster grew: t3 joined
            return httpx.Response(307, headers={"Location": T3 + request.url.raw_path.decode()})
        if origin_of(request) == T3:
            assert request.headers.get("Authorization") == f"Bearer {TOKEN}"
            return httpx.Response(200, content=OBJ)
        return httpx.Response(200, json=[])

    cluster = Cluster(handle)
    with cluster.client(token=TOKEN, retry=FAST) as c:
        assert c.get_object("b", "o").read_all() == OBJ
        assert TOKEN not in repr(c) and TOKEN not in repr(c._driver)
    assert cluster.count("/v1/daemon") == 2


def test_token_not_sent_to_hosts_outside_the_cluster() -> None:
    seen: list[str | None] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/daemon":
            return httpx.Response(200, content=smap([T1]))
        if origin_of(request) == P0:
            return httpx.Response(307, headers={"Location": "http://evil:80" + request.url.raw_path.decode()})
        seen.append(request.headers.get("Authorization"))
        return httpx.Response(200, content=OBJ)

    cluster = Cluster(handle)
    with cluster.client(token=TOKEN, retry=FAST) as c:
        c.get_object("b", "o").read_all()
    assert seen == [None]


def test_send_repr_hides_the_token() -> None:
    s = Send(Request("GET", "/x", idempotent=True), "http://h/x", [("Authorization", f"Bearer {TOKEN}")])
    assert TOKEN not in repr(s) and "***" in repr(s)


# --------------------------------------------------------------------------- answers


def test_cut_buffered_answer_is_an_error_on_both_clients() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/daemon":
            return httpx.Response(200, content=smap([T1]))
        return httpx.Response(200, headers={"Content-Length": "100"}, content=b'[{"name": "b1"')

    cluster = Cluster(handle)
    with cluster.client(retry=FAST) as c, pytest.raises(IncompleteRead):
        c.list_buckets()

    async def main() -> None:
        async with cluster.aclient(retry=FAST) as c:
            with pytest.raises(AISConnectionError):
                await c.list_buckets()

    asyncio.run(main())


def test_garbled_answer_is_a_typed_error() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/daemon":
            return httpx.Response(200, content=smap([T1]))
        return httpx.Response(200, content=b"\xff\xfe not json")

    cluster = Cluster(handle)
    with cluster.client() as c, pytest.raises(InvalidResponse):
        c.list_buckets()


def test_closed_client_raises_a_typed_error() -> None:
    cluster = Cluster(healthy())
    c = cluster.client()
    c.close()
    with pytest.raises(ClientClosed):
        c.list_buckets()
    assert c.is_aistore_running() is False


def test_env_token(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("AIS_AUTHN_TOKEN", raising=False)
    monkeypatch.delenv("AIS_AUTHN_TOKEN_FILE", raising=False)
    assert env_token() is None
    f = tmp_path / "auth.token"
    f.write_text('{"token": "from-file"}')
    monkeypatch.setenv("AIS_AUTHN_TOKEN_FILE", str(f))
    assert env_token() == "from-file"
    monkeypatch.setenv("AIS_AUTHN_TOKEN", " direct ")
    assert env_token() == "direct"


def test_request_counts_are_per_node() -> None:  # the harness itself
    cluster = Cluster(healthy())
    with cluster.client() as c:
        c.list_buckets()
    assert Counter(p for _, _, p in cluster.log) == Counter({"/v1/daemon": 1, "/v1/buckets": 1})


def test_credentials_in_the_endpoint_never_show() -> None:
    cluster = Cluster(lambda r: (_ for _ in ()).throw(httpx.ConnectError("refused", request=r)))
    with cluster.client("http://user:s3cret@p0:8080", retry=RetryPolicy(max_attempts=1)) as c:
        assert "s3cret" not in repr(c)
        with pytest.raises(AISConnectionError) as ei:
            c.list_buckets()
    assert "s3cret" not in str(ei.value) and "s3cret" not in repr(ei.value)


def test_operation_cleanup_runs_on_any_error(tmp_path: Path) -> None:
    """The driver closes the operation's generator whatever ends it (its finally blocks run)."""
    cleaned: list[str] = []

    def op() -> Any:
        try:
            yield Request("GET", "/v1/buckets", idempotent=True)
        finally:
            cleaned.append("op")

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/daemon":
            return httpx.Response(200, content=smap([T1]))
        raise KeyboardInterrupt  # not a transport error: nothing to retry, but cleanup still happens

    cluster = Cluster(handle)
    with cluster.client() as c, pytest.raises(KeyboardInterrupt):
        c._driver.run(op())
    assert cleaned == ["op"]


def test_bytes_and_streams_go_to_the_target_only() -> None:
    got: list[tuple[str, bytes]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/daemon":
            return httpx.Response(200, content=smap([T1]))
        body = request.read()
        got.append((origin_of(request), body))
        if origin_of(request) == P0:
            return httpx.Response(307, headers={"Location": T1 + request.url.raw_path.decode()})
        import xxhash

        return httpx.Response(
            200, headers={"Ais-Checksum-Type": "xxhash2", "Ais-Checksum-Value": xxhash.xxh64(body).hexdigest()}
        )

    cluster = Cluster(handle)
    with cluster.client() as c:
        assert c.put_content("b", "o", b"abc").size == 3
        assert c.put_content("b", "o", iter([b"de", b"f"])).size == 3
    assert got == [(P0, b""), (T1, b"abc"), (P0, b""), (T1, b"def")]


def test_streamed_body_is_never_sent_twice() -> None:
    """A stream cannot be replayed: after a reset mid-upload the error surfaces, nothing is resent."""
    sent: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/daemon":
            return httpx.Response(200, content=smap([T1]))
        sent.append(origin_of(request))
        if origin_of(request) == P0:
            return httpx.Response(307, headers={"Location": T1 + request.url.raw_path.decode()})
        request.read()
        raise httpx.ReadError("reset after the body", request=request)

    cluster = Cluster(handle)
    with cluster.client(retry=FAST) as c, pytest.raises(AISConnectionError):
        c.put_content("b", "o", iter([b"once"]))
    assert sent == [P0, T1]
