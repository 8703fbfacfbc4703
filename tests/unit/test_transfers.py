"""upload_dir / download_dir logic without a cluster: the bounded pool (both flavours), object name <->
local path mapping and its escape refusals, the skip decision, planning a local folder, progress
options, the summary, and argument checks made before any request."""

from __future__ import annotations

import asyncio
import os
import pickle
import random
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import xxhash
from aisclient import AsyncClient, Client
from aisclient._core.driver import hash_file
from aisclient._core.pool import Outcome, run_bounded_async, run_bounded_sync
from aisclient._core.protocol import Upload
from aisclient.errors import InvalidArgument, InvalidArgumentType, TransferFailed
from aisclient.transfer_models import (
    TransferSummary,
    comparable_checksum_type,
    file_digest,
    local_name,
    plan_upload,
    resolve_progress,
    safe_local_path,
    same_content,
    summarize,
)
from aisclient.transfers_async import AsyncTransfers
from aisclient.transfers_sync import Transfers

# --------------------------------------------------------------------------- the pool


class Gauge:
    """Counts workers in flight (thread-safe) and remembers the highest count."""

    def __init__(self) -> None:
        self.now = self.peak = self.started = 0
        self.lock = threading.Lock()

    def enter(self) -> None:
        with self.lock:
            self.now += 1
            self.started += 1
            self.peak = max(self.peak, self.now)

    def leave(self) -> None:
        with self.lock:
            self.now -= 1


def test_sync_pool_keeps_order_bounds_concurrency_and_reports_each_error() -> None:
    gauge = Gauge()
    rnd = random.Random(1)
    delays = [rnd.uniform(0, 0.004) for _ in range(60)]

    def work(i: int) -> int:
        gauge.enter()
        try:
            time.sleep(delays[i])
            if i % 7 == 3:
                raise ValueError(f"item {i}")
            return i * 10
        finally:
            gauge.leave()

    done: list[Outcome[int]] = []
    out = run_bounded_sync(range(60), work, 4, done.append)
    assert len(out) == 60 and len(done) == 60
    for i, o in enumerate(out):
        if i % 7 == 3:
            assert isinstance(o.error, ValueError) and str(o.error) == f"item {i}" and not o.ok
        else:
            assert o.ok and o.value == i * 10
    assert gauge.peak == 4  # the bound is reached and never passed


def test_async_pool_keeps_order_bounds_concurrency_and_reports_each_error() -> None:
    gauge = Gauge()
    rnd = random.Random(2)
    delays = [rnd.uniform(0, 0.004) for _ in range(80)]

    async def work(i: int) -> int:
        gauge.enter()
        try:
            await asyncio.sleep(delays[i])
            if i % 5 == 0:
                raise KeyError(i)
            return -i
        finally:
            gauge.leave()

    done: list[Outcome[int]] = []
    out = asyncio.run(run_bounded_async(range(80), work, 5, done.append))
    assert [o.value for o in out] == [None if i % 5 == 0 else -i for i in range(80)]
    assert [type(o.error) for o in out if o.error] == [KeyError] * 16
    assert len(done) == 80
    assert gauge.peak == 5


def test_pools_pull_items_only_as_slots_free_up() -> None:
    """Nothing is created up front: at any moment at most `limit` items have been pulled but not finished."""
    pulled = 0
    finished = 0
    worst = 0
    lock = threading.Lock()

    def items(n: int) -> Iterator[int]:
        nonlocal pulled, worst
        for i in range(n):
            with lock:
                pulled += 1
                worst = max(worst, pulled - finished)
            yield i

    def work(i: int) -> int:
        nonlocal finished
        time.sleep(0.0005)
        with lock:
            finished += 1
        return i

    assert len(run_bounded_sync(items(300), work, 3)) == 300
    assert worst <= 4  # the item being submitted + 3 in flight

    pulled = finished = worst = 0

    async def awork(i: int) -> int:
        nonlocal finished
        await asyncio.sleep(0)
        finished += 1
        return i

    assert len(asyncio.run(run_bounded_async(items(300), awork, 3))) == 300
    assert worst <= 4


