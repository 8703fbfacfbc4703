"""Jobs (AIS calls them xactions): status, waiting, start and stop; kinds, request values, and the waiter described as data."""

from __future__ import annotations

import difflib
import enum
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import attrs
from ais_openapi.api.cluster import cluster_action as gen_cluster_action
from ais_openapi.api.cluster import query_cluster as gen_query_cluster
from ais_openapi.models import ArgsMsg, QueryClusterWhat, QueryMsg, StartXactionMsg, StopXactionMsg
from ais_openapi.types import UNSET

from ._core.declare import operation
from ._core.protocol import Op, Request, Response, Sleep
from ._core.validate import normalize_provider, validate_bucket_name, validate_wait_timeout
from ._core.wire import request_from_kwargs, xact_text
from .errors import (
    ErrXactionNotFound,
    InvalidArgument,
    InvalidArgumentType,
    XactionAborted,
    XactionWaitTimeout,
    error_from_response,
)
from .models import Bck, XactStatus

__all__ = [
    "KINDS",
    "STARTABLE_KINDS",
    "WAIT_FINISHED",
    "WaitState",
    "WaiterSpec",
    "args_msg",
    "canonical_kind",
    "canonical_startable_kind",
    "poll_pauses",
    "query_msg",
    "wait_for_xaction",
    "wait_for_xaction_finished",
    "xact_start",
    "xact_status",
    "xact_stop",
]

# Kinds with `Startable: true` in AIS v1.5.0 xact/api_table.go, mapped from their
# display names (the server accepts either and converts display name -> kind).
STARTABLE_KINDS: dict[str, str] = {
    "rebalance": "rebalance",
    "lru": "lru",
    "lru-eviction": "lru",
    "cleanup-store": "cleanup-store",
    "cleanup": "cleanup-store",
    "resilver": "resilver",
    "rechunk": "rechunk",
    "blob-download": "blob-download",
    "prefetch-listrange": "prefetch-listrange",
    "prefetch-objects": "prefetch-listrange",
    "ec-encode": "ec-encode",
    "ec-bucket": "ec-encode",
    "make-n-copies": "make-n-copies",
    "mirror": "make-n-copies",
    "load-lom-cache": "load-lom-cache",
    "warm-up-metadata": "load-lom-cache",
}


# Every kind in AIS v1.5.0 xact/api_table.go (`xact.Table`), and each display name, mapped to its kind.
# The server resolves display names the same way (xact.GetKindName) and answers 400 "invalid x-" to
# anything else; names are case-sensitive.
KINDS: dict[str, str] = {
    "election": "election",
    "elect-primary": "election",
    "rebalance": "rebalance",
    "etl-inline": "etl-inline",
    "summary-bck": "summary-bck",
    "summary": "summary-bck",
    "summary-shard": "summary-shard",
    "shard-summary": "summary-shard",
    "index-shard": "index-shard",
    "shard-index": "index-shard",
    "ec-get": "ec-get",
    "ec-put": "ec-put",
    "ec-resp": "ec-resp",
    "put-copies": "put-copies",
    "archive": "archive",
    "copy-listrange": "copy-listrange",
    "copy-objects": "copy-listrange",
    "etl-listrange": "etl-listrange",
    "etl-objects": "etl-listrange",
    "download": "download",
    "dsort": "dsort",
    "promote": "promote",
    "promote-files": "promote",
    "evict-listrange": "evict-listrange",
    "evict-objects": "evict-listrange",
    "evict-remote-bck": "evict-remote-bck",
    "evict-remote-bucket": "evict-remote-bck",
    "delete-listrange": "delete-listrange",
    "delete-objects": "delete-listrange",
    "move-bck": "move-bck",
    "rename-bucket": "move-bck",
    "copy-bck": "copy-bck",
    "copy-bucket": "copy-bck",
    "etl-bck": "etl-bck",
    "etl-bucket": "etl-bck",
    "list": "list",
    "get-batch": "get-batch",
    "create-inventory": "create-inventory",
    **STARTABLE_KINDS,
}


def _check_kind_type(kind: object) -> str:
    if not isinstance(kind, str):
        raise InvalidArgumentType("xact_kind", f"must be a str, got {type(kind).__name__}")
    return kind


