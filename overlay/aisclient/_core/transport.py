"""`StdlibTransport`: an httpx transport over the standard library's `http.client`.

Why: on bulk bodies httpx's default transport (httpcore + h11) copies every
received byte about three times in Python-level buffers; measured here it
spends ~2.5 s of CPU per GiB read, `http.client` ~0.35 s. Object data is
this client's hot path, so the sync client swaps the transport (httpx keeps
its request/response model, timeouts and API). Keep-alive: one pool of idle
connections per node (scheme, host, port); a pooled connection that the
server closed meanwhile is detected before reuse.

Replays: a request whose `extensions["aisclient.replayable"]` is False (the
driver's mark for requests that are not idempotent) never goes on a reused
connection, so it can never be caught by a server closing an idle connection
as we write, and it is never sent a second time by this transport. A
replayable request whose reused connection turns out dead before any answer
is sent once more on a new connection (what urllib3 does too).

`max_connections` caps the connections in use at once across all nodes; a
request waits up to the `pool` timeout for one, then fails with PoolTimeout.
"""

from __future__ import annotations

import http.client
import select
import ssl
import threading
from collections.abc import Iterator

import httpx

__all__ = ["StdlibTransport", "open_async_http", "open_sync_http"]

READ_SIZE = 256 * 1024
_Key = tuple[str, str, int]


