"""Fixtures for live-cluster tests: a client, a fresh bucket per test, local files."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from aisclient import Client
from aisclient.errors import AISError


@pytest.fixture
def client(ais_endpoint: str) -> Iterator[Client]:
    with Client(ais_endpoint) as c:
        yield c


@pytest.fixture
def bucket(client: Client, unique_name: str) -> Iterator[str]:
    client.create_bucket(unique_name)
    try:
        yield unique_name
    finally:
        with contextlib.suppress(AISError):
            client.destroy_bucket(unique_name)


@pytest.fixture
def make_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(size: int, name: str = "f.bin") -> tuple[Path, bytes]:
        data = os.urandom(size)
        path = tmp_path / name
        path.write_bytes(data)
        return path, data

    return make


# A client whose requests can never reach a server: proves checks run before any I/O.
@pytest.fixture
def offline_client() -> Iterator[Client]:
    with Client("http://127.0.0.1:1") as c:
        yield c
