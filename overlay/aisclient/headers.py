"""`Header`: what `head_bucket` / `head_object` return.

It IS the response headers (a read-only, case-insensitive mapping, as the
seed API promises: `hdr["ais-version"]` works) and it also offers the typed
view (`hdr.props`), so seed-style and typed callers use the same object.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Self, TypeVar

from .models import BucketProps, ObjectProps

__all__ = ["BucketHeader", "Header", "ObjectHeader"]

H = TypeVar("H", bound="Header")


class Header(Mapping[str, str]):
    """Read-only, case-insensitive, multi-valued mapping of HTTP response headers.

    `h[name]` joins repeated values with ", " (like httpx and requests);
    `h.get_list(name)` returns them separately (e.g. `Ais-Custom-Md`).
    """

    def __init__(self, items: Iterable[tuple[str, str]] | Mapping[str, str] = ()) -> None:
        pairs = list(items.items()) if isinstance(items, Mapping) else list(items)
        self._items: tuple[tuple[str, str], ...] = tuple((str(k), str(v)) for k, v in pairs)
        index: dict[str, list[str]] = {}
        for key, value in self._items:
            index.setdefault(key.lower(), []).append(value)
        self._index = index

    @classmethod
    def from_httpx(cls, headers: Any) -> Self:
        """From `httpx.Headers` (keeps repeated headers)."""
        return cls(headers.multi_items())

    def __getitem__(self, key: str) -> str:
        return ", ".join(self._index[key.lower()])

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() in self._index

    def __iter__(self) -> Iterator[str]:
        seen: set[str] = set()
        for key, _ in self._items:
            lk = key.lower()
            if lk not in seen:
                seen.add(lk)
                yield key

    def __len__(self) -> int:
        return len(self._index)

    def get_list(self, key: str) -> list[str]:
        return list(self._index.get(key.lower(), ()))

    def multi_items(self) -> list[tuple[str, str]]:
        return list(self._items)

    def view_as(self, cls: type[H]) -> H:
        """The same headers as another `Header` type (e.g. `ObjectHeader`), sharing the parsed
        index instead of rebuilding it: headers are immutable, so sharing is safe."""
        out = cls.__new__(cls)
        out._items, out._index = self._items, self._index
        return out

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self._items,))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict(self)!r})"


class ObjectHeader(Header):
    """Headers of an object HEAD/GET/PUT; `.props` is the typed `ObjectProps` view."""

    @functools.cached_property
    def props(self) -> ObjectProps:
        return ObjectProps.from_headers(self)


class HeadObjectHeader(ObjectHeader):
    """Headers of an object HEAD: there, no Content-Length means an empty object (size 0)."""

    @functools.cached_property
    def props(self) -> ObjectProps:
        return ObjectProps.from_headers(self, absent_size=0)


class BucketHeader(Header):
    """Headers of a bucket HEAD; `.props` is the typed `BucketProps` view of `Ais-Bucket-Props`."""

    @functools.cached_property
    def props(self) -> BucketProps:
        return BucketProps.from_headers(self)
