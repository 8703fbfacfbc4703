from __future__ import annotations

import json
import time

import pytest
from aisclient._core.protocol import Request, Response, Sleep, run_offline
from aisclient.errors import Timeout, XactionAborted
from aisclient.headers import Header
from aisclient.jobs import (
    STARTABLE_KINDS,
    WAIT_FINISHED,
    WaiterSpec,
    args_msg,
    canonical_startable_kind,
    query_msg,
    wait_for_xaction,
)
from aisclient.models import Bck


def test_startable_kinds_match_ais_table() -> None:
    # xact/api_table.go (v1.5.0) entries with Startable: true.
    assert set(STARTABLE_KINDS.values()) == {
        "rebalance",
        "lru",
        "cleanup-store",
        "resilver",
        "rechunk",
        "blob-download",
        "prefetch-listrange",
        "ec-encode",
        "make-n-copies",
        "load-lom-cache",
    }
    assert canonical_startable_kind("mirror") == "make-n-copies"
    assert canonical_startable_kind("lru") == "lru"
    for bad in ("copy-bck", "", "list", "download"):
        with pytest.raises(ValueError, match="startable kinds"):
            canonical_startable_kind(bad)


def test_query_msg() -> None:
    assert query_msg("x1") == {"id": "x1", "kind": "", "show_active": False}
    assert query_msg(kind="lru", daemon_id="t1", only_running=True) == {
        "id": "",
        "kind": "lru",
        "show_active": True,
        "node": "t1",
    }


def test_args_msg_uses_go_field_names_only() -> None:
    msg = args_msg("lru", force=True, buckets=[Bck("b1")])
    assert set(msg) <= {"ID", "Kind", "DaemonID", "Bck", "Buckets", "Force", "OnlyRunning", "Timeout", "flags"}
    assert msg["Kind"] == "lru" and msg["Force"] is True
    assert msg["Bck"] == Bck("b1").to_json()
    assert msg["Buckets"] == [Bck("b1").to_json()]
    two = args_msg("lru", buckets=[Bck("a"), Bck("b")])
    assert "Bck" not in two and len(two["Buckets"]) == 2


def test_waiter_backoff_starts_small_and_caps() -> None:
    it = WaiterSpec().delays()
    delays = [next(it) for _ in range(12)]
    assert delays[0] == 0.05
    assert delays[1] == pytest.approx(0.075)
    assert max(delays) == 1.0
    assert sum(delays[:4]) < 0.5


STATUS_REQ = Request.json_body("GET", "/v1/cluster", query_msg("x1"), params={"what": "status"}, idempotent=True)


def _responder(statuses: list[dict[str, object]]):  # type: ignore[no-untyped-def]
    it = iter(statuses)

    def respond(req: Request) -> Response:
        assert req.url == STATUS_REQ.url and 404 in req.accept
        return Response(200, Header({"Content-Type": "text/plain; charset=utf-8"}), json.dumps(next(it)).encode())

    return respond


def test_wait_returns_when_finished() -> None:
    statuses = [{"kind": "copy-bck", "uuid": "x1", "end_time": 0}] * 3 + [
        {"kind": "copy-bck", "uuid": "x1", "end_time": 123}
    ]
    st = run_offline(wait_for_xaction(STATUS_REQ, timeout=10), _responder(statuses))
    assert st.finished and st.uuid == "x1"


def test_wait_yields_growing_sleeps() -> None:
    op = wait_for_xaction(STATUS_REQ, timeout=100, clock=lambda: 0.0)
    seen = []
    reply = None
    running = Response(200, Header(), b'{"kind":"k","uuid":"x1","end_time":0}')
    for _ in range(6):
        instr = op.send(reply)
        if isinstance(instr, Sleep):
            seen.append(instr.seconds)
            reply = None
        else:
            reply = running
    assert seen == [0.05, pytest.approx(0.075), pytest.approx(0.1125)]


def test_wait_raises_on_abort() -> None:
    with pytest.raises(XactionAborted) as ei:
        run_offline(
            wait_for_xaction(STATUS_REQ, 10),
            _responder([{"kind": "copy-bck", "uuid": "x1", "aborted": True, "err": "rebalance", "end_time": 5}]),
        )
    assert ei.value.status.err == "rebalance"


def test_wait_times_out_with_last_state() -> None:
    now = [0.0]

    def clock() -> float:
        now[0] += 0.4
        return now[0]

    statuses = [{"kind": "k", "uuid": "x1", "end_time": 0}] * 20
    with pytest.raises(Timeout) as ei:
        run_offline(wait_for_xaction(STATUS_REQ, 1.0, WAIT_FINISHED, clock=clock), _responder(statuses))
    assert ei.value.last_status is not None and ei.value.last_status.uuid == "x1"


def test_wait_tolerates_early_404_then_gives_up() -> None:
    from aisclient.errors import ErrXactionNotFound

    missing = Response(
        404, Header(), b'{"tcode":"ErrNotFound","message":"x-[x1] does not exist"}', "http://p/v1/cluster"
    )
    done = Response(200, Header(), b'{"kind":"k","uuid":"x1","end_time":9}')
    replies = iter([missing, missing, done])
    st = run_offline(wait_for_xaction(STATUS_REQ, 10, clock=lambda: 0.0), lambda r: next(replies))
    assert st.finished

    now = [0.0]

    def clock() -> float:
        now[0] += 1.0
        return now[0]

    with pytest.raises(ErrXactionNotFound):
        run_offline(wait_for_xaction(STATUS_REQ, 100, clock=clock), lambda r: missing)


# --------------------------------------------------------------------------- blob download wait


def _blob_snapshots(job: str, **snap: object) -> Response:
    return Response(200, Header(), json.dumps({"t1": [{"id": job, **snap}]}).encode())


def test_wait_for_blob_download_returns_the_bytes_once_the_job_ended() -> None:
    from aisclient.objects import wait_for_blob_download

    answers = iter(
        [
            _blob_snapshots("j1", **{"end-time": "0001-01-01T00:00:00Z"}),
            _blob_snapshots("j1", **{"end-time": "2026-12-02T05:00:00Z", "stats": {"in-bytes": 1234}}),
        ]
    )
    sleeps: list[float] = []
    op = wait_for_blob_download("j1", timeout=30)
    reply = None
    while True:
        try:
            instr = op.send(reply)
        except StopIteration as stop:
            assert stop.value == 1234
            break
        if isinstance(instr, Sleep):
            sleeps.append(instr.seconds)
            reply = None
        else:
            assert json.loads(instr.content)["id"] == "j1" and dict(instr.params)["what"] == "qryxstats"
            reply = next(answers)
    assert sleeps == [0.05]


def test_wait_for_blob_download_deadline_counts_the_requests_too() -> None:
    from aisclient.errors import XactionWaitTimeout
    from aisclient.objects import wait_for_blob_download

    calls = []

    def slow(_req: object) -> Response:
        calls.append(1)
        time.sleep(0.2)  # each status request takes longer than the first sleeps
        return _blob_snapshots("j2")

    with pytest.raises(XactionWaitTimeout):
        run_offline(wait_for_blob_download("j2", timeout=0.3), slow)
    # 0.2 s, then 0.4 s: past the deadline after two requests (counting only the sleeps, four)
    assert len(calls) == 2
