"""The benchmark harness's bookkeeping (no cluster): ratio orientation, table, JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from aisbench.report import ratio, render_table, to_json
from aisbench.workloads import MODES, Metric, Results

THROUGHPUT = Metric("small.get.seq", "4 KiB GET, sequential", "ops/s", True)
SECONDS = Metric("list.all.seconds", "list_all_objects", "s", False)


@pytest.fixture
def results() -> Results:
    r = Results()
    for value in (200.0, 210.0, 190.0):
        r.add(THROUGHPUT, "aisclient", value)
        r.add(THROUGHPUT, "sdk", value / 2)
    for value in (1.0, 1.2, 0.8):
        r.add(SECONDS, "aisclient", value)
        r.add(SECONDS, "sdk", value * 4)
    return r


def test_ratio_is_greater_than_one_when_ours_is_better(results: Results) -> None:
    assert ratio(results, THROUGHPUT.key, "sdk") == pytest.approx(2.0)  # twice the ops/s
    assert ratio(results, SECONDS.key, "sdk") == pytest.approx(4.0)  # a quarter of the time
    assert ratio(results, SECONDS.key, "httpx") is None


def test_summary_is_median_min_max(results: Results) -> None:
    assert results.summary(THROUGHPUT.key, "aisclient") == {"median": 200.0, "min": 190.0, "max": 210.0, "n": 3}


def test_table_and_json_show_failures_and_ratios(results: Results) -> None:
    results.fail(SECONDS, "httpx", RuntimeError("boom"))
    table = render_table(results, ["aisclient", "sdk", "httpx"])
    assert "ERROR" in table and "2.00" in table and "4.00" in table
    doc = to_json(results, MODES["smoke"], {"timestamp": "t"}, ["aisclient", "sdk", "httpx"])
    json.dumps(doc)  # serialisable
    by_key = {f["key"]: f for f in doc["figures"]}
    assert by_key[THROUGHPUT.key]["ratio_to_peer"]["sdk"] == pytest.approx(2.0)
    assert by_key[SECONDS.key]["peers"]["sdk"]["samples"] == [4.0, 4.8, 3.2]
    assert doc["errors"] == ["list.all.seconds [httpx]: RuntimeError: boom"]
