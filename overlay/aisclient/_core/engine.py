"""Running a blocking client's method on the async client: for work that is many small requests
at once (a folder upload), one event loop with many requests in flight costs less CPU than as many
threads, each of whose system calls returns through the GIL.

`on_async_client(AsyncTransfers.upload_dir, Transfers.upload_dir)` is what `Client.upload_dir` is:
the same parameters and docs as the thread-pool version; it makes an `AsyncClient` with the blocking
client's options, runs the async method to the end on a private event loop, and closes it. A client
built on a caller's own `http_client` cannot be copied, so it keeps the thread pool.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
from collections.abc import Callable, Coroutine
from typing import Any, Concatenate, ParamSpec, TypeVar

__all__ = ["on_async_client", "run_to_end"]

P = ParamSpec("P")
R = TypeVar("R")


def run_to_end(coro: Coroutine[Any, Any, R]) -> R:
    """Run `coro` on a new event loop: in this thread, or in a helper thread when this one already
    runs a loop (a blocking call from async code)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="aisclient-engine") as pool:
        return pool.submit(asyncio.run, coro).result()


def on_async_client(
    async_method: Callable[Concatenate[Any, P], Coroutine[Any, Any, R]],
    thread_method: Callable[Concatenate[Any, P], R],
) -> Callable[Concatenate[Any, P], R]:
    """The blocking method: `async_method` on an async twin of the client, or `thread_method` on the
    client itself when it has no twin (see the module docs)."""

    @functools.wraps(thread_method)
    def run(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
        options = self._async_twin_options
        if options is None:
            return thread_method(self, *args, **kwargs)
        from .._surface import AsyncClient  # the client classes import this module

        async def main() -> R:
            async with AsyncClient(self.endpoint, **options) as twin:
                return await async_method(twin, *args, **kwargs)

        return run_to_end(main())

    return run
