"""Requests and answers on our own connection pools without httpx's models.

Building an `httpx.Request` parses its URL (about 25 µs of Python for an object URL) and copies
its headers into `httpx.Headers`; `httpx.Client.send` then builds the next request for every
redirect answer, and the answer becomes an `httpx.Response` with decoders around its body. For a
4 KiB GET that is a large share of the client's CPU, and the drivers need none of it: they follow
redirects themselves, send no cookies, and ask for no compressed encodings. So the drivers hand
our transports (`StdlibTransport.exchange`, `AsyncStreamTransport.exchange`) the method, URL,
header list and body as they are, and get back a `PlainResponse`: the status, the raw header
fields and the body in pieces. A client built around somebody else's `httpx` transport, or routed
through an HTTP proxy from the environment, goes the usual httpx way instead (`build_request`, `send`).

On the wire the request is what httpx would send for the same arguments: a `Host` field first,
`Content-Length` for an in-memory body (`0` for a POST/PUT/PATCH without one), chunked transfer
encoding for a streamed body of unknown length; URLs with characters that must be escaped are
escaped by httpx's own parser.
"""

from __future__ import annotations

import functools
import re
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import Any

import httpx

__all__ = ["AsyncPlainResponse", "PlainHeaders", "PlainResponse", "Wire", "plain_headers", "split_url", "url_text"]

Key = tuple[str, str, int]

# A request target made only of these characters (and `%` followed by two hex digits) goes out as
# it is; anything else (a space, a non-ASCII letter, a fragment) goes through httpx's URL parser.
_SAFE_TARGET = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*")
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


class Wire:
    """A request as the transports write it: method, request target, header fields in order, and
    whether the body goes out chunked; `request` is the httpx request it came from, if any (httpx's
    exceptions carry it)."""

    __slots__ = ("chunked", "headers", "method", "request", "target")

    def __init__(
        self, method: str, target: str, headers: list[tuple[str, str]], chunked: bool, request: httpx.Request | None
    ) -> None:
        self.method = method
        self.target = target
        self.headers = headers
        self.chunked = chunked
        self.request = request

    @classmethod
    def from_httpx(cls, request: httpx.Request) -> Wire:
        """The wire form of an `httpx.Request` (the transports' `handle_request`)."""
        return cls(
            request.method,
            request.url.raw_path.decode("ascii"),
            [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw],
            request.headers.get("Transfer-Encoding", "").lower() == "chunked",
            request,
        )


@functools.lru_cache(maxsize=1024)
def _origin_parts(scheme_netloc: str) -> tuple[Key, str]:
    u = httpx.URL(scheme_netloc + "/")
    scheme = u.scheme
    return (scheme, u.host, u.port or (443 if scheme == "https" else 80)), u.netloc.decode("ascii")


