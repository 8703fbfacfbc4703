"""Run one worker per item with at most `limit` in flight: asyncio tasks, or a pool of threads.

This is the one place where the two flavours of the client differ by nature, so both are written by
hand (nothing here is derived). The contract is the same for both:

* the result is one `Outcome` per item, in input order: the worker's value, or the `Exception` it
  raised (one failing item never stops the others);
* no more than `limit` workers run at once, and items are pulled from the iterable only as a slot
  frees up, so a million items never make a million tasks or futures;
* anything that is not an `Exception` (cancellation, `KeyboardInterrupt`, `SystemExit`) stops the run:
  no further item is started, the work not yet started is dropped, and it propagates.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Awaitable, Callable, Iterable
from typing import Generic, TypeVar

import attrs

__all__ = ["Outcome", "run_bounded_async", "run_bounded_sync"]

T = TypeVar("T")
R = TypeVar("R")


@attrs.frozen
class Outcome(Generic[R]):
    """What one item's worker gave: `value` if it returned, else `error` (the exception it raised)."""

    value: R | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _check_limit(limit: int) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise TypeError(f"limit must be an int, got {type(limit).__name__}")
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    return limit


async def run_bounded_async(
    items: Iterable[T],
    worker: Callable[[T], Awaitable[R]],
    limit: int,
    on_done: Callable[[Outcome[R]], None] | None = None,
) -> list[Outcome[R]]:
    """Await `worker(item)` for every item, at most `limit` at once; one `Outcome` per item, in order.

    `on_done(outcome)` is called as each item finishes, in the caller's task (not in input order).

    If the caller is cancelled (or a worker raises something that is not an `Exception`), every running
    worker is cancelled and awaited before the exception propagates.
    """
    _check_limit(limit)
    results: list[Outcome[R] | None] = []
    running: set[asyncio.Task[tuple[int, Outcome[R]]]] = set()

    async def one(index: int, item: T) -> tuple[int, Outcome[R]]:
        try:
            return index, Outcome(value=await worker(item))
        except Exception as exc:
            return index, Outcome(error=exc)

    def collect(done: set[asyncio.Task[tuple[int, Outcome[R]]]]) -> None:
        for task in done:
            index, outcome = task.result()  # re-raises a cancellation or a BaseException
            results[index] = outcome
            if on_done is not None:
                on_done(outcome)

    try:
        for index, item in enumerate(items):
            while len(running) >= limit:
                done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                collect(done)
            results.append(None)
            running.add(asyncio.create_task(one(index, item)))
        while running:
            done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            collect(done)
    except BaseException:
        for task in running:
            task.cancel()
        if running:
            await asyncio.wait(running)
        raise
    done_all = [r for r in results if r is not None]
    assert len(done_all) == len(results)
    return done_all


def run_bounded_sync(
    items: Iterable[T],
    worker: Callable[[T], R],
    limit: int,
    on_done: Callable[[Outcome[R]], None] | None = None,
) -> list[Outcome[R]]:
    """Call `worker(item)` for every item on `limit` threads; one `Outcome` per item, in order.

    `on_done(outcome)` is called as each item finishes, in the calling thread (not in input order).

    On `KeyboardInterrupt` (or a worker raising something that is not an `Exception`) no further item
    is started and work not yet started is cancelled; workers already running cannot be stopped from
    outside a thread, so they finish their current item in the background while the exception
    propagates at once.
    """
    _check_limit(limit)
    results: list[Outcome[R] | None] = []

    def one(item: T) -> Outcome[R]:
        try:
            return Outcome(value=worker(item))
        except Exception as exc:
            return Outcome(error=exc)

    pool = concurrent.futures.ThreadPoolExecutor(max_workers=limit, thread_name_prefix="aisclient-transfer")
    running: dict[concurrent.futures.Future[Outcome[R]], int] = {}

    def collect(done: set[concurrent.futures.Future[Outcome[R]]]) -> None:
        for future in done:
            outcome = future.result()  # re-raises a BaseException
            results[running.pop(future)] = outcome
            if on_done is not None:
                on_done(outcome)

    try:
        for index, item in enumerate(items):
            while len(running) >= limit:
                done, _ = concurrent.futures.wait(running, return_when=concurrent.futures.FIRST_COMPLETED)
                collect(done)
            results.append(None)
            running[pool.submit(one, item)] = index
        while running:
            done, _ = concurrent.futures.wait(running, return_when=concurrent.futures.FIRST_COMPLETED)
            collect(done)
    except BaseException:
        for future in running:
            future.cancel()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    done_all = [r for r in results if r is not None]
    assert len(done_all) == len(results)
    return done_all
