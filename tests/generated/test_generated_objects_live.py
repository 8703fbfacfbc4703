"""The object operations of spec/aistore.yaml beyond plain GET/PUT/HEAD/DELETE (append, copy,
multipart upload, object and bucket-level object actions, custom metadata, selective HEAD, archive
selection), called through the generated `ais_openapi` client against the live cluster, asserting
on what the cluster stored and answers."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from ais_openapi.api.buckets import bucket_action, delete_bucket
from ais_openapi.api.cluster import get_cluster_map
from ais_openapi.api.objects import (
    delete_object,
    get_object,
    head_object,
    object_action,
    objects_action,
    put_object,
    set_object_custom,
)
from ais_openapi.client import Client
from ais_openapi.models import (
    BlobDownloadMsg,
    BlobMsg,
    CheckLockMsg,
    CreateBucketMsg,
    DestroyBucketMsg,
    ErrHTTP,
    GetClusterMapWhat,
    GetObjectAisBlobDownload,
    GetObjectArchmode,
    MptAbortMsg,
    MptCompletedPart,
    MptCompleteMsg,
    MptUploadMsg,
    PromoteArgs,
    PromoteMsg,
    PutObjectAppendType,
    RenameObjectMsg,
    SetCustomMsg,
    SetCustomMsgValue,
    Smap,
)
from ais_openapi.types import File

pytestmark = pytest.mark.cluster

# The only source tree AIS v1.5.0 promotes from (apc.PromoteRoot); the targets run on this machine.
PROMOTE_ROOT = Path("/var/lib/ais/promote")


@pytest.fixture(scope="module")
def client(ais_endpoint: str) -> Iterator[Client]:
    """Follows the proxy's 301/307 to the target (httpx re-sends the body on 307)."""
    with Client(base_url=ais_endpoint, follow_redirects=True, timeout=httpx.Timeout(30.0)) as c:
        yield c


@pytest.fixture(scope="module")
def raw(ais_endpoint: str) -> Iterator[Client]:
    with Client(base_url=ais_endpoint, follow_redirects=False, timeout=httpx.Timeout(30.0)) as c:
        yield c


def _new_bucket(client: Client, name: str) -> str:
    r = bucket_action.sync_detailed(name, client=client, body=CreateBucketMsg())
    assert r.status_code == 200, r.content
    return name


@pytest.fixture
def bucket(client: Client, unique_name: str) -> Iterator[str]:
    yield _new_bucket(client, unique_name)
    delete_bucket.sync_detailed(unique_name, client=client, body=DestroyBucketMsg())


def _put(client: Client, bucket: str, name: str, data: bytes) -> None:
    r = put_object.sync_detailed(bucket, name, client=client, body=File(payload=data))
    assert r.status_code == 200, r.content


def _get(client: Client, bucket: str, name: str) -> bytes | ErrHTTP:
    got = get_object.sync(bucket, name, client=client)
    if isinstance(got, File):
        return got.payload.read()
    assert isinstance(got, ErrHTTP), got
    return got


def _status(client: Client, bucket: str, name: str) -> int:
    return head_object.sync_detailed(bucket, name, client=client).status_code


def test_append_then_flush(client: Client, raw: Client, bucket: str) -> None:
    obj = "app/ends d.bin"
    first = put_object.sync_detailed(
        bucket, obj, client=client, append_type=PutObjectAppendType.APPEND, body=File(payload=b"hello, ")
    )
    assert first.status_code == 200, first.content
    handle = first.headers["Ais-Append-Handle"]
    assert handle.count("|") >= 3  # opaque; `<target id>|...`: the proxy redirects by it
    second = put_object.sync_detailed(
        bucket,
        obj,
        client=client,
        append_type=PutObjectAppendType.APPEND,
        append_handle=handle,
        body=File(payload=b"world"),
    )
    assert second.status_code == 200
    handle = second.headers["Ais-Append-Handle"]
    assert _status(client, bucket, obj) == 404  # not visible before the flush

    # The proxy routes a flush by the handle's target id (307 there), not by the object's name.
    redirect = put_object.sync_detailed(
        bucket, obj, client=raw, append_type=PutObjectAppendType.FLUSH, append_handle=handle
    )
    assert redirect.status_code == 307
    assert redirect.headers["Location"].startswith("http://127.0.0.1:")
    flushed = put_object.sync_detailed(
        bucket, obj, client=client, append_type=PutObjectAppendType.FLUSH, append_handle=handle
    )
    assert flushed.status_code == 200, flushed.content
    assert _get(client, bucket, obj) == b"hello, world"

    no_handle = put_object.sync(bucket, "other", client=client, append_type=PutObjectAppendType.FLUSH)
    assert isinstance(no_handle, ErrHTTP) and no_handle.status == 400
    garbage = put_object.sync(
        bucket, obj, client=client, append_type=PutObjectAppendType.APPEND, append_handle="not-a-handle"
    )
    assert isinstance(garbage, ErrHTTP) and garbage.status == 400 and "APPEND handle" in garbage.message


