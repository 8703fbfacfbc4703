"""Download, dSort and Get-Batch for real, each answer checked against the spec with the suite's five
checks: a range download from the loopback-free file server of rules_jobs.py into a run bucket, then
the objects read back; a dSort of the run's TAR shards into a sorted output bucket, its output shard
read and compared; a Get-Batch of 3 seed objects, as multipart (metadata + archive) and as a streamed
TAR, and across buckets. Every bucket is named under the run's prefix (the `contract` fixture
destroys them); the jobs are aborted/removed here.
"""

from __future__ import annotations

import email.parser
import email.policy
import io
import json
import tarfile
import time
from typing import Any

import aiscontract as ac
import pytest
import requests
import rules_jobs as rj

pytestmark = pytest.mark.cluster

SCHEMA = ac.load_schema()


def call(endpoint: str, path: str, method: str, follow: bool = False, **kw: Any) -> Any:
    """Send one explicit case of the operation and check the answer (and a redirect's target's) against the spec."""
    return ac.call_operation(SCHEMA[path][method], endpoint, follow=follow, **kw)


def wait_download(endpoint: str, job: str, timeout: float = 60) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        r = call(endpoint, "/v1/download", "GET", body={"id": job})
        assert r.status_code == 200, r.text
        status = json.loads(r.text)
        if not str(status.get("finished_time", "1970-")).startswith(("1970-", "0001-")):  # running: Unix time 0
            return status
        assert time.monotonic() < deadline, f"download {job} did not finish: {status}"
        time.sleep(0.5)


def get_object(endpoint: str, bucket: str, name: str) -> bytes:
    r = requests.get(f"{endpoint}/v1/objects/{bucket}/{name}", timeout=30)
    assert r.status_code == 200, r.text
    return r.content


@pytest.mark.skipif(not ac.DESTRUCTIVE, reason="starts jobs; destructive runs only")
def test_download_range_then_get(contract: ac.Context) -> None:
    base = rj.start_file_server()
    host = base.split("//", 1)[1].rsplit(":", 1)[0]
    # loud, not a skip: without an address the downloader dials, the download forms are untested
    assert rj.egress_allowed(host), f"this host's only address {host} is one the AIS downloader refuses to dial"
    bucket = ac.RUN_PREFIX + "dl-explicit"
    body = {
        "type": "range",
        "bucket": {"name": bucket, "provider": "ais"},
        "template": f"{base}/f-{{0..2}}.txt",
        "subdir": "d",
    }
    r = call(contract.endpoint, "/v1/download", "POST", body=body)
    assert r.status_code == 200, r.text
    job = r.json()["id"]
    ac.CTX.created.add(("ais", "@#", bucket))  # a download creates its ais bucket
    status = wait_download(contract.endpoint, job)
    assert status["finished_cnt"] == 3 and status["error_cnt"] == 0, status
    for name, data in rj.FILES.items():
        assert get_object(contract.endpoint, bucket, f"d/{name}") == data
    listed = call(contract.endpoint, "/v1/download", "GET", body={"regex": bucket})  # on descriptions
    assert [j["id"] for j in json.loads(listed.text)] == [job]
    assert call(contract.endpoint, "/v1/download/remove", "DELETE", body={"id": job}).status_code == 200
    assert call(contract.endpoint, "/v1/download/remove", "DELETE", body={"id": job}).status_code == 404


@pytest.mark.skipif(not ac.DESTRUCTIVE, reason="starts jobs; destructive runs only")
def test_dsort_sorts_shards(contract: ac.Context) -> None:
    out = ac.RUN_PREFIX + "dsort-explicit"
    spec = {
        "input_bck": {"name": rj.DSORT_SRC, "provider": "ais"},
        "input_format": {"template": "shard-{0..2}.tar"},
        "input_extension": ".tar",
        "output_format": "sorted-{0..9}",
        "output_shard_size": "1MiB",
        "output_bck": {"name": out, "provider": "ais"},
        "algorithm": {"kind": "alphanumeric"},
        "dsorter_type": "dsort_general",
    }
    r = call(contract.endpoint, "/v1/sort", "POST", body=spec)
    assert r.status_code == 200, r.text
    job = r.text.strip()
    ac.CTX.created.add(("ais", "@#", out))
    deadline = time.monotonic() + 60
    while True:
        m = call(contract.endpoint, "/v1/sort", "GET", query={"uuid": job})
        assert m.status_code == 200, m.text
        per_target = json.loads(m.text)
        if per_target and all(j.get("archived") for j in per_target.values()):
            break
        assert time.monotonic() < deadline, per_target
        time.sleep(0.5)
    assert not any(j.get("aborted") for j in per_target.values()), per_target
    with tarfile.open(fileobj=io.BytesIO(get_object(contract.endpoint, out, "sorted-0.tar"))) as tar:
        names = tar.getnames()
    expected = sorted(name for records in rj.DSORT_SHARDS.values() for name, _ in records)
    assert names == expected
    listed = json.loads(call(contract.endpoint, "/v1/sort", "GET").text)
    assert job in [j["id"] for j in listed]
    assert call(contract.endpoint, "/v1/sort", "DELETE", query={"uuid": job}).status_code == 200
    assert call(contract.endpoint, "/v1/sort", "DELETE", query={"uuid": job}).status_code == 404


