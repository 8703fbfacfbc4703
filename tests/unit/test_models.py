from __future__ import annotations

import datetime as dt
import json
import pickle

import httpx
import pytest
from aisclient.headers import BucketHeader, Header, ObjectHeader
from aisclient.models import (
    Bck,
    BucketEntry,
    BucketProps,
    Namespace,
    ObjectProps,
    Smap,
    XactStatus,
    parse_custom_md,
    unix_ns_to_datetime,
)

# Captured from a live AIS 5.0 cluster (HEAD /v1/buckets/b1).
BPROPS = (
    '{"backend_bck":{"name":"","provider":"","namespace":{"uuid":"","name":""}},"write_policy":{"data":"immediate",'
    '"md":"immediate"},"provider":"ais","Renamed":"","checksum":{"type":"xxhash2","validate_cold_get":false,'
    '"validate_warm_get":false,"validate_obj_move":false,"enable_read_range":false},"extra":{"aws":{},"gcp":{},'
    '"oci":{}},"ec":{"compression":"never","bundle_multiplier":2,"burst_buffer":512,"objsize_limit":262144,'
    '"data_slices":2,"parity_slices":2,"enabled":false,"disk_only":false},"mirror":{"copies":2,"burst_buffer":512,'
    '"enabled":false},"lru":{"dont_evict_time":"2h0m","capacity_upd_time":"10m","batch_size":32768,"enabled":false},'
    '"access":"18446744073709551615","features":"0","bid":"9223372036854775809","created":"1795486697324284281",'
    '"versioning":{"enabled":true,"validate_warm_get":false,"synchronize":false}}'
)


def test_unix_ns() -> None:
    assert unix_ns_to_datetime("1795486933861864268") == dt.datetime(2026, 11, 24, 2, 22, 13, 861864, tzinfo=dt.UTC)
    assert unix_ns_to_datetime("0") is None
    assert unix_ns_to_datetime("") is None
    assert unix_ns_to_datetime("x") is None


def test_bck_roundtrip_and_str() -> None:
    doc = {"name": "b1", "provider": "ais", "namespace": {"uuid": "", "name": ""}}
    b = Bck.from_json(doc)
    assert b == Bck("b1")
    assert b.to_json() == doc
    assert str(b) == "ais://b1"
    assert str(Bck("x", "aws", Namespace("u", "n"))) == "aws://@u#n/x"
    assert Namespace().uname == "@#"
    assert hash(b) == hash(Bck("b1"))


def test_custom_md_string_parsing() -> None:
    assert parse_custom_md("[ETag:67c2 LastModified:2023-09-20T21:04:51Z k:v]") == {
        "ETag": "67c2",
        "LastModified": "2023-09-20T21:04:51Z",
        "k": "v",
    }
    assert parse_custom_md("") == {}
    assert parse_custom_md("[]") == {}
    assert parse_custom_md("[url:http://x:1/y]") == {"url": "http://x:1/y"}


def test_bucket_entry_from_json_and_msgpack_keys_agree() -> None:
    j = {
        "name": "a b/c.txt",
        "checksum": "26c7827d889f6da3",
        "atime": "24 Nov 26 02:22 UTC",
        "version": "1",
        "location": "t[X]:mp[/m]",
        "custom-md": "[k:v]",
        "size": "5",
        "copies": 1,
        "flags": 64,
        "future": 1,
    }
    m = {
        "n": "a b/c.txt",
        "cs": "26c7827d889f6da3",
        "a": "24 Nov 26 02:22 UTC",
        "v": "1",
        "t": "t[X]:mp[/m]",
        "m": "[k:v]",
        "s": 5,
        "c": 1,
        "f": 64,
        "future": 1,
    }
    a, b = BucketEntry.from_wire(j), BucketEntry.from_wire(m)
    assert a == b
    assert a.size == 5
    assert a.custom == {"k": "v"}
    assert a.is_cached and a.is_ok and not a.is_dir
    assert a.extra == {"future": 1}


def test_smap_parsing() -> None:
    node = {
        "public_net": {"node_ip_addr": "127.0.0.1", "daemon_port": "8080", "direct_url": "http://127.0.0.1:8080"},
        "daemon_type": "proxy",
        "daemon_id": "p1",
        "flags": 2,
        "id_digest": 18446744073709551615,
    }
    tnode = dict(
        node,
        daemon_type="target",
        daemon_id="t1",
        public_net={"node_ip_addr": "127.0.0.1", "daemon_port": "8081", "direct_url": "http://127.0.0.1:8081"},
    )
    smap = Smap.from_json(
        {
            "pmap": {"p1": node},
            "tmap": {"t1": tnode},
            "proxy_si": node,
            "uuid": "U",
            "creation_time": "x",
            "version": "7",
        }
    )
    assert smap.version == 7
    assert smap.primary.daemon_id == "p1"
    assert smap.tmap["t1"].is_target
    assert smap.pmap["p1"].id_digest == 2**64 - 1
    assert smap.node_urls() == ["http://127.0.0.1:8080", "http://127.0.0.1:8081"]


def test_xact_status() -> None:
    st = XactStatus.from_json(
        {"kind": "copy-bck", "uuid": "u", "err": "", "end_time": 1795486933861864268, "aborted": False}
    )
    assert st.finished
    assert st.end_datetime is not None and st.end_datetime.year == 2026
    running = XactStatus.from_json({"kind": "copy-bck", "uuid": "u", "end_time": 0})
    assert not running.finished and running.end_datetime is None


