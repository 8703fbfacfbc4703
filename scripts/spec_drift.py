#!/usr/bin/env python3
"""Drift report: spec/aistore.yaml against the endpoints the AIS server itself annotates.

The aisnode sources annotate their HTTP handlers with `// +gen:endpoint METHOD PATH[query] action=[...]`
comments (the `ais/` package of github.com/NVIDIA/aistore, pinned by scripts/AISTORE_VERSION, read
from the Go module cache; fetched with `go mod download` when absent). This script compares:

* method + path pairs: covered (in both), not yet covered (server only), ours-only (spec only);
* action names (`ActMsg.action`) of the pairs both sides have, by the same three columns.

Endpoints left out on purpose (intra-cluster ones, the S3-compatible API) are listed as `excluded`
with the reason. It exits 0, or 1 when the sources cannot be found; with `--strict` (in `make test`)
also 1 when an annotated endpoint or action that is not excluded is missing from the spec.

    python3 scripts/spec_drift.py [--spec spec/aistore.yaml] [--module-dir DIR] [--markdown] [--strict]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
MODULE = "github.com/NVIDIA/aistore"
METHODS = ("get", "put", "post", "delete", "head", "patch", "options")

ENDPOINT_RE = re.compile(r"//\s*\+gen:endpoint\s+(?P<method>[A-Z]+)\s+(?P<path>/[^\s\[]*)(?P<rest>.*)$")
ACTIONS_RE = re.compile(r"action=\[(?P<actions>[^\]]*)\]")
CONST_RE = re.compile(
    r"^\s*(?P<name>[A-Z][A-Za-z0-9_]*)\s*(?:[A-Za-z.]+\s*)?=\s*(?P<value>\"[^\"]*\"|[A-Z][A-Za-z0-9_]*)"
)


# Annotated endpoints that are deliberately not in the spec, with the reason (normalised path).
EXCLUDED = {
    ("PUT", "/v1/metasync"): "intra-cluster: metadata sync between nodes",
    ("POST", "/v1/ec/open-ec-streams"): "intra-cluster: erasure-coding streams",
    ("POST", "/v1/ec/close-ec-streams"): "intra-cluster: erasure-coding streams",
    ("POST", "/v1/cluster/{}"): "intra-cluster: node self-registration (autoreg) and keepalives",
    ("POST", "/v1/daemon"): "intra-cluster: primary-force (only from the primary, intra-control) and the join step",
}
# The S3-compatible API: AWS's own models describe it.
EXCLUDED_PREFIXES = {"/s3": "S3-compatible API (described by AWS's S3 models)"}


def excluded_reason(key: tuple[str, str]) -> str | None:
    if key in EXCLUDED:
        return EXCLUDED[key]
    return next((why for pre, why in EXCLUDED_PREFIXES.items() if key[1] == pre or key[1].startswith(pre + "/")), None)


def escape_module_path(path: str) -> str:
    """Go module cache case-encoding: an upper-case letter becomes '!' + its lower case."""
    return re.sub(r"[A-Z]", lambda m: "!" + m.group(0).lower(), path)


def module_dir(version: str) -> Path:
    gomodcache = os.environ.get("GOMODCACHE")
    if not gomodcache and shutil.which("go"):
        gomodcache = subprocess.run(["go", "env", "GOMODCACHE"], capture_output=True, text=True).stdout.strip()
    gomodcache = gomodcache or str(Path.home() / "go" / "pkg" / "mod")
    path = Path(gomodcache) / f"{escape_module_path(MODULE)}@{version}"
    if not path.is_dir() and shutil.which("go"):
        out = subprocess.run(
            ["go", "mod", "download", "-json", f"{MODULE}@{version}"], capture_output=True, text=True, cwd="/"
        )
        if out.returncode == 0:
            path = Path(json.loads(out.stdout)["Dir"])
    return path


def go_string_constants(src: Path) -> dict[str, str]:
    """`Name = "value"` (and `Name = OtherName`) constants of the apc package, resolved."""
    raw: dict[str, str] = {}
    for f in sorted((src / "api" / "apc").glob("*.go")):
        for line in f.read_text(errors="replace").splitlines():
            m = CONST_RE.match(line)
            if m:
                raw.setdefault(m.group("name"), m.group("value"))
    resolved: dict[str, str] = {}
    for name in raw:
        value, seen = raw[name], set()
        while not value.startswith('"') and value in raw and value not in seen:
            seen.add(value)
            value = raw[value]
        if value.startswith('"'):
            resolved[name] = value.strip('"')
    return resolved


def norm_path(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/") or "/")


def server_endpoints(src: Path) -> dict[tuple[str, str], dict]:
    consts = go_string_constants(src)
    found: dict[tuple[str, str], dict] = {}
    for f in sorted((src / "ais").glob("*.go")):
        for lineno, line in enumerate(f.read_text(errors="replace").splitlines(), 1):
            m = ENDPOINT_RE.search(line)
            if not m:
                continue
            key = (m.group("method"), norm_path(m.group("path")))
            entry = found.setdefault(key, {"path": m.group("path"), "actions": set(), "where": []})
            entry["where"].append(f"ais/{f.name}:{lineno}")
            am = ACTIONS_RE.search(m.group("rest"))
            if am:
                for item in am.group("actions").split("|"):
                    ident = item.split("=", 1)[0].strip()
                    name = ident.split(".", 1)[-1]
                    entry["actions"].add(consts.get(name, ident))
    return found


def _schema_actions(spec: dict, schema: dict, seen: set[str] | None = None) -> set[str]:
    seen = seen or set()
    if "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen:
            return set()
        seen.add(ref)
        node = spec
        for part in ref.lstrip("#/").split("/"):
            node = node[part]
        return _schema_actions(spec, node, seen)
    actions: set[str] = set()
    disc = schema.get("discriminator", {})
    if disc.get("propertyName") == "action":
        actions |= set(disc.get("mapping", {}))
    for key in ("oneOf", "anyOf", "allOf"):
        for sub in schema.get(key, []):
            actions |= _schema_actions(spec, sub, seen)
    action = schema.get("properties", {}).get("action", {})
    actions |= {str(v) for v in action.get("enum", [])}
    return actions


def spec_endpoints(spec: dict) -> dict[tuple[str, str], dict]:
    found: dict[tuple[str, str], dict] = {}
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method)
            if not op:
                continue
            actions: set[str] = set()
            for media in (op.get("requestBody", {}).get("content") or {}).values():
                actions |= _schema_actions(spec, media.get("schema", {}))
            found[(method.upper(), norm_path(path))] = {
                "path": path,
                "actions": actions,
                "operation_id": op.get("operationId", ""),
            }
    return found


def render(rows: list[list[str]], headers: list[str], markdown: bool) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        cells = [c.ljust(w) for c, w in zip(cells, widths, strict=True)]
        return f"| {' | '.join(cells)} |" if markdown else "  ".join(cells).rstrip()

    sep = ("|-" + "-|-".join("-" * w for w in widths) + "-|") if markdown else "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), sep, *(line(r) for r in rows)])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--spec", default=str(ROOT / "spec" / "aistore.yaml"))
    ap.add_argument("--module-dir", help="aistore module sources (default: the Go module cache, pinned version)")
    ap.add_argument("--markdown", action="store_true", help="GitHub-flavoured tables")
    ap.add_argument(
        "--strict", action="store_true", help="exit 1 when an annotated, not excluded endpoint or action is missing"
    )
    ns = ap.parse_args()

    version = (ROOT / "scripts" / "AISTORE_VERSION").read_text().strip()
    src = Path(ns.module_dir) if ns.module_dir else module_dir(version)
    if not (src / "ais").is_dir():
        print(f"spec-drift: aistore sources not found at {src} (Go module cache, {MODULE}@{version})", file=sys.stderr)
        return 1
    server = server_endpoints(src)
    ours = spec_endpoints(yaml.safe_load(Path(ns.spec).read_text()))

    status_rows, action_rows = [], []
    counts = {"covered": 0, "not yet covered": 0, "excluded": 0, "ours-only": 0}
    for key in sorted(set(server) | set(ours), key=lambda k: (k[1], k[0])):
        method, _ = key
        s, o = server.get(key), ours.get(key)
        reason = excluded_reason(key) if s and not o else None
        status = "covered" if s and o else ("excluded" if reason else "not yet covered" if s else "ours-only")
        counts[status] += 1
        path = (o or s)["path"]  # type: ignore[index]
        status_rows.append(
            [
                status,
                method,
                path,
                (o or {}).get("operation_id", "") or (reason or ""),
                ", ".join((s or {}).get("where", [])),
            ]
        )
        if s and o:
            for act in sorted(s["actions"] | o["actions"]):
                if act in s["actions"] and act in o["actions"]:
                    astatus = "covered"
                elif act in s["actions"]:
                    # The annotation's path is not always the one clients use (promote and
                    # blob-download: the Go client posts to /v1/objects/{bucket}): same method, a
                    # path that one of the two is a prefix of.
                    elsewhere = [
                        v["path"]
                        for k, v in ours.items()
                        if k[0] == method
                        and k != key
                        and act in v["actions"]
                        and (k[1].startswith(key[1]) or key[1].startswith(k[1]))
                    ]
                    astatus = f"covered at {elsewhere[0]}" if elsewhere else "not yet covered"
                else:
                    astatus = "ours-only"
                action_rows.append([astatus, f"{method} {path}", act])

    print(
        f"# Spec drift: {Path(ns.spec).relative_to(ROOT) if Path(ns.spec).is_relative_to(ROOT) else ns.spec}"
        f" vs +gen:endpoint annotations of {MODULE}@{version}/ais\n"
    )
    print(render(status_rows, ["status", "method", "path", "operationId", "annotated at"], ns.markdown))
    print()
    print(", ".join(f"{k}: {v}" for k, v in counts.items()) + f" (method+path pairs; server annotates {len(server)})")
    print()
    print("## Actions of the method+path pairs both sides have\n")
    print(render(action_rows, ["status", "endpoint", "action"], ns.markdown))
    acounts = {
        "covered": sum(1 for r in action_rows if r[0].startswith("covered")),
        "not yet covered": sum(1 for r in action_rows if r[0] == "not yet covered"),
        "ours-only": sum(1 for r in action_rows if r[0] == "ours-only"),
    }
    print()
    print(", ".join(f"{k}: {v}" for k, v in acounts.items()) + " (actions)")
    missing = counts["not yet covered"] + acounts["not yet covered"]
    if ns.strict and missing:
        print(f"\nspec-drift --strict: {missing} annotated endpoints/actions not in the spec", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
