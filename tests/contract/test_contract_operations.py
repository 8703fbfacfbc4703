"""Every operation of spec/aistore.yaml, fuzzed by schemathesis (positive mode) against the live
cluster, with the five response checks on. Object operations are checked twice: the proxy's own
301/307 answer, then the target's answer after following the redirect."""

from __future__ import annotations

import aiscontract as ac
import pytest
import requests
from hypothesis import HealthCheck, settings

pytestmark = pytest.mark.cluster

schema = ac.load_schema()


@schema.parametrize()
@settings(max_examples=ac.EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_operation(case, contract: ac.Context, redirect_session: requests.Session) -> None:
    oid = ac.op_id(case.operation)
    if oid in ac.DESTRUCTIVE_OPS and not contract.destructive:
        pytest.skip(f"{oid} changes the cluster; read-only run (set AIS_CONTRACT_DESTRUCTIVE=1)")
    if not ac.take_example(oid):
        return  # this operation's budget of generated cases is spent (Rules.examples)
    ac.prepare(case)
    response = case.call(base_url=contract.endpoint, allow_redirects=False)
    case.validate_response(response, checks=ac.CHECKS)
    if oid in ac.OBJECT_OPS and response.status_code in (301, 307):
        final = case.call(base_url=contract.endpoint, session=redirect_session, allow_redirects=True)
        case.validate_response(final, checks=ac.CHECKS)


@pytest.fixture(scope="module")
def redirect_session() -> requests.Session:
    with ac.http_session() as s:
        yield s


def test_every_operation_has_rules() -> None:
    """An operation of the spec that no rule set claims would never be sent (or sent unconfined)."""
    in_spec = {ac.op_id(op.ok()) for op in schema.get_all_operations()}
    assert in_spec - ac.ALL_OPS == set(), "operations without contract rules (tests/contract/rules_*.py)"
    assert ac.ALL_OPS - in_spec == set(), "rules for operations the spec does not have"
