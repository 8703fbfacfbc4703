"""Python peers: one adapter class per client, all with the same operations.

Every operation is what a user of that client would write with its normal
public API; the workload code in :mod:`aisbench.workloads` is written once
against :class:`Peer`. aisloader is not here: it runs whole workloads as a
subprocess (see :mod:`aisbench.aisloader`).
"""

from __future__ import annotations

import os
import threading
import time
import urllib.parse
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, ClassVar

import httpx
import msgpack

CHUNK_SIZE = 1 << 20
"""Read size for streamed GET-to-file, for the clients that take one (raw httpx reads its natural 64 KiB)."""
POOL_SIZE = 16
"""Connections per client: the concurrent workloads use 16 threads."""
COPY_TIMEOUT_S = 600.0
XACTION_POLL_S = 0.1

ALL_OPS = frozenset(
    {
        "put_file",
        "get_bytes",
        "get_to_file",
        "head",
        "list_all",
        "list_iter_count",
        "copy_bucket_and_wait",
        "download_single",
        "download_parallel",
        "upload_single",
        "upload_parallel",
        "upload_dir",
        "download_dir",
    }
)
GET_OPS = frozenset({"get_bytes", "get_to_file", "download_single", "download_parallel", "download_dir"})


class PeerUnavailable(Exception):
    """The client cannot be used in this environment (the message says why)."""


class Peer(ABC):
    """A client under test. Subclasses implement every operation in ``ops``."""

    name: ClassVar[str]
    ops: ClassVar[frozenset[str]] = ALL_OPS

    @abstractmethod
    def put_file(self, bck: str, obj: str, path: str) -> None: ...

    @abstractmethod
    def get_bytes(self, bck: str, obj: str) -> int:
        """GET the whole object into memory; returns its length."""

    @abstractmethod
    def get_to_file(self, bck: str, obj: str, path: str) -> int:
        """Stream the object into a local file; returns the bytes written."""

    @abstractmethod
    def head(self, bck: str, obj: str) -> None: ...

    @abstractmethod
    def list_all(self, bck: str) -> int:
        """Materialise the whole listing in memory; returns the entry count."""

    @abstractmethod
    def list_iter_count(self, bck: str) -> int:
        """Walk the listing lazily; returns the entry count."""

    @abstractmethod
    def copy_bucket_and_wait(self, src: str, dst: str) -> None:
        """Start a bucket copy and return once the job is seen finished."""

    def download_single(self, bck: str, obj: str, path: str) -> int:
        """Save the object to a file over one stream; returns the bytes written."""
        return self.get_to_file(bck, obj, path)

    @abstractmethod
    def download_parallel(self, bck: str, obj: str, path: str, workers: int, part_size: int) -> int:
        """Save the object to a file with ``workers`` parallel range reads of ``part_size``; returns the bytes."""

    def upload_single(self, bck: str, obj: str, path: str) -> int:
        """Upload a file as one PUT; returns the bytes sent."""
        self.put_file(bck, obj, path)
        return os.path.getsize(path)

    def upload_parallel(self, bck: str, obj: str, path: str, workers: int, part_size: int) -> int:
        """Upload a file as a multipart upload of ``part_size`` parts, ``workers`` at once; returns the bytes."""
        raise NotImplementedError

    @abstractmethod
    def upload_dir(self, local: str, bck: str, prefix: str, workers: int) -> int:
        """Upload every file of the flat folder ``local`` as ``prefix + name``; returns the files uploaded."""

    @abstractmethod
    def download_dir(self, bck: str, local: str, prefix: str, workers: int) -> int:
        """Download every object under ``prefix`` into ``local`` (names minus the prefix); returns the files."""

    def close(self) -> None:  # noqa: B027 - optional hook
        pass


def write_stream(chunks: Iterator[bytes], path: str) -> int:
    written = 0
    with open(path, "wb") as f:
        for chunk in chunks:
            f.write(chunk)
            written += len(chunk)
    return written


def in_threads(fn: Callable[..., Any], calls: list[tuple[Any, ...]], workers: int) -> list[Any]:
    """``fn(*call)`` for every call, ``workers`` at a time; re-raises the first error."""
    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(lambda call: fn(*call), calls))


def files_of(local: str) -> list[str]:
    return sorted(e.name for e in os.scandir(local) if e.is_file())


# --------------------------------------------------------------------------- raw httpx


