"""Client-side hashers for the checksum types AIS stores with objects (`cmn/cos/cksum.go`).

AIS sends an object's checksum as `Ais-Checksum-Type` / `Ais-Checksum-Value`; the value is
`hex.EncodeToString(h.Sum(nil))` of a Go `hash.Hash`, i.e. lowercase hex of the big-endian digest
bytes, always full width (zero padded):

======== ============================================ ==========
type     Go hash                                      hex chars
======== ============================================ ==========
xxhash   OneOfOne/xxhash `New64()` (XXH64, seed 0)    16
xxhash2  cespare/xxhash/v2 `New()` (XXH64, seed 0)    16
md5      crypto/md5                                   32
sha256   crypto/sha256 (plain SHA-256; the comment    64
         in cksum.go saying SHA512_256 is stale)
sha512   crypto/sha512 `New()` (SHA-512)              128
crc32c   hash/crc32 Castagnoli table, Sum() appends   8
         the uint32 big-endian
======== ============================================ ==========

"none", "" and types this client does not know mean "nothing to verify" (`new_hasher` returns None).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Protocol

import crc32c
import xxhash

__all__ = ["Hasher", "known_types", "new_hasher"]


class Hasher(Protocol):
    """The part of the hashlib interface the streams use."""

    def update(self, data: bytes | memoryview, /) -> None: ...

    def hexdigest(self) -> str: ...


_FACTORIES: dict[str, Callable[[], Hasher]] = {
    "xxhash": lambda: xxhash.xxh64(seed=0),
    "xxhash2": lambda: xxhash.xxh64(seed=0),
    "md5": lambda: hashlib.md5(usedforsecurity=False),
    "sha256": hashlib.sha256,
    "sha512": hashlib.sha512,
    "crc32c": crc32c.CRC32CHash,
}


def known_types() -> frozenset[str]:
    """The checksum types `new_hasher` can compute."""
    return frozenset(_FACTORIES)


def new_hasher(cktype: str) -> Hasher | None:
    """A fresh hasher for the AIS checksum type `cktype` (case-insensitive); None for "none"/""/unknown."""
    factory = _FACTORIES.get(cktype.strip().lower()) if cktype else None
    return factory() if factory is not None else None
