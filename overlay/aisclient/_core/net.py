"""Small transport helpers shared by the drivers and object streams."""

from __future__ import annotations

import functools

import httpx

from ..errors import AISConnectFailed, AISConnectionError, AISConnectTimeout, AISTimeoutError

__all__ = ["origin", "translate_transport_error"]


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