def test_multipart_upload_complete_and_abort(client: Client, bucket: str) -> None:
    obj = "mpt/object"
    upload_id = object_action.sync(bucket, obj, client=client, body=MptUploadMsg())
    assert isinstance(upload_id, str) and re.fullmatch(r"[A-Za-z0-9_-]{8,}", upload_id), upload_id
    parts = {1: b"first part;", 2: b"second part"}
    for number in (2, 1):  # any order; the list given to complete decides the order
        r = put_object.sync_detailed(
            bucket, obj, client=client, upload_id=upload_id, part_number=number, body=File(payload=parts[number])
        )
        assert r.status_code == 200, r.content
    assert _status(client, bucket, obj) == 404  # nothing until completed

    done = object_action.sync_detailed(
        bucket,
        obj,
        client=client,
        upload_id=upload_id,
        body=MptCompleteMsg(value=[MptCompletedPart(part_number=1), MptCompletedPart(part_number=2)]),
    )
    assert done.status_code == 200 and done.content == b"", done.content
    assert _get(client, bucket, obj) == parts[1] + parts[2]
    chunked = head_object.sync_detailed(bucket, obj, client=client, props="size,chunked")
    assert chunked.status_code == 200
    assert int(chunked.headers["Content-Length"]) == len(parts[1] + parts[2])
    assert chunked.headers["Ais-Chunks-Count"] == "2"

    again = object_action.sync(
        bucket, obj, client=client, upload_id="nosuchupload", body=MptCompleteMsg(value=[MptCompletedPart(1)])
    )
    assert isinstance(again, ErrHTTP) and again.status == 404

    # Abort: the parts go away, nothing is created, the id is then unknown.
    aborted = "mpt/aborted"
    upload_id = object_action.sync(bucket, aborted, client=client, body=MptUploadMsg())
    assert isinstance(upload_id, str) and upload_id
    r = put_object.sync_detailed(
        bucket, aborted, client=client, upload_id=upload_id, part_number=1, body=File(payload=b"x" * 100)
    )
    assert r.status_code == 200
    r = delete_object.sync_detailed(bucket, aborted, client=client, upload_id=upload_id, body=MptAbortMsg())
    assert r.status_code == 200, r.content
    assert _status(client, bucket, aborted) == 404
    late = object_action.sync(
        bucket, aborted, client=client, upload_id=upload_id, body=MptCompleteMsg(value=[MptCompletedPart(1)])
    )
    assert isinstance(late, ErrHTTP) and late.status == 404
    twice = delete_object.sync(bucket, aborted, client=client, upload_id=upload_id, body=MptAbortMsg())
    assert isinstance(twice, ErrHTTP) and twice.status == 404
    empty_part = put_object.sync(bucket, obj, client=client, upload_id="whatever1", part_number=1)
    assert isinstance(empty_part, ErrHTTP) and empty_part.status in (400, 404)


def test_copy_object(client: Client, bucket: str) -> None:
    _put(client, bucket, "src/a", b"copy me")
    other = _new_bucket(client, bucket + "-to")
    try:
        same = put_object.sync_detailed(bucket, "src/a", client=client, object_to=f"ais/@#/{bucket}/dst/a")
        assert same.status_code == 200 and same.content == b""
        cross = put_object.sync_detailed(bucket, "src/a", client=client, object_to=f"ais/@#/{other}/x/y z")
        assert cross.status_code == 200
        assert _get(client, bucket, "dst/a") == b"copy me"
        assert _get(client, other, "x/y z") == b"copy me"
        assert _get(client, bucket, "src/a") == b"copy me"  # the source stays

        missing_src = put_object.sync(bucket, "nope", client=client, object_to=f"ais/@#/{other}/z")
        assert isinstance(missing_src, ErrHTTP) and missing_src.status == 404
        missing_dst = put_object.sync(bucket, "src/a", client=client, object_to="ais/@#/no-such-bucket-xyz/z")
        assert isinstance(missing_dst, ErrHTTP) and missing_dst.status == 404 and missing_dst.tcode == "ErrBckNotFound"
    finally:
        delete_bucket.sync_detailed(other, client=client, body=DestroyBucketMsg())


