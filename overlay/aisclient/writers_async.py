"""A file-like writer for one object (`open_writer`), written once for asyncio; scripts/derive.py  # unasync: keep
writes the blocking twin (`ObjectWriter`) into writers_sync.py.  # unasync: keep
"""

from __future__ import annotations

import contextlib
from types import TracebackType
from typing import TYPE_CHECKING, Self

from ._core.checksum import Hasher, new_hasher
from .errors import InvalidArgumentType
from .models import ObjectProps
from .objects import WRITER_CHECKSUM_TYPES, ObjectWriterPlan

if TYPE_CHECKING:
    from .client_async import AsyncClientBase

__all__ = ["AsyncObjectWriter"]


class AsyncObjectWriter:
    """An object opened for writing (from `open_writer`): `write`, `flush`, `close`, or `with`.

    Bytes are buffered and sent `buffer_size` at a time; the object changes only at `close()`. If
    the `with` block raises, nothing is made visible and the object stays as it was.
    """

    def __init__(self, client: AsyncClientBase, plan: ObjectWriterPlan) -> None:
        self._client = client
        self._plan = plan
        self._buffer = bytearray()
        # The multipart upload id ("w") or the append handle ("a"), once the first buffer went out.
        self._token = ""
        self._parts = 0
        self._hashers: dict[str, Hasher] = {}
        if plan.mode == "w":
            self._hashers = {t: h for t in WRITER_CHECKSUM_TYPES if (h := new_hasher(t)) is not None}
        # Bytes accepted by `write` so far, and of those, sent to the cluster.
        self.written = 0
        self.sent = 0
        # The stored object's properties, once `close()` returned.
        self.props: ObjectProps | None = None
        self.closed = False

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._plan.where!r}, mode={self._plan.mode!r})"

    @property
    def mode(self) -> str:
        """The mode: "w" (replace the object) or "a" (append to it)."""
        return self._plan.mode

    @property
    def name(self) -> str:
        """The object's name."""
        return self._plan.obj

    def writable(self) -> bool:
        """True: a writer is for writing."""
        return True

    def _check_open(self) -> None:
        if self.closed:
            raise ValueError(f"I/O operation on a closed writer ({self._plan.where})")

    async def write(self, data: bytes | bytearray | memoryview) -> int:
        """Buffer `data`, sending full buffers to the cluster.

        Args:
            data: the bytes to write.

        Returns:
            The number of bytes written (all of `data`).

        Raises:
            ValueError: the writer is closed.
            InvalidArgumentType: `data` is not bytes.
        """
        self._check_open()
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise InvalidArgumentType("data", f"must be bytes, got {type(data).__name__}")
        view = memoryview(data).cast("B")
        self._buffer += view
        for hasher in self._hashers.values():
            hasher.update(view)
        self.written += len(view)
        size = self._plan.buffer_size
        while len(self._buffer) >= size:
            chunk = bytes(self._buffer[:size])
            del self._buffer[:size]
            await self._send(chunk)
        return len(view)

    async def flush(self) -> None:
        """Send what is buffered to the cluster (still not visible until `close()`).

        Raises:
            ValueError: the writer is closed.
        """
        self._check_open()
        if self._buffer:
            chunk = bytes(self._buffer)
            self._buffer.clear()
            await self._send(chunk)

    async def _send(self, chunk: bytes) -> None:
        try:
            self._token = await self._client._run(self._plan.send(chunk, self._token, self._parts + 1))
        except BaseException:
            # An append that failed midway may or may not have landed: start nothing more on it.
            await self.discard()
            raise
        self._parts += 1
        self.sent += len(chunk)

    async def close(self) -> ObjectProps:
        """Send what is left and make it the object (replaced or extended in one step), checked.

        Returns:
            The stored object's properties (also kept as `props`); closing again returns them again.

        Raises:
            ChecksumMismatch: mode "w": the stored object differs from what was written (deleted again).
            ObjectChanged: mode "a": someone else changed the object meanwhile.
        """
        if self.closed:
            if self.props is None:
                raise ValueError(f"the writer for {self._plan.where} was discarded")
            return self.props
        try:
            if self._plan.mode == "w" and not self._parts:
                # It all fits in one buffer: one PUT, not a multipart upload.
                self.props = await self._client._run(self._plan.put_whole(bytes(self._buffer)))
            else:
                await self.flush()
                digests = {t: h.hexdigest() for t, h in self._hashers.items()}
                self.props = await self._client._run(self._plan.finish(self._token, self._parts, self.written, digests))
        except BaseException:
            await self.discard()
            raise
        self.closed = True
        return self.props

    async def discard(self) -> None:
        """Close without changing the object: in mode "w" the upload is aborted; in mode "a" the
        partial copy on the target is left for the cluster's cleanup. Errors doing so are ignored."""
        if self.closed:
            return
        self.closed = True
        self._buffer.clear()
        with contextlib.suppress(Exception):
            await self._client._run(self._plan.discard(self._token))

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        if et is None:
            await self.close()
        else:
            await self.discard()
