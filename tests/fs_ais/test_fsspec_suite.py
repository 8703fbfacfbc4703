"""fsspec's own test suite (`fsspec.tests.abstract`: copy, get, put, open, pipe) run on `ais://`.

These are the tests fsspec ships for implementers (s3fs, gcsfs and adlfs run them too); each class
below runs all of one group against the live cluster. Object stores have no empty directories, so
`supports_empty_directories` is False, as for s3fs.
"""

from __future__ import annotations

import fsspec.tests.abstract as abstract  # type: ignore[import-untyped]
import pytest
from aisclient.fs import AISFileSystem


class AISFixtures(abstract.AbstractFixtures):  # type: ignore[misc]
    @pytest.fixture
    def fs(self, aisfs: AISFileSystem) -> AISFileSystem:
        return aisfs

    @pytest.fixture
    def fs_path(self, fs_bucket: str) -> str:
        return fs_bucket

    @pytest.fixture
    def supports_empty_directories(self) -> bool:
        return False


class TestAISCopy(abstract.AbstractCopyTests, AISFixtures):  # type: ignore[misc]
    pass


class TestAISGet(abstract.AbstractGetTests, AISFixtures):  # type: ignore[misc]
    pass


class TestAISPut(abstract.AbstractPutTests, AISFixtures):  # type: ignore[misc]
    pass


class TestAISOpen(abstract.AbstractOpenTests, AISFixtures):  # type: ignore[misc]
    pass


class TestAISPipe(abstract.AbstractPipeTests, AISFixtures):  # type: ignore[misc]
    pass
