#!/usr/bin/env python3
"""Regenerate generated/ais_openapi from spec/aistore.yaml (run by `make generate`).

The generator (openapi-python-client) and the ruff it formats with are pinned in pyproject.toml;
both must come from the same virtualenv as this interpreter, so its bin/ goes first on PATH
(the generator looks ruff up on PATH and silently skips formatting without it).
Generation happens in a scratch directory and the result replaces generated/ais_openapi whole,
so files deleted from the spec disappear and nothing hand-written can survive inside.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "aistore.yaml"
GEN_DIR = ROOT / "scripts" / "generator"
TARGET = ROOT / "generated" / "ais_openapi"


def main() -> int:
    bin_dir = Path(sys.executable).parent
    generator = bin_dir / "openapi-python-client"
    if not generator.exists():
        sys.exit(f"{generator} not found: run `make setup` first")
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    with tempfile.TemporaryDirectory(prefix="ais-openapi-") as tmp:
        out = Path(tmp) / "ais_openapi"
        subprocess.run(
            [
                str(generator),
                "generate",
                "--path",
                str(SPEC),
                "--config",
                str(GEN_DIR / "config.yml"),
                "--custom-template-path",
                str(GEN_DIR / "templates"),
                "--meta",
                "none",
                "--output-path",
                str(out),
                "--fail-on-warning",
            ],
            check=True,
            env=env,
            cwd=tmp,
        )
        shutil.rmtree(out / ".ruff_cache", ignore_errors=True)
        (out / "py.typed").write_text("")
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(out, TARGET)
    print(f"generated {TARGET.relative_to(ROOT)} from {SPEC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
