#!/usr/bin/env python3
"""Build the API reference (mkdocs + mkdocstrings) and check that it documents the whole public API.

    .venv/bin/python scripts/docs.py            # mkdocs build --strict (a warning fails), then the check
    .venv/bin/python scripts/docs.py --check    # only the check, against the last build in .cache/site

The check imports `aisclient` and asks, for every name in `aisclient.__all__` and in the `__all__` of the
documented public modules, and for every public attribute a public class defines itself, that the built
site's `objects.inv` (the inventory mkdocstrings writes) has an entry: a public class or method that no page
renders, or that griffe cannot see statically (e.g. one attached with setattr), fails the build.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / ".cache" / "site"
# Modules documented as a whole (each has a page rendering `::: aisclient.<name>`).
MODULES = ("errors", "models", "headers", "fs")


def _inventory(site: Path) -> set[str]:
    from mkdocstrings import Inventory

    with (site / "objects.inv").open("rb") as f:
        return set(Inventory.parse_sphinx(f))


def _class_members(cls: type) -> list[str]:
    return sorted(name for name in vars(cls) if not name.startswith("_"))


def _expected(pkg: object) -> list[tuple[str, tuple[str, ...]]]:
    """(public path, acceptable inventory ids) for everything that must be documented."""
    out: list[tuple[str, tuple[str, ...]]] = []

    def add(public: str, obj: object) -> None:
        out.append((public, (public,)))
        if inspect.isclass(obj):
            canonical = f"{obj.__module__}.{obj.__qualname__}"
            for member in _class_members(obj):
                out.append((f"{public}.{member}", (f"{public}.{member}", f"{canonical}.{member}")))

    for name in pkg.__all__:  # type: ignore[attr-defined]
        obj = getattr(pkg, name)
        if not inspect.ismodule(obj):
            add(f"aisclient.{name}", obj)
    for modname in MODULES:
        mod = importlib.import_module(f"aisclient.{modname}")
        for name in getattr(mod, "__all__", ()):
            add(f"aisclient.{modname}.{name}", getattr(mod, name))
    return out


def check(site: Path = SITE) -> int:
    pkg = importlib.import_module("aisclient")
    inv = _inventory(site)
    expected = _expected(pkg)
    missing = [public for public, ids in expected if not any(i in inv for i in ids)]
    if missing:
        print(f"docs: {len(missing)} public names missing from the API reference:", file=sys.stderr)
        for public in missing:
            print(f"  {public}", file=sys.stderr)
        return 1
    print(f"docs: all {len(expected)} public names documented")
    return 0


def build() -> int:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # mkdocs-material's end-of-life banner
    mkdocs = Path(sys.executable).parent / "mkdocs"
    t0 = time.monotonic()
    rc = subprocess.call([str(mkdocs), "build", "--strict", "--clean", "-f", str(ROOT / "mkdocs.yml")], env=env)
    if rc:
        return rc
    print(f"docs: built {SITE.relative_to(ROOT)} in {time.monotonic() - t0:.1f}s")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only check the last build's inventory")
    ap.add_argument("--site", type=Path, default=SITE, help="built site to check (default: .cache/site)")
    args = ap.parse_args()
    if not args.check and (rc := build()):
        return rc
    return check(args.site)


if __name__ == "__main__":
    sys.exit(main())
