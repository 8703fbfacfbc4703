"""The concurrency workload: many threads or asyncio tasks on one client, against the clients users
would pick instead, all reading the same 4 KiB objects of the same cluster in the same run.

Each Python row runs in a fresh interpreter (``bench.py --worker``) and reports what it did, how long
it took and the CPU (user + sys) the whole process spent meanwhile, so that "client CPU per op"
is the client's own cost. aisloader rows run in the bench process's
:class:`~aisbench.aisloader.Aisloader` instead (its own CPU is taken from the child's rusage).

Worker-side code imports a client library only when its row runs: obstore and the official SDK stay
optional for everything else.
"""

from __future__ import annotations

import asyncio
import json
import resource
import socket
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any

ASYNC_TASKS = 256
THREAD_COUNTS = (16, 64)
NAME_PREFIX = "c-"
"""Object names of the read bucket: ``c-000000`` ..."""
_RECV_SIZE = 256 * 1024


@dataclass(frozen=True)
class Variant:
    """One row of the concurrency table: a client, an operation and how many run at once."""

    key: str
    label: str
    client: str
    """``aisclient``, ``sdk``, ``obstore``, ``bare-socket`` or ``aisloader``."""
    op: str
    """``get`` (the whole object, into memory) or ``put`` (from a 4 KiB file)."""
    style: str
    """``sync`` (``workers`` threads on one client; 1 = a plain loop) or ``async`` (tasks on one event loop)."""
    workers: int

    @property
    def sequential(self) -> bool:
        return self.workers == 1


def _row(client: str, op: str, style: str, workers: int, label: str) -> Variant:
    how = "seq" if workers == 1 else f"{'x' if style == 'sync' else 'tasks'}{workers}"
    return Variant(f"{op}.{client}.{style}.{how}", label, client, op, style, workers)


VARIANTS: tuple[Variant, ...] = (
    _row("aisclient", "get", "sync", 1, "aisclient sync, sequential"),
    _row("aisclient", "get", "sync", 16, "aisclient sync, 16 threads"),
    _row("aisclient", "get", "sync", 64, "aisclient sync, 64 threads"),
    _row("aisclient", "get", "async", ASYNC_TASKS, f"aisclient async, {ASYNC_TASKS} tasks"),
    _row("sdk", "get", "sync", 16, "official SDK 2.0.0, 16 threads"),
    _row("obstore", "get", "async", ASYNC_TASKS, f"obstore 0.12.1 async, {ASYNC_TASKS} tasks, via /s3"),
    _row("aisloader", "get", "sync", 16, "aisloader, 16 workers (via the proxy's redirect)"),
    _row("bare-socket", "get", "sync", 1, "bare Python sockets to the owning target, 1 thread"),
    _row("bare-socket", "get", "sync", 16, "bare Python sockets to the owning target, 16 threads"),
    _row("aisclient", "put", "sync", 1, "aisclient sync, sequential"),
    _row("aisclient", "put", "sync", 16, "aisclient sync, 16 threads"),
    _row("sdk", "put", "sync", 1, "official SDK 2.0.0, sequential"),
    _row("sdk", "put", "sync", 16, "official SDK 2.0.0, 16 threads"),
    _row("aisloader", "put", "sync", 1, "aisloader, 1 worker"),
    _row("aisloader", "put", "sync", 16, "aisloader, 16 workers"),
)
VARIANT_BY_KEY = {v.key: v for v in VARIANTS}
CLIENTS = tuple(dict.fromkeys(v.client for v in VARIANTS))
REFERENCE_CLIENTS = ("obstore", "bare-socket")
"""Peers that exist only in this workload (every other client is a peer of the whole bench)."""


def variant(key: str) -> Variant:
    return VARIANT_BY_KEY[key]


@dataclass(frozen=True)
class Goal:
    """A goal of issue 13 as a figure of one run: a ratio of two rows, or one row's CPU bound."""

    label: str
    ours: str
    """Variant key of our row."""
    peer: str | None
    """Variant key of the row compared with; None: ``target`` bounds our own CPU per op (µs)."""
    figure: str
    """``ops`` (ops/s: ratio ours/peer) or ``cpu`` (µs per op: ratio peer/ours, so > 1 is ours better)."""
    target: float


