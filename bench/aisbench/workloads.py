"""The workloads, written once against :class:`~aisbench.peers.Peer`.

Each round runs every peer back to back (so cluster drift hits all of them
alike); the first round is a warm-up and is not recorded. Large-object and
listing operations run in a fresh interpreter per measurement (``bench.py
--worker``), so that one peer's memory never shows up in another's RSS.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil

from . import concurrency
from .aisloader import Aisloader, OpStats
from .peers import PEER_CLASSES, POOL_SIZE, Peer, PeerUnavailable, SetupPeer

ROOT = Path(__file__).resolve().parents[2]
BENCH_SCRIPT = ROOT / "scripts" / "bench.py"
BUCKET_PREFIX = "bench-"
KiB, MiB, GiB = 1 << 10, 1 << 20, 1 << 30
CONCURRENCY = 16
SETTLE_TIMEOUT_S = 30.0
SETTLE_SAMPLE_S = 0.3
SETTLE_IDLE_PERCENT = 10.0
"""Machine-wide CPU (all cores) under which a measurement may start: see :meth:`Bench.settle`."""
PARALLEL_WORKERS = 8
"""Range readers per parallel download."""


@dataclass(frozen=True)
class Mode:
    name: str
    small_size: int
    small_sequential: int
    small_concurrent: int
    large_size: int
    list_count: int
    copy_count: int
    repeats: int
    parallel_size: int = 1 * GiB
    """The object of the parallel-get workload."""
    part_size: int = 16 * MiB
    """Bytes per range request in parallel-get."""
    dir_files: int = 10_000
    """Files (of ``small_size``) in the dir workload's folder."""
    warmup: bool = True
    overlap_copy: bool = False
    """Smoke only: AIS takes ~13 s to finish any copy job, so run the peers' copies at the same
    time, in the background of the other workloads. The copy timings are then not meaningful."""


MODES = {
    "default": Mode("default", 4 * KiB, 1000, 3000, 1 * GiB, 100_000, 10_000, repeats=3),
    "quick": Mode(
        "quick", 4 * KiB, 200, 800, 256 * MiB, 20_000, 2_000, repeats=3, parallel_size=256 * MiB, dir_files=2_000
    ),
    "smoke": Mode(
        "smoke",
        4 * KiB,
        20,
        64,
        4 * MiB,
        300,
        50,
        repeats=1,
        parallel_size=16 * MiB,
        part_size=2 * MiB,
        dir_files=100,
        warmup=False,
        overlap_copy=True,
    ),
}

WORKLOADS = ("small", "concurrent", "large", "parallel-get", "parallel-put", "dir", "list", "copy")


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    unit: str
    higher_is_better: bool


def size_label(n: int) -> str:
    for unit, scale in (("GiB", GiB), ("MiB", MiB), ("KiB", KiB)):
        if n >= scale and n % scale == 0:
            return f"{n // scale} {unit}"
    return f"{n} B"


def ops_metric(op: str, mode: Mode, workers: int) -> Metric:
    how = "sequential" if workers == 1 else f"{workers} threads"
    return Metric(
        f"small.{op}.{'seq' if workers == 1 else f'conc{workers}'}",
        f"{size_label(mode.small_size)} {op.upper()}, {how}",
        "ops/s",
        True,
    )


def large_metrics(op: str, mode: Mode) -> tuple[Metric, Metric]:
    what = f"{size_label(mode.large_size)} {op.upper()} {'from' if op == 'put' else 'to'} file"
    return (
        Metric(f"large.{op}.throughput", what, "MB/s", True),
        Metric(f"large.{op}.rss", f"{what}: peak RSS growth", "MiB", False),
    )


