"""Get-Batch against the live cluster: `get_batch` (sync, async, bucket handle) gives back exactly the
objects asked for, in order, byte for byte, with missing ones marked; and `download_dir` built on it:
the same tree as one GET per object, with far fewer requests, and nothing lost or wrong when objects
change or vanish after the listing or a batch breaks midway."""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aisclient import AsyncClient, Client
from aisclient.batch import BatchObject
from aisclient.errors import AISError, ErrBckNotFound, ErrObjNotFound, InvalidArgument, InvalidResponse

pytestmark = pytest.mark.cluster

NAMES = [f"img/{i:03d}.jpg" for i in range(40)] + ["empty", "ü-ñ/名前 with space.txt", "d/" + "x" * 180 + ".bin"]


@pytest.fixture
def client(ais_endpoint: str) -> Iterator[Client]:
    with Client(ais_endpoint) as c:
        yield c


@pytest.fixture
def filled(client: Client, unique_name: str) -> Iterator[tuple[str, dict[str, bytes]]]:
    rnd = random.Random(5)
    client.create_bucket(unique_name)
    objects = {n: (b"" if n == "empty" else rnd.randbytes(rnd.randint(1, 9000))) for n in NAMES}
    for name, data in objects.items():
        client.put_content(unique_name, name, data)
    try:
        yield unique_name, objects
    finally:
        with contextlib.suppress(AISError):
            client.destroy_bucket(unique_name)


def test_get_batch_gives_the_objects_asked_for_in_order(client: Client, filled: tuple[str, dict[str, bytes]]) -> None:
    bucket, objects = filled
    asked = [*list(reversed(NAMES)), "img/001.jpg", "no/such/object", "img/001.jpg"]
    with client.get_batch(bucket, asked) as batch:
        got = list(batch)
    assert [o.name for o in got] == asked
    assert [o.found for o in got] == [n != "no/such/object" for n in asked]
    assert all(o.data == objects.get(o.name, b"") for o in got)  # byte for byte; the missing one empty
    assert got[-2] == BatchObject("no/such/object", b"", found=False)
    # The bucket handle, stopping early: the connection is released, the client goes on.
    with client.bucket(bucket).get_batch(NAMES[:5]) as batch:
        first = next(iter(batch))
    assert first == BatchObject(NAMES[0], objects[NAMES[0]])
    assert client.get_object(bucket, NAMES[1]).read_all() == objects[NAMES[1]]


def test_get_batch_async(ais_endpoint: str, filled: tuple[str, dict[str, bytes]]) -> None:
    bucket, objects = filled

    async def main() -> list[BatchObject]:
        async with AsyncClient(ais_endpoint) as c, await c.bucket(bucket).get_batch([*NAMES, "gone"]) as batch:
            return [o async for o in batch]

    got = asyncio.run(main())
    assert {o.name: o.data for o in got if o.found} == objects
    assert [o.name for o in got if not o.found] == ["gone"]


def test_get_batch_errors(client: Client, filled: tuple[str, dict[str, bytes]], unique_name: str) -> None:
    bucket, objects = filled
    with pytest.raises(ErrBckNotFound):
        client.get_batch(unique_name + "-none", ["a"])
    for bad, why in [([], "empty"), ("img/001.jpg", "list of object names"), (["a"] * 10_001, "at most 10000")]:
        with pytest.raises(InvalidArgument, match=why):
            client.get_batch(bucket, bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument):
        client.get_batch(bucket, ["ok", ""])
    # An object larger than allowed is refused as it arrives, not held in memory.
    big = max(objects, key=lambda n: len(objects[n]))
    with client.get_batch(bucket, [big], max_object_size=100) as batch, pytest.raises(InvalidResponse, match="larger"):
        list(batch)


