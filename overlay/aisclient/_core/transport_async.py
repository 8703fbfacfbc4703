"""`AsyncStreamTransport`: the async client's HTTP/1.1 transport, over an asyncio protocol.

Why: httpx's default asyncio transport (httpcore + anyio + h11) spends ~13 ms of
CPU per small request with a few hundred tasks sharing one client (its pool
re-scans every waiting request on each change, h11 parses headers with regular
expressions); aiohttp's is about ten times leaner. This one does the least per exchange:
the request head is built as one bytes object, the answer's head split by
hand, a body already in the buffer handed over without waiting, and received
pieces passed on without copies.

Behaviour matches `StdlibTransport` (the sync client's): one pool of idle
keep-alive connections per node; a request whose
`extensions["aisclient.replayable"]` is False never goes on a reused
connection and is never sent twice; a replayable one with an in-memory body,
whose reused connection turns out dead before any answer, is sent once more
on a new connection. `max_connections` caps the connections in use across all
nodes: a request waits up to the `pool` timeout for one (PoolTimeout).
Timeouts and failures surface as the httpx exceptions (ConnectTimeout,
ReadTimeout, WriteTimeout, ConnectError, ReadError, RemoteProtocolError).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import ssl
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator
from typing import Any

import httpx

from .plain import AsyncPlainResponse, Wire, plain_headers, split_url
from .transport import Cookieless

__all__ = ["AsyncStreamTransport", "CookielessAsyncClient"]

_Key = tuple[bytes, bytes, int]

# Bodies up to this size go out in the same write as the request head.
_INLINE_BODY = 64 << 10
# A large in-memory body is written in slices of this size, so the transport's buffer stays bounded.
_WRITE_SLICE = 1 << 20
# Reading pauses while this much received data waits for the consumer, resumes below a quarter of it.
_READ_HIGH = 4 << 20
_MAX_HEAD = 256 << 10
_MAX_CHUNK_LINE = 4096


class _Eof(Exception):
    """The server closed the connection (`cause`: the socket error, if any)."""

    def __init__(self, cause: BaseException | None) -> None:
        super().__init__(str(cause) if cause else "connection closed by the server")
        self.cause = cause


class _Timeout(Exception):
    """No progress within the phase's timeout."""


class _Stale(Exception):
    """A reused keep-alive connection turned out closed before any byte of an answer."""


def _expire(fut: asyncio.Future[None]) -> None:
    if not fut.done():
        fut.set_exception(_Timeout())


