"""Fault-injection suite: a dedicated real AIS cluster of 2 proxies + 2 targets that tests may break.

The suite always starts its own local cluster (scripts/cluster.py `LocalCluster(n_proxies=2,
n_targets=2)`), separate from the session cluster of tests/conftest.py and even when AIS_ENDPOINT
is set: its tests SIGKILL, SIGSTOP and restart nodes, which must never happen to a cluster someone
else owns. A cluster that cannot start fails the tests loudly (never skips).

- `fault_cluster` (session): the LocalCluster; nodes are p0, p1 (proxies; p0 starts as primary) and
  t2, t3 (targets). Its keepalive timings are short (`cluster.FAST_KEEPALIVE`): a SIGKILLed primary is
  replaced by p1 in ~7 s, a dead target leaves the smap in ~7 s.
- `healed_fault_cluster` (function): the same cluster, after continuing every SIGSTOPped node,
  restarting every dead one with its original command line and waiting until the smap lists all
  four again. Use it in every test that breaks nodes. Healing does not move the primary back: after
  p0 was killed, p1 stays primary; ask `cluster.primary()` instead of assuming p0.

Loopback fault servers for what a cluster cannot do on demand are in tests/faults/netfaults.py.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from cluster import LocalCluster


@pytest.fixture(scope="session")
def fault_cluster() -> Iterator[LocalCluster]:
    cluster = LocalCluster(n_proxies=2, n_targets=2)
    try:
        cluster.start()
    except Exception as e:  # any startup failure is a loud failure carrying the node logs
        pytest.fail(f"could not start the 2-proxy + 2-target fault cluster: {e}", pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def healed_fault_cluster(fault_cluster: LocalCluster) -> LocalCluster:
    try:
        fault_cluster.heal()
    except Exception as e:
        pytest.fail(f"could not heal the fault cluster: {e}\n{fault_cluster.log_tails()}", pytrace=False)
    return fault_cluster


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from faults.outcomes import ROWS, table

    if ROWS:
        terminalreporter.write_sep("=", "fault scenarios")
        terminalreporter.write_line(table())
