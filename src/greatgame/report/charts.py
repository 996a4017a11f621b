"""Plotly figures as plain dicts (``{"data": [...], "layout": {...}}``).

The figures are built here rather than with plotly's Python objects so that each is small,
free of the default template, and the same on every render; the page hands them to
``Plotly.newPlot``. Any text from the articles is HTML-escaped before it reaches a label,
because plotly renders a few tags inside hover text.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from greatgame.records import Issue
from greatgame.report.context import PLOVER_TYPES, plottable_date
from greatgame.report.inputs import ci80, finite, model_colour, ordered_models

ACTOR_COLOURS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
)  # fmt: skip
_DASHES = ("solid", "dot", "dash", "longdash", "dashdot")
_FONT = {"family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", "size": 12}
HISTOGRAM_BINS = 40


def _layout(height: int, **extra: Any) -> dict[str, Any]:
    layout = {
        "height": height,
        "margin": {"l": 60, "r": 20, "t": 30, "b": 50},
        "font": _FONT,
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#fbfbfc",
        "hoverlabel": {"align": "left"},
    }
    layout.update(extra)
    return layout


def _esc(text: str, limit: int | None = None) -> str:
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "\u2026"
    return html.escape(text, quote=False)


def _scale_axis(issue: Issue, title: str) -> dict[str, Any]:
    """An axis over the issue's scale; its title names the two poles."""
    pad = (issue.high - issue.low) * 0.02
    poles = []
    if issue.low_label:
        poles.append(f"{issue.low:g} = {_esc(issue.low_label, 36)}")
    if issue.high_label:
        poles.append(f"{issue.high:g} = {_esc(issue.high_label, 36)}")
    if poles:  # one pole a line: two long labels on one line were cut at the chart's edge
        title = title + "".join(f"<br><i>{pole}</i>" for pole in poles)
    return {
        "range": [issue.low - pad, issue.high + pad],
        "title": {"text": title},
        "automargin": True,
        "zeroline": False,
        "gridcolor": "#e6e8eb",
    }


GOLDSTEIN_SCALE = [[0.0, "#c8333b"], [0.5, "#f1e7a6"], [1.0, "#2a9d5b"]]


# --- per issue ----------------------------------------------------------------------------


