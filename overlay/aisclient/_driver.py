"""Drivers: run sans-I/O operations over httpx, sync (`SyncDriver`) and async (`AsyncDriver`).

Everything but I/O lives once, in `_DriverCore`: `drive()` turns an operation
(which yields `Request`s) into a stream of `Send`/`Sleep`/`HashFile`
instructions, doing URL building, token scoping, redirects, error mapping and
retries on the way. A driver only carries out instructions: send one HTTP
request, sleep, hash a file. So sync and async cannot drift apart.

Redirects are followed here rather than by httpx because httpx drops the
Authorization header on a cross-origin hop, and AIS always redirects data
requests from the proxy to a target on another port. We re-add the token
only for nodes of this cluster (the endpoint plus the cluster map's nodes).
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import AsyncIterator, Generator, Iterator
from typing import Any, TypeVar
from urllib.parse import urljoin

import attrs
import httpx
import xxhash

from . import __version__
from ._hrw import HrwMap
from ._net import origin, translate_transport_error
from ._protocol import HashFile, Op, Request, Response, Sleep
from ._raw import record_response
from ._retry import RetryPolicy
from .errors import AISConnectionError, AISError, TooManyRedirects, error_from_response
from .headers import Header
from .models import Smap

__all__ = ["AsyncDriver", "SyncDriver", "hash_file"]

T = TypeVar("T")
log = logging.getLogger("aisclient")

MAX_REDIRECTS = 5
UPLOAD_CHUNK = 1 << 20
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
USER_AGENT = f"aisclient/{__version__}"


def hash_file(path: str) -> str:
    """Hex XXH64 (seed 0) of a file, read in chunks."""
    h = xxhash.xxh64()
    with open(path, "rb") as f:
        while chunk := f.read(UPLOAD_CHUNK):
            h.update(chunk)
    return h.hexdigest()


@attrs.frozen
class Send:
    """Driver instruction: send `req` to `url` with `headers`; reply with a `Response`.

    The body is read and the connection released, except for a 2xx answer to a
    streaming request, which comes back open in `Response.stream`.
    """

    req: Request
    url: str
    headers: list[tuple[str, str]]

    def keeps_open(self, status: int) -> bool:
        return self.req.stream and 200 <= status < 300

    @property
    def params(self) -> tuple[tuple[str, str], ...] | None:
        # None, not (): httpx drops the URL's own query (a redirect's pid/utm) when given empty params.
        return self.req.params or None


Instruction = Send | Sleep | HashFile


class _Token:
    """Holds the bearer token; never shows it in repr/str (so it cannot leak into logs)."""

    def __init__(self, value: str) -> None:
        self._value = value

    def header(self) -> tuple[str, str]:
        return ("Authorization", f"Bearer {self._value}")

    def __repr__(self) -> str:
        return "_Token(***)"

    __str__ = __repr__


class _DriverCore:
    def __init__(self, endpoint: str, retry: RetryPolicy, token: str | None, direct: bool | None = None) -> None:
        self.endpoint = endpoint.rstrip("/")
        self.retry = retry
        self._token = _Token(token) if token else None
        # Origins allowed to receive the token; grows with the cluster map.
        self.trusted: set[str] = {origin(self.endpoint)}
        self._smap_checked = False
        # Direct routing of object GET/HEAD to the owning target saves the proxy's redirect round trip.
        # Off by default with a token: clusters with AuthN refuse direct target access (403).
        self.direct = self._token is None if direct is None else direct
        self._hrw: HrwMap | None = None

    # -- pure decisions ---------------------------------------------------------------

    def url_of(self, req: Request) -> str:
        return req.url if "://" in req.url else self.endpoint + req.url

    def needs_smap(self, url: str) -> bool:
        """Should we refresh trusted nodes before deciding on the token for `url`?"""
        return self._token is not None and origin(url) not in self.trusted and not self._smap_checked

    def trust_nodes(self, urls: list[str]) -> None:
        self.trusted.update(origin(u) for u in urls)
        self._smap_checked = True

    def load_smap(self, doc: Any) -> None:
        """Take in a cluster map: its nodes become trusted, its targets the placement map."""
        self.trust_nodes(Smap.from_json(doc or {}).node_urls())
        self._hrw = HrwMap.from_smap(doc or {})

    def direct_url(self, req: Request) -> str | None:
        """The owning target's URL for `req`, when it may skip the proxy; None otherwise."""
        if not (self.direct and req.placement and self._hrw and len(self._hrw)):
            return None
        target = self._hrw.target_for_object(*req.placement)
        return target.direct_url + req.url if target.direct_url else None

    def check_placement(self, predicted: str | None, redirect_url: str) -> None:
        """The proxy sent us elsewhere than HRW said: the cached map is stale, reload it next time."""
        if predicted is not None and origin(predicted) != origin(redirect_url):
            self._hrw = None

    def headers_for(self, req: Request, url: str) -> list[tuple[str, str]]:
        headers = [("User-Agent", USER_AGENT), *req.headers]
        if self._token is not None and origin(url) in self.trusted:
            headers.append(self._token.header())
        if req.upload is not None:
            headers.append(("Content-Length", str(req.upload.size)))
        return headers

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
        raise error_from_response(status, headers, body, req.method, url)

    def policy_for(self, req: Request) -> RetryPolicy:
        return self.retry if req.retry else attrs.evolve(self.retry, max_attempts=1)

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
        """One request with retries; each retry starts again at the original URL (the proxy)."""
        policy = self.policy_for(req)
        attempt = 0
        while True:
            attempt += 1
            try:
                return (yield from self._attempt(req))
            except (AISError, AISConnectionError) as exc:
                if not policy.should_retry(attempt, req, exc):
                    raise
                delay = policy.delay(attempt, getattr(exc, "retry_after", None))
                log.debug("retrying %s %s in %.2fs after %r", req.method, req.url, delay, exc)
                yield Sleep(delay)

    def _attempt(self, req: Request) -> Generator[Instruction, Any, Response]:
        predicted: str | None = None
        if self.direct and req.placement:
            if self._hrw is None:
                self.load_smap((yield from self.exchange(_SMAP_REQUEST)).json())
            predicted = self.direct_url(req)
            if predicted is not None:
                direct = yield from self._try_direct(req, predicted)
                if direct is not None:
                    return direct
        url = self.url_of(req)
        for hops in range(MAX_REDIRECTS + 1):
            if self.needs_smap(url):
                self.load_smap((yield from self.exchange(_SMAP_REQUEST)).json())
            resp: Response = yield Send(req, url, self.headers_for(req, url))
            hop = self.next_hop(req, url, resp.status_code, resp.headers.get("Location"))
            if hop is None:
                self.check(req, url, resp.status_code, resp.headers, resp.content)
                record_response(resp)
                return resp
            req, url = hop
            if hops == 0:
                self.check_placement(predicted, url)
        raise TooManyRedirects(url, MAX_REDIRECTS)

    def _try_direct(self, req: Request, url: str) -> Generator[Instruction, Any, Response | None]:
        """Ask the owning target directly; None means "go through the proxy" (which has the last word:
        a target that does not hold the object answers 404, and an unknown bucket 400, not 404)."""
        try:
            resp: Response = yield Send(req, url, self.headers_for(req, url))
        except AISConnectionError:
            self._hrw = None  # the node may be gone: the proxy knows
            return None
        if 200 <= resp.status_code < 300:
            record_response(resp)
            return resp
        if resp.status_code in (401, 403):
            self.direct = False  # this cluster requires access through the proxy
        return None

    def __repr__(self) -> str:
        auth = ", token=***" if self._token else ""
        return f"{type(self).__name__}(endpoint={self.endpoint!r}{auth})"


