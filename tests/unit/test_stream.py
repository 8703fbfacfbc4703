"""ObjStream / AsyncObjStream: re-chunking, verification, resume, cleanup, atomic save.

Pure logic: responses are built from byte streams that yield chosen pieces and can fail at a
chosen byte (faults a real cluster can't be made to produce on demand).
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import random
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import crc32c
import httpx
import pytest
import xxhash
from aisclient import AsyncObjStream, ObjStream
from aisclient.errors import AISConnectionError, ChecksumMismatch, IncompleteRead, ObjectChanged
from aisclient.headers import Header

URL = "http://t:1/v1/objects/b/o?provider=ais"
DATA = bytes(range(256)) * 40  # 10240 bytes
HEADERS = {
    "Ais-Checksum-Type": "xxhash2",
    "Ais-Checksum-Value": xxhash.xxh64(DATA).hexdigest(),
    "Ais-Version": "1",
    "Ais-Atime": "1795486933861864268",
}


def ck(cktype: str, data: bytes) -> str:
    """Reference checksum values, computed independently of aisclient._core.checksum."""
    if cktype in ("xxhash", "xxhash2"):
        return xxhash.xxh64(data).hexdigest()
    if cktype == "crc32c":
        return f"{crc32c.crc32c(data):08x}"
    return hashlib.new(cktype, data).hexdigest()


def flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :]


def blob(n: int, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(n)


class Wire(httpx.SyncByteStream):
    """Yields `data` in `piece`-sized pieces up to `stop` (default: all), then raises `exc` if given
    (else the body just ends there)."""

    def __init__(
        self, data: bytes, piece: int = 4096, stop: int | None = None, exc: BaseException | None = None
    ) -> None:
        self.data, self.piece, self.exc = data, piece, exc
        self.stop = len(data) if stop is None else stop
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        pos = 0
        while pos < self.stop:
            n = min(self.piece, self.stop - pos)
            yield self.data[pos : pos + n]
            pos += n
        if self.exc is not None:
            raise self.exc

    def close(self) -> None:
        self.closed = True


class AWire(httpx.AsyncByteStream):
    """Async `Wire`; with `hang`, waits forever at `stop` (set `hung` when it gets there)."""

    def __init__(
        self,
        data: bytes,
        piece: int = 4096,
        stop: int | None = None,
        exc: BaseException | None = None,
        hang: bool = False,
    ) -> None:
        self.data, self.piece, self.exc, self.hang = data, piece, exc, hang
        self.stop = len(data) if stop is None else stop
        self.closed = False
        self.hung = asyncio.Event()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        pos = 0
        while pos < self.stop:
            n = min(self.piece, self.stop - pos)
            yield self.data[pos : pos + n]
            pos += n
            await asyncio.sleep(0)
        if self.hang:
            self.hung.set()
            await asyncio.Event().wait()
        if self.exc is not None:
            raise self.exc

    async def aclose(self) -> None:
        self.closed = True


def obj_headers(data: bytes, cktype: str = "xxhash2", **extra: str) -> dict[str, str]:
    h = {
        "Content-Length": str(len(data)),
        "Ais-Checksum-Type": cktype,
        "Ais-Checksum-Value": ck(cktype, data) if cktype != "none" else "",
        "Ais-Version": "3",
    }
    h.update(extra)
    return {k: v for k, v in h.items() if v}


def make(status: int, headers: dict[str, str], stream: httpx.SyncByteStream | httpx.AsyncByteStream) -> httpx.Response:
    return httpx.Response(status, headers=headers, stream=stream, request=httpx.Request("GET", URL))


def full(data: bytes, headers: dict[str, str] | None = None, **wire: object) -> tuple[httpx.Response, Wire]:
    w = Wire(data, **wire)  # type: ignore[arg-type]
    return make(200, headers if headers is not None else obj_headers(data), w), w


def ranged(
    data: bytes, offset: int, headers: dict[str, str] | None = None, body: bytes | None = None, **wire: object
) -> httpx.Response:
    """The 206 AIS answers to `Range: bytes=<offset>-` (`body`: the whole object as the wire has it)."""
    h = dict(headers if headers is not None else obj_headers(data))
    h["Content-Length"] = str(len(data) - offset)
    h.setdefault("Content-Range", f"bytes {offset}-{len(data) - 1}/{len(data)}")
    return make(206, h, Wire((body if body is not None else data)[offset:], **wire))  # type: ignore[arg-type]


def _open(handler=None, chunk_size: int = 1000) -> ObjStream:  # type: ignore[no-untyped-def]
    def default(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=HEADERS, content=DATA)

    client = httpx.Client(transport=httpx.MockTransport(handler or default))
    resp = client.send(client.build_request("GET", URL), stream=True)
    return ObjStream(resp, chunk_size)


# --------------------------------------------------------------------------- basics


def test_iterates_in_chunks_of_chunk_size() -> None:
    s = _open(chunk_size=1000)
    chunks = list(s)
    assert [len(c) for c in chunks] == [1000] * 10 + [240]
    assert b"".join(chunks) == DATA
    assert s.closed
    assert s.verified is True


def test_read_all_and_props() -> None:
    with _open() as s:
        assert s.content_length == len(DATA)
        assert s.props.version == "1" and s.props.checksum_type == "xxhash2"
        assert s.headers["ais-checksum-value"] == HEADERS["Ais-Checksum-Value"]
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
    assert s.closed
    with pytest.raises(AISConnectionError):  # the stream stays failed
        s.read(1)


def test_chunk_size_must_be_positive() -> None:
    with pytest.raises(ValueError):
        _open(chunk_size=0)


def test_repr_mentions_url() -> None:
    assert "v1/objects/b/o" in repr(_open())


def test_rechunking_gives_exact_chunks_whatever_the_piece_sizes() -> None:
    from aisclient._core.reader import Reader as _Reader

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
        assert r.nready == len(data)


def test_mixed_reads_and_iteration_return_every_byte_once() -> None:
    rng = random.Random(3)
    for chunk_size in (1, 100, 4096, 70_000):
        data = rng.randbytes(200_003)
        resp, _ = full(data, piece=rng.choice([1000, 4096, 65536]))
        s = ObjStream(resp, chunk_size)
        out = bytearray()
        while True:
            how = rng.randrange(3)
            if how == 0:
                b = s.read(rng.choice([0, 1, 99, 5000, 100_000]))
            elif how == 1:
                buf = bytearray(rng.choice([1, 3000]))
                b = bytes(buf[: s.readinto(buf)])
            else:
                b = next(iter(s), b"")
                assert len(b) <= chunk_size
            out += b
            if not b and s.closed and len(out) == len(data):
                break
        assert bytes(out) == data and s.verified is True


def test_small_reads_of_one_huge_chunk_are_linear() -> None:
    size = 16 << 20
    data = bytes(range(256)) * (size // 256)
    resp, _ = full(data, piece=size)
    s = ObjStream(resp, chunk_size=size)
    out = [s.read(512)]
    head = s._r.ready[0]
    t0 = time.perf_counter()
    while piece := s.read(512):
        out.append(piece)
        # The head chunk is never re-sliced or re-queued (that was O(chunk) per call): only an offset moves.
        assert not s._r.ready or s._r.ready[0] is head
    elapsed = time.perf_counter() - t0
    assert len(out) == size // 512
    assert b"".join(out) == data
    assert s.verified is True
    assert elapsed < 2.0, f"{size // 512} reads of 512 bytes took {elapsed:.2f}s"


# --------------------------------------------------------------------------- verification


@pytest.mark.parametrize("cktype", ["xxhash", "xxhash2", "md5", "sha256", "sha512", "crc32c"])
def test_verifies_every_type(cktype: str) -> None:
    data = blob(123_457)
    resp, _ = full(data, obj_headers(data, cktype), piece=10_000)
    s = ObjStream(resp, 4096)
    assert s.verifying and s.verified is None
    assert b"".join(s) == data
    assert s.verified is True


@pytest.mark.parametrize(
    ("headers", "verify"),
    [
        (obj_headers(DATA, "none"), True),  # no checksum
        ({**obj_headers(DATA), "Ais-Checksum-Type": "sha3-512"}, True),  # a type this client does not know
        (obj_headers(DATA), False),  # caller opted out (archpath reads)
    ],
)
def test_nothing_to_verify(headers: dict[str, str], verify: bool) -> None:
    resp, _ = full(flip(DATA, 5), headers)
    s = ObjStream(resp, 1000, verify=verify)
    assert not s.verifying
    assert s.read_all() == flip(DATA, 5)
    assert s.verified is None


def test_range_read_is_not_verified_against_the_object_checksum() -> None:
    # A 206 carries the whole object's (or a range) checksum: not the checksum of these bytes.
    s = ObjStream(ranged(DATA, 100), 1000)
    assert not s.verifying
    assert s.read_all() == DATA[100:]
    assert s.verified is None


@pytest.mark.parametrize(
    ("size", "chunk_size", "bad_at"),
    [
        (10_240, 1000, 0),  # partial last chunk, corruption in the first
        (10_240, 1024, 10_239),  # exact multiple of chunk_size: the last full chunk is held back
        (10_240, 1 << 20, 77),  # one chunk: nothing at all is handed out
        (300_000, 4096, 150_000),
    ],
)
def test_mismatch_raises_before_the_last_chunk(size: int, chunk_size: int, bad_at: int) -> None:
    data = blob(size)
    bad = flip(data, bad_at)
    resp, _ = full(bad, obj_headers(data), piece=3000)
    s = ObjStream(resp, chunk_size)
    got = []
    with pytest.raises(ChecksumMismatch) as ei:
        for chunk in s:
            got.append(chunk)
    nchunks = -(-size // chunk_size)
    assert len(got) == nchunks - 1
    assert b"".join(got) == bad[: (nchunks - 1) * chunk_size]
    e = ei.value
    assert (e.checksum_type, e.expected, e.actual) == ("xxhash2", ck("xxhash2", data), ck("xxhash2", bad))
    assert e.where == "ais://b/o"
    assert s.verified is False and s.closed
    with pytest.raises(ChecksumMismatch):
        s.read(1)
    with pytest.raises(ChecksumMismatch):
        next(iter(s))


def test_mismatch_in_small_reads_withholds_the_last_chunk() -> None:
    data = blob(50_000)
    resp, _ = full(flip(data, 49_999), obj_headers(data), piece=1500)
    s = ObjStream(resp, 8192)
    got = bytearray()
    with pytest.raises(ChecksumMismatch):
        while True:
            got += s.read(700)
    last = len(data) % 8192 or 8192
    assert len(got) <= len(data) - last
    assert bytes(got) == data[: len(got)]


def test_read_all_returns_nothing_on_mismatch() -> None:
    resp, _ = full(flip(DATA, 9000), obj_headers(DATA))
    s = ObjStream(resp, 1000)
    assert s.read(10) == DATA[:10]
    with pytest.raises(ChecksumMismatch):
        s.read_all()
    with pytest.raises(ChecksumMismatch):
        s.read_all()


# --------------------------------------------------------------------------- resume


def test_resume_after_transport_error() -> None:
    data = blob(100_000)
    first, w1 = full(data, stop=30_001, exc=httpx.ReadError("reset"), piece=4096)
    calls: list[int] = []

    def reopen(offset: int) -> tuple[httpx.Response, Header | None]:
        calls.append(offset)
        return ranged(data, offset), None

    s = ObjStream(first, 8192, reopen=reopen)
    chunks = list(s)
    assert b"".join(chunks) == data
    assert all(len(c) == 8192 for c in chunks[:-1])
    assert calls == [30_001]
    assert s.resumes == 1 and s.verified is True
    assert w1.closed and s.closed
    assert s.status_code == 200 and s.content_length == len(data)


def test_resume_after_short_eof_with_parsed_headers_and_twice() -> None:
    data = blob(100_000)
    first, _ = full(data, stop=10_000)  # the body just ends early
    calls: list[int] = []

    def reopen(offset: int) -> tuple[httpx.Response, Header | None]:
        calls.append(offset)
        stop = 50_000 - offset if not calls[1:] else None  # the first resumed body breaks too
        resp = ranged(data, offset, stop=stop, exc=httpx.RemoteProtocolError("peer closed") if stop else None)
        return resp, Header.from_httpx(resp.headers)

    s = ObjStream(first, 4096, reopen=reopen)
    assert s.read_all() == data
    assert calls == [10_000, 50_000]
    assert s.resumes == 2 and s.verified is True


def test_resume_keeps_verifying_the_whole_object() -> None:
    data = blob(100_000)
    first, _ = full(data, stop=40_000, exc=httpx.ReadError("reset"))
    s = ObjStream(first, 4096, reopen=lambda off: (ranged(data, off, body=flip(data, 90_000)), None))
    with pytest.raises(ChecksumMismatch):
        s.read_all()
    assert s.resumes == 1 and s.verified is False


def test_error_after_the_last_byte_needs_no_resume() -> None:
    first, _ = full(DATA, exc=httpx.ReadError("reset after the body"))
    calls: list[int] = []
    s = ObjStream(first, 1000, reopen=lambda off: calls.append(off) or (ranged(DATA, off), None))  # type: ignore[func-returns-value]
    assert s.read_all() == DATA
    assert calls == [] and s.verified is True


@pytest.mark.parametrize(
    ("change", "what"),
    [
        ({"Ais-Version": "4"}, "Ais-Version"),
        ({"Ais-Checksum-Value": "0" * 16}, "Ais-Checksum-Value"),
        ({"Content-Range": "bytes 30000-99999/100001"}, "Content-Range"),  # a different total
        ({"Content-Range": "bytes 29999-99999/100000"}, "Content-Range"),  # not where we stopped
        ({"Content-Range": ""}, "Content-Range"),
        ({"ETag": '"other"'}, "ETag"),
        ({"Last-Modified": "Tue, 02 Jan 2024 00:00:00 GMT"}, "Last-Modified"),
        ({":status": "200"}, "200"),
    ],
)
def test_resume_refused_when_the_object_changed(change: dict[str, str], what: str) -> None:
    data = blob(100_000)
    orig = obj_headers(data, ETag='"e1"', **{"Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT"})
    first, _ = full(data, orig, stop=30_000, exc=httpx.ReadError("reset"))
    opened: list[httpx.Response] = []

    def reopen(offset: int) -> tuple[httpx.Response, Header | None]:
        h = {**orig, **{k: v for k, v in change.items() if not k.startswith(":")}}
        if "Content-Range" not in change:
            h["Content-Range"] = f"bytes {offset}-{len(data) - 1}/{len(data)}"
        h = {k: v for k, v in h.items() if v}
        h["Content-Length"] = str(len(data) - offset)
        resp = make(int(change.get(":status", 206)), h, Wire(data[offset:]))
        opened.append(resp)
        return resp, None

    s = ObjStream(first, 4096, reopen=reopen)
    got = bytearray()
    with pytest.raises(ObjectChanged, match=what) as ei:
        for chunk in s:
            got += chunk
    assert ei.value.where == "ais://b/o"
    assert bytes(got) == data[: len(got)] and len(got) <= 30_000  # nothing was spliced on
    assert len(opened) == 1 and opened[0].is_closed
    with pytest.raises(ObjectChanged):
        s.read(1)


def test_resume_accepts_etag_the_original_did_not_have() -> None:
    data = blob(20_000)
    first, _ = full(data, stop=5000, exc=httpx.ReadError("reset"))
    s = ObjStream(first, 4096, reopen=lambda off: (ranged(data, off, {**obj_headers(data), "ETag": '"x"'}), None))
    assert s.read_all() == data and s.resumes == 1


@pytest.mark.parametrize("max_resumes", [0, 1, 2])
def test_resumes_are_bounded(max_resumes: int) -> None:
    data = blob(100_000)
    first, _ = full(data, stop=1000, exc=httpx.ReadError("reset"))
    calls: list[int] = []

    def reopen(offset: int) -> tuple[httpx.Response, Header | None]:
        calls.append(offset)
        return ranged(data, offset, stop=1000, exc=httpx.ReadError("reset again")), None

    s = ObjStream(first, 4096, reopen=reopen, max_resumes=max_resumes)
    with pytest.raises(AISConnectionError, match="ReadError"):
        s.read_all()
    assert calls == [1000 * (i + 1) for i in range(max_resumes)]
    assert s.resumes == max_resumes and s.closed


def test_failing_reopen_propagates_and_sticks() -> None:
    first, _ = full(DATA, stop=100, exc=httpx.ReadError("reset"))

    def reopen(offset: int) -> tuple[httpx.Response, Header | None]:
        raise AISConnectionError("http://t:1", "refused")

    s = ObjStream(first, 1000, reopen=reopen)
    with pytest.raises(AISConnectionError, match="refused"):
        s.read_all()
    with pytest.raises(AISConnectionError, match="refused"):
        s.read(1)


def test_no_resume_for_a_range_read() -> None:
    calls: list[int] = []
    resp = ranged(DATA, 100, stop=500, exc=httpx.ReadError("reset"))
    s = ObjStream(resp, 1000, reopen=lambda off: calls.append(off) or (ranged(DATA, off), None))  # type: ignore[func-returns-value]
    with pytest.raises(AISConnectionError):
        s.read_all()
    assert calls == []


# --------------------------------------------------------------------------- cleanup on BaseException


@pytest.mark.parametrize("exc", [KeyboardInterrupt(), SystemExit(3)])
def test_base_exception_from_the_wire_closes_the_response(exc: BaseException) -> None:
    calls: list[int] = []
    resp, w = full(DATA, stop=3000, exc=exc)
    s = ObjStream(resp, 1000, reopen=lambda off: calls.append(off) or (ranged(DATA, off), None))  # type: ignore[func-returns-value]
    with pytest.raises(type(exc)):
        s.read_all()
    assert w.closed and resp.is_closed and s.closed
    assert calls == []  # an interrupt is not a transfer failure


# --------------------------------------------------------------------------- save


def _only(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def test_save_writes_the_file(tmp_path: Path) -> None:
    data = blob(300_000)
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    resp, _ = full(data, piece=7000)
    s = ObjStream(resp, 65536)
    assert s.save(target) == len(data)
    assert target.read_bytes() == data
    assert _only(tmp_path) == ["out.bin"]
    assert s.closed and s.verified is True


def test_save_new_file_gets_default_permissions(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    os.umask(mask)
    resp, _ = full(DATA)
    ObjStream(resp).save(str(tmp_path / "new"))
    assert (tmp_path / "new").stat().st_mode & 0o777 == 0o666 & ~mask


def test_save_writes_the_rest_after_a_read(tmp_path: Path) -> None:
    resp, _ = full(DATA)
    s = ObjStream(resp, 1000)
    assert s.read(1234) == DATA[:1234]
    assert s.save(tmp_path / "rest") == len(DATA) - 1234
    assert (tmp_path / "rest").read_bytes() == DATA[1234:]


def test_save_with_resume(tmp_path: Path) -> None:
    data = blob(200_000)
    first, _ = full(data, stop=77_777, exc=httpx.ReadError("reset"))
    s = ObjStream(first, 65536, reopen=lambda off: (ranged(data, off), None))
    assert s.save(tmp_path / "o") == len(data)
    assert (tmp_path / "o").read_bytes() == data and s.resumes == 1


def _broken_streams(data: bytes) -> list[tuple[type[BaseException], ObjStream]]:
    bad, _ = full(flip(data, 100), obj_headers(data))
    cut, _ = full(data, stop=150_000, exc=httpx.ReadError("reset"))
    intr, _ = full(data, stop=150_000, exc=KeyboardInterrupt())
    changed, _ = full(data, stop=150_000, exc=httpx.ReadError("reset"))
    hdrs = {**obj_headers(data), "Ais-Version": "9"}
    return [
        (ChecksumMismatch, ObjStream(bad, 65536)),
        (AISConnectionError, ObjStream(cut, 65536)),
        (KeyboardInterrupt, ObjStream(intr, 65536)),
        (ObjectChanged, ObjStream(changed, 65536, reopen=lambda off: (ranged(data, off, hdrs), None))),
    ]


@pytest.mark.parametrize("case", range(4))
@pytest.mark.parametrize("existing", [True, False])
def test_save_failure_leaves_nothing_behind(tmp_path: Path, case: int, existing: bool) -> None:
    data = blob(300_000)
    target = tmp_path / "out.bin"
    if existing:
        target.write_bytes(b"previous content")
    exc_type, s = _broken_streams(data)[case]
    with pytest.raises(exc_type):
        s.save(target)
    if existing:
        assert target.read_bytes() == b"previous content"
        assert _only(tmp_path) == ["out.bin"]
    else:
        assert _only(tmp_path) == []
    assert s.closed


def test_save_failure_to_write_closes_the_stream(tmp_path: Path) -> None:
    resp, _ = full(DATA)
    s = ObjStream(resp)
    with pytest.raises(OSError):
        s.save(tmp_path / "missing-dir" / "x")
    assert s.closed


# --------------------------------------------------------------------------- async


def afull(data: bytes, headers: dict[str, str] | None = None, **wire: object) -> tuple[httpx.Response, AWire]:
    w = AWire(data, **wire)  # type: ignore[arg-type]
    return make(200, headers if headers is not None else obj_headers(data), w), w


def aranged(data: bytes, offset: int, headers: dict[str, str] | None = None, **wire: object) -> httpx.Response:
    h = dict(headers if headers is not None else obj_headers(data))
    h["Content-Length"] = str(len(data) - offset)
    h["Content-Range"] = f"bytes {offset}-{len(data) - 1}/{len(data)}"
    return make(206, h, AWire(data[offset:], **wire))  # type: ignore[arg-type]


def test_async_stream() -> None:
    async def main() -> None:
        async def handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, headers=HEADERS, content=DATA)

        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            resp = await client.send(client.build_request("GET", URL), stream=True)
            async with AsyncObjStream(resp, 3000) as s:
                assert s.props.version == "1"
                assert await s.read(10) == DATA[:10]
                buf = bytearray(10)
                assert await s.readinto(buf) == 10 and bytes(buf) == DATA[10:20]
                chunks = [c async for c in s]
                assert b"".join(chunks) == DATA[20:]
                assert s.verified is True
            assert s.closed

            resp = await client.send(client.build_request("GET", URL), stream=True)
            s2 = AsyncObjStream(resp)
            assert await s2.read_all() == DATA

    asyncio.run(main())


@pytest.mark.parametrize("cktype", ["xxhash2", "sha256", "crc32c"])
def test_async_verifies(cktype: str) -> None:
    async def main() -> None:
        data = blob(70_001)
        resp, _ = afull(data, obj_headers(data, cktype), piece=5000)
        s = AsyncObjStream(resp, 4096)
        assert b"".join([c async for c in s]) == data
        assert s.verified is True

    asyncio.run(main())


def test_async_mismatch_raises_before_the_last_chunk() -> None:
    async def main() -> None:
        data = blob(10_240)
        resp, _ = afull(flip(data, 10_000), obj_headers(data), piece=3000)
        s = AsyncObjStream(resp, 1024)
        got = []
        with pytest.raises(ChecksumMismatch):
            async for chunk in s:
                got.append(chunk)
        assert len(got) == 9 and s.verified is False and s.closed

        resp, _ = afull(flip(data, 1), obj_headers(data))
        with pytest.raises(ChecksumMismatch):
            await AsyncObjStream(resp, 1024).read_all()

    asyncio.run(main())


def test_async_resume_and_refusal() -> None:
    async def main() -> None:
        data = blob(100_000)
        calls: list[int] = []

        async def reopen(offset: int) -> tuple[httpx.Response, Header | None]:
            calls.append(offset)
            return aranged(data, offset), None

        first, w = afull(data, stop=33_333, exc=httpx.ReadError("reset"))
        s = AsyncObjStream(first, 8192, reopen=reopen)
        assert await s.read_all() == data
        assert calls == [33_333] and s.resumes == 1 and s.verified is True and w.closed

        opened: list[httpx.Response] = []

        async def reopen_changed(offset: int) -> tuple[httpx.Response, Header | None]:
            opened.append(aranged(data, offset, {**obj_headers(data), "Ais-Version": "4"}))
            return opened[-1], None

        first, _ = afull(data, stop=33_333, exc=httpx.ReadError("reset"))
        s = AsyncObjStream(first, 8192, reopen=reopen_changed)
        with pytest.raises(ObjectChanged, match="Ais-Version"):
            await s.read_all()
        assert opened[0].is_closed

        async def reopen_breaks(offset: int) -> tuple[httpx.Response, Header | None]:
            return aranged(data, offset, stop=10, exc=httpx.ReadError("again")), None

        first, _ = afull(data, stop=100, exc=httpx.ReadError("reset"))
        s = AsyncObjStream(first, 8192, reopen=reopen_breaks, max_resumes=2)
        with pytest.raises(AISConnectionError):
            await s.read_all()
        assert s.resumes == 2

    asyncio.run(main())


def test_async_cancellation_closes_the_response() -> None:
    async def main() -> None:
        resp, w = afull(DATA, stop=5000, hang=True)
        s = AsyncObjStream(resp, 1000)
        task = asyncio.create_task(s.read_all())
        await w.hung.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert w.closed and resp.is_closed and s.closed

    asyncio.run(main())


def test_async_keyboard_interrupt_closes_the_response() -> None:
    async def main() -> None:
        resp, w = afull(DATA, stop=5000, exc=KeyboardInterrupt())
        s = AsyncObjStream(resp, 1000)
        with pytest.raises(KeyboardInterrupt):
            await s.read(9000)
        assert w.closed and s.closed

    asyncio.run(main())


def test_async_save(tmp_path: Path) -> None:
    async def main() -> None:
        data = blob(300_000)
        target = tmp_path / "out.bin"
        target.write_bytes(b"old")

        resp, _ = afull(flip(data, 5), obj_headers(data))
        s = AsyncObjStream(resp, 65536)
        with pytest.raises(ChecksumMismatch):
            await s.save(target)
        assert target.read_bytes() == b"old" and _only(tmp_path) == ["out.bin"] and s.closed

        resp, w = afull(data, stop=200_000, hang=True)
        task = asyncio.create_task(AsyncObjStream(resp, 65536).save(target))
        await w.hung.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert target.read_bytes() == b"old" and _only(tmp_path) == ["out.bin"] and w.closed

        async def reopen(offset: int) -> tuple[httpx.Response, Header | None]:
            return aranged(data, offset), None

        resp, _ = afull(data, stop=100_000, exc=httpx.ReadError("reset"))
        s = AsyncObjStream(resp, 65536, reopen=reopen)
        assert await s.save(target) == len(data)
        assert target.read_bytes() == data and _only(tmp_path) == ["out.bin"]
        assert s.verified is True and s.resumes == 1

    asyncio.run(main())