_OURS_16 = "get.aisclient.sync.x16"
_OURS_ASYNC = f"get.aisclient.async.tasks{ASYNC_TASKS}"
_OBSTORE = f"get.obstore.async.tasks{ASYNC_TASKS}"

GOALS: tuple[Goal, ...] = (
    Goal("GET 16 threads vs obstore 256 tasks", _OURS_16, _OBSTORE, "ops", 1.5),
    Goal("GET 16 threads vs aisloader 16 workers", _OURS_16, "get.aisloader.sync.x16", "ops", 1.0),
    Goal("GET 16 threads vs bare sockets 16 threads", _OURS_16, "get.bare-socket.sync.x16", "ops", 0.6),
    Goal("GET 64 threads vs our 16 threads", "get.aisclient.sync.x64", _OURS_16, "ops", 1.0),
    Goal("GET async 256 tasks vs our 16 threads", _OURS_ASYNC, _OURS_16, "ops", 1.0),
    Goal("GET async 256 tasks vs obstore 256 tasks", _OURS_ASYNC, _OBSTORE, "ops", 1.5),
    Goal("PUT sequential vs aisloader 1 worker", "put.aisclient.sync.seq", "put.aisloader.sync.seq", "ops", 1.0),
    Goal("PUT 16 threads vs aisloader 16 workers", "put.aisclient.sync.x16", "put.aisloader.sync.x16", "ops", 1.0),
    Goal("CPU per GET, 16 threads: obstore's / ours", _OURS_16, _OBSTORE, "cpu", 1.0),
    Goal("CPU per GET, 16 threads (µs, at most)", _OURS_16, None, "cpu", 250.0),
)


def ops_metric_key(key: str) -> str:
    return f"concurrent.{key}.ops"


def cpu_metric_key(key: str) -> str:
    return f"concurrent.{key}.cpu"


def object_names(count: int, prefix: str = NAME_PREFIX) -> list[str]:
    return [f"{prefix}{i:06d}" for i in range(count)]


# --------------------------------------------------------------------------- measuring (worker side)


