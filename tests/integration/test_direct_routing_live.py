"""Object GET/HEAD go straight to the owning target (HRW over the cluster map), skipping the
proxy's redirect, and fall back to the proxy whenever the target's answer is not a success."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from aisclient import Client, errors
from aisclient._core.hrw import HrwMap
from aisclient._core.net import origin

pytestmark = pytest.mark.cluster

NAMES = ["a", "dir/b c", "ünï/cødé", "q?x#y%z", "deep/" * 5 + "leaf"]


def _owner_origin(client: Client, bucket: str, name: str) -> str:
    smap = client._driver.view.hrw
    assert isinstance(smap, HrwMap)
    return origin(smap.target_for_object(bucket, name).direct_url)


def test_get_and_head_skip_the_proxy(client: Client, bucket: str, tmp_path: Path) -> None:
    src = tmp_path / "f"
    for i, name in enumerate(NAMES):
        src.write_bytes(name.encode() * (i + 1))
        client.put_object(bucket, name, str(src))
    proxy = origin(client.endpoint)
    for i, name in enumerate(NAMES):
        raw = client.with_raw_response.head_object(bucket, name)
        # Straight to the owner: no proxy markers (pid/utm) in the URL that answered.
        assert origin(raw.url) == _owner_origin(client, bucket, name) != proxy
        assert "pid=" not in raw.url
        assert raw.parse().props.size == len(name.encode()) * (i + 1)
        got = client.with_raw_response.get_object(bucket, name)
        assert origin(got.url) == _owner_origin(client, bucket, name)
        assert got.parse().read_all() == name.encode() * (i + 1)


def test_through_the_proxy_when_disabled(ais_endpoint: str, bucket: str, tmp_path: Path) -> None:
    src = tmp_path / "f"
    src.write_bytes(b"x")
    with Client(ais_endpoint, direct=False) as c:
        c.put_object(bucket, "o", str(src))
        raw = c.with_raw_response.get_object(bucket, "o")
        assert "pid=" in raw.url  # came via the proxy's 301
        assert raw.parse().read_all() == b"x"
        assert all("pid=" in u for u in [raw.url])  # the map is loaded (for failover), but not used to route


def test_errors_keep_the_proxy_semantics(client: Client, bucket: str) -> None:
    # A target answers 404 for objects it does not hold and 400 for unknown buckets; falling back
    # to the proxy yields the same typed errors as without direct routing.
    with pytest.raises(errors.ErrObjNotFound):
        client.head_object(bucket, "missing")
    with pytest.raises(errors.ErrObjNotFound):
        client.get_object(bucket, "missing")
    with pytest.raises(errors.ErrBckNotFound) as ei:
        client.head_object(bucket + "-nope", "x")
    assert ei.value.status_code == 404


def test_stale_map_is_detected_and_reloaded(client: Client, bucket: str, tmp_path: Path) -> None:
    src = tmp_path / "f"
    src.write_bytes(b"payload")
    client.put_object(bucket, "obj", str(src))
    client.head_object(bucket, "obj")
    real = client._driver.view.hrw
    assert isinstance(real, HrwMap) and len(real) == 2
    # Simulate a cluster change: a map in which the other target owns everything.
    owner = real.target_for_object(bucket, "obj")
    other = next(t for t in real.targets if t.daemon_id != owner.daemon_id)
    loads = client._driver.view.loads
    client._driver.views.update(lambda v: attrs.evolve(v, hrw=HrwMap([other]), last_attempt=float("-inf")))
    assert client.get_object(bucket, "obj").read_all() == b"payload"  # wrong target 404 -> proxy
    # The proxy's redirect disagreed with the map: a fresh one was loaded, once.
    assert client._driver.view.loads == loads + 1
    reloaded = client._driver.view.hrw
    assert isinstance(reloaded, HrwMap) and len(reloaded) == 2
    assert client.get_object(bucket, "obj").read_all() == b"payload"
    assert client._driver.view.loads == loads + 1
