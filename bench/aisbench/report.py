"""The results table (with our ratio to each peer) and the JSON history file."""

from __future__ import annotations

import json
import platform
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .peers import OURS
from .workloads import WORKLOADS, Metric, Mode, Results

RATIO_NOTE = (
    "ratio = aisclient vs that peer, oriented so that > 1 always means aisclient is better: "
    "ours/theirs for throughput (ops/s, MB/s), theirs/ours for time (s) and memory (MiB)."
)


def ordered_metrics(results: Results) -> list[tuple[str, Metric]]:
    """Workload by workload (in WORKLOADS order), whatever order the figures arrived in."""
    return sorted(results.metrics.items(), key=lambda item: WORKLOADS.index(item[0].split(".")[0]))


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
    if s["n"] == 1:
        return _figure(s["median"])
    return f"{_figure(s['median'])} [{_figure(s['min'])}-{_figure(s['max'])}]"


def render_table(results: Results, peers: Sequence[str]) -> str:
    others = [p for p in peers if p != OURS]
    header = ["figure", "unit", *peers, *(f"x {p}" for p in others)]
    rows = []
    for key, metric in ordered_metrics(results):
        ratios = [ratio(results, key, p) for p in others]
        unit = f"{metric.unit} ({'higher' if metric.higher_is_better else 'lower'} better)"
        rows.append(
            [metric.label, unit, *(_cell(results, key, p) for p in peers), *(f"{r:.2f}" if r else "-" for r in ratios)]
        )
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return " | ".join(
            c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    out = [
        "each figure: median [min-max] over the recorded repeats (warm-up excluded)",
        RATIO_NOTE,
        "",
        line(header),
        "-+-".join("-" * w for w in widths),
    ]
    out.extend(line(r) for r in rows)
    return "\n".join(out)


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
        "errors": results.errors,
    }


def write_json(document: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=1, sort_keys=False) + "\n")