class _Conn(asyncio.Protocol):
    """One connection: received data as a queue of the pieces the loop delivered (no copies)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, key: _Key) -> None:
        self.loop = loop
        self.key = key
        self.transport: asyncio.Transport | None = None
        self.chunks: deque[bytes] = deque()
        self.size = 0
        self.received = 0  # bytes ever received: tells whether any of an answer came
        self.eof = False
        self.error: BaseException | None = None
        self.waiter: asyncio.Future[None] | None = None
        self.drain_waiter: asyncio.Future[None] | None = None
        self.write_paused = False
        self.read_paused = False
        self.idle_since = 0.0

    # -- asyncio.Protocol ----------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        transport.set_write_buffer_limits(high=_WRITE_SLICE)

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)
        self.size += len(data)
        self.received += len(data)
        if self.size > _READ_HIGH and not self.read_paused and self.transport is not None:
            self.read_paused = True
            self.transport.pause_reading()
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False  # let the transport close: HTTP/1.1 has no half-closed use here

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = True
        if exc is not None and self.error is None:
            self.error = exc
        self._wake()
        drain = self.drain_waiter
        if drain is not None and not drain.done():
            drain.set_result(None)

    def pause_writing(self) -> None:
        self.write_paused = True

    def resume_writing(self) -> None:
        self.write_paused = False
        drain = self.drain_waiter
        if drain is not None and not drain.done():
            drain.set_result(None)

    def _wake(self) -> None:
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    # -- reading ---------------------------------------------------------------------

    async def wait_data(self, timeout: float | None) -> None:
        """Wait until some data is buffered; `_Eof` when the connection ended, `_Timeout` when none came."""
        while not self.chunks:
            if self.eof:
                raise _Eof(self.error)
            await self._next_arrival(timeout)

    async def _next_arrival(self, timeout: float | None) -> None:
        """Wait for the protocol's next data or end (`_Timeout` when `timeout` passes first)."""
        fut = self.loop.create_future()
        self.waiter = fut
        handle = self.loop.call_later(timeout, _expire, fut) if timeout is not None else None
        try:
            await fut
        finally:
            self.waiter = None
            if handle is not None:
                handle.cancel()

    def take(self, limit: int) -> bytes:
        """Up to `limit` buffered bytes (at least one piece must be buffered)."""
        chunk = self.chunks[0]
        if len(chunk) <= limit:
            self.chunks.popleft()
        else:
            self.chunks[0] = chunk[limit:]
            chunk = chunk[:limit]
        self.size -= len(chunk)
        if self.read_paused and self.size < _READ_HIGH // 4 and self.transport is not None:
            self.read_paused = False
            self.transport.resume_reading()
        return chunk

    async def read_some(self, limit: int, timeout: float | None) -> bytes:
        if not self.chunks:
            await self.wait_data(timeout)
        return self.take(limit)

    async def read_until(self, sep: bytes, max_size: int, timeout: float | None) -> bytes:
        """The bytes before `sep` (consumed with it); `_Eof` if the connection ends first."""
        while True:
            if self.chunks:
                first = self.chunks[0]
                i = first.find(sep)
                if i < 0 and len(self.chunks) > 1:
                    first = b"".join(self.chunks)
                    self.chunks.clear()
                    self.chunks.append(first)
                    i = first.find(sep)
                if i >= 0:
                    end = i + len(sep)
                    if end == len(first):
                        self.chunks.popleft()
                    else:
                        self.chunks[0] = first[end:]
                    self.size -= end
                    return first[:i]
                if self.size > max_size:
                    raise httpx.RemoteProtocolError(f"no end of line within {max_size} bytes")
                if self.eof:
                    raise _Eof(self.error)
                await self._next_arrival(timeout)
            else:
                await self.wait_data(timeout)

    # -- writing ---------------------------------------------------------------------

    @property
    def lost(self) -> bool:
        t = self.transport
        return t is None or t.is_closing()

    def write(self, data: bytes | memoryview) -> None:
        assert self.transport is not None
        self.transport.write(data)

    async def drain(self, timeout: float | None) -> None:
        while self.write_paused and not self.lost:
            fut = self.loop.create_future()
            self.drain_waiter = fut
            handle = self.loop.call_later(timeout, _expire, fut) if timeout is not None else None
            try:
                await fut
            finally:
                self.drain_waiter = None
                if handle is not None:
                    handle.cancel()

    def usable(self) -> bool:
        """An idle connection is reusable only if nothing arrived on it (an EOF, or stray bytes)."""
        return not (self.eof or self.chunks or self.lost)

    def close(self) -> None:
        t = self.transport
        if t is not None and not t.is_closing():
            with contextlib.suppress(RuntimeError):  # its event loop is closed: nothing left to release
                t.close()


class _Slots:
    """At most `n` connections in use; waiters are served in order, each within its own timeout."""

    def __init__(self, n: int) -> None:
        self.free = n
        self.waiters: deque[asyncio.Future[None]] = deque()

    async def acquire(self, timeout: float | None, request: httpx.Request | None) -> None:
        if self.free > 0 and not self.waiters:
            self.free -= 1
            return
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[None] = loop.create_future()
        self.waiters.append(fut)
        handle = loop.call_later(timeout, _expire, fut) if timeout is not None else None
        try:
            await fut
        except _Timeout:
            raise httpx.PoolTimeout("no free connection within the pool timeout", request=request) from None
        except asyncio.CancelledError:
            # Cancelled just after a slot was handed over: pass it on.
            if fut.done() and not fut.cancelled() and fut.exception() is None:
                self.release()
            raise
        finally:
            if handle is not None:
                handle.cancel()

    def release(self) -> None:
        waiters = self.waiters
        while waiters:
            fut = waiters.popleft()
            if not fut.done():
                fut.set_result(None)
                return
        self.free += 1


