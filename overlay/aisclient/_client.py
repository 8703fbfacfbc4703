"""`Client` and `AsyncClient`: the seed API, as thin mirrors over the shared operations in `_ops`.

Each method checks nothing and builds nothing itself: it runs one operation
through its driver. The two classes differ only in `await` and in the
stream/lister types they hand back.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from types import TracebackType

import attrs
import httpx

from . import _ops
from ._driver import AsyncDriver, SyncDriver, env_token
from ._options import (
    DEFAULT,
    DEFAULT_TIMEOUT,
    display_url,
    resolve_endpoint,
    resolve_timeout,
    validate_client_options,
    validate_token,
)
from ._pagers import AsyncBucketLister, BucketLister
from ._raw import AsyncRawResponseProxy, RawResponseProxy
from ._retry import DEFAULT_RETRY, RetryPolicy
from ._stream import DEFAULT_CHUNK_SIZE, AsyncObjStream, ObjStream
from ._transport import StdlibTransport
from ._validate import PROVIDER_AIS
from .errors import AISException
from .headers import BucketHeader, Header, ObjectHeader
from .models import Bck, BucketEntry, BucketList, ObjectProps, Smap, XactStatus

__all__ = ["DEFAULT_TIMEOUT", "AsyncClient", "Client"]

DEFAULT_LIMITS = httpx.Limits(max_connections=64, max_keepalive_connections=32)


class Client:
    """Synchronous AIStore client.

    `endpoint` falls back to `$AIS_ENDPOINT`, `token` to `$AIS_AUTHN_TOKEN`
    (or the file in `$AIS_AUTHN_TOKEN_FILE`). The token is sent only to this
    cluster's nodes and never appears in reprs or logs. One connection pool
    is reused; call `close()` or use `with Client(...) as c:`.
    """

    def __init__(
        self,
        endpoint: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = DEFAULT,  # type: ignore[assignment]
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
        self._owns_http = http_client is None
        # The stdlib transport reads object data at a fraction of h11's CPU cost (see _transport).
        self._http = http_client or httpx.Client(
            transport=StdlibTransport(
                verify=verify,
                max_idle_per_host=limits.max_keepalive_connections or 32,
                max_connections=limits.max_connections,
            ),
            timeout=resolved_timeout,
            follow_redirects=False,
        )
        self._driver = SyncDriver(self.endpoint, self._http, retry, token, direct)

    def __repr__(self) -> str:
        return f"Client(endpoint={display_url(self.endpoint)!r})"

    @property
    def with_raw_response(self) -> RawResponseProxy:
        """`client.with_raw_response.head_object(...)` -> `RawResponse` (status, headers, url, `.parse()`)."""
        return RawResponseProxy(self)

    def close(self) -> None:
        """Release the connection pool; any later call raises `errors.ClientClosed`."""
        self._driver.closed = True
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # -- cluster -----------------------------------------------------------------------

    def is_aistore_running(self) -> bool:
        """True when the cluster is ready (`/v1/health?prr=true` answers 200); never raises."""
        try:
            return self._driver.run(_ops.is_aistore_running())
        except AISException:
            return False

    def get_cluster_info(self) -> Smap:
        """The cluster map: proxies, targets, primary."""
        return self._driver.run(_ops.get_cluster_info())

    # -- buckets -----------------------------------------------------------------------

    def list_buckets(self, provider: str = PROVIDER_AIS) -> list[Bck]:
        """Buckets of `provider` ("" = every provider)."""
        return self._driver.run(_ops.list_buckets(provider))

    def create_bucket(self, bck_name: str) -> None:
        """Create an ais:// bucket; `ErrBckAlreadyExists` if it exists."""
        self._driver.run(_ops.create_bucket(bck_name))

    def destroy_bucket(self, bck_name: str) -> None:
        """Destroy an ais:// bucket and all its objects; `ErrBckNotFound` if missing."""
        self._driver.run(_ops.destroy_bucket(bck_name))

    def evict_bucket(self, bck_name: str, provider: str, keep_md: bool = True) -> None:
        """Evict a remote bucket's cached data (`keep_md`: keep its metadata); ais:// raises `InvalidBckProvider`."""
        self._driver.run(_ops.evict_bucket(bck_name, provider, keep_md))

    def head_bucket(self, bck_name: str, provider: str = PROVIDER_AIS) -> BucketHeader:
        """Bucket properties: a case-insensitive header mapping with a typed `.props` (`BucketProps`)."""
        return self._driver.run(_ops.head_bucket(bck_name, provider))

    def copy_bucket(
        self,
        from_bck_name: str,
        to_bck_name: str,
        prefix: str = "",
        dry_run: bool = False,
        force: bool = False,
        from_provider: str = PROVIDER_AIS,
        to_provider: str = PROVIDER_AIS,
    ) -> str:
        """Start copying a bucket; returns the xaction id (see `wait_for_xaction_finished`)."""
        return self._driver.run(
            _ops.copy_bucket(from_bck_name, to_bck_name, prefix, dry_run, force, from_provider, to_provider)
        )

    # -- listing -----------------------------------------------------------------------

    def list_objects(
        self,
        bck_name: str,
        provider: str = PROVIDER_AIS,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        uuid: str = "",
        continuation_token: str = "",
    ) -> BucketList:
        """One page of objects; pass the page's `uuid` and `continuation_token` back for the next."""
        return self._driver.run(
            _ops.list_objects(bck_name, provider, prefix, props, page_size, uuid, continuation_token)
        )

    def list_objects_iter(
        self,
        bck_name: str,
        provider: str = PROVIDER_AIS,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
    ) -> BucketLister:
        """Iterate over all objects, fetching pages lazily (`.pages()` for whole pages)."""
        fetch = functools.partial(self.list_objects, bck_name, provider, prefix, props, page_size)
        return BucketLister(fetch)

    def list_all_objects(
        self,
        bck_name: str,
        provider: str = PROVIDER_AIS,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
    ) -> list[BucketEntry]:
        """All objects in memory; prefer `list_objects_iter` for large buckets."""
        return list(self.list_objects_iter(bck_name, provider, prefix, props, page_size))

    # -- objects -----------------------------------------------------------------------

    def head_object(self, bck_name: str, obj_name: str, provider: str = PROVIDER_AIS) -> ObjectHeader:
        """Object properties: a case-insensitive header mapping with a typed `.props` (`ObjectProps`)."""
        return self._driver.run(_ops.head_object(bck_name, obj_name, provider))

    def get_object(
        self,
        bck_name: str,
        obj_name: str,
        provider: str = PROVIDER_AIS,
        archpath: str = "",
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        *,
        byte_range: str | None = None,
    ) -> ObjStream:
        """Open an object (or, with `archpath`, one file inside an archive) for streaming.

        Iterate for `chunk_size` chunks, or `read()`/`read_all()`; close it
        (or use `with`) to release the connection early. `byte_range`
        ("bytes=0-99" or "0-99") reads part of the object.

        A whole-object read is checked against the object's checksum as it streams
        (`errors.ChecksumMismatch` at the end if the bytes differ; the client's
        `verify_checksums=False` turns it off), and resumes with a range request if the
        connection breaks midway (`errors.ObjectChanged` if the object changed meanwhile).
        """
        resp = self._driver.run(_ops.get_object(bck_name, obj_name, provider, archpath, byte_range, chunk_size))
        whole = not archpath and not byte_range

        def reopen(offset: int) -> tuple[httpx.Response, Header]:
            again = self._driver.run(_ops.get_object(bck_name, obj_name, provider, "", f"bytes={offset}-"))
            return again.stream, again.headers

        return ObjStream(
            resp.stream,
            chunk_size,
            resp.headers,
            verify=whole and self._verify_checksums,
            reopen=reopen if whole else None,
        )

    def download_object(
        self,
        bck_name: str,
        obj_name: str,
        path: str | os.PathLike[str],
        provider: str = PROVIDER_AIS,
        *,
        archpath: str = "",
        byte_range: str | None = None,
    ) -> ObjectProps:
        """Save an object to a local file, atomically: a temporary file in the same folder, renamed
        into place only once every byte arrived and matched the checksum; nothing is left on failure."""
        _ops.check_download_path(path)
        with self.get_object(bck_name, obj_name, provider, archpath, byte_range=byte_range) as obj:
            size = obj.save(path)
            return attrs.evolve(obj.props, name=obj_name, size=size)

    def put_object(
        self, bck_name: str, obj_name: str, path: str | os.PathLike[str], provider: str = PROVIDER_AIS
    ) -> ObjectProps:
        """Upload a local file (streamed, checksum-verified by the server); returns the stored object's props."""
        return self._driver.run(_ops.put_object(bck_name, obj_name, path, provider))

    def delete_object(self, bck_name: str, obj_name: str, provider: str = PROVIDER_AIS) -> None:
        """Delete an object; `ErrObjNotFound` if missing."""
        self._driver.run(_ops.delete_object(bck_name, obj_name, provider))

    # -- xactions ----------------------------------------------------------------------

    def xact_status(
        self, xact_id: str = "", xact_kind: str = "", daemon_id: str = "", only_running: bool = False
    ) -> XactStatus:
        """Status of one xaction (by id, or the latest of a kind)."""
        return self._driver.run(_ops.xact_status(xact_id, xact_kind, daemon_id, only_running))

    def wait_for_xaction_finished(
        self, xact_id: str = "", xact_kind: str = "", daemon_id: str = "", timeout: float = 300
    ) -> XactStatus:
        """Wait until the xaction finishes; `XactionAborted` if aborted, `errors.Timeout` after `timeout` s."""
        return self._driver.run(_ops.wait_for_xaction_finished(xact_id, xact_kind, daemon_id, timeout))

    def xact_start(
        self,
        xact_kind: str = "",
        daemon_id: str = "",
        force: bool = False,
        buckets: Sequence[Bck] | None = None,
    ) -> str:
        """Start a startable xaction kind (see `STARTABLE_KINDS`); returns its id."""
        return self._driver.run(_ops.xact_start(xact_kind, daemon_id, force, buckets))

    def xact_stop(self, xact_id: str = "", xact_kind: str = "", buckets: Sequence[Bck] | None = None) -> None:
        """Abort the xaction `xact_id`, or every running one of `xact_kind` (not in the seed API)."""
        return self._driver.run(_ops.xact_stop(xact_id, xact_kind, buckets))


