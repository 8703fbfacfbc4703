"""`ais://` for fsspec: pandas, pyarrow, Dask and every tool that opens URLs through fsspec.

`AISFileSystem` is an fsspec `AsyncFileSystem` on top of `AsyncClient`; fsspec finds it by the
`ais` protocol (an entry point of this package), so `pandas.read_csv("ais://bucket/data.csv")`
works once the package is installed. Buckets are the top-level directories; directories below are
the '/'-separated prefixes of object names (they exist while an object is under them).

What a caller can count on:
* a whole-object read (`cat_file`, `get_file`) is checked against the object's checksum; `get_file`
  writes the local file atomically (a temporary name, renamed once whole and checked);
* reads through `open()` fetch byte ranges and fail with `ObjectChangedError` if the object is
  replaced while the file is open, instead of mixing two versions;
* an upload through `put_file` or `pipe_file` is verified by the cluster against the checksum sent
  with it; `open(..., "wb")` sends one PUT, or a multipart upload once more than one block was
  written, and stores nothing if the `with` block raises;
* `open(..., "xb")` and `pipe_file(..., mode="create")` refuse an existing object, but the check and
  the write are two requests (AIS has no conditional PUT): two writers racing can both succeed.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from typing import Any

import fsspec  # type: ignore[import-untyped]
from fsspec.asyn import AsyncFileSystem, sync  # type: ignore[import-untyped]
from fsspec.spec import AbstractBufferedFile  # type: ignore[import-untyped]

from ._surface import AsyncClient
from .errors import AISError, ErrBckNotFound, ErrObjNotFound, ErrRangeNotSatisfiable, InvalidArgument
from .listing import ListFlag
from .models import BucketEntry, ObjectProps

__all__ = ["AISFile", "AISFileSystem", "ObjectChangedError"]

DEFAULT_BLOCK_SIZE = 16 * 1024 * 1024


class ObjectChangedError(OSError):
    """The object was replaced (a new version) while a file opened on it was being read."""


def _missing(path: str) -> FileNotFoundError:
    return FileNotFoundError(2, "No such file or directory", path)


def _file_info(bucket: str, name: str, size: int, checksum: str = "", version: str = "") -> dict[str, Any]:
    info: dict[str, Any] = {"name": f"{bucket}/{name}", "size": size, "type": "file"}
    if checksum:
        info["checksum"] = checksum
    if version:
        info["version"] = version
    return info


def _dir_info(path: str) -> dict[str, Any]:
    return {"name": path, "size": 0, "type": "directory"}


def _props_info(bucket: str, key: str, props: ObjectProps | None) -> dict[str, Any]:
    if props is None or props.size is None:
        raise AISError(500, f"ais://{bucket}/{key}: the cluster did not report the object's size")
    return _file_info(bucket, key, props.size, props.checksum_value, props.version)


class AISFileSystem(AsyncFileSystem):  # type: ignore[misc]
    """An fsspec filesystem over an AIS cluster: `ais://bucket/path/to/object`.

    Args:
        endpoint: the cluster's URL; defaults to `$AIS_ENDPOINT`.
        provider: the buckets' provider ("ais" by default; "aws", "gcp", "azure" for cloud buckets
            the cluster fronts).
        namespace: the buckets' namespace (`@uuid#name` for a remote AIS cluster); default: the global one.
        block_size: bytes per range read and per uploaded part of `open()` files (16 MiB by default).
        client_options: keyword arguments for the underlying `AsyncClient` (`token`, `timeout`,
            `retry`, `verify`, ...).
        asynchronous: True to use the `_`-prefixed coroutine methods from your own event loop
            (one loop per filesystem object).
        loop: the event loop for the blocking methods (fsspec's own by default).
        batch_size: how many requests bulk methods (`get`, `put`, `rm`, `cat`) run at once.

    Raises:
        InvalidArgument: a bad endpoint or option (before any request).
    """

    protocol = ("ais",)
    root_marker = ""
    async_impl = True
    cachable = True

    def __init__(
        self,
        endpoint: str | None = None,
        *,
        provider: str = "ais",
        namespace: str = "",
        block_size: int = DEFAULT_BLOCK_SIZE,
        client_options: dict[str, Any] | None = None,
        asynchronous: bool = False,
        loop: asyncio.AbstractEventLoop | None = None,
        batch_size: int | None = None,
        **kwargs: Any,
    ) -> None:
        from ._core.options import resolve_endpoint
        from ._core.validate import normalize_provider, validate_namespace

        super().__init__(asynchronous=asynchronous, loop=loop, batch_size=batch_size, **kwargs)
        self.endpoint = resolve_endpoint(endpoint)
        self.provider = normalize_provider(provider)
        self.namespace = validate_namespace(namespace)
        if isinstance(block_size, bool) or not isinstance(block_size, int) or block_size < 1:
            raise InvalidArgument("block_size", f"must be a positive int, got {block_size!r}")
        self.blocksize = block_size
        self.client_options = dict(client_options or {})
        # The client and the loop it runs on, as one value: a filesystem used from another loop gets a
        # client of its own (httpx connections belong to the loop that opened them).
        self._session: tuple[asyncio.AbstractEventLoop, AsyncClient] | None = None

    # -- the client --------------------------------------------------------------------

    async def _client(self) -> AsyncClient:
        loop = asyncio.get_running_loop()
        session = self._session
        if session is None or session[0] is not loop:
            session = (loop, AsyncClient(self.endpoint, **self.client_options))
            self._session = session
        return session[1]

    async def _close(self) -> None:
        """Close the connection pool (a later call opens a new one)."""
        session, self._session = self._session, None
        if session is not None:
            await session[1].close()

    def close(self) -> None:
        """Close the connection pool (blocking form of `_close`)."""
        if self._session is not None:
            sync(self.loop, self._close)

    # -- paths -------------------------------------------------------------------------

    @classmethod
    def _strip_protocol(cls, path: Any) -> Any:
        if isinstance(path, list):
            return [cls._strip_protocol(p) for p in path]
        path = str(path)
        if path.startswith("ais://"):
            path = path[len("ais://") :]
        elif path.startswith("ais::"):
            path = path[len("ais::") :]
        return path.strip("/")

    def split_path(self, path: str) -> tuple[str, str]:
        """("bucket", "key/in/bucket") of a path or URL; the key is "" for a bucket."""
        path = self._strip_protocol(path)
        bucket, _, key = path.partition("/")
        return bucket, key

    def unstrip_protocol(self, name: str) -> str:
        return f"ais://{self._strip_protocol(name)}"

    def _where(self) -> dict[str, str]:
        return {"provider": self.provider, "namespace": self.namespace}

    # -- metadata ----------------------------------------------------------------------

    async def _info(self, path: str, **kwargs: Any) -> dict[str, Any]:
        bucket, key = self.split_path(path)
        if not bucket:
            return _dir_info("")
        client = await self._client()
        if not key:
            try:
                await client.head_bucket(bucket, self.provider, namespace=self.namespace)
            except ErrBckNotFound:
                raise _missing(path) from None
            return _dir_info(bucket)
        try:
            header = await client.head_object(bucket, key, self.provider, namespace=self.namespace)
        except ErrObjNotFound:
            pass
        except ErrBckNotFound:
            raise _missing(path) from None
        else:
            return _props_info(bucket, key, header.props)
        # Not an object: a directory if some object's name continues it with '/'.
        if await self._holds_objects(client, bucket, f"{bucket}/{key}"):
            return _dir_info(f"{bucket}/{key}")
        raise _missing(path)

    async def _holds_objects(self, client: AsyncClient, bucket: str, path: str) -> bool:
        """Whether some object's name starts with the directory `path` ("bucket/dir") and a '/'."""
        key = path.partition("/")[2]
        page = await client.list_objects(
            bucket,
            self.provider,
            prefix=f"{key}/" if key else "",
            page_size=1,
            namespace=self.namespace,
            flags=ListFlag.NAME_ONLY,
        )
        return bool(page.entries)

    async def _ls(self, path: str, detail: bool = True, **kwargs: Any) -> list[Any]:
        bucket, key = self.split_path(path)
        client = await self._client()
        if not bucket:
            found = [_dir_info(b.name) for b in await client.list_buckets(self.provider)]
        else:
            try:
                entries = await client.list_all_objects(
                    bucket,
                    self.provider,
                    prefix=f"{key}/" if key else "",
                    props="name,size,checksum,version",
                    namespace=self.namespace,
                    flags=ListFlag.NO_RECURSION,
                )
            except ErrBckNotFound:
                raise _missing(path) from None
            found = [self._entry_info(bucket, e) for e in entries]
            # One level lists the directories the targets have on disk, and a target keeps a directory
            # after its last object is deleted (seen live): keep only those with an object under them.
            dirs = [i for i in found if i["type"] == "directory"]
            if dirs:
                held = await asyncio.gather(*(self._holds_objects(client, bucket, i["name"]) for i in dirs))
                gone = {i["name"] for i, h in zip(dirs, held, strict=True) if not h}
                found = [i for i in found if i["name"] not in gone]
            if not found and key:
                found = [await self._info(path)]  # a file lists as itself; nothing there is an error
                if found[0]["type"] == "directory":
                    found = []
        found.sort(key=lambda i: i["name"])
        return found if detail else [i["name"] for i in found]

    @staticmethod
    def _entry_info(bucket: str, e: BucketEntry) -> dict[str, Any]:
        if e.is_dir:
            return _dir_info(f"{bucket}/{e.name.rstrip('/')}")
        return _file_info(bucket, e.name, e.size, e.checksum, e.version)

    async def _find(
        self, path: str, maxdepth: int | None = None, withdirs: bool = False, detail: bool = False, **kwargs: Any
    ) -> Any:
        bucket, key = self.split_path(path)
        if not bucket or maxdepth is not None:
            return await super()._find(path, maxdepth=maxdepth, withdirs=withdirs, detail=detail, **kwargs)
        # One recursive listing instead of one per directory.
        client = await self._client()
        base = f"{bucket}/{key}" if key else bucket
        out: dict[str, dict[str, Any]] = {}
        try:
            lister = client.list_objects_iter(
                bucket,
                self.provider,
                prefix=f"{key}/" if key else "",
                props="name,size,checksum,version",
                namespace=self.namespace,
            )
            async for e in lister:
                info = self._entry_info(bucket, e)
                out[info["name"]] = info
                if withdirs:
                    parent = info["name"].rpartition("/")[0]
                    while len(parent) > len(base) and parent not in out:
                        out[parent] = _dir_info(parent)
                        parent = parent.rpartition("/")[0]
        except ErrBckNotFound:
            return {} if detail else []
        if not out and key:
            with contextlib.suppress(FileNotFoundError):
                info = await self._info(path)
                if info["type"] == "file":
                    out[info["name"]] = info
        if withdirs and out and base not in out:
            out[base] = _dir_info(base)
        if not withdirs:
            out = {k: v for k, v in out.items() if v["type"] == "file"}
        names = sorted(out)
        return {n: out[n] for n in names} if detail else names

    # -- reading -----------------------------------------------------------------------

    async def _cat_file(
        self, path: str, start: int | None = None, end: int | None = None, version: str = "", **kwargs: Any
    ) -> bytes:
        bucket, key = self.split_path(path)
        if not key:
            raise IsADirectoryError(path)
        client = await self._client()
        byte_range: str | None = None
        if start is not None or end is not None:
            start = start or 0
            if end is None:
                byte_range = f"{start}-" if start >= 0 else f"-{-start}"
                if start == 0:
                    byte_range = None
            else:
                if start < 0 or end < 0:
                    size = (await self._info(path))["size"]
                    start = max(size + start, 0) if start < 0 else start
                    end = max(size + end, 0) if end < 0 else end
                if end <= start:
                    return b""
                byte_range = f"{start}-{end - 1}"
        try:
            stream = await client.get_object(
                bucket, key, self.provider, byte_range=byte_range, namespace=self.namespace
            )
            async with stream:
                if version and stream.props is not None and stream.props.version != version:
                    raise ObjectChangedError(
                        f"ais://{bucket}/{key} changed while open (version {version} -> {stream.props.version})"
                    )
                return bytes(await stream.read_all())
        except ErrRangeNotSatisfiable:
            return b""  # a range past the end reads as empty, as from a local file
        except AISError:
            if (await self._info(path))["type"] == "directory":  # raises FileNotFoundError if nothing
                raise IsADirectoryError(21, "Is a directory", path) from None
            raise

    async def _get_file(self, rpath: str, lpath: str, callback: Any = None, **kwargs: Any) -> None:
        bucket, key = self.split_path(rpath)
        if os.path.isdir(lpath) or not key:
            return
        client = await self._client()
        try:
            props = await client.download_object(bucket, key, lpath, self.provider, namespace=self.namespace)
        except AISError:
            # A name that is a directory on the target's disk answers 500 "ErrLmetaNotFound", not 404
            # (seen live): ask what it is.
            if (await self._info(rpath))["type"] == "directory":
                os.makedirs(lpath, exist_ok=True)
                return
            raise
        if callback is not None and props.size is not None:
            callback.set_size(props.size)
            callback.relative_update(props.size)

    # -- writing -----------------------------------------------------------------------

    async def _pipe_file(self, path: str, value: bytes, mode: str = "overwrite", **kwargs: Any) -> None:
        bucket, key = self._object_path(path)
        if mode == "create" and await self._exists(path):
            raise FileExistsError(17, "File exists", path)
        client = await self._client()
        await client.put_content(bucket, key, bytes(value), self.provider, namespace=self.namespace)

    async def _put_file(
        self, lpath: str, rpath: str, callback: Any = None, mode: str = "overwrite", **kwargs: Any
    ) -> None:
        if os.path.isdir(lpath):
            return  # directories are implied by the objects' names
        bucket, key = self._object_path(rpath)
        if mode == "create" and await self._exists(rpath):
            raise FileExistsError(17, "File exists", rpath)
        client = await self._client()
        props = await client.put_object(bucket, key, lpath, self.provider, namespace=self.namespace)
        if callback is not None and props.size is not None:
            callback.set_size(props.size)
            callback.relative_update(props.size)

    async def _cp_file(self, path1: str, path2: str, **kwargs: Any) -> None:
        b1, k1 = self.split_path(path1)
        b2, k2 = self._object_path(path2)
        client = await self._client()
        try:
            await client.copy_object(
                b1,
                k1,
                b2,
                k2,
                self.provider,
                self.provider,
                namespace=self.namespace,
                to_namespace=self.namespace,
            )
        except AISError:
            # A missing source is not a 404 here (400 "failed to coi-load"): ask what it is.
            if (await self._info(path1))["type"] == "directory":
                return  # a directory is copied by copying its objects
            raise

    def _object_path(self, path: str) -> tuple[str, str]:
        bucket, key = self.split_path(path)
        if not bucket or not key:
            raise IsADirectoryError(21, "Is a directory (a bucket, not an object)", path)
        return bucket, key

    # -- removing ----------------------------------------------------------------------

    async def _rm_file(self, path: str, **kwargs: Any) -> None:
        bucket, key = self._object_path(path)
        client = await self._client()
        try:
            await client.delete_object(bucket, key, self.provider, namespace=self.namespace)
        except (ErrObjNotFound, ErrBckNotFound):
            raise _missing(path) from None

    async def _rm(self, path: Any, recursive: bool = False, maxdepth: int | None = None, **kwargs: Any) -> None:
        paths = await self._expand_path(path, recursive=recursive, maxdepth=maxdepth)
        buckets = [b for b, k in map(self.split_path, paths) if not k]
        objects = [p for p in paths if self.split_path(p)[1]]
        from fsspec.asyn import _run_coros_in_chunks

        # A directory's name is no object (its delete is a 404, ignored), and its objects are in `paths`.
        results = await _run_coros_in_chunks(
            [self._rm_file(p) for p in objects], batch_size=self.batch_size, nofiles=True, return_exceptions=True
        )
        failed = [r for r in results if isinstance(r, BaseException) and not isinstance(r, FileNotFoundError)]
        if failed:
            raise failed[0]
        for bucket in buckets:  # `rm -r bucket` removes the bucket too, as `rm -r dir` does
            await self._rmdir(bucket)

    async def _mkdir(self, path: str, create_parents: bool = True, **kwargs: Any) -> None:
        bucket, key = self.split_path(path)
        if not bucket:
            return
        client = await self._client()
        if await self._bucket_exists(bucket):
            if not key:
                raise FileExistsError(17, "Bucket exists", bucket)
            return
        if key and not create_parents:
            raise _missing(bucket)
        if self.provider != "ais" or self.namespace:
            raise PermissionError(f"buckets of {self.provider}:// cannot be created through ais://")
        await client.create_bucket(bucket)

    async def _makedirs(self, path: str, exist_ok: bool = False) -> None:
        try:
            await self._mkdir(path, create_parents=True)
        except FileExistsError:
            if not exist_ok:
                raise

    async def _rmdir(self, path: str) -> None:
        bucket, key = self.split_path(path)
        if key or not bucket:
            return  # a directory inside a bucket goes away with its last object
        client = await self._client()
        page = await client.list_objects(
            bucket, self.provider, page_size=1, namespace=self.namespace, flags=ListFlag.NAME_ONLY
        )
        if page.entries:
            raise OSError(39, "Directory not empty (the bucket holds objects)", bucket)
        try:
            await client.destroy_bucket(bucket)
        except ErrBckNotFound:
            raise _missing(bucket) from None

    async def _bucket_exists(self, bucket: str) -> bool:
        client = await self._client()
        try:
            await client.head_bucket(bucket, self.provider, namespace=self.namespace)
        except ErrBckNotFound:
            return False
        return True

    # -- files -------------------------------------------------------------------------

    def _open(
        self,
        path: str,
        mode: str = "rb",
        block_size: int | None = None,
        autocommit: bool = True,
        cache_options: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> AISFile:
        if mode == "xb":
            if self.exists(path):
                raise FileExistsError(17, "File exists", path)
            mode = "wb"
        if mode not in ("rb", "wb"):
            raise ValueError(f"mode {mode!r} is not supported (use 'rb', 'wb' or 'xb')")
        return AISFile(
            self,
            path,
            mode,
            block_size=block_size or self.blocksize,
            autocommit=autocommit,
            cache_options=cache_options,
            **kwargs,
        )

    def ukey(self, path: str) -> str:
        info = self.info(path)
        return str(info.get("checksum") or info.get("version") or info["size"])


class AISFile(AbstractBufferedFile):  # type: ignore[misc]
    """A file opened by `AISFileSystem.open`: reads by byte ranges of one object version; writes
    buffer `block_size` bytes, then go up as one PUT or, past one block, as a multipart upload."""

    fs: AISFileSystem

    def __init__(self, fs: AISFileSystem, path: str, mode: str = "rb", **kwargs: Any) -> None:
        self._upload_id = ""
        self._parts: list[int] = []
        super().__init__(fs, path, mode, **kwargs)
        self.version = self.details.get("version", "") if mode == "rb" else ""

    def _fetch_range(self, start: int, end: int) -> bytes:
        data: bytes = sync(self.fs.loop, self.fs._cat_file, self.path, start, end, version=self.version)
        return data

    def _initiate_upload(self) -> None:
        pass  # decided at the first full block: one PUT if the file fits in one, else multipart

    def _upload_chunk(self, final: bool = False) -> bool:
        data = self.buffer.getvalue()
        if final and not self._upload_id:
            self.fs.pipe_file(self.path, data)
            return True
        sync(self.fs.loop, self._send_part, data, final)
        return True

    async def _send_part(self, data: bytes, final: bool) -> None:
        bucket, key = self.fs._object_path(self.path)
        client = await self.fs._client()
        where = self.fs._where()
        if not self._upload_id:
            self._upload_id = await client.create_multipart_upload(bucket, key, **where)
        try:
            if data or not self._parts:
                part = len(self._parts) + 1
                await client.upload_part(bucket, key, self._upload_id, part, data, **where)
                self._parts.append(part)
            if final:
                await client.complete_multipart_upload(bucket, key, self._upload_id, self._parts, **where)
        except BaseException:
            await self._abort()
            raise

    async def _abort(self) -> None:
        if self._upload_id:
            bucket, key = self.fs._object_path(self.path)
            upload_id, self._upload_id = self._upload_id, ""
            client = await self.fs._client()
            with contextlib.suppress(AISError):  # the upload is gone already; nothing was stored
                await client.abort_multipart_upload(bucket, key, upload_id, **self.fs._where())

    def discard(self) -> None:
        if self._upload_id:
            sync(self.fs.loop, self._abort)
        super().discard()

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is not None and self.mode == "wb":
            self.discard()  # a `with` block that raised stores nothing
            self.closed = True
            return
        self.close()


def register() -> None:
    """Make `ais://` known to fsspec in this process (the package's entry point already does)."""
    fsspec.register_implementation("ais", AISFileSystem, clobber=True)
