"""`open_writer`: a file-like object writer (mode "w" replaces, mode "a" appends), sync and async, live."""

from __future__ import annotations

import asyncio
import os

import pytest
import xxhash
from aisclient import AsyncClient, Client, errors

pytestmark = pytest.mark.cluster

BUF = 64 << 10


def test_writer_w_replaces_the_object_only_at_close(client: Client, bucket: str) -> None:
    client.put_content(bucket, "obj", b"old content")
    data = os.urandom(3 * BUF + 1234)
    with client.open_writer(bucket, "obj", "w", buffer_size=BUF) as w:
        assert w.write(data[:100]) == 100
        assert w.sent == 0  # buffered: a small write is no request
        for i in range(100, len(data), 7000):  # uneven writes
            w.write(data[i : i + 7000])
        assert w.sent == 3 * BUF  # full buffers went out as they filled
        w.flush()
        assert w.sent == len(data)
        # Sent, but not visible yet: readers still see the old object.
        assert client.get_object(bucket, "obj").read_all() == b"old content"
    assert w.closed and w.written == len(data)
    assert client.get_object(bucket, "obj").read_all() == data
    assert w.props is not None and w.props.size == len(data) and w.props.name == "obj"
    head = client.head_object(bucket, "obj").props
    assert (head.size, head.checksum_value) == (len(data), w.props.checksum_value)
    with pytest.raises(ValueError, match="closed"):
        w.write(b"more")
    assert w.close() is w.props  # closing again is harmless


def test_writer_a_appends_to_existing_content_and_creates_new_objects(client: Client, bucket: str) -> None:
    client.put_content(bucket, "log", b"line 1\n")
    obj = client.bucket(bucket).object("log")
    with obj.open_writer("a", buffer_size=8) as w:
        w.write(b"line 2\n")
        w.write(b"line 3\n")  # crosses the 8-byte buffer: one append went out
        assert w.sent == 8
        assert obj.get_reader().read_all() == b"line 1\n"  # not visible before close
    assert obj.get_reader().read_all() == b"line 1\nline 2\nline 3\n"
    assert w.props is not None and w.props.size == 21
    # Checked against what the cluster stored: the object grew by exactly what was written.
    assert obj.head().props.size == 21

    with client.open_writer(bucket, "new.txt", "a") as w:
        w.write(b"fresh")
    assert client.get_object(bucket, "new.txt").read_all() == b"fresh"
    # Nothing written: "w" makes an empty object, "a" creates one if missing (like open()).
    with client.open_writer(bucket, "empty-w", "w"):
        pass
    with client.open_writer(bucket, "empty-a", "a"):
        pass
    assert client.get_object(bucket, "empty-w").read_all() == b""
    assert client.get_object(bucket, "empty-a").read_all() == b""


def test_writer_w_small_content_is_one_put_and_a_refuses_objects_stored_in_parts(client: Client, bucket: str) -> None:
    with client.open_writer(bucket, "small", "w", buffer_size=BUF) as w:
        w.write(b"hello ")
        w.write(b"world")
        assert w.sent == 0
    assert client.get_object(bucket, "small").read_all() == b"hello world"
    assert w.props is not None and w.props.size == 11 and w.props.checksum_type == "xxhash2"
    with client.open_writer(bucket, "small", "a") as w:  # a single-PUT object takes appends
        w.write(b"!")
    assert client.get_object(bucket, "small").read_all() == b"hello world!"

    with client.open_writer(bucket, "parts", "w", buffer_size=BUF) as w:
        w.write(os.urandom(BUF + 1))  # two parts
    # AIS v1.5.0 would append to the first part only (seen live: 65536 + 4 bytes instead of 65537 + 4).
    with pytest.raises(errors.InvalidArgument, match="multipart"):
        client.open_writer(bucket, "parts", "a")
    assert client.head_object(bucket, "parts").props.size == BUF + 1