def _unknown_kind(kind: str, table: dict[str, str], what: str, label: str) -> InvalidArgument:
    close = difflib.get_close_matches(kind, table, n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    known = ", ".join(sorted(set(table.values())))
    return InvalidArgument("xact_kind", f"{kind!r} is not {what}{hint} ({label}: {known})")


def canonical_kind(kind: str, *, allow_empty: bool = False) -> str:
    """The canonical kind for any xaction kind or display name (e.g. "copy-bucket" -> "copy-bck").

    For status queries and waits. "" is returned as is when `allow_empty`
    (no kind given: the id decides); anything unknown raises `InvalidArgument`
    (a `ValueError`), a non-str `InvalidArgumentType`, before any request.
    """
    kind = _check_kind_type(kind)
    if kind == "" and allow_empty:
        return ""
    try:
        return KINDS[kind]
    except KeyError:
        raise _unknown_kind(kind, KINDS, "a known xaction kind", "kinds") from None


def canonical_startable_kind(kind: str) -> str:
    """The canonical kind for a startable xaction kind or display name; `InvalidArgument` (ValueError) otherwise."""
    kind = _check_kind_type(kind)
    try:
        return STARTABLE_KINDS[kind]
    except KeyError:
        what = "startable" if kind in KINDS else "a startable xaction kind"
        raise _unknown_kind(kind, STARTABLE_KINDS, what, "startable kinds") from None


def query_msg(xact_id: str = "", kind: str = "", daemon_id: str = "", only_running: bool = False) -> dict[str, Any]:
    """xact.QueryMsg (JSON tags): the body of `GET /v1/cluster?what=status`."""
    msg: dict[str, Any] = {"id": xact_id, "kind": kind, "show_active": only_running}
    if daemon_id:
        msg["node"] = daemon_id
    return msg


def args_msg(
    kind: str,
    daemon_id: str = "",
    force: bool = False,
    buckets: Sequence[Bck] = (),
    xact_id: str = "",
    only_running: bool = False,
    timeout_ns: int = 0,
    flags: int = 0,
) -> dict[str, Any]:
    """xact.ArgsMsg: Go field names as keys (the struct has no JSON tags except `flags`).

    Unknown keys are a 400, so only these are ever sent. A single bucket also
    goes into `Bck`, which bucket-scoped kinds read.
    """
    msg: dict[str, Any] = {
        "ID": xact_id,
        "Kind": kind,
        "DaemonID": daemon_id,
        "Force": force,
        "OnlyRunning": only_running,
        "Timeout": timeout_ns,
    }
    if buckets:
        msg["Buckets"] = [b.to_json() for b in buckets]
        if len(buckets) == 1:
            msg["Bck"] = buckets[0].to_json()
    if flags:
        msg["flags"] = flags
    return msg


class WaitState(enum.Enum):
    SUCCESS = "success"
    FAILURE = "failure"
    RETRY = "retry"


def _finished_acceptor(status: XactStatus) -> WaitState:
    if status.aborted:
        return WaitState.FAILURE
    if status.finished:
        return WaitState.SUCCESS
    return WaitState.RETRY


@attrs.frozen
class WaiterSpec:
    """How to poll and when to stop (botocore-waiter style, as data).

    Backoff starts small so a quick job returns in well under a second,
    and grows by `factor` up to `max_delay`.
    """

    initial_delay: float = 0.05
    factor: float = 1.5
    max_delay: float = 1.0
    not_found_grace: float = 2.0
    acceptor: Callable[[XactStatus], WaitState] = _finished_acceptor

    def delays(self) -> Iterator[float]:
        delay = self.initial_delay
        while True:
            yield delay
            delay = min(self.max_delay, delay * self.factor)

    def state(self, status: XactStatus) -> WaitState:
        return self.acceptor(status)


WAIT_FINISHED = WaiterSpec()


def poll_pauses(
    timeout: float, spec: WaiterSpec = WAIT_FINISHED, clock: Callable[[], float] = time.monotonic
) -> Iterator[float]:
    """The pause before each next poll: the spec's backoff, cut to the time left. It ends at the
    deadline, which counts from this call and covers the requests too, not just the pauses."""
    deadline = clock() + timeout

    def pauses() -> Iterator[float]:
        for delay in spec.delays():
            remaining = deadline - clock()
            if remaining <= 0:
                return
            yield min(delay, remaining)

    return pauses()


def wait_for_xaction(
    status_request: Request,
    timeout: float,
    spec: WaiterSpec = WAIT_FINISHED,
    clock: Callable[[], float] = time.monotonic,
) -> Op[XactStatus]:
    """Poll `status_request` until the spec says done; raise `XactionAborted` / `XactionWaitTimeout`.

    The deadline covers the requests too, not just the sleeps.
    """
    start = clock()
    pauses = poll_pauses(timeout, spec, clock)
    last: XactStatus | None = None
    probe = attrs.evolve(status_request, accept=status_request.accept | {404})
    while True:
        resp = yield probe
        assert resp is not None
        if resp.status_code == 404:
            # Right after a start the job may not be registered yet; only a
            # 404 that persists past the grace period means "no such xaction".
            if clock() - start > spec.not_found_grace:
                raise error_from_response(
                    404, resp.headers, resp.content, probe.method, resp.url or probe.url, not_found=ErrXactionNotFound
                )
        else:
            last = XactStatus.from_json(resp.json() or {})
            state = spec.state(last)
            if state is WaitState.SUCCESS:
                return last
            if state is WaitState.FAILURE:
                raise XactionAborted(last)
        pause = next(pauses, None)
        if pause is None:
            raise XactionWaitTimeout(f"xaction did not finish within {timeout:g}s", last)
        yield Sleep(pause)


# --------------------------------------------------------------------------- operations


def _status_request(xact_id: str, xact_kind: str, daemon_id: str, only_running: bool) -> Request:
    body = QueryMsg.from_dict(query_msg(xact_id, xact_kind, daemon_id, only_running))
    return request_from_kwargs(
        gen_query_cluster._get_kwargs(body=body, what=QueryClusterWhat.STATUS),
        idempotent=True,
        not_found=ErrXactionNotFound,
    )


def _needs_id_or_kind(xact_id: str, xact_kind: str, what: str) -> None:
    if not xact_id and not xact_kind:
        raise InvalidArgument("xact_id", f"{what} needs xact_id or xact_kind")


@operation()
def xact_status(
    xact_id: str = "", xact_kind: str = "", daemon_id: str = "", only_running: bool = False
) -> Op[XactStatus]:
    """The status of one job: by id, or the latest of a kind.

    Args:
        xact_id: the job's id (from `copy_bucket`, `xact_start`, ...).
        xact_kind: a job kind ("copy-bck", "lru", ...) when there is no id.
        daemon_id: only that node's part of the job.
        only_running: only a job that is still running.

    Returns:
        The `XactStatus` (`.finished`, `.aborted`, `.end_datetime`, ...).

    Raises:
        InvalidArgument: neither id nor kind, or an unknown kind (before any request).
        ErrXactionNotFound: no such job.
    """
    _needs_id_or_kind(xact_id, xact_kind, "xact_status")
    xact_kind = canonical_kind(xact_kind, allow_empty=True)
    resp: Response = yield _status_request(xact_id, xact_kind, daemon_id, only_running)
    return XactStatus.from_json(resp.json() or {})


@operation()
def wait_for_xaction_finished(
    xact_id: str = "", xact_kind: str = "", daemon_id: str = "", timeout: float = 300
) -> Op[XactStatus]:
    """Wait until a job finishes, polling from 50 ms and backing off to 1 s.

    Args:
        xact_id: the job's id.
        xact_kind: a job kind when there is no id.
        daemon_id: only that node's part of the job.
        timeout: seconds to wait at most.

    Returns:
        The job's final `XactStatus`.

    Raises:
        InvalidArgument: neither id nor kind, an unknown kind, or a bad timeout (before any request).
        XactionAborted: the job was aborted.
        Timeout: the job did not finish in time (`errors.Timeout`; `.last_status` has what was seen).
        ErrXactionNotFound: no such job (after a short grace period for jobs just started).
    """
    _needs_id_or_kind(xact_id, xact_kind, "wait_for_xaction_finished")
    xact_kind = canonical_kind(xact_kind, allow_empty=True)
    timeout = validate_wait_timeout(timeout)
    status: XactStatus = yield from wait_for_xaction(
        _status_request(xact_id, xact_kind, daemon_id, False), timeout, WAIT_FINISHED
    )
    return status


def _checked_buckets(buckets: Sequence[Bck] | None) -> list[Bck]:
    bcks = list(buckets or ())
    for b in bcks:
        validate_bucket_name(b.name)
        normalize_provider(b.provider)
    return bcks


@operation()
def xact_start(
    xact_kind: str = "",
    daemon_id: str = "",
    force: bool = False,
    buckets: Sequence[Bck] | None = None,
) -> Op[str]:
    """Start a job of a startable kind (see `STARTABLE_KINDS`: "lru", "cleanup-store", "rebalance", ...).

    Args:
        xact_kind: the kind to start.
        daemon_id: start it on one node only.
        force: start even if a conflicting job is running.
        buckets: the buckets it applies to, for kinds that take buckets.

    Returns:
        The new job's id.

    Raises:
        InvalidArgument: a kind that cannot be started, or a bad bucket (before any request).
    """
    kind = canonical_startable_kind(xact_kind)
    bcks = _checked_buckets(buckets)
    value = ArgsMsg.from_dict(args_msg(kind, daemon_id=daemon_id, force=force, buckets=bcks))
    kwargs = gen_cluster_action._get_kwargs(body=StartXactionMsg(value=value), frc=force or UNSET)
    # Not idempotent: each start makes a new job.
    resp: Response = yield request_from_kwargs(kwargs, idempotent=False)
    return xact_text(resp)


@operation()
def xact_stop(xact_id: str = "", xact_kind: str = "", buckets: Sequence[Bck] | None = None) -> Op[None]:
    """Abort running jobs: the one with `xact_id`, or every running one of `xact_kind` (on `buckets`).

    Args:
        xact_id: the job to abort.
        xact_kind: abort every running job of this kind instead.
        buckets: with `xact_kind`, only jobs on these buckets.

    Raises:
        InvalidArgument: neither id nor kind (refusing to stop every job), or an unknown kind.
        ErrXactionNotFound: no such job.
    """
    _needs_id_or_kind(xact_id, xact_kind, "xact_stop (refusing to stop every job)")
    xact_kind = canonical_kind(xact_kind, allow_empty=True)
    bcks = _checked_buckets(buckets)
    value = ArgsMsg.from_dict(args_msg(xact_kind, buckets=bcks, xact_id=xact_id))
    yield request_from_kwargs(
        gen_cluster_action._get_kwargs(body=StopXactionMsg(value=value)), idempotent=True, not_found=ErrXactionNotFound
    )