def test_async_pool_cancellation_cancels_the_running_workers_and_starts_no_more() -> None:
    gauge = Gauge()
    cancelled = 0

    async def work(i: int) -> int:
        nonlocal cancelled
        gauge.enter()
        try:
            await asyncio.sleep(10)
            return i
        except asyncio.CancelledError:
            cancelled += 1
            raise
        finally:
            gauge.leave()

    async def main() -> None:
        task = asyncio.create_task(run_bounded_async(range(1000), work, 4))
        while gauge.started < 4:
            await asyncio.sleep(0.001)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    t0 = time.monotonic()
    asyncio.run(main())
    assert time.monotonic() - t0 < 5
    assert gauge.started == 4 and cancelled == 4 and gauge.now == 0


def test_sync_pool_keyboard_interrupt_stops_submitting_and_propagates() -> None:
    gauge = Gauge()

    def work(i: int) -> int:
        gauge.enter()
        try:
            if i == 5:
                raise KeyboardInterrupt
            time.sleep(0.002)
            return i
        finally:
            gauge.leave()

    with pytest.raises(KeyboardInterrupt):
        run_bounded_sync(range(10_000), work, 3)
    for t in threading.enumerate():
        if t.name.startswith("aisclient-transfer"):
            t.join(5)
    assert gauge.started < 20  # not the 10 000 items


def test_async_pool_base_exception_of_a_worker_stops_the_run() -> None:
    started = 0

    async def work(i: int) -> int:
        nonlocal started
        started += 1
        if i == 2:
            raise SystemExit(3)
        await asyncio.sleep(0.01)
        return i

    with pytest.raises(SystemExit):
        asyncio.run(run_bounded_async(range(500), work, 2))
    assert started < 10


@pytest.mark.parametrize("limit", [0, -1])
def test_pool_limit_must_be_positive(limit: int) -> None:
    with pytest.raises(ValueError):
        run_bounded_sync([1], lambda i: i, limit)
    with pytest.raises(ValueError):
        asyncio.run(run_bounded_async([1], asyncio.sleep, limit))


def test_pool_of_nothing() -> None:
    assert run_bounded_sync([], lambda i: i, 2) == []
    assert asyncio.run(run_bounded_async([], asyncio.sleep, 2)) == []


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("obj_name", "prefix", "rel"),
    [
        ("a.txt", "", "a.txt"),
        ("d/e/f.bin", "", "d/e/f.bin"),
        ("data/a.txt", "data/", "a.txt"),
        ("data/a.txt", "data", "a.txt"),  # prefix at a '/' boundary: the '/' goes too
        ("data_1.txt", "data", "_1.txt"),  # the prefix is cut literally
        ("img/x y#?%.jpg", "img/", "x y#?%.jpg"),
        ("ünï/ç.txt", "", "ünï/ç.txt"),
    ],
)
def test_local_name(obj_name: str, prefix: str, rel: str) -> None:
    assert local_name(obj_name, prefix) == rel


@pytest.mark.parametrize(
    ("obj_name", "prefix"),
    [
        ("../etc/passwd", ""),
        ("a/../../x", ""),
        ("a/./b", ""),
        ("/etc/passwd", ""),
        ("p//etc/passwd", "p/"),  # absolute once the prefix is cut
        ("p/", "p/"),  # nothing left
        ("p", "p"),
        ("a//b", ""),
        ("a/", ""),
        ("a\x00b", ""),
        ("x", "y"),  # not under the prefix at all
    ],
)
def test_local_name_refuses_names_that_leave_the_folder(obj_name: str, prefix: str) -> None:
    with pytest.raises(ValueError, match=r"refusing|does not start"):
        local_name(obj_name, prefix)


def test_safe_local_path_refuses_a_symlink_out_of_the_folder(tmp_path: Path) -> None:
    root = tmp_path / "root"
    outside = tmp_path / "outside"
    (root / "sub").mkdir(parents=True)
    outside.mkdir()
    (root / "out").symlink_to(outside)
    (root / "in").symlink_to(root / "sub")
    real = os.path.realpath(root)
    assert safe_local_path(real, "sub/a/b.txt") == os.path.join(real, "sub", "a", "b.txt")
    assert safe_local_path(real, "in/x") == os.path.join(real, "in", "x")  # a link that stays inside
    with pytest.raises(ValueError, match="symbolic link"):
        safe_local_path(real, "out/x")
    with pytest.raises(ValueError, match="symbolic link"):
        safe_local_path(real, "out/deeper/x")


