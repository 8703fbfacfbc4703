"""Reads of a remote bucket (a second AIS cluster attached as a backend): `latest`, blob downloads, live."""

from __future__ import annotations

import asyncio
import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from aisclient import AsyncClient, Client, errors

pytestmark = pytest.mark.cluster


@pytest.fixture
def remote(remote_ais, client: Client) -> Iterator[tuple[Client, str, str]]:  # type: ignore[no-untyped-def]
    """(a client of the remote cluster itself, a fresh bucket there, its namespace as the main cluster sees it)."""
    name = f"r-{uuid.uuid4().hex[:10]}"
    ns = remote_ais.namespace  # "@<uuid>": the remote cluster's global namespace
    with Client(remote_ais.endpoint) as rc:
        rc.create_bucket(name)
        try:
            yield rc, name, ns
        finally:
            with contextlib.suppress(errors.AISError):
                rc.destroy_bucket(name)


def _set_remote_versioning(remote_endpoint: str, bucket: str, enabled: bool) -> None:
    # Test setup on the remote cluster (the client has no bucket-props call yet).
    body = {"action": "set-bprops", "value": {"versioning": {"enabled": enabled}}}
    r = httpx.patch(f"{remote_endpoint}/v1/buckets/{bucket}", json=body, timeout=30)
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("versioning", [True, False], ids=["versioned", "unversioned"])
def test_latest_refetches_what_changed_on_the_remote(
    client: Client, remote, remote_ais, ais_endpoint: str, tmp_path: Path, versioning: bool
) -> None:  # type: ignore[no-untyped-def]
    rc, bck, ns = remote
    _set_remote_versioning(remote_ais.endpoint, bck, versioning)
    rc.put_content(bck, "o", b"version one")
    assert client.get_object(bck, "o", namespace=ns).read_all() == b"version one"  # now cached in the main cluster

    rc.put_content(bck, "o", b"version two, longer")  # changed on the remote directly
    assert client.get_object(bck, "o", namespace=ns).read_all() == b"version one"  # a plain GET: the cached copy
    with client.get_object(bck, "o", namespace=ns, latest=True) as stream:
        assert stream.read_all() == b"version two, longer"
        assert stream.props.size == len(b"version two, longer")
    assert client.get_object(bck, "o", namespace=ns).read_all() == b"version two, longer"  # the cache was refreshed

    rc.put_content(bck, "o", b"version three here!")  # same size: the checksum tells
    props = client.download_object(bck, "o", tmp_path / "o.txt", namespace=ns, latest=True)
    assert (tmp_path / "o.txt").read_bytes() == b"version three here!" and props.size == 19

    rc.put_content(bck, "o", b"version 4")

    async def main() -> bytes:
        async with AsyncClient(ais_endpoint) as c:
            obj = c.bucket(bck, namespace=ns).object("o")
            stale = await (await obj.get_reader()).read_all()
            assert stale == b"version three here!"
            return await (await obj.get_reader(latest=True)).read_all()

    assert asyncio.run(main()) == b"version 4"


def test_blob_download_job_caches_the_object(client: Client, remote, ais_endpoint: str) -> None:  # type: ignore[no-untyped-def]
    rc, bck, ns = remote
    data = os.urandom(3 << 20) + b"end"
    rc.put_content(bck, "big", data)
    rc.put_content(bck, "other", b"x")

    def cached() -> dict[str, bool]:
        page = client.list_objects(bck, props="name,size,cached", namespace=ns)
        return {e.name: e.is_cached for e in page.entries}

    assert cached() == {"big": False, "other": False}
    job = client.bucket(bck, namespace=ns).object("big").blob_download(chunk_size=256 << 10, workers=4)
    assert job
    assert client.wait_for_blob_download(job, timeout=60) == len(data)
    assert cached() == {"big": True, "other": False}
    with client.get_object(bck, "big", namespace=ns) as stream:
        assert stream.read_all() == data
        assert stream.props.size == len(data)

    rc.put_content(bck, "big2", data[::-1])

    async def main() -> None:
        async with AsyncClient(ais_endpoint) as c:
            job = await c.blob_download(bck, "big2", namespace=ns, workers=2)
            assert await c.wait_for_blob_download(job, timeout=60) == len(data)
            got = await (await c.get_object(bck, "big2", namespace=ns)).read_all()
            assert got == data[::-1]

    asyncio.run(main())
    assert cached()["big2"] is True


def test_get_with_blob_download_reads_and_caches(client: Client, remote, ais_endpoint: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rc, bck, ns = remote
    data = os.urandom(2 << 20) + b"!"
    rc.put_content(bck, "g", data)
    rc.put_content(bck, "h", data[::-1])
    with client.get_object(bck, "g", namespace=ns, blob_download=True, blob_chunk_size=512 << 10, blob_workers=3) as s:
        assert s.read_all() == data
        assert s.props.size == len(data)
    entries = {e.name: e for e in client.list_objects(bck, props="name,size,cached", namespace=ns).entries}
    assert entries["g"].is_cached and entries["g"].size == len(data)
    assert not entries["h"].is_cached
    props = client.download_object(bck, "h", tmp_path / "h.bin", namespace=ns, blob_download=True)
    assert (tmp_path / "h.bin").read_bytes() == data[::-1] and props.size == len(data)

    async def main() -> bytes:
        async with AsyncClient(ais_endpoint) as c:
            rc.put_content(bck, "i", b"async blob")
            return await (await c.get_object(bck, "i", namespace=ns, blob_download=True)).read_all()

    assert asyncio.run(main()) == b"async blob"


def test_remote_read_options_fail_before_any_request(offline_client: Client, tmp_path: Path) -> None:
    c = offline_client
    ns = "@KmtbeuaDg#"
    with pytest.raises(errors.InvalidArgument, match="latest"):
        c.get_object("local", "o", latest=True)  # a bucket of this cluster has no remote to ask
    with pytest.raises(errors.InvalidArgument, match="blob_download"):
        c.get_object("local", "o", blob_download=True)
    with pytest.raises(errors.InvalidArgument, match="bck_name"):
        c.blob_download("local", "o")
    with pytest.raises(errors.InvalidArgument, match="chunk_size"):
        c.blob_download("b", "o", namespace=ns, chunk_size=-1)
    with pytest.raises(errors.InvalidArgument, match="chunk_size"):
        c.blob_download("b", "o", "aws", chunk_size=1024)  # below 32 KiB
    with pytest.raises(errors.InvalidArgument, match="workers"):
        c.bucket("b", namespace=ns).object("o").blob_download(workers=-3)
    with pytest.raises(errors.InvalidArgument, match="workers"):
        c.blob_download("b", "o", "gcp", workers=129)
    with pytest.raises(errors.InvalidArgument, match="blob_chunk_size"):
        c.get_object("b", "o", namespace=ns, blob_chunk_size=1 << 20)  # without blob_download=True
    with pytest.raises(errors.InvalidArgument, match="blob_chunk_size"):
        c.get_object("b", "o", namespace=ns, blob_download=True, blob_chunk_size=64 << 20)
    with pytest.raises(errors.InvalidArgument, match="blob_download"):
        c.get_object("b", "o", namespace=ns, blob_download=True, byte_range="0-9")
    with pytest.raises(errors.InvalidArgumentType, match="latest"):
        c.get_object("b", "o", namespace=ns, latest="yes")  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidArgument, match="latest"):
        c.download_object("b", "o", tmp_path / "x", namespace=ns, latest=True, workers=4)
    with pytest.raises(errors.InvalidArgument, match="job_id"):
        c.wait_for_blob_download("")
    assert not list(tmp_path.iterdir())
