"""The headline forecast: the model that has earned it, and a value inside its interval.

Which model heads the report is read from the evidence, not fixed:

- **our backtest** (:mod:`greatgame.models.backtest`, the packaged reference cases): each
  model's mean absolute error, each error as a percentage of its case's scale width (the
  EC emissions case runs 4-10 years, KTAB's SOE cases 0-100), over the models that run on
  every case;
- **published evidence**: on DEU III (351 EU decisions; Thomson et al.), the capability x
  salience weighted mean (our ``compromise``) has a mean absolute error of 23.0 against the
  expected-utility model's 26.8.

The headline is the model with the lowest backtest error, except that a model within
``tolerance`` points of it which the published evidence also supports is preferred: four
cases cannot tell models apart that close, 351 decisions can. The EUM stays in the report
as the view of the bargaining's dynamics (its rounds), not as the point forecast.

The headline value is the median of the model's Monte Carlo draws when there are draws,
so that it always lies inside its own 80 % interval; the model's forecast at the point
values is reported beside it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

PUBLISHED = {"compromise": 23.0, "eum": 26.8}  # DEU III mean absolute error (0-100 scale)
PUBLISHED_SOURCE = "DEU III, 351 EU decisions: compromise MAE 23.0, expected utility 26.8"


@dataclass(frozen=True)
class Choice:
    model: str
    errors: dict[str, float]  # model -> backtest mean |error|, % of scale width
    why: str


@functools.cache
def choose(tolerance: float = 1.0) -> Choice:
    """The headline model from the backtest table and the published evidence."""
    from greatgame.models.backtest import backtest, case_scenario, cases

    widths = {}
    for case in cases():
        issue = case_scenario(case).issue(case.issue)
        widths[case.id] = issue.high - issue.low
    rows = backtest(draws=0, seed=0)
    by_model: dict[str, list[float]] = {}
    for r in rows:
        by_model.setdefault(r.model, []).append(100 * r.abs_error / widths[r.case])
    n_cases = len({r.case for r in rows})
    errors = {m: sum(v) / len(v) for m, v in by_model.items() if len(v) == n_cases}
    best = min(errors, key=lambda m: (errors[m], m))
    close = [m for m in PUBLISHED if m in errors and errors[m] <= errors[best] + tolerance]
    model = min(close, key=lambda m: PUBLISHED[m]) if close else best
    table = ", ".join(f"{m} {e:.1f}" for m, e in sorted(errors.items(), key=lambda kv: kv[1]))
    why = (f"The headline model is {model}. Backtest, mean |error| as % of the scale over "
           f"{n_cases} cases: {table}. Published: {PUBLISHED_SOURCE}.")
    if model != best:
        why += (f" {model} is within {tolerance:g} point of {best}, which four cases cannot "
                "tell apart, and has the published support.")
    return Choice(model, errors, why)


def headline(issue: dict[str, Any], model: str | None = None) -> dict[str, Any] | None:
    """The headline of one issue of the forecast JSON: model, value (median of the draws,
    else the point forecast), interval and the point forecast; None when the chosen model
    did not run on the issue (the first model that did is used instead)."""
    models = issue.get("models") or {}
    wanted = model or choose().model
    name = wanted if wanted in models else next(iter(models), None)
    if name is None:
        return None
    entry = models[name]
    dist = entry.get("distribution") or {}
    value = dist.get("median", entry.get("forecast"))
    return {
        "model": name,
        "value": value,
        "basis": "median of draws" if "median" in dist else "point forecast",
        "point": entry.get("forecast"),
        "ci80": entry.get("ci80"),
    }
