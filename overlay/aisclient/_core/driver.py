"""The driver core: runs sans-I/O operations, leaving only I/O to `SyncDriver` / `AsyncDriver`.

Everything but I/O lives once, in `_DriverCore`: `drive()` turns an operation
(which yields `Request`s) into a stream of instructions (`Send`, `Sleep`,
`HashFile`, `LoadView`), doing URL building, token scoping, redirects, error
mapping, retries, proxy failover and direct routing on the way. A driver only
carries out instructions: send one HTTP request, sleep, hash a file, load the
cluster map (one load at a time). So sync and async cannot drift apart.

Shared state is one immutable `ClusterView` (see `_cluster`), read once per
decision and replaced whole; the drivers hold nothing else that changes.

Redirects are followed here rather than by httpx because httpx drops the
Authorization header on a cross-origin hop, and AIS always redirects data
requests from the proxy to a target on another port. We re-add the token
only for nodes of this cluster (the endpoint plus the cluster map's nodes).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator, Generator, Iterable
from typing import Any, TypeVar
from urllib.parse import urljoin

import attrs
import xxhash

from .. import __version__
from ..errors import (
    AISConnectFailed,
    AISConnectionError,
    AISError,
    AISNotFound,
    IncompleteRead,
    LocalFileChanged,
    TooManyRedirects,
    error_from_response,
)
from ..headers import Header
from .checksum import new_hasher
from .net import origin
from .parts import check_unchanged
from .protocol import HashFile, Op, Request, Response, Sleep, Upload
from .raw import record_response
from .retry import RetryPolicy
from .view import ClusterView, ViewHolder

__all__ = ["DriverCore", "LoadView", "Send", "env_token", "file_chunks", "hash_file"]

T = TypeVar("T")
log = logging.getLogger("aisclient")

MAX_REDIRECTS = 5
UPLOAD_CHUNK = 1 << 20
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_NO_BODY_STATUSES = frozenset({204, 304})
USER_AGENT = f"aisclient/{__version__}"
REPLAYABLE = "aisclient.replayable"  # httpx request extension read by our transport


def hash_file(upload: Upload, checksum_type: str = "xxhash2") -> str:
    """Hex checksum (XXH64 seed 0 by default) of the upload's file, which must still be as `upload`
    describes it; "" for a checksum type this client cannot compute."""
    return _hex_digest(file_chunks(upload), checksum_type)


def hash_bytes(data: bytes, checksum_type: str = "xxhash2") -> str:
    """`hash_file` of bytes already read."""
    return _hex_digest((data,), checksum_type)


def _hex_digest(chunks: Iterable[bytes], checksum_type: str) -> str:
    h = xxhash.xxh64() if checksum_type in ("xxhash", "xxhash2") else new_hasher(checksum_type)
    if h is None:
        return ""
    for chunk in chunks:
        h.update(chunk)
    return h.hexdigest()


# An upload up to this size is read whole before it is sent: it goes out in the same write as the
# request head, it is hashed from the same bytes, and, in memory, it can be sent again when a
# kept-alive connection is found dead.
SMALL_UPLOAD = 64 << 10
# The async driver reads an upload up to this size on the event loop itself: a read of a few KiB
# takes less time than handing it to a worker thread and being woken up by it.
TINY_UPLOAD = 16 << 10


def read_small_upload(upload: Upload) -> bytes:
    """The upload's bytes, checked as `file_chunks` checks them (`LocalFileChanged`).

    Plain system calls (open, read, fstat, close), not a buffered file object, which adds three
    more: this runs once per small file of a folder upload."""
    fd = os.open(upload.path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    try:
        pieces = []
        left = upload.size
        while left > 0 and (piece := os.read(fd, left)):
            pieces.append(piece)
            left -= len(piece)
        st = os.fstat(fd)
    finally:
        os.close(fd)
    if left:
        raise LocalFileChanged(upload.path, f"shrank: ended {left} bytes short of {upload.size}")
    if st.st_size > upload.size:
        raise LocalFileChanged(upload.path, f"grew past {upload.size} bytes")
    check_unchanged(upload, st)  # same size and modification time as when it was measured
    return pieces[0] if len(pieces) == 1 else b"".join(pieces)


def file_chunks(upload: Upload) -> Generator[bytes, None, None]:
    """Exactly `upload.size` bytes of the file; `LocalFileChanged` if it is not the file we measured."""
    with open(upload.path, "rb") as f:
        left = upload.size
        while left > 0:
            chunk = f.read(min(UPLOAD_CHUNK, left))
            if not chunk:
                raise LocalFileChanged(upload.path, f"shrank: ended {left} bytes short of {upload.size}")
            left -= len(chunk)
            yield chunk
        if f.read(1):
            raise LocalFileChanged(upload.path, f"grew past {upload.size} bytes")
        check_unchanged(upload, os.fstat(f.fileno()))


def _redact_headers(headers: list[tuple[str, str]]) -> str:
    return repr([(k, "***" if k.lower() == "authorization" else v) for k, v in headers])


@attrs.frozen
class Send:
    """Driver instruction: send `req` to `url` with `headers`; reply with a `Response`.

    The body is read and the connection released, except for a 2xx answer to a
    streaming request, which comes back open in `Response.stream`. `with_body`
    False sends the request without its upload (the first hop of a redirected PUT).
    """

    req: Request
    url: str
    headers: list[tuple[str, str]] = attrs.field(repr=_redact_headers)
    with_body: bool = True

    def keeps_open(self, status: int) -> bool:
        return self.req.stream and 200 <= status < 300

    @property
    def params(self) -> tuple[tuple[str, str], ...] | None:
        # None, not (): httpx drops the URL's own query (a redirect's pid/utm) when given empty params.
        return self.req.params or None

    @property
    def upload(self) -> Upload | None:
        return self.req.upload if self.with_body else None

    @property
    def source(self) -> Any:
        return self.req.source if self.with_body else None

    @property
    def content(self) -> bytes | None:
        return self.req.content if self.with_body else None

    @property
    def extensions(self) -> dict[str, Any]:
        return {REPLAYABLE: self.req.idempotent}


@attrs.frozen
class LoadView:
    """Driver instruction: load the cluster map, unless another load started since `seen` attempts.

    Drivers run at most one load at a time (the others wait for it and use its result), and
    none sooner than `MIN_LOAD_INTERVAL` after the last unless `now` (a node we never checked).
    """

    seen: int
    now: bool = False


Instruction = Send | Sleep | HashFile | LoadView


class _Token:
    """Holds the bearer token; never shows it in repr/str (so it cannot leak into logs)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def header(self) -> tuple[str, str]:
        return ("Authorization", f"Bearer {self._value}")

    def __repr__(self) -> str:
        return "_Token(***)"

    __str__ = __repr__


