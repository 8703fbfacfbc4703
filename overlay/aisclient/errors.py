"""Exceptions raised by aisclient.

Every exception derives from `AISException`. Failures the cluster reports
(HTTP status >= 400) are `AISError`s, classified by the server's `tcode`
(the Go error type name) alone, never by the message text or the URL; when
the tcode is absent or generic, the HTTP status decides. Failures detected
on this side (bad arguments, transport errors, a wait that ran out) have
their own classes; bad arguments are `InvalidArgument`s (also `ValueError`,
and `TypeError` for a wrong type), raised before any request.

No exception shows credentials: URLs and messages pass through `redact_url`
/ `redact_text`, which drop `user:password@` userinfo.

All exceptions pickle (DataLoader workers, multiprocessing): each one
rebuilds itself from its constructor arguments via `__reduce__`.
"""

from __future__ import annotations

import email.utils
import json
import re
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import XactStatus

__all__ = [
    "AISBadRequest",
    "AISConflict",
    "AISConnectFailed",
    "AISConnectTimeout",
    "AISConnectionError",
    "AISError",
    "AISException",
    "AISForbidden",
    "AISNotFound",
    "AISRangeNotSatisfiable",
    "AISRateLimited",
    "AISServerError",
    "AISTimeoutError",
    "AISUnauthorized",
    "ChecksumMismatch",
    "ClientClosed",
    "ClusterStarting",
    "ErrAccessDenied",
    "ErrBadCksum",
    "ErrBckAlreadyExists",
    "ErrBckNotFound",
    "ErrBusy",
    "ErrCapExceeded",
    "ErrInvalidBackendProvider",
    "ErrMissingBackend",
    "ErrNotRemoteBck",
    "ErrObjNotFound",
    "ErrRangeNotSatisfiable",
    "ErrRemoteBckNotFound",
    "ErrUnsupported",
    "ErrXactionNotFound",
    "IncompleteRead",
    "InvalidArgument",
    "InvalidArgumentType",
    "InvalidBckProvider",
    "InvalidBucketName",
    "InvalidObjectName",
    "InvalidResponse",
    "LocalFileChanged",
    "ObjectChanged",
    "Timeout",
    "TooManyRedirects",
    "TransferFailed",
    "XactionAborted",
    "XactionWaitTimeout",
    "error_from_response",
    "parse_retry_after",
    "redact_text",
    "redact_url",
]

HDR_ERROR = "Hdr-Error"


# --------------------------------------------------------------------------- credentials

# Only http(s) URLs carry credentials here; "ais://@uuid#ns/bck" (a namespaced bucket) is left alone.
# http(s) "://" userinfo "@": userinfo is whatever precedes the last '@' of the authority.
_AUTHORITY = re.compile(r"^(https?://)([^/?#]*)", re.IGNORECASE)
# In free text: an http(s) URL's userinfo, up to the last '@' before the path (no spaces, '/', '?', '#').
_USERINFO_IN_TEXT = re.compile(r"(https?://)[^\s/?#]*@", re.IGNORECASE)


def redact_url(url: str) -> str:
    """`url` without its userinfo (`http://user:pass@host/x` -> `http://host/x`); anything else unchanged.

    Never raises: a non-URL string comes back as it is (after `redact_text`).
    """
    if not isinstance(url, str):
        return url
    m = _AUTHORITY.match(url)
    if m and "@" in m.group(2):
        host = m.group(2).rpartition("@")[2]
        url = m.group(1) + host + url[m.end() :]
    return redact_text(url)


def redact_text(text: str) -> str:
    """`text` with the userinfo of every URL in it removed (for messages that quote a URL)."""
    if not isinstance(text, str) or "@" not in text:
        return text
    return _USERINFO_IN_TEXT.sub(r"\1", text)


class AISException(Exception):
    """Root of everything aisclient raises on purpose."""


# --------------------------------------------------------------------------- server errors


class AISError(AISException):
    """The cluster answered with an HTTP error status.

    `tcode` is the server's Go error type (e.g. "ErrBckNotFound"), "" when the
    server sent none; `node` is the AIS node that produced the error
    (e.g. "t[abc123]"); `url` is the URL of the failed request, without
    credentials.
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
        url = redact_url(url)
        message = redact_text(message)
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


class AISRangeNotSatisfiable(AISError):
    """416: the byte range cannot be served (invalid, past the end, or several ranges)."""


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


class ErrBusy(AISConflict):
    """The bucket, node or cluster is busy with another job (e.g. a rebalance); try again later."""


class ErrNotRemoteBck(AISBadRequest):
    """The operation needs a remote bucket (e.g. evict) but got an ais:// one."""


