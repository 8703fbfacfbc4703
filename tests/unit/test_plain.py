"""The plain request path on our own pools (`_core/plain.py`): the same bytes on the wire as httpx
sends for the same arguments, URLs split (and escaped where needed) as httpx would, and answers
read through `PlainResponse` like `httpx.Response`. A loopback server records each request's head
and body as received."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from aisclient._core.plain import AsyncPlainResponse, PlainResponse, plain_headers, split_url
from aisclient._core.transport import open_async_http, open_sync_http
from aisclient._core.transport_async import CookielessAsyncClient

TIMEOUT = httpx.Timeout(5.0)
LIMITS = httpx.Limits(max_connections=8, max_keepalive_connections=8)


class Recorder:
    """HTTP/1.1 on loopback: records (head lines, body) of each request; answers 200 with a body."""

    def __init__(self, answer: bytes = b"hello") -> None:
        self.answer = answer
        self.seen: list[tuple[list[str], bytes]] = []
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._conn, args=(conn,), daemon=True).start()

    def _conn(self, conn: socket.socket) -> None:
        f = conn.makefile("rb")
        with conn:
            while True:
                lines = []
                while (line := f.readline()) not in (b"\r\n", b""):
                    lines.append(line.decode("latin-1").rstrip("\r\n"))
                if not lines:
                    return
                fields = {k.lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])}
                if "content-length" in fields:
                    body = f.read(int(fields["content-length"]))
                elif fields.get("transfer-encoding") == "chunked":
                    body = b""
                    while size := int(f.readline().strip(), 16):
                        body += f.read(size)
                        f.readline()
                    f.readline()
                else:
                    body = b""
                self.seen.append((lines, body))
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\nX-Twice: a\r\nX-Twice: b\r\n\r\n%s"
                    % (len(self.answer), self.answer)
                )

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def server() -> Iterator[Recorder]:
    s = Recorder()
    yield s
    s.close()


def chunks() -> Iterator[bytes]:
    yield b"ab"
    yield b"cd"


async def achunks() -> AsyncIterator[bytes]:
    yield b"ab"
    yield b"cd"


CASES: list[tuple[str, str, Any]] = [
    ("GET", "/v1/objects/b/o", None),
    ("GET", "/v1/objects/b/with%20space", None),
    ("GET", "/v1/objects/b/ünïcode name?x=1", None),
    ("HEAD", "/v1/objects/b/o", None),
    ("PUT", "/v1/objects/b/o", b"data"),
    ("PUT", "/v1/objects/b/empty", b""),
    ("POST", "/v1/buckets/b", None),
    ("PUT", "/v1/objects/b/streamed", "stream"),
]


@pytest.mark.parametrize(("method", "path", "content"), CASES)
def test_sync_plain_request_is_what_httpx_sends(server: Recorder, method: str, path: str, content: Any) -> None:
    headers = [("User-Agent", "aisclient/test"), ("Ais-Checksum-Type", "xxhash2")]
    http = open_sync_http(TIMEOUT, LIMITS, True)
    try:
        for plain in (True, False):
            body = chunks() if content == "stream" else content
            params = (("provider", "ais"),) if "?" not in path else None
            if plain:
                resp: Any = http.exchange(method, server.url + path, params, headers, body, {})  # type: ignore[attr-defined]
                assert isinstance(resp, PlainResponse)
            else:
                req = http.build_request(method, server.url + path, params=params, headers=headers, content=body)
                # httpx adds its client-wide defaults; the plain path sends only ours.
                for name in ("Accept", "Accept-Encoding", "Connection"):
                    del req.headers[name]
                resp = http.send(req, stream=True)
            data = resp.read()
            assert data == (b"" if method == "HEAD" else b"hello")
            assert resp.status_code == 200
            assert resp.headers.get("x-twice") == "a, b"
            assert ("x-twice", "b") in resp.headers.multi_items()
            resp.close()
        (plain_head, plain_body), (httpx_head, httpx_body) = server.seen
        assert plain_head == httpx_head
        assert plain_body == httpx_body
    finally:
        http.close()


@pytest.mark.parametrize(("method", "path", "content"), CASES)
def test_async_plain_request_is_what_httpx_sends(server: Recorder, method: str, path: str, content: Any) -> None:
    headers = [("User-Agent", "aisclient/test"), ("Ais-Checksum-Type", "xxhash2")]

    async def main() -> None:
        http = open_async_http(TIMEOUT, LIMITS, True)
        assert isinstance(http, CookielessAsyncClient)
        try:
            for plain in (True, False):
                body = achunks() if content == "stream" else content
                params = (("provider", "ais"),) if "?" not in path else None
                if plain:
                    resp: Any = await http.exchange(method, server.url + path, params, headers, body, {})
                    assert isinstance(resp, AsyncPlainResponse)
                else:
                    req = http.build_request(method, server.url + path, params=params, headers=headers, content=body)
                    for name in ("Accept", "Accept-Encoding", "Connection"):
                        del req.headers[name]
                    resp = await http.send(req, stream=True)
                data = await resp.aread()
                assert data == (b"" if method == "HEAD" else b"hello")
                assert resp.headers.get("X-Twice") == "a, b"
                await resp.aclose()
        finally:
            await http.aclose()

    asyncio.run(main())
    (plain_head, plain_body), (httpx_head, httpx_body) = server.seen
    assert plain_head == httpx_head
    assert plain_body == httpx_body


def test_plain_response_streams_and_parses_its_url_only_when_asked(server: Recorder) -> None:
    http = open_sync_http(TIMEOUT, LIMITS, True)
    try:
        resp = http.exchange("GET", server.url + "/v1/objects/b/o", (("provider", "ais"),), [], None, {})  # type: ignore[attr-defined]
        assert resp._url is None
        assert resp.url_text == server.url + "/v1/objects/b/o?provider=ais"
        assert list(resp.iter_bytes()) == [b"hello"]
        assert resp.url.params["provider"] == "ais" and resp.url.port == server.port
    finally:
        http.close()


def test_split_url() -> None:
    assert split_url("http://127.0.0.1:8080/v1/objects/b/o?provider=ais") == (
        ("http", "127.0.0.1", 8080),
        "127.0.0.1:8080",
        "/v1/objects/b/o?provider=ais",
    )
    assert split_url("https://Node.Example:443/x") == (("https", "node.example", 443), "node.example", "/x")
    assert split_url("http://[::1]:9/") == (("http", "::1", 9), "[::1]:9", "/")
    assert split_url("http://h?q=1")[2] == "/?q=1"
    # What must be escaped is escaped, as httpx does; a fragment is never sent.
    assert split_url("http://h/a b/ü")[2] == "/a%20b/%C3%BC"
    assert split_url("http://h/a#frag")[2] == "/a"
    assert split_url("http://h/100%")[2] == httpx.URL("http://h/100%").raw_path.decode()
    with pytest.raises(httpx.UnsupportedProtocol):
        split_url("ftp://h/x")
    with pytest.raises(httpx.UnsupportedProtocol):
        split_url("/relative")


def test_plain_headers_frame_the_body_as_httpx_does() -> None:
    assert plain_headers("GET", "h", [], None) == ([("Host", "h")], False)
    assert plain_headers("PUT", "h", [], None) == ([("Host", "h"), ("Content-Length", "0")], False)
    assert plain_headers("PUT", "h", [], b"") == ([("Host", "h"), ("Content-Length", "0")], False)
    assert plain_headers("GET", "h", [], b"") == ([("Host", "h")], False)
    assert plain_headers("PUT", "h", [("A", "1")], b"xyz") == (
        [("Host", "h"), ("A", "1"), ("Content-Length", "3")],
        False,
    )
    assert plain_headers("PUT", "h", [], iter([b"x"])) == ([("Host", "h"), ("Transfer-Encoding", "chunked")], True)
    # A length we were given wins; so does a Host we were given.
    assert plain_headers("PUT", "h", [("Content-Length", "5")], iter([b"x"])) == (
        [("Host", "h"), ("Content-Length", "5")],
        False,
    )
    assert plain_headers("GET", "h", [("host", "other")], None) == ([("host", "other")], False)
    # No body on a PUT/POST: `Content-Length: 0`, right after Host (where httpx puts it).
    assert plain_headers("PUT", "h", [("A", "1")], b"") == ([("Host", "h"), ("Content-Length", "0"), ("A", "1")], False)
