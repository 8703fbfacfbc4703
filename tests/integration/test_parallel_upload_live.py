"""Large files uploaded as multipart uploads with parallel parts: byte-identical, verified, nothing left on failure."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import aisclient.client_async
import aisclient.client_sync
import pytest
from aisclient import AsyncClient, Client, errors

pytestmark = pytest.mark.cluster

SIZE = 10 << 20
PART = 2 << 20
SMALL = {"multipart_threshold": 1 << 20, "part_size": PART}


@pytest.fixture
def src(tmp_path: Path) -> tuple[Path, bytes]:
    data = os.urandom(SIZE) + b"tail"  # 6 parts, the last one short
    path = tmp_path / "src.bin"
    path.write_bytes(data)
    return path, data


@pytest.fixture
def bucket(ais_endpoint: str, unique_name: str):  # type: ignore[no-untyped-def]
    with Client(ais_endpoint) as c:
        c.create_bucket(unique_name)
        yield unique_name
        c.destroy_bucket(unique_name)


def _names(c: Client, bucket: str) -> list[str]:
    return [e.name for e in c.list_all_objects(bucket)]


def test_multipart_upload_sync_and_async(ais_endpoint: str, bucket: str, src: tuple[Path, bytes]) -> None:
    path, data = src
    with Client(ais_endpoint) as c:
        props = c.put_object(bucket, "big", path, workers=3, **SMALL)
        assert props.size == len(data) and props.name == "big"
        with c.get_object(bucket, "big") as s:
            assert s.read_all() == data
        head = c.head_object(bucket, "big").props
        assert head.size == len(data) and head.checksum_value == props.checksum_value
        # Below the threshold the same call is one streamed PUT (its checksum is ours: xxhash2).
        single = c.put_object(bucket, "single", path, multipart_threshold=len(data) + 1)
        assert single.checksum_type == "xxhash2" and props.checksum_type != ""

    async def main() -> None:
        async with AsyncClient(ais_endpoint) as c:
            got = await c.bucket(bucket).object("abig").put_file(path, workers=2, **SMALL)
            assert got.size == len(data)
            async with await c.get_object(bucket, "abig") as s:
                assert await s.read_all() == data

    asyncio.run(main())


def test_multipart_upload_bad_input_before_any_request(ais_endpoint: str, tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_bytes(b"x")
    with Client(ais_endpoint) as c:
        for kwargs in ({"workers": 0}, {"part_size": 0}, {"multipart_threshold": 0}, {"workers": True}):
            with pytest.raises((errors.InvalidArgument, errors.InvalidArgumentType)):
                c.put_object("no-such-bucket-needed", "o", f, **kwargs)  # type: ignore[arg-type]


def test_multipart_upload_corrupted_part_is_caught_and_removed(
    ais_endpoint: str, bucket: str, src: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = src
    real = aisclient.client_sync.read_part

    def corrupt(fd: int, offset: int, length: int, upload: object) -> bytes:
        data = real(fd, offset, length, upload)  # type: ignore[arg-type]
        return (bytes([data[0] ^ 1]) + data[1:]) if offset == PART else data  # one flipped bit in part 2

    monkeypatch.setattr(aisclient.client_sync, "read_part", corrupt)
    with Client(ais_endpoint) as c:
        with pytest.raises(errors.ChecksumMismatch):
            c.put_object(bucket, "bad", path, **SMALL)
        assert "bad" not in _names(c, bucket)


def test_multipart_upload_file_changed_aborts(
    ais_endpoint: str, bucket: str, src: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = src
    real = aisclient.client_async.read_part

    def grow(fd: int, offset: int, length: int, upload: object) -> bytes:
        data = real(fd, offset, length, upload)  # type: ignore[arg-type]
        if offset == 0:
            with open(path, "ab") as f:
                f.write(b"more")
        return data

    monkeypatch.setattr(aisclient.client_async, "read_part", grow)

    async def main() -> None:
        async with AsyncClient(ais_endpoint) as c:
            with pytest.raises(errors.LocalFileChanged):
                await c.put_object(bucket, "changed", path, **SMALL)

    asyncio.run(main())
    with Client(ais_endpoint) as c:
        assert "changed" not in _names(c, bucket)
