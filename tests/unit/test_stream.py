"""ObjStream / AsyncObjStream over httpx.MockTransport."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from aisclient._stream import AsyncObjStream, ObjStream
from aisclient.errors import AISConnectionError, IncompleteRead

DATA = bytes(range(256)) * 40  # 10240 bytes
HEADERS = {
    "Ais-Checksum-Type": "xxhash2",
    "Ais-Checksum-Value": "abc",
    "Ais-Version": "1",
    "Ais-Atime": "1795486933861864268",
}


def _handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers=HEADERS, content=DATA)


def _open(handler=_handler, chunk_size: int = 1000) -> ObjStream:  # type: ignore[no-untyped-def]
    client = httpx.Client(transport=httpx.MockTransport(handler))
    resp = client.send(client.build_request("GET", "http://t:1/v1/objects/b/o"), stream=True)
    return ObjStream(resp, chunk_size)


def test_iterates_in_chunks_of_chunk_size() -> None:
    s = _open(chunk_size=1000)
    chunks = list(s)
    assert [len(c) for c in chunks] == [1000] * 10 + [240]
    assert b"".join(chunks) == DATA
    assert s.closed


def test_read_all_and_props() -> None:
    with _open() as s:
        assert s.content_length == len(DATA)
        assert s.props.version == "1" and s.props.checksum_type == "xxhash2"
        assert s.headers["ais-checksum-value"] == "abc"
        assert s.read_all() == DATA
        assert s.read(10) == b""
    assert s.closed


def test_file_like_read_and_readinto() -> None:
    s = _open(chunk_size=4096)
    assert s.read(3) == DATA[:3]
    buf = bytearray(5000)
    n = s.readinto(buf)
    assert n == 5000 and bytes(buf) == DATA[3:5003]
    rest = b"".join(s)  # iteration continues after partial reads
    assert rest == DATA[5003:]
    assert s.read() == b""


def test_read_negative_reads_everything() -> None:
    s = _open()
    assert s.read(-1) == DATA


def test_close_early_releases() -> None:
    s = _open()
    assert s.read(10) == DATA[:10]
    s.close()
    assert s.closed


def test_short_body_detected() -> None:
    def lying(request: httpx.Request) -> httpx.Response:
        # MockTransport does not enforce Content-Length; a real h11 connection would raise too.
        return httpx.Response(200, headers={"Content-Length": "20000"}, content=iter([DATA]))

    s = _open(lying)
    with pytest.raises(IncompleteRead) as ei:
        s.read_all()
    assert ei.value.received == len(DATA) and ei.value.expected == 20000
    assert isinstance(ei.value, AISConnectionError)


def test_transport_error_mid_stream_is_wrapped() -> None:
    def broken() -> object:
        yield DATA[:100]
        raise httpx.ReadError("connection reset")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=broken())  # type: ignore[arg-type]

    s = _open(handler)
    with pytest.raises(AISConnectionError, match="t:1"):
        s.read_all()


def test_chunk_size_must_be_positive() -> None:
    with pytest.raises(ValueError):
        _open(chunk_size=0)


def test_repr_mentions_url() -> None:
    assert "v1/objects/b/o" in repr(_open())


def test_async_stream() -> None:
    async def main() -> None:
        async def handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, headers=HEADERS, content=DATA)

        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            resp = await client.send(client.build_request("GET", "http://t:1/v1/objects/b/o"), stream=True)
            async with AsyncObjStream(resp, 3000) as s:
                assert s.props.version == "1"
                assert await s.read(10) == DATA[:10]
                buf = bytearray(10)
                assert await s.readinto(buf) == 10 and bytes(buf) == DATA[10:20]
                chunks = [c async for c in s]
                assert b"".join(chunks) == DATA[20:]
            assert s.closed

            resp = await client.send(client.build_request("GET", "http://t:1/v1/objects/b/o"), stream=True)
            s2 = AsyncObjStream(resp)
            assert await s2.read_all() == DATA

    asyncio.run(main())


def test_rechunking_gives_exact_chunks_whatever_the_piece_sizes() -> None:
    import random

    from aisclient._stream import _Reader

    rng = random.Random(7)
    for chunk_size in (1, 3, 1000, 4096, 65536):
        data = rng.randbytes(rng.randrange(0, 300_000))
        resp = httpx.Response(200, headers={"Content-Length": str(len(data))})
        r = _Reader(resp, chunk_size)
        pos = 0
        while pos < len(data):
            n = rng.choice([1, 7, chunk_size - 1 or 1, chunk_size, chunk_size + 1, 3 * chunk_size, 65536])
            r.feed(data[pos : pos + n])
            pos += n
        r.finish()
        chunks = list(r.ready)
        assert b"".join(chunks) == data
        assert all(len(c) == chunk_size for c in chunks[:-1])
        assert not chunks or 0 < len(chunks[-1]) <= chunk_size
