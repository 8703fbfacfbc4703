# DO NOT EDIT: derived by scripts/derive.py from the @operation declarations of cluster.py, buckets.py, listing.py, objects.py, batch.py, jobs.py. Edit that, then run `make derive`.
"""The methods of the clients and of the bucket/object handles: one per declared operation."""

from __future__ import annotations

import functools
import os
from collections.abc import AsyncIterable, Iterable, Mapping, Sequence
from typing import BinaryIO

from . import batch as _batch
from . import buckets as _buckets
from . import cluster as _cluster
from . import jobs as _jobs
from . import listing as _listing
from . import objects as _objects
from ._core.engine import on_async_client
from ._core.reader import DEFAULT_CHUNK_SIZE
from ._core.validate import PROVIDER_AIS, validate_namespace
from .client_async import AsyncClientBase, AsyncHandle
from .client_sync import ClientBase, Handle
from .headers import BucketHeader, ObjectHeader
from .models import Bck, BucketEntry, BucketList, ObjectProps, Smap, XactStatus
from .objects import (
    DEFAULT_MULTIPART_THRESHOLD,
    DEFAULT_PART_SIZE,
    DEFAULT_WRITE_BUFFER,
)
from .streams_async import AsyncBatchStream, AsyncBucketLister, AsyncObjStream
from .streams_sync import BatchStream, BucketLister, ObjStream
from .transfers_async import AsyncTransfers
from .writers_async import AsyncObjectWriter
from .writers_sync import ObjectWriter

__all__ = ["AsyncBucket", "AsyncClient", "AsyncObject", "Bucket", "Client", "Object"]


