"""What object read streams share: re-chunking, byte accounting, verification, resume checks, atomic saves.

`ObjStream` / `AsyncObjStream` (streams_sync.py / streams_async.py) wrap an open, unread httpx response of an object GET. Reading is lazy; the connection
goes back to the pool when the body is exhausted, on `close()`, on leaving the `with` block,
and whenever pulling from the wire raises (KeyboardInterrupt and cancellation included).

At EOF the byte count is checked against Content-Length, so a truncated transfer never passes
silently, and, for a full-object read that carries `Ais-Checksum-Type`/`Ais-Checksum-Value`,
the checksum of every byte received is compared with the server's. The last chunk of the body
is held back until that check passed: a corrupted body raises `ChecksumMismatch` before its
end reaches the caller.

Given a `reopen` callable, a body cut short mid-way (transport error, or EOF before
Content-Length) is resumed with a range read from the first missing byte, but only if the
server's answer proves it is the same object (same size, version, checksum, ETag and
Last-Modified); otherwise `ObjectChanged`. The running checksum spans the resumed bytes, so
the whole object is still verified.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
import re
import secrets
import sys
from collections import deque
from collections.abc import Awaitable, Callable
from typing import IO

import httpx

from ..errors import AISConnectionError, ChecksumMismatch, IncompleteRead, ObjectChanged
from ..headers import Header, ObjectHeader
from ..models import ObjectProps
from .checksum import Hasher, new_hasher
from .net import origin, translate_transport_error

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "RESUME",
    "AsyncReopen",
    "Reader",
    "Reopen",
    "StreamBase",
    "open_temp",
    "sync_dir",
    "sync_file",
    "unlink",
]

# The seed's default chunk_size of 1 byte would make Python loop per byte;
# 1 MiB keeps syscalls and Python overhead negligible for large objects.
DEFAULT_CHUNK_SIZE = 1 << 20

#: `reopen(offset)`: a new, unread response for the object's bytes from `offset` to its end
#: (a GET with `Range: bytes=<offset>-`), with its parsed headers (None: parse them from httpx).
Reopen = Callable[[int], tuple[httpx.Response, Header | None]]
AsyncReopen = Callable[[int], Awaitable[tuple[httpx.Response, Header | None]]]

# Failures of the wire a resume can cure.
_RESUMABLE = (httpx.TransportError, AISConnectionError)
_CONTENT_RANGE = re.compile(r"\s*bytes\s+(\d+)-(\d+)/(\d+)\s*", re.IGNORECASE)
# Headers that must be identical between the original answer and a resumed one.
_SAME_ALWAYS = ("Ais-Version", "Ais-Checksum-Type", "Ais-Checksum-Value")
_SAME_IF_SENT = ("ETag", "Last-Modified")


class Resume:
    """Marker returned by `Reader.on_wire_error`."""


RESUME = Resume()


def _where(url: httpx.URL) -> str:
    """The object a URL names, `provider://bucket/object` (for error messages)."""
    prefix = "/v1/objects/"
    if url.path.startswith(prefix):
        return f"{url.params.get('provider') or 'ais'}://{url.path[len(prefix) :]}"
    return str(url.copy_with(query=None))


class Reader:
    """State shared by the sync and async streams: re-chunking, buffering for `read(n)`,
    byte accounting, checksum verification, and the resume policy (what to do on a failure,
    whether a reopened response may be spliced on).

    The transport yields pieces of whatever size the socket gave; callers get chunks of
    exactly `chunk_size` (the last may be shorter). Each byte is copied at most once here
    (a piece that is exactly one chunk is not copied at all), and hashed in place.
    """

    def __init__(
        self,
        response: httpx.Response,
        chunk_size: int,
        headers: Header | None = None,
        *,
        verify: bool = True,
        resumable: bool = False,
        max_resumes: int = 3,
    ) -> None:
        if chunk_size <= 0:
            raise ValueError(f"chunk_size must be > 0, got {chunk_size}")
        if max_resumes < 0:
            raise ValueError(f"max_resumes must be >= 0, got {max_resumes}")
        self.response = response
        self.first = response  # the original answer (`response` is the current one, after resumes)
        self.status = response.status_code
        self.chunk_size = chunk_size
        self._limit = chunk_size  # chunk size in effect; unbounded once read_all() takes over
        # The driver already parsed the headers; only a stream built directly from httpx parses them.
        self.headers = (headers or Header.from_httpx(response.headers)).view_as(ObjectHeader)
        # Whole chunks, in order; the first `pos` bytes of ready[0] were already handed out by read(n).
        self.ready: deque[bytes] = deque()
        self.pos = 0
        self.nready = 0  # bytes in `ready` not handed out yet
        self.parts: list[bytes | memoryview] = []  # the start of the next chunk
        self.have = 0  # bytes in `parts`
        self.received = 0  # bytes of the object received so far, across resumes
        self.eof = False
        self.error: Exception | None = None  # a failure that ended the stream; raised again on any read
        cl = response.headers.get("Content-Length")
        # With a content-encoding the decoded size differs from Content-Length.
        identity = response.headers.get("Content-Encoding", "identity") == "identity"
        self.expected: int | None = int(cl) if cl and cl.isdigit() and identity else None
        # A full-object read: its checksum header describes exactly these bytes, and it can be resumed.
        self.full = self.status == 200 and "Content-Range" not in self.headers
        self.cktype = self.headers.get("Ais-Checksum-Type", "")
        self.ckvalue = self.headers.get("Ais-Checksum-Value", "")
        self.hasher: Hasher | None = new_hasher(self.cktype) if verify and self.full and self.ckvalue else None
        self.verified: bool | None = None
        self.resumable = resumable and self.full and self.expected is not None
        self.max_resumes = max_resumes
        self.resumes = 0

    @property
    def url(self) -> httpx.URL:
        return self.first.url

    @functools.cached_property
    def where(self) -> str:
        return _where(self.first.url)

    # -- filling -------------------------------------------------------------------------

    def _push(self, chunk: bytes) -> None:
        self.ready.append(chunk)
        self.nready += len(chunk)

    def feed(self, piece: bytes) -> None:
        n = len(piece)
        self.received += n
        if self.hasher is not None:
            self.hasher.update(piece)
        size, have = self._limit, self.have
        if have + n < size:
            self.parts.append(piece)
            self.have = have + n
            return
        if not have and n == size:
            self._push(piece)
            return
        view = memoryview(piece)
        start = 0
        if have:  # complete the pending chunk
            start = size - have
            self.parts.append(view[:start])
            self._push(b"".join(self.parts))
            self.parts, self.have = [], 0
        while n - start >= size:  # whole chunks straight out of the piece
            self._push(bytes(view[start : start + size]))
            start += size
        if start < n:  # the start of the next chunk; joined (copied) once it is complete
            self.parts, self.have = [view[start:]], n - start

    def stop_chunking(self) -> None:
        """From now on keep pieces as they come (read_all joins them once at the end)."""
        self._limit = sys.maxsize

    def finish(self) -> None:
        """At EOF: the partial last chunk becomes ready; a short body or a bad checksum is an error
        (and then nothing buffered is handed out)."""
        self.eof = True
        if self.parts:
            self._push(b"".join(self.parts))
            self.parts, self.have = [], 0
        if self.expected is not None and self.received != self.expected:
            self.fail(IncompleteRead(origin(self.response.url), "", self.received, self.expected))
        if self.hasher is not None:
            actual = self.hasher.hexdigest()
            self.verified = actual == self.ckvalue.strip().lower()
            if not self.verified:
                self.fail(ChecksumMismatch(self.where, self.cktype, self.ckvalue, actual))

    def abort(self, err: Exception) -> None:
        """End the stream with `err`: drop everything buffered; every later read raises `err`."""
        self.error = err
        self.eof = True
        self.ready.clear()
        self.parts, self.have, self.pos, self.nready = [], 0, 0, 0

    def fail(self, err: Exception) -> None:
        """`abort` with `err`, and raise it."""
        self.abort(err)
        raise err

    # -- draining ------------------------------------------------------------------------

    def _held(self) -> bool:
        """Whether the last ready chunk must wait: it may be the body's end, not yet verified."""
        return self.hasher is not None and not self.eof and not self.have

    def releasable(self) -> int:
        """Bytes `take` may hand out now."""
        if not self._held() or not self.ready:
            return self.nready
        return self.nready - len(self.ready[-1]) + (self.pos if len(self.ready) == 1 else 0)

    def chunk_ready(self) -> bool:
        return bool(self.ready) and (len(self.ready) > 1 or not self._held())

    def pop_chunk(self) -> bytes:
        """The next chunk (the rest of a chunk partly taken by `read(n)`); b"" if none is buffered."""
        if not self.ready:
            return b""
        chunk, pos = self.ready.popleft(), self.pos
        if pos:
            chunk, self.pos = chunk[pos:], 0
        self.nready -= len(chunk)
        return chunk

    def take(self, n: int) -> bytes:
        """Up to `n` buffered bytes, for file-like `read(n)`: O(n), however big the chunks."""
        ready = self.ready
        out: list[bytes | memoryview] = []
        got = 0
        while ready and got < n:
            head, pos = ready[0], self.pos
            avail, need = len(head) - pos, n - got
            if need < avail:
                out.append(memoryview(head)[pos : pos + need])
                self.pos = pos + need
                got = n
            else:
                out.append(head if not pos else memoryview(head)[pos:])
                ready.popleft()
                self.pos = 0
                got += avail
        self.nready -= got
        if len(out) == 1 and isinstance(out[0], bytes):
            return out[0]
        return b"".join(out)

    def rest(self) -> list[bytes | memoryview]:
        """Everything buffered, in order (for read_all), leaving nothing behind."""
        out: list[bytes | memoryview] = list(self.ready)
        if out and self.pos:
            out[0] = memoryview(out[0])[self.pos :]
        out += self.parts
        self.ready.clear()
        self.parts, self.have, self.pos, self.nready = [], 0, 0, 0
        return out

    # -- failures and resumes ------------------------------------------------------------

    def _can_resume(self) -> bool:
        return (
            self.resumable
            and self.resumes < self.max_resumes
            and self.expected is not None
            and self.received < self.expected
        )

    def on_wire_error(self, exc: BaseException) -> Resume | BaseException | None:
        """After pulling from the wire raised `exc` (the response is closed by then): `RESUME` to
        reopen, None to treat it as EOF (every byte had arrived), else the exception to raise
        (`exc` itself, or our translation of it)."""
        if not isinstance(exc, _RESUMABLE):
            return exc
        if self._can_resume():
            return RESUME
        if self.resumable and self.received == self.expected:
            return None  # the body was complete; only the connection's end went wrong
        err = translate_transport_error(exc, self.response.url) if isinstance(exc, httpx.TransportError) else exc
        self.abort(err)
        return err

    def short_eof(self) -> bool:
        """At EOF: whether to resume instead of failing on a short body."""
        return self._can_resume()

    def begin_resume(self) -> int:
        """Count a resume; the offset to reopen at."""
        self.resumes += 1
        return self.received

    def accept(self, response: httpx.Response, headers: Header | None, offset: int) -> None:
        """Splice `response` on as the continuation from `offset`, or raise `ObjectChanged`."""
        new = headers if headers is not None else Header.from_httpx(response.headers)
        total = self.expected
        assert total is not None
        problems = []
        if response.status_code != 206:
            problems.append(f"the range read answered {response.status_code}, not 206")
        want = f"bytes {offset}-{total - 1}/{total}"
        got = new.get("Content-Range")
        m = _CONTENT_RANGE.fullmatch(got or "")
        if m is None or (int(m[1]), int(m[2]), int(m[3])) != (offset, total - 1, total):
            problems.append(f"Content-Range {got!r}, expected {want!r}")
        cl = response.headers.get("Content-Length")
        identity = response.headers.get("Content-Encoding", "identity") == "identity"
        if cl is not None and identity and cl.strip() != str(total - offset):
            problems.append(f"Content-Length {cl}, expected {total - offset}")
        names = [*_SAME_ALWAYS, *(h for h in _SAME_IF_SENT if h in self.headers)]
        for name in names:
            before, after = self.headers.get(name), new.get(name)
            if before != after:
                problems.append(f"{name} {before!r} -> {after!r}")
        if problems:
            self.fail(ObjectChanged(self.where, "; ".join(problems)))
        self.response = response


