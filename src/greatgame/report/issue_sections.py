"""Each issue's section of the report: its forecasts by model, their charts and what-ifs.

The same section serves the one system of an article and each contest's own system in a
corpus report (:mod:`greatgame.report.contests`); ``prefix`` keeps their chart keys apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from greatgame.report import charts, context
from greatgame.report.inputs import ReportInputs, forecast_issues


def issue_sections(
    inputs: ReportInputs, names: Mapping[str, str], *, prefix: str = "issue"
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Per issue of the scenario what its section shows, keyed ``<prefix><n>``, and the
    figures its charts draw (by key)."""
    scenario = inputs.scenario
    order = [a.id for a in scenario.actors]
    by_id = forecast_issues(inputs.forecast)
    issues, figures = [], {}
    for number, issue in enumerate(scenario.issues):
        entry = by_id.get(issue.id, {})
        models = entry.get("models", {}) or {}
        whatifs = context.whatif_rows(inputs, issue.id, names)
        key = f"{prefix}{number}"
        built = {
            "forecast": charts.forecast_figure(issue, models) if models else None,
            "distribution": charts.distribution_figure(issue, models),
            "trajectory": charts.trajectory_figure(issue, models, names, order),
            "whatif": charts.whatif_figure(whatifs),
        }
        for name, figure in built.items():
            if figure is not None:
                figures[f"{key}-{name}"] = figure
        issues.append(
            {
                "key": key,
                "issue": issue,
                "positions": len(scenario.positions_on(issue.id)),
                "forecasts": context.forecast_rows(models),
                "whatifs": whatifs,
                "charts": {name: f"{key}-{name}" for name, f in built.items() if f is not None},
            }
        )
    return issues, figures
