# DO NOT EDIT: derived by scripts/derive.py from streams_async.py. Edit that, then run `make derive`.
"""Object streams and listers for the async client, written once; scripts/derive.py writes the
blocking twins (`ObjStream`, `BatchStream`, `BucketLister`) into streams_sync.py.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any

import httpx

from ._core.reader import (
    DEFAULT_CHUNK_SIZE,
    Reader,
    Reopen,
    Resume,
    StreamBase,
    open_temp,
    sync_dir,
    sync_file,
    unlink,
)
from .batch import BatchMatcher, BatchObject
from .headers import Header
from .listing import LIST_OBJECTS_PAGINATOR, PaginatorSpec
from .models import BucketEntry, BucketList

__all__ = ["BatchStream", "BucketLister", "ObjStream"]

_FIRST_PAGE: dict[str, Any] = {"uuid": "", "continuation_token": ""}


class ObjStream(StreamBase):
    """A lazily read object body: iterate for chunks of `chunk_size`, or use it as a read-only file
    (`read(n)`, `readinto`, `read_all()`, `save(path)`); a context manager that releases the connection.

    `verify`: check the body against the server's checksum at EOF (whole-object reads only).
    `reopen(offset)`: called, after the old response was closed, when the transfer breaks
    mid-body; returns a new unread response for bytes `offset`.. (a `Range: bytes=<offset>-` GET)
    and its parsed headers (or None). At most `max_resumes` times per stream.
    """

    def __init__(
        self,
        response: httpx.Response,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        headers: Header | None = None,
        *,
        verify: bool = True,
        reopen: Reopen | None = None,
        max_resumes: int = 3,
    ) -> None:
        self._r = Reader(
            response, chunk_size, headers, verify=verify, resumable=reopen is not None, max_resumes=max_resumes
        )
        self._reopen = reopen
        self._pieces: Iterator[bytes] = response.iter_bytes()

    def _pull(self) -> bool:
        r = self._r
        if r.error is not None:
            raise r.error
        if r.eof:
            return False
        while True:
            try:
                piece = next(self._pieces, b"")
            except BaseException as exc:
                r.response.close()
                action = r.on_wire_error(exc)
                if isinstance(action, Resume):
                    self._resume()
                    continue
                if action is exc:
                    raise
                if action is not None:
                    raise action from exc
                piece = b""
            if piece:
                r.feed(piece)
                return True
            r.response.close()
            if r.short_eof():
                self._resume()
                continue
            r.finish()
            return False

    def _resume(self) -> None:
        r = self._r
        assert self._reopen is not None
        offset = r.begin_resume()
        try:
            response, headers = self._reopen(offset)
        except Exception as exc:
            r.abort(exc)
            raise
        try:
            r.accept(response, headers, offset)
            self._pieces = response.iter_bytes()
        except BaseException:
            response.close()
            raise

    def _next_chunk(self) -> bytes:
        r = self._r
        while not r.chunk_ready() and self._pull():
            pass
        if r.error is not None:
            raise r.error
        return r.pop_chunk()

    def iter_chunks(self) -> Iterator[bytes]:
        while chunk := self._next_chunk():
            yield chunk

    def __iter__(self) -> Iterator[bytes]:
        return self.iter_chunks()

    def read(self, size: int | None = -1) -> bytes:
        """Up to `size` bytes (all remaining if negative); b"" at EOF."""
        if size is None or size < 0:
            return self.read_all()
        r = self._r
        while r.releasable() < size and self._pull():
            pass
        return r.take(min(size, r.releasable()))

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self.read(len(view))
        view[: len(data)] = data
        return len(data)

    def read_all(self) -> bytes:
        """The whole remaining body (nothing, but an exception, if it fails verification)."""
        self._r.stop_chunking()
        while self._pull():
            pass
        out = self._r.rest()
        return out[0] if len(out) == 1 and isinstance(out[0], bytes) else b"".join(out)

    readall = read_all

    def write_to(self, file: Any) -> int:
        """Copy the remaining body into a writable binary file object; returns the bytes written.

        Each chunk is written as it is verified; on a checksum mismatch the file has received every
        chunk but the last (use `save(path)` for a file that is all or nothing)."""
        written = 0
        while chunk := self._next_chunk():
            file.write(chunk)
            written += len(chunk)
        return written

    def save(self, path: str | os.PathLike[str]) -> int:
        """Write the remaining body to `path` atomically (temp file in the same folder, fsync, rename);
        on any failure the temp file is removed and an existing `path` is left as it was. Returns bytes written."""
        target = os.fspath(path)
        try:
            f, tmp = open_temp(target)  # here, not in a worker: a cancelled task must not leak the file
        except BaseException:
            self.close()
            raise
        written = 0
        try:
            try:
                while chunk := self._next_chunk():
                    f.write(chunk)
                    written += len(chunk)
                sync_file(f)
            finally:
                # If a cancelled write is still running in its thread, close() waits for it (buffered lock).
                f.close()
            # In this thread, not a worker: a cancelled task must never rename behind our back.
            os.replace(tmp, target)
        except BaseException:
            unlink(tmp)
            self.close()
            raise
        sync_dir(target)
        return written

    def close(self) -> None:
        self._r.response.close()

    def __enter__(self) -> ObjStream:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


class BatchStream:
    """The objects of a Get-Batch answer, in the order asked for: iterate it for `BatchObject`s.

    Each object is handed over once all its bytes arrived; the iteration raises `InvalidResponse`
    if the answer holds anything but exactly the objects asked for. A context manager that
    releases the connection (also when the iteration stops early)."""

    def __init__(self, stream: ObjStream, matcher: BatchMatcher) -> None:
        self._stream = stream
        self._matcher = matcher

    def _objects(self) -> Iterator[BatchObject]:
        try:
            for chunk in self._stream:
                for obj in self._matcher.feed(chunk):
                    yield obj
            self._matcher.finish()
        finally:
            self._stream.close()

    def __iter__(self) -> Iterator[BatchObject]:
        return self._objects()

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> BatchStream:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


class BucketLister:
    """Iterates every object of a listing, fetching pages only as they are needed.

    `for entry in lister` yields `BucketEntry`s (`for` on the async client); `lister.pages()`
    yields `BucketList`s.
    """

    def __init__(self, fetch: Callable[..., BucketList], spec: PaginatorSpec = LIST_OBJECTS_PAGINATOR) -> None:
        self._fetch = fetch
        self._spec = spec

    def pages(self) -> Iterator[BucketList]:
        args: dict[str, Any] | None = dict(_FIRST_PAGE)
        while args is not None:
            page = self._fetch(**args)
            yield page
            args = self._spec.next_args(page, args)

    def _entries(self) -> Iterator[BucketEntry]:
        for page in self.pages():
            for entry in self._spec.items(page):
                yield entry

    def __iter__(self) -> Iterator[BucketEntry]:
        return self._entries()
