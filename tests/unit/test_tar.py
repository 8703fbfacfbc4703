"""The sans-I/O TAR reader (`_core/tar.py`) against archives Python's tarfile writes in every header
form (ustar, PAX, GNU), fed whole and a byte at a time; and everything that must be an error:
a stream cut anywhere, a corrupted header, bytes after the end, a member over the size limit."""

from __future__ import annotations

import io
import tarfile

import pytest
from aisclient._core.tar import TarError, TarMember, TarReader

LONG = "d/" + "x" * 150 + "/name-longer-than-the-100-bytes-of-a-header.bin"


def archive(members: list[tuple[str, bytes]], fmt: int = tarfile.PAX_FORMAT, extra_dir: bool = False) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tf:
        if extra_dir:
            d = tarfile.TarInfo("a-folder")
            d.type = tarfile.DIRTYPE
            tf.addfile(d)
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def read_all(data: bytes, step: int | None = None, max_member: int = 1 << 30) -> list[TarMember]:
    reader = TarReader(max_member)
    out: list[TarMember] = []
    step = step or len(data) or 1
    for i in range(0, len(data), step):
        out.extend(reader.feed(data[i : i + step]))
    reader.finish()
    return out


MEMBERS = [("a.txt", b"hello"), ("empty", b""), ("b/exactly-512", bytes(range(256)) * 2), ("c.bin", b"\x00" * 1000)]


@pytest.mark.parametrize("fmt", [tarfile.USTAR_FORMAT, tarfile.PAX_FORMAT, tarfile.GNU_FORMAT])
@pytest.mark.parametrize("step", [None, 1, 7, 512, 4096])
def test_members_come_back_whole_in_order_however_the_bytes_arrive(fmt: int, step: int | None) -> None:
    members = [*MEMBERS, ("ü-ñ/名前.txt", b"non-ASCII")]
    if fmt != tarfile.USTAR_FORMAT:
        members.append((LONG, b"long name"))
    else:
        members.append(("p/" * 40 + "split-by-ustar-prefix", b"prefix"))  # > 100 bytes, fits prefix+name
    got = read_all(archive(members, fmt, extra_dir=True), step)
    assert [(m.name, m.data) for m in got] == members  # the directory entry is passed over


def test_pax_path_applies_to_the_next_member_only() -> None:
    got = read_all(archive([(LONG, b"1"), ("short", b"2")]))
    assert [m.name for m in got] == [LONG, "short"]


@pytest.mark.parametrize("cut", [1, 100, 511, 512, 513, 600, 1024, 1536])
def test_a_stream_cut_anywhere_is_an_error(cut: int) -> None:
    data = archive([("a", b"x" * 600), ("b", b"y" * 10)])
    assert cut < len(data) - 1024  # before the end-of-archive blocks
    with pytest.raises(TarError, match="stopped"):
        read_all(data[:cut])


def test_an_empty_stream_is_not_an_empty_archive() -> None:
    with pytest.raises(TarError, match="before the end-of-archive"):
        TarReader().finish()


def test_one_end_block_is_enough_and_trailing_zeros_are_fine() -> None:
    data = archive([("a", b"1")])
    first_end = len(data) - len(data.rstrip(b"\0"))
    assert first_end >= 1024
    one_block = data.rstrip(b"\0")
    one_block += bytes(-len(one_block) % 512) + bytes(512)
    assert [m.data for m in read_all(one_block)] == [b"1"]
    assert [m.data for m in read_all(data + bytes(10240))] == [b"1"]


def test_a_corrupted_header_is_an_error() -> None:
    data = bytearray(archive([("a", b"1")]))
    data[10] ^= 0x01  # inside the name field: the header checksum no longer matches
    with pytest.raises(TarError, match="checksum"):
        read_all(bytes(data))


def test_bytes_after_the_end_are_an_error() -> None:
    data = archive([("a", b"1")])
    with pytest.raises(TarError, match="after the end"):
        read_all(data + b"junk")


def test_a_member_over_the_limit_is_refused_before_its_bytes_are_held() -> None:
    data = archive([("small", b"x" * 10), ("big", b"y" * 5000)])
    reader = TarReader(max_member=4096)
    with pytest.raises(TarError, match="larger than the 4096"):
        reader.feed(data[:2048])  # the big member's header is in here; its data is not
    assert [m.name for m in read_all(data[:1024] + bytes(1024), max_member=4096)] == ["small"]


def test_base256_size_field() -> None:
    info = tarfile.TarInfo("a")
    info.size = 3
    header = bytearray(info.tobuf(tarfile.GNU_FORMAT))
    header[124:136] = b"\x80" + (3).to_bytes(11, "big")  # GNU base-256 form of the size
    header[148:156] = b"        "
    header[148:156] = f"{sum(header):06o}\0 ".encode()
    data = bytes(header) + b"abc" + bytes(509) + bytes(1024)
    assert read_all(data) == [TarMember("a", b"abc")]
