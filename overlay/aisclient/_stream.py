"""Object read streams: `ObjStream` (sync) and `AsyncObjStream` (async).

Both wrap an open, unread httpx response. Reading is lazy; the connection
goes back to the pool when the body is exhausted, on `close()`, or on
leaving the `with` block. At EOF the byte count is checked against
Content-Length so a truncated transfer never passes silently.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import AsyncIterator, Iterator
from types import TracebackType
from typing import Any

import httpx

from ._net import origin, translate_transport_error
from .errors import IncompleteRead
from .headers import Header, ObjectHeader
from .models import ObjectProps

__all__ = ["DEFAULT_CHUNK_SIZE", "AsyncObjStream", "ObjStream"]

# The seed's default chunk_size of 1 byte would make Python loop per byte;
# 1 MiB keeps syscalls and Python overhead negligible for large objects.
DEFAULT_CHUNK_SIZE = 1 << 20


class _Reader:
    """State shared by the sync and async streams: re-chunking, byte accounting, EOF check.

    The transport yields pieces of whatever size the socket gave; callers get chunks of
    exactly `chunk_size` (the last may be shorter). Pieces are joined once per chunk, so
    each byte is copied at most once here (httpx's own re-chunker copies more).
    """

    def __init__(self, response: httpx.Response, chunk_size: int, headers: Header | None = None) -> None:
        if chunk_size <= 0:
            raise ValueError(f"chunk_size must be > 0, got {chunk_size}")
        self.response = response
        self.chunk_size = chunk_size
        self._limit = chunk_size  # chunk size in effect; unbounded once read_all() takes over
        # The driver already parsed the headers; only a stream built directly from httpx parses them.
        self.headers = (headers or Header.from_httpx(response.headers)).view_as(ObjectHeader)
        self.ready: deque[bytes] = deque()  # whole chunks, in order
        self.parts: list[bytes] = []  # the start of the next chunk
        self.have = 0  # bytes in `parts`
        self.received = 0
        self.eof = False
        cl = response.headers.get("Content-Length")
        # With a content-encoding the decoded size differs from Content-Length.
        identity = response.headers.get("Content-Encoding", "identity") == "identity"
        self.expected: int | None = int(cl) if cl and cl.isdigit() and identity else None

    def feed(self, piece: bytes) -> None:
        self.received += len(piece)
        size = self._limit
        if not self.have and len(piece) == size:
            self.ready.append(piece)
            return
        self.parts.append(piece)
        self.have += len(piece)
        if self.have < size:
            return
        blob = b"".join(self.parts)
        cut = self.have - self.have % size
        if cut == size == len(blob):
            self.ready.append(blob)
            self.parts, self.have = [], 0
            return
        view = memoryview(blob)
        self._split(view, cut)
        self.parts, self.have = ([bytes(view[cut:])], len(blob) - cut) if cut < len(blob) else ([], 0)

    def _split(self, view: memoryview, upto: int) -> None:
        size = self._limit
        self.ready.extend(bytes(view[i : i + size]) for i in range(0, upto, size))

    def stop_chunking(self) -> None:
        """From now on keep pieces as they come (read_all joins them once at the end)."""
        self._limit = sys.maxsize

    def finish(self) -> None:
        """At EOF: the partial last chunk becomes ready; a short body is an error."""
        self.eof = True
        if self.parts:
            self.ready.append(b"".join(self.parts))
            self.parts, self.have = [], 0
        if self.expected is not None and self.received != self.expected:
            raise IncompleteRead(origin(self.response.url), "", self.received, self.expected)

    def rest(self) -> list[bytes]:
        """Everything buffered, in order (for read_all), leaving nothing behind."""
        out = [*self.ready, *self.parts]
        self.ready.clear()
        self.parts, self.have = [], 0
        return out

    def take(self, n: int) -> bytes:
        """Up to `n` buffered bytes, for file-like `read(n)`."""
        out = bytearray()
        while self.ready and len(out) < n:
            chunk = self.ready.popleft()
            need = n - len(out)
            if len(chunk) > need:
                self.ready.appendleft(chunk[need:])
                chunk = chunk[:need]
            out += chunk
        return bytes(out)

    def buffered(self) -> int:
        return sum(map(len, self.ready))

    def wrap(self, exc: httpx.TransportError) -> Exception:
        return translate_transport_error(exc, self.response.url)


class _Common:
    _r: _Reader

    @property
    def headers(self) -> ObjectHeader:
        """Raw response headers (case-insensitive mapping)."""
        return self._r.headers

    @property
    def props(self) -> ObjectProps:
        """Typed object properties from the response headers (size, checksum, version, atime, ...)."""
        return self._r.headers.props

    @property
    def status_code(self) -> int:
        return self._r.response.status_code

    @property
    def content_length(self) -> int | None:
        return self._r.expected

    @property
    def chunk_size(self) -> int:
        return self._r.chunk_size

    @property
    def closed(self) -> bool:
        return self._r.response.is_closed

    def readable(self) -> bool:
        return True

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(url={str(self._r.response.url)!r}, status={self.status_code}, "
            f"content_length={self.content_length}, received={self._r.received})"
        )


class ObjStream(_Common):
    """A lazily read object body; iterate for chunks of `chunk_size`, or use it as a read-only file."""

    def __init__(
        self, response: httpx.Response, chunk_size: int = DEFAULT_CHUNK_SIZE, headers: Header | None = None
    ) -> None:
        self._r = _Reader(response, chunk_size, headers)
        self._pieces: Iterator[bytes] = response.iter_bytes()

    def _pull(self) -> bool:
        """Read one piece from the wire into the buffer; False at EOF (the connection is then released)."""
        r = self._r
        if r.eof:
            return False
        try:
            piece = next(self._pieces, b"")
        except httpx.TransportError as exc:
            self.close()
            raise r.wrap(exc) from exc
        if piece:
            r.feed(piece)
            return True
        self.close()
        r.finish()
        return False

    def _next_chunk(self) -> bytes:
        while not self._r.ready and self._pull():
            pass
        return self._r.ready.popleft() if self._r.ready else b""

    def iter_chunks(self) -> Iterator[bytes]:
        while chunk := self._next_chunk():
            yield chunk

    def __iter__(self) -> Iterator[bytes]:
        return self.iter_chunks()

    def read(self, size: int = -1) -> bytes:
        """Up to `size` bytes (all remaining if negative); b"" at EOF."""
        if size is None or size < 0:
            return self.read_all()
        while self._r.buffered() < size and self._pull():
            pass
        return self._r.take(size)

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self.read(len(view))
        view[: len(data)] = data
        return len(data)

    def read_all(self) -> bytes:
        """The whole remaining body."""
        self._r.stop_chunking()
        while self._pull():
            pass
        return b"".join(self._r.rest())

    readall = read_all

    def close(self) -> None:
        self._r.response.close()

    def __enter__(self) -> ObjStream:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


class AsyncObjStream(_Common):
    """Async twin of `ObjStream`: `async for chunk in s`, `await s.read(n)`, `await s.read_all()`."""

    def __init__(
        self, response: httpx.Response, chunk_size: int = DEFAULT_CHUNK_SIZE, headers: Header | None = None
    ) -> None:
        self._r = _Reader(response, chunk_size, headers)
        self._pieces: AsyncIterator[bytes] = response.aiter_bytes()

    async def _pull(self) -> bool:
        r = self._r
        if r.eof:
            return False
        try:
            piece = await anext(self._pieces, b"")
        except httpx.TransportError as exc:
            await self.aclose()
            raise r.wrap(exc) from exc
        if piece:
            r.feed(piece)
            return True
        await self.aclose()
        r.finish()
        return False

    async def _next_chunk(self) -> bytes:
        while not self._r.ready and await self._pull():
            pass
        return self._r.ready.popleft() if self._r.ready else b""

    async def iter_chunks(self) -> AsyncIterator[bytes]:
        while chunk := await self._next_chunk():
            yield chunk

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self.iter_chunks()

    async def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            return await self.read_all()
        while self._r.buffered() < size and await self._pull():
            pass
        return self._r.take(size)

    async def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = await self.read(len(view))
        view[: len(data)] = data
        return len(data)

    async def read_all(self) -> bytes:
        self._r.stop_chunking()
        while await self._pull():
            pass
        return b"".join(self._r.rest())

    async def aclose(self) -> None:
        await self._r.response.aclose()

    close = aclose

    async def __aenter__(self) -> AsyncObjStream:
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
