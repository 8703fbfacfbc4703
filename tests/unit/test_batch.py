"""Get-Batch logic without a cluster: the matcher that holds a batch answer to the request, how
download_dir splits a folder into batches, and the verified write of batched objects."""

from __future__ import annotations

import io
import os
import tarfile
from pathlib import Path

import pytest
import xxhash
from aisclient.batch import BatchMatcher, BatchObject
from aisclient.errors import InvalidResponse
from aisclient.transfer_models import (
    BATCH_MAX_OBJECT_SIZE,
    BATCH_MAX_OBJECTS,
    DownloadItem,
    plan_download_groups,
    plan_local,
    save_verified,
)


def tar_of(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tf:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def match(names: list[str], data: bytes) -> list[BatchObject]:
    m = BatchMatcher(names, "ais://b", 1 << 20)
    out = m.feed(data)
    m.finish()
    return out


def test_objects_and_missing_markers_in_request_order() -> None:
    data = tar_of([("a", b"1"), ("__404__/gone", b""), ("a", b"1"), ("__404__/x", b"real object")])
    got = match(["a", "gone", "a", "__404__/x"], data)
    assert got == [
        BatchObject("a", b"1"),
        BatchObject("gone", b"", found=False),
        BatchObject("a", b"1"),
        BatchObject("__404__/x", b"real object"),  # an object really named so, asked for by that name
    ]


@pytest.mark.parametrize(
    ("names", "members", "why"),
    [
        (["a", "b"], [("a", b"1")], "stopped after 1 of the 2"),  # v1.5.0 without coer: ends early
        (["a"], [("a", b"1"), ("b", b"2")], "more than the 1"),
        (["a", "b"], [("b", b"2"), ("a", b"1")], "entry 0 is 'b', expected 'a'"),
        (["a"], [("__404__/a", b"not empty")], "entry 0 is '__404__/a'"),
    ],
)
def test_anything_but_exactly_the_objects_asked_for_is_an_error(
    names: list[str], members: list[tuple[str, bytes]], why: str
) -> None:
    with pytest.raises(InvalidResponse, match=why):
        match(names, tar_of(members))


def test_a_cut_stream_is_an_error_not_a_shorter_batch() -> None:
    data = tar_of([("a", b"1" * 700), ("b", b"2")])
    m = BatchMatcher(["a", "b"], "ais://b", 1 << 20)
    assert [o.name for o in m.feed(data[:1536])] == ["a"]
    with pytest.raises(InvalidResponse, match="stopped"):
        m.finish()


def item(i: int, size: int = 10) -> DownloadItem:
    return DownloadItem(f"o{i}", f"o{i}", size, "")


def test_groups_batch_small_objects_and_leave_large_ones_alone() -> None:
    items = [item(i) for i in range(1000)] + [item(1000, BATCH_MAX_OBJECT_SIZE + 1)]
    groups = plan_download_groups(items, 16, None, "ais")
    assert [len(g) for g in groups] == [63] * 15 + [55, 1]  # ceil(1000 / 16) objects per request
    assert [i for g in groups for i in g] == items  # each exactly once
    assert all(len(g) <= BATCH_MAX_OBJECTS for g in plan_download_groups(items * 20, 4, None, "ais"))
    assert plan_download_groups(items[:63], 16, None, "ais") == [[i] for i in items[:63]]  # too few: one GET each
    assert plan_download_groups(items[:63], 16, True, "ais")[0] == items[:16]  # asked for: batches
    assert plan_download_groups(items, 16, False, "ais") == [[i] for i in items]
    assert plan_download_groups(items, 16, None, "aws") == [[i] for i in items]  # auto only for ais://
    big = [item(i, 1 << 20) for i in range(64)]
    assert [len(g) for g in plan_download_groups(big, 1, True, "ais")] == [16, 16, 16, 16]  # 16 MiB a request


def test_save_verified_writes_only_what_is_the_listed_object(tmp_path: Path) -> None:
    good, other = b"the object", b"other data"
    digest = xxhash.xxh64(good).hexdigest()
    group = [
        DownloadItem("a", "sub/a", len(good), digest),  # matches
        DownloadItem("b", "b", len(good), digest),  # same size, other bytes: changed since the listing
        DownloadItem("c", "c", len(good) + 1, ""),  # other size
        DownloadItem("d", "d", len(good), ""),  # no checksum listed: the size is what can be checked
    ]
    root = str(tmp_path)
    done, wanted = plan_local(root, group, skip_existing=True)
    assert done == {} and [i for i, _ in wanted] == [0, 1, 2, 3]
    arrived = [(0, wanted[0][1], good), (1, wanted[1][1], other), (2, wanted[2][1], good), (3, wanted[3][1], other)]
    assert save_verified(arrived, group) == [0, 3]
    assert (tmp_path / "sub" / "a").read_bytes() == good and (tmp_path / "d").read_bytes() == other
    assert sorted(os.listdir(tmp_path)) == ["d", "sub"]  # no temp file left, nothing else written
    # Now "a" is there with the listed size and checksum: skipped without a request.
    done, wanted = plan_local(root, group, skip_existing=True)
    assert done[0].value is False and [i for i, _ in wanted] == [1, 2, 3]


def test_a_file_that_cannot_be_written_is_left_for_its_own_request(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()  # a folder where the file should go
    group = [DownloadItem("x", "x", 1, ""), DownloadItem("y", "y", 1, "")]
    assert save_verified([(0, str(tmp_path / "x"), b"1"), (1, str(tmp_path / "y"), b"2")], group) == [1]
    assert (tmp_path / "x").is_dir() and [p.name for p in (tmp_path / "x").iterdir()] == []
