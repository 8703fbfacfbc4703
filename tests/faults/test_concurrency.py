"""One client shared by 64 threads, and one async client by 256 tasks, on the live cluster: every
read returns exactly what was written, nothing hangs, no file descriptor is left open."""

from __future__ import annotations

import asyncio
import hashlib
import threading
import time
from pathlib import Path

import pytest
from aisclient import AsyncClient, Client

from faults.outcomes import open_fds, scenario

pytestmark = pytest.mark.cluster

THREADS = 64
OPS = 100
NAMES_PER_THREAD = 5


def payload(worker: int, slot: int, version: int) -> bytes:
    seed = f"{worker}/{slot}/{version}".encode()
    return hashlib.sha256(seed).digest() * (64 + slot * 16)  # 2-4.5 KiB, distinct per write


def test_64_threads_mixed_put_get_head(ais_endpoint: str, unique_name: str, tmp_path: Path) -> None:
    before = open_fds()
    failures: list[str] = []
    counts = {"put": 0, "get": 0, "head": 0}
    lock = threading.Lock()
    with scenario(f"{THREADS} threads x {OPS} mixed PUT/GET/HEAD", "sync") as out:
        t0 = time.monotonic()
        with Client(ais_endpoint) as c:
            c.create_bucket(unique_name)

            def work(w: int) -> None:
                src = tmp_path / f"w{w}"
                written: dict[int, bytes] = {}
                for i in range(OPS):
                    slot = i % NAMES_PER_THREAD
                    name = f"w{w}/o{slot}"
                    try:
                        if slot not in written or i % 3 == 0:
                            data = payload(w, slot, i)
                            src.write_bytes(data)
                            props = c.put_object(unique_name, name, src)
                            assert props.size == len(data)
                            written[slot] = data
                            kind = "put"
                        elif i % 3 == 1:
                            got = c.get_object(unique_name, name).read_all()
                            assert got == written[slot], f"{name}: wrong bytes"
                            kind = "get"
                        else:
                            assert c.head_object(unique_name, name).props.size == len(written[slot])
                            kind = "head"
                        with lock:
                            counts[kind] += 1
                    except BaseException as exc:
                        failures.append(f"{name}: {exc!r}")

            threads = [threading.Thread(target=work, args=(w,)) for w in range(THREADS)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(300)
            assert not any(t.is_alive() for t in threads), "a worker hung"
            c.destroy_bucket(unique_name)
        took = time.monotonic() - t0
        assert failures == []
        assert sum(counts.values()) == THREADS * OPS
        after = open_fds()
        assert after <= before, f"{after - before} descriptors leaked"
        out.append(f"{sum(counts.values())} ops ({counts}), 0 errors, fds {before}->{after}, {took:.1f}s")


def test_256_async_tasks(ais_endpoint: str, unique_name: str, tmp_path: Path) -> None:
    before = open_fds()

    async def main() -> dict[str, int]:
        counts = {"put": 0, "get": 0, "head": 0}
        async with AsyncClient(ais_endpoint) as c:
            await c.create_bucket(unique_name)

            async def task(n: int) -> None:
                src = tmp_path / f"a{n}"
                data = payload(n, 0, 0)
                src.write_bytes(data)
                await c.put_object(unique_name, f"a{n}", src)
                counts["put"] += 1
                got = await (await c.get_object(unique_name, f"a{n}")).read_all()
                assert got == data
                counts["get"] += 1
                assert (await c.head_object(unique_name, f"a{n}")).props.size == len(data)
                counts["head"] += 1

            await asyncio.wait_for(asyncio.gather(*(task(n) for n in range(256))), 300)
            await c.destroy_bucket(unique_name)
        return counts

    with scenario("256 asyncio tasks x PUT/GET/HEAD", "async") as out:
        t0 = time.monotonic()
        counts = asyncio.run(main())
        assert counts == {"put": 256, "get": 256, "head": 256}
        after = open_fds()
        assert after <= before, f"{after - before} descriptors leaked"
        out.append(f"768 ops, 0 errors, fds {before}->{after}, {time.monotonic() - t0:.1f}s")