_SMAP_REQUEST = Request("GET", "/v1/daemon", params=(("what", "smap"),))


# --------------------------------------------------------------------------- sync


def _file_chunks(path: str) -> Iterator[bytes]:
    with open(path, "rb") as f:
        while chunk := f.read(UPLOAD_CHUNK):
            yield chunk


class SyncDriver(_DriverCore):
    def __init__(
        self,
        endpoint: str,
        http: httpx.Client,
        retry: RetryPolicy,
        token: str | None = None,
        direct: bool | None = None,
    ) -> None:
        super().__init__(endpoint, retry, token, direct)
        self.http = http

    def run(self, op: Op[T]) -> T:
        steps = self.drive(op)
        reply: Any = None
        error: AISConnectionError | None = None
        while True:
            try:
                instr = steps.throw(error) if error else steps.send(reply)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            reply, error = None, None
            try:
                if isinstance(instr, Sleep):
                    time.sleep(instr.seconds)
                elif isinstance(instr, HashFile):
                    reply = hash_file(instr.path)
                else:
                    reply = self._send(instr)
            except AISConnectionError as exc:
                error = exc

    def _send(self, s: Send) -> Response:
        upload = s.req.upload
        content: Any = _file_chunks(upload.path) if upload else s.req.content
        hreq = self.http.build_request(s.req.method, s.url, params=s.params, headers=s.headers, content=content)
        try:
            resp = self.http.send(hreq, stream=True, follow_redirects=False)
            headers = Header.from_httpx(resp.headers)
            if s.keeps_open(resp.status_code):
                return Response(resp.status_code, headers, b"", str(resp.url), stream=resp)
            try:
                body = resp.read()
            finally:
                resp.close()
        except httpx.TransportError as exc:
            raise translate_transport_error(exc, s.url) from exc
        return Response(resp.status_code, headers, body, str(resp.url))


