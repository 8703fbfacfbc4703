"""The loopback fault servers of tests/faults/netfaults.py against a tiny local HTTP/1.1 upstream."""

from __future__ import annotations

import http.client
import socket
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from faults.netfaults import FaultProxy, ResetServer, SilentServer


def payload(n: int) -> bytes:
    return bytes(i * 7 % 251 for i in range(n))


class Upstream:
    def __init__(self) -> None:
        self.bodies: list[tuple[str, str, bytes]] = []
        self.lock = threading.Lock()


@pytest.fixture
def upstream() -> Iterator[tuple[str, Upstream]]:
    seen = Upstream()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def _size(self) -> int:
            return int(self.path.rsplit("/", 1)[1]) if self.path.startswith("/bytes/") else 0

        def do_HEAD(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", str(self._size()))
            self.end_headers()

        def do_GET(self) -> None:
            if self.path.startswith("/chunked/"):
                data = payload(int(self.path.rsplit("/", 1)[1]))
                self.send_response(200)
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for i in range(0, len(data), 1000):
                    part = data[i : i + 1000]
                    self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                self.wfile.write(b"0\r\n\r\n")
                return
            data = payload(self._size())
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_PUT(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with seen.lock:
                seen.bodies.append(("PUT", self.path, body))
            self.send_response(201)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def conn(url: str, timeout: float = 5.0) -> http.client.HTTPConnection:
    host, port = url.removeprefix("http://").split(":")
    return http.client.HTTPConnection(host, int(port), timeout=timeout)


def get(c: http.client.HTTPConnection, path: str, method: str = "GET") -> tuple[int, bytes]:
    c.request(method, path)
    r = c.getresponse()
    return r.status, r.read()


def raw_get(url: str, path: str) -> tuple[bytes, bytes, str]:
    """One GET on a raw socket; (head, body bytes received, how the stream ended)."""
    port = int(url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        data = b""
        try:
            while chunk := s.recv(65536):
                data += chunk
            end = "eof"
        except ConnectionResetError:
            end = "reset"
        except TimeoutError:
            end = "timeout"
    head, _, body = data.partition(b"\r\n\r\n")
    return head, body, end


# --------------------------------------------------------------------------- pass


def test_pass_keeps_bytes_and_keepalive(upstream: tuple[str, Upstream]) -> None:
    url, _ = upstream
    with FaultProxy(url) as fp:
        c = conn(fp.url)
        assert get(c, "/bytes/70000") == (200, payload(70000))
        assert get(c, "/bytes/10", "HEAD") == (200, b"")  # Content-Length without a body
        assert get(c, "/chunked/2500") == (200, payload(2500))
        assert get(c, "/bytes/5") == (200, payload(5))
        c.close()
        time.sleep(0.05)
        assert (fp.connections, fp.requests, fp.responses, fp.faults) == (1, 4, 4, 0)


def test_mode_strings() -> None:
    up = "http://127.0.0.1:9"
    assert FaultProxy(up, "cut_response_after=5").cut_after == 5
    assert FaultProxy(up, "flip_byte_at=7").flip_at == 7
    assert FaultProxy(up, "reset_after_request").reset
    p = FaultProxy(up, "pass")
    assert (p.cut_after, p.flip_at, p.reset) == (None, None, False)
    with pytest.raises(ValueError):
        FaultProxy(up, "explode")
    with pytest.raises(ValueError):
        FaultProxy(up, cut_after=1, flip_at=2)
    for q in (up, p, FaultProxy(up, "flip_byte_at=7")):
        if isinstance(q, FaultProxy):
            q.stop()


# --------------------------------------------------------------------------- cut


def test_cut_after_n_body_bytes(upstream: tuple[str, Upstream]) -> None:
    url, _ = upstream
    with FaultProxy(url, cut_after=1000) as fp:
        head, body, end = raw_get(fp.url, "/bytes/10000")
        assert head.startswith(b"HTTP/1.1 200") and b"Content-Length: 10000" in head
        assert (body, end) == (payload(1000), "eof")
        c = conn(fp.url)
        c.request("GET", "/bytes/10000")
        r = c.getresponse()
        with pytest.raises(http.client.IncompleteRead) as ei:
            r.read()
        assert ei.value.partial == payload(1000)
        assert fp.faults == 2


def test_cut_zero_and_rst(upstream: tuple[str, Upstream]) -> None:
    url, _ = upstream
    with FaultProxy(url, cut_after=0, cut_with_rst=True) as fp:
        head, body, end = raw_get(fp.url, "/bytes/5000")
        assert end == "reset" or (head.startswith(b"HTTP/1.1 200") and body == b"")


def test_cut_only_first_then_pass(upstream: tuple[str, Upstream]) -> None:
    url, _ = upstream
    with FaultProxy(url, cut_after=10, every=False) as fp:
        assert raw_get(fp.url, "/bytes/100")[1] == payload(10)
        c = conn(fp.url)
        assert get(c, "/bytes/100") == (200, payload(100))
        assert get(c, "/bytes/100") == (200, payload(100))
        assert (fp.faults, fp.connections) == (1, 2)


def test_cut_not_applied_to_shorter_response(upstream: tuple[str, Upstream]) -> None:
    url, _ = upstream
    with FaultProxy(url, cut_after=100, every=False) as fp:
        c = conn(fp.url)
        assert get(c, "/bytes/100") == (200, payload(100))  # ends exactly at the cut: nothing to cut
        with pytest.raises(http.client.IncompleteRead):
            get(c, "/bytes/101")
        assert fp.faults == 1


# --------------------------------------------------------------------------- flip


def test_flip_one_body_byte_every_response(upstream: tuple[str, Upstream]) -> None:
    url, _ = upstream
    want = bytearray(payload(200_000))
    want[150_000] ^= 0xFF
    with FaultProxy(url, flip_at=150_000) as fp:
        c = conn(fp.url)
        for _ in range(2):
            status, body = get(c, "/bytes/200000")
            assert status == 200 and body == bytes(want)
        assert get(c, "/bytes/100") == (200, payload(100))  # shorter than the offset: untouched
        assert (fp.faults, fp.connections) == (2, 1)


def test_flip_first_response_only(upstream: tuple[str, Upstream]) -> None:
    url, _ = upstream
    with FaultProxy(url, "flip_byte_at=0", every=False) as fp:
        c = conn(fp.url)
        body = get(c, "/bytes/3")[1]
        assert body == bytes([payload(3)[0] ^ 0xFF]) + payload(3)[1:]
        assert get(c, "/bytes/3")[1] == payload(3)
        assert fp.faults == 1


def test_flip_counts_raw_chunked_bytes(upstream: tuple[str, Upstream]) -> None:
    url, _ = upstream
    # body on the wire: b"3e8\r\n" + 1000 data bytes ...; raw offset 5 is data byte 0
    with FaultProxy(url, flip_at=5) as fp:
        body = get(conn(fp.url), "/chunked/1500")[1]
        assert body == bytes([payload(1)[0] ^ 0xFF]) + payload(1500)[1:]
        assert fp.faults == 1


# --------------------------------------------------------------------------- reset


def test_reset_after_request_never_forwards(upstream: tuple[str, Upstream]) -> None:
    url, seen = upstream
    with FaultProxy(url, reset=True, every=False) as fp:
        c = conn(fp.url)
        with pytest.raises((ConnectionResetError, http.client.RemoteDisconnected)):
            c.request("PUT", "/obj", body=b"x" * 100_000)
            c.getresponse()
        c.close()
        assert seen.bodies == []
        c = conn(fp.url)
        c.request("PUT", "/obj", body=b"y" * 10)
        assert c.getresponse().status == 201
        assert seen.bodies == [("PUT", "/obj", b"y" * 10)]
        assert (fp.requests, fp.faults, fp.connections) == (2, 1, 2)
        fp.rearm()
        c = conn(fp.url)
        with pytest.raises((ConnectionResetError, http.client.RemoteDisconnected)):
            c.request("PUT", "/obj", body=b"w")
            c.getresponse()
        assert (len(seen.bodies), fp.faults) == (1, 2)


def test_reset_forward_applies_request_but_client_is_reset(upstream: tuple[str, Upstream]) -> None:
    url, seen = upstream
    with FaultProxy(url, reset_forward=True) as fp:
        c = conn(fp.url)
        c.request("PUT", "/obj2", body=b"z" * 1000)
        with pytest.raises((ConnectionResetError, http.client.RemoteDisconnected)):
            c.getresponse()
        deadline = time.monotonic() + 2
        while not seen.bodies and time.monotonic() < deadline:
            time.sleep(0.01)
        assert seen.bodies == [("PUT", "/obj2", b"z" * 1000)]


# --------------------------------------------------------------------------- silent / reset servers


def test_silent_server_never_answers() -> None:
    with SilentServer() as srv:
        c = conn(srv.url, timeout=0.3)
        c.request("GET", "/v1/health")
        t0 = time.monotonic()
        with pytest.raises(TimeoutError):
            c.getresponse()
        assert time.monotonic() - t0 >= 0.25
        c.close()
        assert srv.connections == 1 and srv.bytes_received > 0


def test_reset_server_resets() -> None:
    with ResetServer() as srv:
        for _ in range(2):
            # the RST may already fail connect() on loopback, else the send or the read
            with pytest.raises((ConnectionResetError, BrokenPipeError)):
                s = socket.create_connection(("127.0.0.1", srv.port), timeout=2)
                try:
                    time.sleep(0.05)
                    s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                    s.recv(10)
                finally:
                    s.close()
        deadline = time.monotonic() + 2
        while srv.connections < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert srv.connections == 2


def test_stop_is_bounded_and_closes_the_port(upstream: tuple[str, Upstream]) -> None:
    url, _ = upstream
    servers = [SilentServer(), FaultProxy(url)]
    for srv in servers:
        srv.start()
        held = [socket.create_connection(("127.0.0.1", srv.port)) for _ in range(3)]
        t0 = time.monotonic()
        srv.stop()
        assert time.monotonic() - t0 < 2.0
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", srv.port), timeout=1)
        for s in held:
            s.close()