class ErrMissingBackend(AISBadRequest):
    """The provider has no backend configured in this cluster (e.g. aws without AWS support).

    Only some requests carry this tcode (listing the buckets of a provider); a
    bucket or object request for such a provider comes back as a generic
    404 `AISNotFound` (tcode "ErrFailedTo") whose message says the backend is missing.
    """


class ErrInvalidBackendProvider(AISBadRequest):
    """The server does not know this provider."""


class ErrAccessDenied(AISForbidden):
    """The bucket's access attributes forbid this operation (tcodes ErrBucketAccessDenied/ErrObjectAccessDenied)."""


class ErrRangeNotSatisfiable(AISRangeNotSatisfiable):
    """The byte range lies entirely past the end of the object."""


class ErrUnsupported(AISError):
    """The cluster does not support this operation (e.g. a multi-range read); tcodes ErrUnsupp/ErrNotImpl."""


class ErrCapExceeded(AISServerError):
    """A target is out of space (used capacity above the high watermark)."""


class ErrBadCksum(AISError):
    """The data's checksum did not match (e.g. an upload was corrupted in transit)."""


# tcode -> class; a tcode missing here classifies by status only. The values
# are the Go type names of AIS v1.5.0 (cmn/err.go, cmn/cos/err.go, cmn/cos/cksum.go).
_BY_TCODE: dict[str, type[AISError]] = {
    "ErrBckNotFound": ErrBckNotFound,
    "ErrRemoteBckNotFound": ErrRemoteBckNotFound,
    "ErrBucketAlreadyExists": ErrBckAlreadyExists,
    "ErrBusy": ErrBusy,
    "ErrNotRemoteBck": ErrNotRemoteBck,
    "ErrMissingBackend": ErrMissingBackend,
    "ErrInvalidBackendProvider": ErrInvalidBackendProvider,
    "ErrXactNotFound": ErrXactionNotFound,
    "ErrBucketAccessDenied": ErrAccessDenied,
    "ErrObjectAccessDenied": ErrAccessDenied,
    "ErrRangeNotSatisfiable": ErrRangeNotSatisfiable,
    "ErrUnsupp": ErrUnsupported,
    "ErrNotImpl": ErrUnsupported,
    "ErrCapExceeded": ErrCapExceeded,
    "ErrTooManyRequests": AISRateLimited,
    "ErrRateLimitFrontend": AISRateLimited,
    "ErrBadCksum": ErrBadCksum,
    "ErrInvalidCksum": ErrBadCksum,
}

# Tcodes that say "something is missing" without saying what: the operation
# that asked knows (see `error_from_response(not_found=...)`).
_GENERIC_NOT_FOUND = frozenset({"", "ErrNotFound"})

