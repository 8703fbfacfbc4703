"""Stateful contract run over the OpenAPI links of spec/aistore.yaml.

Chains like create bucket -> put object -> head/get/list it -> copy bucket -> xaction status ->
delete object / destroy bucket, multipart upload -> part -> complete -> get, append -> flush -> get,
promote -> get, so that generated requests reach real buckets and objects and not only 404s. Requests follow the proxy's redirects (the target's answer is the one checked), and
every step goes through `aiscontract.prepare` (buckets under the run's prefix). Destructive only.

A live cluster is state Hypothesis cannot rewind: replaying a prefix of steps can meet different
answers (a job finished, an object is gone) and Hypothesis then raises `Flaky`. As schemathesis' own
runner does, such a suite is restarted with the next seed until the scenario budget is spent; every
check failure is recorded when it happens, so a `Flaky` can never hide one.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import aiscontract as ac
import hypothesis
import pytest
import requests
from hypothesis import HealthCheck, Phase, settings
from hypothesis.errors import Flaky
from schemathesis.core.failures import FailureGroup

pytestmark = pytest.mark.cluster

CHAIN = [
    "bucket_action",
    "head_bucket",
    "put_object",
    "object_action",
    "objects_action",
    "list_objects",
    "get_object",
    "head_object",
    "delete_object",
    "query_cluster",
    "delete_bucket",
]
CHAIN += [op for rule in ac.RULES for op in rule.stateful_ops]
# Each must have been answered at least once in the run: the chains reached real data.
MUST_REACH = [
    ("bucket_action 200",),
    ("put_object 200",),
    ("get_object 200", "get_object 206", "head_object 200"),
    ("list_objects 200",),
    ("query_cluster 200",),
    ("delete_bucket 200",),
]
# Object forms (aiscontract.CTX.forms, "<form> <status>") the stateful run must have reached: each
# chain's last write, and the read of the object it made.
MUST_REACH_FORMS = [
    "mpt-upload 200",
    "mpt-part 200",
    "mpt-complete 200",
    "get-after-mpt-complete 200",
    "append 200",
    "flush 200",
    "get-after-flush 200",
    "promote 200",
    "get-after-promote 200",
    "get-after-archive 200",
]
MUST_REACH += [alts for rule in ac.RULES for alts in rule.must_reach]
MAX_SUITES = 8
EXTRA_SUITES, EXTRA_EXAMPLES = 3, 40


def test_stateful_links(contract: ac.Context) -> None:
    if not contract.destructive:
        pytest.skip("the stateful run creates buckets and objects; read-only run (set AIS_CONTRACT_DESTRUCTIVE=1)")
    schema = ac.load_schema().include(operation_id=CHAIN)
    session = requests.Session()
    seen: Counter[str] = Counter()  # "<operation> <status>" of every step
    failures: list[FailureGroup] = []
    scenarios = 0
    forms_before = Counter(contract.forms)

    class Machine(schema.as_state_machine()):  # type: ignore[misc]
        def before_call(self, case: Any) -> None:
            ac.prepare(case, stateful=True)

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"base_url": contract.endpoint, "session": session, "allow_redirects": True}

        def after_call(self, response: Any, case: Any) -> None:
            super().after_call(response, case)
            seen[f"{ac.op_id(case.operation)} {response.status_code}"] += 1

        def validate_response(self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any) -> None:
            try:
                case.validate_response(
                    response, checks=ac.CHECKS, transport_kwargs=kwargs or None, recorder=self.recorder
                )
            except FailureGroup as exc:
                failures.append(exc)
                raise

        def teardown(self) -> None:
            nonlocal scenarios
            scenarios += 1
            super().teardown()

    def forms_missing() -> list[str]:
        forms = Counter(contract.forms) - forms_before
        return [f for f in MUST_REACH_FORMS if not forms[f]]

    flaky = extra = suite = 0
    budget = ac.STATEFUL_EXAMPLES
    try:
        while budget > 0 and not failures and suite < MAX_SUITES:
            machine = hypothesis.seed(ac.SEED + suite)(Machine)
            suite += 1
            try:
                machine.run(
                    settings=settings(
                        max_examples=budget,
                        stateful_step_count=10,
                        deadline=None,
                        suppress_health_check=list(HealthCheck),
                        database=None,
                        # No shrinking: a replay meets a cluster whose state has moved on.
                        phases=[Phase.explicit, Phase.generate],
                    )
                )
            except Flaky:
                flaky += 1
                budget = ac.STATEFUL_EXAMPLES - scenarios
                continue
            except FailureGroup:
                break
            # The chains are random walks and the cluster's timing varies: a required form the run
            # did not reach gets a few more scenarios (with another seed), a bounded number of times.
            budget = EXTRA_EXAMPLES if forms_missing() and extra < EXTRA_SUITES else 0
            extra += bool(budget)
    finally:
        session.close()
        contract.stateful_steps.update(seen)
        contract.stateful_scenarios += scenarios
    if failures:
        raise failures[0]
    print(
        f"stateful: {scenarios} scenarios, {sum(seen.values())} steps, {flaky} suites restarted (Flaky), "
        f"{extra} extra suites for missing forms"
    )
    missing = [alts for alts in MUST_REACH if not any(seen[m] for m in alts)]
    assert not missing, f"the stateful run never reached {missing}: {dict(seen)}"
    missing_forms = forms_missing()
    forms = Counter(contract.forms) - forms_before
    assert not missing_forms, f"the stateful run never reached {missing_forms}: {dict(forms)}"
