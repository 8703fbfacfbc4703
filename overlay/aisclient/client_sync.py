# DO NOT EDIT: derived by scripts/derive.py from client_async.py. Edit that, then run `make derive`.
"""What the async client is besides its operations: options, the connection pool, running an
operation, streams from object reads, `with_raw_response`. Written once; scripts/derive.py writes
the blocking twin (`ClientBase`) into client_sync.py. The operations themselves are in _surface.py.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import attrs
import httpx

from ._core.driver import env_token
from ._core.driver_sync import SyncDriver
from ._core.options import (
    DEFAULT_LIMITS,
    DEFAULT_TIMEOUT,
    display_url,
    resolve_endpoint,
    resolve_timeout,
    validate_client_options,
    validate_token,
)
from ._core.parts import MAX_PART_RESUMES, check_part, check_unchanged, name_of, read_part, verify_file
from ._core.pool import run_bounded_sync
from ._core.protocol import Op, Response
from ._core.raw import RAW_SINK, RawResponse, wrap_raw
from ._core.reader import open_temp, sync_dir, sync_file, unlink
from ._core.retry import DEFAULT_RETRY, RetryPolicy
from ._core.transport import open_sync_http
from .batch import BatchMatcher, OpenedBatch
from .errors import AISException, IncompleteRead, ObjectChanged
from .headers import Header
from .models import ObjectProps
from .objects import Download, MultipartPlan, OpenedObject, PartsPlan
from .streams_sync import BatchStream, ObjStream
from .transfers_sync import Transfers

__all__ = ["ClientBase", "Handle", "RawResponseProxy"]

T = TypeVar("T")
C = TypeVar("C")


class ClientBase(Transfers):
    """Options, connection pool and lifecycle of the client (its operations come from `_surface`).

    Args:
        endpoint: the cluster's URL (a proxy, or a load balancer in front of the proxies);
            defaults to `$AIS_ENDPOINT`.
        timeout: seconds (one number for every phase), an `httpx.Timeout`, or None for no limit;
            by default 5 s to connect, 120 s between bytes read or written, 30 s for a pooled connection.
        token: an AuthN bearer token; defaults to `$AIS_AUTHN_TOKEN` (or the file in
            `$AIS_AUTHN_TOKEN_FILE`). Sent only to this cluster's nodes, never shown.
        retry: when and how to retry (`RetryPolicy`; `NO_RETRY` turns retries off).
        limits: connection pool sizes (`httpx.Limits`).
        verify: TLS verification: True, False, or a CA bundle path.
        http_client: an httpx client to use instead of the client's own.
        direct: read objects straight from the target that holds them (default: on without a token).
        verify_checksums: check every whole-object read against the object's checksum.

    Raises:
        ValueError: a bad endpoint, timeout or option value (before anything is opened).
        TypeError: an option of the wrong type.
    """

    def __init__(
        self,
        endpoint: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        token: str | None = None,
        retry: RetryPolicy = DEFAULT_RETRY,
        limits: httpx.Limits = DEFAULT_LIMITS,
        verify: bool | str = True,
        http_client: httpx.Client | None = None,
        direct: bool | None = None,
        verify_checksums: bool = True,
    ) -> None:
        self.endpoint = resolve_endpoint(endpoint)
        resolved_timeout = resolve_timeout(timeout)
        validate_client_options(
            retry=retry,
            limits=limits,
            verify=verify,
            direct=direct,
            token=token,
            http_client=http_client,
            sync=True,
            verify_checksums=verify_checksums,
        )
        token = token or validate_token(env_token(), option="$AIS_AUTHN_TOKEN")
        self._verify_checksums = verify_checksums
        # What an Client twin of this client is made with (see `_core.engine`); a caller's own
        # http_client cannot be copied.
        self._async_twin_options: dict[str, Any] | None = (
            None
            if http_client is not None
            else {
                "timeout": resolved_timeout,
                "token": token or None,
                "retry": retry,
                "limits": limits,
                "verify": verify,
                "direct": direct,
                "verify_checksums": verify_checksums,
            }
        )
        self._owns_http = http_client is None
        self._http = http_client or open_sync_http(resolved_timeout, limits, verify)
        self._driver = SyncDriver(self.endpoint, self._http, retry, token, direct)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(endpoint={display_url(self.endpoint)!r})"

    @property
    def with_raw_response(self) -> RawResponseProxy:
        """The same methods, returning a `RawResponse`: the result plus status, headers and URL of the
        HTTP exchange behind it (`client.with_raw_response.head_object(...)`)."""
        return RawResponseProxy(self)

    def close(self) -> None:
        """Release the connection pool; any later call raises `errors.ClientClosed`."""
        self._driver.closed = True
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # -- what the derived operation methods call ---------------------------------------

    def _run(self, op: Op[T]) -> T:
        return self._driver.run(op)

    def _probe(self, op: Op[bool]) -> bool:
        try:
            return self._driver.run(op)
        except AISException:
            return False

    def _stream(self, opened: OpenedObject) -> ObjStream:
        resume = opened.reopen

        def reopen(offset: int) -> tuple[httpx.Response, Header | None]:
            assert resume is not None
            again: Response = self._driver.run(resume(offset))
            return again.stream, again.headers

        return ObjStream(
            opened.response.stream,
            opened.chunk_size,
            opened.response.headers,
            verify=resume is not None and self._verify_checksums,
            reopen=reopen if resume is not None else None,
        )

    def _batch(self, opened: OpenedBatch) -> BatchStream:
        return BatchStream(
            self._stream(opened.opened), BatchMatcher(opened.names, opened.where, opened.max_object_size)
        )

    def _download(self, download: Download) -> ObjectProps:
        if download.parts is not None:
            return self._download_parts(download.parts, download.path, download.name)
        assert download.opened is not None
        with self._stream(download.opened) as obj:
            size = obj.save(download.path)
            return attrs.evolve(obj.props, name=download.name, size=size)

    def _download_parts(self, plan: PartsPlan, path: str, name: str) -> ObjectProps:
        """Fetch `plan`'s ranges in parallel into a temporary file, verify the whole, rename into place."""
        f, tmp = open_temp(path)
        try:
            with f:
                f.truncate(plan.size)
                fd = f.fileno()

                def fetch(part: tuple[int, int]) -> int:
                    return self._fetch_part(plan, part, fd)

                for outcome in run_bounded_sync(plan.parts(), fetch, plan.workers):
                    if outcome.error is not None:
                        raise outcome.error
                if self._verify_checksums:
                    f.flush()
                    verify_file(tmp, plan.props, name)
                sync_file(f)
            os.replace(tmp, path)
        except BaseException:
            unlink(tmp)
            raise
        sync_dir(path)
        return attrs.evolve(plan.props, name=name, size=plan.size)

    def _upload(self, result: ObjectProps | MultipartPlan) -> ObjectProps:
        if isinstance(result, ObjectProps):
            return result
        return self._upload_parts(result)

    def _upload_parts(self, plan: MultipartPlan) -> ObjectProps:
        """Send `plan`'s parts, `plan.workers` at a time, then join them; abort the upload on any failure."""
        try:
            with open(plan.upload.path, "rb") as f:
                fd = f.fileno()

                def send(part: tuple[int, int, int]) -> None:
                    number, offset, length = part
                    data = read_part(fd, offset, length, plan.upload)
                    self._driver.run(plan.send_part(number, data))

                for outcome in run_bounded_sync(plan.parts(), send, plan.workers):
                    if outcome.error is not None:
                        raise outcome.error
            check_unchanged(plan.upload)
            self._driver.run(plan.complete())
        except BaseException:
            with contextlib.suppress(Exception):
                self._driver.run(plan.abort())
            raise
        return self._driver.run(plan.finish())

    def _fetch_part(self, plan: PartsPlan, part: tuple[int, int], fd: int) -> int:
        """One range into its place in the file; a broken transfer resumes from the first missing byte."""
        start, end = part
        offset = start
        for _attempt in range(1 + MAX_PART_RESUMES):
            resp: Response = self._driver.run(plan.read(offset, end))
            stream = resp.stream
            try:
                check_part(resp, plan, offset, end)
                for piece in stream.iter_bytes():
                    if offset + len(piece) > end + 1:
                        raise ObjectChanged(name_of(plan), "a range answer carried more bytes than asked")
                    os.pwrite(fd, piece, offset)
                    offset += len(piece)
            except httpx.TransportError:
                pass  # resume below from `offset`
            finally:
                stream.close()
            if offset == end + 1:
                return end - start + 1
        raise IncompleteRead(name_of(plan), "", offset - start, end - start + 1)


