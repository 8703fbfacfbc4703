"""Session-wide live AIS cluster.

`AIS_ENDPOINT` set: use that cluster. Otherwise start the project's own local cluster
(scripts/cluster.py: pinned aisnode, 1 proxy + 2 targets on loopback) once per session.
A cluster that cannot start fails the tests that need it; nothing is skipped.
"""

from __future__ import annotations

import os
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from cluster import LocalCluster  # noqa: E402


@pytest.fixture(scope="session")
def ais_endpoint() -> Iterator[str]:
    """Base URL of a live AIS gateway."""
    existing = os.environ.get("AIS_ENDPOINT")
    if existing:
        yield existing.rstrip("/")
        return
    cluster = LocalCluster()
    try:
        cluster.start()
    except Exception as e:  # any startup failure becomes a loud test failure carrying the node logs
        pytest.fail(f"could not start the local AIS cluster: {e}", pytrace=False)
    try:
        yield cluster.endpoint
    finally:
        cluster.stop()


@pytest.fixture
def unique_name() -> str:
    """A bucket-safe name unique to one test."""
    return f"t-{uuid.uuid4().hex[:12]}"


@dataclass(frozen=True)
class RemoteAIS:
    """A second local cluster attached to the session cluster as a remote AIS backend.

    Its buckets are reached through the session cluster as `ais://@<uuid>/<bucket>`: `namespace` is
    "@<uuid>". (The alias form `@<alias>` works for bucket calls at the proxy, but on v1.5.0 a target
    answers an object GET of `ais://@<alias>/...` with ErrRemoteBckNotFound; the uuid form works
    everywhere, and is what AIS itself lists.)
    """

    alias: str
    uuid: str
    endpoint: str  # the remote cluster's own gateway: write there to change the "remote" data

    @property
    def namespace(self) -> str:
        return f"@{self.uuid}"


@pytest.fixture(scope="session")
def remote_ais(ais_endpoint: str) -> Iterator[RemoteAIS]:
    """Start a 1 proxy + 1 target cluster and attach it to the session cluster; detach and stop at the end.

    With `AIS_ENDPOINT`, that cluster must reach this machine's loopback (a cluster on this host); if it
    cannot attach, the tests that need a remote fail, loudly.
    """
    remote = LocalCluster(n_proxies=1, n_targets=1)
    try:
        remote.start()
    except Exception as e:
        pytest.fail(f"could not start the remote AIS cluster: {e}", pytrace=False)
    alias = f"rt{uuid.uuid4().hex[:6]}"
    try:
        hdrs = {"Ais-Remote-Ais-Alias": alias, "Ais-Remote-Ais-Url": remote.endpoint}
        r = httpx.put(f"{ais_endpoint}/v1/cluster/attach", params={"what": "remote"}, headers=hdrs, timeout=30)
        if r.status_code != 200:
            pytest.fail(f"attach of the remote cluster failed: {r.status_code} {r.text}", pytrace=False)
        remote_uuid = ""
        deadline = time.monotonic() + 30
        while not remote_uuid and time.monotonic() < deadline:
            r = httpx.get(f"{ais_endpoint}/v1/cluster", params={"what": "remote"}, timeout=10)
            remote_uuid = next(
                (
                    a["uuid"]
                    for a in r.json().get("a") or []
                    if a["alias"] == alias and (a.get("smap") or {}).get("tmap")
                ),
                "",
            )
            time.sleep(0 if remote_uuid else 0.3)
        if not remote_uuid:
            pytest.fail(f"the attached remote cluster never showed as online: {r.text}", pytrace=False)
        yield RemoteAIS(alias=alias, uuid=remote_uuid, endpoint=remote.endpoint)
    finally:
        httpx.put(
            f"{ais_endpoint}/v1/cluster/detach",
            params={"what": "remote"},
            headers={"Ais-Remote-Ais-Alias": alias},
            timeout=30,
        )
        remote.stop()
