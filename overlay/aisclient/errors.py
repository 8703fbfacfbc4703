"""Exceptions raised by aisclient.

Every exception derives from `AISException`. Failures the cluster reports
(HTTP status >= 400) are `AISError`s, classified by the server's `tcode`
(the Go error type name), never by the message text; when there is no
tcode the HTTP status decides. Failures detected on this side (bad names,
transport errors, a wait that ran out) have their own classes.

All exceptions pickle (DataLoader workers, multiprocessing): each one
rebuilds itself from its constructor arguments via `__reduce__`.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import XactStatus

__all__ = [
    "AISBadRequest",
    "AISConflict",
    "AISConnectionError",
    "AISError",
    "AISException",
    "AISForbidden",
    "AISNotFound",
    "AISRateLimited",
    "AISServerError",
    "AISTimeoutError",
    "AISUnauthorized",
    "ClusterStarting",
    "ErrBadCksum",
    "ErrBckAlreadyExists",
    "ErrBckNotFound",
    "ErrInvalidBackendProvider",
    "ErrMissingBackend",
    "ErrNotRemoteBck",
    "ErrObjNotFound",
    "ErrRemoteBckNotFound",
    "ErrXactionNotFound",
    "IncompleteRead",
    "InvalidBckProvider",
    "InvalidBucketName",
    "InvalidObjectName",
    "Timeout",
    "TooManyRedirects",
    "XactionAborted",
    "error_from_response",
    "parse_retry_after",
]

HDR_ERROR = "Hdr-Error"


class AISException(Exception):
    """Root of everything aisclient raises on purpose."""


# --------------------------------------------------------------------------- server errors


class AISError(AISException):
    """The cluster answered with an HTTP error status.

    `tcode` is the server's Go error type (e.g. "ErrBckNotFound"), "" when the
    server sent none; `node` is the AIS node that produced the error
    (e.g. "t[abc123]"); `url` is the URL of the failed request.
    """

    def __init__(
        self,
        status_code: int,
        tcode: str = "",
        message: str = "",
        node: str = "",
        method: str = "",
        url: str = "",
        retry_after: float | None = None,
    ) -> None:
        super().__init__(status_code, tcode, message, node, method, url, retry_after)
        self.status_code = status_code
        self.tcode = tcode
        self.message = message
        self.node = node
        self.method = method
        self.url = url
        # Seconds the server asked us to wait (Retry-After), when it said so.
        self.retry_after = retry_after

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            type(self),
            (self.status_code, self.tcode, self.message, self.node, self.method, self.url, self.retry_after),
        )

    def __str__(self) -> str:
        kind = f" {self.tcode}" if self.tcode else ""
        where = " ".join(x for x in (self.method, self.url) if x)
        node = f", node {self.node}" if self.node else ""
        text = self.message or "(no message)"
        return f"{self.status_code}{kind}: {text}" + (f" [{where}{node}]" if where or node else "")

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, tcode={self.tcode!r}, message={self.message!r})"
        )


class AISBadRequest(AISError):
    """400: the request was malformed or not allowed as sent."""


class AISUnauthorized(AISError):
    """401: missing or invalid token."""


class AISForbidden(AISError):
    """403: the token lacks permission, or direct target access was refused."""


class AISNotFound(AISError):
    """404 of a kind without a more specific class."""


class AISConflict(AISError):
    """409: conflicts with the current state (busy, exists, ...)."""


class AISRateLimited(AISError):
    """429: too many requests; `retry_after` holds the server's hint, if any."""


class AISServerError(AISError):
    """5xx."""


class ClusterStarting(AISServerError):
    """503 with an empty body: the cluster has not finished starting."""


class ErrBckNotFound(AISNotFound):
    """The bucket does not exist."""


class ErrRemoteBckNotFound(ErrBckNotFound):
    """The remote (cloud or remote-AIS) bucket does not exist."""


class ErrObjNotFound(AISNotFound):
    """The object does not exist."""


class ErrXactionNotFound(AISNotFound):
    """No xaction (job) matches the given id/kind."""


class ErrBckAlreadyExists(AISConflict):
    """The bucket already exists."""


class ErrNotRemoteBck(AISBadRequest):
    """The operation needs a remote bucket (e.g. evict) but got an ais:// one."""


class ErrMissingBackend(AISBadRequest):
    """The provider has no backend configured in this cluster (e.g. aws without AWS support)."""


class ErrInvalidBackendProvider(AISBadRequest):
    """The server does not know this provider."""


class ErrBadCksum(AISError):
    """The data's checksum did not match (e.g. an upload was corrupted in transit)."""


_BY_TCODE: dict[str, type[AISError]] = {
    "ErrBckNotFound": ErrBckNotFound,
    "ErrRemoteBckNotFound": ErrRemoteBckNotFound,
    "ErrBucketAlreadyExists": ErrBckAlreadyExists,
    "ErrNotRemoteBck": ErrNotRemoteBck,
    "ErrMissingBackend": ErrMissingBackend,
    "ErrInvalidBackendProvider": ErrInvalidBackendProvider,
    "ErrXactNotFound": ErrXactionNotFound,
    "ErrBadCksum": ErrBadCksum,
    "ErrInvalidCksum": ErrBadCksum,
}

_BY_STATUS: dict[int, type[AISError]] = {
    400: AISBadRequest,
    401: AISUnauthorized,
    403: AISForbidden,
    404: AISNotFound,
    409: AISConflict,
    429: AISRateLimited,
}


