"""A sans-I/O reader of TAR streams: feed it bytes as they arrive, get back each finished member.

Used for Get-Batch answers, which arrive as one TAR stream. It reads the forms a TAR writer uses
for names and sizes that do not fit the old header (ustar prefix, PAX `path`/`size`, GNU long
names), checks every header's checksum, and keeps only the member being read in memory (refusing
one larger than `max_member`). `finish()` at the end of the input says whether the archive was
complete: a stream cut before the end-of-archive block is an error, never a shorter archive.
"""

from __future__ import annotations

import attrs

__all__ = ["TarError", "TarMember", "TarReader"]

BLOCK = 512
_ZERO_BLOCK = bytes(BLOCK)
_REGULAR = frozenset({b"0", b"\0", b"7"})


class TarError(ValueError):
    """The bytes are not a well-formed TAR stream (or end before the archive does)."""


@attrs.frozen
class TarMember:
    """One regular file of the archive, whole."""

    name: str
    data: bytes


def _text(field: bytes) -> str:
    return field.split(b"\0", 1)[0].decode("utf-8", "surrogateescape")


def _number(field: bytes, what: str, offset: int) -> int:
    if field[0] & 0x80:  # base-256 (GNU), for values an octal field cannot hold
        return int.from_bytes(field[1:], "big")
    digits = field.split(b"\0", 1)[0].strip(b" ")
    try:
        return int(digits, 8) if digits else 0
    except ValueError:
        raise TarError(f"bad {what} field {field!r} in the header at byte {offset}") from None


def _pax_records(data: bytes, offset: int) -> dict[str, str]:
    """`<length> <key>=<value>\\n` records; the length counts the whole record."""
    out: dict[str, str] = {}
    pos = 0
    while pos < len(data):
        space = data.find(b" ", pos)
        try:
            length = int(data[pos:space])
        except ValueError:
            raise TarError(f"bad PAX record in the member at byte {offset}") from None
        record = data[space + 1 : pos + length]
        if length <= 0 or not record.endswith(b"\n") or b"=" not in record:
            raise TarError(f"bad PAX record in the member at byte {offset}")
        key, value = record[:-1].split(b"=", 1)
        out[key.decode("utf-8", "surrogateescape")] = value.decode("utf-8", "surrogateescape")
        pos += length
    return out


class TarReader:
    """Incremental TAR parser. `feed(bytes)` returns the regular-file members completed by those
    bytes, in archive order; `finish()` raises `TarError` if the archive did not end properly.
    Directories, links and other entries are passed over."""

    def __init__(self, max_member: int = 1 << 30) -> None:
        self._max = max_member
        self._buf = bytearray()
        self._consumed = 0  # archive bytes parsed so far (for error messages)
        # The header being read: (kind, name, size); None while waiting for a header.
        self._entry: tuple[bytes, str, int] | None = None
        self._pax: dict[str, str] = {}
        self._long_name: str | None = None
        self.ended = False

    def feed(self, data: bytes) -> list[TarMember]:
        if self.ended:
            if data.strip(b"\0"):
                raise TarError(f"data after the end of the archive (byte {self._consumed})")
            return []
        self._buf += data
        out: list[TarMember] = []
        while not self.ended:
            if self._entry is None:
                if len(self._buf) < BLOCK:
                    break
                block = bytes(self._buf[:BLOCK])
                self._take(BLOCK)
                if block == _ZERO_BLOCK:
                    self.ended = True
                    if self._buf.strip(b"\0"):
                        raise TarError(f"data after the end of the archive (byte {self._consumed})")
                    self._buf.clear()
                    break
                self._entry = self._header(block, self._consumed - BLOCK)
                continue
            kind, name, size = self._entry
            padded = size + (-size % BLOCK)
            if len(self._buf) < padded:
                break
            body = bytes(self._buf[:size])
            self._take(padded)
            self._entry = None
            member = self._member(kind, name, body)
            if member is not None:
                out.append(member)
        return out

    def finish(self) -> None:
        if not self.ended:
            state = "inside a member" if self._entry is not None or self._buf else "before the end-of-archive block"
            raise TarError(f"the archive stopped {state} (after {self._consumed + len(self._buf)} bytes)")

    def _take(self, n: int) -> None:
        del self._buf[:n]
        self._consumed += n

    def _header(self, block: bytes, offset: int) -> tuple[bytes, str, int]:
        stored = _number(block[148:156], "checksum", offset)
        if stored != sum(block[:148]) + 8 * 0x20 + sum(block[156:]):
            raise TarError(f"bad header checksum at byte {offset}")
        name = _text(block[0:100])
        if block[257:263] == b"ustar\0":  # POSIX ustar: a prefix for long paths
            prefix = _text(block[345:500])
            name = f"{prefix}/{name}" if prefix else name
        kind = block[156:157]
        size = _number(block[124:136], "size", offset)
        if kind in _REGULAR:
            if self._long_name is not None:
                name = self._long_name
            name = self._pax.get("path", name)
            if "size" in self._pax:
                try:
                    size = int(self._pax["size"])
                except ValueError:
                    raise TarError(f"bad PAX size {self._pax['size']!r} at byte {offset}") from None
        if size > self._max and kind not in (b"x", b"g", b"L", b"K"):
            raise TarError(f"member {name!r} of {size} bytes is larger than the {self._max} allowed")
        if size > (1 << 20) and kind in (b"x", b"g", b"L", b"K"):
            raise TarError(f"an extended header of {size} bytes at byte {offset}")
        return kind, name, size

    def _member(self, kind: bytes, name: str, body: bytes) -> TarMember | None:
        if kind == b"x":
            self._pax = _pax_records(body, self._consumed)
            return None
        if kind == b"L":
            self._long_name = body.split(b"\0", 1)[0].decode("utf-8", "surrogateescape")
            return None
        if kind in (b"g", b"K"):
            return None
        self._pax, self._long_name = {}, None
        return TarMember(name, body) if kind in _REGULAR else None
