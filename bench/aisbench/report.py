"""The results table (with our ratio to each peer) and the JSON history file."""

from __future__ import annotations

import json
import platform
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import concurrency
from .concurrency import GOALS, VARIANTS, Goal, Variant
from .peers import OURS
from .workloads import WORKLOADS, Metric, Mode, Results

RATIO_NOTE = (
    "ratio = aisclient vs that peer, oriented so that > 1 always means aisclient is better: "
    "ours/theirs for throughput (ops/s, MB/s), theirs/ours for time (s) and memory (MiB)."
)


def is_concurrency_figure(metric_key: str) -> bool:
    """The concurrency workload's figures are per row (client x concurrency), not per peer: own table."""
    return metric_key.startswith("concurrent.")


def ordered_metrics(results: Results) -> list[tuple[str, Metric]]:
    """Workload by workload (in WORKLOADS order), whatever order the figures arrived in; the
    concurrency workload's rows are left to :func:`render_concurrency`."""
    peer_figures = [item for item in results.metrics.items() if not is_concurrency_figure(item[0])]
    return sorted(peer_figures, key=lambda item: WORKLOADS.index(item[0].split(".")[0]))


def ratio(results: Results, metric_key: str, peer: str) -> float | None:
    ours, theirs = results.summary(metric_key, OURS), results.summary(metric_key, peer)
    if not ours or not theirs or not ours["median"] or not theirs["median"]:
        return None
    if results.metrics[metric_key].higher_is_better:
        return ours["median"] / theirs["median"]
    return theirs["median"] / ours["median"]