# --------------------------------------------------------------------------- async


async def _afile_chunks(path: str) -> AsyncIterator[bytes]:
    # File reads go to a thread so a large upload never blocks the event loop.
    f = await asyncio.to_thread(open, path, "rb")
    try:
        while chunk := await asyncio.to_thread(f.read, UPLOAD_CHUNK):
            yield chunk
    finally:
        await asyncio.to_thread(f.close)


class AsyncDriver(_DriverCore):
    def __init__(
        self,
        endpoint: str,
        http: httpx.AsyncClient,
        retry: RetryPolicy,
        token: str | None = None,
        direct: bool | None = None,
    ) -> None:
        super().__init__(endpoint, retry, token, direct)
        self.http = http

    async def run(self, op: Op[T]) -> T:
        steps = self.drive(op)
        reply: Any = None
        error: AISConnectionError | None = None
        while True:
            try:
                instr = steps.throw(error) if error else steps.send(reply)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            reply, error = None, None
            try:
                if isinstance(instr, Sleep):
                    await asyncio.sleep(instr.seconds)
                elif isinstance(instr, HashFile):
                    reply = await asyncio.to_thread(hash_file, instr.path)
                else:
                    reply = await self._send(instr)
            except AISConnectionError as exc:
                error = exc

    async def _send(self, s: Send) -> Response:
        upload = s.req.upload
        content: Any = _afile_chunks(upload.path) if upload else s.req.content
        hreq = self.http.build_request(s.req.method, s.url, params=s.params, headers=s.headers, content=content)
        try:
            resp = await self.http.send(hreq, stream=True, follow_redirects=False)
            headers = Header.from_httpx(resp.headers)
            if s.keeps_open(resp.status_code):
                return Response(resp.status_code, headers, b"", str(resp.url), stream=resp)
            try:
                body = await resp.aread()
            finally:
                await resp.aclose()
        except httpx.TransportError as exc:
            raise translate_transport_error(exc, s.url) from exc
        return Response(resp.status_code, headers, body, str(resp.url))


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
