"""The benchmark harness's bookkeeping (no cluster): ratio orientation, goals, tables, JSON, chart."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from aisbench import concurrency
from aisbench.chart import goal_ratios, peer_ratios, ratio_limits, write_chart
from aisbench.report import GoalOutcome, goal_outcomes, ratio, render_table, to_json
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


# --------------------------------------------------------------------------- the concurrency workload

OURS_16 = concurrency.variant("get.aisclient.sync.x16")
OURS_64 = concurrency.variant("get.aisclient.sync.x64")
OBSTORE = concurrency.variant("get.obstore.async.tasks256")


def add_row(r: Results, row: concurrency.Variant, ops_per_s: float, cpu_us: float) -> None:
    r.add(Metric(concurrency.ops_metric_key(row.key), f"4 KiB GET, {row.label}", "ops/s", True), row.client, ops_per_s)
    r.add(
        Metric(concurrency.cpu_metric_key(row.key), f"4 KiB GET, {row.label}: CPU", "µs/op", False), row.client, cpu_us
    )


@pytest.fixture
def concurrent() -> Results:
    r = Results()
    for ops, cpu in ((600.0, 1400.0), (660.0, 1500.0), (700.0, 1300.0)):
        add_row(r, OURS_16, ops, cpu)
    add_row(r, OURS_64, 330.0, 2000.0)
    add_row(r, OBSTORE, 2000.0, 560.0)
    return r


def outcome(results: Results, label: str) -> GoalOutcome:
    return next(o for o in goal_outcomes(results) if o.goal.label == label)


def test_every_goal_names_rows_of_the_workload() -> None:
    for goal in concurrency.GOALS:
        assert goal.ours in concurrency.VARIANT_BY_KEY and concurrency.variant(goal.ours).client == "aisclient"
        assert goal.peer is None or goal.peer in concurrency.VARIANT_BY_KEY
    assert len({v.key for v in concurrency.VARIANTS}) == len(concurrency.VARIANTS)


def test_goal_ratios_are_oriented_so_that_above_one_is_ours_better(concurrent: Results) -> None:
    vs_obstore = outcome(concurrent, "GET 16 threads vs obstore 256 tasks")
    assert vs_obstore.value == pytest.approx(660.0 / 2000.0)  # medians, ops/s: ours / theirs
    assert vs_obstore.met is False
    assert outcome(concurrent, "GET 64 threads vs our 16 threads").value == pytest.approx(0.5)
    cpu = outcome(concurrent, "CPU per GET, 16 threads: obstore's / ours")
    assert cpu.value == pytest.approx(560.0 / 1400.0)  # CPU per op: theirs / ours
    bound = outcome(concurrent, "CPU per GET, 16 threads (µs, at most)")
    assert bound.value == pytest.approx(1400.0) and bound.met is False
    missing = outcome(concurrent, "GET 16 threads vs aisloader 16 workers")
    assert missing.value is None and missing.met is None


def test_cpu_bound_is_met_at_or_below_the_target() -> None:
    r = Results()
    add_row(r, OURS_16, 5000.0, 250.0)
    assert outcome(r, "CPU per GET, 16 threads (µs, at most)").met is True


def test_concurrency_table_has_its_own_rows_and_the_goals(concurrent: Results) -> None:
    concurrent.fail(Metric(concurrency.ops_metric_key(OBSTORE.key), "x", "ops/s", True), "obstore", OSError("refused"))
    table = render_table(concurrent, ["aisclient", "sdk"])
    assert "aisclient sync, 16 threads" in table and "660 [600-700]" in table and "1,400 [1,300-1,500]" in table
    obstore_line = next(line for line in table.splitlines() if "obstore 0.12.1" in line)
    assert "ERROR" in obstore_line
    goal_cells = {
        cells[0]: cells[1:] for line in table.splitlines() if len(cells := [c.strip() for c in line.split("|")]) == 4
    }
    assert goal_cells["GET 64 threads vs our 16 threads"] == ["0.50", ">= 1.00", "NOT met"]
    assert goal_cells["GET 16 threads vs obstore 256 tasks"] == ["-", ">= 1.50", "not measured"]  # obstore failed
    assert goal_cells["CPU per GET, 16 threads (µs, at most)"] == ["1,400", "<= 250", "NOT met"]
    assert "figure | unit" not in table  # no peer figures: no peer table


def test_concurrency_json_keeps_samples_and_goals(concurrent: Results) -> None:
    doc = to_json(concurrent, MODES["smoke"], {"timestamp": "t"}, ["aisclient"])
    json.dumps(doc)
    assert doc["figures"] == []  # the rows are not peer figures
    rows = {row["key"]: row for row in doc["concurrency"]["rows"]}
    assert rows[OURS_16.key]["ops_per_s"]["samples"] == [600.0, 660.0, 700.0]
    assert rows[OBSTORE.key]["cpu_us_per_op"]["median"] == 560.0
    goals = {g["label"]: g for g in doc["concurrency"]["goals"]}
    assert goals["GET 64 threads vs our 16 threads"]["value"] == pytest.approx(0.5)
    assert goals["GET 64 threads vs our 16 threads"]["met"] is False


def test_chart_is_a_png_of_both_panels(results: Results, concurrent: Results, tmp_path: Path) -> None:
    doc = to_json(results, MODES["smoke"], {"timestamp": "t"}, ["aisclient", "sdk"])
    doc["concurrency"] = to_json(concurrent, MODES["smoke"], {}, ["aisclient"])["concurrency"]
    assert peer_ratios(doc) == (
        [THROUGHPUT.label, SECONDS.label],
        ["sdk"],
        [[pytest.approx(2.0)], [pytest.approx(4.0)]],
    )
    assert [g["label"] for g in goal_ratios(doc)][:1] == ["GET 16 threads vs obstore 256 tasks"]
    out = tmp_path / "results" / "chart.png"
    assert write_chart(doc, out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert [p.name for p in out.parent.iterdir()] == ["chart.png"]  # no temporary file left


def test_chart_with_nothing_to_draw_writes_nothing(tmp_path: Path) -> None:
    assert not write_chart({"figures": [], "concurrency": None}, tmp_path / "none.png")
    assert not (tmp_path / "none.png").exists()


def test_ratio_axis_shows_one_and_every_value() -> None:
    low, high = ratio_limits([0.2, 3.0])
    assert low < 0.2 and high > 3.0
    low, high = ratio_limits([1.5, 2.0])
    assert low < 1.0 < high


def test_threads_do_every_name_once_and_reraise_errors() -> None:
    seen: list[str] = []
    names = concurrency.object_names(100)
    outcome = concurrency.run_threads(seen.append, names, 16)
    assert sorted(seen) == names and outcome.ops == 100 and outcome.seconds > 0

    def fail_on_7(name: str) -> None:
        if name.endswith("07"):
            raise ValueError(name)

    with pytest.raises(ValueError, match="c-000007"):
        concurrency.run_threads(fail_on_7, names[:10], 4)


def test_tasks_do_every_name_once() -> None:
    seen: list[str] = []

    async def get(name: str) -> None:
        await asyncio.sleep(0)
        seen.append(name)

    names = concurrency.object_names(300)
    outcome = asyncio.run(concurrency.run_tasks(get, names, 256))
    assert sorted(seen) == names and outcome.ops == 300
