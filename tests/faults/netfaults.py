"""Loopback fault servers for network faults a real AIS cluster cannot produce on demand.

Each is a context manager that serves on 127.0.0.1 (a free port) from background threads and
exposes `.url`; `stop()` (or leaving the `with` block) closes every socket and joins every thread
within a bounded time.

- `FaultProxy(upstream, ...)`: TCP forwarder in front of one real AIS node (proxy or target). It
  frames HTTP/1.1 messages only to know where each request and response starts and ends, and
  otherwise forwards bytes unchanged (no header or Location rewriting). Faults:
  `cut_after=N` forward the response head and N body bytes, then close the client connection;
  `flip_at=N` XOR 0xFF into the response body byte at offset N (offsets count raw bytes after the
  `\\r\\n\\r\\n` head terminator, chunk framing included); `reset=True` read the whole request, never
  forward it, and RST the client connection (`reset_forward=True`: forward it, and RST the client
  instead of relaying the upstream's answer, i.e. the request took effect but the client never hears).
  `every=True` faults every response (every request for reset); `every=False` only the first one the
  fault applies to, after which the proxy passes everything through until `rearm()`.
  AIS redirects (301/307 with a Location on a target's own port) bypass a proxy that fronts the AIS
  gateway for the second hop: front the target itself to fault the data transfer.
- `SilentServer()`: accepts and reads, never answers (for client timeouts).
- `ResetServer()`: accepts and closes at once with RST (SO_LINGER 0).
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import urllib.parse
from collections import deque
from dataclasses import dataclass
from types import TracebackType

HOST = "127.0.0.1"
_POLL = 0.2  # socket timeout for the loops that must notice stop()
_MAX_HEAD = 64 * 1024


def _rst(sock: socket.socket) -> None:
    """Close with RST instead of FIN."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()


class _Server:
    """Accept loop on 127.0.0.1:<free port>; one thread per connection; bounded stop."""

    def __init__(self, max_connections: int = 64) -> None:
        self.max_connections = max_connections
        self.connections = 0  # accepted so far
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._socks: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind((HOST, 0))
        self._listener.listen(64)
        self._listener.settimeout(_POLL)
        self.port: int = self._listener.getsockname()[1]
        self._acceptor: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> None:
        if self._acceptor is None:
            self._acceptor = threading.Thread(
                target=self._accept_loop, name=f"{type(self).__name__}-accept", daemon=True
            )
            self._acceptor.start()

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.connections += 1
                live = len(self._socks)
                self._threads = [t for t in self._threads if t.is_alive()]
            if live >= self.max_connections:
                _rst(sock)
                continue
            self._track(sock)
            t = threading.Thread(target=self._serve_guarded, args=(sock,), daemon=True)
            t.start()
            with self._lock:
                self._threads.append(t)

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._socks.add(sock)

    def _untrack(self, sock: socket.socket) -> None:
        with self._lock:
            self._socks.discard(sock)

    def _serve_guarded(self, sock: socket.socket) -> None:
        try:
            self._serve(sock)
        except OSError:
            pass
        finally:
            self._untrack(sock)
            _close(sock)

    def _serve(self, sock: socket.socket) -> None:
        raise NotImplementedError

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            socks = list(self._socks)
            threads = [*self._threads, *([self._acceptor] if self._acceptor else [])]
        for s in socks:
            _close(s)
        for t in threads:
            if t is not threading.current_thread() and t.ident is not None:
                t.join(timeout)

    def __enter__(self) -> _Server:
        self.start()
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()


# --------------------------------------------------------------------------- trivial servers


class SilentServer(_Server):
    """Accepts TCP connections, reads whatever arrives, never answers."""

    def __init__(self, max_connections: int = 64) -> None:
        super().__init__(max_connections)
        self.bytes_received = 0

    def __enter__(self) -> SilentServer:
        self.start()
        return self

    def _serve(self, sock: socket.socket) -> None:
        sock.settimeout(_POLL)
        while not self._stopping.is_set():
            try:
                data = sock.recv(65536)
            except TimeoutError:
                continue
            if not data:
                return
            with self._lock:
                self.bytes_received += len(data)


