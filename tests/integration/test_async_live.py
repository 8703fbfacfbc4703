"""AsyncClient against the live cluster: same operations, awaited."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import pytest
import xxhash
from aisclient import AsyncClient, AsyncObjStream, Bck
from aisclient.errors import ErrBckAlreadyExists, ErrBckNotFound, ErrObjNotFound, InvalidBckProvider

pytestmark = pytest.mark.cluster


def test_async_end_to_end(ais_endpoint: str, unique_name: str, tmp_path: Path) -> None:
    data = bytes(range(256)) * 5000
    src = tmp_path / "f"
    src.write_bytes(data)

    async def main() -> None:
        async with AsyncClient(ais_endpoint) as c:
            assert await c.is_aistore_running()
            smap = await c.get_cluster_info()
            assert len(smap.tmap) == 2
            await c.create_bucket(unique_name)
            dst = unique_name + "-dst"
            try:
                with pytest.raises(ErrBckAlreadyExists):
                    await c.create_bucket(unique_name)
                assert Bck(unique_name) in await c.list_buckets()
                assert (await c.head_bucket(unique_name)).props.checksum_type == "xxhash2"
                with pytest.raises(InvalidBckProvider):
                    await c.evict_bucket(unique_name, "ais")

                # concurrent uploads share one pool
                props = await asyncio.gather(*(c.put_object(unique_name, f"d/o{i}", src) for i in range(8)))
                assert {p.checksum_value for p in props} == {xxhash.xxh64(data).hexdigest()}
                assert (await c.head_object(unique_name, "d/o3")).props.size == len(data)

                stream = await c.get_object(unique_name, "d/o0", chunk_size=100_000)
                assert isinstance(stream, AsyncObjStream)
                async with stream:
                    assert await stream.read(5) == data[:5]
                    rest = b"".join([chunk async for chunk in stream])
                assert rest == data[5:]
                assert await (await c.get_object(unique_name, "d/o1", byte_range="0-99")).read_all() == data[:100]

                page = await c.list_objects(unique_name, page_size=3)
                assert len(page.entries) == 3 and page.continuation_token
                pages = [p async for p in c.list_objects_iter(unique_name, page_size=3).pages()]
                assert [len(p.entries) for p in pages] == [3, 3, 2]
                assert len(await c.list_all_objects(unique_name, prefix="d/")) == 8

                xid = await c.copy_bucket(unique_name, dst, prefix="d/o1")
                st = await c.wait_for_xaction_finished(xid, timeout=120)
                assert st.finished and (await c.xact_status(xid)).uuid == xid
                assert [e.name for e in await c.list_all_objects(dst)] == ["d/o1"]

                await c.delete_object(unique_name, "d/o0")
                with pytest.raises(ErrObjNotFound):
                    await c.head_object(unique_name, "d/o0")
            finally:
                await c.destroy_bucket(unique_name)
                with contextlib.suppress(ErrBckNotFound):
                    await c.destroy_bucket(dst)
            with pytest.raises(ErrBckNotFound):
                await c.head_bucket(unique_name)

    asyncio.run(main())


def test_async_not_running_is_false() -> None:
    async def main() -> bool:
        async with AsyncClient("http://127.0.0.1:1") as c:
            return await c.is_aistore_running()

    assert asyncio.run(main()) is False
