"""Lazy iterators over list-objects pages, driven by the paginator spec (sync and async)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

from ._listing import LIST_OBJECTS_PAGINATOR, PaginatorSpec
from .models import BucketEntry, BucketList

__all__ = ["AsyncBucketLister", "BucketLister"]

_FIRST_PAGE: dict[str, Any] = {"uuid": "", "continuation_token": ""}


class BucketLister:
    """Iterates every object of a listing, fetching pages only as they are needed.

    `for entry in lister` yields `BucketEntry`s; `lister.pages()` yields `BucketList`s.
    """

    def __init__(self, fetch: Callable[..., BucketList], spec: PaginatorSpec = LIST_OBJECTS_PAGINATOR) -> None:
        self._fetch = fetch
        self._spec = spec

    def pages(self) -> Iterator[BucketList]:
        args: dict[str, Any] | None = dict(_FIRST_PAGE)
        while args is not None:
            page = self._fetch(**args)
            yield page
            args = self._spec.next_args(page, args)

    def __iter__(self) -> Iterator[BucketEntry]:
        for page in self.pages():
            yield from self._spec.items(page)


class AsyncBucketLister:
    """Async twin of `BucketLister`: `async for entry in lister`, `lister.pages()`."""

    def __init__(
        self, fetch: Callable[..., Awaitable[BucketList]], spec: PaginatorSpec = LIST_OBJECTS_PAGINATOR
    ) -> None:
        self._fetch = fetch
        self._spec = spec

    async def pages(self) -> AsyncIterator[BucketList]:
        args: dict[str, Any] | None = dict(_FIRST_PAGE)
        while args is not None:
            page = await self._fetch(**args)
            yield page
            args = self._spec.next_args(page, args)

    async def _entries(self) -> AsyncIterator[BucketEntry]:
        async for page in self.pages():
            for entry in self._spec.items(page):
                yield entry

    def __aiter__(self) -> AsyncIterator[BucketEntry]:
        return self._entries()
