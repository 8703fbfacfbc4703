from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest
import xxhash
from aisclient import Client, ObjStream
from aisclient.errors import (
    ErrBadCksum,
    ErrBckNotFound,
    ErrObjNotFound,
    InvalidBckProvider,
    InvalidObjectName,
)
from aisclient.objects import put_object as put_object_op

pytestmark = pytest.mark.cluster

NAMES = ["plain", "a/b/c.txt", "with space", "ünïcode/ファイル", "q?x", "h#x", "100%", "a+b", ".hidden/x..y"]


@pytest.mark.parametrize("name", NAMES)
def test_roundtrip_tricky_names(client: Client, bucket: str, make_file, name: str) -> None:  # type: ignore[no-untyped-def]
    path, data = make_file(1000)
    client.put_object(bucket, name, str(path))
    assert client.get_object(bucket, name).read_all() == data
    assert client.head_object(bucket, name).props.size == 1000
    assert [e.name for e in client.list_all_objects(bucket)] == [name]
    client.delete_object(bucket, name)
    with pytest.raises(ErrObjNotFound):
        client.head_object(bucket, name)


def test_put_returns_props_with_verified_checksum(client: Client, bucket: str, make_file) -> None:  # type: ignore[no-untyped-def]
    path, data = make_file(3 * 1024 * 1024 + 7)
    props = client.put_object(bucket, "big", path)
    assert props.size == len(data)
    assert props.checksum_type == "xxhash2"
    assert props.checksum_value == xxhash.xxh64(data).hexdigest()
    assert props.version == "1"
    assert props.atime is not None
    again = client.put_object(bucket, "big", path)
    assert again.checksum_value == props.checksum_value


def test_head_object_headers_and_props(client: Client, bucket: str, make_file) -> None:  # type: ignore[no-untyped-def]
    path, data = make_file(4096)
    client.put_object(bucket, "o", path)
    hdr = client.head_object(bucket, "o")
    assert hdr["content-length"] == "4096"
    assert hdr["AIS-CHECKSUM-VALUE"] == xxhash.xxh64(data).hexdigest()
    p = hdr.props
    assert p.size == 4096 and p.present is True and p.version == "1"
    assert p.name == "o" or p.name.endswith("/o")
    assert p.location.startswith("t[")
    assert p.mirror_copies == 1


def test_get_object_streams_in_chunks(client: Client, bucket: str, make_file) -> None:  # type: ignore[no-untyped-def]
    path, data = make_file(2_500_000)
    client.put_object(bucket, "o", path)
    with client.get_object(bucket, "o", chunk_size=1_000_000) as stream:
        assert isinstance(stream, ObjStream)
        assert stream.content_length == len(data)
        assert stream.props.checksum_value == xxhash.xxh64(data).hexdigest()
        sizes = [len(c) for c in stream]
    assert sizes == [1_000_000, 1_000_000, 500_000]
    assert stream.closed


def test_get_object_file_like(client: Client, bucket: str, make_file) -> None:  # type: ignore[no-untyped-def]
    path, data = make_file(100_000)
    client.put_object(bucket, "o", path)
    s = client.get_object(bucket, "o")
    assert s.read(10) == data[:10]
    buf = bytearray(90)
    assert s.readinto(buf) == 90 and bytes(buf) == data[10:100]
    assert s.read() == data[100:]
    assert s.read(5) == b""


def test_seed_default_chunk_size_still_works(client: Client, bucket: str, make_file) -> None:  # type: ignore[no-untyped-def]
    path, data = make_file(64)
    client.put_object(bucket, "o", path)
    chunks = list(client.get_object(bucket, "o", chunk_size=1))
    assert len(chunks) == 64 and b"".join(chunks) == data


def test_range_read(client: Client, bucket: str, make_file) -> None:  # type: ignore[no-untyped-def]
    path, data = make_file(10_000)
    client.put_object(bucket, "o", path)
    s = client.get_object(bucket, "o", byte_range="bytes=100-199")
    assert s.status_code == 206
    assert s.read_all() == data[100:200]
    assert client.get_object(bucket, "o", byte_range="9990-").read_all() == data[9990:]


def test_archpath_reads_one_file_from_a_tar(client: Client, bucket: str, tmp_path: Path) -> None:
    members = {"a.txt": b"alpha", "dir/b.bin": bytes(range(200))}
    tar_path = tmp_path / "shard.tar"
    with tarfile.open(tar_path, "w") as tar:
        for name, payload in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(payload)
            tar.addfile(info, io.BytesIO(payload))
    client.put_object(bucket, "shard.tar", tar_path)
    for name, payload in members.items():
        assert client.get_object(bucket, "shard.tar", archpath=name).read_all() == payload
    with pytest.raises(ErrObjNotFound):
        client.get_object(bucket, "shard.tar", archpath="missing.txt")


def test_missing_object_errors(client: Client, bucket: str) -> None:
    with pytest.raises(ErrObjNotFound) as ei:
        client.head_object(bucket, "nope")  # HEAD: error arrives in Hdr-Error
    assert ei.value.tcode == "ErrNotFound" and ei.value.node.startswith("t[")
    assert "does not exist" in ei.value.message
    with pytest.raises(ErrObjNotFound):
        client.get_object(bucket, "nope")
    with pytest.raises(ErrObjNotFound):
        client.delete_object(bucket, "nope")


def test_object_in_missing_bucket(client: Client, unique_name: str, make_file) -> None:  # type: ignore[no-untyped-def]
    path, _ = make_file(10)
    with pytest.raises(ErrBckNotFound):
        client.get_object(unique_name, "o")
    with pytest.raises(ErrBckNotFound):
        client.head_object(unique_name, "o")
    with pytest.raises(ErrBckNotFound):
        client.put_object(unique_name, "o", path)


def test_put_local_file_errors_before_request(offline_client: Client, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        offline_client.put_object("b", "o", tmp_path / "missing")
    with pytest.raises(IsADirectoryError):
        offline_client.put_object("b", "o", tmp_path)


def test_invalid_object_names_rejected_before_request(offline_client: Client) -> None:
    for bad in ("", "dir/", "a/../b", "./x", "~/x"):
        with pytest.raises(InvalidObjectName):
            offline_client.get_object("b", bad)
    with pytest.raises(InvalidBckProvider):
        offline_client.head_object("b", "o", provider="hdfs")


def test_server_rejects_a_wrong_checksum(client: Client, bucket: str, make_file) -> None:  # type: ignore[no-untyped-def]
    path, _ = make_file(1000)
    op = put_object_op(bucket, "o", str(path), checksum=("xxhash2", "0123456789abcdef"))
    with pytest.raises(ErrBadCksum):
        client._driver.run(op)
    with pytest.raises(ErrObjNotFound):
        client.head_object(bucket, "o")


def test_empty_object(client: Client, bucket: str, make_file) -> None:  # type: ignore[no-untyped-def]
    path, _ = make_file(0)
    assert client.put_object(bucket, "empty", path).size == 0
    assert client.get_object(bucket, "empty").read_all() == b""
