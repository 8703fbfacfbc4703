"""Bucket copies (prefix, dry_run, abort) checked byte for byte, and archpath into zip and tgz."""

from __future__ import annotations

import contextlib
import io
import os
import tarfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from aisclient import Client
from aisclient.errors import ErrBckNotFound, ErrObjNotFound, XactionAborted

pytestmark = pytest.mark.cluster


@pytest.fixture
def scratch(client: Client, unique_name: str) -> Iterator[list[str]]:
    """Destination bucket names, destroyed afterwards whatever happened."""
    names = [f"{unique_name}-d{i}" for i in range(3)]
    yield names
    for n in names:
        with contextlib.suppress(ErrBckNotFound):
            client.destroy_bucket(n)


def test_copies_prefix_dry_run_and_abort(client: Client, bucket: str, scratch: list[str], tmp_path: Path) -> None:
    contents = {f"{'keep' if i % 2 else 'skip'}/obj {i}": os.urandom(1000 + 997 * i) for i in range(8)}
    for name, data in contents.items():
        p = tmp_path / "f"
        p.write_bytes(data)
        client.put_object(bucket, name, str(p))
    with_prefix, dry, aborted = scratch

    # Three jobs at once: each waits ~10 s server-side before it reports the end.
    xid_prefix = client.copy_bucket(bucket, with_prefix, prefix="keep/")
    xid_dry = client.copy_bucket(bucket, dry, dry_run=True)
    xid_abort = client.copy_bucket(bucket, aborted)
    client.xact_stop(xact_id=xid_abort)

    assert client.wait_for_xaction_finished(xact_id=xid_prefix, timeout=120).finished
    copied = {e.name for e in client.list_all_objects(with_prefix)}
    assert copied == {n for n in contents if n.startswith("keep/")}
    for name in copied:  # byte-identical
        assert client.get_object(with_prefix, name).read_all() == contents[name]

    assert client.wait_for_xaction_finished(xact_id=xid_dry, timeout=120).finished
    with pytest.raises(ErrBckNotFound):  # dry run: nothing written, not even the destination bucket
        client.list_all_objects(dry)

    with pytest.raises(XactionAborted) as ei:
        client.wait_for_xaction_finished(xact_id=xid_abort, timeout=120)
    assert ei.value.status.uuid == xid_abort and ei.value.status.aborted
    assert "abort" in str(ei.value).lower()


def test_xact_stop_needs_a_target(offline_client: Client) -> None:
    with pytest.raises(ValueError, match="xact_id or xact_kind"):
        offline_client.xact_stop()


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def _tgz(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as t:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


@pytest.mark.parametrize(("object_name", "pack"), [("shard.zip", _zip), ("shard.tgz", _tgz), ("shard.tar.gz", _tgz)])
def test_archpath_extracts_from_zip_and_tgz(
    client: Client, bucket: str, tmp_path: Path, object_name: str, pack: Callable[[dict[str, bytes]], bytes]
) -> None:
    files = {"0001.cls": b"7", "0001.jpg": os.urandom(5000), "sub/dir/0002.json": b'{"k": "v"}'}
    p = tmp_path / object_name
    p.write_bytes(pack(files))
    client.put_object(bucket, object_name, str(p))
    for member, data in files.items():
        assert client.get_object(bucket, object_name, archpath=member).read_all() == data
    with pytest.raises(ErrObjNotFound):
        client.get_object(bucket, object_name, archpath="nope.txt")
