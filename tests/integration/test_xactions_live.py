from __future__ import annotations

import contextlib
import time
from pathlib import Path

import pytest
from aisclient import Bck, Client
from aisclient.errors import ErrBckNotFound, ErrXactionNotFound, Timeout

pytestmark = pytest.mark.cluster


@pytest.fixture
def src(client: Client, bucket: str, tmp_path: Path) -> str:
    for i in range(6):
        p = tmp_path / f"f{i}"
        p.write_bytes(bytes([i]) * 100)
        client.put_object(bucket, f"{'keep' if i < 4 else 'skip'}/o{i}", p)
    return bucket


@pytest.fixture
def dst(client: Client, unique_name: str):  # type: ignore[no-untyped-def]
    name = unique_name + "-dst"
    yield name
    with contextlib.suppress(ErrBckNotFound):
        client.destroy_bucket(name)


def test_copy_bucket_and_wait(client: Client, src: str, dst: str) -> None:
    xid = client.copy_bucket(src, dst)
    assert xid and "," not in xid
    st = client.wait_for_xaction_finished(xid, timeout=120)
    assert st.finished and not st.aborted and st.uuid == xid and st.kind == "copy-bck"
    assert st.end_datetime is not None
    got = {e.name: e.size for e in client.list_all_objects(dst)}
    assert got == {e.name: e.size for e in client.list_all_objects(src)}
    assert client.get_object(dst, "keep/o1").read_all() == bytes([1]) * 100
    status = client.xact_status(xid)
    assert status.finished and status.uuid == xid


def test_copy_bucket_with_prefix(client: Client, src: str, dst: str) -> None:
    xid = client.copy_bucket(src, dst, prefix="keep/")
    client.wait_for_xaction_finished(xid, timeout=120)
    assert sorted(e.name for e in client.list_all_objects(dst)) == [f"keep/o{i}" for i in range(4)]


def test_wait_timeout_carries_last_status(client: Client, src: str, dst: str) -> None:
    xid = client.copy_bucket(src, dst)
    t0 = time.monotonic()
    with pytest.raises(Timeout) as ei:
        client.wait_for_xaction_finished(xid, timeout=0.3)
    assert time.monotonic() - t0 < 2
    last = ei.value.last_status
    assert last is not None and last.uuid == xid
    client.wait_for_xaction_finished(xid, timeout=120)  # let it finish before cleanup


def test_unknown_xaction(client: Client) -> None:
    with pytest.raises(ErrXactionNotFound):
        client.xact_status("nosuchxact1")


def test_xact_start_lru_and_wait_fast(client: Client, bucket: str) -> None:
    xid = client.xact_start("lru", buckets=[Bck(bucket)])
    assert xid
    t0 = time.monotonic()
    st = client.wait_for_xaction_finished(xid, timeout=30)
    assert st.finished and st.kind == "lru"
    assert time.monotonic() - t0 < 1.0  # a quick job is seen finished in well under a second


def test_xact_start_rejects_unstartable_kinds_before_request(offline_client) -> None:  # type: ignore[no-untyped-def]
    for bad in ("", "copy-bck", "list", "nope"):
        with pytest.raises(ValueError, match="startable"):
            offline_client.xact_start(bad)


def test_xact_args_need_id_or_kind(offline_client) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        offline_client.xact_status()
    with pytest.raises(ValueError):
        offline_client.wait_for_xaction_finished()


def test_wait_for_unknown_xaction_fails_after_grace(client: Client) -> None:
    t0 = time.monotonic()
    with pytest.raises(ErrXactionNotFound):
        client.wait_for_xaction_finished("nosuchxact2", timeout=30)
    assert time.monotonic() - t0 < 5