class ResetServer(_Server):
    """Accepts TCP connections and closes each at once with RST."""

    def __enter__(self) -> ResetServer:
        self.start()
        return self

    def _serve(self, sock: socket.socket) -> None:
        self._untrack(sock)
        _rst(sock)


# --------------------------------------------------------------------------- HTTP framing


@dataclass
class _Piece:
    kind: str  # "head" | "body"
    data: bytes
    msg: int  # message number on this connection, from 0
    offset: int = 0  # body: offset of data[0] within the body
    head_done: bool = False  # head: this piece completes the head
    status: int = 0  # response head_done piece: the status code
    end: bool = False  # this piece completes the message


class _Framer:
    """Incremental HTTP/1.1 framing of one direction of one connection.

    Requests push their method onto `methods`; responses pop it (a HEAD response has no body).
    A response without Content-Length or chunking runs until the connection closes.
    """

    def __init__(self, response: bool, methods: deque[str], log: list[str] | None = None) -> None:
        self.response = response
        self.methods = methods
        self.log = log  # every request's method, in order (FaultProxy.count)
        self.msg = 0
        self.state = "head"  # head | length | chunked | close
        self.head = b""
        self.remaining = 0
        self.offset = 0
        self.status = 0
        # chunked sub-state: size | data | data_crlf | trailer
        self.cstate = "size"
        self.line = b""

    def feed(self, data: bytes) -> list[_Piece]:
        out: list[_Piece] = []
        while data:
            if self.state == "head":
                data = self._feed_head(data, out)
            elif self.state == "length":
                n = min(len(data), self.remaining)
                self.remaining -= n
                out.append(_Piece("body", data[:n], self.msg, self.offset, end=self.remaining == 0))
                self.offset += n
                data = data[n:]
                if self.remaining == 0:
                    self._next()
            elif self.state == "chunked":
                n, done = self._chunked(data)
                out.append(_Piece("body", data[:n], self.msg, self.offset, end=done))
                self.offset += n
                data = data[n:]
                if done:
                    self._next()
            else:  # close-delimited
                out.append(_Piece("body", data, self.msg, self.offset))
                self.offset += len(data)
                data = b""
        return out

    def _next(self) -> None:
        self.msg += 1
        self.state = "head"
        self.head = b""
        self.offset = 0

    def _feed_head(self, data: bytes, out: list[_Piece]) -> bytes:
        before = len(self.head)
        self.head += data
        end = self.head.find(b"\r\n\r\n")
        if end < 0:
            if len(self.head) > _MAX_HEAD:
                raise ValueError("HTTP head too large")
            out.append(_Piece("head", data, self.msg))
            return b""
        used = end + 4 - before
        head, self.head = self.head[: end + 4], b""
        self._parse_head(head)
        no_body = self.state == "length" and self.remaining == 0
        out.append(_Piece("head", data[:used], self.msg, head_done=True, status=self.status, end=no_body))
        if no_body:
            self._next()
        return data[used:]

    def _parse_head(self, head: bytes) -> None:
        lines = head.decode("latin-1").split("\r\n")
        fields: dict[str, str] = {}
        for line in lines[1:]:
            k, sep, v = line.partition(":")
            if sep:
                fields[k.strip().lower()] = v.strip()
        chunked = "chunked" in fields.get("transfer-encoding", "").lower()
        length = fields.get("content-length")
        self.offset = 0
        self.status = 0
        if not self.response:
            self.methods.append(lines[0].split(" ", 1)[0].upper())
            if self.log is not None:
                self.log.append(self.methods[-1])
            self._body(chunked, length, default="none")
            return
        self.status = int(lines[0].split(" ")[1])
        if 100 <= self.status < 200 and self.status != 101:
            self.state, self.remaining = "length", 0  # interim: the real response follows
            return
        method = self.methods.popleft() if self.methods else "GET"
        if method == "HEAD" or self.status in (204, 304):
            self.state, self.remaining = "length", 0
            return
        self._body(chunked, length, default="close")

    def _body(self, chunked: bool, length: str | None, default: str) -> None:
        if chunked:
            self.state, self.cstate, self.line = "chunked", "size", b""
        elif length is not None:
            self.state, self.remaining = "length", int(length)
        elif default == "close":
            self.state = "close"
        else:
            self.state, self.remaining = "length", 0

    def _chunked(self, data: bytes) -> tuple[int, bool]:
        """Consume chunked framing from `data`; return (bytes consumed, message complete)."""
        i = 0
        while i < len(data):
            if self.cstate == "data":
                n = min(len(data) - i, self.remaining)
                i += n
                self.remaining -= n
                if self.remaining == 0:
                    self.cstate, self.line = "data_crlf", b""
                continue
            j = data.find(b"\n", i)
            if j < 0:
                self.line += data[i:]
                return len(data), False
            self.line += data[i : j + 1]
            i = j + 1
            line, self.line = self.line.strip(), b""
            if self.cstate == "size":
                size = int(line.split(b";")[0], 16)
                if size == 0:
                    self.cstate = "trailer"
                else:
                    self.cstate, self.remaining = "data", size
            elif self.cstate == "data_crlf":
                self.cstate = "size"
            elif not line:  # trailer section ends with an empty line
                return i, True
        return i, False