class AsyncStreamTransport(httpx.AsyncBaseTransport):
    """HTTP/1.1 over asyncio, with a keep-alive pool per origin.

    Args:
        verify: as in httpx (bool, CA bundle path, or an `ssl.SSLContext`).
        max_idle_per_host: idle connections kept per node.
        max_connections: connections in use at once across all nodes (None: no cap).
        keepalive_expiry: seconds an idle connection is kept (None: no limit).
    """

    def __init__(
        self,
        *,
        verify: bool | str | ssl.SSLContext = True,
        max_idle_per_host: int = 32,
        max_connections: int | None = None,
        keepalive_expiry: float | None = 5.0,
    ) -> None:
        self._verify = verify
        self._ssl: ssl.SSLContext | None = None
        self._max_idle = max_idle_per_host
        self._expiry = keepalive_expiry
        self._idle: dict[_Key, list[_Conn]] = {}
        self._slots = _Slots(max_connections) if max_connections else None
        self._closed = False

    # -- connections -----------------------------------------------------------------

    def _ssl_context(self) -> ssl.SSLContext:
        if self._ssl is None:
            v = self._verify
            if isinstance(v, ssl.SSLContext):
                self._ssl = v
            elif isinstance(v, str):  # a CA bundle file or a directory of CA certificates
                is_dir = os.path.isdir(v)
                self._ssl = ssl.create_default_context(cafile=None if is_dir else v, capath=v if is_dir else None)
            else:
                self._ssl = httpx.create_ssl_context(verify=v)
        return self._ssl

    def _checkout(self, key: _Key, loop: asyncio.AbstractEventLoop) -> _Conn | None:
        idle = self._idle.get(key)
        while idle:
            conn = idle.pop()
            fresh_enough = self._expiry is None or loop.time() - conn.idle_since < self._expiry
            if conn.loop is loop and conn.usable() and fresh_enough:
                return conn
            conn.close()
        return None

    def _checkin(self, conn: _Conn) -> None:
        if not self._closed and conn.usable():
            idle = self._idle.setdefault(conn.key, [])
            if len(idle) < self._max_idle:
                conn.idle_since = conn.loop.time()
                idle.append(conn)
                return
        conn.close()

    def _release(self) -> None:
        if self._slots is not None:
            self._slots.release()

    async def _connect(
        self, key: _Key, loop: asyncio.AbstractEventLoop, timeout: float | None, request: httpx.Request | None
    ) -> _Conn:
        scheme, raw_host, port = key
        host = raw_host.decode("ascii")
        tls = self._ssl_context() if scheme == b"https" else None
        conn = _Conn(loop, key)
        try:
            async with asyncio.timeout(timeout):
                await loop.create_connection(
                    lambda: conn,
                    host,
                    port,
                    ssl=tls,
                    server_hostname=host if tls is not None else None,
                    ssl_handshake_timeout=timeout if tls is not None else None,
                )
        except TimeoutError as exc:
            conn.close()
            raise httpx.ConnectTimeout(f"connect to {host}:{port} timed out", request=request) from exc
        except OSError as exc:  # refused, unreachable, TLS handshake or certificate failure
            conn.close()
            raise httpx.ConnectError(f"{type(exc).__name__}: {exc}", request=request) from exc
        return conn

    async def aclose(self) -> None:
        self._closed = True
        conns = [c for idle in self._idle.values() for c in idle]
        self._idle.clear()
        for c in conns:
            c.close()

    # -- one exchange ----------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        scheme = url.raw_scheme
        key: _Key = (scheme, url.raw_host, url.port or (443 if scheme == b"https" else 80))
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        replayable = bool(request.extensions.get("aisclient.replayable", True))
        stream = request.stream
        body: bytes | AsyncIterable[bytes]
        if isinstance(stream, httpx.ByteStream):
            body = request.content
        elif isinstance(stream, httpx.AsyncByteStream):
            body = stream
        else:
            raise TypeError(f"AsyncStreamTransport needs an async request body, got {type(stream).__name__}")
        wire = Wire.from_httpx(request)
        status, reason, headers, stream_ = await self._start(key, wire, body, timeouts, replayable)
        return httpx.Response(
            status,
            headers=headers,
            stream=stream_,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": reason},
        )

    async def exchange(
        self,
        method: str,
        url: str,
        headers: list[tuple[str, str]],
        content: bytes | AsyncIterable[bytes] | None,
        timeouts: dict[str, float | None],
        replayable: bool,
    ) -> AsyncPlainResponse:
        """One request without httpx's models (see `plain.py`): what `handle_async_request` does for
        an `httpx.Request` built from these arguments by a client without default headers."""
        (scheme, host, port), host_field, target = split_url(url)
        fields, chunked = plain_headers(method, host_field, headers, content)
        wire = Wire(method, target, fields, chunked, None)
        key: _Key = (scheme.encode("ascii"), host.encode("idna"), port)
        body: bytes | AsyncIterable[bytes] = b"" if content is None else content
        status, _, raw, stream = await self._start(key, wire, body, timeouts, replayable)
        return AsyncPlainResponse(status, raw, url, stream)

    async def _start(
        self,
        key: _Key,
        wire: Wire,
        body: bytes | AsyncIterable[bytes],
        timeouts: dict[str, float | None],
        replayable: bool,
    ) -> tuple[int, bytes, list[tuple[bytes, bytes]], _ResponseBody]:
        request = wire.request
        head = _request_head(wire)
        loop = asyncio.get_running_loop()
        if self._slots is not None:
            await self._slots.acquire(timeouts.get("pool"), request)
        try:
            conn = self._checkout(key, loop) if replayable else None
            if conn is not None:
                try:
                    return await self._exchange(conn, wire, head, body, timeouts, fresh=False)
                except _Stale:
                    # The server closed a kept-alive connection as we reused it, before answering.
                    conn.close()
                    if not isinstance(body, bytes):
                        raise httpx.RemoteProtocolError("connection closed by the server", request=request) from None
            conn = await self._connect(key, loop, timeouts.get("connect"), request)
            return await self._exchange(conn, wire, head, body, timeouts, fresh=True)
        except BaseException:
            self._release()
            raise

    async def _exchange(
        self,
        conn: _Conn,
        wire: Wire,
        head: bytes,
        body: bytes | AsyncIterable[bytes],
        timeouts: dict[str, float | None],
        *,
        fresh: bool,
    ) -> tuple[int, bytes, list[tuple[bytes, bytes]], _ResponseBody]:
        request = wire.request
        phase = "write"
        received = conn.received
        try:
            write_timeout = timeouts.get("write")
            if isinstance(body, bytes):
                if len(body) <= _INLINE_BODY:
                    conn.write(head + body if body else head)  # one write: no delayed-ACK stall
                else:
                    conn.write(head)
                    await _write_all(conn, body, write_timeout)
            else:
                conn.write(head)
                await _write_stream(conn, body, write_timeout, wire.chunked)
            await conn.drain(write_timeout)
            phase = "read"
            read_timeout = timeouts.get("read")
            # Even when the write broke, the server may have answered (early error): read what came.
            while True:
                status, reason, headers, length, chunked, will_close = _parse_head(
                    await conn.read_until(b"\r\n\r\n", _MAX_HEAD, read_timeout)
                )
                if status >= 200 or status == 101:
                    break
            if wire.method == "HEAD" or status in (204, 304) or 100 <= status < 200:
                length, chunked = 0, False
            if length is None and not chunked:
                will_close = True  # the body runs to the end of the connection
        except _Timeout as exc:
            conn.close()
            cls = httpx.WriteTimeout if phase == "write" else httpx.ReadTimeout
            raise cls(f"{phase} timed out", request=request) from exc
        except _Eof as exc:
            conn.close()
            if not fresh and conn.received == received:
                raise _Stale() from exc  # not a byte of an answer came: the server had closed it
            if exc.cause is not None:
                raise httpx.ReadError(f"{type(exc.cause).__name__}: {exc.cause}", request=request) from exc.cause
            raise httpx.RemoteProtocolError(
                "server disconnected without sending a complete answer", request=request
            ) from exc
        except httpx.RemoteProtocolError as exc:
            conn.close()
            if request is not None:
                exc.request = request
            raise
        except BaseException:
            # Anything else (the upload's source failed, cancellation): the connection is mid-request
            # and can never be reused.
            conn.close()
            raise
        return status, reason, headers, _ResponseBody(self, conn, request, length, chunked, will_close, read_timeout)