def cpu_seconds() -> float:
    """User + system CPU of this whole process (every thread) so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Outcome:
    ops: int
    seconds: float
    cpu_seconds: float

    def as_dict(self) -> dict[str, float]:
        return {"ops": self.ops, "seconds": self.seconds, "cpu_seconds": self.cpu_seconds}


ThreadHook = Callable[[], AbstractContextManager[Any]]
thread_hook: ThreadHook | None = None
"""Entered by every worker thread (not a sequential loop's own thread) around its loop when set:
``--profile`` uses it, since pyinstrument samples only the thread it was started in."""


def run_threads(op: Callable[[str], None], names: Sequence[str], workers: int) -> Outcome:
    """``op(name)`` for every name, ``workers`` threads each taking its share; timed from a common start."""
    if workers == 1:  # in the calling thread (no hook: a profiler there already samples it)
        start, cpu = time.perf_counter(), cpu_seconds()
        for name in names:
            op(name)
        return Outcome(len(names), time.perf_counter() - start, cpu_seconds() - cpu)
    barrier = threading.Barrier(workers + 1)
    errors: list[BaseException] = []

    def loop(share: Sequence[str]) -> None:
        with thread_hook() if thread_hook else nullcontext():
            barrier.wait()
            try:
                for name in share:
                    op(name)
            except BaseException as e:
                errors.append(e)

    threads = [threading.Thread(target=loop, args=(names[i::workers],), daemon=True) for i in range(workers)]
    for thread in threads:
        thread.start()
    barrier.wait()
    start, cpu = time.perf_counter(), cpu_seconds()
    for thread in threads:
        thread.join()
    outcome = Outcome(len(names), time.perf_counter() - start, cpu_seconds() - cpu)
    if errors:
        raise errors[0]
    return outcome


async def run_tasks(op: Callable[[str], Awaitable[None]], names: Sequence[str], tasks: int) -> Outcome:
    """``await op(name)`` for every name, ``tasks`` tasks pulling from one queue of names."""
    pending: Iterator[str] = iter(names)

    async def loop() -> None:
        for name in pending:  # one event loop: tasks take turns on the shared iterator
            await op(name)

    start, cpu = time.perf_counter(), cpu_seconds()
    await asyncio.gather(*(loop() for _ in range(tasks)))
    return Outcome(len(names), time.perf_counter() - start, cpu_seconds() - cpu)


# --------------------------------------------------------------------------- the clients (worker side)


class SyncRunner:
    """One client shared by all threads; ``get(name)`` / ``put(name)`` do one operation."""

    def __init__(self, endpoint: str, bck: str, size: int, src: str, workers: int) -> None:
        self.endpoint, self.bck, self.size, self.src, self.workers = endpoint, bck, size, src, workers

    def check(self, name: str, got: int) -> None:
        if got != self.size:
            raise RuntimeError(f"GET {self.bck}/{name}: {got} bytes, expected {self.size}")

    def get(self, name: str) -> None:
        raise NotImplementedError

    def put(self, name: str) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class AisclientRunner(SyncRunner):
    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        import aisclient

        self.client = aisclient.Client(self.endpoint, verify_checksums=True)

    def get(self, name: str) -> None:
        self.check(name, len(self.client.get_object(self.bck, name).read_all()))

    def put(self, name: str) -> None:
        self.client.put_object(self.bck, name, self.src)

    def close(self) -> None:
        self.client.close()


class SdkRunner(SyncRunner):
    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        from aistore.sdk import Client

        self.bucket = Client(self.endpoint, max_pool_size=max(16, self.workers)).bucket(self.bck)

    def get(self, name: str) -> None:
        self.check(name, len(self.bucket.object(name).get_reader().read_all()))

    def put(self, name: str) -> None:
        self.bucket.object(name).get_writer().put_file(self.src)


class BareSocketRunner(SyncRunner):
    """The physical reference: HTTP/1.1 GET over raw keep-alive sockets, straight to the owning target.

    No checksum, no retries, no redirects: the owner of every object is computed up front from the
    cluster map (the project's HRW), and each thread keeps one socket per target.
    """

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        from aisclient._core.hrw import HrwMap

        with urllib.request.urlopen(f"{self.endpoint}/v1/daemon?what=smap", timeout=30) as response:
            hrw = HrwMap.from_smap(json.load(response))
        self.requests: dict[str, tuple[tuple[str, int], bytes]] = {}
        self._hrw = hrw
        self._local = threading.local()

    def route(self, names: Sequence[str]) -> None:
        """Precompute owner and request bytes per object (before timing)."""
        for name in names:
            url = urllib.parse.urlsplit(self._hrw.target_for_object(self.bck, name).direct_url)
            host, port = url.hostname or "", url.port or 80
            path = f"/v1/objects/{urllib.parse.quote(self.bck)}/{urllib.parse.quote(name)}"
            request = f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode()
            self.requests[name] = ((host, port), request)

    def _socket(self, address: tuple[str, int]) -> socket.socket:
        sockets: dict[tuple[str, int], socket.socket] = self._local.__dict__.setdefault("sockets", {})
        sock = sockets.get(address)
        if sock is None:
            sock = socket.create_connection(address, timeout=60)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sockets[address] = sock
        return sock

    def get(self, name: str) -> None:
        address, request = self.requests[name]
        sock = self._socket(address)
        sock.sendall(request)
        buf = b""
        while (end := buf.find(b"\r\n\r\n")) < 0:
            chunk = sock.recv(_RECV_SIZE)
            if not chunk:
                raise ConnectionError(f"GET {name}: connection closed before the response head")
            buf += chunk
        head, body = buf[:end], buf[end + 4 :]
        if not head.startswith(b"HTTP/1.1 200"):
            status_line = head.split(b"\r\n", 1)[0].decode(errors="replace")
            raise RuntimeError(f"GET {name}: {status_line}")
        length = -1
        for line in head.split(b"\r\n")[1:]:
            key, _, value = line.partition(b":")
            if key.strip().lower() == b"content-length":
                length = int(value)
                break
        if length < 0:
            raise RuntimeError(f"GET {name}: no Content-Length")
        while len(body) < length:
            chunk = sock.recv(_RECV_SIZE)
            if not chunk:
                raise ConnectionError(f"GET {name}: connection closed after {len(body)} of {length} bytes")
            body += chunk
        self.check(name, len(body))


class AsyncRunner:
    """One async client shared by all tasks."""

    def __init__(self, endpoint: str, bck: str, size: int) -> None:
        self.endpoint, self.bck, self.size = endpoint, bck, size

    def check(self, name: str, got: int) -> None:
        if got != self.size:
            raise RuntimeError(f"GET {self.bck}/{name}: {got} bytes, expected {self.size}")

    async def open(self) -> None:
        pass

    async def get(self, name: str) -> None:
        raise NotImplementedError

    async def close(self) -> None:
        pass


class AisclientAsyncRunner(AsyncRunner):
    async def open(self) -> None:
        import aisclient

        self.client = aisclient.AsyncClient(self.endpoint, verify_checksums=True)

    async def get(self, name: str) -> None:
        stream = await self.client.get_object(self.bck, name)
        self.check(name, len(await stream.read_all()))

    async def close(self) -> None:
        await self.client.close()


class ObstoreRunner(AsyncRunner):
    """obstore (Rust object_store) through AIS's S3 API, as its users would point it at AIS.

    Path-style addressing at ``<endpoint>/s3``, dummy credentials (a cluster without AuthN does not
    check S3 signatures), plain HTTP allowed; the proxy's 307 to the owning target is followed by
    obstore's HTTP client as it is: no cluster setting was changed for it.
    """

    async def open(self) -> None:
        from obstore.store import S3Store

        self.store = S3Store(
            self.bck,
            endpoint=f"{self.endpoint}/s3",
            region="us-east-1",
            virtual_hosted_style_request=False,
            access_key_id="dummy",
            secret_access_key="dummy",
            client_options={"allow_http": True},
        )

    async def get(self, name: str) -> None:
        import obstore

        result = await obstore.get_async(self.store, name)
        self.check(name, len(await result.bytes_async()))


SYNC_RUNNERS: dict[str, Callable[..., SyncRunner]] = {
    "aisclient": AisclientRunner,
    "sdk": SdkRunner,
    "bare-socket": BareSocketRunner,
}
ASYNC_RUNNERS: dict[str, Callable[..., AsyncRunner]] = {
    "aisclient": AisclientAsyncRunner,
    "obstore": ObstoreRunner,
}


def warmup_names(names: Sequence[str], workers: int) -> list[str]:
    """Enough operations to open every connection the timed run will use."""
    return list(names[: min(len(names), 2 * workers)])


def run_sync(spec: dict[str, Any], row: Variant, names: Sequence[str]) -> Outcome:
    runner = SYNC_RUNNERS[row.client](spec["endpoint"], spec["bucket"], spec["size"], spec["src"], row.workers)
    try:
        if row.op == "get":
            if isinstance(runner, BareSocketRunner):
                runner.route(names)
            run_threads(runner.get, warmup_names(names, row.workers), row.workers)
            return run_threads(runner.get, names, row.workers)
        run_threads(runner.put, [f"warmup-{n}" for n in warmup_names(names, row.workers)], row.workers)
        return run_threads(runner.put, names, row.workers)
    finally:
        runner.close()


async def run_async(spec: dict[str, Any], row: Variant, names: Sequence[str]) -> Outcome:
    runner = ASYNC_RUNNERS[row.client](spec["endpoint"], spec["bucket"], spec["size"])
    await runner.open()
    try:
        await run_tasks(runner.get, warmup_names(names, row.workers), row.workers)
        return await run_tasks(runner.get, names, row.workers)
    finally:
        await runner.close()


def run_variant(spec: dict[str, Any]) -> dict[str, float]:
    """One row in this (fresh) process: ``bench.py --worker '{"kind": "concurrent", ...}'``.

    ``spec``: ``variant`` (a key of VARIANTS), ``endpoint``, ``bucket``, ``size``, ``src`` (the file PUT
    sends), ``prefix`` and ``count`` (the object names, as :func:`object_names` makes them; for a PUT,
    the names to write).
    """
    row = variant(spec["variant"])
    names = object_names(int(spec["count"]), spec["prefix"])
    if row.style == "async":
        return asyncio.run(run_async(spec, row, names)).as_dict()
    return run_sync(spec, row, names).as_dict()