class StreamBase:
    _r: Reader

    @property
    def headers(self) -> ObjectHeader:
        """Raw response headers (case-insensitive mapping) of the original answer."""
        return self._r.headers

    @property
    def props(self) -> ObjectProps:
        """Typed object properties from the response headers (size, checksum, version, atime, ...)."""
        return self._r.headers.props

    @property
    def status_code(self) -> int:
        """The original answer's status (a resumed read's 206s do not change it)."""
        return self._r.status

    @property
    def content_length(self) -> int | None:
        return self._r.expected

    @property
    def chunk_size(self) -> int:
        return self._r.chunk_size

    @property
    def closed(self) -> bool:
        return self._r.response.is_closed

    @property
    def verifying(self) -> bool:
        """Whether the body is checked against the server's checksum at EOF."""
        return self._r.hasher is not None

    @property
    def verified(self) -> bool | None:
        """True once the whole body matched the server's checksum, False after a mismatch,
        None before EOF or when there is nothing to verify against (see `verifying`)."""
        return self._r.verified

    @property
    def resumes(self) -> int:
        """How many times the read was resumed after the transfer broke."""
        return self._r.resumes

    def readable(self) -> bool:
        return True

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(url={str(self._r.url)!r}, status={self.status_code}, "
            f"content_length={self.content_length}, received={self._r.received})"
        )


