"""Retry and redirect behaviour of both drivers against a scripted HTTP server on 127.0.0.1.

The live cluster cannot be made to answer 503/429 on demand, so a tiny
loopback server plays a proxy that fails a few times before answering.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from aisclient import AsyncClient, Client, RetryPolicy
from aisclient.errors import AISBadRequest, AISServerError, ClusterStarting, ErrBckAlreadyExists, TooManyRedirects

FAST = RetryPolicy(max_attempts=4, initial_backoff=0.01, max_backoff=0.05)


class Script:
    def __init__(self) -> None:
        self.replies: list[tuple[int, dict[str, str], bytes]] = []
        self.seen: list[tuple[str, str]] = []
        self.map_loads = 0


@pytest.fixture
def server() -> Iterator[tuple[str, Script]]:
    script = Script()

    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            if self.path.startswith("/v1/daemon"):
                # The client's cluster-map load: answered outside the script (an empty map: no nodes
                # to learn, so everything goes to this server).
                script.map_loads += 1
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")
                return
            script.seen.append((self.command, self.path))
            status, headers, body = script.replies.pop(0) if script.replies else (200, {}, b"[]")
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _serve

        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", script
    finally:
        httpd.shutdown()
        httpd.server_close()


def err(status: int, tcode: str = "", message: str = "m") -> tuple[int, dict[str, str], bytes]:
    doc: dict[str, Any] = {"message": message, "status": status}
    if tcode:
        doc["tcode"] = tcode
    return status, {"Content-Type": "application/json"}, json.dumps(doc).encode()


BUCKETS = (200, {"Content-Type": "application/json"}, b'[{"name":"b","provider":"ais","namespace":{}}]')


def test_cluster_starting_then_ok(server: tuple[str, Script]) -> None:
    url, script = server
    script.replies = [(503, {}, b""), (503, {}, b""), BUCKETS]
    with Client(url, retry=FAST) as c:
        assert [b.name for b in c.list_buckets()] == ["b"]
    assert len(script.seen) == 3


def test_gives_up_after_max_attempts(server: tuple[str, Script]) -> None:
    url, script = server
    script.replies = [err(502)] * 10
    with Client(url, retry=FAST) as c, pytest.raises(AISServerError) as ei:
        c.list_buckets()
    assert ei.value.status_code == 502
    assert len(script.seen) == 4


def test_retry_after_is_honoured(server: tuple[str, Script]) -> None:
    url, script = server
    script.replies = [(429, {"Retry-After": "0.3"}, b""), BUCKETS]
    t0 = time.monotonic()
    with Client(url, retry=FAST) as c:
        c.list_buckets()
    assert time.monotonic() - t0 >= 0.3
    assert len(script.seen) == 2


def test_non_retryable_statuses_fail_at_once(server: tuple[str, Script]) -> None:
    url, script = server
    script.replies = [err(400), err(500)]
    with Client(url, retry=FAST) as c:
        with pytest.raises(AISBadRequest):
            c.list_buckets()
        with pytest.raises(AISServerError):
            c.list_buckets()
    assert len(script.seen) == 2


def test_post_is_not_retried_on_503_with_body_but_is_on_cluster_starting(server: tuple[str, Script]) -> None:
    url, script = server
    script.replies = [err(503, message="busy")]
    with Client(url, retry=FAST) as c:
        with pytest.raises(AISServerError) as ei:
            c.create_bucket("b")
        assert not isinstance(ei.value, ClusterStarting)
        assert len(script.seen) == 1
        script.replies = [(503, {}, b""), err(409, "ErrBucketAlreadyExists")]
        with pytest.raises(ErrBckAlreadyExists):
            c.create_bucket("b")
    assert len(script.seen) == 3


def test_redirect_chain_is_followed_and_bounded(server: tuple[str, Script]) -> None:
    url, script = server
    script.replies = [(307, {"Location": f"{url}/v1/objects/b/o?pid=p"}, b""), (200, {"Ais-Version": "7"}, b"")]
    with Client(url, retry=FAST, direct=False) as c:  # through the proxy: this test is about its redirects
        assert c.head_object("b", "o").props.version == "7"
        assert script.seen[1] == ("HEAD", "/v1/objects/b/o?pid=p")
        script.replies = [(307, {"Location": f"{url}/loop"}, b"")] * 10
        with pytest.raises(TooManyRedirects, match="redirects"):
            c.head_object("b", "o")


def test_async_driver_retries_too(server: tuple[str, Script]) -> None:
    url, script = server
    script.replies = [(503, {}, b""), (429, {"Retry-After": "0"}, b""), BUCKETS]

    async def main() -> list[str]:
        async with AsyncClient(url, retry=FAST) as c:
            return [b.name for b in await c.list_buckets()]

    assert asyncio.run(main()) == ["b"]
    assert len(script.seen) == 3
