# DO NOT EDIT: derived by scripts/derive.py from _core/driver_async.py. Edit that, then run `make derive`.
"""`SyncDriver`: carries out the driver core's instructions (send, sleep, hash, load the map) over httpx.Client.

Written once here; scripts/derive.py writes the blocking twin into driver_sync.py.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Generator
from typing import Any, TypeVar

import httpx

from ..errors import AISConnectionError, ClientClosed
from ..headers import Header
from .driver import (
    SMALL_UPLOAD,
    DriverCore,
    LoadView,
    Send,
    file_chunks,
    hash_bytes,
    hash_file,
    read_small_upload,
)
from .net import translate_transport_error
from .plain import url_text
from .protocol import HashFile, Op, Response, Sleep, Upload
from .retry import RetryPolicy

__all__ = ["SyncDriver"]

T = TypeVar("T")


class SyncDriver(DriverCore):
    def __init__(
        self,
        endpoint: str,
        http: httpx.Client,
        retry: RetryPolicy,
        token: str | None = None,
        direct: bool | None = None,
    ) -> None:
        super().__init__(endpoint, retry, token, direct)
        self.http = http
        # Our own pools take the request as it is, without httpx's models (`_core/plain.py`).
        self._exchange = getattr(http, "exchange", None) or functools.partial(_httpx_exchange, http)
        # One map load at a time; the others wait for it and use what it loaded.
        self._load_lock = threading.Lock()

    def run(self, op: Op[T]) -> T:
        if self.closed or self.http.is_closed:
            op.close()
            raise ClientClosed()
        return self._carry(self.drive(op))

    def _carry(self, steps: Generator[Any, Any, T]) -> T:
        reply: Any = None
        error: AISConnectionError | None = None
        opened: Response | None = None
        held: tuple[Upload, bytes] | None = None  # a small upload read once: hashed, then sent
        try:
            while True:
                try:
                    instr = steps.throw(error) if error else steps.send(reply)
                except StopIteration as stop:
                    opened = None
                    return stop.value  # type: ignore[no-any-return]
                reply, error = None, None
                try:
                    if isinstance(instr, Send):
                        reply = self._send(instr, held)
                        opened = reply if reply.stream is not None else opened
                    elif isinstance(instr, Sleep):
                        time.sleep(instr.seconds)
                    elif isinstance(instr, HashFile):
                        if instr.upload.size <= SMALL_UPLOAD:
                            data = self._read_small(instr.upload)
                            held = (instr.upload, data)
                            reply = hash_bytes(data, instr.checksum_type)
                        else:
                            reply = hash_file(instr.upload, instr.checksum_type)
                    else:
                        self._load(instr)
                except AISConnectionError as exc:
                    error = exc
        finally:
            steps.close()
            if opened is not None:
                opened.stream.close()

    def _load(self, instr: LoadView) -> None:
        with self._load_lock:
            view = self.view
            if view.attempts == instr.seen and (instr.now or view.may_load(self.now())):
                self._carry(self.load_steps())

    def _read_small(self, upload: Upload) -> bytes:
        return read_small_upload(upload)

    def _send(self, s: Send, held: tuple[Upload, bytes] | None = None) -> Response:
        upload = s.upload
        source = s.source
        content: Any
        if upload is not None and held is not None and held[0] == upload:
            content = held[1]  # the very bytes that were hashed
        elif upload is not None and upload.size <= SMALL_UPLOAD:
            content = self._read_small(upload)
        else:
            content = file_chunks(upload) if upload else source.chunks() if source else s.content
        try:
            resp = self._exchange(s.req.method, s.url, s.params, s.headers, content, s.extensions)
            headers = Header.from_httpx(resp.headers)
            if s.keeps_open(resp.status_code):
                return Response(resp.status_code, headers, b"", url_text(resp), stream=resp)
            try:
                body = resp.read()
            finally:
                resp.close()
        except httpx.TransportError as exc:
            raise translate_transport_error(exc, s.url) from exc
        self.check_length(s, resp.status_code, headers, body)
        return Response(resp.status_code, headers, body, url_text(resp))


def _httpx_exchange(
    http: httpx.Client,
    method: str,
    url: str,
    params: tuple[tuple[str, str], ...] | None,
    headers: list[tuple[str, str]],
    content: Any,
    extensions: dict[str, Any],
) -> httpx.Response:
    """The exchange on a client the caller passed in: httpx's own request and send."""
    request = http.build_request(method, url, params=params, headers=headers, content=content, extensions=extensions)
    return http.send(request, stream=True, follow_redirects=False)
