"""The forecast runner: every chosen model on every issue, with uncertainty and provenance.

:func:`forecast` returns a :class:`ForecastResult` whose :meth:`ForecastResult.to_dict` is
the JSON contract other tools read (keep the keys)::

    {"scenario": str,
     "issues": [{"id": str, "name": str,
                 "models": {MODEL: {"forecast": float,
                                    "rounds": [{"round": int, "mean": float, "median": float,
                                                "positions": {ACTOR_ID: float}}],
                                    "draws": int, "ci80": [float, float] | null, ...}}}],
     "provenance": {...}, "notes": [...]}

Round 0 is the input. ``forecast`` is the model's outcome at the point values; ``ci80`` is
the 10th-90th percentile of the Monte Carlo draws over the input ranges (null without
draws). Extra per-model keys: ``switches``, ``distribution`` (median, mean, percentiles,
histogram) and, on request, ``tornado``. The exchange model works across issues and has
no Monte Carlo here; with a single issue it is skipped with a note.

Model switches can be set in the scenario's ``params`` as ``"MODEL.SWITCH": value``
(e.g. ``eum.q: 0.5``); they are recorded in the provenance.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from greatgame.errors import InputError
from greatgame.models import baselines, eum  # noqa: F401  (registers the one-issue models)
from greatgame.models.base import IssueInputs, IssueRanges, Trajectory
from greatgame.models.montecarlo import DISTRIBUTIONS, Distribution, monte_carlo
from greatgame.models.provenance import provenance
from greatgame.models.sensitivity import Bar, tornado
from greatgame.records import Scenario
from greatgame.registry import models as model_registry

if TYPE_CHECKING:
    import pandas as pd

MODELS: tuple[str, ...] = ("compromise", "median", "mean", "eum", "exchange")
ONE_ISSUE: tuple[str, ...] = ("compromise", "median", "mean", "eum")


@dataclass(frozen=True)
class ModelForecast:
    """One model on one issue: its trajectory, and its outcome distribution if drawn."""

    trajectory: Trajectory
    distribution: Distribution | None = None
    tornado: tuple[Bar, ...] | None = None
    scale: tuple[float, float] | None = None

    @property
    def ci80(self) -> tuple[float, float] | None:
        return self.distribution.ci80 if self.distribution is not None else None

    def to_dict(self) -> dict[str, Any]:
        t = self.trajectory
        rounds = [
            {
                "round": r,
                "mean": float(t.means[r]),
                "median": float(t.medians[r]),
                "positions": {a: float(v) for a, v in zip(t.actor_ids, t.positions[r],
                                                          strict=True)},
            }
            for r in range(len(t.positions))
        ]
        out: dict[str, Any] = {
            "forecast": float(t.forecast),
            "rounds": rounds,
            "draws": self.distribution.draws if self.distribution is not None else 0,
            "ci80": list(self.ci80) if self.ci80 is not None else None,
            "switches": dict(t.switches),
        }
        if self.distribution is not None:
            out["distribution"] = self.distribution.summary(scale=self.scale)
        if self.tornado is not None:
            out["tornado"] = [bar.to_dict() for bar in self.tornado]
        return out


@dataclass(frozen=True)
class IssueForecast:
    id: str
    name: str
    models: dict[str, ModelForecast]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "models": {m: f.to_dict() for m, f in self.models.items()},
        }


@dataclass(frozen=True)
class ForecastResult:
    scenario: str
    issues: tuple[IssueForecast, ...]
    provenance: dict[str, Any] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "scenario": self.scenario,
            "issues": [i.to_dict() for i in self.issues],
            "provenance": self.provenance,
            "notes": list(self.notes),
        }

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_frame(self) -> pd.DataFrame:
        """One row per issue and model: forecast, 80 % interval, rounds, draws."""
        import pandas as pd

        rows = []
        for issue in self.issues:
            for name, f in issue.models.items():
                lo, hi = f.ci80 if f.ci80 is not None else (np.nan, np.nan)
                rows.append({
                    "issue": issue.id, "model": name, "forecast": f.trajectory.forecast,
                    "ci80_low": lo, "ci80_high": hi, "rounds": f.trajectory.rounds,
                    "draws": f.distribution.draws if f.distribution is not None else 0,
                })
        return pd.DataFrame(rows)


def resolve_models(models: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Model names in canonical order; "all" means every model. Unknown names are refused."""
    asked = [models] if isinstance(models, str) else list(models)
    names: set[str] = set()
    for name in asked:
        key = name.strip().lower()
        if key == "all":
            names.update(MODELS)
        elif key in MODELS:
            names.add(key)
        else:
            raise InputError(None, f"unknown model {name!r} (use one of {', '.join(MODELS)}, all)",
                             where="--model")
    return tuple(m for m in MODELS if m in names)