def object_path(bck: str, obj: str) -> str:
    return f"/v1/objects/{bck}/{urllib.parse.quote(obj, safe='/')}"


class RawHttpxPeer(Peer):
    """The floor for a Python client: plain httpx calls, no abstraction at all."""

    name = "httpx"
    ops = ALL_OPS - {"upload_parallel"}

    def __init__(self, endpoint: str) -> None:
        limits = httpx.Limits(max_connections=2 * POOL_SIZE, max_keepalive_connections=2 * POOL_SIZE)
        self.http = httpx.Client(base_url=endpoint, timeout=httpx.Timeout(60.0, connect=5.0), limits=limits)

    def close(self) -> None:
        self.http.close()

    def put_file(self, bck: str, obj: str, path: str) -> None:
        # The proxy answers 307 without reading a body, so the body goes only to the target.
        redirect = self.http.put(object_path(bck, obj), follow_redirects=False)
        if redirect.status_code != 307:
            redirect.raise_for_status()
            raise RuntimeError(f"PUT {bck}/{obj}: expected 307, got {redirect.status_code}")
        with open(path, "rb") as f:
            self.http.put(redirect.headers["location"], content=f).raise_for_status()

    def get_bytes(self, bck: str, obj: str) -> int:
        response = self.http.get(object_path(bck, obj), follow_redirects=True)
        response.raise_for_status()
        return len(response.content)

    def get_to_file(self, bck: str, obj: str, path: str) -> int:
        with self.http.stream("GET", object_path(bck, obj), follow_redirects=True) as response:
            response.raise_for_status()
            return write_stream(response.iter_raw(), path)  # re-chunking to 1 MiB costs httpx a copy

    def head(self, bck: str, obj: str) -> None:
        self.http.head(object_path(bck, obj), follow_redirects=True).raise_for_status()

    def object_size(self, bck: str, obj: str) -> int:
        head = self.http.head(object_path(bck, obj), follow_redirects=True)
        head.raise_for_status()
        return int(head.headers["content-length"])

    def download_parallel(self, bck: str, obj: str, path: str, workers: int, part_size: int) -> int:
        """The plain way: HEAD for the size, then ranges in a thread pool, each ``pwrite`` at its offset."""
        head = self.http.head(object_path(bck, obj), follow_redirects=True)
        head.raise_for_status()
        size = int(head.headers["content-length"])
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        lock = threading.Lock()
        written = [0]

        def part(start: int) -> None:
            end = min(start + part_size, size) - 1
            headers = {"Range": f"bytes={start}-{end}"}
            with self.http.stream("GET", object_path(bck, obj), headers=headers, follow_redirects=True) as r:
                r.raise_for_status()
                offset = start
                for chunk in r.iter_raw():
                    os.pwrite(fd, chunk, offset)
                    offset += len(chunk)
            if offset != end + 1:
                raise RuntimeError(f"range {start}-{end}: got {offset - start} bytes")
            with lock:
                written[0] += offset - start

        try:
            os.ftruncate(fd, size)
            in_threads(part, [(start,) for start in range(0, size, part_size)], workers)
        finally:
            os.close(fd)
        return written[0]

    def upload_dir(self, local: str, bck: str, prefix: str, workers: int) -> int:
        names = files_of(local)
        in_threads(self.put_file, [(bck, prefix + n, os.path.join(local, n)) for n in names], workers)
        return len(names)

    def download_dir(self, bck: str, local: str, prefix: str, workers: int) -> int:
        os.makedirs(local, exist_ok=True)
        names = [e["n"] for e in self._entries(bck, prefix)]  # msgpack keys: LsoEnt "msg" tags
        calls = [(bck, n, os.path.join(local, n.removeprefix(prefix))) for n in names]
        in_threads(self.get_to_file, calls, workers)
        return len(names)

    def _entries(self, bck: str, prefix: str = "") -> Iterator[dict[str, Any]]:
        value = {"props": "name,size", "pagesize": 0, "continuation_token": "", "uuid": "", "prefix": prefix}
        while True:
            response = self.http.request(
                "GET",
                f"/v1/buckets/{bck}",
                json={"action": "list", "value": value},
                headers={"Accept": "application/msgpack"},
            )
            response.raise_for_status()
            page = msgpack.unpackb(response.content)
            yield from page.get("Entries") or ()
            if not page.get("ContinuationToken"):
                return
            value["continuation_token"] = page["ContinuationToken"]
            value["uuid"] = page["UUID"]

    def list_all(self, bck: str) -> int:
        return len(list(self._entries(bck)))

    def list_iter_count(self, bck: str) -> int:
        return sum(1 for _ in self._entries(bck))

    def count_prefix(self, bck: str, prefix: str) -> int:
        return sum(1 for _ in self._entries(bck, prefix))

    def copy_bucket_and_wait(self, src: str, dst: str) -> None:
        response = self.http.post(
            f"/v1/buckets/{src}",
            params={"bck_to": f"ais/@#/{dst}/"},
            json={"action": "copy-bck", "value": {}},
        )
        response.raise_for_status()
        xaction_id = response.text.strip()
        deadline = time.monotonic() + COPY_TIMEOUT_S
        while time.monotonic() < deadline:
            status = self.http.request(
                "GET", "/v1/cluster", params={"what": "status"}, json={"id": xaction_id}, follow_redirects=True
            )
            if status.status_code != 404:  # 404: not registered yet
                status.raise_for_status()
                body = status.json()
                if body.get("err") or body.get("aborted"):
                    raise RuntimeError(f"copy {src} -> {dst} failed: {body}")
                if body.get("end_time", 0) > 0:
                    return
            time.sleep(XACTION_POLL_S)
        raise TimeoutError(f"copy {src} -> {dst} ({xaction_id}) not finished after {COPY_TIMEOUT_S}s")