# --------------------------------------------------------------------------- fault proxy


class _Cut(Exception):
    pass


class FaultProxy(_Server):
    """TCP forwarding proxy to `upstream` (an AIS node URL) that injects one kind of fault.

    `mode` is an alternative spelling: "pass", "cut_response_after=N", "flip_byte_at=N",
    "reset_after_request". Counters: `connections`, `requests` (request heads seen), `responses`
    (final response heads seen), `faults` (faults injected).
    """

    def __init__(
        self,
        upstream: str,
        mode: str | None = None,
        *,
        cut_after: int | None = None,
        flip_at: int | None = None,
        reset: bool = False,
        reset_forward: bool = False,
        cut_with_rst: bool = False,
        every: bool = True,
        max_connections: int = 64,
    ) -> None:
        if mode is not None:
            name, _, arg = mode.partition("=")
            if name == "cut_response_after":
                cut_after = int(arg)
            elif name == "flip_byte_at":
                flip_at = int(arg)
            elif name == "reset_after_request":
                reset = True
            elif name != "pass":
                raise ValueError(f"unknown FaultProxy mode {mode!r}")
        if sum([cut_after is not None, flip_at is not None, reset or reset_forward]) > 1:
            raise ValueError("one fault per FaultProxy")
        if (cut_after is not None and cut_after < 0) or (flip_at is not None and flip_at < 0):
            raise ValueError("offsets must be >= 0")
        u = urllib.parse.urlsplit(upstream)
        if u.scheme != "http" or not u.hostname or not u.port:
            raise ValueError(f"upstream must be http://host:port, not {upstream!r}")
        super().__init__(max_connections)
        self.upstream = (u.hostname, u.port)
        self.cut_after = cut_after
        self.flip_at = flip_at
        self.reset = reset or reset_forward
        self.reset_forward = reset_forward
        self.cut_with_rst = cut_with_rst
        self.every = every
        self.requests = 0
        self.responses = 0
        self.faults = 0
        self.request_methods: list[str] = []
        self._fired = False

    def __enter__(self) -> FaultProxy:
        self.start()
        return self

    def count(self, method: str) -> int:
        """Requests seen with this HTTP method."""
        return self.request_methods.count(method.upper())

    def rearm(self) -> None:
        """With `every=False`: let the fault fire once more (on the next request/response it applies to)."""
        with self._lock:
            self._fired = False

    @property
    def armed(self) -> bool:
        return self.every or not self._fired

    def _claim(self) -> bool:
        """Decide to inject a fault now (counts it)."""
        with self._lock:
            if not self.every and self._fired:
                return False
            self._fired = True
            self.faults += 1
            return True

    def _serve(self, client: socket.socket) -> None:
        up = socket.create_connection(self.upstream, timeout=5)
        self._track(up)
        state = _ConnState()
        t = threading.Thread(target=self._responses, args=(up, client, state), daemon=True)
        t.start()
        with self._lock:
            self._threads.append(t)
        try:
            self._requests(client, up, state)
        finally:
            t.join()
            self._untrack(up)
            _close(up)

    def _requests(self, client: socket.socket, up: socket.socket, state: _ConnState) -> None:
        framer = _Framer(False, state.methods, self.request_methods)
        client.settimeout(_POLL)
        held: list[bytes] = []  # head of the current request until we know whether to swallow it
        swallow = False
        while not self._stopping.is_set() and not state.done.is_set():
            try:
                data = client.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                break
            if not data:
                with contextlib.suppress(OSError):
                    up.shutdown(socket.SHUT_WR)
                break
            if not self.reset:
                with self._lock:
                    self.requests += sum(1 for p in framer.feed(data) if p.kind == "head" and p.head_done)
                up.sendall(data)
                continue
            for p in framer.feed(data):
                if p.kind == "head" and not p.head_done:
                    held.append(p.data)
                    continue
                if p.kind == "head":
                    held.append(p.data)
                    with self._lock:
                        self.requests += 1
                    swallow = self.armed and self._claim()
                    if swallow and self.reset_forward:
                        state.reset_response.append(p.msg)
                        swallow = False
                    if not swallow:
                        up.sendall(b"".join(held))
                    held = []
                elif not swallow:
                    up.sendall(p.data)
                if p.end and swallow:
                    state.done.set()
                    _rst(client)
                    return

    def _responses(self, up: socket.socket, client: socket.socket, state: _ConnState) -> None:
        framer = _Framer(True, state.methods)
        faulted_msg = -1
        try:
            up.settimeout(_POLL)  # inside the try: stop() may have closed the socket already
            while not self._stopping.is_set() and not state.done.is_set():
                try:
                    data = up.recv(65536)
                except TimeoutError:
                    continue
                if not data:
                    break
                out: list[bytes] = []
                for p in framer.feed(data):
                    if p.kind == "head" and p.head_done and not 100 <= p.status < 200:
                        with self._lock:
                            self.responses += 1
                    if state.reset_response and p.kind == "head" and p.msg >= state.reset_response[0]:
                        client.sendall(b"".join(out))
                        raise _Cut("reset")
                    if p.kind != "body":
                        out.append(p.data)
                        continue
                    chunk = p.data
                    at = self.flip_at
                    hit = at is not None and p.offset <= at < p.offset + len(chunk) and faulted_msg != p.msg
                    if hit and at is not None and self.armed and self._claim():
                        faulted_msg = p.msg
                        i = at - p.offset
                        chunk = chunk[:i] + bytes([chunk[i] ^ 0xFF]) + chunk[i + 1 :]
                    if self.cut_after is not None and p.offset + len(chunk) >= self.cut_after and self.armed:
                        keep = self.cut_after - p.offset
                        if (keep < len(chunk) or not p.end) and self._claim():
                            out.append(chunk[:keep])
                            client.sendall(b"".join(out))
                            raise _Cut("cut")
                    out.append(chunk)
                client.sendall(b"".join(out))
        except _Cut as cut:
            state.done.set()
            if str(cut) == "reset" or self.cut_with_rst:
                _rst(client)
            else:
                _close(client)
            return
        except OSError:
            pass
        with contextlib.suppress(OSError):
            client.shutdown(socket.SHUT_WR)
        state.done.set()


class _ConnState:
    def __init__(self) -> None:
        self.methods: deque[str] = deque()
        self.done = threading.Event()
        self.reset_response: list[int] = []
