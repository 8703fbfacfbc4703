"""The bucket/object handles, sync and async, on the live cluster: the same operations as the flat
methods (they are derived from the same declarations), bound to one bucket or object."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from aisclient import AsyncClient, Client, errors

pytestmark = pytest.mark.cluster


def test_bucket_and_object_handles(ais_endpoint: str, unique_name: str, tmp_path: Path) -> None:
    data = os.urandom(300_000)
    src = tmp_path / "src.bin"
    src.write_bytes(data)
    with Client(ais_endpoint) as client:
        bucket = client.bucket(unique_name)
        bucket.create()
        try:
            obj = bucket.object("dir/a b.bin")
            props = obj.put_file(src)
            assert props.name == "dir/a b.bin" and props.size == len(data)
            assert obj.head().props.size == len(data)
            with obj.get_reader() as reader:
                assert reader.read_all() == data and reader.verified is True
            assert obj.get_reader(byte_range="0-9").read_all() == data[:10]
            target = tmp_path / "copy.bin"
            assert obj.download(target).size == len(data) and target.read_bytes() == data
            assert [e.name for e in bucket.list_objects_iter(prefix="dir/")] == ["dir/a b.bin"]
            assert [e.name for e in bucket.list_all_objects()] == ["dir/a b.bin"]
            assert bucket.list_objects().entries[0].size == len(data)
            assert bucket.head().props.provider in ("", "ais")
            with pytest.raises(errors.InvalidBckProvider):
                bucket.evict()  # an ais:// bucket cannot be evicted: refused before any request
            xid = bucket.copy(unique_name + "-cp")
            client.wait_for_xaction_finished(xact_id=xid, timeout=120)
            assert client.bucket(unique_name + "-cp").object("dir/a b.bin").get_reader().read_all() == data
            client.bucket(unique_name + "-cp").delete()
            obj.delete()
            with pytest.raises(errors.ErrObjNotFound):
                obj.head()
        finally:
            bucket.delete()


def test_async_handles(ais_endpoint: str, unique_name: str, tmp_path: Path) -> None:
    data = os.urandom(100_000)
    src = tmp_path / "src.bin"
    src.write_bytes(data)

    async def main() -> None:
        async with AsyncClient(ais_endpoint) as client:
            bucket = client.bucket(unique_name)
            await bucket.create()
            try:
                obj = bucket.object("o")
                await obj.put_file(src)
                async with await obj.get_reader() as reader:
                    assert await reader.read_all() == data
                assert (await obj.head()).props.size == len(data)
                assert [e.name async for e in bucket.list_objects_iter()] == ["o"]
                assert [e.name for e in await bucket.list_all_objects()] == ["o"]
                target = tmp_path / "a.bin"
                await obj.download(target)
                assert target.read_bytes() == data
                await obj.delete()
            finally:
                await bucket.delete()

    asyncio.run(main())


def test_namespaced_bucket(ais_endpoint: str, unique_name: str, tmp_path: Path) -> None:
    """`ais://@#ns/bucket` is another bucket than `ais://bucket`; reads go straight to the owner there too."""
    src = tmp_path / "f"
    src.write_bytes(b"in a namespace")
    ns = "#" + unique_name.replace("-", "_")
    with Client(ais_endpoint) as client:
        bucket = client.bucket(unique_name, namespace=ns)
        assert repr(bucket) == f"Bucket(ais://@{ns}/{unique_name})"
        bucket.create()
        try:
            bucket.object("o").put_file(src)
            raw = client.with_raw_response.get_object(unique_name, "o", namespace=ns)
            assert raw.parse().read_all() == b"in a namespace"
            assert "pid=" not in raw.url  # placement hashed the namespace: the owner answered directly
            assert [e.name for e in bucket.list_all_objects()] == ["o"]
            with pytest.raises(errors.ErrBckNotFound):
                client.head_bucket(unique_name)  # the global namespace has no such bucket
            listed = [b for b in client.list_buckets() if b.name == unique_name]
            assert [b.namespace.name for b in listed] == [ns[1:]]
            with pytest.raises(errors.InvalidArgument):
                client.bucket(unique_name, namespace="not a namespace")
        finally:
            bucket.delete()