def _header(headers: Mapping[str, str], name: str) -> str | None:
    """Case-insensitive lookup that also works for plain dicts."""
    value = headers.get(name)
    if value is not None:
        return value
    lname = name.lower()
    for key, val in headers.items():
        if key.lower() == lname:
            return val
    return None


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP-date); None if absent/garbled."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _parse_err_json(raw: str | bytes) -> dict[str, Any] | None:
    try:
        doc = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
    return doc if isinstance(doc, dict) else None


def _is_object_url(url: str) -> bool:
    return "/v1/objects/" in url


def _is_xaction_url(url: str) -> bool:
    path = url.split("?", 1)[0]
    return path.endswith("/v1/cluster")


def error_from_response(
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    method: str,
    url: str,
) -> AISError:
    """Turn a failed HTTP exchange into the right `AISError` subclass.

    The error JSON (`cmn.ErrHTTP`) comes in the body, except for HEAD where
    the server puts it in the `Hdr-Error` response header.
    """
    doc: dict[str, Any] | None = None
    hdr_err = _header(headers, HDR_ERROR)
    if hdr_err:
        doc = _parse_err_json(hdr_err)
    if doc is None and body:
        doc = _parse_err_json(body)

    if doc is not None:
        tcode = str(doc.get("tcode") or "")
        message = str(doc.get("message") or "")
        node = str(doc.get("node") or "")
    else:
        tcode, node = "", ""
        message = body.decode("utf-8", "replace").strip() if body else ""

    retry_after = parse_retry_after(_header(headers, "Retry-After"))

    cls: type[AISError]
    if tcode in _BY_TCODE:
        cls = _BY_TCODE[tcode]
    elif status == 404 and _is_object_url(url):
        # "ErrNotFound" (or a bare 404) on an object URL: the bucket exists
        # (else the tcode would be ErrBckNotFound), so the object is missing.
        cls = ErrObjNotFound
    elif status == 404 and _is_xaction_url(url):
        # Xaction queries answer a plain ErrNotFound ("x-[id] does not exist").
        cls = ErrXactionNotFound
    elif status == 503 and not body and not hdr_err:
        cls = ClusterStarting
        message = message or "cluster is starting up"
    elif status in _BY_STATUS:
        cls = _BY_STATUS[status]
    elif status >= 500:
        cls = AISServerError
    else:
        cls = AISError
    return cls(status, tcode, message, node, method, url, retry_after)


# --------------------------------------------------------------------------- client-side errors


class InvalidBckProvider(AISException, ValueError):
    """The provider is not one this client (and AIS 5.x) supports, or not valid for the operation."""

    def __init__(self, provider: str, detail: str = "") -> None:
        super().__init__(provider, detail)
        self.provider = provider
        self.detail = detail

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.provider, self.detail))

    def __str__(self) -> str:
        return self.detail or f"invalid bucket provider {self.provider!r}"


class _InvalidName(AISException, ValueError):
    """A name breaks AIS naming rules; raised before any request."""

    kind = "name"

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(name, reason)
        self.name = name
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.name, self.reason))

    def __str__(self) -> str:
        return f"invalid {self.kind} {self.name!r}: {self.reason}"


class InvalidBucketName(_InvalidName):
    """The bucket name breaks AIS naming rules; raised before any request."""

    kind = "bucket name"


class InvalidObjectName(_InvalidName):
    """The object name breaks AIS naming rules; raised before any request."""

    kind = "object name"


class Timeout(AISException):
    """Waiting for an xaction ran out of time; `last_status` is what we saw last (None if nothing)."""

    def __init__(self, message: str, last_status: XactStatus | None = None) -> None:
        super().__init__(message, last_status)
        self.message = message
        self.last_status = last_status

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.message, self.last_status))

    def __str__(self) -> str:
        return self.message if self.last_status is None else f"{self.message}; last status: {self.last_status!r}"


class XactionAborted(AISException):
    """The xaction we were waiting for was aborted."""

    def __init__(self, status: XactStatus) -> None:
        super().__init__(status)
        self.status = status

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.status,))

    def __str__(self) -> str:
        err = f": {self.status.err}" if self.status.err else ""
        return f"xaction {self.status.kind}[{self.status.uuid}] was aborted{err}"


class AISConnectionError(AISException):
    """Could not talk to an AIS node (refused, reset, DNS, protocol error). Names the endpoint."""

    def __init__(self, endpoint: str, detail: str = "") -> None:
        super().__init__(endpoint, detail)
        self.endpoint = endpoint
        self.detail = detail

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.endpoint, self.detail))

    def __str__(self) -> str:
        return f"cannot reach AIS at {self.endpoint}" + (f": {self.detail}" if self.detail else "")


class AISTimeoutError(AISConnectionError):
    """An HTTP connect/read/write timed out."""

    def __str__(self) -> str:
        return f"timed out talking to AIS at {self.endpoint}" + (f": {self.detail}" if self.detail else "")


class TooManyRedirects(AISException):
    """A redirect chain did not end (misconfigured proxy); not retried."""

    def __init__(self, url: str, hops: int) -> None:
        super().__init__(url, hops)
        self.url = url
        self.hops = hops

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.url, self.hops))

    def __str__(self) -> str:
        return f"more than {self.hops} redirects, last to {self.url}"


class IncompleteRead(AISConnectionError):
    """An object stream ended before Content-Length bytes arrived."""

    def __init__(self, endpoint: str, detail: str = "", received: int = 0, expected: int = 0) -> None:
        super().__init__(endpoint, detail)
        self.received = received
        self.expected = expected

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.endpoint, self.detail, self.received, self.expected))

    def __str__(self) -> str:
        return f"object stream from {self.endpoint} ended after {self.received} of {self.expected} bytes"
