from __future__ import annotations

import json

import msgpack
import pytest
from aisclient import BucketLister
from aisclient.errors import InvalidResponse
from aisclient.listing import LIST_OBJECTS_PAGINATOR, decode_lso, lso_msg
from aisclient.models import BucketList


def test_lso_msg_wire_keys() -> None:
    msg = lso_msg(prefix="p/", page_size=10, uuid="u", continuation_token="t", flags=5)
    assert msg == {
        "uuid": "u",
        "props": "name,size",
        "prefix": "p/",
        "continuation_token": "t",
        "flags": "5",
        "pagesize": 10,
    }
    assert lso_msg(props="name,checksum")["props"] == "name,checksum"
    with pytest.raises(ValueError):
        lso_msg(page_size=-1)


def test_decode_json_page() -> None:
    body = (
        b'{"uuid":"i4oojQEMb","continuation_token":"","entries":[{"name":"a b/c.txt","checksum":"26c7",'
        b'"atime":"24 Nov 26 02:22 UTC","version":"1","size":"5","copies":1,"flags":64}],"flags":0}'
    )
    page = decode_lso(body, "application/json; charset=utf-8")
    assert page.uuid == "i4oojQEMb"
    assert page.is_last_page
    assert page.entries[0].name == "a b/c.txt" and page.entries[0].size == 5


def test_decode_json_null_entries() -> None:
    page = decode_lso(b'{"uuid":"u","continuation_token":"","entries":null,"flags":0}', "application/json")
    assert page.entries == ()
    assert decode_lso(b"null", "application/json") == BucketList()
    assert decode_lso(b"", "application/json") == BucketList()


def test_decode_msgpack_page_keeps_custom_md() -> None:
    doc = {
        "UUID": "U",
        "ContinuationToken": "tok",
        "Flags": 0,
        "Entries": [{"n": "o1", "s": 7, "cs": "ab", "m": "[ETag:x k:v]", "f": 64}],
    }
    page = decode_lso(msgpack.packb(doc), "application/msgpack")
    assert page.uuid == "U" and page.continuation_token == "tok" and not page.is_last_page
    e = page.entries[0]
    assert (e.name, e.size, e.checksum) == ("o1", 7, "ab")
    assert e.custom == {"ETag": "x", "k": "v"}


def test_unlabelled_msgpack_is_detected() -> None:
    doc = {"UUID": "U", "ContinuationToken": "", "Entries": [{"n": "o"}], "Flags": 0}
    assert decode_lso(msgpack.packb(doc), "").entries[0].name == "o"


def test_non_object_payload_rejected() -> None:
    with pytest.raises(InvalidResponse):
        decode_lso(json.dumps([1, 2]).encode(), "application/json")


def test_garbled_pages_are_a_typed_error() -> None:
    for body, ctype in [(b"\xc1\xc1\xc1", "application/msgpack"), (b'{"uuid": ', "application/json"), (b"\xff", "")]:
        with pytest.raises(InvalidResponse):
            decode_lso(body, ctype)


def test_repeated_continuation_token_stops_the_pager() -> None:
    page = decode_lso(b'{"uuid":"U","continuation_token":"c1","entries":[{"name":"a"}],"flags":0}', "application/json")
    with pytest.raises(InvalidResponse):
        LIST_OBJECTS_PAGINATOR.next_args(page, {"uuid": "U", "continuation_token": "c1"})
    fetched: list[dict[str, str]] = []

    def fetch(**args: str) -> object:
        fetched.append(args)
        return page  # a server that keeps answering with the same token

    with pytest.raises(InvalidResponse):
        list(BucketLister(fetch))  # type: ignore[arg-type]
    assert len(fetched) == 2  # noticed on the second page, not after an endless loop


def test_paginator_spec() -> None:
    p1 = decode_lso(b'{"uuid":"U","continuation_token":"c1","entries":[{"name":"a"}],"flags":0}', "application/json")
    p2 = decode_lso(b'{"uuid":"U","continuation_token":"","entries":[{"name":"b"}],"flags":0}', "application/json")
    assert LIST_OBJECTS_PAGINATOR.next_args(p1) == {"uuid": "U", "continuation_token": "c1"}
    assert LIST_OBJECTS_PAGINATOR.next_args(p2) is None
    assert [e.name for e in LIST_OBJECTS_PAGINATOR.items(p1)] == ["a"]