def _request_head(wire: Wire) -> bytes:
    lines = [f"{wire.method} {wire.target} HTTP/1.1"]
    lines.extend(f"{name}: {value}" for name, value in wire.headers)
    lines.append("\r\n")
    text = "\r\n".join(lines)
    if text.count("\n") != len(lines) or text.count("\r") != len(lines):
        # A line break inside a header would let its value forge further headers.
        raise httpx.LocalProtocolError("a request header contains a line break", request=wire.request)
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        raise httpx.LocalProtocolError("a request header is not latin-1 text", request=wire.request) from None


async def _write_all(conn: _Conn, body: bytes, timeout: float | None) -> None:
    view = memoryview(body)
    for start in range(0, len(body), _WRITE_SLICE):
        if conn.lost:
            return
        conn.write(view[start : start + _WRITE_SLICE])
        await conn.drain(timeout)


async def _write_stream(conn: _Conn, body: AsyncIterable[bytes], timeout: float | None, chunked: bool) -> None:
    async for piece in body:
        if conn.lost:
            return
        if not piece:
            continue
        conn.write(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
        await conn.drain(timeout)
    if chunked and not conn.lost:
        conn.write(b"0\r\n\r\n")


_Head = tuple[int, bytes, list[tuple[bytes, bytes]], int | None, bool, bool]


def _parse_head(head: bytes) -> _Head:
    """Status, reason, headers, Content-Length, chunked, and whether the server closes after this answer."""
    lines = head.split(b"\r\n")
    version, _, rest = lines[0].partition(b" ")
    code, _, reason = rest.partition(b" ")
    if not version.startswith(b"HTTP/1.") or len(code) != 3 or not code.isdigit():
        raise httpx.RemoteProtocolError(f"not an HTTP/1.x status line: {lines[0][:100]!r}")
    status = int(code)
    headers: list[tuple[bytes, bytes]] = []
    length: int | None = None
    chunked = False
    will_close = version == b"HTTP/1.0"
    for line in lines[1:]:
        name, colon, value = line.partition(b":")
        if not colon or not name or name[-1:] in b" \t":
            if line[:1] in b" \t" and headers:  # an obsolete folded continuation line
                k, v = headers[-1]
                headers[-1] = (k, v + b" " + line.strip())
                continue
            raise httpx.RemoteProtocolError(f"malformed header line: {line[:100]!r}")
        value = value.strip()
        headers.append((name, value))
        lower = name.lower()
        if lower == b"content-length":
            if not value.isdigit() or (length is not None and int(value) != length):
                raise httpx.RemoteProtocolError(f"bad Content-Length: {value[:40]!r}")
            length = int(value)
        elif lower == b"transfer-encoding":
            chunked = value.lower().endswith(b"chunked")
        elif lower == b"connection":
            tokens = value.lower()
            if b"close" in tokens:
                will_close = True
            elif b"keep-alive" in tokens:
                will_close = False
    if chunked:
        length = None  # Transfer-Encoding wins over Content-Length (RFC 9112 6.3)
    return status, reason, headers, length, chunked, will_close


class _ResponseBody(httpx.AsyncByteStream):
    """The answer's body as it arrives; returns the connection to the pool when fully read."""

    def __init__(
        self,
        transport: AsyncStreamTransport,
        conn: _Conn,
        request: httpx.Request | None,
        length: int | None,
        chunked: bool,
        will_close: bool,
        timeout: float | None,
    ) -> None:
        self._transport = transport
        self._conn: _Conn | None = conn
        self._request = request
        self._length = length
        self._chunked = chunked
        self._will_close = will_close
        self._timeout = timeout

    async def __aiter__(self) -> AsyncIterator[bytes]:
        conn = self._conn
        if conn is None:
            raise httpx.StreamClosed()
        timeout = self._timeout
        try:
            if self._chunked:
                async for piece in self._chunks(conn, timeout):
                    yield piece
            elif self._length is not None:
                remaining = self._length
                while remaining:
                    piece = conn.take(remaining) if conn.chunks else await conn.read_some(remaining, timeout)
                    remaining -= len(piece)
                    if not remaining:
                        self._finish()  # free the connection now: a consumer may stop at the last byte
                    yield piece
            else:
                while True:
                    try:
                        piece = await conn.read_some(1 << 30, timeout)
                    except _Eof as exc:
                        if exc.cause is not None:
                            raise
                        break
                    yield piece
        except _Timeout as exc:
            self._discard()
            raise httpx.ReadTimeout("read timed out", request=self._request) from exc
        except _Eof as exc:
            self._discard()
            cause = exc.cause
            detail = f"{type(cause).__name__}: {cause}" if cause else "connection closed before the end of the body"
            raise httpx.ReadError(detail, request=self._request) from cause
        except httpx.RemoteProtocolError as exc:
            self._discard()
            if self._request is not None:
                exc.request = self._request
            raise
        except BaseException:
            self._discard()
            raise
        self._finish()

    @staticmethod
    async def _chunks(conn: _Conn, timeout: float | None) -> AsyncIterator[bytes]:
        while True:
            line = await conn.read_until(b"\r\n", _MAX_CHUNK_LINE, timeout)
            size_text = line.partition(b";")[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                raise httpx.RemoteProtocolError(f"bad chunk size line: {line[:40]!r}") from None
            if size == 0:
                while await conn.read_until(b"\r\n", _MAX_HEAD, timeout):  # trailers, up to the empty line
                    pass
                return
            while size:
                piece = await conn.read_some(size, timeout)
                size -= len(piece)
                yield piece
            if await conn.read_until(b"\r\n", _MAX_CHUNK_LINE, timeout):
                raise httpx.RemoteProtocolError("chunk data longer than its size")

    def _finish(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        if self._will_close:
            conn.close()
        else:
            self._transport._checkin(conn)
        self._transport._release()

    def _discard(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()
            self._transport._release()

    async def aclose(self) -> None:
        # Closed before the end of the body: the connection is mid-answer and cannot be reused.
        self._discard()


class CookielessAsyncClient(Cookieless, httpx.AsyncClient):
    """`httpx.AsyncClient` that neither stores nor sends cookies (see `transport.Cookieless`)."""

    async def exchange(
        self,
        method: str,
        url: str,
        params: tuple[tuple[str, str], ...] | None,
        headers: list[tuple[str, str]],
        content: bytes | AsyncIterable[bytes] | None,
        extensions: dict[str, Any],
    ) -> AsyncPlainResponse | httpx.Response:
        """As `transport.CookielessClient.exchange`, on our asyncio transport."""
        target = self._plain_target(AsyncStreamTransport, url, params)
        if target is None:
            request = self.build_request(
                method, url, params=params, headers=headers, content=content, extensions=extensions
            )
            return await self.send(request, stream=True, follow_redirects=False)
        transport = self._transport
        assert isinstance(transport, AsyncStreamTransport)
        return await transport.exchange(method, target, headers, content, *self._plain_options(extensions))