_BY_STATUS: dict[int, type[AISError]] = {
    400: AISBadRequest,
    401: AISUnauthorized,
    403: AISForbidden,
    404: AISNotFound,
    409: AISConflict,
    416: AISRangeNotSatisfiable,
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
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if seconds == seconds else None  # NaN is garbled
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _parse_err_json(raw: str | bytes) -> dict[str, Any] | None:
    try:
        doc = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    return doc if isinstance(doc, dict) else None


def error_from_response(
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    method: str,
    url: str,
    not_found: type[AISError] | None = None,
) -> AISError:
    """Turn a failed HTTP exchange into the right `AISError` subclass, by tcode alone.

    * A known tcode gives its class (`ErrBckNotFound`, `ErrBusy`, ...).
    * A 404 with no tcode or the generic "ErrNotFound" gives `not_found` when
      the caller passed one (the operation knows it asked for an object, or
      for an xaction), else `AISNotFound`.
    * Any other tcode (e.g. "ErrFailedTo", which wraps a cause) gives the
      generic class of the status (`AISNotFound` for 404, `AISServerError`
      for 5xx, ...) - never a specific not-found class.
    * A 503 with neither body nor Hdr-Error is `ClusterStarting`.

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
    elif status == 404 and tcode in _GENERIC_NOT_FOUND:
        cls = not_found or AISNotFound
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


class InvalidArgument(AISException, ValueError):
    """An argument this client rejects before sending any request; `option` names it."""

    def __init__(self, option: str, reason: str) -> None:
        super().__init__(option, reason)
        self.option = option
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.option, self.reason))

    def __str__(self) -> str:
        return f"invalid {self.option}: {self.reason}"


class InvalidArgumentType(InvalidArgument, TypeError):
    """An argument of the wrong type (also a `TypeError`); raised before any request."""


class InvalidBckProvider(InvalidArgument):
    """The provider is not one this client (and AIS 5.x) supports, or not valid for the operation."""

    def __init__(self, provider: str, detail: str = "") -> None:
        super().__init__("provider", detail)
        self.provider = provider
        self.detail = detail

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.provider, self.detail))

    def __str__(self) -> str:
        return self.detail or f"invalid bucket provider {self.provider!r}"


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else f"{text[: limit // 2]}...{text[-limit // 4 :]} ({len(text)} chars)"


class _InvalidName(InvalidArgument):
    """A name breaks AIS naming rules; raised before any request."""

    kind = "name"

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(self.kind, reason)
        self.name = name

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.name, self.reason))

    def __str__(self) -> str:
        return f"invalid {self.kind} {_shorten(self.name)!r}: {self.reason}"


class InvalidBucketName(_InvalidName):
    """The bucket name breaks AIS naming rules; raised before any request."""

    kind = "bucket name"


class InvalidObjectName(_InvalidName):
    """The object name breaks AIS naming rules (or would not round-trip); raised before any request."""

    kind = "object name"


class XactionWaitTimeout(AISException):
    """Waiting for an xaction (job) ran out of time; `last_status` is what we saw last (None if nothing).

    The job itself keeps running. This is the exception `wait_for_xaction_finished`
    raises - not an HTTP timeout setting: for those pass `timeout=` seconds or an
    `httpx.Timeout` to the client. Also available as `errors.Timeout` (the seed API name).
    """

    def __init__(self, message: str, last_status: XactStatus | None = None) -> None:
        super().__init__(message, last_status)
        self.message = message
        self.last_status = last_status

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.message, self.last_status))

    def __str__(self) -> str:
        return self.message if self.last_status is None else f"{self.message}; last status: {self.last_status!r}"


Timeout = XactionWaitTimeout  # the seed API's name


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
        endpoint = redact_url(endpoint)
        detail = redact_text(detail)
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
        url = redact_url(url)
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


class ChecksumMismatch(AISException):
    """Downloaded bytes do not match the checksum the server sent for the object (corrupted in transit).

    Nothing derived from the bad bytes is kept: a download to a file leaves no file behind.
    """

    def __init__(self, where: str, checksum_type: str = "", expected: str = "", actual: str = "") -> None:
        where = redact_url(where)
        super().__init__(where, checksum_type, expected, actual)
        self.where = where
        self.checksum_type = checksum_type
        self.expected = expected
        self.actual = actual

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.where, self.checksum_type, self.expected, self.actual))

    def __str__(self) -> str:
        return (
            f"checksum mismatch reading {self.where}: {self.checksum_type} expected {self.expected}, got {self.actual}"
        )


class ObjectChanged(AISException):
    """A read could not resume: the object changed (version or checksum) since the read began."""

    def __init__(self, where: str, detail: str = "") -> None:
        where, detail = redact_url(where), redact_text(detail)
        super().__init__(where, detail)
        self.where = where
        self.detail = detail

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.where, self.detail))

    def __str__(self) -> str:
        return f"object {self.where} changed while being read" + (f": {self.detail}" if self.detail else "")


class LocalFileChanged(AISException):
    """The local file being uploaded changed (size or modification time) while it was read."""

    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(path, detail)
        self.path = path
        self.detail = detail

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.detail))

    def __str__(self) -> str:
        return f"local file {self.path!r} changed during upload" + (f": {self.detail}" if self.detail else "")


class InvalidResponse(AISException):
    """The cluster's answer could not be decoded (not the JSON/msgpack it should be, or cut short)."""

    def __init__(self, where: str, detail: str = "") -> None:
        where, detail = redact_url(where), redact_text(detail)
        super().__init__(where, detail)
        self.where = where
        self.detail = detail

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.where, self.detail))

    def __str__(self) -> str:
        return f"invalid response from {self.where}" + (f": {self.detail}" if self.detail else "")


class ClientClosed(AISException):
    """The client was closed; create a new one."""

    def __init__(self, detail: str = "the client is closed") -> None:
        super().__init__(detail)
        self.detail = detail

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.detail,))

    def __str__(self) -> str:
        return self.detail


class AISConnectFailed(AISConnectionError):
    """No connection could be made (refused, unreachable, connect timeout): the request was not sent,
    so retrying it elsewhere can never apply it twice."""


class AISConnectTimeout(AISConnectFailed, AISTimeoutError):
    """Connecting timed out: nothing was sent."""


if TYPE_CHECKING:
    from .transfer_models import TransferSummary


class TransferFailed(AISException):
    """Some files of an `upload_dir` / `download_dir` run failed; every other file was still transferred.

    `summary` is the run's `TransferSummary`: what moved, what was skipped, and (name, error) of each failure.
    """

    def __init__(self, summary: TransferSummary) -> None:
        super().__init__(summary)
        self.summary = summary

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.summary,))

    def __str__(self) -> str:
        s = self.summary
        verb = "upload" if s.direction == "upload" else "download"
        return f"{len(s.failed)} of {s.total} files failed to {verb}: {s}"
