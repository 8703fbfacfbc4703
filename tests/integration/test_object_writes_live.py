"""Append and flush, multipart uploads, custom metadata, copy and rename, on the live cluster (sync + async)."""

from __future__ import annotations

import asyncio
import os

import pytest
from aisclient import AsyncClient, Client, errors

pytestmark = pytest.mark.cluster


def test_append_then_flush(client: Client, bucket: str) -> None:
    handle = client.append_object(bucket, "log", b"one,")
    handle = client.append_object(bucket, "log", b"two,", handle=handle)
    handle = client.append_object(bucket, "log", b"three", handle=handle)
    with pytest.raises(errors.ErrObjNotFound):
        client.head_object(bucket, "log")  # not visible before the flush
    client.flush_object(bucket, "log", handle)
    assert client.get_object(bucket, "log").read_all() == b"one,two,three"
    with pytest.raises(errors.InvalidArgument):
        client.flush_object(bucket, "log", "")


def test_multipart_upload_complete_and_abort(client: Client, bucket: str) -> None:
    parts = [os.urandom(1 << 20), os.urandom(300_000), os.urandom(5)]
    obj = client.bucket(bucket).object("mp.bin")
    upload = obj.create_multipart_upload()
    for n in (3, 1, 2):  # in any order
        obj.upload_part(upload, n, parts[n - 1])
    obj.complete_multipart_upload(upload, [1, 2, 3])
    assert obj.get_reader().read_all() == b"".join(parts)
    aborted = client.create_multipart_upload(bucket, "gone.bin")
    client.upload_part(bucket, "gone.bin", aborted, 1, b"x" * 100)
    client.abort_multipart_upload(bucket, "gone.bin", aborted)
    with pytest.raises(errors.ErrObjNotFound):
        client.head_object(bucket, "gone.bin")
    with pytest.raises(errors.InvalidArgument):
        client.upload_part(bucket, "x", aborted, 0, b"x")
    with pytest.raises(errors.InvalidArgument):
        client.complete_multipart_upload(bucket, "x", aborted, [])


def test_custom_metadata_merge_and_replace(client: Client, bucket: str) -> None:
    client.put_content(bucket, "o", b"data")
    client.set_custom_metadata(bucket, "o", {"team": "vision", "epoch": "3"})
    assert {"team": "vision", "epoch": "3"}.items() <= client.head_object(bucket, "o").props.custom_md.items()
    client.set_custom_metadata(bucket, "o", {"epoch": "4"})
    md = client.head_object(bucket, "o").props.custom_md
    assert md.get("team") == "vision" and md.get("epoch") == "4"
    client.set_custom_metadata(bucket, "o", {"only": "this"}, replace=True)
    md = client.head_object(bucket, "o").props.custom_md
    assert md.get("only") == "this" and "team" not in md


def test_copy_and_rename(client: Client, bucket: str, unique_name: str) -> None:
    data = os.urandom(100_000)
    client.put_content(bucket, "a", data)
    client.copy_object(bucket, "a", bucket, "b")
    assert client.get_object(bucket, "b").read_all() == data
    other = unique_name + "-dst"
    client.create_bucket(other)
    try:
        client.bucket(bucket).object("a").copy(other)
        assert client.get_object(other, "a").read_all() == data
    finally:
        client.destroy_bucket(other)
    client.rename_object(bucket, "b", "c/renamed")
    assert client.get_object(bucket, "c/renamed").read_all() == data
    with pytest.raises(errors.ErrObjNotFound):
        client.head_object(bucket, "b")
    with pytest.raises(errors.InvalidArgument):
        client.rename_object(bucket, "a", "a")


def test_async_append_and_multipart(ais_endpoint: str, bucket: str) -> None:
    async def main() -> None:
        async with AsyncClient(ais_endpoint) as c:
            h = await c.append_object(bucket, "alog", b"x")
            h = await c.append_object(bucket, "alog", b"y", handle=h)
            await c.flush_object(bucket, "alog", h)
            assert await (await c.get_object(bucket, "alog")).read_all() == b"xy"
            up = await c.create_multipart_upload(bucket, "amp")
            await asyncio.gather(*(c.upload_part(bucket, "amp", up, n, bytes([n]) * 1000) for n in (1, 2)))
            await c.complete_multipart_upload(bucket, "amp", up, [1, 2])
            assert await (await c.get_object(bucket, "amp")).read_all() == b"\x01" * 1000 + b"\x02" * 1000

    asyncio.run(main())


def test_archive_members_by_pattern_and_selective_head(client: Client, bucket: str) -> None:
    import io
    import tarfile

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, body in [("0001.jpg", b"jpeg-1"), ("0001.json", b'{"k": 1}'), ("0002.cls", b"7")]:
            info = tarfile.TarInfo(name)
            info.size = len(body)
            tar.addfile(info, io.BytesIO(body))
    client.put_content(bucket, "shard.tar", buf.getvalue())

    def members(**kw: str) -> dict[str, bytes]:
        data = client.get_object(bucket, "shard.tar", **kw).read_all()  # the matching files, as a TAR
        with tarfile.open(fileobj=io.BytesIO(data)) as t:
            return {m.name: t.extractfile(m).read() for m in t.getmembers()}  # type: ignore[union-attr]

    assert members(archregx=r"\.json$") == {"0001.json": b'{"k": 1}'}
    assert members(archregx="0001", archmode="prefix") == {"0001.jpg": b"jpeg-1", "0001.json": b'{"k": 1}'}
    assert members(archregx=".cls", archmode="suffix") == {"0002.cls": b"7"}
    with pytest.raises(errors.InvalidArgument):
        client.get_object(bucket, "shard.tar", archregx="x", archmode="glob")
    with pytest.raises(errors.InvalidArgument):
        client.get_object(bucket, "shard.tar", archpath="0001.json", archregx="x")
    head = client.head_object(bucket, "shard.tar", props="size,checksum")
    assert head.props.size == len(buf.getvalue()) and head.props.checksum_value
    with pytest.raises(errors.InvalidArgument):
        client.head_object(bucket, "shard.tar", props="bogus")


def test_promote_a_file_from_the_targets_machine(client: Client, bucket: str, unique_name: str) -> None:
    # The cluster's targets run on this machine; AIS promotes only from under /var/lib/ais/promote.
    root = os.path.join("/var/lib/ais/promote", unique_name)
    os.makedirs(root, exist_ok=True)
    src = os.path.join(root, "weights.bin")
    data = os.urandom(10_000)
    with open(src, "wb") as f:
        f.write(data)
    try:
        target = client.get_cluster_info().targets[0].daemon_id
        job = client.bucket(bucket).promote(src, "models/weights.bin", target_id=target)
        if job:
            client.wait_for_xaction_finished(xact_id=job, timeout=60)
        assert client.get_object(bucket, "models/weights.bin").read_all() == data
        with pytest.raises(errors.InvalidArgument):
            client.promote(bucket, "relative/path")
    finally:
        import shutil

        shutil.rmtree(root, ignore_errors=True)
