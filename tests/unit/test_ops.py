"""Operations driven offline: the exact requests they build and how they read answers."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import msgpack
import pytest
from aisclient import buckets, cluster, jobs, listing, objects
from aisclient._core.protocol import HashFile, Request, Response, run_offline
from aisclient.errors import InvalidBckProvider
from aisclient.headers import Header
from aisclient.models import Bck

# Every operation, from the resource module that declares it.
_ops = SimpleNamespace(
    **{name: getattr(mod, name) for mod in (buckets, cluster, jobs, listing, objects) for name in mod.__all__}
)


def capture(op, replies):  # type: ignore[no-untyped-def]
    sent: list[object] = []
    it = iter(replies)

    def respond(instr):  # type: ignore[no-untyped-def]
        sent.append(instr)
        return next(it)

    return run_offline(op, respond), sent


def ok(body: bytes = b"", headers: dict[str, str] | None = None, url: str = "") -> Response:
    return Response(200, Header(headers or {}), body, url)


def body_of(req: Request) -> object:
    assert req.content is not None
    return json.loads(req.content)


def test_list_buckets_null_means_empty() -> None:
    result, sent = capture(_ops.list_buckets(), [ok(b"null")])
    assert result == []
    req = sent[0]
    assert isinstance(req, Request) and (req.method, req.url) == ("GET", "/v1/buckets")
    assert dict(req.params) == {"provider": "ais"}
    _, sent = capture(_ops.list_buckets(""), [ok(b"[]")])
    assert dict(sent[0].params) == {}  # type: ignore[attr-defined]
    _, sent = capture(_ops.list_buckets("s3"), [ok(b"[]")])
    assert dict(sent[0].params) == {"provider": "aws"}  # type: ignore[attr-defined]


def test_create_and_destroy_bodies() -> None:
    _, sent = capture(_ops.create_bucket("b1"), [ok()])
    assert (sent[0].method, sent[0].url) == ("POST", "/v1/buckets/b1")  # type: ignore[attr-defined]
    assert body_of(sent[0])["action"] == "create-bck"  # type: ignore[arg-type, index]
    _, sent = capture(_ops.destroy_bucket("b1"), [ok()])
    assert sent[0].method == "DELETE" and body_of(sent[0]) == {"action": "destroy-bck"}  # type: ignore[arg-type, attr-defined]


def test_evict_ais_never_yields() -> None:
    with pytest.raises(InvalidBckProvider):
        next(_ops.evict_bucket("b1", "ais"))
    _, sent = capture(_ops.evict_bucket("b1", "gs", keep_md=False), [ok()])
    assert dict(sent[0].params) == {"provider": "gcp", "keep_bck_md": "false"}  # type: ignore[attr-defined]
    assert body_of(sent[0])["action"] == "evict-remote-bck"  # type: ignore[arg-type, index]


def test_copy_bucket_request_and_text_id() -> None:
    xid, sent = capture(_ops.copy_bucket("a", "b", prefix="p/", dry_run=True), [ok(b"xid123\n")])
    assert xid == "xid123"
    req = sent[0]
    assert dict(req.params)["bck_to"] == "ais/@#/b/"  # type: ignore[attr-defined]
    body = body_of(req)  # type: ignore[arg-type]
    assert body["action"] == "copy-bck"  # type: ignore[index]
    assert body["value"]["prefix"] == "p/" and body["value"]["dry_run"] is True  # type: ignore[index]


def test_list_objects_request_wire_format() -> None:
    page = {"UUID": "U", "ContinuationToken": "", "Entries": [{"n": "o", "s": 3}], "Flags": 0}
    result, sent = capture(
        _ops.list_objects("b", page_size=5, prefix="x/"),
        [ok(msgpack.packb(page), {"Content-Type": "application/msgpack"})],
    )
    assert result.entries[0].name == "o" and result.entries[0].size == 3
    req = sent[0]
    assert req.header("Accept") == "application/msgpack"  # type: ignore[attr-defined]
    body = body_of(req)  # type: ignore[arg-type]
    assert body["action"] == "list"  # type: ignore[index]
    assert body["value"] == {  # type: ignore[index]
        "uuid": "",
        "props": "name,size",
        "prefix": "x/",
        "continuation_token": "",
        "flags": "0",
        "pagesize": 5,
    }


def test_object_name_is_quoted_in_path() -> None:
    _, sent = capture(_ops.head_object("b", "a b/q?x#y%"), [ok()])
    assert sent[0].url == "/v1/objects/b/a%20b/q%3Fx%23y%25"  # type: ignore[attr-defined]


def test_put_object_two_steps(tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_bytes(b"hello")
    redirect = Response(
        307, Header({"Location": "http://t:2/v1/objects/b/o?pid=p&utm=u"}), b"", "http://p:1/v1/objects/b/o"
    )
    stored = ok(
        b"",
        {
            "Ais-Checksum-Type": "xxhash2",
            "Ais-Checksum-Value": "26c7827d889f6da3",
            "Ais-Version": "1",
            "Content-Length": "0",
        },
    )
    props, sent = capture(_ops.put_object("b", "o", f), ["26c7827d889f6da3", stored])
    assert redirect.status_code == 307  # the redirect is the driver's business now (test_driver_core)
    assert isinstance(sent[0], HashFile) and sent[0].upload.path == str(f) and sent[0].upload.size == 5
    put = sent[1]
    # One request: the driver sends it body-less to the proxy, then with the file to the redirect's target.
    assert put.body_after_redirect and put.idempotent and put.content is None  # type: ignore[attr-defined]
    assert put.upload.size == 5  # type: ignore[attr-defined]
    assert put.header("Ais-Checksum-Value") == "26c7827d889f6da3"  # type: ignore[attr-defined]
    assert props.size == 5 and props.version == "1" and props.name == "o"


def test_put_object_checks_file_first(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        next(_ops.put_object("b", "o", tmp_path / "nope"))
    with pytest.raises(IsADirectoryError):
        next(_ops.put_object("b", "o", tmp_path))


def test_xact_start_body() -> None:
    xid, sent = capture(_ops.xact_start("mirror", buckets=[Bck("b")]), [ok(b"x1")])
    assert xid == "x1"
    body = body_of(sent[0])  # type: ignore[arg-type]
    assert body["action"] == "start"  # type: ignore[index]
    assert body["value"]["Kind"] == "make-n-copies"  # type: ignore[index]
    assert body["value"]["Bck"]["name"] == "b"  # type: ignore[index]


def test_health_accepts_503_and_is_single_try() -> None:
    result, sent = capture(_ops.is_aistore_running(), [Response(503, Header(), b"")])
    assert result is False
    assert sent[0].retry is False and 503 in sent[0].accept  # type: ignore[attr-defined]