def parallel_get_metrics(parallel: bool, mode: Mode) -> tuple[Metric, Metric]:
    """Throughput (the row that says which API each peer uses) and peak RSS growth of one saved object."""
    base = f"{size_label(mode.parallel_size)} GET to file, "
    if parallel:
        key = "parallel-get.parallel"
        base += f"{PARALLEL_WORKERS} parallel {size_label(mode.part_size)} ranges"
        how = " (aisclient download_object(workers); sdk get_reader(num_workers): forked processes)"
        rss = ": peak RSS growth (this process: sdk's forked workers not counted)"
    else:
        key = "parallel-get.single"
        base += "one stream"
        how = " (aisclient download_object(workers=1); aisloader: -filelist GET)"
        rss = ": peak RSS growth"
    return Metric(f"{key}.throughput", base + how, "MB/s", True), Metric(f"{key}.rss", base + rss, "MiB", False)


def parallel_put_metrics(parallel: bool, mode: Mode) -> tuple[Metric, Metric]:
    """Throughput and peak RSS growth of one large file uploaded as parallel parts or as one PUT."""
    base = f"{size_label(mode.parallel_size)} PUT from file, "
    if parallel:
        key = "parallel-put.parallel"
        base += f"multipart, {PARALLEL_WORKERS} parallel {size_label(mode.part_size)} parts"
        how = " (aisclient put_object(workers); sdk multipart_upload() parts in a thread pool)"
    else:
        key = "parallel-put.single"
        base += "one PUT"
        how = " (aisclient put_object(multipart_threshold=None); sdk put_file)"
    return Metric(f"{key}.throughput", base + how, "MB/s", True), Metric(
        f"{key}.rss", base + ": peak RSS growth", "MiB", False
    )


def dir_metric(op: str, mode: Mode) -> Metric:
    files = f"{mode.dir_files:,} x {size_label(mode.small_size)}"
    if op == "put":
        label = (
            f"upload_dir, {files} files, {CONCURRENCY} workers "
            "(aisclient: one listing for skip_existing + PUT; sdk put_files: sequential, has no concurrency option; "
            "aisloader: PUT)"
        )
    else:
        label = (
            f"download_dir, {files} objects, {CONCURRENCY} workers "
            "(sdk: list_objects_iter + get_reader in a thread pool; aisloader: GET)"
        )
    return Metric(f"dir.{op}.files", label, "files/s", True)


def list_metrics(op: str, mode: Mode) -> tuple[Metric, Metric]:
    what = f"{'list_all_objects' if op == 'list_all' else 'list_objects_iter'}, {mode.list_count:,} objects"
    key = op.removeprefix("list_").removesuffix("_count")
    return (
        Metric(f"list.{key}.seconds", what, "s", False),
        Metric(f"list.{key}.rss", f"{what}: peak RSS growth", "MiB", False),
    )


def copy_metric(mode: Mode) -> Metric:
    return Metric("copy.seconds", f"copy bucket of {mode.copy_count:,} objects, until finished seen", "s", False)


@dataclass
class Results:
    metrics: dict[str, Metric] = field(default_factory=dict)
    samples: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    failed: set[tuple[str, str]] = field(default_factory=set)

    def add(self, metric: Metric, peer: str, value: float) -> None:
        self.metrics.setdefault(metric.key, metric)
        self.samples.setdefault(metric.key, {}).setdefault(peer, []).append(value)

    def fail(self, metric: Metric, peer: str, error: BaseException) -> None:
        self.metrics.setdefault(metric.key, metric)
        self.failed.add((metric.key, peer))
        self.errors.append(f"{metric.key} [{peer}]: {type(error).__name__}: {error}")
        print(f"[bench] ERROR {self.errors[-1]}", file=sys.stderr, flush=True)

    def summary(self, metric_key: str, peer: str) -> dict[str, float] | None:
        values = self.samples.get(metric_key, {}).get(peer)
        if not values:
            return None
        return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


# --------------------------------------------------------------------------- memory (worker side)


