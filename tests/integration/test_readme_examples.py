"""Every ```python block of README.md runs as written against the live cluster (AIS_ENDPOINT set)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCKS = re.findall(r"^```python\n(.*?)^```", README.read_text(), flags=re.S | re.M)


def test_readme_has_examples() -> None:
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_example_runs(code: str, ais_endpoint: str, tmp_path: Path) -> None:
    script = tmp_path / "example.py"
    script.write_text(code)
    env = {"AIS_ENDPOINT": ais_endpoint, "PATH": "/usr/bin:/bin", "PYTHONPATH": ""}
    for _ in range(2):  # twice: an example must not depend on state it leaves behind
        proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120)
        assert proc.returncode == 0, f"README example failed:\n{code}\n--- stderr:\n{proc.stderr}"
