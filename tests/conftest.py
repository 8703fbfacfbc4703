"""Session-wide live AIS cluster.

`AIS_ENDPOINT` set: use that cluster. Otherwise start the project's own local cluster
(scripts/cluster.py: pinned aisnode, 1 proxy + 2 targets on loopback) once per session.
A cluster that cannot start fails the tests that need it; nothing is skipped.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

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
