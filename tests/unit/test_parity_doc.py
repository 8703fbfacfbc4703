"""docs/parity.md names, for each SDK call, the live test that proves ours: every such reference
(`tests/<path>.py::<name>`, or `::<name>` continuing the last path on the line) must be a test that
exists, so a renamed or deleted test cannot leave the table claiming a proof it no longer has."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REF = re.compile(r"`(tests/[^`]+?\.py)?(::\w+)?`")


def references() -> list[tuple[int, str, str]]:
    out = []
    for number, line in enumerate((ROOT / "docs" / "parity.md").read_text().splitlines(), start=1):
        last = ""
        for path, name in REF.findall(line):
            last = path or last
            if path or name:
                out.append((number, path or last, name[2:]))
    return out


def test_every_test_the_parity_table_cites_exists() -> None:
    refs = references()
    assert len(refs) > 40  # the table cites tests on nearly every row
    missing = []
    defined: dict[str, set[str]] = {}
    for number, path, name in refs:
        file = ROOT / path
        if not path or not file.is_file():
            missing.append(f"line {number}: no file {path!r}")
            continue
        if path not in defined:
            tree = ast.parse(file.read_text())
            defined[path] = {
                n.name
                for n in ast.walk(tree)
                if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
                or (isinstance(n, ast.ClassDef) and n.name.startswith("Test"))  # a class of tests
            }
        if name and name not in defined[path]:
            missing.append(f"line {number}: {path} has no test {name!r}")
    assert missing == []