class Handle(Generic[C]):
    """A bucket or object of a client; holds names only (no request is made to create it)."""

    def __init__(
        self, client: C, bucket_name: str, provider: str = "ais", name: str = "", *, namespace: str = ""
    ) -> None:
        self._client = client
        self.bucket_name = bucket_name
        self.provider = provider
        # "" for the global namespace, else `@uuid#name`.
        self.namespace = namespace
        # The bucket's name for a bucket handle, the object's for an object handle.
        self.name = name or bucket_name

    def __repr__(self) -> str:
        obj = f", {self.name!r}" if self.name != self.bucket_name else ""
        ns = f"{self.namespace}/" if self.namespace else ""
        return f"{type(self).__name__}({self.provider}://{ns}{self.bucket_name}{obj})"


class RawResponseProxy:
    """`client.with_raw_response`: the client's methods, returning `RawResponse` instead."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Callable[..., RawResponse[Any]]:
        method = getattr(self._client, name)

        @functools.wraps(method)
        def call(*args: Any, **kwargs: Any) -> RawResponse[Any]:
            sink: list[Response] = []
            token = RAW_SINK.set(sink)
            try:
                result = method(*args, **kwargs)
            finally:
                RAW_SINK.reset(token)
            return wrap_raw(result, sink, name)

        return call