# --------------------------------------------------------------------------- official SDK


class SetupPeer(RawHttpxPeer):
    """What the bench fills buckets and checks results with: the raw httpx peer, except that a PUT
    which fails on the wire is sent again. httpx 0.28's pool under 16 threads has been seen to raise
    `ReadError: [Errno 9] Bad file descriptor` here; in setup that voided a whole workload. The
    measured `httpx` peer keeps no such retry."""

    name = "setup"

    def put_file(self, bck: str, obj: str, path: str) -> None:
        for attempt in range(3):
            try:
                super().put_file(bck, obj, path)
                return
            except httpx.TransportError:
                if attempt == 2:
                    raise


class SdkPeer(Peer):
    """The official ``aistore`` SDK through its normal API (proxy-routed GET)."""

    name = "sdk"
    direct = False

    def __init__(self, endpoint: str) -> None:
        try:
            from aistore.sdk import Client
        except ImportError as e:
            raise PeerUnavailable(f"aistore SDK not importable: {e}") from e
        self.client = Client(endpoint, max_pool_size=POOL_SIZE)

    def _object(self, bck: str, obj: str) -> Any:
        return self.client.bucket(bck).object(obj)

    def put_file(self, bck: str, obj: str, path: str) -> None:
        self._object(bck, obj).get_writer().put_file(path)

    def get_bytes(self, bck: str, obj: str) -> int:
        return len(self._object(bck, obj).get_reader(direct=self.direct).read_all())

    def get_to_file(self, bck: str, obj: str, path: str) -> int:
        reader = self._object(bck, obj).get_reader(direct=self.direct, chunk_size=CHUNK_SIZE)
        return write_stream(iter(reader), path)

    def head(self, bck: str, obj: str) -> None:
        self._object(bck, obj).head()

    def download_parallel(self, bck: str, obj: str, path: str, workers: int, part_size: int) -> int:
        # 2.0.0: ranges fetched by `workers` forked processes into a shared-memory ring, yielded in order.
        reader = self._object(bck, obj).get_reader(direct=self.direct, chunk_size=part_size, num_workers=workers)
        return write_stream(iter(reader), path)

    def upload_parallel(self, bck: str, obj: str, path: str, workers: int, part_size: int) -> int:
        # 2.0.0 has multipart calls (create / add_part / complete) but sends nothing in parallel itself:
        # the parts go through a thread pool here, each read into memory as the SDK's writer needs.
        mpu = self._object(bck, obj).multipart_upload().create()
        size = os.path.getsize(path)
        offsets = list(range(0, size, part_size))

        def part(i: int) -> None:
            with open(path, "rb") as f:
                f.seek(offsets[i])
                mpu.add_part(i + 1).put_content(f.read(part_size))

        in_threads(part, [(i,) for i in range(len(offsets))], workers)
        mpu.complete()
        return size

    def upload_dir(self, local: str, bck: str, prefix: str, workers: int) -> int:
        # 2.0.0's only folder upload; it has no concurrency option (one file after the other), so `workers`
        # cannot be honoured.
        return len(self.client.bucket(bck).put_files(local, prepend=prefix, verbose=False))

    def download_dir(self, bck: str, local: str, prefix: str, workers: int) -> int:
        # 2.0.0 has no folder download: list the prefix, then get_reader per object in a thread pool.
        os.makedirs(local, exist_ok=True)
        names = [entry.name for entry in self.client.bucket(bck).list_objects_iter(prefix=prefix)]
        calls = [(bck, n, os.path.join(local, n.removeprefix(prefix))) for n in names]
        in_threads(self.get_to_file, calls, workers)
        return len(names)

    def list_all(self, bck: str) -> int:
        return len(self.client.bucket(bck).list_all_objects())

    def list_iter_count(self, bck: str) -> int:
        return sum(1 for _ in self.client.bucket(bck).list_objects_iter())

    def copy_bucket_and_wait(self, src: str, dst: str) -> None:
        job_id = self.client.bucket(src).copy(self.client.bucket(dst))
        result = self.client.job(job_id).wait(timeout=int(COPY_TIMEOUT_S), verbose=False)
        if not result.success:
            raise RuntimeError(f"copy {src} -> {dst} failed: {result.error}")