class CountingClient(Client):
    """Counts the requests download_dir makes, and can tamper with the bucket or the batch answer."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lock = threading.Lock()
        self.batches = 0
        self.singles = 0
        self.before_first_batch: Any = None
        self.break_batch_after = -1

    def get_batch(self, *args: Any, **kwargs: Any) -> Any:
        with self.lock:
            self.batches += 1
            tamper, self.before_first_batch = self.before_first_batch, None
        if tamper:
            tamper()
        stream = super().get_batch(*args, **kwargs)
        return Broken(stream, self.break_batch_after) if self.break_batch_after >= 0 else stream

    def download_object(self, *args: Any, **kwargs: Any) -> Any:
        with self.lock:
            self.singles += 1
        return super().download_object(*args, **kwargs)


class Broken:
    """A batch whose stream breaks after `after` objects (as a dropped connection would end it)."""

    def __init__(self, stream: Any, after: int) -> None:
        self.stream, self.after = stream, after

    def __enter__(self) -> Broken:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stream.close()

    def __iter__(self) -> Iterator[BatchObject]:
        for n, obj in enumerate(self.stream):
            if n == self.after:
                raise InvalidResponse("ais://b", "Get-Batch archive: the archive stopped inside a member")
            yield obj


def make_bucket(client: Client, bucket: str, n: int) -> dict[str, bytes]:
    rnd = random.Random(n)
    client.create_bucket(bucket)
    files = {f"{i % 7}/f{i:04d}": rnd.randbytes(rnd.randint(0, 3000)) for i in range(n)}
    files["big.bin"] = rnd.randbytes(1536 << 10)  # over the batch limit: its own GET
    for name, data in files.items():
        client.put_content(bucket, "p/" + name, data)
    return files


def read_tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def tree_bucket(client: Client, unique_name: str) -> Iterator[tuple[str, dict[str, bytes]]]:
    files = make_bucket(client, unique_name, 300)
    try:
        yield unique_name, files
    finally:
        with contextlib.suppress(AISError):
            client.destroy_bucket(unique_name)


def test_download_dir_batches_small_objects(
    ais_endpoint: str, tree_bucket: tuple[str, dict[str, bytes]], tmp_path: Path
) -> None:
    bucket, files = tree_bucket
    with CountingClient(ais_endpoint) as c:
        s = c.download_dir(bucket, tmp_path / "a", "p/", workers=4, progress=False)
        assert (s.moved, s.skipped, s.failed, s.moved_bytes) == (301, 0, (), sum(map(len, files.values())))
        assert read_tree(tmp_path / "a") == files
        assert not [p for p in (tmp_path / "a").rglob(".*")]  # no temp file left
        assert (c.batches, c.singles) == (4, 1)  # 300 small objects in 4 requests; the large one alone
        c.batches = c.singles = 0
        again = c.download_dir(bucket, tmp_path / "a", "p/", workers=4, progress=False)
        assert (again.moved, again.skipped, c.batches, c.singles) == (0, 301, 0, 0)  # nothing to ask for
        c.download_dir(bucket, tmp_path / "b", "p/", workers=4, progress=False, batch=False)
        assert (c.batches, c.singles) == (0, 301)
        assert read_tree(tmp_path / "b") == files


def test_download_dir_objects_changed_or_gone_after_the_listing(
    ais_endpoint: str, tree_bucket: tuple[str, dict[str, bytes]], tmp_path: Path
) -> None:
    bucket, files = tree_bucket
    changed, gone = "3/f0010", "4/f0011"
    new = bytes(b ^ 0xFF for b in files[changed])  # same size, other bytes: only the checksum tells

    with CountingClient(ais_endpoint) as c:

        def tamper() -> None:  # runs after the listing, before the first batch is asked for
            c.put_content(bucket, "p/" + changed, new)
            c.delete_object(bucket, "p/" + gone)

        c.before_first_batch = tamper
        s = c.download_dir(bucket, tmp_path, "p/", workers=1, progress=False, raise_on_error=False)
    assert s.moved == 300 and [n for n, _ in s.failed] == ["p/" + gone]
    assert "ErrObjNotFound" in s.failed[0][1]
    got = read_tree(tmp_path)
    assert got.pop(changed) == new  # the changed object's batch copy failed the listed checksum: GET again
    assert got == {k: v for k, v in files.items() if k not in (changed, gone)}
    assert c.singles == 1 + 2  # the large object, then one GET each for the two the batch could not deliver


def test_download_dir_a_batch_broken_midway_loses_nothing(
    ais_endpoint: str, tree_bucket: tuple[str, dict[str, bytes]], tmp_path: Path
) -> None:
    bucket, files = tree_bucket
    with CountingClient(ais_endpoint) as c:
        c.break_batch_after = 10
        s = c.download_dir(bucket, tmp_path, "p/", workers=2, progress=False)
        assert s.ok and s.moved == 301
        assert read_tree(tmp_path) == files
        assert c.batches == 2 and c.singles == 1 + 2 * (150 - 10)  # what each batch did not deliver, one by one


def test_download_dir_async_batches_with_changes(
    ais_endpoint: str, tree_bucket: tuple[str, dict[str, bytes]], tmp_path: Path
) -> None:
    bucket, files = tree_bucket

    async def main() -> Any:
        async with AsyncClient(ais_endpoint) as c:
            await c.delete_object(bucket, "p/0/f0000")
            s = await c.download_dir(bucket, tmp_path, "p/", workers=3, progress=False)
            again = await c.download_dir(bucket, tmp_path, "p/", progress=False)
            return s, again

    s, again = asyncio.run(main())
    assert s.ok and s.moved == 300 and again.skipped == 300
    del files["0/f0000"]
    assert read_tree(tmp_path) == files
    with pytest.raises(ErrObjNotFound):
        Client(ais_endpoint).get_object(bucket, "p/0/f0000")