def test_rename_and_check_lock(client: Client, bucket: str) -> None:
    _put(client, bucket, "old/name", b"renamed bytes")
    r = object_action.sync_detailed(bucket, "old/name", client=client, body=RenameObjectMsg(name="new/name"))
    assert r.status_code == 200 and r.content == b""
    assert _status(client, bucket, "old/name") == 404
    assert _get(client, bucket, "new/name") == b"renamed bytes"

    self_rename = object_action.sync(bucket, "new/name", client=client, body=RenameObjectMsg(name="new/name"))
    assert isinstance(self_rename, ErrHTTP) and self_rename.status == 400
    missing = object_action.sync(bucket, "old/name", client=client, body=RenameObjectMsg(name="x"))
    assert isinstance(missing, ErrHTTP) and missing.status == 404

    lock = object_action.sync_detailed(bucket, "new/name", client=client, body=CheckLockMsg())
    assert lock.status_code == 200 and lock.content == b""  # 200 unlocked (202 read, 423 write)


def test_custom_metadata_merge_and_replace(client: Client, bucket: str) -> None:
    _put(client, bucket, "md", b"x")

    def custom() -> dict[str, str]:
        h = head_object.sync_detailed(bucket, "md", client=client)
        assert h.status_code == 200
        return dict(v.split("=", 1) for v in h.headers.get_list("Ais-Custom-Md"))

    def md(**kv: str) -> SetCustomMsg:
        value = SetCustomMsgValue()
        value.additional_properties = kv
        return SetCustomMsg(value=value)

    assert set_object_custom.sync_detailed(bucket, "md", client=client, body=md(k1="v1", k2="v2")).status_code == 200
    assert custom() == {"k1": "v1", "k2": "v2"}
    assert set_object_custom.sync_detailed(bucket, "md", client=client, body=md(k2="new", k3="v3")).status_code == 200
    assert custom() == {"k1": "v1", "k2": "new", "k3": "v3"}  # merged
    r = set_object_custom.sync_detailed(bucket, "md", client=client, body=md(only="this"), set_new_custom=True)
    assert r.status_code == 200
    assert custom() == {"only": "this"}  # replaced
    selective = head_object.sync_detailed(bucket, "md", client=client, props="custom")
    assert selective.headers.get_list("Ais-Custom-Md") == ["only=this"]

    empty_key = set_object_custom.sync(bucket, "md", client=client, body=md(**{"": "v"}))
    assert isinstance(empty_key, ErrHTTP) and empty_key.status == 400
    missing = set_object_custom.sync(bucket, "nope", client=client, body=md(a="b"))
    assert isinstance(missing, ErrHTTP) and missing.status == 404


def test_head_selective_props(client: Client, bucket: str) -> None:
    data = b"selective" * 10
    _put(client, bucket, "h", data)
    full = head_object.sync_detailed(bucket, "h", client=client)
    assert all(h in full.headers for h in ("Ais-Name", "Ais-Atime", "Ais-Location", "Ais-Checksum-Value"))

    only_size = head_object.sync_detailed(bucket, "h", client=client, props="name,size")
    assert only_size.status_code == 200
    assert int(only_size.headers["Content-Length"]) == len(data)
    assert "Ais-Checksum-Value" not in only_size.headers and "Ais-Atime" not in only_size.headers

    sums = head_object.sync_detailed(bucket, "h", client=client, props="checksum,version,last-modified,etag")
    assert sums.headers["Ais-Checksum-Value"] == full.headers["Ais-Checksum-Value"]
    assert sums.headers["Ais-Version"] == "1"
    assert sums.headers["ETag"].startswith('"') and sums.headers["Last-Modified"].endswith("GMT")
    assert "Ais-Atime" not in sums.headers

    bad = head_object.sync_detailed(bucket, "h", client=client, props="cached")
    assert bad.status_code == 400
    assert "invalid property" in json.loads(bad.headers["Hdr-Error"])["message"]


def _tar(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _untar(data: bytes) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]


def test_archive_regex_modes(client: Client, bucket: str) -> None:
    members = {
        "a/one.txt": b"one",
        "a/two.json": b"{}",
        "b/three.txt": b"three",
        "s1.cls": b"1",
        "s1.jpg": b"J",
        "s2.cls": b"2",
    }
    _put(client, bucket, "shard.tar", _tar(members))
    cases = {
        (".txt", GetObjectArchmode.SUFFIX): {"a/one.txt", "b/three.txt"},
        ("a/", GetObjectArchmode.PREFIX): {"a/one.txt", "a/two.json"},
        ("^b/.*", GetObjectArchmode.REGEXP): {"b/three.txt"},
        ("hre", GetObjectArchmode.SUBSTR): {"b/three.txt"},
        ("s1", GetObjectArchmode.WDSKEY): {"s1.cls", "s1.jpg"},
    }
    for (regx, mode), expected in cases.items():
        r = get_object.sync_detailed(bucket, "shard.tar", client=client, archregx=regx, archmode=mode)
        assert r.status_code == 200, (regx, mode, r.content)
        assert r.headers["Content-Type"] == "application/x-tar"
        got = _untar(r.content)
        assert set(got) == expected, (regx, mode)
        assert all(got[n] == members[n] for n in got)

    none = get_object.sync(bucket, "shard.tar", client=client, archregx="zzz", archmode=GetObjectArchmode.PREFIX)
    assert isinstance(none, ErrHTTP) and none.status == 404
    both = get_object.sync(
        bucket, "shard.tar", client=client, archpath="a/one.txt", archregx="a", archmode=GetObjectArchmode.PREFIX
    )
    assert isinstance(both, ErrHTTP) and both.status == 400
    bad_re = get_object.sync(bucket, "shard.tar", client=client, archregx="[", archmode=GetObjectArchmode.REGEXP)
    assert isinstance(bad_re, ErrHTTP) and bad_re.status == 400
    ranged = get_object.sync(
        bucket, "shard.tar", client=client, archregx="a", archmode=GetObjectArchmode.PREFIX, range_="bytes=0-9"
    )
    assert isinstance(ranged, ErrHTTP) and ranged.status == 400
    assert _get(client, bucket, "shard.tar") == _tar(members)  # the object itself is unchanged


