"""Upload bodies that are not a local file: bytes, a file object, or an iterator of chunks.

Bytes are hashed up front, so the target verifies them before storing. Everything else is streamed
once (chunked, length unknown) and hashed on the way; the operation compares that hash with the one
the target computed and answered with. Such a body cannot be sent twice, so its request is retried
only when nothing was sent yet.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import Any

import xxhash

__all__ = ["SOURCE_CHUNK", "BodySource"]

SOURCE_CHUNK = 1 << 20


class BodySource:
    """A body to stream once: a readable file object, an iterable or an async iterable of bytes."""

    def __init__(self, source: Any) -> None:
        if isinstance(source, (bytes, bytearray, memoryview, str)):
            raise TypeError("bytes go in the request as they are, not as a BodySource")
        self.source = source
        self._hash = xxhash.xxh64()
        self.sent = 0
        self.started = False

    @classmethod
    def accepts(cls, source: object) -> bool:
        return (
            callable(getattr(source, "read", None))
            or isinstance(source, AsyncIterable)
            or (isinstance(source, Iterable) and not isinstance(source, (str, bytes, bytearray, memoryview)))
        )

    def _count(self, chunk: Any) -> bytes:
        if isinstance(chunk, str) or not isinstance(chunk, (bytes, bytearray, memoryview)):
            raise TypeError(f"an upload iterator must yield bytes, got {type(chunk).__name__}")
        data = bytes(chunk)
        self._hash.update(data)
        self.sent += len(data)
        return data

    def _start(self) -> None:
        if self.started:
            raise RuntimeError("this upload body was already sent once and cannot be replayed")
        self.started = True

    def chunks(self) -> Iterator[bytes]:
        """For the blocking client."""
        self._start()
        src = self.source
        if callable(getattr(src, "read", None)):
            while chunk := src.read(SOURCE_CHUNK):
                yield self._count(chunk)
            return
        if isinstance(src, AsyncIterable) and not isinstance(src, Iterable):
            raise TypeError("an async iterator can only be uploaded with AsyncClient")
        for chunk in src:
            if chunk:
                yield self._count(chunk)

    async def achunks(self) -> AsyncIterator[bytes]:
        """For the async client: file reads and sync iterators run in a worker thread."""
        self._start()
        src = self.source
        if callable(getattr(src, "read", None)):
            while chunk := await asyncio.to_thread(src.read, SOURCE_CHUNK):
                yield self._count(chunk)
            return
        if isinstance(src, AsyncIterable):
            async for chunk in src:
                if chunk:
                    yield self._count(chunk)
            return
        it = iter(src)
        while chunk := await asyncio.to_thread(next, it, b""):
            yield self._count(chunk)

    def hexdigest(self) -> str:
        return self._hash.hexdigest()
