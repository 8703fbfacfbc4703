"""`StdlibTransport`: an httpx transport over the standard library's `http.client`.

Why: on bulk bodies httpx's default transport (httpcore + h11) copies every
received byte about three times in Python-level buffers; measured here it
spends ~2.5 s of CPU per GiB read, `http.client` ~0.35 s. Object data is
this client's hot path, so the sync client swaps the transport (httpx keeps
its request/response model, timeouts and API). Keep-alive: one pool of idle
connections per node (scheme, host, port); a pooled connection that the
server closed meanwhile is detected before reuse (or, for a request that can
be sent again, as it is reused within a second of going idle: see
`StdlibTransport._checkout`).

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
import queue
import select
import socket
import ssl
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

import httpx

from .plain import PlainResponse, Wire, plain_headers, split_url

__all__ = ["Cookieless", "CookielessClient", "NoCookies", "StdlibTransport", "open_async_http", "open_sync_http"]

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
        # Per node: idle connections, each with the time it was checked in.
        self._idle: dict[_Key, deque[tuple[http.client.HTTPConnection, float]]] = {}
        self._lock = threading.Lock()  # only to create a node's pool, and to close
        self._closed = False
        self._slots = _Slots(max_connections) if max_connections else None

    # -- connections ------------------------------------------------------------------

    def _ssl_context(self) -> ssl.SSLContext:
        if self._ssl is None:
            v = self._verify
            self._ssl = v if isinstance(v, ssl.SSLContext) else httpx.create_ssl_context(verify=v)
        return self._ssl

    def _new(self, key: _Key, connect_timeout: float | None) -> http.client.HTTPConnection:
        scheme, host, port = key
        conn: http.client.HTTPConnection
        if scheme == "https":
            conn = http.client.HTTPSConnection(host, port, timeout=connect_timeout, context=self._ssl_context())
        else:
            conn = http.client.HTTPConnection(host, port, timeout=connect_timeout)
        conn.response_class = _LeanResponse
        return conn

    def _checkout(self, key: _Key, resendable: bool) -> http.client.HTTPConnection | None:
        """An idle connection to `key` that the server did not close, if there is one.

        No lock: a deque's pop and append are atomic, and the liveness check makes a system call,
        which would keep every other thread waiting if it ran under a lock. That check is skipped
        for a connection idle less than `_FRESH` seconds when the request can be sent again
        (`resendable`): a server closing it just then is caught by the replay; each system call
        hands the GIL to another thread, a large share of the cost of a small request with many.
        """
        idle = self._idle.get(key)
        while idle:
            try:
                conn, since = idle.pop()
            except IndexError:  # another thread took the last one
                return None
            if (resendable and time.monotonic() - since < _FRESH) or not _dropped(conn):
                return conn
            conn.close()
        return None

    def _checkin(self, key: _Key, conn: http.client.HTTPConnection) -> None:
        idle = self._idle.get(key)
        if idle is None:
            with self._lock:
                idle = self._idle.setdefault(key, deque())
        # Threads checking in at once may each see one place left: the bound holds within a few.
        if len(idle) < self._max_idle and not self._closed:
            idle.append((conn, time.monotonic()))
            return
        conn.close()

    def close(self) -> None:
        self._closed = True
        with self._lock:
            pools = list(self._idle.values())
            self._idle.clear()
        for idle in pools:
            while idle:
                try:
                    idle.pop()[0].close()
                except IndexError:
                    break

    # -- one exchange -----------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        key: _Key = (url.scheme, url.host, url.port or (443 if url.scheme == "https" else 80))
        wire = Wire.from_httpx(request)
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        replayable = bool(request.extensions.get("aisclient.replayable", True))
        resp, body = self._start(key, wire, _body(request), timeouts, replayable)
        return httpx.Response(
            resp.status,
            # http.client decoded the raw header bytes as latin-1: encode back, httpx decodes as usual.
            headers=_raw_headers(resp),
            stream=body,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": resp.reason.encode("latin-1", "replace")},
        )

    def exchange(
        self,
        method: str,
        url: str,
        headers: list[tuple[str, str]],
        content: bytes | Iterable[bytes] | None,
        timeouts: dict[str, float | None],
        replayable: bool,
    ) -> PlainResponse:
        """One request without httpx's models (see `PlainResponse`): what `handle_request` does for
        an `httpx.Request` built from these arguments by a client without default headers."""
        key, host, target = split_url(url)
        headers, chunked = plain_headers(method, host, headers, content)
        wire = Wire(method, target, headers, chunked, None)
        body: bytes | Iterable[bytes] = b"" if content is None else content
        resp, stream = self._start(key, wire, body, timeouts, replayable)
        return PlainResponse(resp.status, _raw_headers(resp), url, stream)

    def _start(
        self,
        key: _Key,
        wire: Wire,
        body: bytes | Iterable[bytes],
        timeouts: dict[str, float | None],
        replayable: bool,
    ) -> tuple[http.client.HTTPResponse, _ResponseBody]:
        slot = self._acquire_slot(timeouts.get("pool"), wire.request)
        try:
            conn, resp = self._send(key, wire, body, timeouts, replayable)
        except BaseException:
            if slot is not None:
                slot.release()
            raise
        return resp, _ResponseBody(self, key, conn, resp, wire.request, slot)

    def _acquire_slot(self, timeout: float | None, request: httpx.Request | None) -> _Slots | None:
        if self._slots is None:
            return None
        if not self._slots.acquire(timeout=timeout):
            raise httpx.PoolTimeout("no free connection within the pool timeout", request=request)
        return self._slots

    def _send(
        self,
        key: _Key,
        wire: Wire,
        body: bytes | Iterable[bytes],
        timeouts: dict[str, float | None],
        replayable: bool,
    ) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
        request = wire.request
        conn = self._checkout(key, isinstance(body, bytes)) if replayable else None
        if conn is not None:
            try:
                return conn, self._exchange(conn, wire, body, timeouts)
            except _StaleConnection:
                # The server closed a kept-alive connection as we reused it, before answering.
                conn.close()
                if not isinstance(body, bytes):
                    raise httpx.RemoteProtocolError("connection closed by the server", request=request) from None
        conn = self._new(key, timeouts.get("connect"))
        try:
            return conn, self._exchange(conn, wire, body, timeouts)
        except _StaleConnection as exc:
            conn.close()
            raise httpx.RemoteProtocolError(str(exc.__cause__), request=request) from exc.__cause__

    def _exchange(
        self,
        conn: http.client.HTTPConnection,
        wire: Wire,
        body: bytes | Iterable[bytes],
        timeouts: dict[str, float | None],
    ) -> http.client.HTTPResponse:
        request = wire.request
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
            _set_timeout(sock, timeouts.get("write"))
            conn.putrequest(wire.method, wire.target, skip_host=True, skip_accept_encoding=True)
            for name, value in wire.headers:
                conn.putheader(name, value)
            chunked = wire.chunked
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
            _set_timeout(sock, timeouts.get("read"))
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


class _Slots:
    """At most `n` connections in use: a queue of `n` tokens. (`queue.SimpleQueue` is C code; a
    `threading.Semaphore` runs a Python condition variable on each acquire and release.)"""

    def __init__(self, n: int) -> None:
        self._tokens: queue.SimpleQueue[None] = queue.SimpleQueue()
        for _ in range(n):
            self._tokens.put(None)

    def acquire(self, timeout: float | None) -> bool:
        try:
            self._tokens.get(timeout=None if timeout is None else max(0.0, timeout))
        except queue.Empty:
            return False
        return True

    def release(self) -> None:
        self._tokens.put(None)


# A connection idle for less than this many seconds is reused without asking the kernel whether the
# server closed it (for requests that can be sent again: see `StdlibTransport._checkout`).
_FRESH = 1.0

# Bodies up to this size go out in one send with the headers (http.client joins them: a copy).
_INLINE_BODY = 64 << 10


class _StaleConnection(Exception):
    """A reused keep-alive connection turned out to be closed by the server."""


def _body(request: httpx.Request) -> bytes | Iterable[bytes]:
    """In-memory bodies as bytes (replayable, sent with the headers); anything else streamed."""
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        return b"".join(stream)
    if not isinstance(stream, httpx.SyncByteStream):
        raise TypeError(f"StdlibTransport needs a sync request body, got {type(stream).__name__}")
    return stream


def _set_timeout(sock: socket.socket, timeout: float | None) -> None:
    # Only when it changes (write and read timeouts are mostly the same): `settimeout` is a system
    # call that lets another thread take the GIL.
    if sock.gettimeout() != timeout:
        sock.settimeout(timeout)


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


class _HeadFields:
    """A response's header fields, as much of `http.client.HTTPMessage` as `HTTPResponse` uses."""

    __slots__ = ("raw",)

    def __init__(self, raw: list[tuple[bytes, bytes]]) -> None:
        self.raw = raw

    def get_all(self, name: str, failobj: Any = None) -> list[str] | Any:
        key = name.lower().encode("latin-1")
        found = [v.decode("latin-1") for k, v in self.raw if k.lower() == key]
        return found or failobj

    def get(self, name: str, failobj: Any = None) -> str | Any:
        key = name.lower().encode("latin-1")
        for k, v in self.raw:
            if k.lower() == key:
                return v.decode("latin-1")
        return failobj

    def __getitem__(self, name: str) -> str | None:
        return self.get(name)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def items(self) -> list[tuple[str, str]]:
        return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in self.raw]

    def keys(self) -> list[str]:
        return [k.decode("latin-1") for k, _ in self.raw]

    def values(self) -> list[str]:
        return [v.decode("latin-1") for _, v in self.raw]


