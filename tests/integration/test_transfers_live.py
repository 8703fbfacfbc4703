"""upload_dir / download_dir against the live cluster: a tree of ~200 files there and back, byte for byte;
reruns skip everything; a changed file (same size) is the only one sent again; failures are listed and
raised at the end while the rest moves; an interrupted run resumes; progress output; the async client."""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aisclient import AsyncClient, Client
from aisclient.errors import AISError, TransferFailed
from aisclient.transfers_async import AsyncTransfers
from aisclient.transfers_sync import Transfers

pytestmark = pytest.mark.cluster


class TClient(Client, Transfers):
    """The client with the transfer methods (a no-op mixin once `Client` has them itself)."""


class TAsyncClient(AsyncClient, AsyncTransfers):
    pass


def make_tree(root: Path, seed: int = 7) -> dict[str, bytes]:
    """~200 small files in nested folders, an empty one and 3 larger ones; returns rel path -> content."""
    rnd = random.Random(seed)
    files: dict[str, bytes] = {}
    for i in range(200):
        depth = i % 4
        folder = "/".join(f"d{(i >> k) % 3}" for k in range(depth))
        rel = f"{folder}/f{i:03d}.txt" if folder else f"f{i:03d}.txt"
        files[rel] = rnd.randbytes(rnd.randint(0, 4000))
    files["big/one.bin"] = rnd.randbytes(3 << 20)
    files["big/two.bin"] = rnd.randbytes((1 << 20) + 17)
    files["big/deep/three.bin"] = rnd.randbytes(2 << 20)
    files["name with spaces & ü.txt"] = b"unicode"
    files["d0/empty.txt"] = b""  # AIS sends no Content-Length for it on HEAD: the skip must still work
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return files


def read_tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def client(ais_endpoint: str) -> Iterator[TClient]:
    with TClient(ais_endpoint) as c:
        yield c


@pytest.fixture
def bucket(client: TClient, unique_name: str) -> Iterator[str]:
    client.create_bucket(unique_name)
    try:
        yield unique_name
    finally:
        with contextlib.suppress(AISError):
            client.destroy_bucket(unique_name)


