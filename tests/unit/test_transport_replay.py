"""StdlibTransport never sends a request twice on its own unless it is marked replayable, reports
bodies cut short, and caps connections in use (a raw socket server on 127.0.0.1 plays the faults)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import httpx
import pytest
from aisclient import NO_RETRY, Client
from aisclient._core.transport import StdlibTransport
from aisclient.errors import AISConnectionError, ObjectChanged


class OneShotServer:
    """Answers the first request on each connection; on a connection's second request it reads the
    request whole and closes without answering (a keep-alive connection dying as it is reused).
    `/cut` answers with half of the body it announces, then closes."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.requests: list[str] = []
        self.connections = 0
        self.lock = threading.Lock()
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with self.lock:
                self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _read_request(self, conn: socket.socket) -> str | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            k, _, v = line.partition(b":")
            if k.strip().lower() == b"content-length":
                length = int(v)
        while len(rest) < length:
            rest += conn.recv(65536)
        line = head.split(b"\r\n")[0].decode()
        with self.lock:
            self.requests.append(line)
        return line

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            first = self._read_request(conn)
            if first is None:
                return
            if "cut" in first.split()[1]:
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b"x" * 50)
                return
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
            self._read_request(conn)  # the second request on this connection: no answer

    def count(self, method: str) -> int:
        return sum(1 for r in self.requests if r.startswith(method + " "))

    def close(self) -> None:
        self._stop = True
        self.sock.close()


@pytest.fixture
def server() -> Iterator[OneShotServer]:
    s = OneShotServer()
    yield s
    s.close()


def test_request_not_marked_replayable_is_never_sent_twice(server: OneShotServer) -> None:
    with httpx.Client(transport=StdlibTransport(), timeout=5) as http:
        assert http.get(server.url + "/a").content == b"ok"
        r = http.post(server.url + "/job", content=b"{}", extensions={"aisclient.replayable": False})
        assert r.content == b"ok"
    assert server.count("POST") == 1
    assert server.connections == 2  # the POST took a connection of its own


def test_replayable_request_is_resent_once_on_a_fresh_connection(server: OneShotServer) -> None:
    with httpx.Client(transport=StdlibTransport(), timeout=5) as http:
        assert http.get(server.url + "/a").content == b"ok"
        assert http.get(server.url + "/b").content == b"ok"
    assert server.count("GET") == 3  # /a, /b on the dead connection, /b again


def test_copy_bucket_without_retries_reaches_the_server_once(server: OneShotServer) -> None:
    # The client's own path: a GET leaves a kept-alive connection, then a non-idempotent POST.
    with Client(server.url, retry=NO_RETRY, direct=False) as c:
        c._http.get(server.url + "/warm")
        assert c.copy_bucket("src", "dst") == "ok"
    assert server.count("POST") == 1


def test_body_cut_short_is_an_error(server: OneShotServer) -> None:
    with httpx.Client(transport=StdlibTransport(), timeout=5) as http, pytest.raises(httpx.ReadError):
        http.get(server.url + "/cut").read()
    with Client(server.url, retry=NO_RETRY, direct=False) as c:
        with pytest.raises(AISConnectionError):  # a range read is not resumed: the cut is the error
            c.get_object("b", "cut", byte_range="0-99").read_all()
        with pytest.raises(ObjectChanged):  # a whole read resumes, but this server answers the range with a 200
            c.get_object("b", "cut").read_all()


def test_connections_in_use_are_capped_by_the_pool_timeout(server: OneShotServer) -> None:
    transport = StdlibTransport(max_connections=1)
    with httpx.Client(transport=transport, timeout=httpx.Timeout(5, pool=0.2)) as http:
        held = http.send(http.build_request("GET", server.url + "/a"), stream=True)
        with pytest.raises(httpx.PoolTimeout):
            http.get(server.url + "/b")
        held.read()
        held.close()
        assert http.get(server.url + "/c").content == b"ok"  # the slot came back


def test_failing_upload_source_closes_the_connection(server: OneShotServer) -> None:
    def body() -> Iterator[bytes]:
        yield b"abc"
        raise KeyboardInterrupt

    transport = StdlibTransport()
    with httpx.Client(transport=transport, timeout=5) as http:
        with pytest.raises(KeyboardInterrupt):
            http.put(server.url + "/up", content=body(), headers={"Content-Length": "10"})
        assert not any(transport._idle.values())