def test_writer_raising_inside_with_leaves_the_object_as_it_was(client: Client, bucket: str) -> None:
    client.put_content(bucket, "keep", b"original")
    for mode in ("w", "a"):
        with pytest.raises(RuntimeError), client.open_writer(bucket, "keep", mode, buffer_size=16) as w:
            w.write(b"x" * 100)  # sent to the cluster in parts / appends
            assert w.sent == 96
            raise RuntimeError("the producer failed")
        assert w.closed and w.props is None
        assert client.get_object(bucket, "keep").read_all() == b"original", mode
        # A new object is never created at all.
        with pytest.raises(KeyError), client.open_writer(bucket, f"never-{mode}", mode, buffer_size=16) as w:
            w.write(b"y" * 50)
            raise KeyError("boom")
        with pytest.raises(errors.ErrObjNotFound):
            client.head_object(bucket, f"never-{mode}")
    assert [e.name for e in client.list_all_objects(bucket)] == ["keep"]


def test_writer_a_detects_a_concurrent_change(client: Client, bucket: str) -> None:
    client.put_content(bucket, "o", b"abc")
    w = client.open_writer(bucket, "o", "a")
    client.put_content(bucket, "o", b"someone else wrote this")
    w.write(b"+mine")
    with pytest.raises(errors.ObjectChanged):
        w.close()


def test_writer_bad_input_fails_before_any_request(offline_client: Client, client: Client, bucket: str) -> None:
    with pytest.raises(errors.InvalidArgument, match="mode"):
        offline_client.open_writer("b", "o", "r")
    with pytest.raises(errors.InvalidArgument, match="mode"):
        offline_client.open_writer("b", "o", "wb")
    with pytest.raises(errors.InvalidArgument, match="buffer_size"):
        offline_client.open_writer("b", "o", "w", buffer_size=0)
    with pytest.raises(errors.InvalidArgument, match="buffer_size"):
        offline_client.bucket("b").object("o").open_writer("a", buffer_size=-5)
    with client.open_writer(bucket, "o") as w:
        with pytest.raises(errors.InvalidArgumentType):
            w.write("text")  # type: ignore[arg-type]
        w.write(b"ok")
    assert client.get_object(bucket, "o").read_all() == b"ok"


def test_async_writer_w_and_a(ais_endpoint: str, bucket: str) -> None:
    data = os.urandom(2 * BUF + 10)

    async def main() -> None:
        nonlocal data
        async with AsyncClient(ais_endpoint) as c:
            await c.put_content(bucket, "a.bin", b"old")
            async with await c.open_writer(bucket, "a.bin", "w", buffer_size=BUF) as w:
                assert await w.write(data) == len(data)
                assert w.sent == 2 * BUF
                assert await (await c.get_object(bucket, "a.bin")).read_all() == b"old"
            assert await (await c.get_object(bucket, "a.bin")).read_all() == data
            assert w.props is not None and w.props.size == len(data)

            obj = c.bucket(bucket).object("a.bin")
            with pytest.raises(errors.InvalidArgument, match="multipart"):
                await obj.open_writer("a")  # stored in parts above
            data = os.urandom(len(data))  # (a PUT of the very same bytes would be skipped by AIS)
            async with await obj.open_writer("w") as w:  # one buffer: one PUT
                await w.write(data)
            async with await obj.open_writer("a") as w:
                await w.write(b"tail")
                await w.flush()
                assert w.sent == 4
            assert await (await obj.get_reader()).read_all() == data + b"tail"

            with pytest.raises(RuntimeError):
                async with await obj.open_writer("w", buffer_size=16) as w:
                    await w.write(b"z" * 40)
                    raise RuntimeError("stop")
            assert await (await obj.get_reader()).read_all() == data + b"tail"
            with pytest.raises(errors.InvalidArgument):
                await c.open_writer(bucket, "x", "append")

    asyncio.run(main())
    with Client(ais_endpoint) as c:
        got = c.get_object(bucket, "a.bin").read_all()
        assert xxhash.xxh64(got).hexdigest() == xxhash.xxh64(data + b"tail").hexdigest()