def test_object_props_from_head_headers() -> None:
    headers = httpx.Headers(
        [
            ("Content-Length", "5"),
            ("Ais-Checksum-Type", "xxhash2"),
            ("Ais-Checksum-Value", "26c7827d889f6da3"),
            ("Ais-Version", "1"),
            ("Ais-Atime", "1795486933861864268"),
            ("Ais-Custom-Md", "k1=v1"),
            ("Ais-Custom-Md", "k2=a,b=c"),
            ("Ais-Present", "true"),
            ("Ais-Name", "ais://b1/o"),
            ("Ais-Location", "t[X]:mp[/m]"),
            ("Ais-Mirror-Copies", "1"),
            ("Ais-Mirror-Paths", "[/a /b]"),
            ("ETag", '"abc"'),
        ]
    )
    p = ObjectProps.from_headers(headers)
    assert p.size == 5
    assert (p.checksum_type, p.checksum_value) == ("xxhash2", "26c7827d889f6da3")
    assert p.version == "1"
    assert p.atime is not None and p.atime.tzinfo is dt.UTC
    assert p.custom_md == {"k1": "v1", "k2": "a,b=c"}
    assert p.present is True
    assert p.mirror_copies == 1
    assert p.mirror_paths == ("/a", "/b")
    assert p.etag == "abc"
    assert p.location == "t[X]:mp[/m]"


def test_object_props_from_put_headers_have_no_size() -> None:
    p = ObjectProps.from_headers({"Ais-Checksum-Type": "xxhash2", "Ais-Version": "2"})
    assert p.size is None and p.version == "2" and p.present is None


def test_bucket_props() -> None:
    props = BucketProps.from_json(json.loads(BPROPS))
    assert props.provider == "ais"
    assert props.checksum_type == "xxhash2"
    assert props.versioning is True
    assert props.mirror.copies == 2 and not props.mirror.enabled
    assert props.ec.data_slices == 2
    assert props.access == 2**64 - 1
    assert props.bid == 9223372036854775809
    assert props.created is not None and props.created.year == 2026
    assert props.backend_bck is None
    assert props.raw["write_policy"]["data"] == "immediate"


def test_bucket_props_backend() -> None:
    doc = json.loads(BPROPS)
    doc["backend_bck"] = {"name": "cloud", "provider": "aws", "namespace": {"uuid": "", "name": ""}}
    assert BucketProps.from_json(doc).backend_bck == Bck("cloud", "aws")


def test_header_is_case_insensitive_multimap_with_typed_props() -> None:
    h = ObjectHeader([("Ais-Version", "3"), ("Ais-Custom-Md", "a=1"), ("Ais-Custom-Md", "b=2")])
    assert h["ais-version"] == "3"
    assert h["AIS-CUSTOM-MD"] == "a=1, b=2"
    assert h.get_list("ais-custom-md") == ["a=1", "b=2"]
    assert "AIS-VERSION" in h and "nope" not in h
    assert len(h) == 2 and list(h) == ["Ais-Version", "Ais-Custom-Md"]
    assert h.props.version == "3"
    assert h.props.custom_md == {"a": "1", "b": "2"}
    with pytest.raises(KeyError):
        h["missing"]
    back = pickle.loads(pickle.dumps(h))
    assert back == h and isinstance(back, ObjectHeader)


def test_bucket_header_props() -> None:
    h = BucketHeader.from_httpx(httpx.Headers({"Ais-Bucket-Props": BPROPS}))
    assert isinstance(h, BucketHeader)
    assert h.props.checksum_type == "xxhash2"
    assert json.loads(h["ais-bucket-props"])["provider"] == "ais"
    assert BucketHeader({}).props == BucketProps()


def test_header_from_plain_dict() -> None:
    assert Header({"A": "1"})["a"] == "1"


def test_models_pickle() -> None:
    from aisclient.models import BucketList, NetInfo, Snode

    values = [
        Bck("b", "aws", Namespace("u", "n")),
        BucketList((BucketEntry("o", 1, custom={"k": "v"}),), "U", "tok", 0),
        Smap({"t": Snode("t", "target", NetInfo("1", "2", "u"))}, {}, Snode("p", "proxy")),
        XactStatus("k", "u", "", 5, False, False),
        ObjectProps(size=1, custom_md={"a": "b"}),
        BucketProps.from_json(json.loads(BPROPS)),
    ]
    for v in values:
        assert pickle.loads(pickle.dumps(v)) == v


def test_header_view_shares_the_parse_and_types_it() -> None:
    from aisclient.headers import Header, ObjectHeader

    raw = Header([("Ais-Version", "3"), ("Ais-Custom-Md", "a=1"), ("Ais-Custom-Md", "b=2"), ("Content-Length", "5")])
    view = raw.view_as(ObjectHeader)
    assert type(view) is ObjectHeader and view._index is raw._index  # nothing re-parsed
    assert view["ais-version"] == "3" and view.get_list("AIS-CUSTOM-MD") == ["a=1", "b=2"]
    assert view.props.version == "3" and view.props.size == 5 and view.props.custom_md == {"a": "1", "b": "2"}