class StdlibTransport(httpx.BaseTransport):
    """HTTP/1.1 over `http.client`, with a keep-alive pool per origin.

    `verify` is as in httpx (bool, CA bundle path, or an `ssl.SSLContext`).
    `max_idle_per_host` bounds the idle connections kept per node; there is
    no cap on connections in use, as with many threads each needs its own.
    """

    def __init__(
        self,
        *,
        verify: bool | str | ssl.SSLContext = True,
        max_idle_per_host: int = 32,
        max_connections: int | None = None,
    ) -> None:
        self._verify = verify
        self._ssl: ssl.SSLContext | None = None
        self._max_idle = max_idle_per_host
        self._idle: dict[_Key, list[http.client.HTTPConnection]] = {}
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max_connections) if max_connections else None

    # -- connections ------------------------------------------------------------------

    def _ssl_context(self) -> ssl.SSLContext:
        if self._ssl is None:
            v = self._verify
            self._ssl = v if isinstance(v, ssl.SSLContext) else httpx.create_ssl_context(verify=v)
        return self._ssl

    def _new(self, key: _Key, connect_timeout: float | None) -> http.client.HTTPConnection:
        scheme, host, port = key
        if scheme == "https":
            return http.client.HTTPSConnection(host, port, timeout=connect_timeout, context=self._ssl_context())
        return http.client.HTTPConnection(host, port, timeout=connect_timeout)

    def _checkout(self, key: _Key) -> http.client.HTTPConnection | None:
        with self._lock:
            idle = self._idle.get(key)
            while idle:
                conn = idle.pop()
                if not _dropped(conn):
                    return conn
                conn.close()
        return None

    def _checkin(self, key: _Key, conn: http.client.HTTPConnection) -> None:
        with self._lock:
            idle = self._idle.setdefault(key, [])
            if len(idle) < self._max_idle:
                idle.append(conn)
                return
        conn.close()

    def close(self) -> None:
        with self._lock:
            conns = [c for idle in self._idle.values() for c in idle]
            self._idle.clear()
        for c in conns:
            c.close()

    # -- one exchange -----------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        key: _Key = (url.scheme, url.host, url.port or (443 if url.scheme == "https" else 80))
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        replayable = bool(request.extensions.get("aisclient.replayable", True))
        body = _body(request)
        slot = self._acquire_slot(timeouts.get("pool"), request)
        try:
            conn, resp = self._send(key, request, body, timeouts, replayable)
        except BaseException:
            if slot is not None:
                slot.release()
            raise
        return httpx.Response(
            resp.status,
            # http.client decoded the raw header bytes as latin-1: encode back, httpx decodes as usual.
            headers=[(k.encode("latin-1"), v.encode("latin-1")) for k, v in resp.getheaders()],
            stream=_ResponseBody(self, key, conn, resp, request, slot),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": resp.reason.encode("latin-1", "replace")},
        )

    def _acquire_slot(self, timeout: float | None, request: httpx.Request) -> threading.BoundedSemaphore | None:
        if self._slots is None:
            return None
        if not self._slots.acquire(timeout=timeout):
            raise httpx.PoolTimeout("no free connection within the pool timeout", request=request)
        return self._slots

    def _send(
        self,
        key: _Key,
        request: httpx.Request,
        body: bytes | httpx.SyncByteStream,
        timeouts: dict[str, float | None],
        replayable: bool,
    ) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
        conn = self._checkout(key) if replayable else None
        if conn is not None:
            try:
                return conn, self._exchange(conn, request, body, timeouts)
            except _StaleConnection:
                # The server closed a kept-alive connection as we reused it, before answering.
                conn.close()
                if not isinstance(body, bytes):
                    raise httpx.RemoteProtocolError("connection closed by the server", request=request) from None
        conn = self._new(key, timeouts.get("connect"))
        try:
            return conn, self._exchange(conn, request, body, timeouts)
        except _StaleConnection as exc:
            conn.close()
            raise httpx.RemoteProtocolError(str(exc.__cause__), request=request) from exc.__cause__

    def _exchange(
        self,
        conn: http.client.HTTPConnection,
        request: httpx.Request,
        body: bytes | httpx.SyncByteStream,
        timeouts: dict[str, float | None],
    ) -> http.client.HTTPResponse:
        fresh = conn.sock is None
        try:
            if fresh:
                conn.connect()
        except TimeoutError as exc:
            conn.close()
            raise httpx.ConnectTimeout(str(exc) or "connect timed out", request=request) from exc
        except OSError as exc:
            conn.close()
            raise httpx.ConnectError(str(exc), request=request) from exc
        sock = conn.sock
        phase = "write"
        try:
            sock.settimeout(timeouts.get("write"))
            target = request.url.raw_path.decode("ascii")
            conn.putrequest(request.method, target, skip_host=True, skip_accept_encoding=True)
            for name, value in request.headers.raw:
                conn.putheader(name.decode("latin-1"), value.decode("latin-1"))
            chunked = request.headers.get("Transfer-Encoding", "").lower() == "chunked"
            if isinstance(body, bytes) and len(body) > _INLINE_BODY:
                conn.endheaders()  # a large body is not glued to the headers: that would copy it
                conn.send(body)
            elif isinstance(body, bytes):
                conn.endheaders(body or None)  # one send: no delayed-ACK stall on small requests
            else:
                conn.endheaders()
                for piece in body:
                    if chunked:
                        conn.send(b"%x\r\n%s\r\n" % (len(piece), piece) if piece else b"")
                    else:
                        conn.send(piece)
                if chunked:
                    conn.send(b"0\r\n\r\n")
            phase = "read"
            sock.settimeout(timeouts.get("read"))
            resp = conn.getresponse()
        except TimeoutError as exc:
            conn.close()
            cls = httpx.WriteTimeout if phase == "write" else httpx.ReadTimeout
            raise cls(str(exc) or f"{phase} timed out", request=request) from exc
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError) as exc:
            if fresh:
                conn.close()
                raise httpx.RemoteProtocolError(str(exc), request=request) from exc
            raise _StaleConnection() from exc
        except (OSError, http.client.HTTPException) as exc:
            conn.close()
            raise httpx.ReadError(f"{type(exc).__name__}: {exc}", request=request) from exc
        except BaseException:
            # Anything else (the upload's source failed, KeyboardInterrupt): the connection is
            # mid-request and can never be reused.
            conn.close()
            raise
        return resp


# Bodies up to this size go out in one send with the headers (http.client joins them: a copy).
_INLINE_BODY = 64 << 10