class AsyncClient:
    """Asynchronous AIStore client; the same methods as `Client`, awaited."""

    def __init__(
        self,
        endpoint: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = DEFAULT,  # type: ignore[assignment]
        token: str | None = None,
        retry: RetryPolicy = DEFAULT_RETRY,
        limits: httpx.Limits = DEFAULT_LIMITS,
        verify: bool | str = True,
        http_client: httpx.AsyncClient | None = None,
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
            sync=False,
            verify_checksums=verify_checksums,
        )
        token = token or validate_token(env_token(), option="$AIS_AUTHN_TOKEN")
        self._verify_checksums = verify_checksums
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            timeout=resolved_timeout, limits=limits, verify=verify, follow_redirects=False
        )
        self._driver = AsyncDriver(self.endpoint, self._http, retry, token, direct)

    def __repr__(self) -> str:
        return f"AsyncClient(endpoint={display_url(self.endpoint)!r})"

    @property
    def with_raw_response(self) -> AsyncRawResponseProxy:
        """`await client.with_raw_response.head_object(...)` -> `RawResponse`."""
        return AsyncRawResponseProxy(self)

    async def close(self) -> None:
        """Release the connection pool; any later call raises `errors.ClientClosed`."""
        self._driver.closed = True
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def is_aistore_running(self) -> bool:
        try:
            return await self._driver.run(_ops.is_aistore_running())
        except AISException:
            return False

    async def get_cluster_info(self) -> Smap:
        return await self._driver.run(_ops.get_cluster_info())

    async def list_buckets(self, provider: str = PROVIDER_AIS) -> list[Bck]:
        return await self._driver.run(_ops.list_buckets(provider))

    async def create_bucket(self, bck_name: str) -> None:
        await self._driver.run(_ops.create_bucket(bck_name))

    async def destroy_bucket(self, bck_name: str) -> None:
        await self._driver.run(_ops.destroy_bucket(bck_name))

    async def evict_bucket(self, bck_name: str, provider: str, keep_md: bool = True) -> None:
        await self._driver.run(_ops.evict_bucket(bck_name, provider, keep_md))

    async def head_bucket(self, bck_name: str, provider: str = PROVIDER_AIS) -> BucketHeader:
        return await self._driver.run(_ops.head_bucket(bck_name, provider))

    async def copy_bucket(
        self,
        from_bck_name: str,
        to_bck_name: str,
        prefix: str = "",
        dry_run: bool = False,
        force: bool = False,
        from_provider: str = PROVIDER_AIS,
        to_provider: str = PROVIDER_AIS,
    ) -> str:
        return await self._driver.run(
            _ops.copy_bucket(from_bck_name, to_bck_name, prefix, dry_run, force, from_provider, to_provider)
        )

    async def list_objects(
        self,
        bck_name: str,
        provider: str = PROVIDER_AIS,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        uuid: str = "",
        continuation_token: str = "",
    ) -> BucketList:
        return await self._driver.run(
            _ops.list_objects(bck_name, provider, prefix, props, page_size, uuid, continuation_token)
        )

    def list_objects_iter(
        self,
        bck_name: str,
        provider: str = PROVIDER_AIS,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
    ) -> AsyncBucketLister:
        fetch = functools.partial(self.list_objects, bck_name, provider, prefix, props, page_size)
        return AsyncBucketLister(fetch)

    async def list_all_objects(
        self,
        bck_name: str,
        provider: str = PROVIDER_AIS,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
    ) -> list[BucketEntry]:
        return [e async for e in self.list_objects_iter(bck_name, provider, prefix, props, page_size)]

    async def head_object(self, bck_name: str, obj_name: str, provider: str = PROVIDER_AIS) -> ObjectHeader:
        return await self._driver.run(_ops.head_object(bck_name, obj_name, provider))

    async def get_object(
        self,
        bck_name: str,
        obj_name: str,
        provider: str = PROVIDER_AIS,
        archpath: str = "",
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        *,
        byte_range: str | None = None,
    ) -> AsyncObjStream:
        resp = await self._driver.run(_ops.get_object(bck_name, obj_name, provider, archpath, byte_range, chunk_size))
        whole = not archpath and not byte_range

        async def reopen(offset: int) -> tuple[httpx.Response, Header]:
            again = await self._driver.run(_ops.get_object(bck_name, obj_name, provider, "", f"bytes={offset}-"))
            return again.stream, again.headers

        return AsyncObjStream(
            resp.stream,
            chunk_size,
            resp.headers,
            verify=whole and self._verify_checksums,
            reopen=reopen if whole else None,
        )

    async def download_object(
        self,
        bck_name: str,
        obj_name: str,
        path: str | os.PathLike[str],
        provider: str = PROVIDER_AIS,
        *,
        archpath: str = "",
        byte_range: str | None = None,
    ) -> ObjectProps:
        _ops.check_download_path(path)
        async with await self.get_object(bck_name, obj_name, provider, archpath, byte_range=byte_range) as obj:
            size = await obj.save(path)
            return attrs.evolve(obj.props, name=obj_name, size=size)

    async def put_object(
        self, bck_name: str, obj_name: str, path: str | os.PathLike[str], provider: str = PROVIDER_AIS
    ) -> ObjectProps:
        return await self._driver.run(_ops.put_object(bck_name, obj_name, path, provider))

    async def delete_object(self, bck_name: str, obj_name: str, provider: str = PROVIDER_AIS) -> None:
        await self._driver.run(_ops.delete_object(bck_name, obj_name, provider))

    async def xact_status(
        self, xact_id: str = "", xact_kind: str = "", daemon_id: str = "", only_running: bool = False
    ) -> XactStatus:
        return await self._driver.run(_ops.xact_status(xact_id, xact_kind, daemon_id, only_running))

    async def wait_for_xaction_finished(
        self, xact_id: str = "", xact_kind: str = "", daemon_id: str = "", timeout: float = 300
    ) -> XactStatus:
        return await self._driver.run(_ops.wait_for_xaction_finished(xact_id, xact_kind, daemon_id, timeout))

    async def xact_start(
        self,
        xact_kind: str = "",
        daemon_id: str = "",
        force: bool = False,
        buckets: Sequence[Bck] | None = None,
    ) -> str:
        return await self._driver.run(_ops.xact_start(xact_kind, daemon_id, force, buckets))

    async def xact_stop(self, xact_id: str = "", xact_kind: str = "", buckets: Sequence[Bck] | None = None) -> None:
        """Abort the xaction `xact_id`, or every running one of `xact_kind` (not in the seed API)."""
        return await self._driver.run(_ops.xact_stop(xact_id, xact_kind, buckets))