def _reset_peak_rss() -> bool:
    """Make the kernel's peak-RSS mark (VmHWM) start again from the current RSS."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _peak_rss() -> int:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * KiB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * KiB  # Linux reports KiB


def _current_rss() -> int:
    return int(psutil.Process().memory_info().rss)


def rss_growth_mib(worker_outcome: dict[str, Any]) -> float:
    return float(worker_outcome["rss_growth"]) / MiB


def run_worker(spec: dict[str, Any]) -> dict[str, Any]:
    """One measured operation in this (fresh) process: ``bench.py --worker SPEC``."""
    if spec.get("kind") == "concurrent":
        return concurrency.run_variant(spec)
    peer = PEER_CLASSES[spec["peer"]](spec["endpoint"])
    try:
        operation = getattr(peer, spec["op"])
        _reset_peak_rss()
        before = _current_rss()
        start = time.perf_counter()
        result = operation(*spec["args"])
        seconds = time.perf_counter() - start
        growth = max(0, _peak_rss() - before)
    finally:
        peer.close()
    return {"seconds": seconds, "rss_growth": growth, "result": result}


# --------------------------------------------------------------------------- the runner


def _call(args: tuple[Any, ...], fn: Callable[..., Any]) -> Any:
    return fn(*args)


class Bench:
    def __init__(
        self,
        endpoint: str,
        mode: Mode,
        peers: Sequence[Peer],
        aisloader: Aisloader | None,
        workdir: Path,
        reference_clients: Sequence[str] = concurrency.REFERENCE_CLIENTS,
    ) -> None:
        self.endpoint = endpoint
        self.reference_clients = list(reference_clients)
        """Clients of the concurrency workload only (obstore, bare sockets) that this run includes."""
        self.mode = mode
        self.peers = list(peers)
        self.aisloader = aisloader
        self.workdir = workdir
        self.admin = SetupPeer(endpoint)
        self.pool = ThreadPoolExecutor(max(CONCURRENCY, POOL_SIZE))
        self.results = Results()
        self.created_buckets: set[str] = set()
        self.run_id = str(os.getpid())

    # ----------------------------------------------------------------- plumbing

    def rounds(self) -> Iterator[bool]:
        """Yields ``record`` per round: False for the warm-up, then True per repeat."""
        if self.mode.warmup:
            yield False
        for _ in range(self.mode.repeats):
            yield True

    def peers_with(self, op: str) -> list[Peer]:
        return [p for p in self.peers if op in p.ops]

    def measure(
        self, metric: Metric, peer: str, record: bool, figure: Callable[..., float], *args: Any
    ) -> float | None:
        """Compute ``figure(*args)``; record it, or the error, under ``metric``."""
        if (metric.key, peer) in self.results.failed:
            return None
        self.settle()
        try:
            value = figure(*args)
        except Exception as e:
            self.results.fail(metric, peer, e)
            return None
        if record:
            self.results.add(metric, peer, value)
        return value

    def settle(self) -> None:
        """Wait (up to SETTLE_TIMEOUT_S) until this machine is nearly idle before a measurement.

        Whoever ran first after a bucket was destroyed or thousands of objects written competed with
        the cluster's own background work (removing the bucket's files, writing back dirty pages):
        aisclient's upload_dir measured 677 files/s after the other peers' rounds and 1,262 alone.
        """
        if self.mode.name == "smoke":
            return
        os.sync()
        deadline = time.monotonic() + SETTLE_TIMEOUT_S
        while psutil.cpu_percent(interval=SETTLE_SAMPLE_S) > SETTLE_IDLE_PERCENT:
            if time.monotonic() > deadline:
                print("[bench] machine still busy; measuring anyway", file=sys.stderr, flush=True)
                return

    def bucket(self, suffix: str, create: bool = True) -> str:
        """A bucket of this run (destroyed by :meth:`cleanup`); ``create=False`` only reserves the name."""
        name = f"{BUCKET_PREFIX}{self.run_id}-{suffix}"
        self.destroy_bucket(name)
        self.created_buckets.add(name)
        if create:
            self.admin.http.post(f"/v1/buckets/{name}", json={"action": "create-bck"}).raise_for_status()
        return name

    def destroy_bucket(self, name: str) -> None:
        self.created_buckets.discard(name)
        response = self.admin.http.request("DELETE", f"/v1/buckets/{name}", json={"action": "destroy-bck"})
        if response.status_code not in (200, 404):
            response.raise_for_status()

    def cleanup(self) -> None:
        for name in sorted(self.created_buckets):
            try:
                self.destroy_bucket(name)
            except httpx.HTTPError as e:
                print(f"[bench] could not destroy {name}: {e}", file=sys.stderr)
        self.admin.close()
        self.pool.shutdown()

    def timed(self, fn: Callable[..., Any], calls: Sequence[tuple[Any, ...]], workers: int) -> float:
        start = time.perf_counter()
        if workers == 1:
            for args in calls:
                fn(*args)
        else:
            for _ in self.pool.map(_call, calls, [fn] * len(calls)):
                pass
        return time.perf_counter() - start

    def in_worker(self, peer: str, op: str, *args: Any) -> dict[str, Any]:
        return self.run_worker_process({"peer": peer, "op": op, "endpoint": self.endpoint, "args": list(args)})

    def run_worker_process(self, spec: dict[str, Any]) -> dict[str, Any]:
        """``bench.py --worker SPEC`` in a fresh interpreter; returns the JSON it prints last."""
        what = f"{spec['peer']}.{spec['op']}" if "peer" in spec else spec["variant"]
        proc = subprocess.run(
            [sys.executable, str(BENCH_SCRIPT), "--worker", json.dumps(spec)],
            capture_output=True,
            text=True,
            timeout=3600,
            check=False,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"worker {what} failed (rc={proc.returncode}):\n{proc.stderr[-3000:]}")
        return dict(json.loads(proc.stdout.strip().splitlines()[-1]))

    def data_file(self, size: int) -> Path:
        path = self.workdir / f"data-{size}.bin"
        if not path.exists():
            with open(path, "wb") as f:
                remaining = size
                while remaining:
                    block = os.urandom(min(remaining, 8 * MiB))
                    f.write(block)
                    remaining -= len(block)
        return path

    def populate(self, bck: str, count: int, size: int) -> int:
        """Fill ``bck`` with ``count`` objects (untimed); returns how many it then lists."""
        if self.aisloader is not None:
            self.aisloader.put(bck, count, size, workers=32)
        else:
            src = str(self.data_file(size))
            self.timed(self.admin.put_file, [(bck, f"obj-{i:07d}", src) for i in range(count)], CONCURRENCY)
        return self.admin.list_iter_count(bck)

    def expect(self, what: str, got: int, want: int) -> None:
        if got != want:
            raise RuntimeError(f"{what}: got {got}, expected {want}")

    # ----------------------------------------------------------------- workloads

    def run(self, workloads: Sequence[str]) -> Results:
        background = None
        if self.mode.overlap_copy and "copy" in workloads:
            background = threading.Thread(target=self.run_workload, args=("copy",), name="copy-workload")
            background.start()
        for name in workloads:
            if name != "copy" or background is None:
                self.run_workload(name)
        if background is not None:
            background.join()
        return self.results

    def run_workload(self, name: str) -> None:
        print(f"[bench] workload {name}: started", file=sys.stderr, flush=True)
        started = time.monotonic()
        try:
            getattr(self, f"workload_{name.replace('-', '_')}")()
        except Exception as e:  # setup failures; per-peer errors are recorded by measure()
            self.results.errors.append(f"{name}: {type(e).__name__}: {e}")
            print(f"[bench] ERROR {self.results.errors[-1]}", file=sys.stderr, flush=True)
        print(f"[bench] workload {name}: done in {time.monotonic() - started:.1f}s", file=sys.stderr, flush=True)

    def workload_small(self) -> None:
        mode = self.mode
        src = str(self.data_file(mode.small_size))
        read_bck = self.bucket("small-read")
        names = [f"obj-{i:06d}" for i in range(max(mode.small_sequential, mode.small_concurrent))]
        self.timed(self.admin.put_file, [(read_bck, n, src) for n in names], CONCURRENCY)
        for workers, count in ((1, mode.small_sequential), (CONCURRENCY, mode.small_concurrent)):
            for record in self.rounds():
                self._small_round(record, workers, read_bck, names[:count], src)

    def _small_round(self, record: bool, workers: int, read_bck: str, names: list[str], src: str) -> None:
        write_bck = self.bucket(f"small-write-{workers}")
        reads = [(read_bck, name) for name in names]
        for peer in self.peers_with("put_file"):
            writes = [(write_bck, f"{peer.name}/{name}", src) for name in names]
            self.measure(
                ops_metric("put", self.mode, workers), peer.name, record, self.ops_per_s, peer.put_file, writes, workers
            )
        for peer in self.peers_with("get_bytes"):
            self.measure(
                ops_metric("get", self.mode, workers),
                peer.name,
                record,
                self.ops_per_s,
                self._checked_get(peer),
                reads,
                workers,
            )
        for peer in self.peers_with("head"):
            self.measure(
                ops_metric("head", self.mode, workers), peer.name, record, self.ops_per_s, peer.head, reads, workers
            )
        self.destroy_bucket(write_bck)
        self._aisloader_put_get(
            record,
            self.bucket(f"aisloader-small-{workers}", create=False),
            len(names),
            self.mode.small_size,
            workers,
            {op: ops_metric(op, self.mode, workers) for op in ("put", "get")},
            OpStats.ops_per_s,
        )

    def ops_per_s(self, fn: Callable[..., Any], calls: Sequence[tuple[Any, ...]], workers: int) -> float:
        return len(calls) / self.timed(fn, calls, workers)

    def _checked_get(self, peer: Peer) -> Callable[[str, str], None]:
        size = self.mode.small_size

        def get(bck: str, obj: str) -> None:
            self.expect(f"{peer.name} GET {bck}/{obj} length", peer.get_bytes(bck, obj), size)

        return get

    def _aisloader_put_get(
        self,
        record: bool,
        bck: str,
        count: int,
        size: int,
        workers: int,
        metrics: dict[str, Metric],
        figure: Callable[[OpStats], float],
    ) -> None:
        """aisloader PUTs ``count`` objects into a fresh bucket, then GETs them all once."""
        loader = self.aisloader
        if loader is None:
            return
        try:
            self.measure(metrics["put"], loader.name, record, lambda: figure(loader.put(bck, count, size, workers)))
            self.measure(metrics["get"], loader.name, record, lambda: figure(loader.get_all(bck, workers)))
        finally:
            self.destroy_bucket(bck)

    def concurrent_variants(self) -> list[concurrency.Variant]:
        """The rows of the concurrency workload whose client this run includes."""
        clients = {p.name for p in self.peers} | set(self.reference_clients)
        if self.aisloader is not None:
            clients.add(self.aisloader.name)
        return [row for row in concurrency.VARIANTS if row.client in clients]

    def workload_concurrent(self) -> None:
        """Every row reads the same objects (or writes as many) on the same cluster, one after the other."""
        mode = self.mode
        src = str(self.data_file(mode.small_size))
        read_bck = self.bucket("concurrent-read")
        names = concurrency.object_names(mode.small_concurrent)
        self.timed(self.admin.put_file, [(read_bck, n, src) for n in names], CONCURRENCY)
        self.expect("concurrent-read objects", self.admin.list_iter_count(read_bck), len(names))
        rows = self.concurrent_variants()
        for record in self.rounds():
            write_bck = self.bucket("concurrent-write")
            try:
                for row in rows:
                    count = mode.small_sequential if row.sequential else mode.small_concurrent
                    self._concurrent_row(row, record, read_bck if row.op == "get" else write_bck, count, src)
            finally:
                self.destroy_bucket(write_bck)

    def _concurrent_row(self, row: concurrency.Variant, record: bool, bck: str, count: int, src: str) -> None:
        """ops/s and client CPU per op of one row: a fresh process for Python, aisloader's own run for it."""
        size = self.mode.small_size
        what = f"{size_label(size)} {row.op.upper()}, {row.label}"
        ops = Metric(concurrency.ops_metric_key(row.key), what, "ops/s", True)
        cpu = Metric(concurrency.cpu_metric_key(row.key), f"{what}: client CPU per op", "µs/op", False)
        outcome: dict[str, Any] = {}

        def run() -> float:
            if row.client == Aisloader.name:
                assert self.aisloader is not None
                if row.op == "get":
                    stats = self.aisloader.get_all(bck, row.workers)  # the whole read bucket, once
                else:
                    stats = self.aisloader.put(bck, count, size, row.workers)
                if stats.count < count:
                    raise RuntimeError(f"aisloader {row.op}: {stats.count} ops, expected {count}")
                outcome.update(ops=stats.count, seconds=stats.seconds, cpu_seconds=stats.cpu_seconds)
            else:
                spec = {
                    "kind": "concurrent",
                    "variant": row.key,
                    "endpoint": self.endpoint,
                    "bucket": bck,
                    "size": size,
                    "src": src,
                    "prefix": concurrency.NAME_PREFIX if row.op == "get" else f"{row.key}/",
                    "count": count,
                }
                outcome.update(self.run_worker_process(spec))
            return float(outcome["ops"]) / float(outcome["seconds"])

        if self.measure(ops, row.client, record, run) is not None and outcome.get("cpu_seconds") is not None:
            self.measure(cpu, row.client, record, lambda: float(outcome["cpu_seconds"]) / float(outcome["ops"]) * 1e6)

    def workload_large(self) -> None:
        mode = self.mode
        src = str(self.data_file(mode.large_size))
        bck = self.bucket("large")
        self.admin.put_file(bck, "large-read", src)

        def throughput(outcome: dict[str, Any]) -> float:
            if outcome["result"] is not None:  # GET returns the bytes written
                self.expect("GET-to-file length", outcome["result"], mode.large_size)
            return mode.large_size / 1e6 / float(outcome["seconds"])

        for record in self.rounds():
            for peer in self.peers_with("put_file"):
                args = (bck, f"large-put-{peer.name}", src)
                self._measure_in_worker(peer.name, record, large_metrics("put", mode), throughput, "put_file", *args)
            for peer in self.peers_with("get_to_file"):
                dst = self.workdir / f"large-get-{peer.name}.bin"
                try:
                    args = (bck, "large-read", str(dst))
                    self._measure_in_worker(
                        peer.name, record, large_metrics("get", mode), throughput, "get_to_file", *args
                    )
                finally:
                    dst.unlink(missing_ok=True)
            # aisloader's read-only pass needs two objects; it moves them one at a time.
            self._aisloader_put_get(
                record,
                self.bucket("aisloader-large", create=False),
                2,
                mode.large_size,
                1,
                {op: large_metrics(op, mode)[0] for op in ("put", "get")},
                OpStats.mb_per_s,
            )

    def _measure_in_worker(
        self,
        peer: str,
        record: bool,
        metrics: tuple[Metric, Metric],
        figure: Callable[[dict[str, Any]], float],
        op: str,
        *args: Any,
    ) -> None:
        """Run ``op`` in a fresh process: ``figure(outcome)`` goes to ``metrics[0]``, RSS growth to ``metrics[1]``."""
        outcome: dict[str, Any] = {}

        def run() -> float:
            outcome.update(self.in_worker(peer, op, *args))
            return figure(outcome)

        if self.measure(metrics[0], peer, record, run) is not None:
            self.measure(metrics[1], peer, record, rss_growth_mib, outcome)

    def workload_parallel_get(self) -> None:
        """One large object saved to a file: parallel range reads against one stream, each in a fresh process."""
        mode = self.mode
        bck = self.bucket("parallel-get")
        obj = "parallel-read"
        self.admin.put_file(bck, obj, str(self.data_file(mode.parallel_size)))

        def throughput(dst: Path) -> Callable[[dict[str, Any]], float]:
            def figure(outcome: dict[str, Any]) -> float:
                self.expect("parallel-get bytes written", int(outcome["result"]), mode.parallel_size)
                self.expect("parallel-get file size", dst.stat().st_size, mode.parallel_size)
                return mode.parallel_size / 1e6 / float(outcome["seconds"])

            return figure

        for record in self.rounds():
            for parallel, op in ((True, "download_parallel"), (False, "download_single")):
                metrics = parallel_get_metrics(parallel, mode)
                extra = (PARALLEL_WORKERS, mode.part_size) if parallel else ()
                for peer in self.peers_with(op):
                    dst = self.workdir / f"parallel-get-{peer.name}.bin"
                    try:
                        self._measure_in_worker(
                            peer.name, record, metrics, throughput(dst), op, bck, obj, str(dst), *extra
                        )
                    finally:
                        dst.unlink(missing_ok=True)
            if self.aisloader is not None:  # it has no parallel-range GET: one stream, the native reference
                metric = parallel_get_metrics(False, mode)[0]
                self.measure(metric, self.aisloader.name, record, self._aisloader_get_one, bck, obj)

    def workload_parallel_put(self) -> None:
        """One large file uploaded: a multipart upload of parallel parts against one PUT, each in a fresh process."""
        mode = self.mode
        bck = self.bucket("parallel-put")
        src = str(self.data_file(mode.parallel_size))

        def throughput(obj: str) -> Callable[[dict[str, Any]], float]:
            def figure(outcome: dict[str, Any]) -> float:
                self.expect("parallel-put bytes sent", int(outcome["result"]), mode.parallel_size)
                self.expect("parallel-put stored size", self.admin.object_size(bck, obj), mode.parallel_size)
                return mode.parallel_size / 1e6 / float(outcome["seconds"])

            return figure

        for record in self.rounds():
            for parallel, op in ((True, "upload_parallel"), (False, "upload_single")):
                metrics = parallel_put_metrics(parallel, mode)
                extra = (PARALLEL_WORKERS, mode.part_size) if parallel else ()
                for peer in self.peers_with(op):
                    obj = f"{op}-{peer.name}"
                    self._measure_in_worker(peer.name, record, metrics, throughput(obj), op, bck, obj, src, *extra)

    def _aisloader_get_one(self, bck: str, obj: str) -> float:
        assert self.aisloader is not None
        # Named twice: a read-only epoch pass refuses a list of fewer than two names.
        return self.aisloader.get_named(bck, [obj, obj], 1, self.workdir / "aisloader-names.txt").mb_per_s()

    def workload_dir(self) -> None:
        """A flat folder of small files uploaded to a prefix, and a prefix downloaded to a folder."""
        mode = self.mode
        local = self.workdir / "dir-src"
        local.mkdir(exist_ok=True)
        for i in range(mode.dir_files):
            (local / f"file-{i:06d}.bin").write_bytes(os.urandom(mode.small_size))
        read_bck = self.bucket("dir-read")
        prefix = "data/"
        self.admin.upload_dir(str(local), read_bck, prefix, CONCURRENCY)
        self.expect("dir-read objects", self.admin.list_iter_count(read_bck), mode.dir_files)
        metrics = {op: dir_metric(op, mode) for op in ("put", "get")}
        try:
            for record in self.rounds():
                write_bck = self.bucket("dir-write")
                for peer in self.peers_with("upload_dir"):
                    self.measure(
                        metrics["put"], peer.name, record, self._dir_upload, peer, str(local), write_bck, peer.name
                    )
                self.destroy_bucket(write_bck)
                for peer in self.peers_with("download_dir"):
                    dst = self.workdir / f"dir-get-{peer.name}"
                    try:
                        self.measure(metrics["get"], peer.name, record, self._dir_download, peer, read_bck, dst, prefix)
                    finally:
                        shutil.rmtree(dst, ignore_errors=True)
                self._aisloader_put_get(
                    record,
                    self.bucket("aisloader-dir", create=False),
                    mode.dir_files,
                    mode.small_size,
                    CONCURRENCY,
                    metrics,
                    OpStats.ops_per_s,
                )
        finally:
            shutil.rmtree(local, ignore_errors=True)

    def _dir_upload(self, peer: Peer, local: str, bck: str, name: str) -> float:
        prefix = f"{name}/"
        start = time.perf_counter()
        uploaded = peer.upload_dir(local, bck, prefix, CONCURRENCY)
        seconds = time.perf_counter() - start
        self.expect(f"{peer.name} upload_dir: files reported", uploaded, self.mode.dir_files)
        self.expect(f"{peer.name} upload_dir: objects stored", self.admin.count_prefix(bck, prefix), uploaded)
        return uploaded / seconds

    def _dir_download(self, peer: Peer, bck: str, dst: Path, prefix: str) -> float:
        start = time.perf_counter()
        downloaded = peer.download_dir(bck, str(dst), prefix, CONCURRENCY)
        seconds = time.perf_counter() - start
        self.expect(f"{peer.name} download_dir: objects reported", downloaded, self.mode.dir_files)
        files = [e for e in os.scandir(dst) if e.is_file() and e.stat().st_size == self.mode.small_size]
        self.expect(f"{peer.name} download_dir: complete files written", len(files), downloaded)
        return downloaded / seconds

    def workload_list(self) -> None:
        mode = self.mode
        bck = self.bucket("list")
        expected = self.populate(bck, mode.list_count, 1)

        def seconds(outcome: dict[str, Any]) -> float:
            self.expect("listed objects", outcome["result"], expected)
            return float(outcome["seconds"])

        for record in self.rounds():
            for op in ("list_all", "list_iter_count"):
                for peer in self.peers_with(op):
                    self._measure_in_worker(peer.name, record, list_metrics(op, mode), seconds, op, bck)

    def workload_copy(self) -> None:
        mode = self.mode
        src = self.bucket("copy-src")
        expected = self.populate(src, mode.copy_count, mode.small_size)
        metric = copy_metric(mode)
        for record in self.rounds():
            jobs = [
                (peer, self.bucket(f"copy-dst-{peer.name}", create=False))
                for peer in self.peers_with("copy_bucket_and_wait")
            ]

            def copy(job: tuple[Peer, str], record: bool = record) -> None:
                peer, dst = job
                self.measure(metric, peer.name, record, self._timed_copy, peer, src, dst, expected)

            try:
                if mode.overlap_copy:
                    with ThreadPoolExecutor(len(jobs) or 1) as copiers:
                        list(copiers.map(copy, jobs))
                else:
                    for job in jobs:
                        copy(job)
            finally:
                for _, dst in jobs:
                    self.destroy_bucket(dst)

    def _timed_copy(self, peer: Peer, src: str, dst: str, expected: int) -> float:
        start = time.perf_counter()
        peer.copy_bucket_and_wait(src, dst)
        seconds = time.perf_counter() - start
        self.expect(f"{peer.name} copy: objects in {dst}", self.admin.list_iter_count(dst), expected)
        return seconds


def make_peers(endpoint: str, names: Sequence[str]) -> tuple[list[Peer], list[str]]:
    """Instantiate the named peers; returns (usable peers, one line per peer skipped)."""
    peers, skipped = [], []
    for name in names:
        try:
            peers.append(PEER_CLASSES[name](endpoint))
        except PeerUnavailable as e:
            skipped.append(f"{name}: skipped, {e}")
    return peers, skipped