# As in http.client: the longest header line, and the most header fields, accepted.
_MAX_LINE = 65536
_MAX_FIELDS = 100


class _LeanResponse(http.client.HTTPResponse):
    """`HTTPResponse` that splits the header fields itself instead of running the email package's
    MIME parser over them (a large share of the CPU a small request costs); otherwise as http.client
    reads them (status line, 1xx answers skipped, the body's framing and keep-alive rules)."""

    def begin(self) -> None:
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != http.client.CONTINUE:
                break
            _read_fields(self.fp)  # the head of a 100 Continue: nothing to keep
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise http.client.UnknownProtocol(version)
        fields = _HeadFields(_read_fields(self.fp))
        self.headers = self.msg = fields
        tr_enc = fields.get("transfer-encoding")
        self.chunked = bool(tr_enc and tr_enc.lower() == "chunked")
        self.chunk_left = None
        self.will_close = self._check_close()
        self.length = None
        length = fields.get("content-length")
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:  # a nonsensical negative length is ignored
                    self.length = None
        if (
            status in (http.client.NO_CONTENT, http.client.NOT_MODIFIED)
            or 100 <= status < 200
            or self._method == "HEAD"
        ):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True  # the body runs to the end of the connection


def _read_fields(fp: Any) -> list[tuple[bytes, bytes]]:
    """The header fields up to the empty line, as (name, value) bytes; a folded line joins the one before."""
    fields: list[tuple[bytes, bytes]] = []
    while True:
        line = fp.readline(_MAX_LINE + 1)
        if len(line) > _MAX_LINE:
            raise http.client.LineTooLong("header line")
        if line in (b"\r\n", b"\n", b""):
            return fields
        if line[:1] in b" \t" and fields:  # an obsolete folded continuation line
            name, value = fields[-1]
            fields[-1] = (name, value + b" " + line.strip())
            continue
        name, colon, value = line.partition(b":")
        if colon:  # (the email parser, too, drops a line that is no field)
            fields.append((name, value.lstrip(b" \t").rstrip(b"\r\n")))  # as the email parser
            if len(fields) > _MAX_FIELDS:
                raise http.client.HTTPException(f"got more than {_MAX_FIELDS} headers")