def test_tree_round_trip_reruns_skip_and_a_changed_file_is_resent(
    client: TClient, bucket: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    src, dst = tmp_path / "src", tmp_path / "dst"
    files = make_tree(src)
    total_bytes = sum(map(len, files.values()))

    up = client.upload_dir(src, bucket, "ds/", progress=False)
    assert (up.moved, up.skipped, up.failed) == (len(files), 0, ())
    assert up.moved_bytes == total_bytes and up.ok and up.direction == "upload"
    listed = {e.name: e.size for e in client.list_all_objects(bucket, props="name,size")}
    assert listed == {"ds/" + rel: len(data) for rel, data in files.items()}

    down = client.download_dir(bucket, dst, "ds/", progress=False)
    assert (down.moved, down.skipped, down.failed, down.moved_bytes) == (len(files), 0, (), total_bytes)
    assert read_tree(dst) == files  # byte for byte
    assert not [p for p in dst.rglob("*") if p.name.startswith(".") or "tmp" in p.name]  # no temp files left

    again_up = client.upload_dir(src, bucket, "ds/", progress=False)
    assert (again_up.moved, again_up.skipped, again_up.skipped_bytes) == (0, len(files), total_bytes)
    again_down = client.download_dir(bucket, dst, "ds", progress=False)  # "ds" and "ds/" name the same files
    assert (again_down.moved, again_down.skipped) == (0, len(files))

    # Same size, different bytes: only the checksum tells; only that file goes again, either way.
    changed = "d1/d0/f009.txt" if "d1/d0/f009.txt" in files else next(r for r in files if r.count("/") == 2)
    data = bytearray(files[changed] or b"x")
    data[0] ^= 0xFF
    (src / changed).write_bytes(bytes(data))
    third = client.upload_dir(src, bucket, "ds/", progress=False)
    assert (third.moved, third.skipped) == (1, len(files) - 1)
    assert third.moved_bytes == len(data)
    fourth = client.download_dir(bucket, dst, "ds/", progress=False)
    assert (fourth.moved, fourth.skipped) == (1, len(files) - 1)
    assert (dst / changed).read_bytes() == bytes(data)

    # skip_existing=False sends everything again
    forced = client.download_dir(bucket, dst, "ds/big/", skip_existing=False, progress=False)
    assert (forced.moved, forced.skipped) == (3, 0)

    assert capfd.readouterr() == ("", "")  # progress=False: nothing on stderr (nor stdout)


def test_progress_bar_goes_to_stderr(
    client: TClient, bucket: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a").mkdir()
    for i in range(5):
        (tmp_path / "a" / f"{i}.txt").write_bytes(b"x" * i)
    client.upload_dir(tmp_path / "a", bucket, progress=True)
    out, err = capfd.readouterr()
    assert out == ""
    assert "5/5" in err and "file" in err and f"ais://{bucket}" in err
    client.upload_dir(tmp_path / "a", bucket)  # default: stderr is not a terminal under pytest -> no bar
    assert capfd.readouterr().err == ""


def vanish_after_planning(monkeypatch: pytest.MonkeyPatch, rel: str) -> None:
    """Delete one local file once upload_dir has listed it: a file that disappears mid-run (on both
    engines: the blocking client's folder upload runs on an async twin of it)."""
    import aisclient.transfers_async
    import aisclient.transfers_sync

    for module in (aisclient.transfers_async, aisclient.transfers_sync):
        real = module.plan_upload

        def plan(*args: Any, _real: Any = real) -> Any:
            items, failed = _real(*args)
            os.unlink(next(i.path for i in items if i.rel == rel))
            return items, failed

        monkeypatch.setattr(module, "plan_upload", plan)


def test_failures_are_listed_and_raised_after_the_rest_moved(
    ais_endpoint: str, bucket: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "src"
    files = make_tree(src, seed=3)
    (src / "bad\x01name.txt").write_bytes(b"AIS cannot give this name back")
    with TClient(ais_endpoint) as c:
        with monkeypatch.context() as m:
            vanish_after_planning(m, "f048.txt")
            with pytest.raises(TransferFailed) as info:
                c.upload_dir(src, bucket, "up/", workers=8, progress=False)
        s = info.value.summary
        assert s.moved == len(files) - 1 and s.skipped == 0
        assert sorted(name for name, _ in s.failed) == ["bad\x01name.txt", "f048.txt"]
        assert "FileNotFoundError" in dict(s.failed)["f048.txt"]
        assert "InvalidObjectName" in dict(s.failed)["bad\x01name.txt"]
        assert "2 of" in str(info.value)
        names = {e.name for e in c.list_all_objects(bucket, prefix="up/")}
        assert names == {"up/" + rel for rel in files} - {"up/f048.txt"}

        # raise_on_error=False: the same run returns its summary (everything else is skipped now)
        s2 = c.upload_dir(src, bucket, "up/", progress=False, raise_on_error=False)
        assert not s2.ok and s2.skipped == len(files) - 1 and [n for n, _ in s2.failed] == ["bad\x01name.txt"]

        # Download: a folder in the way of one file, a link out of the folder in the way of others.
        dst, outside = tmp_path / "dst", tmp_path / "outside"
        (dst / "f008.txt").mkdir(parents=True)
        outside.mkdir()
        (dst / "big").symlink_to(outside, target_is_directory=True)
        with pytest.raises(TransferFailed) as info:
            c.download_dir(bucket, dst, "up/", progress=False)
        d = info.value.summary
        failed = dict(d.failed)
        assert sorted(failed) == ["up/big/deep/three.bin", "up/big/one.bin", "up/big/two.bin", "up/f008.txt"]
        assert "IsADirectoryError" in failed["up/f008.txt"] and "symbolic link" in failed["up/big/one.bin"]
        assert d.moved == len(files) - 1 - 4
        assert list(outside.iterdir()) == []  # nothing written outside the folder
        got = read_tree(dst)
        assert all(got[rel] == files[rel] for rel in got)
        assert len(got) == d.moved


def test_missing_bucket_fails_before_any_transfer(client: TClient, unique_name: str, tmp_path: Path) -> None:
    from aisclient.errors import ErrBckNotFound

    (tmp_path / "f").write_bytes(b"x")
    with pytest.raises(ErrBckNotFound):
        client.upload_dir(tmp_path, unique_name, progress=False)
    with pytest.raises(ErrBckNotFound):
        client.download_dir(unique_name, tmp_path / "new", progress=False)
    assert not (tmp_path / "new").exists()


class InterruptingClient(TClient):
    """Raises KeyboardInterrupt (as Ctrl-C would) on the n-th download request (one GET, or one
    Get-Batch of many objects)."""

    after = 0
    count = 0
    lock = threading.Lock()

    def _tick(self) -> None:
        with self.lock:
            self.count += 1
            n = self.count
        if n == self.after:
            raise KeyboardInterrupt

    def download_object(self, *args: Any, **kwargs: Any) -> Any:
        self._tick()
        return super().download_object(*args, **kwargs)

    def get_batch(self, *args: Any, **kwargs: Any) -> Any:
        self._tick()
        return super().get_batch(*args, **kwargs)


@pytest.mark.parametrize("batch", [False, True], ids=["one-get-each", "get-batch"])
def test_interrupted_runs_resume(ais_endpoint: str, bucket: str, tmp_path: Path, batch: bool) -> None:
    src, dst = tmp_path / "src", tmp_path / "dst"
    files = make_tree(src, seed=11)

    # Upload with the async client, cancelled once 60 files are in.
    async def upload_then_cancel() -> int:
        async with TAsyncClient(ais_endpoint) as c:
            task = asyncio.create_task(c.upload_dir(src, bucket, workers=4, progress=False))
            while len(await c.list_all_objects(bucket)) < 60:
                await asyncio.sleep(0.01)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            return len(await c.list_all_objects(bucket))

    stored = asyncio.run(upload_then_cancel())
    assert 60 <= stored < len(files)
    with TClient(ais_endpoint) as c:
        resumed = c.upload_dir(src, bucket, progress=False)
        # A PUT already sent when the task was cancelled may still land after the count above: up to
        # one per worker, each stored whole or not at all (the server checks the length).
        assert resumed.ok and resumed.moved + resumed.skipped == len(files)
        assert stored - 4 <= resumed.skipped <= stored + 4

    # Download with the sync client, interrupted at the 80th object; or, in 4 batches of ~50 and 3
    # large objects alone, at the 5th request: it starts once the first batch is done.
    with InterruptingClient(ais_endpoint) as c:
        c.after = 5 if batch else 80
        with pytest.raises(KeyboardInterrupt):
            c.download_dir(bucket, dst, workers=4, progress=False, batch=batch)
    for t in threading.enumerate():  # workers already running finish their file in the background
        if t.name.startswith("aisclient-transfer"):
            t.join(30)
    partial = read_tree(dst)
    assert (45 if batch else 70) <= len(partial) < len(files)
    assert all(partial[rel] == files[rel] for rel in partial)  # whole files only, never a torn one
    with TClient(ais_endpoint) as c:
        done = c.download_dir(bucket, dst, progress=False)
    assert done.ok and done.skipped == len(partial) and done.moved == len(files) - len(partial)
    assert read_tree(dst) == files


def test_async_client_round_trip(ais_endpoint: str, bucket: str, tmp_path: Path) -> None:
    src, dst = tmp_path / "src", tmp_path / "dst"
    files = make_tree(src, seed=5)

    async def main() -> None:
        async with TAsyncClient(ais_endpoint) as c:
            up = await c.upload_dir(src, bucket, "a/", workers=8, progress=False)
            assert (up.moved, up.failed) == (len(files), ())
            down = await c.download_dir(bucket, dst, "a/", workers=8, progress=False)
            assert (down.moved, down.failed) == (len(files), ())
            assert read_tree(dst) == files
            again = await c.download_dir(bucket, dst, "a/", progress=False)
            assert (again.moved, again.skipped) == (0, len(files))
            only_txt = await c.upload_dir(src, bucket, "b/", pattern="*.bin", recursive=True, progress=False)
            assert only_txt.moved == 3
            flat = await c.upload_dir(src, bucket, "c/", recursive=False, progress=False)
            assert flat.moved == len([r for r in files if "/" not in r])

    asyncio.run(main())


class CountingPuts(TClient):
    puts = 0
    lock = threading.Lock()

    def put_object(self, *args: Any, **kwargs: Any) -> Any:
        with self.lock:  # called from the transfer's worker threads
            type(self).puts += 1
        return super().put_object(*args, **kwargs)


def test_blocking_upload_dir_runs_on_an_async_twin_unless_given_an_http_client(
    ais_endpoint: str, bucket: str, tmp_path: Path
) -> None:
    import httpx
    from aisclient import NO_RETRY

    files = make_tree(tmp_path / "src", seed=9)
    with CountingPuts(ais_endpoint, retry=NO_RETRY, timeout=30) as c:
        assert c._async_twin_options is not None and c._async_twin_options["retry"] is NO_RETRY
        up = c.upload_dir(tmp_path / "src", bucket, "twin/", progress=False)
        assert up.moved == len(files) and CountingPuts.puts == 0  # every PUT went through the twin

        async def from_async_code() -> Any:  # a blocking call inside a running event loop
            return c.upload_dir(tmp_path / "src", bucket, "twin/", progress=False)

        again = asyncio.run(from_async_code())
        assert (again.moved, again.skipped) == (0, len(files))
    with httpx.Client(base_url=ais_endpoint) as http, CountingPuts(ais_endpoint, http_client=http) as c:
        assert c._async_twin_options is None
        up = c.upload_dir(tmp_path / "src", bucket, "threads/", workers=4, progress=False)
        assert up.moved == len(files) == CountingPuts.puts  # the client's own threads, its own put_object
    with TClient(ais_endpoint) as c:
        for prefix in ("twin/", "threads/"):
            sizes = {e.name.removeprefix(prefix): e.size for e in c.list_all_objects(bucket, prefix=prefix)}
            assert sizes == {rel: len(data) for rel, data in files.items()}