class _StaleConnection(Exception):
    """A reused keep-alive connection turned out to be closed by the server."""


def _body(request: httpx.Request) -> bytes | httpx.SyncByteStream:
    """In-memory bodies as bytes (replayable, sent with the headers); anything else streamed."""
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        return b"".join(stream)
    if not isinstance(stream, httpx.SyncByteStream):
        raise TypeError(f"StdlibTransport needs a sync request body, got {type(stream).__name__}")
    return stream


def _dropped(conn: http.client.HTTPConnection) -> bool:
    """An idle connection is unusable when the server closed it (readable EOF) or it has no socket."""
    sock = conn.sock
    if sock is None:
        return True
    try:
        if hasattr(select, "poll"):  # poll, not select: select fails for descriptors >= 1024
            poller = select.poll()
            poller.register(sock, select.POLLIN)
            return bool(poller.poll(0))  # idle HTTP/1.1: anything readable means EOF or garbage
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


class _ResponseBody(httpx.SyncByteStream):
    """Reads the body in large pieces; returns the connection to the pool when fully read."""

    def __init__(
        self,
        transport: StdlibTransport,
        key: _Key,
        conn: http.client.HTTPConnection,
        resp: http.client.HTTPResponse,
        request: httpx.Request,
        slot: threading.BoundedSemaphore | None = None,
    ) -> None:
        self._transport = transport
        self._key = key
        self._conn: http.client.HTTPConnection | None = conn
        self._resp = resp
        self._request = request
        self._slot = slot

    def __iter__(self) -> Iterator[bytes]:
        resp = self._resp
        try:
            while piece := resp.read(READ_SIZE):
                yield piece
        except TimeoutError as exc:
            self._discard()
            raise httpx.ReadTimeout(str(exc) or "read timed out", request=self._request) from exc
        except (OSError, http.client.HTTPException) as exc:
            self._discard()
            raise httpx.ReadError(f"{type(exc).__name__}: {exc}", request=self._request) from exc
        except BaseException:
            self._discard()
            raise
        if resp.length:  # http.client ends quietly on a body cut short of Content-Length
            self._discard()
            raise httpx.ReadError(
                f"connection closed with {resp.length} bytes of the body missing", request=self._request
            )
        self._release()

    def _free_slot(self) -> None:
        slot, self._slot = self._slot, None
        if slot is not None:
            slot.release()

    def _release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        if self._resp.isclosed() and not self._resp.will_close:
            self._transport._checkin(self._key, conn)
        else:
            conn.close()
        self._free_slot()

    def _discard(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()
            self._free_slot()

    def close(self) -> None:
        # Closed before the end of the body: the connection is mid-response and cannot be reused.
        if self._conn is not None and not self._resp.isclosed():
            self._discard()
        else:
            self._release()


def open_sync_http(timeout: httpx.Timeout, limits: httpx.Limits, verify: bool | str | ssl.SSLContext) -> httpx.Client:
    """The sync client's connection pool: httpx over `StdlibTransport` (a fraction of h11's CPU per byte)."""
    transport = StdlibTransport(
        verify=verify, max_idle_per_host=limits.max_keepalive_connections or 32, max_connections=limits.max_connections
    )
    return httpx.Client(transport=transport, timeout=timeout, follow_redirects=False)


def open_async_http(
    timeout: httpx.Timeout, limits: httpx.Limits, verify: bool | str | ssl.SSLContext
) -> httpx.AsyncClient:
    """The async client's connection pool: httpx over `AsyncStreamTransport` (a tenth of httpcore's CPU
    per small request with hundreds of tasks), without httpx's per-answer cookie extraction."""
    from .transport_async import AsyncStreamTransport, CookielessAsyncClient

    transport = AsyncStreamTransport(
        verify=verify,
        max_idle_per_host=limits.max_keepalive_connections or 32,
        max_connections=limits.max_connections,
        keepalive_expiry=limits.keepalive_expiry,
    )
    return CookielessAsyncClient(transport=transport, timeout=timeout, follow_redirects=False)