class Client(ClientBase):
    """The synchronous AIStore client: every operation as a method (the seed API's names, order and defaults first).

    Use it as `with Client(endpoint) as client:` (or call `close()`); one client serves many threads at once.

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

    def bucket(self, name: str, provider: str = "ais", namespace: str = "") -> Bucket:
        """A handle on the bucket `provider://[namespace/]name`; no request is made.

        `namespace` is `@uuid#name` (a remote AIS cluster's namespace) or `#name` (one of this
        cluster's); the global namespace by default."""
        return Bucket(self, name, provider, namespace=validate_namespace(namespace))

    upload_dir = on_async_client(AsyncTransfers.upload_dir, ClientBase.upload_dir)

    def list_buckets(self, provider: str = PROVIDER_AIS) -> list[Bck]:
        """The buckets the cluster knows.

        Args:
            provider: "ais" (default), a cloud provider ("aws", "gcp", "azure", "oci" or an alias),
                or "" for every provider.

        Returns:
            One `Bck` per bucket (name, provider, namespace).

        Raises:
            InvalidBckProvider: unknown provider (before any request).
            ErrMissingBackend: the cluster has no backend for that provider.
            AISConnectionError: no node of the cluster could be reached.
        """
        return self._run(_buckets.list_buckets(provider))

    def is_aistore_running(self) -> bool:
        """Whether the cluster is up and ready (`GET /v1/health?prr=true` answers 200).

        Returns:
            False while the cluster is starting, unreachable or after the client was closed;
            this method never raises.
        """
        return self._probe(_cluster.is_aistore_running())

    def create_bucket(self, bck_name: str, *, namespace: str = "") -> None:
        """Create an `ais://` bucket.

        Args:
            bck_name: the new bucket's name.
            namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).

        Raises:
            InvalidBucketName: the name breaks AIS naming rules (before any request).
            ErrBckAlreadyExists: the bucket exists.
        """
        return self._run(_buckets.create_bucket(bck_name, namespace=namespace))

    def destroy_bucket(self, bck_name: str, *, namespace: str = "") -> None:
        """Destroy an `ais://` bucket and every object in it.

        Args:
            bck_name: the bucket's name.
            namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).

        Raises:
            InvalidBucketName: the name breaks AIS naming rules (before any request).
            ErrBckNotFound: the bucket does not exist.
        """
        return self._run(_buckets.destroy_bucket(bck_name, namespace=namespace))

    def evict_bucket(self, bck_name: str, provider: str, keep_md: bool = True, *, namespace: str = "") -> None:
        """Drop the cluster's cached copy of a remote bucket's objects.

        Args:
            bck_name: the remote bucket's name.
            provider: its provider ("aws", "gcp", "azure", "oci" or an alias).
            keep_md: keep the bucket's metadata (it stays listed) and drop only the objects.
            namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).

        Raises:
            InvalidBckProvider: `provider` is "ais" or unknown (before any request).
            ErrBckNotFound: the bucket is not known to the cluster.
        """
        return self._run(_buckets.evict_bucket(bck_name, provider, keep_md, namespace=namespace))

    def head_bucket(self, bck_name: str, provider: str = PROVIDER_AIS, *, namespace: str = "") -> BucketHeader:
        """A bucket's properties.

        Args:
            bck_name: the bucket's name.
            provider: its provider ("ais" by default).
            namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).

        Returns:
            The response headers (a case-insensitive mapping) with the typed `BucketProps` as `.props`.

        Raises:
            ErrBckNotFound: the bucket does not exist.
        """
        return self._run(_buckets.head_bucket(bck_name, provider, namespace=namespace))

    def copy_bucket(
        self,
        from_bck_name: str,
        to_bck_name: str,
        prefix: str = "",
        dry_run: bool = False,
        force: bool = False,
        from_provider: str = PROVIDER_AIS,
        to_provider: str = PROVIDER_AIS,
        *,
        from_namespace: str = "",
        to_namespace: str = "",
    ) -> str:
        """Start copying a bucket's objects into another bucket (created if needed).

        Args:
            from_bck_name: the source bucket.
            to_bck_name: the destination bucket.
            prefix: copy only objects whose names start with it.
            dry_run: report what would be copied, copy nothing (no destination is created).
            force: start even if a conflicting job is running.
            from_provider: the source's provider.
            to_provider: the destination's provider.
            from_namespace: the source's namespace (`@uuid#name`; default: the global one).
            to_namespace: the destination's namespace.

        Returns:
            The job (xaction) id; wait for it with `wait_for_xaction_finished`.

        Raises:
            ErrBckNotFound: the source bucket does not exist.
        """
        return self._run(
            _buckets.copy_bucket(
                from_bck_name,
                to_bck_name,
                prefix,
                dry_run,
                force,
                from_provider,
                to_provider,
                from_namespace=from_namespace,
                to_namespace=to_namespace,
            )
        )

    def list_objects(
        self,
        bck_name: str,
        provider: str = PROVIDER_AIS,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        uuid: str = "",
        continuation_token: str = "",
        *,
        namespace: str = "",
        flags: int = 0,
        start_after: str = "",
        target: str = "",
    ) -> BucketList:
        """One page of a bucket's objects; pass the page's `uuid` and `continuation_token` back for the next.

        Args:
            bck_name: the bucket's name.
            provider: its provider ("ais" by default).
            prefix: only objects whose names start with it.
            props: comma-separated properties to return per object (name, size, version, checksum,
                atime, cached, status, copies, ec, custom, location, chunked, last-modified, etag);
                "" means "name,size".
            page_size: at most this many entries (0: the cluster's default page).
            uuid: the listing's id, from the previous page (empty for the first page).
            continuation_token: from the previous page (empty for the first page).
            namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).
            flags: `ListFlag` values or-ed together (one level with `ListFlag.NO_RECURSION`, names only
                with `ListFlag.NAME_ONLY`, ...).
            start_after: `ais://` buckets: list only names after this one (to split one listing among
                workers).
            target: only this target lists (a node id from `get_cluster_info`; remote buckets).

        Returns:
            A `BucketList` (`entries`, `uuid`, `continuation_token`, empty on the last page).

        Raises:
            InvalidArgument: unknown property name or flag, negative page size, a token without its
                listing's uuid, `start_after` on a bucket that is not `ais://` (before any request).
            ErrBckNotFound: the bucket does not exist.
            InvalidResponse: the page could not be decoded.
        """
        return self._run(
            _listing.list_objects(
                bck_name,
                provider,
                prefix,
                props,
                page_size,
                uuid,
                continuation_token,
                namespace=namespace,
                flags=flags,
                start_after=start_after,
                target=target,
            )
        )

    def list_objects_iter(
        self,
        bck_name: str,
        provider: str = PROVIDER_AIS,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        *,
        namespace: str = "",
        flags: int = 0,
        start_after: str = "",
        target: str = "",
    ) -> BucketLister:
        """Every object of a bucket, fetching pages only as iteration reaches them (flat memory).

        Args:
            bck_name: the bucket's name.
            provider: its provider ("ais" by default).
            prefix: only objects whose names start with it.
            props: properties per object, as for `list_objects`.
            page_size: entries per page (0: the cluster's default).
            namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).
            flags: `ListFlag` values or-ed together, as for `list_objects`.
            start_after: `ais://` buckets: only names after this one.
            target: only this target lists (remote buckets).

        Returns:
            A lister: iterate it for `BucketEntry`s, or call `.pages()` for whole pages. Errors
            (`ErrBckNotFound`, ...) are raised when iteration reaches the page that fails.
        """
        return BucketLister(
            functools.partial(
                self.list_objects,
                bck_name,
                provider,
                prefix,
                props,
                page_size,
                namespace=namespace,
                flags=flags,
                start_after=start_after,
                target=target,
            )
        )

    def list_all_objects(
        self,
        bck_name: str,
        provider: str = PROVIDER_AIS,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        *,
        namespace: str = "",
        flags: int = 0,
        start_after: str = "",
        target: str = "",
    ) -> list[BucketEntry]:
        """Every object of a bucket, in one list; prefer `list_objects_iter` for large buckets.

        Args:
            bck_name: the bucket's name.
            provider: its provider ("ais" by default).
            prefix: only objects whose names start with it.
            props: properties per object, as for `list_objects`.
            page_size: entries per page (0: the cluster's default).
            namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).
            flags: `ListFlag` values or-ed together, as for `list_objects`.
            start_after: `ais://` buckets: only names after this one.
            target: only this target lists (remote buckets).

        Returns:
            All `BucketEntry`s.

        Raises:
            ErrBckNotFound: the bucket does not exist.
        """
        return list(
            self.list_objects_iter(
                bck_name,
                provider,
                prefix,
                props,
                page_size,
                namespace=namespace,
                flags=flags,
                start_after=start_after,
                target=target,
            )
        )

    def head_object(
        self, bck_name: str, obj_name: str, provider: str = PROVIDER_AIS, *, namespace: str = "", props: str = ""
    ) -> ObjectHeader:
        """An object's properties, without its data.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).
            props: only these comma-separated properties (as for `list_objects`); "" for all.

        Returns:
            The response headers (a case-insensitive mapping) with the typed `ObjectProps` as `.props`
            (size, checksum, version, atime, custom metadata).

        Raises:
            InvalidObjectName: the name breaks AIS naming rules (before any request).
            ErrObjNotFound: no such object.
            ErrBckNotFound: no such bucket.
        """
        return self._run(_objects.head_object(bck_name, obj_name, provider, namespace=namespace, props=props))

    def get_object(
        self,
        bck_name: str,
        obj_name: str,
        provider: str = PROVIDER_AIS,
        archpath: str = "",
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        *,
        byte_range: str | None = None,
        namespace: str = "",
        archregx: str = "",
        archmode: str = "",
        latest: bool = False,
        blob_download: bool = False,
        blob_chunk_size: int = 0,
        blob_workers: int = 0,
    ) -> ObjStream:
        """Open an object (or, with `archpath`, one file inside an archive object) for streaming.

        A whole-object read is checked against the object's checksum as it streams (unless the client
        was made with `verify_checksums=False`), and resumes with a range request from the first missing
        byte when the connection breaks midway.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            provider: the bucket's provider ("ais" by default).
            archpath: a file inside a tar/tgz/zip object to read instead of the whole object.
            chunk_size: bytes per chunk when iterating the stream.
            byte_range: read part of the object: "bytes=0-99", "0-99", "100-" or "-100".
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).
            archregx: read the files of an archive object that match, as one TAR stream: a regular
                expression, or a prefix, suffix, substring or WebDataset key, as `archmode` says.
            archmode: "regexp" (default), "prefix", "suffix", "substr" or "wdskey".
            latest: remote buckets only: first ask the remote backend whether the cluster's cached
                copy is still current (same size, version and checksum), and fetch it again if not; a
                plain GET serves the cached copy as it is. For a bucket of an attached AIS cluster this
                catches an object overwritten there (its checksum changes), with or without versioning
                on either side; setting the bucket's `versioning.validate_warm_get` does the same for
                every GET.
            blob_download: remote buckets only, whole objects only: have the cluster fetch the object
                from the remote backend in parallel chunks (its blob downloader) while streaming it.
            blob_chunk_size: bytes per chunk of a blob download: 0 for AIS's default (4 MiB), else
                32 KiB to 16 MiB.
            blob_workers: chunks a blob download fetches at once: 0 for automatic, at most 128.

        Returns:
            A stream: iterate it for chunks, or `read(n)`, `read_all()`, `save(path)`; close it (or
            use `with`) to release the connection early.

        Raises:
            InvalidArgument: bad `chunk_size` or `byte_range`, or `latest` / blob options on a bucket
                of this cluster (before any request).
            ErrObjNotFound: no such object.
            ChecksumMismatch: at the end of the stream, if the bytes differ from the object's checksum.
            ObjectChanged: a resumed read found the object changed meanwhile.
            AISConnectionError: the transfer broke and could not be resumed.
        """
        return self._stream(
            self._run(
                _objects.get_object(
                    bck_name,
                    obj_name,
                    provider,
                    archpath,
                    chunk_size,
                    byte_range=byte_range,
                    namespace=namespace,
                    archregx=archregx,
                    archmode=archmode,
                    latest=latest,
                    blob_download=blob_download,
                    blob_chunk_size=blob_chunk_size,
                    blob_workers=blob_workers,
                )
            )
        )

    def put_object(
        self,
        bck_name: str,
        obj_name: str,
        path: str | os.PathLike[str],
        provider: str = PROVIDER_AIS,
        *,
        checksum: tuple[str, str] | None = None,
        namespace: str = "",
        multipart_threshold: int | None = DEFAULT_MULTIPART_THRESHOLD,
        part_size: int = DEFAULT_PART_SIZE,
        workers: int = 4,
    ) -> ObjectProps:
        """Upload a local file, streamed, with a checksum the target verifies before storing it.

        The first hop goes to the proxy without a body and the file streams to the target it names,
        so nothing large is sent twice; a retry starts again at the proxy. Exactly the file's size as
        measured is sent.

        A file of at least `multipart_threshold` bytes (4 GiB by default) goes as a multipart upload
        instead: `part_size` pieces, `workers` at a time (threads in the sync client, tasks in the async
        one; memory stays at about `workers` x `part_size`), each retried on its own, then joined. The
        result is checked against the file's checksum; on any failure the upload is aborted and nothing
        is left behind.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            path: the local file.
            provider: the bucket's provider ("ais" by default).
            checksum: (type, hex value) already known for the file, to skip hashing it.
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).
            multipart_threshold: the size from which a file is sent in parallel parts; None: never.
            part_size: bytes per part of a multipart upload.
            workers: parts sent at once in a multipart upload.

        Returns:
            The stored object's properties (`size` is the file's).

        Raises:
            FileNotFoundError: no such file (before any request).
            IsADirectoryError: `path` is a directory (before any request).
            InvalidArgument: a bad `part_size`, `workers` or `multipart_threshold` (before any request).
            LocalFileChanged: the file changed while it was read; nothing is stored.
            ErrBadCksum: the data arrived corrupted; nothing is stored.
            ChecksumMismatch: the joined parts differ from the file; the object was deleted again.
            ErrBckNotFound: no such bucket.
        """
        return self._upload(
            self._run(
                _objects.put_object(
                    bck_name,
                    obj_name,
                    path,
                    provider,
                    checksum=checksum,
                    namespace=namespace,
                    multipart_threshold=multipart_threshold,
                    part_size=part_size,
                    workers=workers,
                )
            )
        )

    def delete_object(self, bck_name: str, obj_name: str, provider: str = PROVIDER_AIS, *, namespace: str = "") -> None:
        """Delete an object.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Raises:
            ErrObjNotFound: no such object (a retry after a lost answer that finds it gone succeeds).
        """
        return self._run(_objects.delete_object(bck_name, obj_name, provider, namespace=namespace))

    def get_cluster_info(self) -> Smap:
        """The cluster map: its proxies, targets and primary proxy.

        Returns:
            The `Smap` (`.pmap`, `.tmap`, `.primary`, `.version`).

        Raises:
            AISConnectionError: no node of the cluster could be reached.
            AISError: the cluster answered with an error.
        """
        return self._run(_cluster.get_cluster_info())

    def xact_status(
        self, xact_id: str = "", xact_kind: str = "", daemon_id: str = "", only_running: bool = False
    ) -> XactStatus:
        """The status of one job: by id, or the latest of a kind.

        Args:
            xact_id: the job's id (from `copy_bucket`, `xact_start`, ...).
            xact_kind: a job kind ("copy-bck", "lru", ...) when there is no id.
            daemon_id: only that node's part of the job.
            only_running: only a job that is still running.

        Returns:
            The `XactStatus` (`.finished`, `.aborted`, `.end_datetime`, ...).

        Raises:
            InvalidArgument: neither id nor kind, or an unknown kind (before any request).
            ErrXactionNotFound: no such job.
        """
        return self._run(_jobs.xact_status(xact_id, xact_kind, daemon_id, only_running))

    def wait_for_xaction_finished(
        self, xact_id: str = "", xact_kind: str = "", daemon_id: str = "", timeout: float = 300
    ) -> XactStatus:
        """Wait until a job finishes, polling from 50 ms and backing off to 1 s.

        Args:
            xact_id: the job's id.
            xact_kind: a job kind when there is no id.
            daemon_id: only that node's part of the job.
            timeout: seconds to wait at most.

        Returns:
            The job's final `XactStatus`.

        Raises:
            InvalidArgument: neither id nor kind, an unknown kind, or a bad timeout (before any request).
            XactionAborted: the job was aborted.
            Timeout: the job did not finish in time (`errors.Timeout`; `.last_status` has what was seen).
            ErrXactionNotFound: no such job (after a short grace period for jobs just started).
        """
        return self._run(_jobs.wait_for_xaction_finished(xact_id, xact_kind, daemon_id, timeout))

    def xact_start(
        self, xact_kind: str = "", daemon_id: str = "", force: bool = False, buckets: Sequence[Bck] | None = None
    ) -> str:
        """Start a job of a startable kind (see `STARTABLE_KINDS`: "lru", "cleanup-store", "rebalance", ...).

        Args:
            xact_kind: the kind to start.
            daemon_id: start it on one node only.
            force: start even if a conflicting job is running.
            buckets: the buckets it applies to, for kinds that take buckets.

        Returns:
            The new job's id.

        Raises:
            InvalidArgument: a kind that cannot be started, or a bad bucket (before any request).
        """
        return self._run(_jobs.xact_start(xact_kind, daemon_id, force, buckets))

    def download_object(
        self,
        bck_name: str,
        obj_name: str,
        path: str | os.PathLike[str],
        provider: str = PROVIDER_AIS,
        *,
        archpath: str = "",
        byte_range: str | None = None,
        namespace: str = "",
        workers: int = 1,
        part_size: int = DEFAULT_PART_SIZE,
        latest: bool = False,
        blob_download: bool = False,
        blob_chunk_size: int = 0,
        blob_workers: int = 0,
    ) -> ObjectProps:
        """Save an object to a local file, atomically: a temporary file in the same folder is renamed into
        place only once every byte arrived (and matched the checksum); nothing is left behind on failure.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            path: the file to write (its folder must exist).
            provider: the bucket's provider ("ais" by default).
            archpath: save one file from inside an archive object instead.
            byte_range: save part of the object (see `get_object`).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).
            workers: fetch a whole object of at least two parts with this many parallel range requests
                (threads in the sync client, tasks in the async one), written in place into the
                temporary file: memory stays constant; every range is checked to come from the same
                object version, and the whole file against the object's checksum.
            part_size: bytes per range request when `workers` > 1.
            latest: remote buckets only: first ask the remote backend whether the cluster's cached
                copy is still current (same size, version and checksum), and fetch it again if not; a
                plain GET serves the cached copy as it is. For a bucket of an attached AIS cluster this
                catches an object overwritten there (its checksum changes), with or without versioning
                on either side; setting the bucket's `versioning.validate_warm_get` does the same for
                every GET.
            blob_download: remote buckets only, whole objects only: have the cluster fetch the object
                from the remote backend in parallel chunks (its blob downloader) while streaming it.
                With `latest` or `blob_download` the object is read as one stream (`workers` must be 1).
            blob_chunk_size: bytes per chunk of a blob download: 0 for AIS's default (4 MiB), else
                32 KiB to 16 MiB.
            blob_workers: chunks a blob download fetches at once: 0 for automatic, at most 128.

        Returns:
            The object's properties, with `size` the bytes written.

        Raises:
            IsADirectoryError: `path` is a directory (before any request).
            FileNotFoundError: `path`'s folder does not exist (before any request).
            InvalidArgument: `latest` or blob options on a bucket of this cluster, or with `workers` > 1
                (before any request).
            ErrObjNotFound: no such object.
            ChecksumMismatch: the bytes differ from the object's checksum (no file is written).
        """
        return self._download(
            self._run(
                _objects.download_object(
                    bck_name,
                    obj_name,
                    path,
                    provider,
                    archpath=archpath,
                    byte_range=byte_range,
                    namespace=namespace,
                    workers=workers,
                    part_size=part_size,
                    latest=latest,
                    blob_download=blob_download,
                    blob_chunk_size=blob_chunk_size,
                    blob_workers=blob_workers,
                )
            )
        )

    def put_content(
        self,
        bck_name: str,
        obj_name: str,
        data: bytes | bytearray | memoryview | BinaryIO | Iterable[bytes] | AsyncIterable[bytes],
        provider: str = PROVIDER_AIS,
        *,
        namespace: str = "",
    ) -> ObjectProps:
        """Store bytes, a file object, or an iterator of byte chunks as an object, streamed.

        Bytes carry their checksum, so the target verifies them before storing. A file object or an
        iterator (an async iterator on `AsyncClient`) is read once, sent as it comes (its length need not
        be known) and hashed on the way; the answer's checksum must match, or the object is deleted
        and `ChecksumMismatch` raised. Such a body cannot be sent twice, so it is retried only when
        nothing was sent yet.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            data: the content.
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Returns:
            The stored object's properties (`size` is the number of bytes sent).

        Raises:
            TypeError: `data` is none of the above (before any request).
            ErrBadCksum: bytes arrived corrupted; nothing is stored.
            ChecksumMismatch: a streamed body arrived corrupted; the object was deleted again.
            ErrBckNotFound: no such bucket.
        """
        return self._run(_objects.put_content(bck_name, obj_name, data, provider, namespace=namespace))

    def append_object(
        self,
        bck_name: str,
        obj_name: str,
        data: bytes,
        provider: str = PROVIDER_AIS,
        *,
        handle: str = "",
        namespace: str = "",
    ) -> str:
        """Append bytes to an object being built; it becomes visible only with `flush_object`.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            data: the bytes to append.
            provider: the bucket's provider ("ais" by default).
            handle: the handle the previous append returned ("" for the first).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Returns:
            The handle to pass to the next append and to `flush_object`.

        Raises:
            InvalidArgumentType: `data` is not bytes (before any request).
            ErrBckNotFound: no such bucket.
        """
        return self._run(_objects.append_object(bck_name, obj_name, data, provider, handle=handle, namespace=namespace))

    def flush_object(
        self, bck_name: str, obj_name: str, handle: str, provider: str = PROVIDER_AIS, *, namespace: str = ""
    ) -> None:
        """Finish an object built with `append_object`: it becomes visible with everything appended.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            handle: the handle of the last append.
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Raises:
            InvalidArgument: an empty handle (before any request).
        """
        return self._run(_objects.flush_object(bck_name, obj_name, handle, provider, namespace=namespace))

    def create_multipart_upload(
        self, bck_name: str, obj_name: str, provider: str = PROVIDER_AIS, *, namespace: str = ""
    ) -> str:
        """Start a multipart upload: parts are uploaded separately (in any order, in parallel), then joined.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Returns:
            The upload id, for `upload_part`, `complete_multipart_upload` and `abort_multipart_upload`.

        Raises:
            ErrBckNotFound: no such bucket.
        """
        return self._run(_objects.create_multipart_upload(bck_name, obj_name, provider, namespace=namespace))

    def upload_part(
        self,
        bck_name: str,
        obj_name: str,
        upload_id: str,
        part_number: int,
        data: bytes,
        provider: str = PROVIDER_AIS,
        *,
        namespace: str = "",
    ) -> None:
        """Upload one part of a multipart upload (sending the same part again replaces it).

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            upload_id: from `create_multipart_upload`.
            part_number: 1 to 9999; parts are joined in the order `complete_multipart_upload` lists them.
            data: the part's bytes (not empty).
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Raises:
            InvalidArgument: an empty upload id or part, or a part number out of range (before any request).
        """
        return self._run(
            _objects.upload_part(bck_name, obj_name, upload_id, part_number, data, provider, namespace=namespace)
        )

    def complete_multipart_upload(
        self,
        bck_name: str,
        obj_name: str,
        upload_id: str,
        part_numbers: Sequence[int],
        provider: str = PROVIDER_AIS,
        *,
        namespace: str = "",
    ) -> None:
        """Join the uploaded parts, in the order given, into the object.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            upload_id: from `create_multipart_upload`.
            part_numbers: the parts to join, in order.
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Raises:
            InvalidArgument: no parts (before any request).
            AISNotFound: unknown upload id.
        """
        return self._run(
            _objects.complete_multipart_upload(
                bck_name, obj_name, upload_id, part_numbers, provider, namespace=namespace
            )
        )

    def abort_multipart_upload(
        self, bck_name: str, obj_name: str, upload_id: str, provider: str = PROVIDER_AIS, *, namespace: str = ""
    ) -> None:
        """Abort a multipart upload: its parts are removed (an existing object of that name is untouched).

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            upload_id: from `create_multipart_upload`.
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Raises:
            AISNotFound: unknown or already aborted upload id.
        """
        return self._run(_objects.abort_multipart_upload(bck_name, obj_name, upload_id, provider, namespace=namespace))

    def set_custom_metadata(
        self,
        bck_name: str,
        obj_name: str,
        metadata: Mapping[str, str],
        provider: str = PROVIDER_AIS,
        *,
        replace: bool = False,
        namespace: str = "",
    ) -> None:
        """Set an object's custom metadata: merged into what it has, or replacing it all.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            metadata: keys and values (strings).
            provider: the bucket's provider ("ais" by default).
            replace: drop the keys not in `metadata`.
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Raises:
            InvalidArgumentType: keys or values that are not strings (before any request).
            ErrObjNotFound: no such object.
        """
        return self._run(
            _objects.set_custom_metadata(bck_name, obj_name, metadata, provider, replace=replace, namespace=namespace)
        )

    def copy_object(
        self,
        bck_name: str,
        obj_name: str,
        to_bck_name: str,
        to_obj_name: str = "",
        provider: str = PROVIDER_AIS,
        to_provider: str = PROVIDER_AIS,
        *,
        namespace: str = "",
        to_namespace: str = "",
    ) -> None:
        """Copy one object, within the cluster, to another name and/or bucket (which must exist).

        Args:
            bck_name: the source bucket's name.
            obj_name: the source object's name.
            to_bck_name: the destination bucket.
            to_obj_name: the destination name (default: the same name).
            provider: the source bucket's provider ("ais" by default).
            to_provider: the destination bucket's provider.
            namespace: the source bucket's namespace.
            to_namespace: the destination bucket's namespace.

        Raises:
            ErrObjNotFound: no such source object.
            ErrBckNotFound: no such bucket.
        """
        return self._run(
            _objects.copy_object(
                bck_name,
                obj_name,
                to_bck_name,
                to_obj_name,
                provider,
                to_provider,
                namespace=namespace,
                to_namespace=to_namespace,
            )
        )

    def rename_object(
        self, bck_name: str, obj_name: str, new_name: str, provider: str = PROVIDER_AIS, *, namespace: str = ""
    ) -> None:
        """Rename an object within its (`ais://`) bucket; an object already named `new_name` is replaced.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            new_name: its new name.
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Raises:
            InvalidObjectName: a bad new name (before any request).
            ErrObjNotFound: no such object.
        """
        return self._run(_objects.rename_object(bck_name, obj_name, new_name, provider, namespace=namespace))

    def promote(
        self,
        bck_name: str,
        source_path: str,
        obj_name: str = "",
        provider: str = PROVIDER_AIS,
        *,
        target_id: str = "",
        recursive: bool = False,
        overwrite: bool = False,
        delete_source: bool = False,
        shared: bool = True,
        namespace: str = "",
    ) -> str:
        """Make files that sit on the targets' machines into objects of the bucket, without uploading them.

        AIS v1.5.0 promotes only from under `/var/lib/ais/promote` on the target machines.

        Args:
            bck_name: the bucket's name.
            source_path: an absolute file or folder path on the targets' machines.
            obj_name: the object's name (a file) or name prefix (a folder); default: the file's path.
            provider: the bucket's provider ("ais" by default).
            target_id: only this target reads the source (see `get_cluster_info`).
            recursive: with a folder, include its subfolders.
            overwrite: replace existing objects of the same names.
            delete_source: remove the files once promoted.
            shared: the source is on storage every target sees (each then promotes only what it owns).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Returns:
            "" when it was done at once (a few files), else the id of the promote job to wait for.

        Raises:
            InvalidArgument: a relative source path (before any request).
            AISBadRequest: the source is outside the allowed tree, or an unknown target.
            AISNotFound: no such source.
        """
        return self._run(
            _objects.promote(
                bck_name,
                source_path,
                obj_name,
                provider,
                target_id=target_id,
                recursive=recursive,
                overwrite=overwrite,
                delete_source=delete_source,
                shared=shared,
                namespace=namespace,
            )
        )

    def blob_download(
        self,
        bck_name: str,
        obj_name: str,
        provider: str = PROVIDER_AIS,
        *,
        chunk_size: int = 0,
        workers: int = 0,
        latest: bool = False,
        namespace: str = "",
    ) -> str:
        """Start a job that copies one large object of a remote bucket into the cluster, in parallel chunks.

        The cluster reads the object from the remote backend (a cloud bucket, or a bucket of an attached
        AIS cluster) with `workers` range reads at once and stores it; later reads are served from the
        cluster. Wait for it with `wait_for_blob_download(job_id)`: the job runs on the one target that
        owns the object, and AIS v1.5.0's job status query (`xact_status`) does not know it.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            provider: the bucket's provider ("ais" by default).
            chunk_size: bytes per range read: 0 for AIS's default (4 MiB), else 32 KiB to 16 MiB.
            workers: range reads at once: 0 for automatic, at most 128.
            latest: if the object is already in the cluster, check with the remote backend whether it
                changed there (and fetch it again if so).
            namespace: the bucket's namespace (`@uuid#name` for a bucket of an attached AIS cluster).

        Returns:
            The job's id.

        Raises:
            InvalidArgument: a bucket of this cluster, a chunk size or worker count out of range (before
                any request).
            ErrBckNotFound: no such bucket.
        """
        return self._run(
            _objects.blob_download(
                bck_name, obj_name, provider, chunk_size=chunk_size, workers=workers, latest=latest, namespace=namespace
            )
        )

    def wait_for_blob_download(self, job_id: str, timeout: float = 300) -> int:
        """Wait until a job started by `blob_download` finishes, polling from 50 ms and backing off to 1 s.

        Args:
            job_id: what `blob_download` returned.
            timeout: seconds to wait at most.

        Returns:
            The bytes the job downloaded.

        Raises:
            InvalidArgument: an empty job id or a bad timeout (before any request).
            XactionAborted: the job was aborted (its `status.err` says why).
            Timeout: the job did not finish in time (`errors.Timeout`).
            ErrXactionNotFound: no such job.
        """
        return self._run(_objects.wait_for_blob_download(job_id, timeout))

    def open_writer(
        self,
        bck_name: str,
        obj_name: str,
        mode: str = "w",
        provider: str = PROVIDER_AIS,
        *,
        buffer_size: int = DEFAULT_WRITE_BUFFER,
        namespace: str = "",
    ) -> ObjectWriter:
        """Open an object for writing like a file: `write(bytes)`, `flush()`, `close()`, or use `with`.

        Writes are buffered; each `buffer_size` bytes (and each `flush()`) go to the cluster as one
        request. Nothing becomes visible until `close()` (the end of the `with` block): then the object
        is replaced ("w") or extended ("a") in one step, and checked. If the `with` block raises, the
        object stays exactly as it was: mode "w" aborts its upload; mode "a" never flushes, and its
        partial copy on the target is left for the cluster's cleanup.

        Mode "w" stores what fits in one buffer with a single PUT (verified by the target), and more as
        a multipart upload, each buffer (and each non-empty `flush()`) one part, at most 9999, checked
        at the end against the checksum of what was written. Mode "a" appends (`append_object`) and
        flushes at `close()`; AIS v1.5.0 cannot append to an object that was stored as a multipart
        upload (it keeps only the first part), so mode "a" refuses such an object.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            mode: "w" to replace the object (or create it), "a" to append to it (or create it).
            provider: the bucket's provider ("ais" by default).
            buffer_size: bytes buffered before a request is sent.
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Returns:
            The writer (`ObjectWriter`; `AsyncObjectWriter` on `AsyncClient`, whose methods are awaited:
            `async with await client.open_writer(...) as w: await w.write(data)`). Its `close()`
            returns the stored object's properties, also kept as `props`.

        Raises:
            InvalidArgument: a mode other than "w" or "a", or a bad `buffer_size` (before any request);
                mode "a" on an object stored in parts.
            ErrBckNotFound: no such bucket (when data is first sent, at the latest at `close()`).
            ChecksumMismatch: at `close()` in mode "w", the stored object differs from what was written
                (it is deleted again).
            ObjectChanged: at `close()` in mode "a", the object's size is not what it was plus what was
                written (someone else wrote it meanwhile).
        """
        return ObjectWriter(
            self,
            self._run(
                _objects.open_writer(bck_name, obj_name, mode, provider, buffer_size=buffer_size, namespace=namespace)
            ),
        )

    def get_batch(
        self,
        bck_name: str,
        obj_names: Sequence[str],
        provider: str = PROVIDER_AIS,
        *,
        namespace: str = "",
        max_object_size: int = 64 << 20,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> BatchStream:
        """Read many objects of a bucket in one request (AIS Get-Batch): far fewer round trips than one
        GET each when the objects are small.

        The cluster gathers the objects on one target and streams them back as one archive; iterate the
        result for a `BatchObject` per name, in the order given (`name`, `data`, and `found`: False, with
        no data, for an object the bucket does not have). The stream is checked against the request as
        it arrives: a missing, extra, renamed or cut-short entry raises `InvalidResponse`. Each object is
        held in memory whole while it is handed over, so this is for many small objects; read large
        ones with `get_object`.

        Args:
            bck_name: the bucket's name.
            obj_names: the objects to read (at most 10,000), in the order wanted; a name may repeat.
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).
            max_object_size: refuse (with `InvalidResponse`) an object larger than this many bytes.
            chunk_size: bytes read from the connection at a time.

        Returns:
            A batch stream: iterate it (`for obj in batch`, `async for` on the async client) for
            `BatchObject`s; close it (or use `with`) to release the connection early.

        Raises:
            InvalidArgument: an empty or too long `obj_names`, a bad name, size or chunk size (before
                any request).
            ErrBckNotFound: the bucket does not exist.
            InvalidResponse: while iterating, if the archive does not hold exactly the objects asked for.
        """
        return self._batch(
            self._run(
                _batch.get_batch(
                    bck_name,
                    obj_names,
                    provider,
                    namespace=namespace,
                    max_object_size=max_object_size,
                    chunk_size=chunk_size,
                )
            )
        )

    def xact_stop(self, xact_id: str = "", xact_kind: str = "", buckets: Sequence[Bck] | None = None) -> None:
        """Abort running jobs: the one with `xact_id`, or every running one of `xact_kind` (on `buckets`).

        Args:
            xact_id: the job to abort.
            xact_kind: abort every running job of this kind instead.
            buckets: with `xact_kind`, only jobs on these buckets.

        Raises:
            InvalidArgument: neither id nor kind (refusing to stop every job), or an unknown kind.
            ErrXactionNotFound: no such job.
        """
        return self._run(_jobs.xact_stop(xact_id, xact_kind, buckets))


class Bucket(Handle[Client]):
    """One bucket (synchronous), from `client.bucket(name, provider)`: its operations without bucket arguments."""

    def object(self, name: str) -> Object:
        """A handle on the object `name` in this bucket; no request is made."""
        return Object(self._client, self.name, self.provider, name, namespace=self.namespace)

    def create(self) -> None:
        """Create an `ais://` bucket.

        Raises:
            InvalidBucketName: the name breaks AIS naming rules (before any request).
            ErrBckAlreadyExists: the bucket exists.
        """
        return self._client._run(_buckets.create_bucket(self.name, namespace=self.namespace))

    def delete(self) -> None:
        """Destroy an `ais://` bucket and every object in it.

        Raises:
            InvalidBucketName: the name breaks AIS naming rules (before any request).
            ErrBckNotFound: the bucket does not exist.
        """
        return self._client._run(_buckets.destroy_bucket(self.name, namespace=self.namespace))

    def evict(self, keep_md: bool = True) -> None:
        """Drop the cluster's cached copy of a remote bucket's objects.

        Args:
            keep_md: keep the bucket's metadata (it stays listed) and drop only the objects.
        Raises:
            InvalidBckProvider: `provider` is "ais" or unknown (before any request).
            ErrBckNotFound: the bucket is not known to the cluster.
        """
        return self._client._run(_buckets.evict_bucket(self.name, self.provider, keep_md, namespace=self.namespace))

    def head(self) -> BucketHeader:
        """A bucket's properties.

        Returns:
            The response headers (a case-insensitive mapping) with the typed `BucketProps` as `.props`.

        Raises:
            ErrBckNotFound: the bucket does not exist.
        """
        return self._client._run(_buckets.head_bucket(self.name, self.provider, namespace=self.namespace))

    def copy(
        self,
        to_bck_name: str,
        prefix: str = "",
        dry_run: bool = False,
        force: bool = False,
        to_provider: str = PROVIDER_AIS,
        *,
        to_namespace: str = "",
    ) -> str:
        """Start copying a bucket's objects into another bucket (created if needed).

        Args:
            to_bck_name: the destination bucket.
            prefix: copy only objects whose names start with it.
            dry_run: report what would be copied, copy nothing (no destination is created).
            force: start even if a conflicting job is running.
            to_provider: the destination's provider.
            to_namespace: the destination's namespace.

        Returns:
            The job (xaction) id; wait for it with `wait_for_xaction_finished`.

        Raises:
            ErrBckNotFound: the source bucket does not exist.
        """
        return self._client._run(
            _buckets.copy_bucket(
                self.name,
                to_bck_name,
                prefix,
                dry_run,
                force,
                self.provider,
                to_provider,
                from_namespace=self.namespace,
                to_namespace=to_namespace,
            )
        )

    def list_objects(
        self,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        uuid: str = "",
        continuation_token: str = "",
        *,
        flags: int = 0,
        start_after: str = "",
        target: str = "",
    ) -> BucketList:
        """One page of a bucket's objects; pass the page's `uuid` and `continuation_token` back for the next.

        Args:
            prefix: only objects whose names start with it.
            props: comma-separated properties to return per object (name, size, version, checksum,
                atime, cached, status, copies, ec, custom, location, chunked, last-modified, etag);
                "" means "name,size".
            page_size: at most this many entries (0: the cluster's default page).
            uuid: the listing's id, from the previous page (empty for the first page).
            continuation_token: from the previous page (empty for the first page).
            flags: `ListFlag` values or-ed together (one level with `ListFlag.NO_RECURSION`, names only
                with `ListFlag.NAME_ONLY`, ...).
            start_after: `ais://` buckets: list only names after this one (to split one listing among
                workers).
            target: only this target lists (a node id from `get_cluster_info`; remote buckets).

        Returns:
            A `BucketList` (`entries`, `uuid`, `continuation_token`, empty on the last page).

        Raises:
            InvalidArgument: unknown property name or flag, negative page size, a token without its
                listing's uuid, `start_after` on a bucket that is not `ais://` (before any request).
            ErrBckNotFound: the bucket does not exist.
            InvalidResponse: the page could not be decoded.
        """
        return self._client._run(
            _listing.list_objects(
                self.name,
                self.provider,
                prefix,
                props,
                page_size,
                uuid,
                continuation_token,
                namespace=self.namespace,
                flags=flags,
                start_after=start_after,
                target=target,
            )
        )

    def list_objects_iter(
        self,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        *,
        flags: int = 0,
        start_after: str = "",
        target: str = "",
    ) -> BucketLister:
        """Every object of a bucket, fetching pages only as iteration reaches them (flat memory).

        Args:
            prefix: only objects whose names start with it.
            props: properties per object, as for `list_objects`.
            page_size: entries per page (0: the cluster's default).
            flags: `ListFlag` values or-ed together, as for `list_objects`.
            start_after: `ais://` buckets: only names after this one.
            target: only this target lists (remote buckets).

        Returns:
            A lister: iterate it for `BucketEntry`s, or call `.pages()` for whole pages. Errors
            (`ErrBckNotFound`, ...) are raised when iteration reaches the page that fails.
        """
        return BucketLister(
            functools.partial(
                self._client.list_objects,
                self.name,
                self.provider,
                prefix,
                props,
                page_size,
                namespace=self.namespace,
                flags=flags,
                start_after=start_after,
                target=target,
            )
        )

    def list_all_objects(
        self,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        *,
        flags: int = 0,
        start_after: str = "",
        target: str = "",
    ) -> list[BucketEntry]:
        """Every object of a bucket, in one list; prefer `list_objects_iter` for large buckets.

        Args:
            prefix: only objects whose names start with it.
            props: properties per object, as for `list_objects`.
            page_size: entries per page (0: the cluster's default).
            flags: `ListFlag` values or-ed together, as for `list_objects`.
            start_after: `ais://` buckets: only names after this one.
            target: only this target lists (remote buckets).

        Returns:
            All `BucketEntry`s.

        Raises:
            ErrBckNotFound: the bucket does not exist.
        """
        return list(
            self._client.list_objects_iter(
                self.name,
                self.provider,
                prefix,
                props,
                page_size,
                namespace=self.namespace,
                flags=flags,
                start_after=start_after,
                target=target,
            )
        )

    def promote(
        self,
        source_path: str,
        obj_name: str = "",
        *,
        target_id: str = "",
        recursive: bool = False,
        overwrite: bool = False,
        delete_source: bool = False,
        shared: bool = True,
    ) -> str:
        """Make files that sit on the targets' machines into objects of the bucket, without uploading them.

        AIS v1.5.0 promotes only from under `/var/lib/ais/promote` on the target machines.

        Args:
            source_path: an absolute file or folder path on the targets' machines.
            obj_name: the object's name (a file) or name prefix (a folder); default: the file's path.
            target_id: only this target reads the source (see `get_cluster_info`).
            recursive: with a folder, include its subfolders.
            overwrite: replace existing objects of the same names.
            delete_source: remove the files once promoted.
            shared: the source is on storage every target sees (each then promotes only what it owns).
        Returns:
            "" when it was done at once (a few files), else the id of the promote job to wait for.

        Raises:
            InvalidArgument: a relative source path (before any request).
            AISBadRequest: the source is outside the allowed tree, or an unknown target.
            AISNotFound: no such source.
        """
        return self._client._run(
            _objects.promote(
                self.name,
                source_path,
                obj_name,
                self.provider,
                target_id=target_id,
                recursive=recursive,
                overwrite=overwrite,
                delete_source=delete_source,
                shared=shared,
                namespace=self.namespace,
            )
        )

    def get_batch(
        self, obj_names: Sequence[str], *, max_object_size: int = 64 << 20, chunk_size: int = DEFAULT_CHUNK_SIZE
    ) -> BatchStream:
        """Read many objects of a bucket in one request (AIS Get-Batch): far fewer round trips than one
        GET each when the objects are small.

        The cluster gathers the objects on one target and streams them back as one archive; iterate the
        result for a `BatchObject` per name, in the order given (`name`, `data`, and `found`: False, with
        no data, for an object the bucket does not have). The stream is checked against the request as
        it arrives: a missing, extra, renamed or cut-short entry raises `InvalidResponse`. Each object is
        held in memory whole while it is handed over, so this is for many small objects; read large
        ones with `get_object`.

        Args:
            obj_names: the objects to read (at most 10,000), in the order wanted; a name may repeat.
            max_object_size: refuse (with `InvalidResponse`) an object larger than this many bytes.
            chunk_size: bytes read from the connection at a time.

        Returns:
            A batch stream: iterate it (`for obj in batch`, `async for` on the async client) for
            `BatchObject`s; close it (or use `with`) to release the connection early.

        Raises:
            InvalidArgument: an empty or too long `obj_names`, a bad name, size or chunk size (before
                any request).
            ErrBckNotFound: the bucket does not exist.
            InvalidResponse: while iterating, if the archive does not hold exactly the objects asked for.
        """
        return self._client._batch(
            self._client._run(
                _batch.get_batch(
                    self.name,
                    obj_names,
                    self.provider,
                    namespace=self.namespace,
                    max_object_size=max_object_size,
                    chunk_size=chunk_size,
                )
            )
        )


class Object(Handle[Client]):
    """One object (synchronous), from `bucket.object(name)`: its operations without bucket or object arguments."""

    def head(self, *, props: str = "") -> ObjectHeader:
        """An object's properties, without its data.

        Args:
            props: only these comma-separated properties (as for `list_objects`); "" for all.

        Returns:
            The response headers (a case-insensitive mapping) with the typed `ObjectProps` as `.props`
            (size, checksum, version, atime, custom metadata).

        Raises:
            InvalidObjectName: the name breaks AIS naming rules (before any request).
            ErrObjNotFound: no such object.
            ErrBckNotFound: no such bucket.
        """
        return self._client._run(
            _objects.head_object(self.bucket_name, self.name, self.provider, namespace=self.namespace, props=props)
        )

    def get_reader(
        self,
        archpath: str = "",
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        *,
        byte_range: str | None = None,
        archregx: str = "",
        archmode: str = "",
        latest: bool = False,
        blob_download: bool = False,
        blob_chunk_size: int = 0,
        blob_workers: int = 0,
    ) -> ObjStream:
        """Open an object (or, with `archpath`, one file inside an archive object) for streaming.

        A whole-object read is checked against the object's checksum as it streams (unless the client
        was made with `verify_checksums=False`), and resumes with a range request from the first missing
        byte when the connection breaks midway.

        Args:
            archpath: a file inside a tar/tgz/zip object to read instead of the whole object.
            chunk_size: bytes per chunk when iterating the stream.
            byte_range: read part of the object: "bytes=0-99", "0-99", "100-" or "-100".
            archregx: read the files of an archive object that match, as one TAR stream: a regular
                expression, or a prefix, suffix, substring or WebDataset key, as `archmode` says.
            archmode: "regexp" (default), "prefix", "suffix", "substr" or "wdskey".
            latest: remote buckets only: first ask the remote backend whether the cluster's cached
                copy is still current (same size, version and checksum), and fetch it again if not; a
                plain GET serves the cached copy as it is. For a bucket of an attached AIS cluster this
                catches an object overwritten there (its checksum changes), with or without versioning
                on either side; setting the bucket's `versioning.validate_warm_get` does the same for
                every GET.
            blob_download: remote buckets only, whole objects only: have the cluster fetch the object
                from the remote backend in parallel chunks (its blob downloader) while streaming it.
            blob_chunk_size: bytes per chunk of a blob download: 0 for AIS's default (4 MiB), else
                32 KiB to 16 MiB.
            blob_workers: chunks a blob download fetches at once: 0 for automatic, at most 128.

        Returns:
            A stream: iterate it for chunks, or `read(n)`, `read_all()`, `save(path)`; close it (or
            use `with`) to release the connection early.

        Raises:
            InvalidArgument: bad `chunk_size` or `byte_range`, or `latest` / blob options on a bucket
                of this cluster (before any request).
            ErrObjNotFound: no such object.
            ChecksumMismatch: at the end of the stream, if the bytes differ from the object's checksum.
            ObjectChanged: a resumed read found the object changed meanwhile.
            AISConnectionError: the transfer broke and could not be resumed.
        """
        return self._client._stream(
            self._client._run(
                _objects.get_object(
                    self.bucket_name,
                    self.name,
                    self.provider,
                    archpath,
                    chunk_size,
                    byte_range=byte_range,
                    namespace=self.namespace,
                    archregx=archregx,
                    archmode=archmode,
                    latest=latest,
                    blob_download=blob_download,
                    blob_chunk_size=blob_chunk_size,
                    blob_workers=blob_workers,
                )
            )
        )

    def put_file(
        self,
        path: str | os.PathLike[str],
        *,
        checksum: tuple[str, str] | None = None,
        multipart_threshold: int | None = DEFAULT_MULTIPART_THRESHOLD,
        part_size: int = DEFAULT_PART_SIZE,
        workers: int = 4,
    ) -> ObjectProps:
        """Upload a local file, streamed, with a checksum the target verifies before storing it.

        The first hop goes to the proxy without a body and the file streams to the target it names,
        so nothing large is sent twice; a retry starts again at the proxy. Exactly the file's size as
        measured is sent.

        A file of at least `multipart_threshold` bytes (4 GiB by default) goes as a multipart upload
        instead: `part_size` pieces, `workers` at a time (threads in the sync client, tasks in the async
        one; memory stays at about `workers` x `part_size`), each retried on its own, then joined. The
        result is checked against the file's checksum; on any failure the upload is aborted and nothing
        is left behind.

        Args:
            path: the local file.
            checksum: (type, hex value) already known for the file, to skip hashing it.
            multipart_threshold: the size from which a file is sent in parallel parts; None: never.
            part_size: bytes per part of a multipart upload.
            workers: parts sent at once in a multipart upload.

        Returns:
            The stored object's properties (`size` is the file's).

        Raises:
            FileNotFoundError: no such file (before any request).
            IsADirectoryError: `path` is a directory (before any request).
            InvalidArgument: a bad `part_size`, `workers` or `multipart_threshold` (before any request).
            LocalFileChanged: the file changed while it was read; nothing is stored.
            ErrBadCksum: the data arrived corrupted; nothing is stored.
            ChecksumMismatch: the joined parts differ from the file; the object was deleted again.
            ErrBckNotFound: no such bucket.
        """
        return self._client._upload(
            self._client._run(
                _objects.put_object(
                    self.bucket_name,
                    self.name,
                    path,
                    self.provider,
                    checksum=checksum,
                    namespace=self.namespace,
                    multipart_threshold=multipart_threshold,
                    part_size=part_size,
                    workers=workers,
                )
            )
        )

    def delete(self) -> None:
        """Delete an object.

        Raises:
            ErrObjNotFound: no such object (a retry after a lost answer that finds it gone succeeds).
        """
        return self._client._run(
            _objects.delete_object(self.bucket_name, self.name, self.provider, namespace=self.namespace)
        )

    def download(
        self,
        path: str | os.PathLike[str],
        *,
        archpath: str = "",
        byte_range: str | None = None,
        workers: int = 1,
        part_size: int = DEFAULT_PART_SIZE,
        latest: bool = False,
        blob_download: bool = False,
        blob_chunk_size: int = 0,
        blob_workers: int = 0,
    ) -> ObjectProps:
        """Save an object to a local file, atomically: a temporary file in the same folder is renamed into
        place only once every byte arrived (and matched the checksum); nothing is left behind on failure.

        Args:
            path: the file to write (its folder must exist).
            archpath: save one file from inside an archive object instead.
            byte_range: save part of the object (see `get_object`).
            workers: fetch a whole object of at least two parts with this many parallel range requests
                (threads in the sync client, tasks in the async one), written in place into the
                temporary file: memory stays constant; every range is checked to come from the same
                object version, and the whole file against the object's checksum.
            part_size: bytes per range request when `workers` > 1.
            latest: remote buckets only: first ask the remote backend whether the cluster's cached
                copy is still current (same size, version and checksum), and fetch it again if not; a
                plain GET serves the cached copy as it is. For a bucket of an attached AIS cluster this
                catches an object overwritten there (its checksum changes), with or without versioning
                on either side; setting the bucket's `versioning.validate_warm_get` does the same for
                every GET.
            blob_download: remote buckets only, whole objects only: have the cluster fetch the object
                from the remote backend in parallel chunks (its blob downloader) while streaming it.
                With `latest` or `blob_download` the object is read as one stream (`workers` must be 1).
            blob_chunk_size: bytes per chunk of a blob download: 0 for AIS's default (4 MiB), else
                32 KiB to 16 MiB.
            blob_workers: chunks a blob download fetches at once: 0 for automatic, at most 128.

        Returns:
            The object's properties, with `size` the bytes written.

        Raises:
            IsADirectoryError: `path` is a directory (before any request).
            FileNotFoundError: `path`'s folder does not exist (before any request).
            InvalidArgument: `latest` or blob options on a bucket of this cluster, or with `workers` > 1
                (before any request).
            ErrObjNotFound: no such object.
            ChecksumMismatch: the bytes differ from the object's checksum (no file is written).
        """
        return self._client._download(
            self._client._run(
                _objects.download_object(
                    self.bucket_name,
                    self.name,
                    path,
                    self.provider,
                    archpath=archpath,
                    byte_range=byte_range,
                    namespace=self.namespace,
                    workers=workers,
                    part_size=part_size,
                    latest=latest,
                    blob_download=blob_download,
                    blob_chunk_size=blob_chunk_size,
                    blob_workers=blob_workers,
                )
            )
        )

    def put_content(
        self, data: bytes | bytearray | memoryview | BinaryIO | Iterable[bytes] | AsyncIterable[bytes]
    ) -> ObjectProps:
        """Store bytes, a file object, or an iterator of byte chunks as an object, streamed.

        Bytes carry their checksum, so the target verifies them before storing. A file object or an
        iterator (an async iterator on `AsyncClient`) is read once, sent as it comes (its length need not
        be known) and hashed on the way; the answer's checksum must match, or the object is deleted
        and `ChecksumMismatch` raised. Such a body cannot be sent twice, so it is retried only when
        nothing was sent yet.

        Args:
            data: the content.
        Returns:
            The stored object's properties (`size` is the number of bytes sent).

        Raises:
            TypeError: `data` is none of the above (before any request).
            ErrBadCksum: bytes arrived corrupted; nothing is stored.
            ChecksumMismatch: a streamed body arrived corrupted; the object was deleted again.
            ErrBckNotFound: no such bucket.
        """
        return self._client._run(
            _objects.put_content(self.bucket_name, self.name, data, self.provider, namespace=self.namespace)
        )

    def append(self, data: bytes, *, handle: str = "") -> str:
        """Append bytes to an object being built; it becomes visible only with `flush_object`.

        Args:
            data: the bytes to append.
            handle: the handle the previous append returned ("" for the first).
        Returns:
            The handle to pass to the next append and to `flush_object`.

        Raises:
            InvalidArgumentType: `data` is not bytes (before any request).
            ErrBckNotFound: no such bucket.
        """
        return self._client._run(
            _objects.append_object(
                self.bucket_name, self.name, data, self.provider, handle=handle, namespace=self.namespace
            )
        )

    def flush(self, handle: str) -> None:
        """Finish an object built with `append_object`: it becomes visible with everything appended.

        Args:
            handle: the handle of the last append.
        Raises:
            InvalidArgument: an empty handle (before any request).
        """
        return self._client._run(
            _objects.flush_object(self.bucket_name, self.name, handle, self.provider, namespace=self.namespace)
        )

    def create_multipart_upload(self) -> str:
        """Start a multipart upload: parts are uploaded separately (in any order, in parallel), then joined.

        Returns:
            The upload id, for `upload_part`, `complete_multipart_upload` and `abort_multipart_upload`.

        Raises:
            ErrBckNotFound: no such bucket.
        """
        return self._client._run(
            _objects.create_multipart_upload(self.bucket_name, self.name, self.provider, namespace=self.namespace)
        )

    def upload_part(self, upload_id: str, part_number: int, data: bytes) -> None:
        """Upload one part of a multipart upload (sending the same part again replaces it).

        Args:
            upload_id: from `create_multipart_upload`.
            part_number: 1 to 9999; parts are joined in the order `complete_multipart_upload` lists them.
            data: the part's bytes (not empty).
        Raises:
            InvalidArgument: an empty upload id or part, or a part number out of range (before any request).
        """
        return self._client._run(
            _objects.upload_part(
                self.bucket_name, self.name, upload_id, part_number, data, self.provider, namespace=self.namespace
            )
        )

    def complete_multipart_upload(self, upload_id: str, part_numbers: Sequence[int]) -> None:
        """Join the uploaded parts, in the order given, into the object.

        Args:
            upload_id: from `create_multipart_upload`.
            part_numbers: the parts to join, in order.
        Raises:
            InvalidArgument: no parts (before any request).
            AISNotFound: unknown upload id.
        """
        return self._client._run(
            _objects.complete_multipart_upload(
                self.bucket_name, self.name, upload_id, part_numbers, self.provider, namespace=self.namespace
            )
        )

    def abort_multipart_upload(self, upload_id: str) -> None:
        """Abort a multipart upload: its parts are removed (an existing object of that name is untouched).

        Args:
            upload_id: from `create_multipart_upload`.
        Raises:
            AISNotFound: unknown or already aborted upload id.
        """
        return self._client._run(
            _objects.abort_multipart_upload(
                self.bucket_name, self.name, upload_id, self.provider, namespace=self.namespace
            )
        )

    def set_custom_metadata(self, metadata: Mapping[str, str], *, replace: bool = False) -> None:
        """Set an object's custom metadata: merged into what it has, or replacing it all.

        Args:
            metadata: keys and values (strings).
            replace: drop the keys not in `metadata`.
        Raises:
            InvalidArgumentType: keys or values that are not strings (before any request).
            ErrObjNotFound: no such object.
        """
        return self._client._run(
            _objects.set_custom_metadata(
                self.bucket_name, self.name, metadata, self.provider, replace=replace, namespace=self.namespace
            )
        )

    def copy(
        self, to_bck_name: str, to_obj_name: str = "", to_provider: str = PROVIDER_AIS, *, to_namespace: str = ""
    ) -> None:
        """Copy one object, within the cluster, to another name and/or bucket (which must exist).

        Args:
            to_bck_name: the destination bucket.
            to_obj_name: the destination name (default: the same name).
            to_provider: the destination bucket's provider.
            to_namespace: the destination bucket's namespace.

        Raises:
            ErrObjNotFound: no such source object.
            ErrBckNotFound: no such bucket.
        """
        return self._client._run(
            _objects.copy_object(
                self.bucket_name,
                self.name,
                to_bck_name,
                to_obj_name,
                self.provider,
                to_provider,
                namespace=self.namespace,
                to_namespace=to_namespace,
            )
        )

    def rename(self, new_name: str) -> None:
        """Rename an object within its (`ais://`) bucket; an object already named `new_name` is replaced.

        Args:
            new_name: its new name.
        Raises:
            InvalidObjectName: a bad new name (before any request).
            ErrObjNotFound: no such object.
        """
        return self._client._run(
            _objects.rename_object(self.bucket_name, self.name, new_name, self.provider, namespace=self.namespace)
        )

    def blob_download(self, *, chunk_size: int = 0, workers: int = 0, latest: bool = False) -> str:
        """Start a job that copies one large object of a remote bucket into the cluster, in parallel chunks.

        The cluster reads the object from the remote backend (a cloud bucket, or a bucket of an attached
        AIS cluster) with `workers` range reads at once and stores it; later reads are served from the
        cluster. Wait for it with `wait_for_blob_download(job_id)`: the job runs on the one target that
        owns the object, and AIS v1.5.0's job status query (`xact_status`) does not know it.

        Args:
            chunk_size: bytes per range read: 0 for AIS's default (4 MiB), else 32 KiB to 16 MiB.
            workers: range reads at once: 0 for automatic, at most 128.
            latest: if the object is already in the cluster, check with the remote backend whether it
                changed there (and fetch it again if so).
        Returns:
            The job's id.

        Raises:
            InvalidArgument: a bucket of this cluster, a chunk size or worker count out of range (before
                any request).
            ErrBckNotFound: no such bucket.
        """
        return self._client._run(
            _objects.blob_download(
                self.bucket_name,
                self.name,
                self.provider,
                chunk_size=chunk_size,
                workers=workers,
                latest=latest,
                namespace=self.namespace,
            )
        )

    def open_writer(self, mode: str = "w", *, buffer_size: int = DEFAULT_WRITE_BUFFER) -> ObjectWriter:
        """Open an object for writing like a file: `write(bytes)`, `flush()`, `close()`, or use `with`.

        Writes are buffered; each `buffer_size` bytes (and each `flush()`) go to the cluster as one
        request. Nothing becomes visible until `close()` (the end of the `with` block): then the object
        is replaced ("w") or extended ("a") in one step, and checked. If the `with` block raises, the
        object stays exactly as it was: mode "w" aborts its upload; mode "a" never flushes, and its
        partial copy on the target is left for the cluster's cleanup.

        Mode "w" stores what fits in one buffer with a single PUT (verified by the target), and more as
        a multipart upload, each buffer (and each non-empty `flush()`) one part, at most 9999, checked
        at the end against the checksum of what was written. Mode "a" appends (`append_object`) and
        flushes at `close()`; AIS v1.5.0 cannot append to an object that was stored as a multipart
        upload (it keeps only the first part), so mode "a" refuses such an object.

        Args:
            mode: "w" to replace the object (or create it), "a" to append to it (or create it).
            buffer_size: bytes buffered before a request is sent.
        Returns:
            The writer (`ObjectWriter`; `AsyncObjectWriter` on `AsyncClient`, whose methods are awaited:
            `async with await client.open_writer(...) as w: await w.write(data)`). Its `close()`
            returns the stored object's properties, also kept as `props`.

        Raises:
            InvalidArgument: a mode other than "w" or "a", or a bad `buffer_size` (before any request);
                mode "a" on an object stored in parts.
            ErrBckNotFound: no such bucket (when data is first sent, at the latest at `close()`).
            ChecksumMismatch: at `close()` in mode "w", the stored object differs from what was written
                (it is deleted again).
            ObjectChanged: at `close()` in mode "a", the object's size is not what it was plus what was
                written (someone else wrote it meanwhile).
        """
        return ObjectWriter(
            self._client,
            self._client._run(
                _objects.open_writer(
                    self.bucket_name, self.name, mode, self.provider, buffer_size=buffer_size, namespace=self.namespace
                )
            ),
        )


class AsyncClient(AsyncClientBase):
    """The asynchronous AIStore client: every operation as a method (the seed API's names, order and defaults first).

    Use it as `async with AsyncClient(endpoint) as client:` (or call `close()`); one client serves many tasks at once.

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

    def bucket(self, name: str, provider: str = "ais", namespace: str = "") -> AsyncBucket:
        """A handle on the bucket `provider://[namespace/]name`; no request is made.

        `namespace` is `@uuid#name` (a remote AIS cluster's namespace) or `#name` (one of this
        cluster's); the global namespace by default."""
        return AsyncBucket(self, name, provider, namespace=validate_namespace(namespace))

    async def list_buckets(self, provider: str = PROVIDER_AIS) -> list[Bck]:
        """The buckets the cluster knows.

        Args:
            provider: "ais" (default), a cloud provider ("aws", "gcp", "azure", "oci" or an alias),
                or "" for every provider.

        Returns:
            One `Bck` per bucket (name, provider, namespace).

        Raises:
            InvalidBckProvider: unknown provider (before any request).
            ErrMissingBackend: the cluster has no backend for that provider.
            AISConnectionError: no node of the cluster could be reached.
        """
        return await self._run(_buckets.list_buckets(provider))

    async def is_aistore_running(self) -> bool:
        """Whether the cluster is up and ready (`GET /v1/health?prr=true` answers 200).

        Returns:
            False while the cluster is starting, unreachable or after the client was closed;
            this method never raises.
        """
        return await self._probe(_cluster.is_aistore_running())

    async def create_bucket(self, bck_name: str, *, namespace: str = "") -> None:
        """Create an `ais://` bucket.

        Args:
            bck_name: the new bucket's name.
            namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).

        Raises:
            InvalidBucketName: the name breaks AIS naming rules (before any request).
            ErrBckAlreadyExists: the bucket exists.
        """
        return await self._run(_buckets.create_bucket(bck_name, namespace=namespace))

    async def destroy_bucket(self, bck_name: str, *, namespace: str = "") -> None:
        """Destroy an `ais://` bucket and every object in it.

        Args:
            bck_name: the bucket's name.
            namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).

        Raises:
            InvalidBucketName: the name breaks AIS naming rules (before any request).
            ErrBckNotFound: the bucket does not exist.
        """
        return await self._run(_buckets.destroy_bucket(bck_name, namespace=namespace))

    async def evict_bucket(self, bck_name: str, provider: str, keep_md: bool = True, *, namespace: str = "") -> None:
        """Drop the cluster's cached copy of a remote bucket's objects.

        Args:
            bck_name: the remote bucket's name.
            provider: its provider ("aws", "gcp", "azure", "oci" or an alias).
            keep_md: keep the bucket's metadata (it stays listed) and drop only the objects.
            namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).

        Raises:
            InvalidBckProvider: `provider` is "ais" or unknown (before any request).
            ErrBckNotFound: the bucket is not known to the cluster.
        """
        return await self._run(_buckets.evict_bucket(bck_name, provider, keep_md, namespace=namespace))

    async def head_bucket(self, bck_name: str, provider: str = PROVIDER_AIS, *, namespace: str = "") -> BucketHeader:
        """A bucket's properties.

        Args:
            bck_name: the bucket's name.
            provider: its provider ("ais" by default).
            namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).

        Returns:
            The response headers (a case-insensitive mapping) with the typed `BucketProps` as `.props`.

        Raises:
            ErrBckNotFound: the bucket does not exist.
        """
        return await self._run(_buckets.head_bucket(bck_name, provider, namespace=namespace))

    async def copy_bucket(
        self,
        from_bck_name: str,
        to_bck_name: str,
        prefix: str = "",
        dry_run: bool = False,
        force: bool = False,
        from_provider: str = PROVIDER_AIS,
        to_provider: str = PROVIDER_AIS,
        *,
        from_namespace: str = "",
        to_namespace: str = "",
    ) -> str:
        """Start copying a bucket's objects into another bucket (created if needed).

        Args:
            from_bck_name: the source bucket.
            to_bck_name: the destination bucket.
            prefix: copy only objects whose names start with it.
            dry_run: report what would be copied, copy nothing (no destination is created).
            force: start even if a conflicting job is running.
            from_provider: the source's provider.
            to_provider: the destination's provider.
            from_namespace: the source's namespace (`@uuid#name`; default: the global one).
            to_namespace: the destination's namespace.

        Returns:
            The job (xaction) id; wait for it with `wait_for_xaction_finished`.

        Raises:
            ErrBckNotFound: the source bucket does not exist.
        """
        return await self._run(
            _buckets.copy_bucket(
                from_bck_name,
                to_bck_name,
                prefix,
                dry_run,
                force,
                from_provider,
                to_provider,
                from_namespace=from_namespace,
                to_namespace=to_namespace,
            )
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
        *,
        namespace: str = "",
        flags: int = 0,
        start_after: str = "",
        target: str = "",
    ) -> BucketList:
        """One page of a bucket's objects; pass the page's `uuid` and `continuation_token` back for the next.

        Args:
            bck_name: the bucket's name.
            provider: its provider ("ais" by default).
            prefix: only objects whose names start with it.
            props: comma-separated properties to return per object (name, size, version, checksum,
                atime, cached, status, copies, ec, custom, location, chunked, last-modified, etag);
                "" means "name,size".
            page_size: at most this many entries (0: the cluster's default page).
            uuid: the listing's id, from the previous page (empty for the first page).
            continuation_token: from the previous page (empty for the first page).
            namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).
            flags: `ListFlag` values or-ed together (one level with `ListFlag.NO_RECURSION`, names only
                with `ListFlag.NAME_ONLY`, ...).
            start_after: `ais://` buckets: list only names after this one (to split one listing among
                workers).
            target: only this target lists (a node id from `get_cluster_info`; remote buckets).

        Returns:
            A `BucketList` (`entries`, `uuid`, `continuation_token`, empty on the last page).

        Raises:
            InvalidArgument: unknown property name or flag, negative page size, a token without its
                listing's uuid, `start_after` on a bucket that is not `ais://` (before any request).
            ErrBckNotFound: the bucket does not exist.
            InvalidResponse: the page could not be decoded.
        """
        return await self._run(
            _listing.list_objects(
                bck_name,
                provider,
                prefix,
                props,
                page_size,
                uuid,
                continuation_token,
                namespace=namespace,
                flags=flags,
                start_after=start_after,
                target=target,
            )
        )

    def list_objects_iter(
        self,
        bck_name: str,
        provider: str = PROVIDER_AIS,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        *,
        namespace: str = "",
        flags: int = 0,
        start_after: str = "",
        target: str = "",
    ) -> AsyncBucketLister:
        """Every object of a bucket, fetching pages only as iteration reaches them (flat memory).

        Args:
            bck_name: the bucket's name.
            provider: its provider ("ais" by default).
            prefix: only objects whose names start with it.
            props: properties per object, as for `list_objects`.
            page_size: entries per page (0: the cluster's default).
            namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).
            flags: `ListFlag` values or-ed together, as for `list_objects`.
            start_after: `ais://` buckets: only names after this one.
            target: only this target lists (remote buckets).

        Returns:
            A lister: iterate it for `BucketEntry`s, or call `.pages()` for whole pages. Errors
            (`ErrBckNotFound`, ...) are raised when iteration reaches the page that fails.
        """
        return AsyncBucketLister(
            functools.partial(
                self.list_objects,
                bck_name,
                provider,
                prefix,
                props,
                page_size,
                namespace=namespace,
                flags=flags,
                start_after=start_after,
                target=target,
            )
        )

    async def list_all_objects(
        self,
        bck_name: str,
        provider: str = PROVIDER_AIS,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        *,
        namespace: str = "",
        flags: int = 0,
        start_after: str = "",
        target: str = "",
    ) -> list[BucketEntry]:
        """Every object of a bucket, in one list; prefer `list_objects_iter` for large buckets.

        Args:
            bck_name: the bucket's name.
            provider: its provider ("ais" by default).
            prefix: only objects whose names start with it.
            props: properties per object, as for `list_objects`.
            page_size: entries per page (0: the cluster's default).
            namespace: the bucket's namespace, `@uuid#name` or `#name` (default: the global one).
            flags: `ListFlag` values or-ed together, as for `list_objects`.
            start_after: `ais://` buckets: only names after this one.
            target: only this target lists (remote buckets).

        Returns:
            All `BucketEntry`s.

        Raises:
            ErrBckNotFound: the bucket does not exist.
        """
        return [
            entry
            async for entry in self.list_objects_iter(
                bck_name,
                provider,
                prefix,
                props,
                page_size,
                namespace=namespace,
                flags=flags,
                start_after=start_after,
                target=target,
            )
        ]

    async def head_object(
        self, bck_name: str, obj_name: str, provider: str = PROVIDER_AIS, *, namespace: str = "", props: str = ""
    ) -> ObjectHeader:
        """An object's properties, without its data.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).
            props: only these comma-separated properties (as for `list_objects`); "" for all.

        Returns:
            The response headers (a case-insensitive mapping) with the typed `ObjectProps` as `.props`
            (size, checksum, version, atime, custom metadata).

        Raises:
            InvalidObjectName: the name breaks AIS naming rules (before any request).
            ErrObjNotFound: no such object.
            ErrBckNotFound: no such bucket.
        """
        return await self._run(_objects.head_object(bck_name, obj_name, provider, namespace=namespace, props=props))

    async def get_object(
        self,
        bck_name: str,
        obj_name: str,
        provider: str = PROVIDER_AIS,
        archpath: str = "",
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        *,
        byte_range: str | None = None,
        namespace: str = "",
        archregx: str = "",
        archmode: str = "",
        latest: bool = False,
        blob_download: bool = False,
        blob_chunk_size: int = 0,
        blob_workers: int = 0,
    ) -> AsyncObjStream:
        """Open an object (or, with `archpath`, one file inside an archive object) for streaming.

        A whole-object read is checked against the object's checksum as it streams (unless the client
        was made with `verify_checksums=False`), and resumes with a range request from the first missing
        byte when the connection breaks midway.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            provider: the bucket's provider ("ais" by default).
            archpath: a file inside a tar/tgz/zip object to read instead of the whole object.
            chunk_size: bytes per chunk when iterating the stream.
            byte_range: read part of the object: "bytes=0-99", "0-99", "100-" or "-100".
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).
            archregx: read the files of an archive object that match, as one TAR stream: a regular
                expression, or a prefix, suffix, substring or WebDataset key, as `archmode` says.
            archmode: "regexp" (default), "prefix", "suffix", "substr" or "wdskey".
            latest: remote buckets only: first ask the remote backend whether the cluster's cached
                copy is still current (same size, version and checksum), and fetch it again if not; a
                plain GET serves the cached copy as it is. For a bucket of an attached AIS cluster this
                catches an object overwritten there (its checksum changes), with or without versioning
                on either side; setting the bucket's `versioning.validate_warm_get` does the same for
                every GET.
            blob_download: remote buckets only, whole objects only: have the cluster fetch the object
                from the remote backend in parallel chunks (its blob downloader) while streaming it.
            blob_chunk_size: bytes per chunk of a blob download: 0 for AIS's default (4 MiB), else
                32 KiB to 16 MiB.
            blob_workers: chunks a blob download fetches at once: 0 for automatic, at most 128.

        Returns:
            A stream: iterate it for chunks, or `read(n)`, `read_all()`, `save(path)`; close it (or
            use `with`) to release the connection early.

        Raises:
            InvalidArgument: bad `chunk_size` or `byte_range`, or `latest` / blob options on a bucket
                of this cluster (before any request).
            ErrObjNotFound: no such object.
            ChecksumMismatch: at the end of the stream, if the bytes differ from the object's checksum.
            ObjectChanged: a resumed read found the object changed meanwhile.
            AISConnectionError: the transfer broke and could not be resumed.
        """
        return self._stream(
            await self._run(
                _objects.get_object(
                    bck_name,
                    obj_name,
                    provider,
                    archpath,
                    chunk_size,
                    byte_range=byte_range,
                    namespace=namespace,
                    archregx=archregx,
                    archmode=archmode,
                    latest=latest,
                    blob_download=blob_download,
                    blob_chunk_size=blob_chunk_size,
                    blob_workers=blob_workers,
                )
            )
        )

    async def put_object(
        self,
        bck_name: str,
        obj_name: str,
        path: str | os.PathLike[str],
        provider: str = PROVIDER_AIS,
        *,
        checksum: tuple[str, str] | None = None,
        namespace: str = "",
        multipart_threshold: int | None = DEFAULT_MULTIPART_THRESHOLD,
        part_size: int = DEFAULT_PART_SIZE,
        workers: int = 4,
    ) -> ObjectProps:
        """Upload a local file, streamed, with a checksum the target verifies before storing it.

        The first hop goes to the proxy without a body and the file streams to the target it names,
        so nothing large is sent twice; a retry starts again at the proxy. Exactly the file's size as
        measured is sent.

        A file of at least `multipart_threshold` bytes (4 GiB by default) goes as a multipart upload
        instead: `part_size` pieces, `workers` at a time (threads in the sync client, tasks in the async
        one; memory stays at about `workers` x `part_size`), each retried on its own, then joined. The
        result is checked against the file's checksum; on any failure the upload is aborted and nothing
        is left behind.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            path: the local file.
            provider: the bucket's provider ("ais" by default).
            checksum: (type, hex value) already known for the file, to skip hashing it.
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).
            multipart_threshold: the size from which a file is sent in parallel parts; None: never.
            part_size: bytes per part of a multipart upload.
            workers: parts sent at once in a multipart upload.

        Returns:
            The stored object's properties (`size` is the file's).

        Raises:
            FileNotFoundError: no such file (before any request).
            IsADirectoryError: `path` is a directory (before any request).
            InvalidArgument: a bad `part_size`, `workers` or `multipart_threshold` (before any request).
            LocalFileChanged: the file changed while it was read; nothing is stored.
            ErrBadCksum: the data arrived corrupted; nothing is stored.
            ChecksumMismatch: the joined parts differ from the file; the object was deleted again.
            ErrBckNotFound: no such bucket.
        """
        return await self._upload(
            await self._run(
                _objects.put_object(
                    bck_name,
                    obj_name,
                    path,
                    provider,
                    checksum=checksum,
                    namespace=namespace,
                    multipart_threshold=multipart_threshold,
                    part_size=part_size,
                    workers=workers,
                )
            )
        )

    async def delete_object(
        self, bck_name: str, obj_name: str, provider: str = PROVIDER_AIS, *, namespace: str = ""
    ) -> None:
        """Delete an object.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Raises:
            ErrObjNotFound: no such object (a retry after a lost answer that finds it gone succeeds).
        """
        return await self._run(_objects.delete_object(bck_name, obj_name, provider, namespace=namespace))

    async def get_cluster_info(self) -> Smap:
        """The cluster map: its proxies, targets and primary proxy.

        Returns:
            The `Smap` (`.pmap`, `.tmap`, `.primary`, `.version`).

        Raises:
            AISConnectionError: no node of the cluster could be reached.
            AISError: the cluster answered with an error.
        """
        return await self._run(_cluster.get_cluster_info())

    async def xact_status(
        self, xact_id: str = "", xact_kind: str = "", daemon_id: str = "", only_running: bool = False
    ) -> XactStatus:
        """The status of one job: by id, or the latest of a kind.

        Args:
            xact_id: the job's id (from `copy_bucket`, `xact_start`, ...).
            xact_kind: a job kind ("copy-bck", "lru", ...) when there is no id.
            daemon_id: only that node's part of the job.
            only_running: only a job that is still running.

        Returns:
            The `XactStatus` (`.finished`, `.aborted`, `.end_datetime`, ...).

        Raises:
            InvalidArgument: neither id nor kind, or an unknown kind (before any request).
            ErrXactionNotFound: no such job.
        """
        return await self._run(_jobs.xact_status(xact_id, xact_kind, daemon_id, only_running))

    async def wait_for_xaction_finished(
        self, xact_id: str = "", xact_kind: str = "", daemon_id: str = "", timeout: float = 300
    ) -> XactStatus:
        """Wait until a job finishes, polling from 50 ms and backing off to 1 s.

        Args:
            xact_id: the job's id.
            xact_kind: a job kind when there is no id.
            daemon_id: only that node's part of the job.
            timeout: seconds to wait at most.

        Returns:
            The job's final `XactStatus`.

        Raises:
            InvalidArgument: neither id nor kind, an unknown kind, or a bad timeout (before any request).
            XactionAborted: the job was aborted.
            Timeout: the job did not finish in time (`errors.Timeout`; `.last_status` has what was seen).
            ErrXactionNotFound: no such job (after a short grace period for jobs just started).
        """
        return await self._run(_jobs.wait_for_xaction_finished(xact_id, xact_kind, daemon_id, timeout))

    async def xact_start(
        self, xact_kind: str = "", daemon_id: str = "", force: bool = False, buckets: Sequence[Bck] | None = None
    ) -> str:
        """Start a job of a startable kind (see `STARTABLE_KINDS`: "lru", "cleanup-store", "rebalance", ...).

        Args:
            xact_kind: the kind to start.
            daemon_id: start it on one node only.
            force: start even if a conflicting job is running.
            buckets: the buckets it applies to, for kinds that take buckets.

        Returns:
            The new job's id.

        Raises:
            InvalidArgument: a kind that cannot be started, or a bad bucket (before any request).
        """
        return await self._run(_jobs.xact_start(xact_kind, daemon_id, force, buckets))

    async def download_object(
        self,
        bck_name: str,
        obj_name: str,
        path: str | os.PathLike[str],
        provider: str = PROVIDER_AIS,
        *,
        archpath: str = "",
        byte_range: str | None = None,
        namespace: str = "",
        workers: int = 1,
        part_size: int = DEFAULT_PART_SIZE,
        latest: bool = False,
        blob_download: bool = False,
        blob_chunk_size: int = 0,
        blob_workers: int = 0,
    ) -> ObjectProps:
        """Save an object to a local file, atomically: a temporary file in the same folder is renamed into
        place only once every byte arrived (and matched the checksum); nothing is left behind on failure.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            path: the file to write (its folder must exist).
            provider: the bucket's provider ("ais" by default).
            archpath: save one file from inside an archive object instead.
            byte_range: save part of the object (see `get_object`).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).
            workers: fetch a whole object of at least two parts with this many parallel range requests
                (threads in the sync client, tasks in the async one), written in place into the
                temporary file: memory stays constant; every range is checked to come from the same
                object version, and the whole file against the object's checksum.
            part_size: bytes per range request when `workers` > 1.
            latest: remote buckets only: first ask the remote backend whether the cluster's cached
                copy is still current (same size, version and checksum), and fetch it again if not; a
                plain GET serves the cached copy as it is. For a bucket of an attached AIS cluster this
                catches an object overwritten there (its checksum changes), with or without versioning
                on either side; setting the bucket's `versioning.validate_warm_get` does the same for
                every GET.
            blob_download: remote buckets only, whole objects only: have the cluster fetch the object
                from the remote backend in parallel chunks (its blob downloader) while streaming it.
                With `latest` or `blob_download` the object is read as one stream (`workers` must be 1).
            blob_chunk_size: bytes per chunk of a blob download: 0 for AIS's default (4 MiB), else
                32 KiB to 16 MiB.
            blob_workers: chunks a blob download fetches at once: 0 for automatic, at most 128.

        Returns:
            The object's properties, with `size` the bytes written.

        Raises:
            IsADirectoryError: `path` is a directory (before any request).
            FileNotFoundError: `path`'s folder does not exist (before any request).
            InvalidArgument: `latest` or blob options on a bucket of this cluster, or with `workers` > 1
                (before any request).
            ErrObjNotFound: no such object.
            ChecksumMismatch: the bytes differ from the object's checksum (no file is written).
        """
        return await self._download(
            await self._run(
                _objects.download_object(
                    bck_name,
                    obj_name,
                    path,
                    provider,
                    archpath=archpath,
                    byte_range=byte_range,
                    namespace=namespace,
                    workers=workers,
                    part_size=part_size,
                    latest=latest,
                    blob_download=blob_download,
                    blob_chunk_size=blob_chunk_size,
                    blob_workers=blob_workers,
                )
            )
        )

    async def put_content(
        self,
        bck_name: str,
        obj_name: str,
        data: bytes | bytearray | memoryview | BinaryIO | Iterable[bytes] | AsyncIterable[bytes],
        provider: str = PROVIDER_AIS,
        *,
        namespace: str = "",
    ) -> ObjectProps:
        """Store bytes, a file object, or an iterator of byte chunks as an object, streamed.

        Bytes carry their checksum, so the target verifies them before storing. A file object or an
        iterator (an async iterator on `AsyncClient`) is read once, sent as it comes (its length need not
        be known) and hashed on the way; the answer's checksum must match, or the object is deleted
        and `ChecksumMismatch` raised. Such a body cannot be sent twice, so it is retried only when
        nothing was sent yet.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            data: the content.
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Returns:
            The stored object's properties (`size` is the number of bytes sent).

        Raises:
            TypeError: `data` is none of the above (before any request).
            ErrBadCksum: bytes arrived corrupted; nothing is stored.
            ChecksumMismatch: a streamed body arrived corrupted; the object was deleted again.
            ErrBckNotFound: no such bucket.
        """
        return await self._run(_objects.put_content(bck_name, obj_name, data, provider, namespace=namespace))

    async def append_object(
        self,
        bck_name: str,
        obj_name: str,
        data: bytes,
        provider: str = PROVIDER_AIS,
        *,
        handle: str = "",
        namespace: str = "",
    ) -> str:
        """Append bytes to an object being built; it becomes visible only with `flush_object`.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            data: the bytes to append.
            provider: the bucket's provider ("ais" by default).
            handle: the handle the previous append returned ("" for the first).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Returns:
            The handle to pass to the next append and to `flush_object`.

        Raises:
            InvalidArgumentType: `data` is not bytes (before any request).
            ErrBckNotFound: no such bucket.
        """
        return await self._run(
            _objects.append_object(bck_name, obj_name, data, provider, handle=handle, namespace=namespace)
        )

    async def flush_object(
        self, bck_name: str, obj_name: str, handle: str, provider: str = PROVIDER_AIS, *, namespace: str = ""
    ) -> None:
        """Finish an object built with `append_object`: it becomes visible with everything appended.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            handle: the handle of the last append.
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Raises:
            InvalidArgument: an empty handle (before any request).
        """
        return await self._run(_objects.flush_object(bck_name, obj_name, handle, provider, namespace=namespace))

    async def create_multipart_upload(
        self, bck_name: str, obj_name: str, provider: str = PROVIDER_AIS, *, namespace: str = ""
    ) -> str:
        """Start a multipart upload: parts are uploaded separately (in any order, in parallel), then joined.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Returns:
            The upload id, for `upload_part`, `complete_multipart_upload` and `abort_multipart_upload`.

        Raises:
            ErrBckNotFound: no such bucket.
        """
        return await self._run(_objects.create_multipart_upload(bck_name, obj_name, provider, namespace=namespace))

    async def upload_part(
        self,
        bck_name: str,
        obj_name: str,
        upload_id: str,
        part_number: int,
        data: bytes,
        provider: str = PROVIDER_AIS,
        *,
        namespace: str = "",
    ) -> None:
        """Upload one part of a multipart upload (sending the same part again replaces it).

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            upload_id: from `create_multipart_upload`.
            part_number: 1 to 9999; parts are joined in the order `complete_multipart_upload` lists them.
            data: the part's bytes (not empty).
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Raises:
            InvalidArgument: an empty upload id or part, or a part number out of range (before any request).
        """
        return await self._run(
            _objects.upload_part(bck_name, obj_name, upload_id, part_number, data, provider, namespace=namespace)
        )

    async def complete_multipart_upload(
        self,
        bck_name: str,
        obj_name: str,
        upload_id: str,
        part_numbers: Sequence[int],
        provider: str = PROVIDER_AIS,
        *,
        namespace: str = "",
    ) -> None:
        """Join the uploaded parts, in the order given, into the object.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            upload_id: from `create_multipart_upload`.
            part_numbers: the parts to join, in order.
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Raises:
            InvalidArgument: no parts (before any request).
            AISNotFound: unknown upload id.
        """
        return await self._run(
            _objects.complete_multipart_upload(
                bck_name, obj_name, upload_id, part_numbers, provider, namespace=namespace
            )
        )

    async def abort_multipart_upload(
        self, bck_name: str, obj_name: str, upload_id: str, provider: str = PROVIDER_AIS, *, namespace: str = ""
    ) -> None:
        """Abort a multipart upload: its parts are removed (an existing object of that name is untouched).

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            upload_id: from `create_multipart_upload`.
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Raises:
            AISNotFound: unknown or already aborted upload id.
        """
        return await self._run(
            _objects.abort_multipart_upload(bck_name, obj_name, upload_id, provider, namespace=namespace)
        )

    async def set_custom_metadata(
        self,
        bck_name: str,
        obj_name: str,
        metadata: Mapping[str, str],
        provider: str = PROVIDER_AIS,
        *,
        replace: bool = False,
        namespace: str = "",
    ) -> None:
        """Set an object's custom metadata: merged into what it has, or replacing it all.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            metadata: keys and values (strings).
            provider: the bucket's provider ("ais" by default).
            replace: drop the keys not in `metadata`.
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Raises:
            InvalidArgumentType: keys or values that are not strings (before any request).
            ErrObjNotFound: no such object.
        """
        return await self._run(
            _objects.set_custom_metadata(bck_name, obj_name, metadata, provider, replace=replace, namespace=namespace)
        )

    async def copy_object(
        self,
        bck_name: str,
        obj_name: str,
        to_bck_name: str,
        to_obj_name: str = "",
        provider: str = PROVIDER_AIS,
        to_provider: str = PROVIDER_AIS,
        *,
        namespace: str = "",
        to_namespace: str = "",
    ) -> None:
        """Copy one object, within the cluster, to another name and/or bucket (which must exist).

        Args:
            bck_name: the source bucket's name.
            obj_name: the source object's name.
            to_bck_name: the destination bucket.
            to_obj_name: the destination name (default: the same name).
            provider: the source bucket's provider ("ais" by default).
            to_provider: the destination bucket's provider.
            namespace: the source bucket's namespace.
            to_namespace: the destination bucket's namespace.

        Raises:
            ErrObjNotFound: no such source object.
            ErrBckNotFound: no such bucket.
        """
        return await self._run(
            _objects.copy_object(
                bck_name,
                obj_name,
                to_bck_name,
                to_obj_name,
                provider,
                to_provider,
                namespace=namespace,
                to_namespace=to_namespace,
            )
        )

    async def rename_object(
        self, bck_name: str, obj_name: str, new_name: str, provider: str = PROVIDER_AIS, *, namespace: str = ""
    ) -> None:
        """Rename an object within its (`ais://`) bucket; an object already named `new_name` is replaced.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            new_name: its new name.
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Raises:
            InvalidObjectName: a bad new name (before any request).
            ErrObjNotFound: no such object.
        """
        return await self._run(_objects.rename_object(bck_name, obj_name, new_name, provider, namespace=namespace))

    async def promote(
        self,
        bck_name: str,
        source_path: str,
        obj_name: str = "",
        provider: str = PROVIDER_AIS,
        *,
        target_id: str = "",
        recursive: bool = False,
        overwrite: bool = False,
        delete_source: bool = False,
        shared: bool = True,
        namespace: str = "",
    ) -> str:
        """Make files that sit on the targets' machines into objects of the bucket, without uploading them.

        AIS v1.5.0 promotes only from under `/var/lib/ais/promote` on the target machines.

        Args:
            bck_name: the bucket's name.
            source_path: an absolute file or folder path on the targets' machines.
            obj_name: the object's name (a file) or name prefix (a folder); default: the file's path.
            provider: the bucket's provider ("ais" by default).
            target_id: only this target reads the source (see `get_cluster_info`).
            recursive: with a folder, include its subfolders.
            overwrite: replace existing objects of the same names.
            delete_source: remove the files once promoted.
            shared: the source is on storage every target sees (each then promotes only what it owns).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Returns:
            "" when it was done at once (a few files), else the id of the promote job to wait for.

        Raises:
            InvalidArgument: a relative source path (before any request).
            AISBadRequest: the source is outside the allowed tree, or an unknown target.
            AISNotFound: no such source.
        """
        return await self._run(
            _objects.promote(
                bck_name,
                source_path,
                obj_name,
                provider,
                target_id=target_id,
                recursive=recursive,
                overwrite=overwrite,
                delete_source=delete_source,
                shared=shared,
                namespace=namespace,
            )
        )

    async def blob_download(
        self,
        bck_name: str,
        obj_name: str,
        provider: str = PROVIDER_AIS,
        *,
        chunk_size: int = 0,
        workers: int = 0,
        latest: bool = False,
        namespace: str = "",
    ) -> str:
        """Start a job that copies one large object of a remote bucket into the cluster, in parallel chunks.

        The cluster reads the object from the remote backend (a cloud bucket, or a bucket of an attached
        AIS cluster) with `workers` range reads at once and stores it; later reads are served from the
        cluster. Wait for it with `wait_for_blob_download(job_id)`: the job runs on the one target that
        owns the object, and AIS v1.5.0's job status query (`xact_status`) does not know it.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            provider: the bucket's provider ("ais" by default).
            chunk_size: bytes per range read: 0 for AIS's default (4 MiB), else 32 KiB to 16 MiB.
            workers: range reads at once: 0 for automatic, at most 128.
            latest: if the object is already in the cluster, check with the remote backend whether it
                changed there (and fetch it again if so).
            namespace: the bucket's namespace (`@uuid#name` for a bucket of an attached AIS cluster).

        Returns:
            The job's id.

        Raises:
            InvalidArgument: a bucket of this cluster, a chunk size or worker count out of range (before
                any request).
            ErrBckNotFound: no such bucket.
        """
        return await self._run(
            _objects.blob_download(
                bck_name, obj_name, provider, chunk_size=chunk_size, workers=workers, latest=latest, namespace=namespace
            )
        )

    async def wait_for_blob_download(self, job_id: str, timeout: float = 300) -> int:
        """Wait until a job started by `blob_download` finishes, polling from 50 ms and backing off to 1 s.

        Args:
            job_id: what `blob_download` returned.
            timeout: seconds to wait at most.

        Returns:
            The bytes the job downloaded.

        Raises:
            InvalidArgument: an empty job id or a bad timeout (before any request).
            XactionAborted: the job was aborted (its `status.err` says why).
            Timeout: the job did not finish in time (`errors.Timeout`).
            ErrXactionNotFound: no such job.
        """
        return await self._run(_objects.wait_for_blob_download(job_id, timeout))

    async def open_writer(
        self,
        bck_name: str,
        obj_name: str,
        mode: str = "w",
        provider: str = PROVIDER_AIS,
        *,
        buffer_size: int = DEFAULT_WRITE_BUFFER,
        namespace: str = "",
    ) -> AsyncObjectWriter:
        """Open an object for writing like a file: `write(bytes)`, `flush()`, `close()`, or use `with`.

        Writes are buffered; each `buffer_size` bytes (and each `flush()`) go to the cluster as one
        request. Nothing becomes visible until `close()` (the end of the `with` block): then the object
        is replaced ("w") or extended ("a") in one step, and checked. If the `with` block raises, the
        object stays exactly as it was: mode "w" aborts its upload; mode "a" never flushes, and its
        partial copy on the target is left for the cluster's cleanup.

        Mode "w" stores what fits in one buffer with a single PUT (verified by the target), and more as
        a multipart upload, each buffer (and each non-empty `flush()`) one part, at most 9999, checked
        at the end against the checksum of what was written. Mode "a" appends (`append_object`) and
        flushes at `close()`; AIS v1.5.0 cannot append to an object that was stored as a multipart
        upload (it keeps only the first part), so mode "a" refuses such an object.

        Args:
            bck_name: the bucket's name.
            obj_name: the object's name.
            mode: "w" to replace the object (or create it), "a" to append to it (or create it).
            provider: the bucket's provider ("ais" by default).
            buffer_size: bytes buffered before a request is sent.
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).

        Returns:
            The writer (`ObjectWriter`; `AsyncObjectWriter` on `AsyncClient`, whose methods are awaited:
            `async with await client.open_writer(...) as w: await w.write(data)`). Its `close()`
            returns the stored object's properties, also kept as `props`.

        Raises:
            InvalidArgument: a mode other than "w" or "a", or a bad `buffer_size` (before any request);
                mode "a" on an object stored in parts.
            ErrBckNotFound: no such bucket (when data is first sent, at the latest at `close()`).
            ChecksumMismatch: at `close()` in mode "w", the stored object differs from what was written
                (it is deleted again).
            ObjectChanged: at `close()` in mode "a", the object's size is not what it was plus what was
                written (someone else wrote it meanwhile).
        """
        return AsyncObjectWriter(
            self,
            await self._run(
                _objects.open_writer(bck_name, obj_name, mode, provider, buffer_size=buffer_size, namespace=namespace)
            ),
        )

    async def get_batch(
        self,
        bck_name: str,
        obj_names: Sequence[str],
        provider: str = PROVIDER_AIS,
        *,
        namespace: str = "",
        max_object_size: int = 64 << 20,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> AsyncBatchStream:
        """Read many objects of a bucket in one request (AIS Get-Batch): far fewer round trips than one
        GET each when the objects are small.

        The cluster gathers the objects on one target and streams them back as one archive; iterate the
        result for a `BatchObject` per name, in the order given (`name`, `data`, and `found`: False, with
        no data, for an object the bucket does not have). The stream is checked against the request as
        it arrives: a missing, extra, renamed or cut-short entry raises `InvalidResponse`. Each object is
        held in memory whole while it is handed over, so this is for many small objects; read large
        ones with `get_object`.

        Args:
            bck_name: the bucket's name.
            obj_names: the objects to read (at most 10,000), in the order wanted; a name may repeat.
            provider: the bucket's provider ("ais" by default).
            namespace: the bucket's namespace (`@uuid#name` or `#name`; default: the global one).
            max_object_size: refuse (with `InvalidResponse`) an object larger than this many bytes.
            chunk_size: bytes read from the connection at a time.

        Returns:
            A batch stream: iterate it (`for obj in batch`, `async for` on the async client) for
            `BatchObject`s; close it (or use `with`) to release the connection early.

        Raises:
            InvalidArgument: an empty or too long `obj_names`, a bad name, size or chunk size (before
                any request).
            ErrBckNotFound: the bucket does not exist.
            InvalidResponse: while iterating, if the archive does not hold exactly the objects asked for.
        """
        return self._batch(
            await self._run(
                _batch.get_batch(
                    bck_name,
                    obj_names,
                    provider,
                    namespace=namespace,
                    max_object_size=max_object_size,
                    chunk_size=chunk_size,
                )
            )
        )

    async def xact_stop(self, xact_id: str = "", xact_kind: str = "", buckets: Sequence[Bck] | None = None) -> None:
        """Abort running jobs: the one with `xact_id`, or every running one of `xact_kind` (on `buckets`).

        Args:
            xact_id: the job to abort.
            xact_kind: abort every running job of this kind instead.
            buckets: with `xact_kind`, only jobs on these buckets.

        Raises:
            InvalidArgument: neither id nor kind (refusing to stop every job), or an unknown kind.
            ErrXactionNotFound: no such job.
        """
        return await self._run(_jobs.xact_stop(xact_id, xact_kind, buckets))


class AsyncBucket(AsyncHandle[AsyncClient]):
    """One bucket (asynchronous), from `client.bucket(name, provider)`: its operations without bucket arguments."""

    def object(self, name: str) -> AsyncObject:
        """A handle on the object `name` in this bucket; no request is made."""
        return AsyncObject(self._client, self.name, self.provider, name, namespace=self.namespace)

    async def create(self) -> None:
        """Create an `ais://` bucket.

        Raises:
            InvalidBucketName: the name breaks AIS naming rules (before any request).
            ErrBckAlreadyExists: the bucket exists.
        """
        return await self._client._run(_buckets.create_bucket(self.name, namespace=self.namespace))

    async def delete(self) -> None:
        """Destroy an `ais://` bucket and every object in it.

        Raises:
            InvalidBucketName: the name breaks AIS naming rules (before any request).
            ErrBckNotFound: the bucket does not exist.
        """
        return await self._client._run(_buckets.destroy_bucket(self.name, namespace=self.namespace))

    async def evict(self, keep_md: bool = True) -> None:
        """Drop the cluster's cached copy of a remote bucket's objects.

        Args:
            keep_md: keep the bucket's metadata (it stays listed) and drop only the objects.
        Raises:
            InvalidBckProvider: `provider` is "ais" or unknown (before any request).
            ErrBckNotFound: the bucket is not known to the cluster.
        """
        return await self._client._run(
            _buckets.evict_bucket(self.name, self.provider, keep_md, namespace=self.namespace)
        )

    async def head(self) -> BucketHeader:
        """A bucket's properties.

        Returns:
            The response headers (a case-insensitive mapping) with the typed `BucketProps` as `.props`.

        Raises:
            ErrBckNotFound: the bucket does not exist.
        """
        return await self._client._run(_buckets.head_bucket(self.name, self.provider, namespace=self.namespace))

    async def copy(
        self,
        to_bck_name: str,
        prefix: str = "",
        dry_run: bool = False,
        force: bool = False,
        to_provider: str = PROVIDER_AIS,
        *,
        to_namespace: str = "",
    ) -> str:
        """Start copying a bucket's objects into another bucket (created if needed).

        Args:
            to_bck_name: the destination bucket.
            prefix: copy only objects whose names start with it.
            dry_run: report what would be copied, copy nothing (no destination is created).
            force: start even if a conflicting job is running.
            to_provider: the destination's provider.
            to_namespace: the destination's namespace.

        Returns:
            The job (xaction) id; wait for it with `wait_for_xaction_finished`.

        Raises:
            ErrBckNotFound: the source bucket does not exist.
        """
        return await self._client._run(
            _buckets.copy_bucket(
                self.name,
                to_bck_name,
                prefix,
                dry_run,
                force,
                self.provider,
                to_provider,
                from_namespace=self.namespace,
                to_namespace=to_namespace,
            )
        )

    async def list_objects(
        self,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        uuid: str = "",
        continuation_token: str = "",
        *,
        flags: int = 0,
        start_after: str = "",
        target: str = "",
    ) -> BucketList:
        """One page of a bucket's objects; pass the page's `uuid` and `continuation_token` back for the next.

        Args:
            prefix: only objects whose names start with it.
            props: comma-separated properties to return per object (name, size, version, checksum,
                atime, cached, status, copies, ec, custom, location, chunked, last-modified, etag);
                "" means "name,size".
            page_size: at most this many entries (0: the cluster's default page).
            uuid: the listing's id, from the previous page (empty for the first page).
            continuation_token: from the previous page (empty for the first page).
            flags: `ListFlag` values or-ed together (one level with `ListFlag.NO_RECURSION`, names only
                with `ListFlag.NAME_ONLY`, ...).
            start_after: `ais://` buckets: list only names after this one (to split one listing among
                workers).
            target: only this target lists (a node id from `get_cluster_info`; remote buckets).

        Returns:
            A `BucketList` (`entries`, `uuid`, `continuation_token`, empty on the last page).

        Raises:
            InvalidArgument: unknown property name or flag, negative page size, a token without its
                listing's uuid, `start_after` on a bucket that is not `ais://` (before any request).
            ErrBckNotFound: the bucket does not exist.
            InvalidResponse: the page could not be decoded.
        """
        return await self._client._run(
            _listing.list_objects(
                self.name,
                self.provider,
                prefix,
                props,
                page_size,
                uuid,
                continuation_token,
                namespace=self.namespace,
                flags=flags,
                start_after=start_after,
                target=target,
            )
        )

    def list_objects_iter(
        self,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        *,
        flags: int = 0,
        start_after: str = "",
        target: str = "",
    ) -> AsyncBucketLister:
        """Every object of a bucket, fetching pages only as iteration reaches them (flat memory).

        Args:
            prefix: only objects whose names start with it.
            props: properties per object, as for `list_objects`.
            page_size: entries per page (0: the cluster's default).
            flags: `ListFlag` values or-ed together, as for `list_objects`.
            start_after: `ais://` buckets: only names after this one.
            target: only this target lists (remote buckets).

        Returns:
            A lister: iterate it for `BucketEntry`s, or call `.pages()` for whole pages. Errors
            (`ErrBckNotFound`, ...) are raised when iteration reaches the page that fails.
        """
        return AsyncBucketLister(
            functools.partial(
                self._client.list_objects,
                self.name,
                self.provider,
                prefix,
                props,
                page_size,
                namespace=self.namespace,
                flags=flags,
                start_after=start_after,
                target=target,
            )
        )

    async def list_all_objects(
        self,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        *,
        flags: int = 0,
        start_after: str = "",
        target: str = "",
    ) -> list[BucketEntry]:
        """Every object of a bucket, in one list; prefer `list_objects_iter` for large buckets.

        Args:
            prefix: only objects whose names start with it.
            props: properties per object, as for `list_objects`.
            page_size: entries per page (0: the cluster's default).
            flags: `ListFlag` values or-ed together, as for `list_objects`.
            start_after: `ais://` buckets: only names after this one.
            target: only this target lists (remote buckets).

        Returns:
            All `BucketEntry`s.

        Raises:
            ErrBckNotFound: the bucket does not exist.
        """
        return [
            entry
            async for entry in self._client.list_objects_iter(
                self.name,
                self.provider,
                prefix,
                props,
                page_size,
                namespace=self.namespace,
                flags=flags,
                start_after=start_after,
                target=target,
            )
        ]

    async def promote(
        self,
        source_path: str,
        obj_name: str = "",
        *,
        target_id: str = "",
        recursive: bool = False,
        overwrite: bool = False,
        delete_source: bool = False,
        shared: bool = True,
    ) -> str:
        """Make files that sit on the targets' machines into objects of the bucket, without uploading them.

        AIS v1.5.0 promotes only from under `/var/lib/ais/promote` on the target machines.

        Args:
            source_path: an absolute file or folder path on the targets' machines.
            obj_name: the object's name (a file) or name prefix (a folder); default: the file's path.
            target_id: only this target reads the source (see `get_cluster_info`).
            recursive: with a folder, include its subfolders.
            overwrite: replace existing objects of the same names.
            delete_source: remove the files once promoted.
            shared: the source is on storage every target sees (each then promotes only what it owns).
        Returns:
            "" when it was done at once (a few files), else the id of the promote job to wait for.

        Raises:
            InvalidArgument: a relative source path (before any request).
            AISBadRequest: the source is outside the allowed tree, or an unknown target.
            AISNotFound: no such source.
        """
        return await self._client._run(
            _objects.promote(
                self.name,
                source_path,
                obj_name,
                self.provider,
                target_id=target_id,
                recursive=recursive,
                overwrite=overwrite,
                delete_source=delete_source,
                shared=shared,
                namespace=self.namespace,
            )
        )

    async def get_batch(
        self, obj_names: Sequence[str], *, max_object_size: int = 64 << 20, chunk_size: int = DEFAULT_CHUNK_SIZE
    ) -> AsyncBatchStream:
        """Read many objects of a bucket in one request (AIS Get-Batch): far fewer round trips than one
        GET each when the objects are small.

        The cluster gathers the objects on one target and streams them back as one archive; iterate the
        result for a `BatchObject` per name, in the order given (`name`, `data`, and `found`: False, with
        no data, for an object the bucket does not have). The stream is checked against the request as
        it arrives: a missing, extra, renamed or cut-short entry raises `InvalidResponse`. Each object is
        held in memory whole while it is handed over, so this is for many small objects; read large
        ones with `get_object`.

        Args:
            obj_names: the objects to read (at most 10,000), in the order wanted; a name may repeat.
            max_object_size: refuse (with `InvalidResponse`) an object larger than this many bytes.
            chunk_size: bytes read from the connection at a time.

        Returns:
            A batch stream: iterate it (`for obj in batch`, `async for` on the async client) for
            `BatchObject`s; close it (or use `with`) to release the connection early.

        Raises:
            InvalidArgument: an empty or too long `obj_names`, a bad name, size or chunk size (before
                any request).
            ErrBckNotFound: the bucket does not exist.
            InvalidResponse: while iterating, if the archive does not hold exactly the objects asked for.
        """
        return self._client._batch(
            await self._client._run(
                _batch.get_batch(
                    self.name,
                    obj_names,
                    self.provider,
                    namespace=self.namespace,
                    max_object_size=max_object_size,
                    chunk_size=chunk_size,
                )
            )
        )


class AsyncObject(AsyncHandle[AsyncClient]):
    """One object (asynchronous), from `bucket.object(name)`: its operations without bucket or object arguments."""

    async def head(self, *, props: str = "") -> ObjectHeader:
        """An object's properties, without its data.

        Args:
            props: only these comma-separated properties (as for `list_objects`); "" for all.

        Returns:
            The response headers (a case-insensitive mapping) with the typed `ObjectProps` as `.props`
            (size, checksum, version, atime, custom metadata).

        Raises:
            InvalidObjectName: the name breaks AIS naming rules (before any request).
            ErrObjNotFound: no such object.
            ErrBckNotFound: no such bucket.
        """
        return await self._client._run(
            _objects.head_object(self.bucket_name, self.name, self.provider, namespace=self.namespace, props=props)
        )

    async def get_reader(
        self,
        archpath: str = "",
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        *,
        byte_range: str | None = None,
        archregx: str = "",
        archmode: str = "",
        latest: bool = False,
        blob_download: bool = False,
        blob_chunk_size: int = 0,
        blob_workers: int = 0,
    ) -> AsyncObjStream:
        """Open an object (or, with `archpath`, one file inside an archive object) for streaming.

        A whole-object read is checked against the object's checksum as it streams (unless the client
        was made with `verify_checksums=False`), and resumes with a range request from the first missing
        byte when the connection breaks midway.

        Args:
            archpath: a file inside a tar/tgz/zip object to read instead of the whole object.
            chunk_size: bytes per chunk when iterating the stream.
            byte_range: read part of the object: "bytes=0-99", "0-99", "100-" or "-100".
            archregx: read the files of an archive object that match, as one TAR stream: a regular
                expression, or a prefix, suffix, substring or WebDataset key, as `archmode` says.
            archmode: "regexp" (default), "prefix", "suffix", "substr" or "wdskey".
            latest: remote buckets only: first ask the remote backend whether the cluster's cached
                copy is still current (same size, version and checksum), and fetch it again if not; a
                plain GET serves the cached copy as it is. For a bucket of an attached AIS cluster this
                catches an object overwritten there (its checksum changes), with or without versioning
                on either side; setting the bucket's `versioning.validate_warm_get` does the same for
                every GET.
            blob_download: remote buckets only, whole objects only: have the cluster fetch the object
                from the remote backend in parallel chunks (its blob downloader) while streaming it.
            blob_chunk_size: bytes per chunk of a blob download: 0 for AIS's default (4 MiB), else
                32 KiB to 16 MiB.
            blob_workers: chunks a blob download fetches at once: 0 for automatic, at most 128.

        Returns:
            A stream: iterate it for chunks, or `read(n)`, `read_all()`, `save(path)`; close it (or
            use `with`) to release the connection early.

        Raises:
            InvalidArgument: bad `chunk_size` or `byte_range`, or `latest` / blob options on a bucket
                of this cluster (before any request).
            ErrObjNotFound: no such object.
            ChecksumMismatch: at the end of the stream, if the bytes differ from the object's checksum.
            ObjectChanged: a resumed read found the object changed meanwhile.
            AISConnectionError: the transfer broke and could not be resumed.
        """
        return self._client._stream(
            await self._client._run(
                _objects.get_object(
                    self.bucket_name,
                    self.name,
                    self.provider,
                    archpath,
                    chunk_size,
                    byte_range=byte_range,
                    namespace=self.namespace,
                    archregx=archregx,
                    archmode=archmode,
                    latest=latest,
                    blob_download=blob_download,
                    blob_chunk_size=blob_chunk_size,
                    blob_workers=blob_workers,
                )
            )
        )

    async def put_file(
        self,
        path: str | os.PathLike[str],
        *,
        checksum: tuple[str, str] | None = None,
        multipart_threshold: int | None = DEFAULT_MULTIPART_THRESHOLD,
        part_size: int = DEFAULT_PART_SIZE,
        workers: int = 4,
    ) -> ObjectProps:
        """Upload a local file, streamed, with a checksum the target verifies before storing it.

        The first hop goes to the proxy without a body and the file streams to the target it names,
        so nothing large is sent twice; a retry starts again at the proxy. Exactly the file's size as
        measured is sent.

        A file of at least `multipart_threshold` bytes (4 GiB by default) goes as a multipart upload
        instead: `part_size` pieces, `workers` at a time (threads in the sync client, tasks in the async
        one; memory stays at about `workers` x `part_size`), each retried on its own, then joined. The
        result is checked against the file's checksum; on any failure the upload is aborted and nothing
        is left behind.

        Args:
            path: the local file.
            checksum: (type, hex value) already known for the file, to skip hashing it.
            multipart_threshold: the size from which a file is sent in parallel parts; None: never.
            part_size: bytes per part of a multipart upload.
            workers: parts sent at once in a multipart upload.

        Returns:
            The stored object's properties (`size` is the file's).

        Raises:
            FileNotFoundError: no such file (before any request).
            IsADirectoryError: `path` is a directory (before any request).
            InvalidArgument: a bad `part_size`, `workers` or `multipart_threshold` (before any request).
            LocalFileChanged: the file changed while it was read; nothing is stored.
            ErrBadCksum: the data arrived corrupted; nothing is stored.
            ChecksumMismatch: the joined parts differ from the file; the object was deleted again.
            ErrBckNotFound: no such bucket.
        """
        return await self._client._upload(
            await self._client._run(
                _objects.put_object(
                    self.bucket_name,
                    self.name,
                    path,
                    self.provider,
                    checksum=checksum,
                    namespace=self.namespace,
                    multipart_threshold=multipart_threshold,
                    part_size=part_size,
                    workers=workers,
                )
            )
        )

    async def delete(self) -> None:
        """Delete an object.

        Raises:
            ErrObjNotFound: no such object (a retry after a lost answer that finds it gone succeeds).
        """
        return await self._client._run(
            _objects.delete_object(self.bucket_name, self.name, self.provider, namespace=self.namespace)
        )

    async def download(
        self,
        path: str | os.PathLike[str],
        *,
        archpath: str = "",
        byte_range: str | None = None,
        workers: int = 1,
        part_size: int = DEFAULT_PART_SIZE,
        latest: bool = False,
        blob_download: bool = False,
        blob_chunk_size: int = 0,
        blob_workers: int = 0,
    ) -> ObjectProps:
        """Save an object to a local file, atomically: a temporary file in the same folder is renamed into
        place only once every byte arrived (and matched the checksum); nothing is left behind on failure.

        Args:
            path: the file to write (its folder must exist).
            archpath: save one file from inside an archive object instead.
            byte_range: save part of the object (see `get_object`).
            workers: fetch a whole object of at least two parts with this many parallel range requests
                (threads in the sync client, tasks in the async one), written in place into the
                temporary file: memory stays constant; every range is checked to come from the same
                object version, and the whole file against the object's checksum.
            part_size: bytes per range request when `workers` > 1.
            latest: remote buckets only: first ask the remote backend whether the cluster's cached
                copy is still current (same size, version and checksum), and fetch it again if not; a
                plain GET serves the cached copy as it is. For a bucket of an attached AIS cluster this
                catches an object overwritten there (its checksum changes), with or without versioning
                on either side; setting the bucket's `versioning.validate_warm_get` does the same for
                every GET.
            blob_download: remote buckets only, whole objects only: have the cluster fetch the object
                from the remote backend in parallel chunks (its blob downloader) while streaming it.
                With `latest` or `blob_download` the object is read as one stream (`workers` must be 1).
            blob_chunk_size: bytes per chunk of a blob download: 0 for AIS's default (4 MiB), else
                32 KiB to 16 MiB.
            blob_workers: chunks a blob download fetches at once: 0 for automatic, at most 128.

        Returns:
            The object's properties, with `size` the bytes written.

        Raises:
            IsADirectoryError: `path` is a directory (before any request).
            FileNotFoundError: `path`'s folder does not exist (before any request).
            InvalidArgument: `latest` or blob options on a bucket of this cluster, or with `workers` > 1
                (before any request).
            ErrObjNotFound: no such object.
            ChecksumMismatch: the bytes differ from the object's checksum (no file is written).
        """
        return await self._client._download(
            await self._client._run(
                _objects.download_object(
                    self.bucket_name,
                    self.name,
                    path,
                    self.provider,
                    archpath=archpath,
                    byte_range=byte_range,
                    namespace=self.namespace,
                    workers=workers,
                    part_size=part_size,
                    latest=latest,
                    blob_download=blob_download,
                    blob_chunk_size=blob_chunk_size,
                    blob_workers=blob_workers,
                )
            )
        )

    async def put_content(
        self, data: bytes | bytearray | memoryview | BinaryIO | Iterable[bytes] | AsyncIterable[bytes]
    ) -> ObjectProps:
        """Store bytes, a file object, or an iterator of byte chunks as an object, streamed.

        Bytes carry their checksum, so the target verifies them before storing. A file object or an
        iterator (an async iterator on `AsyncClient`) is read once, sent as it comes (its length need not
        be known) and hashed on the way; the answer's checksum must match, or the object is deleted
        and `ChecksumMismatch` raised. Such a body cannot be sent twice, so it is retried only when
        nothing was sent yet.

        Args:
            data: the content.
        Returns:
            The stored object's properties (`size` is the number of bytes sent).

        Raises:
            TypeError: `data` is none of the above (before any request).
            ErrBadCksum: bytes arrived corrupted; nothing is stored.
            ChecksumMismatch: a streamed body arrived corrupted; the object was deleted again.
            ErrBckNotFound: no such bucket.
        """
        return await self._client._run(
            _objects.put_content(self.bucket_name, self.name, data, self.provider, namespace=self.namespace)
        )

    async def append(self, data: bytes, *, handle: str = "") -> str:
        """Append bytes to an object being built; it becomes visible only with `flush_object`.

        Args:
            data: the bytes to append.
            handle: the handle the previous append returned ("" for the first).
        Returns:
            The handle to pass to the next append and to `flush_object`.

        Raises:
            InvalidArgumentType: `data` is not bytes (before any request).
            ErrBckNotFound: no such bucket.
        """
        return await self._client._run(
            _objects.append_object(
                self.bucket_name, self.name, data, self.provider, handle=handle, namespace=self.namespace
            )
        )

    async def flush(self, handle: str) -> None:
        """Finish an object built with `append_object`: it becomes visible with everything appended.

        Args:
            handle: the handle of the last append.
        Raises:
            InvalidArgument: an empty handle (before any request).
        """
        return await self._client._run(
            _objects.flush_object(self.bucket_name, self.name, handle, self.provider, namespace=self.namespace)
        )

    async def create_multipart_upload(self) -> str:
        """Start a multipart upload: parts are uploaded separately (in any order, in parallel), then joined.

        Returns:
            The upload id, for `upload_part`, `complete_multipart_upload` and `abort_multipart_upload`.

        Raises:
            ErrBckNotFound: no such bucket.
        """
        return await self._client._run(
            _objects.create_multipart_upload(self.bucket_name, self.name, self.provider, namespace=self.namespace)
        )

    async def upload_part(self, upload_id: str, part_number: int, data: bytes) -> None:
        """Upload one part of a multipart upload (sending the same part again replaces it).

        Args:
            upload_id: from `create_multipart_upload`.
            part_number: 1 to 9999; parts are joined in the order `complete_multipart_upload` lists them.
            data: the part's bytes (not empty).
        Raises:
            InvalidArgument: an empty upload id or part, or a part number out of range (before any request).
        """
        return await self._client._run(
            _objects.upload_part(
                self.bucket_name, self.name, upload_id, part_number, data, self.provider, namespace=self.namespace
            )
        )

    async def complete_multipart_upload(self, upload_id: str, part_numbers: Sequence[int]) -> None:
        """Join the uploaded parts, in the order given, into the object.

        Args:
            upload_id: from `create_multipart_upload`.
            part_numbers: the parts to join, in order.
        Raises:
            InvalidArgument: no parts (before any request).
            AISNotFound: unknown upload id.
        """
        return await self._client._run(
            _objects.complete_multipart_upload(
                self.bucket_name, self.name, upload_id, part_numbers, self.provider, namespace=self.namespace
            )
        )

    async def abort_multipart_upload(self, upload_id: str) -> None:
        """Abort a multipart upload: its parts are removed (an existing object of that name is untouched).

        Args:
            upload_id: from `create_multipart_upload`.
        Raises:
            AISNotFound: unknown or already aborted upload id.
        """
        return await self._client._run(
            _objects.abort_multipart_upload(
                self.bucket_name, self.name, upload_id, self.provider, namespace=self.namespace
            )
        )

    async def set_custom_metadata(self, metadata: Mapping[str, str], *, replace: bool = False) -> None:
        """Set an object's custom metadata: merged into what it has, or replacing it all.

        Args:
            metadata: keys and values (strings).
            replace: drop the keys not in `metadata`.
        Raises:
            InvalidArgumentType: keys or values that are not strings (before any request).
            ErrObjNotFound: no such object.
        """
        return await self._client._run(
            _objects.set_custom_metadata(
                self.bucket_name, self.name, metadata, self.provider, replace=replace, namespace=self.namespace
            )
        )

    async def copy(
        self, to_bck_name: str, to_obj_name: str = "", to_provider: str = PROVIDER_AIS, *, to_namespace: str = ""
    ) -> None:
        """Copy one object, within the cluster, to another name and/or bucket (which must exist).

        Args:
            to_bck_name: the destination bucket.
            to_obj_name: the destination name (default: the same name).
            to_provider: the destination bucket's provider.
            to_namespace: the destination bucket's namespace.

        Raises:
            ErrObjNotFound: no such source object.
            ErrBckNotFound: no such bucket.
        """
        return await self._client._run(
            _objects.copy_object(
                self.bucket_name,
                self.name,
                to_bck_name,
                to_obj_name,
                self.provider,
                to_provider,
                namespace=self.namespace,
                to_namespace=to_namespace,
            )
        )

    async def rename(self, new_name: str) -> None:
        """Rename an object within its (`ais://`) bucket; an object already named `new_name` is replaced.

        Args:
            new_name: its new name.
        Raises:
            InvalidObjectName: a bad new name (before any request).
            ErrObjNotFound: no such object.
        """
        return await self._client._run(
            _objects.rename_object(self.bucket_name, self.name, new_name, self.provider, namespace=self.namespace)
        )

    async def blob_download(self, *, chunk_size: int = 0, workers: int = 0, latest: bool = False) -> str:
        """Start a job that copies one large object of a remote bucket into the cluster, in parallel chunks.

        The cluster reads the object from the remote backend (a cloud bucket, or a bucket of an attached
        AIS cluster) with `workers` range reads at once and stores it; later reads are served from the
        cluster. Wait for it with `wait_for_blob_download(job_id)`: the job runs on the one target that
        owns the object, and AIS v1.5.0's job status query (`xact_status`) does not know it.

        Args:
            chunk_size: bytes per range read: 0 for AIS's default (4 MiB), else 32 KiB to 16 MiB.
            workers: range reads at once: 0 for automatic, at most 128.
            latest: if the object is already in the cluster, check with the remote backend whether it
                changed there (and fetch it again if so).
        Returns:
            The job's id.

        Raises:
            InvalidArgument: a bucket of this cluster, a chunk size or worker count out of range (before
                any request).
            ErrBckNotFound: no such bucket.
        """
        return await self._client._run(
            _objects.blob_download(
                self.bucket_name,
                self.name,
                self.provider,
                chunk_size=chunk_size,
                workers=workers,
                latest=latest,
                namespace=self.namespace,
            )
        )

    async def open_writer(self, mode: str = "w", *, buffer_size: int = DEFAULT_WRITE_BUFFER) -> AsyncObjectWriter:
        """Open an object for writing like a file: `write(bytes)`, `flush()`, `close()`, or use `with`.

        Writes are buffered; each `buffer_size` bytes (and each `flush()`) go to the cluster as one
        request. Nothing becomes visible until `close()` (the end of the `with` block): then the object
        is replaced ("w") or extended ("a") in one step, and checked. If the `with` block raises, the
        object stays exactly as it was: mode "w" aborts its upload; mode "a" never flushes, and its
        partial copy on the target is left for the cluster's cleanup.

        Mode "w" stores what fits in one buffer with a single PUT (verified by the target), and more as
        a multipart upload, each buffer (and each non-empty `flush()`) one part, at most 9999, checked
        at the end against the checksum of what was written. Mode "a" appends (`append_object`) and
        flushes at `close()`; AIS v1.5.0 cannot append to an object that was stored as a multipart
        upload (it keeps only the first part), so mode "a" refuses such an object.

        Args:
            mode: "w" to replace the object (or create it), "a" to append to it (or create it).
            buffer_size: bytes buffered before a request is sent.
        Returns:
            The writer (`ObjectWriter`; `AsyncObjectWriter` on `AsyncClient`, whose methods are awaited:
            `async with await client.open_writer(...) as w: await w.write(data)`). Its `close()`
            returns the stored object's properties, also kept as `props`.

        Raises:
            InvalidArgument: a mode other than "w" or "a", or a bad `buffer_size` (before any request);
                mode "a" on an object stored in parts.
            ErrBckNotFound: no such bucket (when data is first sent, at the latest at `close()`).
            ChecksumMismatch: at `close()` in mode "w", the stored object differs from what was written
                (it is deleted again).
            ObjectChanged: at `close()` in mode "a", the object's size is not what it was plus what was
                written (someone else wrote it meanwhile).
        """
        return AsyncObjectWriter(
            self._client,
            await self._client._run(
                _objects.open_writer(
                    self.bucket_name, self.name, mode, self.provider, buffer_size=buffer_size, namespace=self.namespace
                )
            ),
        )
