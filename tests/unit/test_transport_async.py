"""AsyncStreamTransport against a scripted HTTP/1.1 server on 127.0.0.1: keep-alive, body framings,
replays, timeouts, pool limits, TLS (pure transport behaviour and faults a cluster cannot be made to
produce on demand; the live suites run it end to end through AsyncClient)."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import httpx
import pytest
from aisclient import NO_RETRY, AsyncClient
from aisclient._core.transport import open_async_http
from aisclient._core.transport_async import AsyncStreamTransport
from aisclient.errors import AISConnectionError, AISTimeoutError

T = TypeVar("T")
REPLAYABLE = "aisclient.replayable"


class ScriptServer:
    """Answers by path. Records every request line (`requests`) and the connection it came on.

    `/ok`            "hello", kept alive; `/big?n=N` N bytes of a pattern
    `/chunked`       a chunked body in three chunks, with a trailer
    `/cut`           announces 100 bytes, sends 50, closes
    `/cut-chunked`   a chunked body that stops mid-chunk
    `/until-close`   no length, no chunks: the body ends when the server closes
    `/close`         "bye" with `Connection: close`
    `/slow-head`     answers after 2 s; `/slow-body`: half the body, then 2 s of silence
    `/idle-close`    "hello", then closes the connection 0.1 s later (an idle timeout)
    `/die-on-reuse`  "hello"; the next request on that connection is read whole and not answered
    `/no-read`       never reads the request body nor answers (a stuck receiver)
    `/drop`          closes the connection without an answer
    `/garbled`       a status line without a number; `/bad-length`: a negative Content-Length
    `/cookie`        sets a cookie
    `/head`          for HEAD: `Content-Length: 1000` and no body; `/empty`: 204
    PUT/POST         reads the body (Content-Length or chunked), answers its size and sha256
    """

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.tls = tls
        self.requests: list[tuple[int, str]] = []  # (connection number, "METHOD /path")
        self.connections = 0
        self.cookies_sent: list[str] = []
        self.route_v1 = "/ok"  # how the API paths (/v1/...) are answered
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with self.lock:
                self.connections += 1
                number = self.connections
            threading.Thread(target=self._serve, args=(conn, number), daemon=True).start()

    def count(self, line: str) -> int:
        with self.lock:
            return sum(1 for _, r in self.requests if r == line)

    def _serve(self, raw: socket.socket, number: int) -> None:
        try:
            conn = self.tls.wrap_socket(raw, server_side=True) if self.tls else raw
        except (OSError, ssl.SSLError):
            raw.close()
            return
        with conn, conn.makefile("rb") as rfile, contextlib.suppress(OSError):  # the client went away
            self._loop(conn, rfile, number)

    def _loop(self, conn: socket.socket, rfile: BinaryIO, number: int) -> None:
        dies_on_reuse = False
        while True:
            line = rfile.readline()
            if not line:
                return
            method, target, _ = line.decode().split(" ", 2)
            headers: dict[str, str] = {}
            while (h := rfile.readline()) not in (b"\r\n", b""):
                k, _, v = h.decode().partition(":")
                headers[k.strip().lower()] = v.strip()
            with self.lock:
                self.requests.append((number, f"{method} {target}"))
                if "cookie" in headers:
                    self.cookies_sent.append(headers["cookie"])
            path = target.split("?")[0]
            if path.startswith("/v1/"):
                path = self.route_v1
            if path == "/no-read":
                time.sleep(5)
                return
            if path == "/drop":
                return
            body = _read_body(rfile, headers)
            if dies_on_reuse:
                return
            if method in ("PUT", "POST"):
                digest = hashlib.sha256(body).hexdigest().encode()
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(digest) + 9, b"%8d " % len(body))
                )
                conn.sendall(digest)
            elif not self._answer(conn, method, target, path):
                return
            dies_on_reuse = path == "/die-on-reuse"

    def _answer(self, conn: socket.socket, method: str, target: str, path: str) -> bool:
        """Sends the answer to a GET/HEAD; False when the connection is to end."""
        if path in ("/ok", "/die-on-reuse", "/idle-close"):
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nAis-Multi: a\r\nAis-Multi: b\r\n\r\nhello")
            if path == "/idle-close":
                time.sleep(0.1)
                return False
        elif path == "/big":
            n = int(target.split("n=")[1])
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % n)
            conn.sendall(_pattern(n))
        elif path == "/chunked":
            conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n1;ext=1\r\n \r\n")
            conn.sendall(b"5\r\nworld\r\n0\r\nAis-Trailer: x\r\n\r\n")
        elif path == "/cut":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b"x" * 50)
            return False
        elif path == "/cut-chunked":
            conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\na\r\nhello")
            return False
        elif path == "/until-close":
            conn.sendall(b"HTTP/1.1 200 OK\r\n\r\nall of it")
            return False
        elif path == "/close":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: close\r\n\r\nbye")
        elif path == "/slow-head":
            time.sleep(2)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        elif path == "/slow-body":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nok")
            time.sleep(2)
            return False
        elif path == "/head":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
        elif path == "/garbled":
            conn.sendall(b"HTTP/1.1 2x0 OK\r\nContent-Length: 0\r\n\r\n")
        elif path == "/bad-length":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n")
        elif path == "/cookie":
            conn.sendall(b"HTTP/1.1 200 OK\r\nSet-Cookie: session=1; Path=/\r\nContent-Length: 0\r\n\r\n")
        elif path == "/empty":
            conn.sendall(b"HTTP/1.1 204 No Content\r\n\r\n")
        else:
            conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
        return True

    def close(self) -> None:
        self.sock.close()


def _read_body(rfile: BinaryIO, headers: dict[str, str]) -> bytes:
    if headers.get("transfer-encoding", "").lower() == "chunked":
        out = bytearray()
        while size := int(rfile.readline().split(b";")[0].strip(), 16):
            out += rfile.read(size)
            rfile.readline()
        rfile.readline()
        return bytes(out)
    return rfile.read(int(headers.get("content-length") or 0))


def _pattern(n: int) -> bytes:
    return (bytes(range(256)) * (n // 256 + 1))[:n]


def _answer_of(body: bytes) -> str:
    return f"{len(body):8d} {hashlib.sha256(body).hexdigest()}"


def run(
    main: Callable[[httpx.AsyncClient], Awaitable[T]], transport: AsyncStreamTransport | None = None, **kw: Any
) -> T:
    async def go() -> T:
        async with httpx.AsyncClient(transport=transport or AsyncStreamTransport(), **kw) as http:
            return await main(http)

    return asyncio.run(go())


@pytest.fixture
def server() -> Iterator[ScriptServer]:
    s = ScriptServer()
    yield s
    s.close()


# -- keep-alive and framing -------------------------------------------------------------------------


def test_sequential_requests_reuse_one_connection(server: ScriptServer) -> None:
    async def main(http: httpx.AsyncClient) -> list[httpx.Response]:
        return [await http.get(server.url + "/ok") for _ in range(10)]

    answers = run(main, timeout=5)
    assert [r.content for r in answers] == [b"hello"] * 10
    assert answers[0].headers.get_list("ais-multi") == ["a", "b"]
    assert answers[0].reason_phrase == "OK" and answers[0].http_version == "HTTP/1.1"
    assert server.connections == 1


def test_concurrent_tasks_keep_their_connections_for_the_next_round(server: ScriptServer) -> None:
    async def main(http: httpx.AsyncClient) -> int:
        for _ in range(3):
            got = await asyncio.gather(*(http.get(server.url + "/ok") for _ in range(20)))
            assert all(r.content == b"hello" for r in got)
        return server.connections

    assert run(main, AsyncStreamTransport(max_connections=8), timeout=5) <= 8


def test_connection_is_reused_when_the_reader_stops_at_the_last_byte(server: ScriptServer) -> None:
    async def main(http: httpx.AsyncClient) -> bytes:
        async with http.stream("GET", f"{server.url}/big?n=1000") as r:
            got = 0
            async for piece in r.aiter_raw():
                got += len(piece)
                if got == 1000:
                    break  # does not ask for the end of the stream
        return (await http.get(server.url + "/ok")).content

    assert run(main, AsyncStreamTransport(max_connections=1), timeout=httpx.Timeout(5, pool=1)) == b"hello"
    assert server.connections == 1


def test_chunked_body_is_decoded_and_the_connection_reused(server: ScriptServer) -> None:
    async def main(http: httpx.AsyncClient) -> tuple[bytes, bytes]:
        return (await http.get(server.url + "/chunked")).content, (await http.get(server.url + "/ok")).content

    assert run(main, timeout=5) == (b"hello world", b"hello")
    assert server.connections == 1


def test_body_until_close_and_connection_close_are_not_reused(server: ScriptServer) -> None:
    async def main(http: httpx.AsyncClient) -> list[bytes]:
        paths = ["/until-close", "/close", "/ok"]
        return [(await http.get(server.url + p)).content for p in paths]

    assert run(main, timeout=5) == [b"all of it", b"bye", b"hello"]
    assert server.connections == 3


def test_answers_without_a_body_leave_the_connection_reusable(server: ScriptServer) -> None:
    async def main(http: httpx.AsyncClient) -> tuple[httpx.Response, httpx.Response, bytes]:
        head = await http.head(server.url + "/head")
        empty = await http.get(server.url + "/empty")
        return head, empty, (await http.get(server.url + "/ok")).content

    head, empty, ok = run(main, timeout=5)
    assert (head.status_code, head.headers["content-length"], head.content) == (200, "1000", b"")
    assert (empty.status_code, empty.content) == (204, b"")
    assert ok == b"hello"
    assert server.connections == 1


def test_large_body_streams_in_pieces_with_bounded_buffering(server: ScriptServer) -> None:
    n = 24 << 20  # larger than the read buffer's high-water mark: reading pauses and resumes

    async def main(http: httpx.AsyncClient) -> tuple[int, str]:
        digest, pieces = hashlib.sha256(), 0
        async with http.stream("GET", f"{server.url}/big?n={n}") as r:
            async for piece in r.aiter_raw():
                digest.update(piece)
                pieces += 1
                await asyncio.sleep(0)  # a consumer slower than loopback
        return pieces, digest.hexdigest()

    pieces, digest = run(main, timeout=10)
    assert digest == hashlib.sha256(_pattern(n)).hexdigest()
    assert pieces > 1


def test_response_closed_before_its_end_drops_the_connection(server: ScriptServer) -> None:
    transport = AsyncStreamTransport(max_connections=1)

    async def main(http: httpx.AsyncClient) -> bytes:
        async with http.stream("GET", f"{server.url}/big?n={8 << 20}") as r:
            async for _ in r.aiter_raw():
                break
        return (await http.get(server.url + "/ok")).content  # the only slot came back

    assert run(main, transport, timeout=httpx.Timeout(5, pool=1)) == b"hello"
    assert server.connections == 2


def test_keepalive_expiry_retires_idle_connections(server: ScriptServer) -> None:
    async def main(http: httpx.AsyncClient) -> None:
        await http.get(server.url + "/ok")
        await asyncio.sleep(0.3)
        await http.get(server.url + "/ok")

    run(main, AsyncStreamTransport(keepalive_expiry=0.1), timeout=5)
    assert server.connections == 2


# -- faults -----------------------------------------------------------------------------------------


def test_body_cut_short_is_a_read_error(server: ScriptServer) -> None:
    for path in ("/cut", "/cut-chunked"):

        async def main(http: httpx.AsyncClient, path: str = path) -> None:
            await http.get(server.url + path)

        with pytest.raises(httpx.ReadError):
            run(main, timeout=5)


def test_malformed_answer_heads_are_protocol_errors(server: ScriptServer) -> None:
    for path in ("/garbled", "/bad-length"):

        async def main(http: httpx.AsyncClient, path: str = path) -> None:
            await http.get(server.url + path)

        with pytest.raises(httpx.RemoteProtocolError) as caught:
            run(main, timeout=5)
        assert caught.value.request.url.path == path


def test_header_with_a_line_break_is_refused_before_sending(server: ScriptServer) -> None:
    async def main(http: httpx.AsyncClient) -> None:
        await http.get(server.url + "/ok", headers={"Ais-Meta": "a\r\nInjected: 1"})

    with pytest.raises(httpx.LocalProtocolError):
        run(main, timeout=5)
    assert server.requests == []


def test_connection_closed_while_idle_is_noticed_before_reuse(server: ScriptServer) -> None:
    async def main(http: httpx.AsyncClient) -> bytes:
        await http.get(server.url + "/idle-close")
        await asyncio.sleep(0.3)  # the server has closed it meanwhile
        return (await http.post(server.url + "/job", content=b"{}")).content

    assert run(main, timeout=5) == _answer_of(b"{}").encode()
    assert server.count("POST /job") == 1
    assert server.connections == 2


def test_replayable_request_is_resent_once_when_its_reused_connection_died(server: ScriptServer) -> None:
    async def main(http: httpx.AsyncClient) -> bytes:
        await http.get(server.url + "/die-on-reuse")
        return (await http.put(server.url + "/obj", content=b"data")).content

    assert run(main, timeout=5) == _answer_of(b"data").encode()
    assert server.count("PUT /obj") == 2  # the dead connection's copy (never answered), then the fresh one
    assert server.connections == 2


def test_request_not_marked_replayable_never_takes_a_reused_connection(server: ScriptServer) -> None:
    async def main(http: httpx.AsyncClient) -> bytes:
        await http.get(server.url + "/die-on-reuse")
        r = await http.post(server.url + "/job", content=b"{}", extensions={REPLAYABLE: False})
        return r.content

    assert run(main, timeout=5) == _answer_of(b"{}").encode()
    assert server.count("POST /job") == 1
    assert server.connections == 2


def test_streamed_body_on_a_dead_reused_connection_is_not_resent(server: ScriptServer) -> None:
    async def body() -> AsyncIterator[bytes]:
        yield b"once"

    async def main(http: httpx.AsyncClient) -> None:
        await http.get(server.url + "/die-on-reuse")
        await http.put(server.url + "/obj", content=body())

    with pytest.raises(httpx.RemoteProtocolError):
        run(main, timeout=5)
    assert server.count("PUT /obj") == 1


def test_connection_closed_without_an_answer_is_replayed_at_most_once(server: ScriptServer) -> None:
    async def fresh(http: httpx.AsyncClient) -> None:
        await http.get(server.url + "/drop")

    with pytest.raises(httpx.RemoteProtocolError):
        run(fresh, timeout=5)
    assert server.count("GET /drop") == 1  # a fresh connection's failure is not a stale keep-alive

    async def reused(http: httpx.AsyncClient) -> None:
        await http.get(server.url + "/ok")
        await http.get(server.url + "/drop")

    with pytest.raises(httpx.RemoteProtocolError):
        run(reused, timeout=5)
    assert server.count("GET /drop") == 3  # once on the reused connection, once on a fresh one


def test_read_timeouts_before_and_within_the_body(server: ScriptServer) -> None:
    for path in ("/slow-head", "/slow-body"):

        async def main(http: httpx.AsyncClient, path: str = path) -> None:
            await http.get(server.url + path)

        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            run(main, timeout=httpx.Timeout(5, read=0.3))
        assert time.monotonic() - started < 1.5


def test_write_timeout_when_the_server_reads_nothing(server: ScriptServer) -> None:
    async def body() -> AsyncIterator[bytes]:
        piece = b"x" * (1 << 20)
        for _ in range(512):  # far more than the socket buffers hold
            yield piece

    async def main(http: httpx.AsyncClient) -> None:
        await http.put(server.url + "/no-read", content=body())

    started = time.monotonic()
    with pytest.raises(httpx.WriteTimeout):
        run(main, timeout=httpx.Timeout(5, write=0.3))
    assert time.monotonic() - started < 3


def test_connect_refused_is_a_connect_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, not listening: connections are refused

        async def main(http: httpx.AsyncClient) -> None:
            await http.get(f"http://127.0.0.1:{port}/")

        with pytest.raises(httpx.ConnectError):
            run(main, timeout=5)


def test_connect_timeout_when_the_server_never_accepts() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        fillers = []
        for _ in range(4):  # fill the accept queue: later handshakes get no answer
            f = socket.socket()
            f.setblocking(False)
            f.connect_ex(("127.0.0.1", port))
            fillers.append(f)
        time.sleep(0.1)

        async def main(http: httpx.AsyncClient) -> None:
            await http.get(f"http://127.0.0.1:{port}/")

        started = time.monotonic()
        try:
            with pytest.raises(httpx.ConnectTimeout):
                run(main, timeout=httpx.Timeout(5, connect=0.3))
        finally:
            for f in fillers:
                f.close()
        assert time.monotonic() - started < 2


def test_pool_timeout_caps_connections_in_use_and_the_slot_comes_back(server: ScriptServer) -> None:
    async def main(http: httpx.AsyncClient) -> bytes:
        held = await http.send(http.build_request("GET", server.url + "/ok"), stream=True)
        with pytest.raises(httpx.PoolTimeout):
            await http.get(server.url + "/ok")
        waiter = asyncio.ensure_future(http.get(server.url + "/ok"))
        await asyncio.sleep(0.05)
        waiter.cancel()  # a cancelled waiter must not take the slot with it
        with pytest.raises(asyncio.CancelledError):
            await waiter
        await held.aread()
        await held.aclose()
        return (await http.get(server.url + "/ok")).content

    transport = AsyncStreamTransport(max_connections=1)
    assert run(main, transport, timeout=httpx.Timeout(5, pool=0.2)) == b"hello"
    assert transport._slots is not None and transport._slots.free == 1


def test_failing_upload_source_closes_the_connection(server: ScriptServer) -> None:
    async def body() -> AsyncIterator[bytes]:
        yield b"abc"
        raise KeyboardInterrupt

    transport = AsyncStreamTransport(max_connections=1)

    async def main(http: httpx.AsyncClient) -> None:
        await http.get(server.url + "/ok")
        with pytest.raises(KeyboardInterrupt):
            await http.put(server.url + "/up", content=body(), headers={"Content-Length": "10"})

    run(main, transport, timeout=5)
    assert not any(transport._idle.values())
    assert transport._slots is not None and transport._slots.free == 1


# -- request bodies ---------------------------------------------------------------------------------


def test_large_uploads_arrive_whole(server: ScriptServer) -> None:
    in_memory = os.urandom(5 << 20) + b"tail"  # above the size sent together with the head
    piece = os.urandom(1 << 20)

    async def pieces() -> AsyncIterator[bytes]:
        for _ in range(32):
            yield piece

    async def main(http: httpx.AsyncClient) -> tuple[bytes, bytes, bytes]:
        a = await http.put(server.url + "/mem", content=in_memory)
        b = await http.put(server.url + "/chunks", content=pieces())  # no length: chunked
        c = await http.put(server.url + "/sized", content=pieces(), headers={"Content-Length": str(32 << 20)})
        return a.content, b.content, c.content

    mem, chunked, sized = run(main, timeout=30)
    assert mem == _answer_of(in_memory).encode()
    assert chunked == sized == _answer_of(piece * 32).encode()
    assert server.connections == 1


# -- TLS ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    d = tmp_path_factory.mktemp("tls")
    cert, key = d / "cert.pem", d / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"),
            *("-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def test_tls_verify_semantics(certificate: tuple[Path, Path]) -> None:
    cert, key = certificate
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert, key)
    tls_server = ScriptServer(tls=server_ctx)
    trusting = ssl.create_default_context(cafile=str(cert))

    async def main(http: httpx.AsyncClient) -> bytes:
        return (await http.get(tls_server.url + "/ok")).content

    try:
        for verify in (False, trusting, str(cert)):
            assert run(main, AsyncStreamTransport(verify=verify), timeout=5) == b"hello"
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            run(main, AsyncStreamTransport(verify=True), timeout=5)
    finally:
        tls_server.close()


# -- through the client -----------------------------------------------------------------------------


def test_async_client_uses_this_transport(server: ScriptServer) -> None:
    async def main() -> bytes:
        async with AsyncClient(server.url) as client:
            assert isinstance(client._http._transport, AsyncStreamTransport)
            return (await client._http.get(server.url + "/ok")).content

    assert asyncio.run(main()) == b"hello"


def test_client_pool_keeps_no_cookies(server: ScriptServer) -> None:
    async def main() -> int:
        async with open_async_http(httpx.Timeout(5), httpx.Limits(max_connections=4), True) as http:
            assert (await http.get(server.url + "/cookie")).headers["set-cookie"].startswith("session=")
            await http.get(server.url + "/ok")
            return len(http.cookies)

    assert asyncio.run(main()) == 0
    assert server.cookies_sent == []


def test_transport_failures_reach_the_caller_as_ais_errors(server: ScriptServer) -> None:
    async def head() -> None:
        timeout = httpx.Timeout(5, read=0.3)
        async with AsyncClient(server.url, retry=NO_RETRY, timeout=timeout, direct=False) as client:
            await client.head_object("b", "o")

    server.route_v1 = "/slow-head"
    with pytest.raises(AISTimeoutError, match="ReadTimeout"):
        asyncio.run(head())
    server.route_v1 = "/drop"
    with pytest.raises(AISConnectionError, match="RemoteProtocolError"):
        asyncio.run(head())
