#!/usr/bin/env python3
"""Benchmark aisclient against its peers on one AIS cluster.

Peers: aisclient (ours), the official SDK (normal API, and direct=True GET),
aisloader (Go, the native ceiling) and raw httpx. Workloads: small objects
(PUT/GET/HEAD, sequential and 16 threads), concurrent (4 KiB GET and PUT with
one client under 1/16/64 threads and 256 asyncio tasks, against the SDK,
obstore through AIS's /s3 API, aisloader and a bare-socket Python loop: ops/s,
client CPU per op and the goal ratios of issue 13), one large object (PUT from / GET to
a file: MB/s and peak RSS growth), parallel-get (one large object saved with 8
parallel range reads vs one stream: MB/s and peak RSS growth), parallel-put (one
large file uploaded as 8 parallel multipart parts vs one PUT), dir (a folder of
small files uploaded to a prefix and a prefix downloaded to a folder, 16
workers: files/s), listing, and bucket copy.

    python scripts/bench.py                  # full sizes (1 GiB objects, 10k-file dir, 100k listing)
    python scripts/bench.py --quick          # 256 MiB objects, smaller counts
    python scripts/bench.py --smoke          # tiny, 1 repeat, < 60 s; exits 1 on any error
    python scripts/bench.py --endpoint URL   # use a running cluster (or AIS_ENDPOINT)
    python scripts/bench.py --workloads parallel-get,dir
    python scripts/bench.py --profile small-get [--profile-peer sdk]
    python scripts/bench.py --profile concurrent-get   # 16 threads on one Client, every thread sampled

Without an endpoint it starts a LocalCluster (scripts/cluster.py) and stops it
after. Buckets it creates are named bench-<pid>-* and destroyed at the end.
Results: a table on stdout, JSON in bench/results/<UTC timestamp>-<mode>.json
and a chart of our ratio to each peer beside it (.png); a non-smoke run also
writes bench/results/latest.png (the chart the README shows).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from aisbench import concurrency  # noqa: E402
from aisbench.aisloader import Aisloader, find_binary  # noqa: E402
from aisbench.chart import write_chart  # noqa: E402
from aisbench.peers import OURS, PEER_CLASSES, Peer  # noqa: E402
from aisbench.report import render_table, to_json, write_json  # noqa: E402
from aisbench.workloads import (  # noqa: E402
    CONCURRENCY,
    MODES,
    PARALLEL_WORKERS,
    WORKLOADS,
    Bench,
    Mode,
    make_peers,
    run_worker,
)

RESULTS_DIR = ROOT / "bench" / "results"
RAM_DIR = Path("/dev/shm")
PYTHON_PEERS = (OURS, "sdk", "sdk-direct", "httpx")
LATEST_CHART = RESULTS_DIR / "latest.png"


@contextlib.contextmanager
def cluster_endpoint(explicit: str | None) -> Iterator[str]:
    endpoint = explicit or os.environ.get("AIS_ENDPOINT")
    if endpoint:
        yield endpoint.rstrip("/")
        return
    from cluster import LocalCluster

    with LocalCluster() as cluster:
        yield cluster.endpoint


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sizes = ap.add_mutually_exclusive_group()
    sizes.add_argument("--quick", action="store_true", help="256 MiB large object, smaller counts")
    sizes.add_argument("--smoke", action="store_true", help="tiny sizes, 1 repeat: proves the harness works")
    ap.add_argument("--endpoint", help="AIS proxy URL (default: $AIS_ENDPOINT, else start a local cluster)")
    ap.add_argument("--workloads", default=",".join(WORKLOADS), help=f"comma list of {', '.join(WORKLOADS)}")
    ap.add_argument(
        "--peers",
        default=",".join((*PYTHON_PEERS, "aisloader", *concurrency.REFERENCE_CLIENTS)),
        help="comma list of peers (obstore and bare-socket: the concurrent workload only)",
    )
    ap.add_argument("--repeats", type=int, help="override the mode's repeat count")
    ap.add_argument("--baseline", action="store_true", help="also write bench/results/baseline.json")
    ap.add_argument("--output", type=Path, help="JSON path (default bench/results/<timestamp>.json)")
    ap.add_argument("--profile", choices=sorted(PROFILE_TARGETS), help="profile one workload under pyinstrument")
    ap.add_argument("--profile-peer", default=OURS, choices=PYTHON_PEERS)
    ap.add_argument("--worker", help=argparse.SUPPRESS)  # internal: one measured op in a fresh process
    return ap.parse_args(argv)


def scratch_dir(mode: Mode) -> tempfile.TemporaryDirectory[str]:
    """Local files (sources, GET targets) go to RAM when it has room: disk writeback was the worst noise."""
    largest = max(mode.large_size, mode.parallel_size)
    in_ram = RAM_DIR.is_dir() and shutil.disk_usage(RAM_DIR).free > 4 * largest
    return tempfile.TemporaryDirectory(prefix="aisbench-", dir=RAM_DIR if in_ram else None)


def selected_mode(args: argparse.Namespace) -> Mode:
    mode = MODES["smoke" if args.smoke else "quick" if args.quick else "default"]
    if args.repeats:
        mode = Mode(**{**mode.__dict__, "repeats": args.repeats})
    return mode


# --------------------------------------------------------------------------- benchmark


def run_benchmark(args: argparse.Namespace) -> int:
    mode = selected_mode(args)
    names = [p for p in args.peers.split(",") if p]
    workloads = [w for w in args.workloads.split(",") if w]
    known_peers = {*PEER_CLASSES, "aisloader", *concurrency.REFERENCE_CLIENTS}
    unknown = set(names) - known_peers or set(workloads) - set(WORKLOADS)
    if unknown:
        print(f"unknown peer or workload: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    started = time.monotonic()
    with cluster_endpoint(args.endpoint) as endpoint, scratch_dir(mode) as tmp:
        peers, skipped = make_peers(endpoint, [n for n in names if n in PEER_CLASSES])
        aisloader = None
        if "aisloader" in names:
            binary = find_binary(build=not args.smoke)  # smoke must stay fast: use it only if already built
            if binary:
                aisloader = Aisloader(binary, endpoint)
            else:
                skipped.append("aisloader: skipped, binary not built (run a non-smoke bench once to build it)")
        for line in skipped:
            print(f"[bench] {line}", file=sys.stderr, flush=True)
        references = [n for n in names if n in concurrency.REFERENCE_CLIENTS]
        bench = Bench(endpoint, mode, peers, aisloader, Path(tmp), reference_clients=references)
        try:
            results = bench.run(workloads)
        finally:
            bench.cleanup()
            for peer in peers:
                peer.close()
    elapsed = time.monotonic() - started

    peer_names = [p.name for p in peers] + ([Aisloader.name] if aisloader else [])
    print(f"\naisclient benchmark, mode={mode.name}, {elapsed:.0f}s wall, endpoint {endpoint}")
    for line in skipped:
        print(f"  {line}")
    print(render_table(results, peer_names))
    meta = {
        "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
        "wall_seconds": round(elapsed, 1),
        "endpoint": endpoint,
        "aistore_version": (ROOT / "scripts" / "AISTORE_VERSION").read_text().strip(),
        "peers": peer_names,
        "skipped": skipped,
        "workloads": workloads,
    }
    document = to_json(results, mode, meta, peer_names)
    out = args.output or RESULTS_DIR / f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{mode.name}.json"
    write_json(document, out)
    print(f"\nJSON: {out}")
    chart = out.with_suffix(".png")
    if write_chart(document, chart):
        print(f"chart: {chart}")
        if mode.name != "smoke":  # smoke figures mean nothing: keep the README's chart a real run
            shutil.copyfile(chart, LATEST_CHART)
            print(f"chart: {LATEST_CHART}")
    if args.baseline:
        write_json(document, RESULTS_DIR / "baseline.json")
        print(f"JSON: {RESULTS_DIR / 'baseline.json'}")
    if results.errors:
        print(f"\n{len(results.errors)} error(s):", *results.errors, sep="\n  ")
        return 1
    return 0


# --------------------------------------------------------------------------- profiling


def _profile_small(op: str) -> Callable[[Bench, Peer], Callable[[], Any]]:
    def prepare(bench: Bench, peer: Peer) -> Callable[[], Any]:
        src = str(bench.data_file(bench.mode.small_size))
        bck = bench.bucket("profile")
        names = [f"obj-{i:05d}" for i in range(bench.mode.small_sequential)]
        bench.timed(bench.admin.put_file, [(bck, n, src) for n in names], 16)
        calls = [(bck, n, src) if op == "put_file" else (bck, n) for n in names]
        return lambda: bench.timed(getattr(peer, op), calls, 1)

    return prepare


def _profile_large(op: str) -> Callable[[Bench, Peer], Callable[[], Any]]:
    def prepare(bench: Bench, peer: Peer) -> Callable[[], Any]:
        src = str(bench.data_file(bench.mode.large_size))
        bck = bench.bucket("profile")
        bench.admin.put_file(bck, "large", src)
        if op == "put_file":
            return lambda: peer.put_file(bck, "large-put", src)
        return lambda: peer.get_to_file(bck, "large", str(bench.workdir / "large-get.bin"))

    return prepare


def _profile_parallel_get(parallel: bool) -> Callable[[Bench, Peer], Callable[[], Any]]:
    def prepare(bench: Bench, peer: Peer) -> Callable[[], Any]:
        bck = bench.bucket("profile")
        bench.admin.put_file(bck, "parallel", str(bench.data_file(bench.mode.parallel_size)))
        dst = str(bench.workdir / "parallel-get.bin")
        if parallel:
            return lambda: peer.download_parallel(bck, "parallel", dst, PARALLEL_WORKERS, bench.mode.part_size)
        return lambda: peer.download_single(bck, "parallel", dst)

    return prepare


def _profile_parallel_put(parallel: bool) -> Callable[[Bench, Peer], Callable[[], Any]]:
    def prepare(bench: Bench, peer: Peer) -> Callable[[], Any]:
        bck = bench.bucket("profile")
        src = str(bench.data_file(bench.mode.parallel_size))
        if parallel:
            return lambda: peer.upload_parallel(bck, "parallel", src, PARALLEL_WORKERS, bench.mode.part_size)
        return lambda: peer.upload_single(bck, "single", src)

    return prepare


def _profile_dir(op: str) -> Callable[[Bench, Peer], Callable[[], Any]]:
    def prepare(bench: Bench, peer: Peer) -> Callable[[], Any]:
        local = bench.workdir / "dir-src"
        local.mkdir()
        for i in range(bench.mode.dir_files):
            (local / f"file-{i:06d}.bin").write_bytes(os.urandom(bench.mode.small_size))
        bck = bench.bucket("profile")
        if op == "upload_dir":
            runs = iter(range(1_000_000))  # a fresh prefix per call: nothing to skip
            return lambda: peer.upload_dir(str(local), bck, f"up-{next(runs)}/", CONCURRENCY)
        bench.admin.upload_dir(str(local), bck, "data/", CONCURRENCY)

        def download() -> int:
            dst = bench.workdir / "dir-get"
            shutil.rmtree(dst, ignore_errors=True)
            return peer.download_dir(bck, str(dst), "data/", CONCURRENCY)

        return download

    return prepare


def _profile_listing(op: str) -> Callable[[Bench, Peer], Callable[[], Any]]:
    def prepare(bench: Bench, peer: Peer) -> Callable[[], Any]:
        bck = bench.bucket("profile")
        bench.populate(bck, bench.mode.list_count, 1)
        return lambda: getattr(peer, op)(bck)

    return prepare


def _profile_copy(bench: Bench, peer: Peer) -> Callable[[], Any]:
    src = bench.bucket("profile")
    bench.populate(src, bench.mode.copy_count, bench.mode.small_size)
    return lambda: peer.copy_bucket_and_wait(src, bench.bucket("profile-dst", create=False))


def _profile_concurrent(op: str, style: str, workers: int) -> Callable[[Bench, Peer], Callable[[], Any]]:
    """One row of the concurrent workload, in this process: the client stays open between runs."""

    def prepare(bench: Bench, peer: Peer) -> Callable[[], Any]:
        how = "seq" if workers == 1 else f"{'x' if style == 'sync' else 'tasks'}{workers}"
        key = f"{op}.{peer.name}.{style}.{how}"
        if key not in concurrency.VARIANT_BY_KEY:
            raise SystemExit(f"[bench] the concurrent workload has no {op.upper()} row for {peer.name} ({key})")
        src = str(bench.data_file(bench.mode.small_size))
        bck = bench.bucket("profile")
        names = concurrency.object_names(bench.mode.small_concurrent)
        if op == "get":
            bench.timed(bench.admin.put_file, [(bck, n, src) for n in names], CONCURRENCY)
        args = (bench.endpoint, bck, bench.mode.small_size)
        if style == "async":
            loop = asyncio.new_event_loop()
            runner = concurrency.ASYNC_RUNNERS[peer.name](*args)
            loop.run_until_complete(runner.open())
            return lambda: loop.run_until_complete(concurrency.run_tasks(runner.get, names, workers))
        sync = concurrency.SYNC_RUNNERS[peer.name](*args, src, workers)
        if op == "get":
            return lambda: concurrency.run_threads(sync.get, names, workers)
        runs = iter(range(1_000_000))  # fresh names per run: every PUT creates an object
        return lambda: concurrency.run_threads(
            sync.put, concurrency.object_names(len(names), f"run-{next(runs)}/"), workers
        )

    return prepare


PROFILE_TARGETS: dict[str, Callable[[Bench, Peer], Callable[[], Any]]] = {
    "small-put": _profile_small("put_file"),
    "small-get": _profile_small("get_bytes"),
    "small-head": _profile_small("head"),
    "large-put": _profile_large("put_file"),
    "large-get": _profile_large("get_to_file"),
    "parallel-get": _profile_parallel_get(True),
    "single-get": _profile_parallel_get(False),
    "parallel-put": _profile_parallel_put(True),
    "single-put": _profile_parallel_put(False),
    "dir-upload": _profile_dir("upload_dir"),
    "dir-download": _profile_dir("download_dir"),
    "list-all": _profile_listing("list_all"),
    "list-iter": _profile_listing("list_iter_count"),
    "copy": _profile_copy,
    "concurrent-get": _profile_concurrent("get", "sync", 16),
    "concurrent-get-64": _profile_concurrent("get", "sync", 64),
    "concurrent-get-async": _profile_concurrent("get", "async", concurrency.ASYNC_TASKS),
    "concurrent-put": _profile_concurrent("put", "sync", 16),
}


@contextlib.contextmanager
def thread_profiles(sessions: list[Any]) -> Iterator[None]:
    """While active, every worker thread of the concurrent workload runs under its own profiler
    (pyinstrument samples only the thread it was started in); their sessions land in ``sessions``."""
    from pyinstrument import Profiler

    @contextlib.contextmanager
    def per_thread() -> Iterator[None]:
        profiler = Profiler(interval=0.0005)
        with profiler:
            yield
        sessions.append(profiler.last_session)

    concurrency.thread_hook = per_thread
    try:
        yield
    finally:
        concurrency.thread_hook = None


def run_profile(args: argparse.Namespace) -> int:
    from pyinstrument import Profiler
    from pyinstrument.renderers import ConsoleRenderer
    from pyinstrument.session import Session

    mode = selected_mode(args)
    with cluster_endpoint(args.endpoint) as endpoint, scratch_dir(mode) as tmp:
        peers, skipped = make_peers(endpoint, [args.profile_peer])
        if not peers:
            print(f"[bench] cannot profile: {skipped[0]}", file=sys.stderr)
            return 1
        binary = find_binary(build=False)
        bench = Bench(endpoint, mode, peers, Aisloader(binary, endpoint) if binary else None, Path(tmp))
        try:
            workload = PROFILE_TARGETS[args.profile](bench, peers[0])
            workload()  # warm-up, not profiled
            profiler = Profiler(interval=0.0005)
            thread_sessions: list[Session] = []
            with thread_profiles(thread_sessions), profiler:
                workload()
        finally:
            bench.cleanup()
            peers[0].close()
    # Threads ran the work: their profiles, summed (the main thread only waited for them).
    session = functools.reduce(Session.combine, thread_sessions) if thread_sessions else profiler.last_session
    assert session is not None
    threads = f", {len(thread_sessions)} threads summed" if thread_sessions else ""
    print(f"== {args.profile} with {args.profile_peer}, mode={mode.name}{threads}: top functions by own time ==")
    flat = ConsoleRenderer(flat=True, show_all=True).render(session)
    print("\n".join(flat.splitlines()[:40]))
    print("== call tree ==")
    print(ConsoleRenderer(show_all=False).render(session))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        print(json.dumps(run_worker(json.loads(args.worker))), flush=True)
        sys.stderr.flush()
        # The result is out; skip interpreter finalization. obstore's Rust runtime aborts the process
        # in about one exit of twenty (SIGABRT after the result was printed), which failed a CI run.
        os._exit(0)
    if args.profile:
        return run_profile(args)
    return run_benchmark(args)


if __name__ == "__main__":
    sys.exit(main())