def test_blob_download_needs_a_remote_bucket(client: Client, bucket: str) -> None:
    _put(client, bucket, "blob", b"b")
    # Blob-download headers on GET: remote buckets only.
    r = get_object.sync(
        bucket,
        "blob",
        client=client,
        ais_blob_download=GetObjectAisBlobDownload.TRUE,
        ais_blob_chunk="1MiB",
        ais_blob_workers=2,
    )
    assert isinstance(r, ErrHTTP) and r.status == 400 and "local buckets" in r.message
    off = get_object.sync(bucket, "blob", client=client, ais_blob_download=GetObjectAisBlobDownload.FALSE)
    assert isinstance(off, File) and off.payload.read() == b"b"
    # The blob-download action: ErrNotRemoteBck on an ais bucket.
    act = objects_action.sync(
        bucket, client=client, body=BlobDownloadMsg(name="blob", value=BlobMsg(chunk_size=1 << 20, num_workers=2))
    )
    assert isinstance(act, ErrHTTP) and act.status == 400 and act.tcode == "ErrNotRemoteBck"


@pytest.fixture
def promote_dir() -> Iterator[Path]:
    """A fresh directory under the promote root (created if missing: the suite runs as the user who
    runs the cluster on this machine; without permission to create it the test fails, loudly)."""
    try:
        PROMOTE_ROOT.mkdir(parents=True, exist_ok=True)
        path = Path(tempfile.mkdtemp(prefix="aisclient-test-", dir=PROMOTE_ROOT))
    except OSError as e:
        pytest.fail(f"promote needs a writable {PROMOTE_ROOT} (AIS v1.5.0's only promote source tree): {e}")
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def test_promote_file_and_directory(client: Client, bucket: str, promote_dir: Path) -> None:
    smap = get_cluster_map.sync(client=client, what=GetClusterMapWhat.SMAP)
    assert isinstance(smap, Smap)
    tid = sorted(smap.tmap.additional_properties)[0]

    single = promote_dir / "single.txt"
    single.write_bytes(b"promoted file")
    r = objects_action.sync_detailed(
        bucket,
        client=client,
        body=PromoteMsg(value=PromoteArgs(src=str(single), obj="promoted/single.txt", tid=tid, dls=True)),
    )
    assert r.status_code == 200, r.content  # one file: synchronous, no job id
    assert _get(client, bucket, "promoted/single.txt") == b"promoted file"
    assert not single.exists()  # dls: the source is removed once promoted

    tree = promote_dir / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "top.txt").write_bytes(b"top")
    (tree / "sub" / "nested.txt").write_bytes(b"nested")
    r = objects_action.sync_detailed(
        bucket,
        client=client,
        body=PromoteMsg(value=PromoteArgs(src=str(tree), obj="dir/", rcr=True, tid=tid)),
    )
    assert r.status_code == 200, r.content
    assert _get(client, bucket, "dir/top.txt") == b"top"
    assert _get(client, bucket, "dir/sub/nested.txt") == b"nested"
    assert (tree / "top.txt").exists()  # kept without dls

    outside = objects_action.sync(bucket, client=client, body=PromoteMsg(value=PromoteArgs(src="/etc/hostname")))
    assert isinstance(outside, ErrHTTP) and outside.status == 400 and "/var/lib/ais/promote" in outside.message
    missing = objects_action.sync(
        bucket, client=client, body=PromoteMsg(value=PromoteArgs(src=str(promote_dir / "nope"), obj="x", tid=tid))
    )
    assert isinstance(missing, ErrHTTP) and missing.status == 404
    unknown_node = objects_action.sync(
        bucket, client=client, body=PromoteMsg(value=PromoteArgs(src=str(tree), tid="nosuchnode"))
    )
    assert isinstance(unknown_node, ErrHTTP) and unknown_node.status == 400
    assert os.path.isdir(tree)
