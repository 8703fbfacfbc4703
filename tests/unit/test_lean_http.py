"""The shortcuts on the small-request path give what the slow, general code they replace gives:
the plain request path against httpx's `build_request`, `_LeanResponse` against `http.client.HTTPResponse`
reading the same bytes from a loopback socket, and the cookieless pools keep no cookies."""

from __future__ import annotations

import http.client
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from aisclient import Client
from aisclient._core.plain import plain_headers, split_url
from aisclient._core.transport import CookielessClient, _LeanResponse, open_sync_http
from aisclient._core.transport_async import CookielessAsyncClient

URLS = [
    "http://127.0.0.1:8080/v1/objects/bck/obj",
    "http://[::1]:8080/v1/objects/b/a%20b/c",
    "https://ais.example.com/v1/objects/b/ünï code/x y",
    "http://10.0.0.1:51001/v1/objects/b/dir/../o?pid=abc&utm=1",
]
PARAMS: list[tuple[tuple[str, str], ...] | None] = [
    None,
    (("provider", "ais"),),
    (("provider", "ais"), ("namespace", "@uuid#ns"), ("archpath", "a b/c&d=e?f%"), ("x", "ü")),
    (("k", ""), ("k", "2")),
]
HEADERS = [
    [("User-Agent", "aisclient/test")],
    [("User-Agent", "aisclient/test"), ("Range", "bytes=0-9"), ("Authorization", "Bearer t")],
    [("User-Agent", "aisclient/test"), ("accept", "application/json"), ("Connection", "close")],
]


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("params", PARAMS)
@pytest.mark.parametrize("headers", HEADERS)
def test_plain_request_is_what_build_request_makes(
    url: str, params: tuple[tuple[str, str], ...] | None, headers: list[tuple[str, str]]
) -> None:
    # The plain path (`plain.py`): the same request target and header fields as httpx's request for
    # the same arguments, less httpx's client-wide defaults (which the plain path does not send).
    http = CookielessClient()
    full = f"{url}?{httpx.QueryParams(params)}" if params and "?" not in url else url
    for method, content in (("GET", None), ("PUT", b"body"), ("POST", b"")):
        built = http.build_request(method, full, headers=headers, content=content)
        key, host, target = split_url(full)
        fields, chunked = plain_headers(method, host, headers, content)
        assert target == built.url.raw_path.decode("ascii")
        assert key == (built.url.scheme, built.url.host, built.url.port or (443 if key[0] == "https" else 80))
        ours = {name.lower() for name, _ in headers}
        defaults = {k.lower() for k in http.headers} - ours
        expected = [(k.decode(), v.decode()) for k, v in built.headers.raw if k.decode().lower() not in defaults]
        assert fields == expected
        assert not chunked


def test_a_client_the_caller_made_gets_its_own_merging() -> None:
    # A plain httpx client may carry default params, cookies or a base URL: requests through it are
    # built by httpx itself, so they keep all of them.
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers={"Ais-Version": "1"})

    http = httpx.Client(
        params={"tenant": "t1"},
        cookies={"session": "s1"},
        headers={"X-App": "a"},
        transport=httpx.MockTransport(handle),
    )
    with Client("http://h:1", http_client=http, direct=False) as c:
        c.head_bucket("b")
    assert seen
    for req in seen:  # (the HEAD, and the cluster map the client may load first)
        assert req.url.params["tenant"] == "t1"
        assert req.headers["Cookie"] == "session=s1" and req.headers["X-App"] == "a"
    (req,) = [r for r in seen if r.method == "HEAD"]
    assert req.url.params["tenant"] == "t1" and req.url.params["provider"] == "ais"
    assert req.headers["Cookie"] == "session=s1"
    assert req.headers["X-App"] == "a"


def test_cookieless_pools_keep_and_send_no_cookies() -> None:
    for pool in (CookielessClient(), CookielessAsyncClient()):
        response = httpx.Response(
            200, headers=[("Set-Cookie", "a=1; Path=/")], request=httpx.Request("GET", "http://h/")
        )
        pool.cookies.extract_cookies(response)
        assert not list(pool.cookies.jar)
        with pytest.raises(AttributeError):
            pool.cookies = {"a": "1"}  # type: ignore[assignment]


# -- _LeanResponse against http.client's own parser, on the same bytes ------------------------

ANSWERS = {
    "plain": b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nAis-Checksum-Value: abc\r\n\r\nhello",
    "repeated and odd spacing": (
        b"HTTP/1.1 206 Partial Content\r\nAis-Custom-Md: a=1\r\nais-custom-md:b=2 \r\n"
        b"X-Empty:\r\nContent-Range:  bytes 0-1/10\t\r\nContent-Length: 2\r\n\r\nhi"
    ),
    "latin-1 value": b"HTTP/1.1 200 OK\r\nAis-Name: \xfcn\xef\r\nContent-Length: 0\r\n\r\n",
    "100 continue first": b"HTTP/1.1 100 Continue\r\nX-A: 1\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok",
    "chunked": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
    "chunked wins over length": (
        b"HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: Chunked\r\n\r\n1\r\nz\r\n0\r\n\r\n"
    ),
    "no length: to the end": b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nall of it",
    "close": b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx",
    "http/1.0 keep-alive": b"HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 1\r\n\r\nx",
    "http/1.0": b"HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx",
    "204 with length": b"HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n",
    "bad length": b"HTTP/1.1 200 OK\r\nContent-Length: nope\r\n\r\nrest",
    "negative length": b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\nrest",
    "folded": b"HTTP/1.1 200 OK\r\nX-Long: part one\r\n  part two\r\nContent-Length: 0\r\n\r\n",
    "bare LF": b"HTTP/1.1 200 OK\nContent-Length: 2\n\nok",
}