# -- atomic save helpers -------------------------------------------------------------------


# Temp names: a per-process random part and a counter (no random draw per file); O_EXCL settles
# any clash (e.g. a forked child counting from the same place).
_TEMP_TAG = secrets.token_hex(4)
_temp_serial = itertools.count()
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def create_temp(target: str) -> tuple[int, str]:
    """(descriptor, path) of a new, exclusively created temp file next to `target` (same file system,
    so os.replace is atomic)."""
    folder, base = os.path.split(target)
    while True:
        tmp = os.path.join(folder, f".{base[:200]}.{_TEMP_TAG}{next(_temp_serial):x}.part")
        try:
            return os.open(tmp, _CREATE, 0o666), tmp
        except FileExistsError:
            continue


def open_temp(target: str) -> tuple[IO[bytes], str]:
    """`create_temp` as a binary file object."""
    fd, tmp = create_temp(target)
    return os.fdopen(fd, "wb"), tmp


def write_file_atomically(path: str, data: bytes) -> None:
    """`path` gets `data` whole or not at all: a new temp file beside it, renamed over it; not
    fsynced. Plain system calls (no buffered file object): this runs once per small file."""
    fd, tmp = create_temp(path)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        unlink(tmp)
        raise


def sync_file(f: IO[bytes]) -> None:
    f.flush()
    os.fsync(f.fileno())


def sync_dir(target: str) -> None:
    """Make the rename durable; best effort (not every platform/filesystem allows it)."""
    with contextlib.suppress(OSError):
        fd = os.open(os.path.dirname(target) or ".", os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def unlink(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
