from __future__ import annotations

import time

import pytest
from aisclient import NO_RETRY, Client
from aisclient.errors import AISConnectionError

pytestmark = pytest.mark.cluster


def test_is_aistore_running(client: Client) -> None:
    assert client.is_aistore_running() is True


def test_is_aistore_running_false_without_raising_when_unreachable() -> None:
    t0 = time.monotonic()
    with Client("http://127.0.0.1:1") as c:
        assert c.is_aistore_running() is False
    assert time.monotonic() - t0 < 5


def test_connection_error_names_endpoint() -> None:
    with Client("http://127.0.0.1:1", retry=NO_RETRY) as c, pytest.raises(AISConnectionError) as ei:
        c.list_buckets()
    assert ei.value.endpoint == "http://127.0.0.1:1"
    assert "127.0.0.1:1" in str(ei.value)


def test_get_cluster_info(client: Client, ais_endpoint: str) -> None:
    smap = client.get_cluster_info()
    assert len(smap.tmap) == 2
    assert smap.primary.is_proxy
    assert smap.primary.daemon_id in smap.pmap
    assert all(t.is_target for t in smap.tmap.values())
    assert smap.version > 0 and smap.uuid
    assert ais_endpoint in smap.node_urls()
    for t in smap.tmap.values():
        assert t.public_net.direct_url.startswith("http://127.0.0.1:")


def test_endpoint_from_env(monkeypatch: pytest.MonkeyPatch, ais_endpoint: str) -> None:
    monkeypatch.setenv("AIS_ENDPOINT", ais_endpoint)
    with Client() as c:
        assert c.endpoint == ais_endpoint
        assert c.is_aistore_running()


def test_no_endpoint_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AIS_ENDPOINT", raising=False)
    with pytest.raises(ValueError, match="AIS_ENDPOINT"):
        Client()


def test_with_raw_response(client: Client, unique_name: str) -> None:
    raw = client.with_raw_response.create_bucket(unique_name)
    try:
        assert raw.status_code == 200 and raw.parse() is None
        head = client.with_raw_response.head_bucket(unique_name)
        assert head.status_code == 200
        assert "ais-bucket-props" in head.headers
        assert head.parse().props.provider == "ais"
        lst = client.with_raw_response.list_objects(unique_name)
        assert lst.headers["content-type"] == "application/msgpack"
        with pytest.raises(TypeError):
            client.with_raw_response.list_objects_iter(unique_name)
    finally:
        client.destroy_bucket(unique_name)
