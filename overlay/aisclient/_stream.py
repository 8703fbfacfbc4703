"""Object read streams: `ObjStream` (sync) and `AsyncObjStream` (async).

Both wrap an open, unread httpx response. Reading is lazy; the connection
goes back to the pool when the body is exhausted, on `close()`, or on
leaving the `with` block. At EOF the byte count is checked against
Content-Length so a truncated transfer never passes silently.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import TracebackType
from typing import Any

import httpx

from ._net import origin, translate_transport_error
from .errors import IncompleteRead
from .headers import ObjectHeader
from .models import ObjectProps

__all__ = ["DEFAULT_CHUNK_SIZE", "AsyncObjStream", "ObjStream"]

# The seed's default chunk_size of 1 byte would make Python loop per byte;
# 1 MiB keeps syscalls and Python overhead negligible for large objects.
DEFAULT_CHUNK_SIZE = 1 << 20


class _Reader:
    """State shared by the sync and async streams: buffer, byte accounting, EOF check."""

    def __init__(self, response: httpx.Response, chunk_size: int) -> None:
        if chunk_size <= 0:
            raise ValueError(f"chunk_size must be > 0, got {chunk_size}")
        self.response = response
        self.chunk_size = chunk_size
        self.headers = ObjectHeader.from_httpx(response.headers)
        self.buf = bytearray()
        self.received = 0
        self.eof = False
        cl = response.headers.get("Content-Length")
        # With a content-encoding the decoded size differs from Content-Length.
        identity = response.headers.get("Content-Encoding", "identity") == "identity"
        self.expected: int | None = int(cl) if cl and cl.isdigit() and identity else None

    def on_chunk(self, chunk: bytes) -> bytes:
        self.received += len(chunk)
        return chunk

    def on_eof(self) -> None:
        self.eof = True
        if self.expected is not None and self.received != self.expected:
            raise IncompleteRead(origin(self.response.url), "", self.received, self.expected)

    def take(self, n: int) -> bytes:
        out = bytes(self.buf[:n])
        del self.buf[:n]
        return out

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

    def __init__(self, response: httpx.Response, chunk_size: int = DEFAULT_CHUNK_SIZE) -> None:
        self._r = _Reader(response, chunk_size)
        self._chunks: Iterator[bytes] | None = None

    def _next_chunk(self) -> bytes:
        """The next chunk from the wire, b"" at EOF (then the connection is released)."""
        if self._r.eof:
            return b""
        if self._chunks is None:
            self._chunks = self._r.response.iter_bytes(self._r.chunk_size)
        try:
            chunk = next(self._chunks, b"")
        except httpx.TransportError as exc:
            self.close()
            raise self._r.wrap(exc) from exc
        if not chunk:
            self.close()
            self._r.on_eof()
            return b""
        return self._r.on_chunk(chunk)

    def iter_chunks(self) -> Iterator[bytes]:
        if self._r.buf:
            yield self._r.take(len(self._r.buf))
        while chunk := self._next_chunk():
            yield chunk

    def __iter__(self) -> Iterator[bytes]:
        return self.iter_chunks()

    def read(self, size: int = -1) -> bytes:
        """Up to `size` bytes (all remaining if negative); b"" at EOF."""
        if size is None or size < 0:
            return self.read_all()
        while len(self._r.buf) < size and (chunk := self._next_chunk()):
            self._r.buf += chunk
        return self._r.take(size)

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self.read(len(view))
        view[: len(data)] = data
        return len(data)

    def read_all(self) -> bytes:
        """The whole remaining body."""
        out = bytearray(self._r.take(len(self._r.buf)))
        while chunk := self._next_chunk():
            out += chunk
        return bytes(out)

    readall = read_all

    def close(self) -> None:
        self._r.response.close()

    def __enter__(self) -> ObjStream:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


class AsyncObjStream(_Common):
    """Async twin of `ObjStream`: `async for chunk in s`, `await s.read(n)`, `await s.read_all()`."""

    def __init__(self, response: httpx.Response, chunk_size: int = DEFAULT_CHUNK_SIZE) -> None:
        self._r = _Reader(response, chunk_size)
        self._chunks: AsyncIterator[bytes] | None = None

    async def _next_chunk(self) -> bytes:
        if self._r.eof:
            return b""
        if self._chunks is None:
            self._chunks = self._r.response.aiter_bytes(self._r.chunk_size)
        try:
            chunk = await anext(self._chunks, b"")
        except httpx.TransportError as exc:
            await self.aclose()
            raise self._r.wrap(exc) from exc
        if not chunk:
            await self.aclose()
            self._r.on_eof()
            return b""
        return self._r.on_chunk(chunk)

    async def iter_chunks(self) -> AsyncIterator[bytes]:
        if self._r.buf:
            yield self._r.take(len(self._r.buf))
        while chunk := await self._next_chunk():
            yield chunk

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self.iter_chunks()

    async def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            return await self.read_all()
        while len(self._r.buf) < size and (chunk := await self._next_chunk()):
            self._r.buf += chunk
        return self._r.take(size)

    async def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = await self.read(len(view))
        view[: len(data)] = data
        return len(data)

    async def read_all(self) -> bytes:
        out = bytearray(self._r.take(len(self._r.buf)))
        while chunk := await self._next_chunk():
            out += chunk
        return bytes(out)

    async def aclose(self) -> None:
        await self._r.response.aclose()

    close = aclose

    async def __aenter__(self) -> AsyncObjStream:
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
