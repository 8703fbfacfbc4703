"""Objects from bytes, file objects and iterators (sync and async), streamed and verified."""

from __future__ import annotations

import asyncio
import io
import os
from collections.abc import AsyncIterator, Iterator

import pytest
from aisclient import AsyncClient, Client, errors

pytestmark = pytest.mark.cluster


def test_put_content_from_bytes_file_objects_and_iterators(client: Client, bucket: str) -> None:
    data = os.urandom(3 << 20)

    def gen() -> Iterator[bytes]:
        for i in range(0, len(data), 700_001):
            yield data[i : i + 700_001]

    class Unseekable(io.RawIOBase):  # a pipe-like file object: read() only
        def __init__(self) -> None:
            self.buf = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def read(self, n: int = -1) -> bytes:
            return self.buf.read(n)

    for name, source in [
        ("bytes", data),
        ("bytearray", bytearray(data)),
        ("fileobj", io.BytesIO(data)),
        ("unseekable", Unseekable()),
        ("iterator", gen()),
    ]:
        props = client.put_content(bucket, name, source)
        assert props.name == name and props.size == len(data), name
        assert client.get_object(bucket, name).read_all() == data, name
        assert client.head_object(bucket, name).props.checksum_value == props.checksum_value, name
    empty = client.put_content(bucket, "empty", iter([]))
    assert empty.size == 0 and client.get_object(bucket, "empty").read_all() == b""
    assert client.bucket(bucket).object("h").put_content(b"via handle").size == 10
    with pytest.raises(TypeError):
        client.put_content(bucket, "bad", "a str is not bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        client.put_content(bucket, "bad", iter(["strings"]))  # type: ignore[list-item]


def test_async_put_content(ais_endpoint: str, bucket: str) -> None:
    data = os.urandom(1 << 20)

    async def agen() -> AsyncIterator[bytes]:
        for i in range(0, len(data), 100_000):
            await asyncio.sleep(0)
            yield data[i : i + 100_000]

    async def main() -> None:
        async with AsyncClient(ais_endpoint) as c:
            for name, source in [("b", data), ("f", io.BytesIO(data)), ("it", iter([data])), ("agen", agen())]:
                props = await c.put_content(bucket, name, source)
                assert props.size == len(data)
                assert await (await c.get_object(bucket, name)).read_all() == data
        with Client(ais_endpoint) as sync_client, pytest.raises(TypeError):
            sync_client.put_content(bucket, "x", agen())

    asyncio.run(main())


def test_put_content_missing_bucket(client: Client) -> None:
    with pytest.raises(errors.ErrBckNotFound):
        client.put_content("no-such-bucket-xyz", "o", b"x")


def test_read_into_a_file_object(client: Client, bucket: str, ais_endpoint: str) -> None:
    data = os.urandom(2 << 20)
    client.put_content(bucket, "o", data)
    sink = io.BytesIO()
    with client.get_object(bucket, "o") as s:
        assert s.write_to(sink) == len(data)
    assert sink.getvalue() == data

    async def main() -> None:
        async with AsyncClient(ais_endpoint) as c:
            out = io.BytesIO()
            async with await c.get_object(bucket, "o") as s:
                assert await s.write_to(out) == len(data)
            assert out.getvalue() == data

    asyncio.run(main())