_SMAP_REQUEST = Request("GET", "/v1/daemon", params=(("what", "smap"),), idempotent=True, retry=False)


class DriverCore:
    def __init__(self, endpoint: str, retry: RetryPolicy, token: str | None, direct: bool | None = None) -> None:
        self.endpoint = endpoint.rstrip("/")
        self.retry = retry
        self._token = _Token(token) if token else None
        # Direct routing of object GET/HEAD to the owning target saves the proxy's redirect round trip.
        # Off by default with a token: clusters with AuthN refuse direct target access (403).
        self.direct = self._token is None if direct is None else direct
        self.views = ViewHolder(self.endpoint)
        # Set once by the client's close(); never reset.
        self.closed = False

    @property
    def view(self) -> ClusterView:
        return self.views.view

    def now(self) -> float:
        return self.views.clock()

    # -- pure decisions ---------------------------------------------------------------

    def headers_for(self, req: Request, url: str, view: ClusterView, with_body: bool = True) -> list[tuple[str, str]]:
        headers = [("User-Agent", USER_AGENT), *req.headers]
        if self._token is not None and view.is_trusted(url):
            headers.append(self._token.header())
        if req.upload is not None and with_body:
            headers.append(("Content-Length", str(req.upload.size)))
        return headers

    def send(self, req: Request, url: str, view: ClusterView, with_body: bool = True) -> Send:
        return Send(req, url, self.headers_for(req, url, view, with_body), with_body)

    @staticmethod
    def next_hop(req: Request, url: str, status: int, location: str | None) -> tuple[Request, str] | None:
        """The request to send after a redirect response, or None when this response is final."""
        if not req.follow_redirects or status not in _REDIRECTS or not location:
            return None
        new_url = urljoin(url, location)
        # The Location already carries the query (provider, pid, utm); don't append ours again.
        method = "GET" if status == 303 else req.method
        return attrs.evolve(req, method=method, url=new_url, params=()), new_url

    @staticmethod
    def check(req: Request, url: str, status: int, headers: Header, body: bytes) -> None:
        if 200 <= status < 300 or status in req.accept:
            return
        raise error_from_response(status, headers, body, req.method, url, not_found=req.not_found)

    @staticmethod
    def check_length(s: Send, status: int, headers: Header, body: bytes) -> None:
        """A buffered body must be exactly Content-Length long (a cut answer is never parsed)."""
        if s.req.method == "HEAD" or status in _NO_BODY_STATUSES or status < 200:
            return
        cl = headers.get("Content-Length")
        if cl is None or not cl.isdigit() or headers.get("Content-Encoding", "identity") != "identity":
            return
        if len(body) != int(cl):
            raise IncompleteRead(origin(s.url), "", len(body), int(cl))

    def policy_for(self, req: Request) -> RetryPolicy:
        return self.retry if req.retry else attrs.evolve(self.retry, max_attempts=1)

    def _probe(self, url: str) -> None:
        key = origin(url)
        self.views.update(lambda v: attrs.evolve(v, probed=v.probed | {key}))

    def mark_unreachable(self, url: str) -> None:
        now = self.now()
        self.views.update(lambda v: v.with_unreachable(url, now))

    # -- the exchange, sans I/O ------------------------------------------------------

    def drive(self, op: Op[T]) -> Generator[Instruction, Any, T]:
        """Run `op`, expanding each `Request` into the instructions that carry it out."""
        reply: Any = None
        try:
            while True:
                try:
                    instr = op.send(reply)
                except StopIteration as stop:
                    return stop.value  # type: ignore[no-any-return]
                if isinstance(instr, Request):
                    reply = yield from self.exchange(instr)
                else:
                    reply = yield instr
        finally:
            op.close()

    def exchange(self, req: Request) -> Generator[Instruction, Any, Response]:
        """One request with retries; each retry starts again at a proxy (never mid-redirect)."""
        policy = self.policy_for(req)
        attempt = 0
        maybe_applied = False  # an earlier try may have reached the server
        while True:
            attempt += 1
            try:
                return (yield from self._attempt(req))
            except AISNotFound as exc:
                if maybe_applied and req.gone_is_done:
                    # Our earlier delete went through; only its answer was lost.
                    return Response(204, Header(), b"", exc.url)
                raise
            except (AISError, AISConnectionError) as exc:
                if not isinstance(exc, AISConnectFailed):
                    maybe_applied = True
                if not policy.should_retry(attempt, req, exc):
                    raise
                delay = policy.delay(attempt, getattr(exc, "retry_after", None))
                log.debug("retrying %s %s in %.2fs after %r", req.method, req.url, delay, exc)
                yield Sleep(delay)

    def _ensure_view(self, req: Request) -> Generator[Instruction, Any, ClusterView]:
        """The current view; loads the cluster map first if it never was (and may be now)."""
        view = self.view
        if req.uses_cluster_map and not view.loaded and view.may_load(self.now()):
            yield LoadView(view.attempts)
            view = self.view
        return view

    def _attempt(self, req: Request) -> Generator[Instruction, Any, Response]:
        view = yield from self._ensure_view(req)
        predicted: str | None = None
        if req.placement and self.direct and not view.direct_refused:
            predicted = self._direct_url(req, view)
            if predicted is not None:
                direct = yield from self._try_direct(req, predicted)
                if direct is not None:
                    return direct
        resp, url = yield from self._first_hop(req)
        held_body = req.streams_body and req.body_after_redirect
        for hops in range(MAX_REDIRECTS + 1):
            hop = self.next_hop(req, url, resp.status_code, resp.headers.get("Location"))
            if hop is None:
                if held_body and 200 <= resp.status_code < 300:
                    # The endpoint stores data itself (no redirect): send the body to it now.
                    held_body = False
                    resp = yield self.send(req, url, self.view)
                    continue
                self.check(req, url, resp.status_code, resp.headers, resp.content)
                record_response(resp)
                return resp
            req, url = hop
            held_body = False
            if hops == 0 and predicted is not None and origin(predicted) != origin(url):
                # The proxy sent us elsewhere than our placement said: our map is stale.
                yield LoadView(self.view.attempts)
            view = self.view
            if self._token is not None and not view.is_trusted(url) and origin(url) not in view.probed:
                # A node we do not know yet (the cluster grew?): learn the map before sending the token.
                self._probe(url)
                yield LoadView(view.attempts, now=True)
                view = self.view
            resp = yield self.send(req, url, view)
        raise TooManyRedirects(url, MAX_REDIRECTS)

    def _first_hop(self, req: Request) -> Generator[Instruction, Any, tuple[Response, str]]:
        """Send `req` to a proxy; when one refuses the connection, go on with the next (nothing was sent)."""
        with_body = not (req.streams_body and req.body_after_redirect)
        if "://" in req.url:
            return (yield self.send(req, req.url, self.view, with_body)), req.url
        tried: set[str] = set()
        while True:
            view = self.view
            gateway = view.gateway
            url = gateway + req.url
            tried.add(gateway)
            try:
                return (yield self.send(req, url, view, with_body)), url
            except AISConnectionError as exc:
                self.mark_unreachable(gateway)
                if req.uses_cluster_map:
                    yield LoadView(self.view.attempts)  # through another proxy: learn the new primary
                nxt = self.view.gateway
                if not isinstance(exc, AISConnectFailed) or nxt in tried:
                    raise
                log.info("proxy %s refused the connection; using %s", origin(gateway), origin(nxt))

    def _direct_url(self, req: Request, view: ClusterView) -> str | None:
        """The owning target's URL for `req`, when it may skip the proxy; None otherwise."""
        hrw = view.hrw
        if not hrw or not len(hrw) or req.placement is None:
            return None
        target = hrw.target_for_object(*req.placement)
        if not target.direct_url or not view.reachable(target.direct_url, self.now()):
            return None
        return target.direct_url + req.url

    def _try_direct(self, req: Request, url: str) -> Generator[Instruction, Any, Response | None]:
        """Ask the owning target directly; None means "go through the proxy" (which has the last word:
        a target that does not hold the object answers 404, and an unknown bucket 400, not 404)."""
        try:
            resp: Response = yield self.send(req, url, self.view)
        except AISConnectionError:
            # The node may be gone, or unreachable from here: leave it out for a while; the proxy knows.
            self.mark_unreachable(url)
            yield LoadView(self.view.attempts)
            return None
        if 200 <= resp.status_code < 300:
            record_response(resp)
            return resp
        if resp.status_code in (401, 403):
            # This cluster requires access through the proxy.
            self.views.update(lambda v: attrs.evolve(v, direct_refused=True))
        return None

    # -- loading the cluster map (one load at a time: the drivers hold the lock) ---------

    def load_steps(self) -> Generator[Send, Response, None]:
        """Fetch the map from the first proxy that answers; failures are remembered, never raised:
        without a map, requests simply go through the proxy."""
        now = self.now()
        view = self.views.update(lambda v: v.with_attempt(now))
        for gateway in view.gateways(now):
            url = gateway + _SMAP_REQUEST.url
            try:
                resp = yield self.send(_SMAP_REQUEST, url, self.view)
            except AISConnectionError:
                self.mark_unreachable(gateway)
                continue
            if resp.status_code != 200:
                continue
            try:
                doc = resp.json()
            except Exception:  # a garbled map is as good as none
                continue
            if isinstance(doc, dict) and doc.get("tmap"):
                self._take_smap(doc, gateway)
                return
        log.debug("cluster map unavailable; routing through %s", origin(self.view.gateway))

    def _take_smap(self, doc: dict[str, Any], source: str) -> None:
        now = self.now()
        self.views.update(lambda v: v.with_smap(doc, source, now))

    def __repr__(self) -> str:
        auth = ", token=***" if self._token else ""
        return f"{type(self).__name__}(endpoint={self.endpoint!r}{auth})"


async def _afile_chunks(upload: Upload) -> AsyncIterator[bytes]:
    # File reads go to a thread so a large upload never blocks the event loop.
    chunks = file_chunks(upload)
    try:
        while chunk := await asyncio.to_thread(next, chunks, b""):
            yield chunk
    finally:
        await asyncio.to_thread(chunks.close)


def env_token() -> str | None:
    """Token from AIS_AUTHN_TOKEN, else the file named by AIS_AUTHN_TOKEN_FILE."""
    token = os.environ.get("AIS_AUTHN_TOKEN")
    if token:
        return token.strip()
    path = os.environ.get("AIS_AUTHN_TOKEN_FILE")
    if path and os.path.isfile(path):
        with open(path) as f:
            text = f.read().strip()
        # The AIS CLI stores {"token": "..."}; accept that or a bare token.
        if text.startswith("{"):
            import json

            return str(json.loads(text).get("token") or "") or None
        return text or None
    return None