def ctype(response: Any) -> str:
    """Content-Type of a schemathesis response (headers: lower-case name -> list of values)."""
    return str((response.headers.get("content-type") or [""])[0])


def _multipart(response: Any) -> tuple[dict[str, Any], bytes]:
    head = f"Content-Type: {ctype(response)}\r\n\r\n".encode()
    msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + response.content)
    parts = {p.get_param("name", header="content-disposition"): p.get_payload(decode=True) for p in msg.iter_parts()}
    return json.loads(parts["metadata"]), parts["archive"]


@pytest.mark.skipif(not ac.DESTRUCTIVE, reason="needs the run's seed bucket")
def test_get_batch_of_three(contract: ac.Context) -> None:
    names = sorted(n for n in ac.SEED_OBJECTS if ac.SEED_OBJECTS[n])[:3]
    body = {"in": [{"objname": n} for n in names]}
    r = call(
        contract.endpoint,
        "/v1/ml/moss/{bucket}",
        "GET",
        follow=True,
        path_parameters={"bucket": ac.SEED_BUCKET},
        body=body,
    )
    assert r.status_code == 200 and ctype(r).startswith("multipart/mixed"), (r.status_code, r.headers, r.content[:300])
    meta, archive = _multipart(r)
    assert [o["objname"] for o in meta["out"]] == names and not any(o.get("err_msg") for o in meta["out"])
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        got = {m.name: tar.extractfile(m).read() for m in tar.getmembers()}
    assert got == {f"{ac.SEED_BUCKET}/{n}": ac.SEED_OBJECTS[n] for n in names}

    streamed = call(
        contract.endpoint,
        "/v1/ml/moss",
        "GET",
        follow=True,
        body={"in": [{"objname": n, "bucket": ac.SEED_BUCKET} for n in names], "strm": True, "onob": True},
    )
    assert streamed.status_code == 200 and ctype(streamed) == "application/x-tar"
    with tarfile.open(fileobj=io.BytesIO(streamed.content)) as tar:
        assert [(m.name, tar.extractfile(m).read()) for m in tar.getmembers()] == [
            (n, ac.SEED_OBJECTS[n]) for n in names
        ]


@pytest.mark.skipif(not ac.DESTRUCTIVE, reason="archives the run's seed objects")
def test_archive_then_list_archive_then_get_archpath(contract: ac.Context) -> None:
    """archive (a job) -> the archive appears -> list it with its files (arch-dir) -> read one file by archpath."""
    ep, dst, archname = contract.endpoint, ac.RUN_PREFIX + "arch-explicit", "a/seed.tar"
    names = sorted(ac.SEED_OBJECTS)
    ac.create_bucket(ep, dst)
    with contract.lock:
        contract.created.add(("ais", "@#", dst))
    body = {
        "action": "archive",
        "value": {"objnames": names, "tobck": {"name": dst, "provider": "ais"}, "archname": archname},
    }
    r = call(ep, "/v1/buckets/{bucket}", "PUT", path_parameters={"bucket": ac.SEED_BUCKET}, body=body)
    assert r.status_code == 200 and r.text, r.text
    deadline = time.monotonic() + 30
    while requests.head(f"{ep}/v1/objects/{dst}/{archname}", allow_redirects=True, timeout=10).status_code != 200:
        assert time.monotonic() < deadline, "the archive never appeared"
        time.sleep(0.2)
    listing = {"action": "list", "value": {"props": "name,size", "flags": "8"}}  # 8: arch-dir, list the files too
    r = call(ep, "/v1/buckets/{bucket}", "GET", path_parameters={"bucket": dst}, body=listing)
    assert r.status_code == 200, r.text
    listed = {e["name"]: int(e.get("size") or 0) for e in r.json()["entries"]}
    assert {f"{archname}/{n}": len(ac.SEED_OBJECTS[n]) for n in names}.items() <= listed.items(), listed
    member = names[1]
    r = call(
        ep,
        "/v1/objects/{bucket}/{object}",
        "GET",
        follow=True,
        path_parameters={"bucket": dst, "object": archname},
        query={"archpath": member},
    )
    assert r.status_code == 200 and r.content == ac.SEED_OBJECTS[member], (r.status_code, r.content[:200])