def forecast_figure(issue: Issue, models: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Each model's forecast as a point with its 80 % interval as an error bar."""
    data = []
    for model in reversed(ordered_models(models)):
        value = finite(models[model].get("forecast"))
        if value is None:
            continue
        interval = ci80(models[model])
        trace: dict[str, Any] = {
            "type": "scatter",
            "mode": "markers",
            "name": model,
            "x": [value],
            "y": [model],
            "marker": {"size": 13, "color": model_colour(model)},
            "showlegend": False,
        }
        hover = f"{model}: {value:.1f}"
        if interval:
            low, high = interval
            trace["error_x"] = {
                "type": "data",
                "symmetric": False,
                "array": [high - value],
                "arrayminus": [value - low],
                "thickness": 2.5,
                "width": 8,
                "color": model_colour(model),
            }
            hover += f"<br>80 % interval {low:.1f}\u2013{high:.1f}"
        trace["hovertemplate"] = hover + "<extra></extra>"
        data.append(trace)
    layout = _layout(
        70 + 42 * max(len(data), 1),
        xaxis=_scale_axis(issue, "forecast (dot) and 80 % interval"),
        yaxis={"type": "category", "automargin": True},
    )
    layout["margin"]["r"] = 60  # room for the high pole's label under the last tick
    return {"data": data, "layout": layout}


def histogram(distribution: Any, low: float, high: float) -> tuple[list[float], list[float]] | None:
    """A distribution as (edges, share of draws in %).

    Accepts a list of draw forecasts, ``{"edges": [...], "counts": [...]}``, or the engine's
    summary ``{"draws": n, ..., "histogram": {"edges", "counts"}}`` (also ``"values"``).
    """
    if isinstance(distribution, Mapping) and "edges" not in distribution:
        for key in ("histogram", "values"):
            if key in distribution:
                return histogram(distribution[key], low, high)
        return None
    if isinstance(distribution, Mapping):
        edges = [finite(e) for e in distribution.get("edges", ()) or ()]
        counts = [finite(c) for c in distribution.get("counts", ()) or ()]
        if len(edges) < 2 or len(edges) != len(counts) + 1 or None in edges or None in counts:
            return None
        values = [float(c) for c in counts]  # type: ignore[arg-type]
        edge_values = [float(e) for e in edges]  # type: ignore[arg-type]
    elif isinstance(distribution, Sequence) and not isinstance(distribution, str):
        draws = np.array([v for v in map(finite, distribution) if v is not None], dtype=float)
        if draws.size == 0:
            return None
        counts_array, edges_array = np.histogram(
            np.clip(draws, low, high), bins=HISTOGRAM_BINS, range=(low, high)
        )
        values = [float(c) for c in counts_array]
        edge_values = [float(e) for e in edges_array]
    else:
        return None
    total = sum(values)
    if total <= 0:
        return None
    return edge_values, [100.0 * v / total for v in values]


def distribution_figure(
    issue: Issue, models: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any] | None:
    """The Monte Carlo outcome distribution of each model, as overlaid step lines."""
    data = []
    for model in ordered_models(models):
        found = histogram(models[model].get("distribution"), issue.low, issue.high)
        if found is None:
            continue
        edges, shares = found
        data.append(
            {
                "type": "scatter",
                "mode": "lines",
                "name": model,
                "x": edges,
                "y": [*shares, shares[-1]],
                "line": {"shape": "hv", "width": 2, "color": model_colour(model)},
                "fill": "tozeroy",
                "fillcolor": model_colour(model) + "22",
                "hovertemplate": f"{model}: %{{y:.1f}} % of draws from %{{x:.1f}}<extra></extra>",
            }
        )
    if not data:
        return None
    layout = _layout(
        300,
        xaxis=_scale_axis(issue, "forecast across Monte Carlo draws"),
        yaxis={"title": {"text": "% of draws"}, "rangemode": "tozero", "gridcolor": "#e6e8eb"},
        legend={"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom"},
    )
    layout["margin"]["r"] = 60
    return {"data": data, "layout": layout}


def trajectory_figure(
    issue: Issue,
    models: Mapping[str, Mapping[str, Any]],
    names: Mapping[str, str],
    actor_order: Sequence[str],
) -> dict[str, Any] | None:
    """Each actor's position round by round; a menu switches between models."""
    rank = {a: i for i, a in enumerate(actor_order)}
    groups: list[tuple[str, list[dict[str, Any]]]] = []
    for model in ordered_models(models):
        rounds = [r for r in models[model].get("rounds") or () if isinstance(r, Mapping)]
        if not rounds:
            continue
        rounds = sorted(rounds, key=lambda r: finite(r.get("round")) or 0.0)
        steps = [int(finite(r.get("round")) or 0) for r in rounds]
        actors = sorted(
            {str(a) for r in rounds for a in (r.get("positions") or {})},
            key=lambda a: (rank.get(a, len(rank)), a),
        )
        traces = []
        for index, actor in enumerate(actors):
            name = _esc(names.get(actor, actor))
            traces.append(
                {
                    "type": "scatter",
                    "mode": "lines+markers" if len(steps) < 25 else "lines",
                    "name": name,
                    "legendgroup": actor,
                    "x": steps,
                    "y": [finite((r.get("positions") or {}).get(actor)) for r in rounds],
                    "line": {
                        "color": ACTOR_COLOURS[index % len(ACTOR_COLOURS)],
                        "dash": _DASHES[(index // len(ACTOR_COLOURS)) % len(_DASHES)],
                        "width": 2,
                    },
                    "marker": {"size": 5},
                    "hovertemplate": f"{name}<br>round %{{x}}: %{{y:.1f}}<extra>{model}</extra>",
                }
            )
        for key, dash in (("mean", "dash"), ("median", "dot")):
            values = [finite(r.get(key)) for r in rounds]
            if all(v is None for v in values):
                continue
            traces.append(
                {
                    "type": "scatter",
                    "mode": "lines",
                    "name": f"weighted {key}",
                    "x": steps,
                    "y": values,
                    "line": {"color": "#222", "dash": dash, "width": 3},
                    "hovertemplate": f"weighted {key}<br>round %{{x}}: %{{y:.1f}}"
                    f"<extra>{model}</extra>",
                }
            )
        groups.append((model, traces))
    if not groups:
        return None
    shown = next((i for i, (_, t) in enumerate(groups) if len(t[0]["x"]) > 1), 0)
    data, spans = [], []
    for index, (_, traces) in enumerate(groups):
        start = len(data)
        for trace in traces:
            trace["visible"] = index == shown
            data.append(trace)
        spans.append((start, len(data)))
    layout = _layout(
        380,
        xaxis={"title": {"text": "round"}, "dtick": _round_tick(data), "gridcolor": "#e6e8eb"},
        yaxis=_scale_axis(issue, "position"),
        legend={"orientation": "v", "x": 1.02, "y": 1},
    )
    layout["margin"]["r"] = 160
    if len(groups) > 1:
        layout["updatemenus"] = [
            {
                "type": "buttons",
                "direction": "right",
                "x": 0,
                "y": 1.16,
                "xanchor": "left",
                "yanchor": "top",
                "showactive": True,
                "active": shown,
                "buttons": [
                    {
                        "label": model,
                        "method": "restyle",
                        "args": [{"visible": [start <= i < end for i in range(len(data))]}],
                    }
                    for (model, _), (start, end) in zip(groups, spans, strict=True)
                ],
            }
        ]
        layout["margin"]["t"] = 60
    return {"data": data, "layout": layout}


def _round_tick(data: Sequence[Mapping[str, Any]]) -> int:
    longest = max((len(t["x"]) for t in data), default=1)
    return max(1, math.ceil(longest / 12))


def whatif_figure(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    """Shift of each model's forecast under each shock set; hatched bars are within noise."""
    by_shock: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["shift"] is not None:
            by_shock[row["shocks"]].append(row)
    if not by_shock:
        return None
    palette = ("#355c7d", "#c06c84", "#f67280", "#6c5b7b", "#f8b195")
    data = []
    for index, (label, items) in enumerate(by_shock.items()):
        data.append(
            {
                "type": "bar",
                "name": _esc(label, 80),
                "x": [r["model"] for r in items],
                "y": [r["shift"] for r in items],
                "marker": {
                    "color": palette[index % len(palette)],
                    "pattern": {"shape": ["/" if r["overlap"] else "" for r in items]},
                },
                "hovertemplate": _esc(label, 80) + "<br>%{x}: shift %{y:+.1f}<extra></extra>",
            }
        )
    layout = _layout(
        300,
        barmode="group",
        xaxis={"type": "category", "title": {"text": "model"}},
        yaxis={
            "title": {"text": "shift of the forecast"},
            "zerolinecolor": "#444",
            "gridcolor": "#e6e8eb",
        },
        legend={"orientation": "h", "y": -0.3},
    )
    layout["margin"]["b"] = 90
    return {"data": data, "layout": layout}


# --- a contest over time -----------------------------------------------------------------


def positions_over_time_figure(
    issue: Issue,
    positions: Sequence[Any],
    forecasts: Sequence[Any],
    names: Mapping[str, str],
    *,
    every: str = "month",
) -> dict[str, Any]:
    """Each actor's position at the end of each period (marker size: salience) and the
    forecast with its 80 % interval as a grey band. ``positions`` have ``period``,
    ``actor``, ``position``, ``salience``; ``forecasts`` ``period``, ``model``,
    ``forecast``, ``ci80``, ``articles`` (:mod:`greatgame.system.timeline`)."""
    data: list[dict[str, Any]] = []
    dates = [f.period.isoformat() for f in forecasts]
    if forecasts and all(f.ci80 for f in forecasts):
        data.append({"type": "scatter", "mode": "lines", "x": dates,
                     "y": [f.ci80[0] for f in forecasts], "line": {"width": 0},
                     "hoverinfo": "skip", "showlegend": False})
        data.append({"type": "scatter", "mode": "lines", "x": dates, "name": "80 % interval",
                     "y": [f.ci80[1] for f in forecasts], "fill": "tonexty",
                     "fillcolor": "rgba(34,34,34,0.10)", "line": {"width": 0},
                     "hoverinfo": "skip"})
    if forecasts:
        data.append({
            "type": "scatter", "mode": "lines+markers", "x": dates,
            "name": f"forecast ({_esc(forecasts[0].model)})",
            "y": [f.forecast for f in forecasts], "customdata": [f.articles for f in forecasts],
            "line": {"color": "#222", "width": 3, "dash": "dash"}, "marker": {"size": 7},
            "hovertemplate": "forecast %{y:.1f}<br>%{x}, %{customdata} article(s) read"
                             "<extra></extra>",
        })
    actors = sorted({p.actor for p in positions}, key=lambda a: (names.get(a, a), a))
    for index, actor in enumerate(actors):
        mine = sorted((p for p in positions if p.actor == actor), key=lambda p: p.period)
        name = _esc(names.get(actor, actor))
        data.append({
            "type": "scatter", "mode": "lines+markers", "name": name,
            "x": [p.period.isoformat() for p in mine], "y": [p.position for p in mine],
            "customdata": [p.salience for p in mine],
            "marker": {"size": [6 + 14 * p.salience for p in mine]},
            "line": {"color": ACTOR_COLOURS[index % len(ACTOR_COLOURS)], "width": 2,
                     "dash": _DASHES[(index // len(ACTOR_COLOURS)) % len(_DASHES)]},
            "hovertemplate": f"{name}<br>%{{x}}: %{{y:.1f}}, salience %{{customdata:.2f}}"
                             "<extra></extra>",
        })
    layout = _layout(
        320,
        xaxis={"type": "date", "title": {"text": f"end of each {_esc(every)}"},
               "gridcolor": "#e6e8eb"},
        yaxis=_scale_axis(issue, "position"),
        legend={"orientation": "v", "x": 1.02, "y": 1},
    )
    # the poles are named above the chart: two long labels on the axis were cut
    layout["yaxis"]["title"] = {"text": f"position ({issue.low:g}\u2013{issue.high:g})"}
    layout["margin"]["r"] = 180
    periods = sorted({p.period for p in positions} | {f.period for f in forecasts})
    if len(periods) == 1:  # one period: a month around it, not an axis of milliseconds
        day = periods[0]
        layout["xaxis"]["range"] = [(day - dt.timedelta(days=15)).isoformat(),
                                    (day + dt.timedelta(days=15)).isoformat()]
    return {"data": data, "layout": layout}


# --- events -------------------------------------------------------------------------------


def timeline_figure(events: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    """Events by date and PLOVER type; size counts events, colour is the Goldstein score."""
    cells: dict[tuple[bool, bool, str, str], list[Mapping[str, Any]]] = defaultdict(list)
    for event in events:
        date = plottable_date(event["date"])
        if date is None:
            continue
        scored = event["goldstein"] is not None
        cells[(event["fact"], scored, date, event["type"])].append(event)
    if not cells:
        return None
    present = {key[3] for key in cells}
    types = [t for t in PLOVER_TYPES if t in present] + sorted(present - set(PLOVER_TYPES))
    data = []
    for fact in (True, False):
        for scored in (True, False):
            keys = sorted(k for k in cells if k[0] == fact and k[1] == scored)
            if not keys:
                continue
            groups = [cells[k] for k in keys]
            name = "reported as fact" if fact else "negated, future, hypothetical or attributed"
            marker: dict[str, Any] = {
                "size": [10 + 5 * math.sqrt(len(g) - 1) for g in groups],
                "symbol": "circle" if fact else "circle-open",
                "line": {"width": 1.5 if not fact else 0.5, "color": "#333"},
            }
            if scored:
                goldstein = [sum(e["goldstein"] for e in g) / len(g) for g in groups]
                marker.update(
                    color=goldstein, cmin=-10, cmax=10, colorscale=GOLDSTEIN_SCALE,
                    showscale=fact or not any(k[0] and k[1] for k in cells),
                    colorbar={"title": {"text": "Goldstein", "side": "right"}, "thickness": 12},
                )  # fmt: skip
                if not fact:
                    marker["line"] = {"width": 2, "color": goldstein, "cmin": -10, "cmax": 10,
                                      "colorscale": GOLDSTEIN_SCALE}  # fmt: skip
            else:
                marker["color"] = "#9aa0a6"
                name += " (no Goldstein score)"
            data.append(
                {
                    "type": "scatter",
                    "mode": "markers",
                    "name": name,
                    "x": [k[2] for k in keys],
                    "y": [k[3] for k in keys],
                    "marker": marker,
                    "text": [_event_hover(g) for g in groups],
                    "hovertemplate": "%{text}<extra></extra>",
                }
            )
    layout = _layout(
        120 + 26 * len(types),
        xaxis={"type": "date", "gridcolor": "#e6e8eb"},
        yaxis={"type": "category", "categoryorder": "array", "categoryarray": types[::-1],
               "automargin": True},
        legend={"orientation": "h", "y": -0.25},
    )  # fmt: skip
    layout["margin"]["b"] = 90
    return {"data": data, "layout": layout}


def _event_hover(group: Sequence[Mapping[str, Any]], limit: int = 6) -> str:
    head = f"<b>{_esc(group[0]['type'])}</b> \u00b7 {_esc(group[0]['date'])} \u00b7 {len(group)}"
    lines = [head + (" event" if len(group) == 1 else " events")]
    for event in group[:limit]:
        flags = f" [{', '.join(event['flags'])}]" if event["flags"] else ""
        who = _esc(f"{event['source']} \u2192 {event['target']}{flags}", 90)
        lines.append(f"{who}: {_esc(event['text'], 110)}")
    if len(group) > limit:
        lines.append(f"\u2026 and {len(group) - limit} more")
    return "<br>".join(lines)
