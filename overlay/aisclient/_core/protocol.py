"""The sans-I/O protocol between operations and drivers.

An operation is a generator: it yields `Request`s (and `Sleep`s), receives a
`Response` for each request (None for a sleep), and returns its result.
It never touches the network or the clock's sleep, so one implementation
serves the sync driver (httpx.Client, time.sleep) and the async driver
(httpx.AsyncClient, asyncio.sleep), and unit tests can drive it by hand.
"""

from __future__ import annotations

import json as _json
from collections.abc import Generator, Mapping
from typing import Any, TypeAlias, TypeVar

import attrs

from ..errors import AISError, InvalidResponse
from ..headers import Header

__all__ = ["HashFile", "Instruction", "Op", "Request", "Response", "Sleep", "Upload", "run_offline"]

T = TypeVar("T")


@attrs.frozen
class Upload:
    """A request body read from a local file, streamed in chunks (never loaded whole).

    Re-opened for every attempt, so an upload can be retried. `size` and `mtime_ns` are the
    file's as hashed: exactly `size` bytes are sent, and a file that changed meanwhile is an error.
    """

    path: str
    size: int
    mtime_ns: int = 0


@attrs.frozen
class Request:
    """One HTTP exchange to perform. `url` is a path on the endpoint ("/v1/...") or an absolute URL.

    `idempotent` has no default: every request states whether sending it twice is harmless.
    Only idempotent requests are retried after they may have reached the server; others are
    retried only when the server cannot have acted on them (no connection, 429, cluster starting).
    """

    method: str
    url: str
    params: tuple[tuple[str, str], ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    content: bytes | None = None
    upload: Upload | None = None
    # A body streamed once from a file object or iterator (see `body`); None otherwise.
    source: Any = None
    # Keep the body unread and hand the open response to the operation (object GET).
    stream: bool = False
    follow_redirects: bool = True
    # Non-2xx statuses the operation handles itself instead of getting an exception.
    accept: frozenset[int] = frozenset()
    idempotent: bool = attrs.field(kw_only=True)
    # False: one try only, whatever the retry policy (e.g. a readiness probe).
    retry: bool = True
    # (bucket, object, provider, namespace uuid, namespace name) of an object GET/HEAD in this
    # cluster: lets the driver send it straight to the owning target (HRW over the cluster map)
    # instead of taking the proxy's redirect.
    placement: tuple[str, ...] | None = None
    # What a 404 without a specific server error code means for this request (e.g. ErrObjNotFound).
    not_found: type[AISError] | None = None
    # A delete: "not found" on a retry after an attempt that may have been applied means done.
    gone_is_done: bool = False
    # Send the upload only after the proxy's redirect: the first hop goes without a body,
    # so a large body is never sent twice and every retry starts again at the proxy.
    body_after_redirect: bool = False
    # False for requests that must work before the cluster is up (health probe): no map load first.
    uses_cluster_map: bool = True

    @classmethod
    def json_body(
        cls,
        method: str,
        url: str,
        body: Any,
        params: Mapping[str, str] | None = None,
        **kw: Any,
    ) -> Request:
        """A request with a JSON body (AIS puts JSON bodies on GETs too)."""
        headers = (("Content-Type", "application/json"), *kw.pop("headers", ()))
        return cls(
            method,
            url,
            params=tuple((params or {}).items()),
            headers=headers,
            content=_json.dumps(body, separators=(",", ":")).encode(),
            **kw,
        )

    @property
    def is_idempotent(self) -> bool:
        return self.idempotent

    @property
    def streams_body(self) -> bool:
        """There is a body to hold back until the proxy's redirect (with `body_after_redirect`)."""
        return self.upload is not None or self.source is not None or self.content is not None

    def header(self, name: str) -> str | None:
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return None


@attrs.frozen
class Sleep:
    """Ask the driver to pause (xaction polling backoff)."""

    seconds: float


@attrs.frozen
class HashFile:
    """Ask the driver for the hex checksum of an upload's file (async drivers hash off the event loop):
    XXH64 unless another AIS checksum type is named; "" when the client cannot compute that type.

    The driver checks that the file is still as `upload` measured it (`LocalFileChanged` if not).
    """

    upload: Upload
    checksum_type: str = "xxhash2"


@attrs.frozen(eq=False)
class Response:
    """What the driver hands back for a `Request`."""

    status_code: int
    headers: Header
    content: bytes = b""
    url: str = ""
    # For `Request(stream=True)` with a 2xx status: the open, unread transport response.
    stream: Any = None

    def json(self) -> Any:
        """The body as JSON (whatever the Content-Type: AIS labels some JSON as text/plain)."""
        if not self.content:
            return None
        try:
            return _json.loads(self.content)
        except (ValueError, UnicodeDecodeError) as exc:
            raise InvalidResponse(_where(self.url), f"expected JSON, got {len(self.content)} bytes: {exc}") from None

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")


def _where(url: str) -> str:
    return url.split("?", 1)[0] or "the cluster"


Instruction: TypeAlias = Request | Sleep | HashFile
# What an op receives back: Response for Request, None for Sleep, str for HashFile.
Op: TypeAlias = Generator[Instruction, Any, T]


def run_offline(op: Op[T], responder: Any) -> T:
    """Drive an operation with a function `responder(Request) -> Response` (tests, dry runs).

    Sleeps are skipped. The responder decides statuses; nothing is raised for
    error statuses here (drivers do that).
    """
    reply: Response | None = None
    while True:
        try:
            instr = op.send(reply)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        reply = None if isinstance(instr, Sleep) else responder(instr)
