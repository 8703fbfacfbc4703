"""`client.with_raw_response.<method>(...)`: the parsed result plus the HTTP response it came from.

Works for every method that talks to the cluster, sync or async, without a
second copy of the API: the driver reports each final HTTP response to a
context-local sink, and the proxy below reads the last one.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

import attrs

from ._protocol import Response
from .headers import Header

__all__ = ["AsyncRawResponseProxy", "RawResponse", "RawResponseProxy", "record_response"]

T = TypeVar("T")

_SINK: contextvars.ContextVar[list[Response] | None] = contextvars.ContextVar("aisclient_raw_sink", default=None)


def record_response(resp: Response) -> None:
    """Called by the drivers for every final response; a no-op unless a raw call is in progress."""
    sink = _SINK.get()
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


def _wrap(result: T, sink: list[Response], name: str) -> RawResponse[T]:
    if not sink:
        raise TypeError(f"{name}() makes no request by itself; with_raw_response does not apply")
    last = sink[-1]
    return RawResponse(last.status_code, last.headers, last.url, result)


class RawResponseProxy:
    """`client.with_raw_response`: same methods as `Client`, returning `RawResponse`."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Callable[..., RawResponse[Any]]:
        method = getattr(self._client, name)

        @functools.wraps(method)
        def call(*args: Any, **kwargs: Any) -> RawResponse[Any]:
            sink: list[Response] = []
            token = _SINK.set(sink)
            try:
                result = method(*args, **kwargs)
            finally:
                _SINK.reset(token)
            return _wrap(result, sink, name)

        return call


class AsyncRawResponseProxy:
    """`async_client.with_raw_response`: same methods as `AsyncClient`, returning `RawResponse`."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Callable[..., Awaitable[RawResponse[Any]]]:
        method = getattr(self._client, name)

        @functools.wraps(method)
        async def call(*args: Any, **kwargs: Any) -> RawResponse[Any]:
            sink: list[Response] = []
            token = _SINK.set(sink)
            try:
                result = await method(*args, **kwargs)
            finally:
                _SINK.reset(token)
            return _wrap(result, sink, name)

        return call
