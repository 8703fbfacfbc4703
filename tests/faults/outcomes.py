"""What every fault test saw: scenario, client, outcome, seconds (printed as a table at the end of the run)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

ROWS: list[tuple[str, str, str, float]] = []


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@contextmanager
def scenario(name: str, client: str = "sync") -> Iterator[list[str]]:
    """Time a scenario; the test appends its outcome text to the yielded list."""
    outcome: list[str] = []
    t0 = time.monotonic()
    try:
        yield outcome
    except BaseException as exc:
        outcome.append(f"test failed: {type(exc).__name__}")
        raise
    finally:
        ROWS.append((name, client, "; ".join(outcome) or "-", time.monotonic() - t0))


def outcome_of(fn: Callable[[], T]) -> tuple[T | None, BaseException | None]:
    """Run `fn`; its result or the exception it raised (never both)."""
    try:
        return fn(), None
    except Exception as exc:  # the tests check the exception's type themselves
        return None, exc


def table() -> str:
    lines = ["| scenario | client | outcome | seconds |", "|---|---|---|---|"]
    lines += [f"| {s} | {c} | {o} | {t:.1f} |" for s, c, o, t in ROWS]
    return "\n".join(lines)
