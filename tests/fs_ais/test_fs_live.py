"""`ais://` as data tools use it: pandas and pyarrow through fsspec URLs, files opened for reading and
writing, and the guarantees the filesystem adds (a read never mixes object versions, a failed write
stores nothing, phantom directories are hidden)."""

from __future__ import annotations

import asyncio
import os
import pickle
import uuid
from pathlib import Path

import fsspec  # type: ignore[import-untyped]
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from aisclient import Client, ListFlag
from aisclient.errors import InvalidArgument
from aisclient.fs import AISFileSystem, ObjectChangedError


def test_ais_protocol_is_registered_with_fsspec() -> None:
    assert fsspec.get_filesystem_class("ais") is AISFileSystem


def test_pandas_csv_and_parquet_through_ais_urls(ais_endpoint: str, fs_bucket: str) -> None:
    df = pd.DataFrame(
        {"id": range(1000), "label": [f"x{i % 7}" for i in range(1000)], "v": [i / 3 for i in range(1000)]}
    )
    opts = {"endpoint": ais_endpoint}
    df.to_csv(f"ais://{fs_bucket}/tables/t.csv", index=False, storage_options=opts)
    pd.testing.assert_frame_equal(pd.read_csv(f"ais://{fs_bucket}/tables/t.csv", storage_options=opts), df)
    df.to_parquet(f"ais://{fs_bucket}/tables/t.parquet", storage_options=opts)
    pd.testing.assert_frame_equal(pd.read_parquet(f"ais://{fs_bucket}/tables/t.parquet", storage_options=opts), df)
    with Client(ais_endpoint) as c:  # what pandas wrote is an ordinary object
        assert c.head_object(fs_bucket, "tables/t.parquet").props.size == len(
            c.get_object(fs_bucket, "tables/t.parquet").read_all()
        )


def test_pyarrow_reads_a_partitioned_dataset_through_the_filesystem(ais_endpoint: str, fs_bucket: str) -> None:
    fs = AISFileSystem(ais_endpoint, skip_instance_cache=True)
    table = pa.table({"part": ["a", "b", "a", "c"] * 250, "n": list(range(1000))})
    pq.write_to_dataset(table, f"{fs_bucket}/ds", partition_cols=["part"], filesystem=fs)
    assert sorted(p.rsplit("/", 1)[-1] for p in fs.ls(f"{fs_bucket}/ds", detail=False)) == [
        "part=a",
        "part=b",
        "part=c",
    ]
    back = pq.read_table(f"{fs_bucket}/ds", filesystem=fs).sort_by("n")
    assert back.column("n").to_pylist() == list(range(1000))
    assert back.column("part").to_pylist() == table.column("part").to_pylist()


def test_open_for_writing_goes_multipart_past_one_block_and_reads_back(aisfs: AISFileSystem, fs_bucket: str) -> None:
    block = 5 * 1024 * 1024
    data = os.urandom(2 * block + 12345)
    path = f"{fs_bucket}/big/obj.bin"
    with aisfs.open(path, "wb", block_size=block) as f:
        for i in range(0, len(data), 1 << 20):
            f.write(data[i : i + (1 << 20)])
        assert f._upload_id  # more than one block written: a multipart upload is under way
    assert aisfs.cat_file(path) == data  # a whole read, checked against the object's checksum
    with aisfs.open(path, "rb", block_size=1 << 20) as f:
        f.seek(block - 10)
        assert f.read(20) == data[block - 10 : block + 10]
        f.seek(-5, 2)
        assert f.read() == data[-5:]
    small = f"{fs_bucket}/big/small.bin"
    with aisfs.open(small, "wb") as f:
        f.write(b"one block")
        assert not f._upload_id
    assert aisfs.cat_file(small) == b"one block" and aisfs.size(small) == 9


def test_a_write_that_raises_stores_nothing(aisfs: AISFileSystem, fs_bucket: str) -> None:
    path = f"{fs_bucket}/failed/obj.bin"
    with pytest.raises(RuntimeError, match="boom"), aisfs.open(path, "wb", block_size=5 * 1024 * 1024) as f:
        f.write(os.urandom(11 * 1024 * 1024))  # two parts already sent
        assert f._upload_id
        raise RuntimeError("boom")
    assert not aisfs.exists(path)
    with pytest.raises(RuntimeError), aisfs.open(f"{fs_bucket}/failed/small", "wb") as f:
        f.write(b"x")
        raise RuntimeError
    assert not aisfs.exists(f"{fs_bucket}/failed/small")


def test_reading_an_object_replaced_while_open_fails_instead_of_mixing_versions(
    aisfs: AISFileSystem, fs_bucket: str
) -> None:
    path = f"{fs_bucket}/changing.bin"
    aisfs.pipe_file(path, b"a" * 4096)
    with aisfs.open(path, "rb", block_size=1024, cache_type="none") as f:
        assert f.read(1024) == b"a" * 1024
        aisfs.pipe_file(path, b"b" * 4096)
        with pytest.raises(ObjectChangedError, match="changed while open"):
            f.read(1024)