def split_url(url: str) -> tuple[Key, str, str]:
    """(scheme, host, port), the `Host` field, and the request target of an absolute URL."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise httpx.UnsupportedProtocol(f"request URL is missing a scheme: {url!r}")
    slash = rest.find("/")
    query = rest.find("?")
    end = min(i for i in (slash, query, len(rest)) if i >= 0)
    key, host = _origin_parts(f"{scheme}://{rest[:end]}")
    if key[0] not in ("http", "https"):
        raise httpx.UnsupportedProtocol(f"request URL has an unsupported protocol {key[0]!r}: {url!r}")
    target = rest[end:]
    if not target.startswith("/"):
        target = "/" + target
    if "/." in target or not _SAFE_TARGET.fullmatch(target):
        # httpx escapes what must be escaped and removes `.`/`..` segments
        target = httpx.URL(url).raw_path.decode("ascii")
    return key, host, target


def plain_headers(
    method: str,
    host: str,
    headers: list[tuple[str, str]],
    content: bytes | Iterable[bytes] | AsyncIterable[bytes] | None,
) -> tuple[list[tuple[str, str]], bool]:
    """The header fields httpx would send for these (`Host` first, then the body's framing), and
    whether the body goes out chunked."""
    names = {name.lower() for name, _ in headers}
    framed = "content-length" in names or "transfer-encoding" in names
    out = [("Host", host)] if "host" not in names else []
    if not framed and not content and method in _BODY_METHODS and not _is_stream(content):
        out.append(("Content-Length", "0"))  # (httpx puts it right after Host)
    out.extend(headers)
    chunked = False
    if _is_stream(content):
        if not framed:
            out.append(("Transfer-Encoding", "chunked"))
            chunked = True
        else:
            chunked = any(n.lower() == "transfer-encoding" and v.lower() == "chunked" for n, v in headers)
    elif content and not framed:
        out.append(("Content-Length", str(len(content))))  # type: ignore[arg-type]
    return out, chunked


def _is_stream(content: object) -> bool:
    return content is not None and not isinstance(content, (bytes, bytearray, memoryview))


class PlainHeaders:
    """The answer's header fields as sent (bytes), with the two reads the drivers make."""

    __slots__ = ("raw",)

    def __init__(self, raw: list[tuple[bytes, bytes]]) -> None:
        self.raw = raw

    def multi_items(self) -> list[tuple[str, str]]:
        """(name, value) pairs in order, names lowercased (as `httpx.Headers.multi_items`)."""
        return [(k.decode("latin-1").lower(), v.decode("latin-1")) for k, v in self.raw]

    def get(self, name: str, default: Any = None) -> Any:
        """The field's values joined with ", " (as `httpx.Headers.get`), or `default`."""
        key = name.lower().encode("latin-1")
        found = [v.decode("latin-1") for k, v in self.raw if k.lower() == key]
        return ", ".join(found) if found else default


class _PlainAnswer:
    """What the sync and async answers share: status, headers, the URL, and whether it is closed."""

    __slots__ = ("_body", "_closed", "_url", "headers", "status_code", "url_text")

    def __init__(self, status_code: int, raw: list[tuple[bytes, bytes]], url: str, body: Any) -> None:
        self.status_code = status_code
        self.headers = PlainHeaders(raw)
        self.url_text = url
        self._url: httpx.URL | None = None
        self._body = body
        self._closed = False

    @property
    def url(self) -> httpx.URL:
        """The request's URL, parsed on first use (the drivers use `url_text`)."""
        if self._url is None:
            self._url = httpx.URL(self.url_text)
        return self._url

    @property
    def is_closed(self) -> bool:
        """True once the body was read to its end or the answer closed (as `httpx.Response`)."""
        return self._closed


class PlainResponse(_PlainAnswer):
    """An answer on our own sync pool: status, headers, and the body, read once in pieces
    (`iter_bytes`, `read`); `close` before the end gives up the connection."""

    __slots__ = ()

    def iter_bytes(self) -> Iterator[bytes]:
        try:
            for piece in self._body:
                if piece:
                    yield piece
        finally:
            self._closed = True

    def read(self) -> bytes:
        return b"".join(self.iter_bytes())

    def close(self) -> None:
        self._closed = True
        self._body.close()


class AsyncPlainResponse(_PlainAnswer):
    """`PlainResponse` on our own asyncio pool (`aiter_bytes`, `aread`, `aclose`)."""

    __slots__ = ()

    async def aiter_bytes(self) -> AsyncIterator[bytes]:
        try:
            async for piece in self._body:
                if piece:
                    yield piece
        finally:
            self._closed = True

    async def aread(self) -> bytes:
        return b"".join([piece async for piece in self.aiter_bytes()])

    async def aclose(self) -> None:
        self._closed = True
        await self._body.aclose()


def url_text(response: Any) -> str:
    """The URL an answer came from, as text, without parsing one that is not parsed yet."""
    return response.url_text if isinstance(response, _PlainAnswer) else str(response.url)