# --------------------------------------------------------------------------- skip decision


def test_comparable_checksum_type() -> None:
    x = "0123456789abcdef"
    assert comparable_checksum_type("xxhash2", x) == "xxhash2"
    assert comparable_checksum_type("XXHASH", x.upper()) == "xxhash"
    assert comparable_checksum_type("md5", "a" * 32) == "md5"
    # a listing gives no type: it follows from the value's length
    assert comparable_checksum_type("", x) == "xxhash2"
    assert comparable_checksum_type("", "a" * 8) == "crc32c"
    assert comparable_checksum_type("", "a" * 32) == "md5"
    assert comparable_checksum_type("", "a" * 64) == "sha256"
    assert comparable_checksum_type("", "a" * 128) == "sha512"
    # nothing to compare
    assert comparable_checksum_type("", "") is None
    assert comparable_checksum_type("none", "") is None
    assert comparable_checksum_type("", "a" * 20) is None
    assert comparable_checksum_type("blake3", x) is None
    assert comparable_checksum_type("xxhash2", "not-hex-at-all!!") is None


def test_same_content_needs_equal_sizes_and_a_checksum() -> None:
    x = "0123456789abcdef"
    assert same_content(10, 10, "xxhash2", x) == "xxhash2"
    assert same_content(10, 11, "xxhash2", x) is None
    assert same_content(10, None, "xxhash2", x) is None
    assert same_content(10, 10, "none", "") is None
    assert same_content(0, 0, "", "ef46db3751d8e999") == "xxhash2"


def test_file_digest_is_the_upload_digest(tmp_path: Path) -> None:
    p = tmp_path / "f"
    data = os.urandom(3 << 20) + b"tail"  # more than one read chunk
    p.write_bytes(data)
    st = os.stat(p)
    expected = xxhash.xxh64(data).hexdigest()
    assert file_digest(str(p), "xxhash2") == expected == file_digest(str(p), "xxhash")
    assert expected == hash_file(Upload(str(p), st.st_size, st.st_mtime_ns))
    import hashlib

    assert file_digest(str(p), "md5") == hashlib.md5(data).hexdigest()
    assert file_digest(str(p), "sha256") == hashlib.sha256(data).hexdigest()
    (tmp_path / "empty").write_bytes(b"")
    assert file_digest(str(tmp_path / "empty"), "xxhash2") == "ef46db3751d8e999"
    with pytest.raises(ValueError):
        file_digest(str(p), "none")


# --------------------------------------------------------------------------- planning an upload


