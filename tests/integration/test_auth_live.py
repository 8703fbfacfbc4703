"""The bearer token goes to the cluster's own nodes (proxy and targets) and never shows in reprs.

That it is withheld from hosts outside the cluster map is unit-tested in tests/unit/test_driver_core.py.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from aisclient import NO_RETRY, Client
from aisclient.errors import AISConnectionError

pytestmark = pytest.mark.cluster

TOKEN = "s3cr3t-token-value"


def test_token_sent_to_proxy_and_targets_only(ais_endpoint: str, unique_name: str, tmp_path: Path) -> None:
    seen: list[tuple[str, str | None]] = []

    def record(request: httpx.Request) -> None:
        seen.append((f"{request.url.host}:{request.url.port}", request.headers.get("Authorization")))

    http = httpx.Client(event_hooks={"request": [record]}, timeout=30)
    c = Client(ais_endpoint, token=TOKEN, http_client=http)
    assert TOKEN not in repr(c) and TOKEN not in repr(c._driver)
    f = tmp_path / "f"
    f.write_bytes(b"abc")
    c.create_bucket(unique_name)
    try:
        c.put_object(unique_name, "o", f)
        assert c.get_object(unique_name, "o").read_all() == b"abc"
    finally:
        c.destroy_bucket(unique_name)
        http.close()
    proxy = httpx.URL(ais_endpoint)
    hosts = {h for h, _ in seen}
    assert f"{proxy.host}:{proxy.port}" in hosts
    assert len(hosts) >= 2  # redirected to at least one target
    assert all(auth == f"Bearer {TOKEN}" for _, auth in seen)


def test_env_token(monkeypatch: pytest.MonkeyPatch, ais_endpoint: str) -> None:
    monkeypatch.setenv("AIS_AUTHN_TOKEN", TOKEN)
    with Client(ais_endpoint) as c:
        assert c._driver._token is not None
        assert TOKEN not in repr(c._driver._token)
        assert c.is_aistore_running()


def test_unreachable_with_token_still_clean_error() -> None:
    with Client("http://127.0.0.1:1", token=TOKEN, retry=NO_RETRY) as c, pytest.raises(AISConnectionError) as ei:
        c.list_buckets()
    assert TOKEN not in str(ei.value)
