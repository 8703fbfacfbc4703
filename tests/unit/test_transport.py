"""StdlibTransport against a small HTTP/1.1 server on 127.0.0.1 (pure transport behaviour;
the live-cluster suites exercise it end to end through Client)."""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator
from typing import ClassVar

import httpx
import pytest
from aisclient import NO_RETRY, Client
from aisclient._core.transport import StdlibTransport
from aisclient.errors import AISConnectionError, AISTimeoutError


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    connections: ClassVar[set[int]] = set()
    bodies: ClassVar[list[bytes]] = []

    def log_message(self, *args: object) -> None:
        pass

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            out = b""
            while size := int(self.rfile.readline().strip(), 16):
                out += self.rfile.read(size)
                self.rfile.readline()
            self.rfile.readline()
            return out
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def do_PUT(self) -> None:
        Handler.bodies.append(self._body())
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "1000")
        self.send_header("Ais-Name", "ünï")
        self.end_headers()

    def do_GET(self) -> None:
        Handler.connections.add(self.client_address[1])  # the ephemeral port names the connection
        if self.path.startswith(("/slow", "/v1/buckets")):
            time.sleep(1.0)
        body = b"x" * 300_000
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Ais-Custom-Md", "a=1")
        self.send_header("Ais-Custom-Md", "b=2")
        self.end_headers()
        self.wfile.write(body)
        if self.path.startswith("/close"):
            self.close_connection = True  # closes the socket without announcing it


@pytest.fixture
def server() -> Iterator[str]:
    Handler.connections = set()
    Handler.bodies = []
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def http_client() -> Iterator[httpx.Client]:
    with httpx.Client(transport=StdlibTransport(), timeout=5.0) as c:
        yield c


def test_keep_alive_reuses_one_connection(server: str, http_client: httpx.Client) -> None:
    for _ in range(5):
        r = http_client.get(f"{server}/a")
        assert r.status_code == 200 and len(r.content) == 300_000
    assert len(Handler.connections) == 1


def test_connection_closed_by_server_is_not_reused(server: str, http_client: httpx.Client) -> None:
    assert http_client.get(f"{server}/close").status_code == 200
    time.sleep(0.1)  # let the close reach us
    assert http_client.get(f"{server}/a").status_code == 200
    assert len(Handler.connections) == 2


def test_streamed_body_is_read_in_large_pieces_and_released(server: str, http_client: httpx.Client) -> None:
    with http_client.stream("GET", f"{server}/a") as r:
        pieces = list(r.iter_raw())
    assert b"".join(pieces) == b"x" * 300_000
    assert max(map(len, pieces)) > 64 * 1024
    assert http_client.get(f"{server}/a").status_code == 200
    assert len(Handler.connections) == 1  # fully read -> back to the pool


def test_repeated_and_non_ascii_headers_survive(server: str, http_client: httpx.Client) -> None:
    r = http_client.get(f"{server}/a")
    assert r.headers.get_list("Ais-Custom-Md") == ["a=1", "b=2"]
    h = http_client.head(f"{server}/a")
    assert h.status_code == 200 and h.content == b""
    assert h.headers["Ais-Name"] == "ünï"


def test_request_bodies_bytes_and_chunked(server: str, http_client: httpx.Client) -> None:
    assert http_client.put(f"{server}/p", content=b"hello").status_code == 200

    def gen() -> Iterator[bytes]:
        yield b"ab"
        yield b""
        yield b"cde"

    assert http_client.put(f"{server}/p", content=gen()).status_code == 200
    assert Handler.bodies == [b"hello", b"abcde"]


def test_read_timeout_and_refused_connection_map_to_httpx_then_ais_errors(server: str) -> None:
    with (
        httpx.Client(transport=StdlibTransport(), timeout=httpx.Timeout(5.0, read=0.2)) as c,
        pytest.raises(httpx.ReadTimeout),
    ):
        c.get(f"{server}/slow")
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    with httpx.Client(transport=StdlibTransport()) as c, pytest.raises(httpx.ConnectError):
        c.get(f"http://127.0.0.1:{port}/")
    with Client(f"http://127.0.0.1:{port}") as client, pytest.raises(AISConnectionError) as ei:
        client.list_buckets()
    assert f"127.0.0.1:{port}" in str(ei.value)
    with (
        Client(server, timeout=httpx.Timeout(5.0, read=0.2), retry=NO_RETRY) as client,
        pytest.raises(AISTimeoutError) as te,
    ):
        client.list_buckets()
    assert "127.0.0.1" in str(te.value)


def test_keep_alive_survives_descriptors_above_1024(server: str) -> None:
    import os
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < 1200:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(2048, hard), hard))
    filler = [os.open(os.devnull, os.O_RDONLY) for _ in range(1100)]  # new sockets get fds > 1024
    try:
        with httpx.Client(transport=StdlibTransport(), timeout=5.0) as c:
            for _ in range(3):
                assert c.get(f"{server}/a").status_code == 200
        assert len(Handler.connections) == 1  # the pooled connection was reused, not discarded
    finally:
        for fd in filler:
            os.close(fd)