def model_switches(scenario: Scenario, name: str) -> dict[str, Any]:
    """Switches for model ``name`` from the scenario's params (``"name.switch": value``)."""
    prefix = f"{name}."
    return {k[len(prefix):]: v for k, v in scenario.params.items() if k.startswith(prefix)}


def build_model(scenario: Scenario, name: str) -> Any:
    """The registered model ``name`` with the scenario's switches; bad switches -> InputError."""
    switches = model_switches(scenario, name)
    try:
        return model_registry.get(name)(**switches)
    except TypeError as exc:
        raise InputError(None, f"bad switch for model {name!r}: {exc}", where="params") from exc


def forecast(
    scenario: Scenario,
    *,
    issue: str | None = None,
    models: str | tuple[str, ...] | list[str] = ("all",),
    draws: int = 1000,
    seed: int = 0,
    sampling: str = "triangular",
    sensitivity: bool = False,
) -> ForecastResult:
    """Forecast one issue (``issue``) or every issue of ``scenario`` with ``models``.

    ``draws`` Monte Carlo draws (0 for none) over the input ranges, sampled ``sampling``
    ("triangular" or "uniform") from ``seed``; ``sensitivity`` adds a tornado per model.
    """
    chosen = resolve_models(models)
    if draws < 0:
        raise InputError(None, f"draws must be 0 or more, not {draws}", where="--draws")
    if sampling not in DISTRIBUTIONS:
        raise InputError(None, f"sampling {sampling!r}: use one of {DISTRIBUTIONS}")
    known = [i.id for i in scenario.issues]
    if issue is not None and issue not in known:
        raise InputError(None, f"no issue {issue!r} in scenario {scenario.name!r} "
                         f"(issues: {', '.join(known)})", where="--issue")
    wanted = [issue] if issue is not None else known
    notes: list[str] = []
    built = {name: build_model(scenario, name) for name in chosen if name != "exchange"}
    for model in built.values():
        check = getattr(model, "_check", None)
        if check is not None:
            try:
                check()
            except ValueError as exc:
                raise InputError(None, str(exc), where="params") from exc

    exchange: dict[str, Trajectory] = {}
    if "exchange" in chosen:
        if len(scenario.issues) < 2:
            notes.append("exchange skipped: the scenario has a single issue, nothing to trade")
        else:
            from greatgame.models.exchange import run_exchange

            exchange = run_exchange(scenario, **model_switches(scenario, "exchange"))
            notes.append("exchange: no Monte Carlo (multi-issue model); draws 0, ci80 null")

    results = []
    for issue_id in wanted:
        item = scenario.issue(issue_id)
        if not scenario.positions_on(issue_id):
            notes.append(f"issue {issue_id!r} skipped: no actor holds a position on it")
            continue
        inputs = IssueInputs.from_scenario(scenario, issue_id)
        ranges = IssueRanges.from_scenario(scenario, issue_id)
        per_model: dict[str, ModelForecast] = {}
        for name in chosen:
            if name == "exchange":
                if issue_id in exchange:
                    per_model[name] = ModelForecast(trajectory=exchange[issue_id])
                continue
            model = built[name]
            dist = (monte_carlo(model, inputs, ranges, draws=draws, seed=seed,
                                distribution=sampling) if draws > 0 else None)
            bars = tuple(tornado(model, inputs, ranges)) if sensitivity else None
            per_model[name] = ModelForecast(trajectory=model.run(inputs), distribution=dist,
                                            tornado=bars, scale=inputs.scale)
        results.append(IssueForecast(id=item.id, name=item.name, models=per_model))

    switches = {name: m.switches() for name, m in built.items()}
    if exchange:
        switches["exchange"] = next(iter(exchange.values())).switches
    record = provenance(scenario, seed=seed, draws=draws, sampling=sampling,
                        switches=switches, issues=[r.id for r in results])
    return ForecastResult(scenario=scenario.name, issues=tuple(results), provenance=record,
                          notes=tuple(notes))
