"""Small transport helpers shared by the drivers and object streams."""

from __future__ import annotations

import httpx

from .errors import AISConnectionError, AISTimeoutError

__all__ = ["origin", "translate_transport_error"]


def origin(url: str | httpx.URL) -> str:
    """`scheme://host:port` of a URL (default ports made explicit), for comparing nodes."""
    u = httpx.URL(str(url))
    port = u.port or (443 if u.scheme == "https" else 80)
    return f"{u.scheme}://{u.host}:{port}"


def translate_transport_error(exc: httpx.TransportError, url: str | httpx.URL) -> AISConnectionError:
    """Wrap an httpx transport failure in our error naming the node; keeps the cause chained by the caller."""
    where = origin(url)
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return AISTimeoutError(where, detail)
    return AISConnectionError(where, detail)