def _figure(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _cell(results: Results, metric_key: str, peer: str) -> str:
    if (metric_key, peer) in results.failed:
        return "ERROR"
    s = results.summary(metric_key, peer)
    if s is None:
        return "-"
    return _spread(s)


def _spread(s: dict[str, float]) -> str:
    if s["n"] == 1:
        return _figure(s["median"])
    return f"{_figure(s['median'])} [{_figure(s['min'])}-{_figure(s['max'])}]"


def _align(rows: Sequence[Sequence[str]], left: int) -> list[str]:
    """Columns padded to their widest cell; the first ``left`` columns flush left, the rest right."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [
        " | ".join(c.ljust(w) if i < left else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
        for r in rows
    ]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return lines


def render_table(results: Results, peers: Sequence[str]) -> str:
    """The peers table (one column per peer, our ratio to each), then the concurrency table if it ran."""
    sections = []
    if ordered_metrics(results):
        sections.append(render_peer_table(results, peers))
    if concurrency_rows(results):
        sections.append(render_concurrency(results))
    return "\n\n".join(sections)


def render_peer_table(results: Results, peers: Sequence[str]) -> str:
    others = [p for p in peers if p != OURS]
    header = ["figure", "unit", *peers, *(f"x {p}" for p in others)]
    rows = []
    for key, metric in ordered_metrics(results):
        ratios = [ratio(results, key, p) for p in others]
        unit = f"{metric.unit} ({'higher' if metric.higher_is_better else 'lower'} better)"
        rows.append(
            [metric.label, unit, *(_cell(results, key, p) for p in peers), *(f"{r:.2f}" if r else "-" for r in ratios)]
        )
    out = [
        "each figure: median [min-max] over the recorded repeats (warm-up excluded)",
        RATIO_NOTE,
        "",
        *_align([header, *rows], left=2),
    ]
    return "\n".join(out)


# --------------------------------------------------------------------------- the concurrency workload


def _row_summary(results: Results, row: Variant, figure: str) -> dict[str, float] | None:
    key = concurrency.ops_metric_key(row.key) if figure == "ops" else concurrency.cpu_metric_key(row.key)
    return results.summary(key, row.client)


def _row_failed(results: Results, row: Variant) -> bool:
    return (concurrency.ops_metric_key(row.key), row.client) in results.failed


def concurrency_rows(results: Results) -> list[Variant]:
    """The rows that have a figure (or failed) in these results, in table order."""
    return [row for row in VARIANTS if _row_summary(results, row, "ops") or _row_failed(results, row)]


@dataclass(frozen=True)
class GoalOutcome:
    goal: Goal
    value: float | None
    """The ratio (> 1: ours better), or our CPU per op (µs) for an absolute goal; None if not measured."""

    @property
    def met(self) -> bool | None:
        if self.value is None:
            return None
        if self.goal.peer is None:
            return self.value <= self.goal.target
        return self.value >= self.goal.target


def goal_outcome(results: Results, goal: Goal) -> GoalOutcome:
    """A goal's figure from the medians: ours/peer for ops/s, peer/ours for CPU per op; not measured
    (None) when either row failed in any round."""
    rows = [concurrency.variant(goal.ours)] + ([concurrency.variant(goal.peer)] if goal.peer else [])
    if any(_row_failed(results, row) for row in rows):
        return GoalOutcome(goal, None)
    ours = _row_summary(results, rows[0], goal.figure)
    if goal.peer is None:
        return GoalOutcome(goal, ours["median"] if ours else None)
    theirs = _row_summary(results, rows[1], goal.figure)
    if not ours or not theirs or not ours["median"] or not theirs["median"]:
        return GoalOutcome(goal, None)
    if goal.figure == "ops":
        return GoalOutcome(goal, ours["median"] / theirs["median"])
    return GoalOutcome(goal, theirs["median"] / ours["median"])


def goal_outcomes(results: Results) -> list[GoalOutcome]:
    return [goal_outcome(results, goal) for goal in GOALS]


def _goal_cells(outcome: GoalOutcome) -> list[str]:
    goal = outcome.goal
    if goal.peer is None:
        wanted = f"<= {goal.target:,.0f}"
        got = "-" if outcome.value is None else f"{outcome.value:,.0f}"
    else:
        wanted = f">= {goal.target:.2f}"
        got = "-" if outcome.value is None else f"{outcome.value:.2f}"
    verdict = {True: "met", False: "NOT met", None: "not measured"}[outcome.met]
    return [goal.label, got, wanted, verdict]


def render_concurrency(results: Results) -> str:
    """One row per client and concurrency (ops/s, client CPU per op), then the goals as ratios of this run."""
    rows = concurrency_rows(results)
    first = results.metrics[concurrency.ops_metric_key(rows[0].key)].label
    size = first.removesuffix(f" {rows[0].op.upper()}, {rows[0].label}")  # the workload's object size
    table = [["op", "client, concurrency", "ops/s", "client CPU per op (µs)"]]
    for row in rows:
        failed = _row_failed(results, row)
        ops, cpu = _row_summary(results, row, "ops"), _row_summary(results, row, "cpu")
        table.append(
            [
                row.op.upper(),
                row.label,
                "ERROR" if failed else _spread(ops) if ops else "-",
                _spread(cpu) if cpu and not failed else "-",
            ]
        )
    goals = [["goal (issue 13)", "this run", "goal", ""], *(_goal_cells(o) for o in goal_outcomes(results))]
    return "\n".join(
        [
            f"concurrency: {size} objects, one client per row, each Python row in a fresh process; "
            "median [min-max] over the recorded repeats",
            "client CPU per op = user+sys of the client process / ops (aisloader: its whole process, "
            "startup and listing included); aisclient verifies every GET's checksum",
            "",
            *_align(table, left=2),
            "",
            "goals: ratio of the medians, > 1 = aisclient better (ops/s: ours/theirs; CPU: theirs/ours)",
            *_align(goals, left=1),
        ]
    )


def concurrency_json(results: Results) -> dict[str, Any]:
    rows = []
    for row in concurrency_rows(results):
        rows.append(
            {
                "key": row.key,
                "label": row.label,
                "client": row.client,
                "op": row.op,
                "style": row.style,
                "workers": row.workers,
                "failed": _row_failed(results, row),
                "ops_per_s": _with_samples(results, concurrency.ops_metric_key(row.key), row.client),
                "cpu_us_per_op": _with_samples(results, concurrency.cpu_metric_key(row.key), row.client),
            }
        )
    goals = [
        {
            "label": o.goal.label,
            "ours": o.goal.ours,
            "peer": o.goal.peer,
            "figure": o.goal.figure,
            "target": o.goal.target,
            "value": o.value,
            "met": o.met,
        }
        for o in goal_outcomes(results)
    ]
    return {"rows": rows, "goals": goals}


def _with_samples(results: Results, metric_key: str, peer: str) -> dict[str, Any] | None:
    s = results.summary(metric_key, peer)
    return {**s, "samples": results.samples[metric_key][peer]} if s else None


def to_json(results: Results, mode: Mode, meta: dict[str, Any], peers: Sequence[str]) -> dict[str, Any]:
    figures = []
    for key, metric in ordered_metrics(results):
        figures.append(
            {
                "key": key,
                "label": metric.label,
                "unit": metric.unit,
                "higher_is_better": metric.higher_is_better,
                "peers": {
                    p: {**(results.summary(key, p) or {}), "samples": results.samples.get(key, {}).get(p, [])}
                    for p in peers
                    if results.summary(key, p)
                },
                "ratio_to_peer": {p: ratio(results, key, p) for p in peers if p != OURS},
            }
        )
    return {
        "meta": {**meta, "mode": mode.__dict__, "python": platform.python_version(), "machine": platform.machine()},
        "ratio_note": RATIO_NOTE,
        "figures": figures,
        "concurrency": concurrency_json(results) if concurrency_rows(results) else None,
        "errors": results.errors,
    }


def write_json(document: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=1, sort_keys=False) + "\n")
