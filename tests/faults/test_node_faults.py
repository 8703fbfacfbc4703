"""Nodes of a real cluster die, freeze and come back while one client is in the middle of transfers.

Every test runs on the suite's own 2-proxy + 2-target cluster (see conftest), healed before each test.
The outcome of every transfer is either the right bytes or a typed error within the configured time:
never wrong bytes, never a hang, never a partial object left behind.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from aisclient import Client, RetryPolicy
from aisclient.errors import AISException

from faults.outcomes import open_fds, outcome_of, scenario

pytestmark = pytest.mark.cluster

BIG = 256 << 20
# Short timeouts and a modest retry budget: every fault must end within seconds, not minutes.
TIMEOUT = httpx.Timeout(5.0, read=5.0, write=5.0)
RETRY = RetryPolicy(max_attempts=3, initial_backoff=0.2, max_backoff=1.0)


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    path = tmp_path_factory.mktemp("big") / "big.bin"
    data = os.urandom(BIG)
    path.write_bytes(data)
    return path, data


@pytest.fixture
def fclient(healed_fault_cluster: Any) -> Iterator[Client]:
    with Client(healed_fault_cluster.primary().url, timeout=TIMEOUT, retry=RETRY) as c:
        yield c


@pytest.fixture
def fbucket(fclient: Client) -> Iterator[str]:
    name = f"f-{uuid.uuid4().hex[:10]}"
    fclient.create_bucket(name)
    yield name
    with contextlib.suppress(AISException):
        fclient.destroy_bucket(name)


def owner_node(cluster: Any, client: Client, bucket: str, obj: str) -> str:
    client.head_object(bucket, obj) if obj else client.list_buckets()
    hrw = client._driver.view.hrw
    assert hrw is not None
    port = httpx.URL(hrw.target_for_object(bucket, obj).direct_url).port
    node = cluster.by_port(port)
    assert node is not None
    return str(node.name)


def check_no_partial(client: Client, bucket: str, obj: str, data: bytes) -> str:
    """After a failed PUT the object is either absent or whole (checked byte for byte)."""
    for _ in range(20):
        try:
            got = client.get_object(bucket, obj).read_all()
        except AISException as exc:
            if getattr(exc, "status_code", 0) == 404:
                return "absent"
            time.sleep(0.5)  # the cluster is still settling after the restart
            continue
        assert got == data, "a failed PUT left a partial or wrong object"
        return "complete"
    raise AssertionError("object state never became readable")


@pytest.mark.parametrize("how", ["SIGKILL", "SIGSTOP"])
def test_target_dies_mid_get(
    healed_fault_cluster: Any, fclient: Client, fbucket: str, big_file: tuple[Path, bytes], tmp_path: Path, how: str
) -> None:
    cluster = healed_fault_cluster
    path, data = big_file
    fclient.put_object(fbucket, "big", path)
    victim = owner_node(cluster, fclient, fbucket, "big")
    with scenario(f"target {how} mid-GET of 256 MiB", "sync") as out:
        t0 = time.monotonic()
        stream = fclient.get_object(fbucket, "big", chunk_size=1 << 20)
        head = stream.read(32 << 20)
        assert head == data[: 32 << 20]
        if how == "SIGKILL":
            cluster.kill(victim)
        else:
            cluster.stop_node(victim)
        rest, err = outcome_of(stream.read_all)
        took = time.monotonic() - t0
        if err is None:
            assert head + (rest or b"") == data  # resumed elsewhere: must be the right bytes
            out.append(f"completed, bytes identical (resumes={stream.resumes})")
        else:
            assert isinstance(err, AISException), f"untyped error {err!r}"
            out.append(type(err).__name__)
        assert stream.closed
        # Bounded: the read timeout per try, times the resume and retry budget.
        assert took < 90, f"took {took:.0f}s"
        target = tmp_path / "copy.bin"
        _, err2 = outcome_of(lambda: fclient.download_object(fbucket, "big", target))
        if err2 is not None:
            assert not target.exists() and not list(tmp_path.glob(".*.part")), "a failed download left a file"
            out.append(f"download: {type(err2).__name__}, nothing left")
        else:
            assert target.read_bytes() == data
            out.append("download: complete")


@pytest.mark.parametrize("how", ["SIGKILL", "SIGSTOP"])
def test_target_dies_mid_put(
    healed_fault_cluster: Any, fclient: Client, fbucket: str, big_file: tuple[Path, bytes], how: str
) -> None:
    cluster = healed_fault_cluster
    path, data = big_file
    obj = "big-put"
    # The owner of a new name: ask the map the client holds.
    fclient.list_buckets()
    hrw = fclient._driver.view.hrw
    assert hrw is not None
    node = cluster.by_port(httpx.URL(hrw.target_for_object(fbucket, obj).direct_url).port)
    assert node is not None
    victim = node.name
    result: dict[str, Any] = {}

    def upload() -> None:
        result["props"], result["err"] = outcome_of(lambda: fclient.put_object(fbucket, obj, path))

    with scenario(f"target {how} mid-PUT of 256 MiB", "sync") as out:
        t0 = time.monotonic()
        cluster.stop_node(victim)  # freeze it so the upload is surely in flight when it dies
        worker = threading.Thread(target=upload)
        worker.start()
        time.sleep(1.0)
        if how == "SIGKILL":
            cluster.kill(victim)
        else:
            time.sleep(TIMEOUT.write or 5)  # the frozen target never reads: the write timeout ends it
        worker.join(120)
        assert not worker.is_alive(), "PUT hung"
        took = time.monotonic() - t0
        err = result["err"]
        if err is not None:
            assert isinstance(err, AISException), f"untyped error {err!r}"
            out.append(type(err).__name__)
        else:
            out.append("stored on retry")
        cluster.heal()
        state = check_no_partial(fclient, fbucket, obj, data)
        out.append(f"object afterwards: {state}")
        if err is None:
            assert state == "complete"
        assert took < 120


def test_target_restart_then_the_same_client_goes_on(
    healed_fault_cluster: Any, fclient: Client, fbucket: str, tmp_path: Path
) -> None:
    cluster = healed_fault_cluster
    src = tmp_path / "f"
    payloads = {}
    for i in range(20):
        payloads[f"o{i}"] = os.urandom(1000 + i)
        src.write_bytes(payloads[f"o{i}"])
        fclient.put_object(fbucket, f"o{i}", src)
    victim = owner_node(cluster, fclient, fbucket, "o0")
    with scenario("target restarted, same client reused", "sync") as out:
        cluster.kill(victim)
        took_restart = cluster.restart(victim)
        ok = 0
        t0 = time.monotonic()
        for name, data in payloads.items():
            for _attempt in range(10):  # the restarted target may take a moment to serve again
                got, err = outcome_of(lambda n=name: fclient.get_object(fbucket, n).read_all())
                if err is None:
                    assert got == data
                    ok += 1
                    break
                assert isinstance(err, AISException)
                time.sleep(0.5)
        assert ok == len(payloads)
        out.append(
            f"{ok}/{len(payloads)} GETs right after restart ({took_restart:.0f}s) in {time.monotonic() - t0:.1f}s"
        )


def test_primary_killed_requests_go_on_through_the_other_proxy(healed_fault_cluster: Any, tmp_path: Path) -> None:
    cluster = healed_fault_cluster
    primary = cluster.primary()
    src = tmp_path / "f"
    src.write_bytes(b"payload" * 100)
    patient = RetryPolicy(max_attempts=8, initial_backoff=0.5, max_backoff=3.0)
    bucket = f"f-{uuid.uuid4().hex[:10]}"
    with Client(primary.url, timeout=TIMEOUT, retry=patient) as c:
        c.create_bucket(bucket)
        c.put_object(bucket, "seed", src)
        with scenario("primary proxy SIGKILLed, 20 mixed operations", "sync") as out:
            cluster.kill(primary.name)
            t0 = time.monotonic()
            outcomes: list[str] = []
            for i in range(4):
                steps = [
                    ("list_buckets", lambda: c.list_buckets()),
                    ("list_objects", lambda: c.list_all_objects(bucket)),
                    ("put", lambda i=i: c.put_object(bucket, f"n{i}", src)),
                    ("get", lambda: c.get_object(bucket, "seed").read_all()),
                    ("head", lambda: c.head_object(bucket, "seed")),
                ]
                for name, step in steps:
                    res, err = outcome_of(step)
                    outcomes.append(name if err is None else f"{name}:{type(err).__name__}")
                    if name == "get" and err is None:
                        assert res == b"payload" * 100
            failed = [o for o in outcomes if ":" in o]
            assert not failed, f"failed after failover: {failed}"
            assert c._driver.view.gateway != primary.url
            out.append(f"20/20 ok via {c._driver.view.gateway} in {time.monotonic() - t0:.1f}s")
        with contextlib.suppress(AISException):
            c.destroy_bucket(bucket)


def test_no_fd_leak_across_faults(healed_fault_cluster: Any, tmp_path: Path) -> None:
    cluster = healed_fault_cluster
    before = open_fds()
    with scenario("fds before/after a client used through a target kill", "sync") as out:
        with Client(cluster.primary().url, timeout=TIMEOUT, retry=RETRY) as c:
            bucket = f"f-{uuid.uuid4().hex[:10]}"
            c.create_bucket(bucket)
            src = tmp_path / "f"
            src.write_bytes(b"x" * 10_000)
            for i in range(10):
                c.put_object(bucket, f"o{i}", src)
            cluster.kill(cluster.targets[0].name)
            for i in range(10):
                outcome_of(lambda i=i: c.get_object(bucket, f"o{i}").read_all())
            cluster.heal()
            with contextlib.suppress(AISException):
                c.destroy_bucket(bucket)
        after = open_fds()
        assert after <= before, f"{after - before} file descriptors leaked"
        out.append(f"fds {before} -> {after}")


def test_a_put_timing_out_on_a_frozen_target_raises_in_time(
    healed_fault_cluster: Any, fclient: Client, fbucket: str, tmp_path: Path
) -> None:
    cluster = healed_fault_cluster
    src = tmp_path / "f"
    src.write_bytes(b"y" * 1000)
    with scenario("all targets frozen, small PUT", "sync") as out:
        for t in cluster.targets:
            cluster.stop_node(t.name)
        t0 = time.monotonic()
        _, err = outcome_of(lambda: fclient.put_object(fbucket, "o", src))
        took = time.monotonic() - t0
        for t in cluster.targets:
            cluster.cont(t.name)
        assert isinstance(err, AISException), repr(err)
        assert took < 60
        out.append(f"{type(err).__name__} in {took:.1f}s")
