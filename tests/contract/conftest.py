"""Fixtures of the contract suite: the run's context, seed data, and cleanup.

Destructive mode creates a seed bucket with a few objects (names under the run's prefix) for the
read operations to find, and destroys every bucket the run created at the end, including those the
generated requests and the stateful run created. It also creates the run's promote source directory
under /var/lib/ais/promote (the only tree AIS promotes from; the cluster runs on this machine) and
removes it at the end; a run that cannot create it fails. Read-only mode creates nothing: it points the
read operations at existing buckets and objects of the cluster.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import aiscontract as ac
import pytest


@pytest.fixture(scope="module")
def contract(ais_endpoint: str) -> Iterator[ac.Context]:
    """Per test module, so that nothing of ours is left on the cluster while other tests run."""
    ctx = ac.CTX
    ctx.endpoint = ais_endpoint
    ctx.target_ids = ac.target_ids(ais_endpoint)
    if ctx.destructive:
        try:
            ac.PROMOTE_DIR.mkdir(parents=True, exist_ok=False)
            ac.ensure_promote_files()
        except OSError as e:
            pytest.fail(f"destructive contract run: cannot create its promote sources {ac.PROMOTE_DIR}: {e}")
        ac.create_bucket(ais_endpoint, ac.SEED_BUCKET)
        for name, data in ac.SEED_OBJECTS.items():
            ac.put_object(ais_endpoint, ac.SEED_BUCKET, name, data)
        ctx.read_buckets = [ac.SEED_BUCKET]
        ctx.read_objects = {ac.SEED_BUCKET: sorted(ac.SEED_OBJECTS)}
    else:
        ctx.read_buckets = ac.list_bucket_names(ais_endpoint)[:3]
        ctx.read_objects = {b: ac.list_object_names(ais_endpoint, b) for b in ctx.read_buckets}
    for rule in ac.RULES:
        if rule.setup is not None:
            rule.setup(ctx)
    try:
        yield ctx
    finally:
        undone = [f for rule in ac.RULES if rule.cleanup is not None for f in rule.cleanup(ctx)]
        assert not undone, f"cleanup failed: {undone}"
        if ctx.destructive:
            shutil.rmtree(ac.PROMOTE_DIR, ignore_errors=True)
            leftovers = ctx.created | ac.sweep_prefix(ais_endpoint)
            failures = ac.destroy_buckets(ais_endpoint, leftovers)
            remaining = ac.sweep_prefix(ais_endpoint)
            ctx.created.clear()
            ctx.created_order.clear()
            assert not failures and not remaining, f"cleanup failed: {failures} {remaining}"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    ctx = ac.CTX
    if not ctx.calls:
        return
    tr = terminalreporter
    tr.section("AIS contract suite")
    mode = "destructive" if ctx.destructive else "read-only"
    tr.write_line(f"mode={mode} fuzzing max-examples/operation={ac.EXAMPLES} seed={ac.SEED} prefix={ac.RUN_PREFIX}")
    tr.write_line(f"  {'operation':<18} {'examples':>8} {'stateful steps':>14} {'requests':>8}")
    for oid in sorted(ac.ALL_OPS):
        tr.write_line(
            f"  {oid:<18} {ctx.cases.get(oid, 0):>8} {ctx.stateful_cases.get(oid, 0):>14} {ctx.calls.get(oid, 0):>8}"
        )
    tr.write_line(
        f"  {'total':<18} {sum(ctx.cases.values()):>8} {sum(ctx.stateful_cases.values()):>14}"
        f" {sum(ctx.calls.values()):>8}"
    )
    if ctx.forms:
        tr.write_line("  object forms and actions by status (all phases, targets' answers):")
        tr.write_line("    " + ", ".join(f"{k}: {v}" for k, v in sorted(ctx.forms.items())))
    if ctx.stateful_steps:
        steps = sum(ctx.stateful_steps.values())
        tr.write_line(f"  stateful: {ctx.stateful_scenarios} scenarios, {steps} steps; by operation and status:")
        tr.write_line("    " + ", ".join(f"{k}: {v}" for k, v in sorted(ctx.stateful_steps.items())))
    for issue, n in sorted(ctx.excluded.items()):
        tr.write_line(f"  excluded (KNOWN_SERVER_ISSUES {issue}): {n} generated cases")
