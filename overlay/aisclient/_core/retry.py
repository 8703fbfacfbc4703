"""Retry policy: which failures are retried, and how long to wait. Pure functions; drivers do the waiting."""

from __future__ import annotations

import random
from collections.abc import Callable

import attrs

from ..errors import AISConnectFailed, AISConnectionError, AISError, ClusterStarting
from .protocol import Request

__all__ = ["DEFAULT_RETRY", "NO_RETRY", "RetryPolicy"]


@attrs.frozen
class RetryPolicy:
    """When and how to retry one HTTP exchange.

    * `max_attempts` counts the first try (1 = never retry).
    * Backoff: `initial_backoff * 2**(n-1)`, capped at `max_backoff`, minus up to
      `jitter` of itself at random so clients that failed together spread out.
    * A server `Retry-After` wins over the computed backoff; one longer than
      `max_retry_after` means "not soon": we give up instead of sleeping.
    * Retried: transport errors and 502/503/504 for idempotent requests (each
      operation says whether it is); for any request, a connection that could not
      be made, a 429 and a "cluster starting" 503, since then the server did nothing.
    """

    max_attempts: int = 3
    initial_backoff: float = 0.2
    max_backoff: float = 8.0
    jitter: float = 0.25
    retry_statuses: frozenset[int] = frozenset({429, 502, 503, 504})
    max_retry_after: float = 60.0

    def __attrs_post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be >= 1")
        if not 0.0 <= self.jitter <= 1.0:
            raise ValueError("jitter must be within [0, 1]")

    def should_retry(self, attempt: int, request: Request, error: Exception) -> bool:
        """Retry after `attempt` failed tries (1-based) that ended with `error`?"""
        if attempt >= self.max_attempts:
            return False
        if isinstance(error, AISError):
            if error.status_code not in self.retry_statuses:
                return False
            if error.retry_after is not None and error.retry_after > self.max_retry_after:
                return False
            refused_before_work = error.status_code == 429 or isinstance(error, ClusterStarting)
            return refused_before_work or request.is_idempotent
        if isinstance(error, AISConnectionError):
            return request.is_idempotent or isinstance(error, AISConnectFailed)
        return False

    def delay(self, attempt: int, retry_after: float | None = None, rand: Callable[[], float] = random.random) -> float:
        """Seconds to sleep before try `attempt + 1`."""
        if retry_after is not None and retry_after >= 0:
            return min(retry_after, self.max_retry_after)
        base = min(self.max_backoff, self.initial_backoff * (2.0 ** max(0, attempt - 1)))
        return base * (1.0 - self.jitter * rand())


DEFAULT_RETRY = RetryPolicy()
NO_RETRY = RetryPolicy(max_attempts=1)
