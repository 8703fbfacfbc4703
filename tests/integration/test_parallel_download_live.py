"""Large objects downloaded with parallel range requests: byte-identical, verified as a whole, atomic."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from aisclient import AsyncClient, Client, errors
from faults.netfaults import FaultProxy

pytestmark = pytest.mark.cluster

SIZE = 40 << 20
PART = 4 << 20


@pytest.fixture
def big(ais_endpoint: str, unique_name: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    data = os.urandom(SIZE) + b"tail"
    src = tmp_path / "src"
    src.write_bytes(data)
    with Client(ais_endpoint) as c:
        c.create_bucket(unique_name)
        c.put_object(unique_name, "big", src)
        c.head_object(unique_name, "big")
        hrw = c._driver.view.hrw
        assert hrw is not None
        owner = hrw.target_for_object(unique_name, "big").direct_url
        yield unique_name, data, owner
        c.destroy_bucket(unique_name)


def test_parallel_download_sync_and_async(ais_endpoint: str, big, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bucket, data, _ = big
    with Client(ais_endpoint) as c:
        props = c.download_object(bucket, "big", tmp_path / "p.bin", workers=4, part_size=PART)
        assert props.size == len(data) and (tmp_path / "p.bin").read_bytes() == data
        with pytest.raises(errors.InvalidArgument):
            c.download_object(bucket, "big", tmp_path / "x.bin", workers=0)

    async def main() -> None:
        async with AsyncClient(ais_endpoint) as c:
            await c.bucket(bucket).object("big").download(tmp_path / "a.bin", workers=3, part_size=PART)

    asyncio.run(main())
    assert (tmp_path / "a.bin").read_bytes() == data


def test_parallel_download_resumes_cut_ranges_and_catches_corruption(big, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bucket, data, owner = big
    with FaultProxy(owner, cut_after=1 << 20, every=False) as fp, Client(fp.url, direct=False) as c:
        c.download_object(bucket, "big", tmp_path / "cut.bin", workers=4, part_size=PART)
        assert (tmp_path / "cut.bin").read_bytes() == data and fp.faults == 1
    with FaultProxy(owner, flip_at=100) as fp, Client(fp.url, direct=False) as c:
        with pytest.raises(errors.ChecksumMismatch):
            c.download_object(bucket, "big", tmp_path / "bad.bin", workers=4, part_size=PART)
        assert not (tmp_path / "bad.bin").exists()
        assert not any(p.name.endswith(".part") for p in tmp_path.iterdir())