def test_directories_are_prefixes_and_emptied_ones_disappear(aisfs: AISFileSystem, fs_bucket: str) -> None:
    base = f"{fs_bucket}/tree-{uuid.uuid4().hex[:6]}"
    aisfs.pipe({f"{base}/a/x": b"1", f"{base}/a/y": b"22", f"{base}/b/c/z": b"333", f"{base}/top": b""})
    assert aisfs.ls(base, detail=False) == [f"{base}/a", f"{base}/b", f"{base}/top"]
    assert aisfs.info(f"{base}/top") == {
        "name": f"{base}/top",
        "size": 0,
        "type": "file",
        "checksum": aisfs.info(f"{base}/top")["checksum"],
        "version": "1",
    }
    assert aisfs.isdir(f"{base}/b/c") and aisfs.isfile(f"{base}/b/c/z") and not aisfs.exists(f"{base}/b/cz")
    assert aisfs.du(base) == 6
    assert aisfs.find(base, withdirs=True) == [  # the directory itself too, as fsspec's local filesystem
        base,
        f"{base}/a",
        f"{base}/a/x",
        f"{base}/a/y",
        f"{base}/b",
        f"{base}/b/c",
        f"{base}/b/c/z",
        f"{base}/top",
    ]
    aisfs.rm(f"{base}/b", recursive=True)
    # The target still has the directory on disk and a one-level listing reports it; ls must not.
    with Client(aisfs.endpoint) as c:
        raw = [
            e.name
            for e in c.list_all_objects(fs_bucket, prefix=f"{base.split('/', 1)[1]}/", flags=ListFlag.NO_RECURSION)
        ]
    assert f"{base.split('/', 1)[1]}/b/" in raw  # AIS v1.5.0 does (seen live); without the check ls would too
    assert aisfs.ls(base, detail=False) == [f"{base}/a", f"{base}/top"]
    assert not aisfs.exists(f"{base}/b")
    with pytest.raises(FileNotFoundError):
        aisfs.ls(f"{base}/b")
    with pytest.raises(FileNotFoundError):
        aisfs.info(f"{base}/nothing")
    with pytest.raises(IsADirectoryError):
        aisfs.cat_file(f"{base}/a")


def test_get_and_put_whole_trees(aisfs: AISFileSystem, fs_bucket: str, tmp_path: Path) -> None:
    src = tmp_path / "src"
    files = {f"d{i % 3}/f{i}.bin": os.urandom(100 + i) for i in range(30)}
    for rel, data in files.items():
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_bytes(data)
    aisfs.put(str(src) + "/", f"{fs_bucket}/tree/", recursive=True)
    assert sorted(aisfs.find(f"{fs_bucket}/tree")) == sorted(f"{fs_bucket}/tree/{r}" for r in files)
    aisfs.get(f"{fs_bucket}/tree/", str(tmp_path / "dst") + "/", recursive=True)
    got = {str(p.relative_to(tmp_path / "dst")): p.read_bytes() for p in (tmp_path / "dst").rglob("*") if p.is_file()}
    assert got == files  # and no temporary file left beside them


def test_the_filesystem_pickles_and_works_on_several_event_loops(ais_endpoint: str, fs_bucket: str) -> None:
    fs = AISFileSystem(ais_endpoint, skip_instance_cache=True, block_size=1 << 20)
    fs.pipe_file(f"{fs_bucket}/p.txt", b"pickled")
    clone = pickle.loads(pickle.dumps(fs))  # what Dask does to send a filesystem to its workers
    assert clone.endpoint == fs.endpoint and clone.blocksize == 1 << 20
    assert clone.cat_file(f"{fs_bucket}/p.txt") == b"pickled"

    async def read() -> bytes:
        afs = AISFileSystem(ais_endpoint, asynchronous=True, skip_instance_cache=True)
        return await afs._cat_file(f"{fs_bucket}/p.txt")

    assert asyncio.run(read()) == b"pickled"
    afs = AISFileSystem(ais_endpoint, asynchronous=True, skip_instance_cache=True)
    # One filesystem object on two loops in turn: each loop gets a client of its own.
    assert asyncio.run(afs._cat_file(f"{fs_bucket}/p.txt")) == b"pickled"
    assert asyncio.run(afs._cat_file(f"{fs_bucket}/p.txt", 0, 3)) == b"pic"


def test_bad_input_fails_before_any_request() -> None:
    fs = AISFileSystem("http://127.0.0.1:1", skip_instance_cache=True)  # nothing listens there
    with pytest.raises(InvalidArgument, match="block_size"):
        AISFileSystem("http://127.0.0.1:1", block_size=0, skip_instance_cache=True)
    with pytest.raises(InvalidArgument):
        AISFileSystem("ftp://host", skip_instance_cache=True)
    with pytest.raises(ValueError, match="not supported"):
        fs.open("b/o", "ab")
    with pytest.raises(IsADirectoryError):
        fs.pipe_file("bucket-only", b"x")
    with pytest.raises(IsADirectoryError):
        fs.cat_file("bucket-only")
