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
