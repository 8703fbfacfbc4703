"""`client.with_raw_response.<method>(...)`: the parsed result plus the HTTP response it came from.

Works for every method that talks to the cluster, sync or async, without a
second copy of the API: the driver reports each final HTTP response to a
context-local sink, and the proxy below reads the last one.
"""

from __future__ import annotations

import contextvars
from typing import Generic, TypeVar

import attrs

from ..headers import Header
from .protocol import Response

__all__ = ["RAW_SINK", "RawResponse", "record_response", "wrap_raw"]

T = TypeVar("T")

RAW_SINK: contextvars.ContextVar[list[Response] | None] = contextvars.ContextVar("aisclient_raw_sink", default=None)


def record_response(resp: Response) -> None:
    """Called by the drivers for every final response; a no-op unless a raw call is in progress."""
    sink = RAW_SINK.get()
    if sink is not None:
        sink.append(resp)


@attrs.frozen
class RawResponse(Generic[T]):
    """HTTP facts of the (last) exchange behind a call, and the call's result."""

    status_code: int
    headers: Header
    url: str
    parsed: T

    def parse(self) -> T:
        return self.parsed


def wrap_raw(result: T, sink: list[Response], name: str) -> RawResponse[T]:
    if not sink:
        raise TypeError(f"{name}() makes no request by itself; with_raw_response does not apply")
    last = sink[-1]
    return RawResponse(last.status_code, last.headers, last.url, result)