def _read(answer: bytes, response_class: type[http.client.HTTPResponse], method: str = "GET") -> dict[str, object]:
    server, client = socket.socketpair()
    try:
        server.sendall(answer)
        server.shutdown(socket.SHUT_WR)
        resp = response_class(client, method=method)
        resp.begin()
        head = {
            "status": resp.status,
            "reason": resp.reason,
            "version": resp.version,
            "chunked": resp.chunked,
            "length": resp.length,
            "will_close": resp.will_close,
            "content-length": resp.getheader("content-length"),
            "all custom": resp.headers.get_all("ais-custom-md"),
        }
        body = resp.read()
        return {**head, "body": body, "closed": resp.isclosed()}
    finally:
        server.close()
        client.close()


@pytest.mark.parametrize("name", sorted(ANSWERS))
@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_lean_response_reads_as_http_client_does(name: str, method: str) -> None:
    answer = ANSWERS[name]
    assert _read(answer, _LeanResponse, method) == _read(answer, http.client.HTTPResponse, method)


@pytest.mark.parametrize("name", sorted(set(ANSWERS) - {"folded"}))
def test_lean_response_fields_are_http_clients(name: str) -> None:
    # (A folded line's value differs only in its joint: http.client keeps the line break, we a space.)
    def fields(cls: type[http.client.HTTPResponse]) -> list[tuple[str, str]]:
        server, client = socket.socketpair()
        try:
            server.sendall(ANSWERS[name])
            server.shutdown(socket.SHUT_WR)
            resp = cls(client, method="GET")
            resp.begin()
            return resp.getheaders()
        finally:
            server.close()
            client.close()

    assert fields(_LeanResponse) == fields(http.client.HTTPResponse)


def test_lean_response_joins_a_folded_line() -> None:
    server, client = socket.socketpair()
    try:
        server.sendall(ANSWERS["folded"])
        resp = _LeanResponse(client, method="GET")
        resp.begin()
        assert resp.getheader("X-Long") == "part one part two"
    finally:
        server.close()
        client.close()


def test_lean_response_refuses_too_many_or_too_long_fields() -> None:
    many = b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-%d: v\r\n" % i for i in range(101)) + b"\r\n"
    long = b"HTTP/1.1 200 OK\r\nX: " + b"v" * 70000 + b"\r\n\r\n"
    for answer, error in ((many, http.client.HTTPException), (long, http.client.LineTooLong)):
        for cls in (_LeanResponse, http.client.HTTPResponse):
            with pytest.raises(error):
                _read(answer, cls)


ACCEPTED: list[object] = []


@pytest.fixture
def keepalive_server() -> Iterator[str]:
    """Answers every request on a connection with a 4-byte body, keeping the connection open."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve(conn: socket.socket) -> None:
        with conn:
            buf = b""
            while not stop.is_set():
                while b"\r\n\r\n" not in buf:
                    data = conn.recv(65536)
                    if not data:
                        return
                    buf += data
                _, _, buf = buf.partition(b"\r\n\r\n")
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\nX-N: 1\r\n\r\nbody")

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            ACCEPTED.append(conn.getpeername())
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"  # (ACCEPTED counts the connections)
    stop.set()
    listener.close()


@pytest.mark.parametrize("cap", [None, 3])
def test_many_threads_share_the_pool_and_reuse_connections(keepalive_server: str, cap: int | None) -> None:
    ACCEPTED.clear()
    http = open_sync_http(httpx.Timeout(5.0), httpx.Limits(max_connections=cap, max_keepalive_connections=16), True)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(50):
                resp = http.get(keepalive_server + "/x")
                assert resp.content == b"body" and resp.headers["x-n"] == "1"
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(ACCEPTED) <= (cap or 16)  # connections are reused, never more at once than the cap
    transport = http._transport
    idle = sum(len(pool) for pool in transport._idle.values())  # type: ignore[attr-defined]
    assert 1 <= idle <= 16 + 16  # bounded (within the threads that checked in at once)
    http.close()
    assert sum(len(pool) for pool in transport._idle.values()) == 0  # type: ignore[attr-defined]


@pytest.fixture
def closing_server() -> Iterator[tuple[str, list[bytes]]]:
    """Answers one request per connection, then closes it without saying so (no `Connection: close`):
    the connection goes back to the pool looking reusable."""
    listener = socket.create_server(("127.0.0.1", 0))
    heads: list[bytes] = []

    def accept() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                buf = b""
                while b"\r\n\r\n" not in buf:
                    buf += conn.recv(65536)
                head, _, rest = buf.partition(b"\r\n\r\n")
                if b"chunked" in head.lower():
                    while not rest.endswith(b"0\r\n\r\n"):
                        rest += conn.recv(65536)
                heads.append(head)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}", heads
    listener.close()


def test_a_connection_closed_just_after_checkin_is_never_a_failure(closing_server: tuple[str, list[bytes]]) -> None:
    url, heads = closing_server
    http = open_sync_http(httpx.Timeout(5.0), httpx.Limits(), True)
    assert http.get(url + "/first").content == b"ok"
    time.sleep(0.1)  # the server's close has arrived; the connection is still "fresh" in the pool
    # An in-memory body: the pool trusts the fresh connection; the dead one is noticed as it is
    # used and the request goes again on a new connection.
    assert http.get(url + "/second").content == b"ok"
    time.sleep(0.1)
    # A streamed body cannot be sent twice: the pool checks with the kernel first.
    resp = http.put(url + "/streamed", content=iter([b"a", b"b"]), extensions={"aisclient.replayable": True})
    assert resp.content == b"ok"
    assert [h.split(b" ")[1] for h in heads] == [b"/first", b"/second", b"/streamed"]
    http.close()