def test_plan_upload(tmp_path: Path) -> None:
    for rel in ["b.txt", "a.jpg", "d/x.jpg", "d/e/y.jpg", "d/e/z.txt", ".hidden.jpg"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(rel.encode())
    os.mkfifo(tmp_path / "d" / "pipe.jpg")
    (tmp_path / "bad\x01name.jpg").write_bytes(b"x")
    (tmp_path / "dangling.jpg").symlink_to(tmp_path / "nowhere")
    (tmp_path / "link.jpg").symlink_to(tmp_path / "a.jpg")
    (tmp_path / "dirlink").symlink_to(tmp_path / "d")  # links to folders are not followed

    items, failed = plan_upload(str(tmp_path), "pre/", "*.jpg", True)
    assert [i.rel for i in items] == [".hidden.jpg", "a.jpg", "link.jpg", "d/x.jpg", "d/e/y.jpg"]
    assert [i.obj_name for i in items] == ["pre/" + i.rel for i in items]
    assert [i.size for i in items] == [len(i.rel.encode()) if i.rel != "link.jpg" else 5 for i in items]
    assert sorted(name for name, _ in failed) == ["bad\x01name.jpg", "d/pipe.jpg", "dangling.jpg"]
    errors = dict(failed)
    assert "InvalidObjectName" in errors["bad\x01name.jpg"]
    assert "not a regular file" in errors["d/pipe.jpg"]
    assert "FileNotFoundError" in errors["dangling.jpg"]

    items, failed = plan_upload(str(tmp_path), "", "*.txt", False)
    assert [i.rel for i in items] == ["b.txt"] and failed == []


# --------------------------------------------------------------------------- progress and summary


def test_progress_option(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_progress(False) is False
    assert resolve_progress(True) is True
    monkeypatch.setattr(sys, "stderr", open(os.devnull, "w"))  # noqa: SIM115 - not a terminal
    assert resolve_progress(None) is False
    with pytest.raises(InvalidArgumentType):
        resolve_progress("yes")  # type: ignore[arg-type]
    monkeypatch.setitem(sys.modules, "tqdm", None)  # tqdm not installed
    with pytest.raises(ModuleNotFoundError, match="pip install tqdm"):
        resolve_progress(True)
    assert resolve_progress(False) is False


def test_summary_and_transfer_failed() -> None:
    outcomes = [Outcome(value=True), Outcome(value=False), Outcome(error=OSError("gone")), Outcome(value=True)]
    s = summarize("upload", ["a", "b", "c", "d"], [10, 20, 30, 40], outcomes, [("e", "ValueError('x')")], 1.23456)
    assert (s.moved, s.moved_bytes, s.skipped, s.skipped_bytes, s.failed_bytes) == (2, 50, 1, 20, 30)
    assert s.failed == (("e", "ValueError('x')"), ("c", "OSError('gone')"))
    assert s.failed_count == 2 and s.total == 5 and not s.ok and s.seconds == 1.235
    assert "uploaded 2 files" in str(s) and "OSError('gone')" in str(s)
    assert TransferSummary("download", moved=3).ok
    err = TransferFailed(s)
    assert "2 of 5 files failed to upload" in str(err)
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is TransferFailed and back.summary == s and str(back) == str(err)


# --------------------------------------------------------------------------- checks before any request


class OfflineClient(Client, Transfers):
    pass


class OfflineAsyncClient(AsyncClient, AsyncTransfers):
    pass


@pytest.fixture
def offline() -> Iterator[OfflineClient]:
    # Port 1 never answers: any request would fail with a connection error, not the errors expected here.
    with OfflineClient("http://127.0.0.1:1") as c:
        yield c


def test_upload_dir_bad_input_fails_before_any_request(offline: OfflineClient, tmp_path: Path) -> None:
    (tmp_path / "f").write_bytes(b"x")
    with pytest.raises(FileNotFoundError):
        offline.upload_dir(tmp_path / "missing", "b")
    with pytest.raises(NotADirectoryError):
        offline.upload_dir(tmp_path / "f", "b")
    with pytest.raises(InvalidArgument, match="bucket"):
        offline.upload_dir(tmp_path, "bad name")
    with pytest.raises(InvalidArgument, match="provider"):
        offline.upload_dir(tmp_path, "b", provider="hdfs")
    with pytest.raises(InvalidArgument, match="prefix"):
        offline.upload_dir(tmp_path, "b", prefix="../up/")
    with pytest.raises(InvalidArgument, match="workers"):
        offline.upload_dir(tmp_path, "b", workers=0)
    with pytest.raises(InvalidArgument, match="pattern"):
        offline.upload_dir(tmp_path, "b", pattern="")
    with pytest.raises(InvalidArgumentType):
        offline.upload_dir(tmp_path, "b", recursive="yes")  # type: ignore[arg-type]


def test_download_dir_bad_input_fails_before_any_request(
    offline: OfflineClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "f").write_bytes(b"x")
    with pytest.raises(NotADirectoryError):
        offline.download_dir("b", tmp_path / "f")
    with pytest.raises(InvalidArgument, match="workers"):
        offline.download_dir("b", tmp_path, workers=-3)
    with pytest.raises(InvalidArgumentType, match="workers"):
        offline.download_dir("b", tmp_path, workers=2.5)  # type: ignore[arg-type]
    monkeypatch.setitem(sys.modules, "tqdm", None)
    with pytest.raises(ModuleNotFoundError, match="tqdm"):
        offline.download_dir("b", tmp_path / "new", progress=True)
    assert not (tmp_path / "new").exists()


def test_async_bad_input_fails_before_any_request(tmp_path: Path) -> None:
    async def main() -> None:
        async with OfflineAsyncClient("http://127.0.0.1:1") as c:
            with pytest.raises(FileNotFoundError):
                await c.upload_dir(tmp_path / "missing", "b")
            with pytest.raises(InvalidArgument, match="workers"):
                await c.download_dir("b", tmp_path, workers=0)

    asyncio.run(main())
