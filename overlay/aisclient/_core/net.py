"""Small transport helpers shared by the drivers and object streams."""

from __future__ import annotations

import functools
from typing import Any

import httpx

from ..errors import AISConnectFailed, AISConnectionError, AISConnectTimeout, AISTimeoutError

__all__ = ["new_request", "origin", "translate_transport_error"]


def origin(url: str | httpx.URL) -> str:
    """`scheme://host:port` of a URL (default ports made explicit, no user info), for comparing nodes.

    On every request's path, so the URL is only split; the parse of its `scheme://netloc` is cached.
    """
    scheme, _, rest = str(url).partition("://")
    end = len(rest)
    for sep in "/?#":
        i = rest.find(sep)
        if 0 <= i < end:
            end = i
    return _origin(scheme, rest[:end])


@functools.lru_cache(maxsize=4096)
def _origin(scheme: str, netloc: str) -> str:
    u = httpx.URL(f"{scheme}://{netloc}/")
    port = u.port or (443 if u.scheme == "https" else 80)
    return f"{u.scheme}://{u.host}:{port}"


def new_request(
    http: httpx.Client | httpx.AsyncClient,
    method: str,
    url: str,
    params: tuple[tuple[str, str], ...] | None,
    headers: list[tuple[str, str]],
    content: Any,
    extensions: dict[str, Any],
) -> httpx.Request:
    """The request `http.build_request` would make, for the absolute `url` plus `params`.

    On one of this client's own pools (no base URL, default query or cookies: see `transport.py`)
    it is built directly, with the URL parsed once; `build_request` parses it twice and merges
    cookies and params, a large share of the CPU a small request costs. Any other client (one the
    caller passed in) gets `build_request` itself.
    """
    if not getattr(http, "builds_plain_requests", False) or (params and "?" in url):
        # (A query in the URL and params: httpx merges them key by key; leave that to it.)
        return http.build_request(method, url, params=params, headers=headers, content=content, extensions=extensions)
    if params:
        url = f"{url}?{httpx.QueryParams(params)}"
    if "timeout" not in extensions:
        extensions = {**extensions, "timeout": http.timeout.as_dict()}
    # The client's default headers, each unless ours has the same name (as httpx merges them).
    ours = {name.lower() for name, _ in headers}
    merged = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in http.headers.raw]
    merged = [kv for kv in merged if kv[0].lower() not in ours]
    merged.extend(headers)
    return httpx.Request(method, url, headers=merged, content=content, extensions=extensions)


def translate_transport_error(exc: httpx.TransportError, url: str | httpx.URL) -> AISConnectionError:
    """Wrap an httpx transport failure in our error naming the node; keeps the cause chained by the caller."""
    where = origin(url)
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if isinstance(exc, (httpx.ConnectTimeout, httpx.PoolTimeout)):
        return AISConnectTimeout(where, detail)
    if isinstance(exc, httpx.ConnectError):
        # Nothing reached the server: safe to send again, even a request that is not idempotent.
        return AISConnectFailed(where, detail)
    if isinstance(exc, httpx.TimeoutException):
        return AISTimeoutError(where, detail)
    return AISConnectionError(where, detail)
