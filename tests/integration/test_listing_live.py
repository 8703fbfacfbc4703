from __future__ import annotations

from pathlib import Path

import pytest
from aisclient import BucketList, Client

pytestmark = pytest.mark.cluster


@pytest.fixture
def filled(client: Client, bucket: str, tmp_path: Path) -> str:
    for i in range(25):
        p = tmp_path / f"f{i}"
        p.write_bytes(b"x" * i)
        client.put_object(bucket, f"{'even' if i % 2 == 0 else 'odd'}/obj{i:03d}", p)
    return bucket


def test_pages_chain_by_token(client: Client, filled: str) -> None:
    first = client.list_objects(filled, page_size=10)
    assert isinstance(first, BucketList)
    assert len(first.entries) == 10 and first.continuation_token and first.uuid
    names = [e.name for e in first.entries]
    page = first
    while page.continuation_token:
        page = client.list_objects(filled, page_size=10, uuid=page.uuid, continuation_token=page.continuation_token)
        names += [e.name for e in page.entries]
    assert len(names) == 25 and len(set(names)) == 25


def test_default_props_are_name_and_size(client: Client, filled: str) -> None:
    entries = {e.name: e for e in client.list_all_objects(filled)}
    assert entries["odd/obj007"].size == 7
    assert entries["even/obj000"].size == 0
    assert all(e.checksum == "" for e in entries.values())


def test_requested_props_are_returned(client: Client, filled: str) -> None:
    entries = client.list_all_objects(filled, props="name,size,checksum,atime,version")
    assert all(e.checksum and e.version == "1" and e.atime for e in entries)


def test_prefix(client: Client, filled: str) -> None:
    names = [e.name for e in client.list_all_objects(filled, prefix="odd/")]
    assert len(names) == 12 and all(n.startswith("odd/") for n in names)


def test_iter_is_lazy_and_complete(client: Client, filled: str) -> None:
    lister = client.list_objects_iter(filled, page_size=7)
    pages = list(lister.pages())
    assert [len(p.entries) for p in pages] == [7, 7, 7, 4]
    assert sorted(e.name for e in client.list_objects_iter(filled, page_size=7)) == sorted(
        e.name for p in pages for e in p.entries
    )
    it = iter(client.list_objects_iter(filled, page_size=5))
    assert next(it).name  # only the first page has been fetched here


def test_empty_bucket(client: Client, bucket: str) -> None:
    assert client.list_all_objects(bucket) == []
    page = client.list_objects(bucket)
    assert page.entries == () and page.is_last_page


def test_negative_page_size_rejected(client: Client, bucket: str) -> None:
    with pytest.raises(ValueError):
        client.list_objects(bucket, page_size=-1)


def test_one_level_listing_with_no_recursion(client: Client, filled: str) -> None:
    from aisclient import ListFlag

    top = client.list_all_objects(filled, flags=ListFlag.NO_RECURSION)
    assert [(e.name, e.is_dir) for e in top] == [("even/", True), ("odd/", True)]
    inside = client.list_all_objects(filled, prefix="odd/", flags=ListFlag.NO_RECURSION)
    assert [e.name for e in inside] == [f"odd/obj{i:03d}" for i in range(1, 25, 2)]
    assert not any(e.is_dir for e in inside)
    names_only = client.list_all_objects(filled, prefix="even/", flags=ListFlag.NAME_ONLY)
    assert len(names_only) == 13 and all(e.size == 0 for e in names_only)  # no sizes asked for


def test_start_after_splits_one_listing(client: Client, filled: str) -> None:
    every = [e.name for e in client.list_all_objects(filled)]
    half = every[len(every) // 2]
    rest = [e.name for e in client.list_all_objects(filled, start_after=half, page_size=4)]  # over several pages
    assert rest == every[len(every) // 2 + 1 :]
    assert [e.name for e in client.bucket(filled).list_all_objects(start_after=half)] == rest


def test_listing_options_checked_before_any_request(offline_client: Client) -> None:
    from aisclient import ListFlag
    from aisclient.errors import InvalidArgument

    with pytest.raises(InvalidArgument, match="flags"):
        offline_client.list_objects("b", flags=1024)  # a bit AIS reserves: it would be ignored silently
    with pytest.raises(InvalidArgument, match="flags"):
        offline_client.list_objects("b", flags=-1)
    with pytest.raises(TypeError, match="flags"):
        offline_client.list_objects("b", flags="2048")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="start_after"):
        offline_client.list_objects("b", "aws", start_after="x")
    with pytest.raises(InvalidArgument, match="target"):
        offline_client.list_objects("b", target="t[bad id]")
    with pytest.raises(InvalidArgument, match="flags"):
        list(offline_client.list_objects_iter("b", flags=ListFlag.NO_RECURSION | 1 << 20))


def test_head_of_an_empty_object_reports_size_zero(client: Client, bucket: str) -> None:
    client.put_content(bucket, "empty", b"")
    head = client.head_object(bucket, "empty")
    assert "Content-Length" not in head  # AIS sends the size only when it is above 0
    assert head.props.size == 0
    client.put_content(bucket, "one", b"1")
    assert client.head_object(bucket, "one").props.size == 1
