"""`ais://` through fsspec: one bucket per test class, a filesystem object that bypasses fsspec's cache."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator

import pytest
from aisclient import Client
from aisclient.errors import AISError
from aisclient.fs import AISFileSystem


@pytest.fixture(scope="class")
def fs_bucket(ais_endpoint: str) -> Iterator[str]:
    name = f"fsspec-{uuid.uuid4().hex[:10]}"
    with Client(ais_endpoint) as c:
        c.create_bucket(name)
        try:
            yield name
        finally:
            with contextlib.suppress(AISError):
                c.destroy_bucket(name)


@pytest.fixture(scope="class")
def aisfs(ais_endpoint: str) -> Iterator[AISFileSystem]:
    fs = AISFileSystem(ais_endpoint, skip_instance_cache=True)
    try:
        yield fs
    finally:
        fs.close()
