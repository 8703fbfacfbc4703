"""The results chart: our ratio to each peer per figure, and the concurrency goals, as one PNG.

Drawn from the JSON document (:func:`aisbench.report.to_json`), so any recorded run can be drawn
again; the JSON stays the record. matplotlib's Agg canvas only: no display, no pyplot state.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

LABEL_CHARS = 64
ROW_HEIGHT_IN = 0.24
HEAT_SPAN = 8.0
"""The heat map's colours saturate at 1/8x and 8x."""
BETTER, WORSE = "#2e7d32", "#c62828"


def _short(label: str) -> str:
    """The label without its parenthesised explanation, cut to LABEL_CHARS."""
    label = label.split(" (")[0]
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def peer_ratios(document: dict[str, Any]) -> tuple[list[str], list[str], list[list[float | None]]]:
    """(figure labels, peers, ratio per figure and peer) of the figures that have any ratio."""
    figures = [f for f in document.get("figures", []) if any(v for v in f.get("ratio_to_peer", {}).values())]
    measured = {p for f in figures for p, v in f["ratio_to_peer"].items() if v}
    order = [*document.get("meta", {}).get("peers", []), *sorted(measured)]  # the run's peer order first
    peers = [p for p in dict.fromkeys(order) if p in measured]
    return (
        [f["label"] for f in figures],
        peers,
        [[f["ratio_to_peer"].get(p) for p in peers] for f in figures],
    )


def goal_ratios(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The concurrency goals that are ratios of two rows and were measured."""
    section = document.get("concurrency") or {}
    return [g for g in section.get("goals", []) if g["peer"] is not None and g["value"]]


def write_chart(document: dict[str, Any], path: Path) -> bool:
    """Draw the chart into ``path`` (PNG, written atomically); False when there is no ratio to draw."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    labels, peers, ratios = peer_ratios(document)
    goals = goal_ratios(document)
    panels = [p for p in ("peers", "goals") if (labels if p == "peers" else goals)]
    if not panels:
        return False
    rows = {"peers": len(labels), "goals": len(goals)}
    heights = [max(1.6, ROW_HEIGHT_IN * rows[p] + 0.9) for p in panels]
    figure = Figure(figsize=(11, sum(heights) + 0.8), layout="constrained")
    FigureCanvasAgg(figure)
    meta = document.get("meta", {})
    figure.suptitle(
        f"aisclient vs peers: ratio, > 1 = aisclient better - mode {meta.get('mode', {}).get('name', '?')}, "
        f"{meta.get('timestamp', '')}",
        fontsize=10,
    )
    axes = figure.subplots(len(panels), 1, squeeze=False, height_ratios=heights)[:, 0]
    for ax, panel in zip(axes, panels, strict=True):
        if panel == "peers":
            _draw_peers(ax, labels, peers, ratios)
        else:
            _ratio_axis(ax, _draw_goals(ax, goals))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        figure.savefig(tmp, format="png", dpi=110)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the chart is for everyone to read
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return True


def ratio_limits(values: list[float]) -> tuple[float, float]:
    """x range of a log ratio axis: every value and 1.0 inside, with some room either side."""
    low, high = min([*values, 1.0]), max([*values, 1.0])
    return low / 1.4, high * 1.4


def _ratio_axis(ax: Any, values: list[float]) -> None:
    from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator

    low, high = ratio_limits(values)
    ax.set_xscale("log")
    ax.set_xlim(low, high)
    steps = [m * 10.0**e for e in range(-3, 4) for m in (1, 2, 5)]
    ax.xaxis.set_major_locator(FixedLocator([t for t in steps if low <= t <= high]))
    ax.xaxis.set_minor_locator(NullLocator())
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}x"))
    ax.axvline(1.0, color="black", linewidth=0.8)
    ax.grid(axis="x", alpha=0.3)
    ax.tick_params(axis="both", labelsize=7)


def _draw_peers(ax: Any, labels: list[str], peers: list[str], ratios: list[list[float | None]]) -> None:
    """A heat map, one row per figure and one column per peer: green where aisclient is better."""
    import numpy as np
    from matplotlib.colors import LogNorm

    grid = np.array([[r if r else np.nan for r in row] for row in ratios], dtype=float)
    cmap = _diverging_cmap()
    ax.imshow(grid, cmap=cmap, norm=LogNorm(vmin=1 / HEAT_SPAN, vmax=HEAT_SPAN), aspect="auto")
    for (i, j), value in np.ndenumerate(grid):
        dark = not np.isnan(value) and not 1 / 4 < value < 4  # saturated cells: white text
        text = "-" if np.isnan(value) else f"{value:.2f}"
        ax.text(j, i, text, ha="center", va="center", fontsize=7, color="white" if dark else "black")
    ax.set_xticks(range(len(peers)), peers)
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(labels)), [_short(label) for label in labels])
    ax.tick_params(axis="both", labelsize=7, length=0)
    ax.set_title("aisclient's ratio to each peer, per figure (green: aisclient better)", fontsize=9)


def _diverging_cmap() -> Any:
    from matplotlib import colormaps

    return colormaps["RdYlGn"].with_extremes(bad="#eeeeee")  # grey: no figure for that peer


def _draw_goals(ax: Any, goals: list[dict[str, Any]]) -> list[float]:
    ys = list(range(len(goals)))
    values = [float(g["value"]) for g in goals]
    targets = [float(g["target"]) for g in goals]
    colors = [BETTER if g["met"] else WORSE for g in goals]
    ax.barh(ys, [v - 1.0 for v in values], left=1.0, height=0.6, color=colors)
    ax.scatter(targets, ys, marker="|", s=300, color="black", zorder=3)
    for y, value in zip(ys, values, strict=True):
        side = (3, "left") if value >= 1 else (-3, "right")
        ax.annotate(
            f"{value:.2f}",
            (value, y),
            xytext=(side[0], 0),
            textcoords="offset points",
            va="center",
            ha=side[1],
            fontsize=7,
        )
    ax.set_yticks(ys, [_short(g["label"]) for g in goals])
    ax.invert_yaxis()
    ax.set_title("concurrency goals (issue 13), log scale: green met, red not met; black tick = the goal", fontsize=9)
    return [*values, *targets]