def _raw_headers(resp: http.client.HTTPResponse) -> list[tuple[bytes, bytes]]:
    msg: Any = resp.msg
    if isinstance(msg, _HeadFields):
        return msg.raw
    # http.client decoded the raw header bytes as latin-1: encode back, httpx decodes as usual.
    return [(k.encode("latin-1"), v.encode("latin-1")) for k, v in resp.getheaders()]


class _ResponseBody(httpx.SyncByteStream):
    """Reads the body in large pieces; returns the connection to the pool when fully read."""

    def __init__(
        self,
        transport: StdlibTransport,
        key: _Key,
        conn: http.client.HTTPConnection,
        resp: http.client.HTTPResponse,
        request: httpx.Request | None,
        slot: _Slots | None = None,
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


class NoCookies(httpx.Cookies):
    """A cookie store that keeps nothing."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


class Cookieless:
    """Mixin for httpx clients: neither store nor send cookies.

    AIS sets none, and httpx's cookie extraction (a urllib request and response built per answer)
    costs more CPU per small request than the whole exchange on the wire.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._no_cookies = NoCookies()

    @property
    def cookies(self) -> httpx.Cookies:
        return self._no_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        raise AttributeError("this connection pool keeps no cookies")

    def _plain_target(self, own_transport: type, url: str, params: tuple[tuple[str, str], ...] | None) -> str | None:
        """The URL to hand our own transport for `exchange`; None when the request must take httpx's
        way: a proxy mounted from the environment, another transport, or a URL with a query plus
        `params` (httpx merges the two)."""
        if getattr(self, "is_closed", False):
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        if getattr(self, "_mounts", None) or not isinstance(getattr(self, "_transport", None), own_transport):
            return None
        if params and "?" in url:
            return None
        return f"{url}?{httpx.QueryParams(params)}" if params else url

    def _plain_options(self, extensions: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """(timeouts, replayable) of an `exchange` on our own transport."""
        timeouts = extensions.get("timeout") or self.timeout.as_dict()  # type: ignore[attr-defined]
        return timeouts, bool(extensions.get("aisclient.replayable", True))


class CookielessClient(Cookieless, httpx.Client):
    """`httpx.Client` that neither stores nor sends cookies (see `Cookieless`)."""

    def exchange(
        self,
        method: str,
        url: str,
        params: tuple[tuple[str, str], ...] | None,
        headers: list[tuple[str, str]],
        content: bytes | Iterable[bytes] | None,
        extensions: dict[str, Any],
    ) -> PlainResponse | httpx.Response:
        """The request `send(build_request(...), stream=True, follow_redirects=False)` makes, on our
        own transport without httpx's models (see `plain.py`); the httpx way when this client
        routes through a proxy from the environment, or for a URL with a query plus `params`."""
        target = self._plain_target(StdlibTransport, url, params)
        if target is None:
            request = self.build_request(
                method, url, params=params, headers=headers, content=content, extensions=extensions
            )
            return self.send(request, stream=True, follow_redirects=False)
        transport = self._transport
        assert isinstance(transport, StdlibTransport)
        return transport.exchange(method, target, headers, content, *self._plain_options(extensions))


def open_sync_http(timeout: httpx.Timeout, limits: httpx.Limits, verify: bool | str | ssl.SSLContext) -> httpx.Client:
    """The sync client's connection pool: httpx over `StdlibTransport` (a fraction of h11's CPU per byte),
    without httpx's per-answer cookie extraction."""
    transport = StdlibTransport(
        verify=verify, max_idle_per_host=limits.max_keepalive_connections or 32, max_connections=limits.max_connections
    )
    return CookielessClient(transport=transport, timeout=timeout, follow_redirects=False)


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
