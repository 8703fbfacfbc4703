#!/usr/bin/env python3
"""Contract-test an AIS cluster against spec/aistore.yaml (schemathesis, tests/contract).

    python3 scripts/contract.py --endpoint http://host:port              # read-only (GET/HEAD only)
    python3 scripts/contract.py --endpoint http://host:port --destructive # + writes, stateful run
    python3 scripts/contract.py                                           # a throwaway local cluster

Read-only mode sends only GET and HEAD requests, pinned to in-cluster (`ais`) buckets so that no
remote bucket gets added to the cluster's metadata. `--destructive` adds bucket creation/copy/
destroy, object PUT/DELETE and xaction start/stop, confined to buckets the run creates under a
unique `aisct-<run id>-` prefix and destroys at the end (xactions: `cleanup-store`, `lru`,
`load-lom-cache` only; never `rebalance` or `resilver`). Without an endpoint a local cluster is
started for the run (scripts/cluster.py) and the run is destructive.

Extra arguments after `--` go to pytest (e.g. `-- -k stateful -x`).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--endpoint", default=os.environ.get("AIS_ENDPOINT", ""), help="AIS gateway URL")
    ap.add_argument("--destructive", action="store_true", help="also run writing operations and the stateful run")
    ap.add_argument("--examples", type=int, help="fuzzing examples per operation (default 100)")
    ap.add_argument("--stateful-examples", type=int, help="stateful scenarios (default 80)")
    ap.add_argument("--seed", type=int, help="generation seed")
    ap.add_argument("--no-portability", action="store_true", help="skip the Go/TypeScript client checks")
    ap.add_argument("pytest_args", nargs=argparse.REMAINDER)
    ns = ap.parse_args()

    env = dict(os.environ)
    for name, value in (
        ("AIS_CONTRACT_EXAMPLES", ns.examples),
        ("AIS_CONTRACT_STATEFUL_EXAMPLES", ns.stateful_examples),
        ("AIS_CONTRACT_SEED", ns.seed),
    ):
        if value is not None:
            env[name] = str(value)
    args = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/contract"]
    if ns.no_portability:
        args += ["--deselect", "tests/contract/test_portability.py"]
    args += [a for a in ns.pytest_args if a != "--"]

    if ns.endpoint:
        env["AIS_ENDPOINT"] = ns.endpoint.rstrip("/")
        env["AIS_CONTRACT_DESTRUCTIVE"] = "1" if ns.destructive else "0"
        mode = "destructive" if ns.destructive else "read-only"
        print(f"contract: {mode} run against {env['AIS_ENDPOINT']}", file=sys.stderr, flush=True)
        return subprocess.call(args, cwd=ROOT, env=env)
    env.pop("AIS_ENDPOINT", None)
    env["AIS_CONTRACT_DESTRUCTIVE"] = "1"
    print("contract: destructive run against a throwaway local cluster", file=sys.stderr, flush=True)
    return subprocess.call([sys.executable, "scripts/cluster.py", "run", "--", *args], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main())