class SdkDirectPeer(SdkPeer):
    """The official SDK's ``get_reader(direct=True)``: client-side HRW, GET straight to the target."""

    name = "sdk-direct"
    direct = True
    ops = GET_OPS


# --------------------------------------------------------------------------- ours


class AisclientPeer(Peer):
    """aisclient (ours), through the seed API (docs/python-api.md)."""

    name = "aisclient"

    def __init__(self, endpoint: str) -> None:
        try:
            import aisclient
        except ImportError as e:
            raise PeerUnavailable(f"aisclient not importable yet ({e})") from e
        if not hasattr(aisclient, "Client"):
            raise PeerUnavailable("aisclient not importable yet (the package has no Client)")
        self.client = aisclient.Client(endpoint)

    def close(self) -> None:
        close = getattr(self.client, "close", None)
        if callable(close):
            close()

    def put_file(self, bck: str, obj: str, path: str) -> None:
        self.client.put_object(bck, obj, path)

    def get_bytes(self, bck: str, obj: str) -> int:
        return len(self.client.get_object(bck, obj).read_all())

    def get_to_file(self, bck: str, obj: str, path: str) -> int:
        return write_stream(iter(self.client.get_object(bck, obj, chunk_size=CHUNK_SIZE)), path)

    def head(self, bck: str, obj: str) -> None:
        self.client.head_object(bck, obj)

    def download_single(self, bck: str, obj: str, path: str) -> int:
        return self.client.download_object(bck, obj, path, workers=1).size or 0

    def download_parallel(self, bck: str, obj: str, path: str, workers: int, part_size: int) -> int:
        props = self.client.download_object(bck, obj, path, workers=workers, part_size=part_size)
        return props.size or 0

    def upload_single(self, bck: str, obj: str, path: str) -> int:
        return self.client.put_object(bck, obj, path, multipart_threshold=None).size or 0

    def upload_parallel(self, bck: str, obj: str, path: str, workers: int, part_size: int) -> int:
        props = self.client.put_object(bck, obj, path, multipart_threshold=1, part_size=part_size, workers=workers)
        return props.size or 0

    def upload_dir(self, local: str, bck: str, prefix: str, workers: int) -> int:
        summary = self.client.upload_dir(local, bck, prefix, workers=workers, progress=False)
        return int(summary.moved)

    def download_dir(self, bck: str, local: str, prefix: str, workers: int) -> int:
        summary = self.client.download_dir(bck, local, prefix, workers=workers, progress=False)
        return int(summary.moved)

    def list_all(self, bck: str) -> int:
        return len(self.client.list_all_objects(bck))

    def list_iter_count(self, bck: str) -> int:
        return sum(1 for _ in self.client.list_objects_iter(bck))

    def copy_bucket_and_wait(self, src: str, dst: str) -> None:
        xaction_id = self.client.copy_bucket(src, dst)
        self.client.wait_for_xaction_finished(xaction_id, timeout=int(COPY_TIMEOUT_S))


OURS = AisclientPeer.name
PEER_CLASSES: dict[str, Callable[[str], Peer]] = {
    cls.name: cls for cls in (AisclientPeer, SdkPeer, SdkDirectPeer, RawHttpxPeer)
}
