"""Faults on the wire between the client and real AIS nodes: bytes flipped or cut, a server that never
answers, connections reset, an answer lost after the request took effect. Loopback fault servers sit
in front of the session's live cluster; the cluster itself is never broken here."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from aisclient import Client, RetryPolicy
from aisclient.errors import AISConnectionError, AISTimeoutError, ChecksumMismatch

from faults.netfaults import FaultProxy, ResetServer, SilentServer
from faults.outcomes import open_fds, scenario

pytestmark = pytest.mark.cluster

SIZE = 4 << 20
QUICK = RetryPolicy(max_attempts=2, initial_backoff=0.01, max_backoff=0.02)


@pytest.fixture
def stored(ais_endpoint: str, unique_name: str, tmp_path: Path) -> Iterator[tuple[str, bytes, str]]:
    """(bucket, data, owner target URL) of one 4 MiB object in a fresh bucket."""
    data = os.urandom(SIZE)
    src = tmp_path / "src"
    src.write_bytes(data)
    with Client(ais_endpoint) as c:
        c.create_bucket(unique_name)
        c.put_object(unique_name, "obj", src)
        c.head_object(unique_name, "obj")  # loads the map
        hrw = c._driver.view.hrw
        assert hrw is not None
        owner = hrw.target_for_object(unique_name, "obj").direct_url
        yield unique_name, data, owner
        c.destroy_bucket(unique_name)


def test_flipped_byte_is_a_checksum_error_and_nothing_is_written(
    stored: tuple[str, bytes, str], tmp_path: Path
) -> None:
    bucket, data, owner = stored
    with scenario("one byte flipped in a GET body", "sync") as out, FaultProxy(owner, flip_at=SIZE // 2) as fp:
        with Client(fp.url, direct=False) as c:
            with pytest.raises(ChecksumMismatch):
                c.get_object(bucket, "obj").read_all()
            target = tmp_path / "copy"
            with pytest.raises(ChecksumMismatch):
                c.download_object(bucket, "obj", target)
            assert not target.exists()
            assert not any(p.name.endswith(".part") for p in tmp_path.iterdir())
        with Client(fp.url, direct=False, verify_checksums=False) as c:
            corrupted = c.get_object(bucket, "obj").read_all()
        assert len(corrupted) == SIZE and corrupted != data  # the fault was real; only the check caught it
        out.append(f"ChecksumMismatch, no file left ({fp.faults} faults injected)")


def test_cut_body_resumes_with_a_range_request(stored: tuple[str, bytes, str]) -> None:
    bucket, data, owner = stored
    with scenario("GET body cut once at 1 MiB", "sync") as out, FaultProxy(owner, cut_after=1 << 20, every=False) as fp:
        with Client(fp.url, direct=False) as c, c.get_object(bucket, "obj") as s:
            got = s.read_all()
            assert got == data and s.resumes == 1 and s.verified is True
        out.append("resumed once, bytes identical, verified")


def test_cut_body_every_time_is_an_error(stored: tuple[str, bytes, str]) -> None:
    bucket, _, owner = stored
    with scenario("GET body cut on every try", "sync") as out, FaultProxy(owner, cut_after=100_000) as fp:
        with Client(fp.url, direct=False, retry=QUICK) as c, pytest.raises(AISConnectionError):
            c.get_object(bucket, "obj").read_all()
        out.append("AISConnectionError after the resume budget")


def test_async_cut_and_flip(stored: tuple[str, bytes, str]) -> None:
    import asyncio

    from aisclient import AsyncClient

    bucket, data, owner = stored

    async def main() -> None:
        with FaultProxy(owner, cut_after=1 << 20, every=False) as fp:
            async with AsyncClient(fp.url, direct=False) as c:
                s = await c.get_object(bucket, "obj")
                assert await s.read_all() == data and s.resumes == 1
        with FaultProxy(owner, flip_at=12345) as fp:
            async with AsyncClient(fp.url, direct=False) as c:
                with pytest.raises(ChecksumMismatch):
                    await (await c.get_object(bucket, "obj")).read_all()

    with scenario("GET body cut once / byte flipped", "async") as out:
        asyncio.run(main())
        out.append("resumed and identical / ChecksumMismatch")


def test_server_that_never_answers_times_out() -> None:
    with scenario("server accepts and never answers", "sync") as out:
        fds = open_fds()  # the loopback server lives in this process too: count around it
        with SilentServer() as srv:
            t0 = time.monotonic()
            with Client(srv.url, timeout=httpx.Timeout(1.0), retry=QUICK) as c:
                with pytest.raises(AISTimeoutError):
                    c.list_buckets()
                assert c.is_aistore_running() is False
            took = time.monotonic() - t0
        assert took < 10  # 1 s per try: map load + 2 tries + the health probe
        assert open_fds() <= fds
        out.append(f"AISTimeoutError, is_aistore_running False in {took:.1f}s")


def test_connection_reset_is_a_typed_error() -> None:
    with scenario("server resets every connection", "sync") as out, ResetServer() as srv:
        with Client(srv.url, retry=QUICK) as c, pytest.raises(AISConnectionError):
            c.list_buckets()
        out.append("AISConnectionError")


def test_lost_answer_of_a_copy_is_not_sent_again(ais_endpoint: str, unique_name: str, tmp_path: Path) -> None:
    """The request reaches the cluster and starts a job, the answer never comes back: a client that
    retried would start a second job."""
    src = tmp_path / "f"
    src.write_bytes(b"x")
    with Client(ais_endpoint) as setup:
        setup.create_bucket(unique_name)
        setup.put_object(unique_name, "o", src)
    with scenario("answer of copy_bucket lost after it took effect", "sync") as out:
        retry = RetryPolicy(max_attempts=5, initial_backoff=0.01)
        with FaultProxy(ais_endpoint, reset_forward=True, every=False) as fp, Client(fp.url, retry=retry) as c:
            c.list_buckets()  # the first request (the map load) is the one that loses its answer
            fp.rearm()
            with pytest.raises(AISConnectionError):
                c.copy_bucket(unique_name, unique_name + "-cp")
            assert fp.count("POST") == 1  # sent once, never again
        out.append("AISConnectionError, sent once")
    with Client(ais_endpoint) as c:
        for b in (unique_name, unique_name + "-cp"):
            for _ in range(100):
                try:
                    c.destroy_bucket(b)
                    break
                except Exception:  # the copy may still be running
                    time.sleep(0.2)
