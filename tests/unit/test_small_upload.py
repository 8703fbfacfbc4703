"""Reading a small upload whole (`read_small_upload`): exactly the file as measured, or
`LocalFileChanged` when it shrank, grew or was rewritten since."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from aisclient._core.driver import read_small_upload
from aisclient._core.protocol import Upload
from aisclient.errors import LocalFileChanged


def measured(path: Path) -> Upload:
    st = path.stat()
    return Upload(str(path), st.st_size, st.st_mtime_ns)


@pytest.mark.parametrize("size", [0, 1, 4096, 70_000])
def test_the_bytes_as_measured(tmp_path: Path, size: int) -> None:
    f = tmp_path / "f"
    f.write_bytes(os.urandom(size))
    assert read_small_upload(measured(f)) == f.read_bytes()


def test_a_file_that_shrank_grew_or_was_rewritten_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_bytes(b"x" * 100)
    up = measured(f)
    f.write_bytes(b"x" * 60)
    with pytest.raises(LocalFileChanged, match="shrank: ended 40 bytes short of 100"):
        read_small_upload(up)
    f.write_bytes(b"x" * 150)
    with pytest.raises(LocalFileChanged, match="grew past 100 bytes"):
        read_small_upload(up)
    f.write_bytes(b"y" * 100)
    os.utime(f, ns=(up.mtime_ns + 10**9, up.mtime_ns + 10**9))
    with pytest.raises(LocalFileChanged, match="modified while it was uploaded"):
        read_small_upload(up)
