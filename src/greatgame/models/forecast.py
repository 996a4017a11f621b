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
histogram), ``beyond`` (the share of draws above and below a threshold: the analyst's, or
the middle of the scale; see :meth:`ModelForecast.beyond`) and, on request, ``tornado``
and ``sobol`` (first- and total-order Sobol indices, :mod:`greatgame.models.sobol`).
Extra per-issue key: ``power``, the Shapley-Shubik and Banzhaf indices of the actors
(:mod:`greatgame.models.power`).

The exchange model works across issues; its Monte Carlo replays the whole game per draw
(:mod:`greatgame.models.exchange_mc`) and runs at most 200 draws, fewer for large games
(:func:`~greatgame.models.exchange_mc.exchange_draws`; its ``draws`` key says how many).
With a single issue it is skipped with a note. So is ``smp``, KTAB's spatial model of
politics (:mod:`greatgame.models.smp`), which moves every actor on every issue at once; its
Monte Carlo reruns it on draws of the whole scenario (:mod:`greatgame.models.smp_mc`), at
most 200 draws and fewer for many actors (:func:`~greatgame.models.smp_mc.smp_draws`).
As for the exchange model, ``forecast`` is the point run's outcome, ``draws`` and ``ci80``
come from the Monte Carlo.

Model switches can be set in the scenario's ``params`` as ``"MODEL.SWITCH": value``
(e.g. ``eum.q: 0.5``); they are recorded in the provenance.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from greatgame.errors import InputError
from greatgame.models import baselines, eum, smp, solutions  # noqa: F401  (registers)
from greatgame.models.base import IssueInputs, IssueRanges, Trajectory
from greatgame.models.exchange_mc import EXCHANGE_DRAWS, exchange_draws
from greatgame.models.montecarlo import DISTRIBUTIONS, Distribution, monte_carlo
from greatgame.models.power import PowerIndices, power_indices
from greatgame.models.provenance import provenance
from greatgame.models.sensitivity import Bar, tornado
from greatgame.models.smp_mc import SMP_DRAWS, smp_draws, smp_monte_carlo
from greatgame.records import Scenario
from greatgame.registry import models as model_registry

if TYPE_CHECKING:
    import pandas as pd

MODELS: tuple[str, ...] = ("compromise", "median", "mean", "nash", "ks", "eum", "exchange",
                           "smp")
ONE_ISSUE: tuple[str, ...] = ("compromise", "median", "mean", "nash", "ks", "eum")


@dataclass(frozen=True)
class ModelForecast:
    """One model on one issue: its trajectory, and its outcome distribution if drawn."""

    trajectory: Trajectory
    distribution: Distribution | None = None
    tornado: tuple[Bar, ...] | None = None
    scale: tuple[float, float] | None = None
    threshold: float | None = None
    sobol: dict[str, Any] | None = None

    @property
    def ci80(self) -> tuple[float, float] | None:
        return self.distribution.ci80 if self.distribution is not None else None

    def beyond(self, threshold: float | None = None) -> dict[str, Any] | None:
        """The share of draws whose outcome ends above (and below) ``threshold``.

        For a yes/no question ("will the issue end beyond 50?"). Without a threshold, the
        one given to :func:`forecast`, else the middle of the scale. Draws exactly at the
        threshold count on neither side. None without draws.
        """
        if self.distribution is None:
            return None
        if threshold is None:
            threshold = self.threshold
        if threshold is None and self.scale is not None:
            threshold = 0.5 * (self.scale[0] + self.scale[1])
        if threshold is None:
            return None
        v = self.distribution.values
        return {"threshold": float(threshold), "above": float(np.mean(v > threshold)),
                "below": float(np.mean(v < threshold))}

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
            out["beyond"] = self.beyond()
        if self.tornado is not None:
            out["tornado"] = [bar.to_dict() for bar in self.tornado]
        if self.sobol is not None:
            out["sobol"] = self.sobol
        return out


@dataclass(frozen=True)
class IssueForecast:
    id: str
    name: str
    models: dict[str, ModelForecast]
    power: PowerIndices | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "models": {m: f.to_dict() for m, f in self.models.items()},
        }
        if self.power is not None:
            out["power"] = self.power.to_dict()
        return out


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
    threshold: float | dict[str, float] | None = None,
    power: bool = True,
    sobol: int = 0,
    exchange_limit: int | None = EXCHANGE_DRAWS,
    smp_limit: int | None = SMP_DRAWS,
) -> ForecastResult:
    """Forecast one issue (``issue``) or every issue of ``scenario`` with ``models``.

    ``draws`` Monte Carlo draws (0 for none) over the input ranges, sampled ``sampling``
    ("triangular" or "uniform") from ``seed``; ``sensitivity`` adds a tornado per model.
    ``threshold`` (one number, or issue id -> number) is the line of the yes/no question
    each model's ``beyond`` answers (the middle of the scale where none is given);
    ``power`` adds the issue's power indices; ``sobol`` > 0 adds Sobol indices from that
    base sample size; ``exchange_limit`` and ``smp_limit`` cap the exchange model's and
    the SMP's draws (None: no cap).
    """
    chosen = resolve_models(models)
    wanted = _check_options(scenario, issue, draws, sampling)
    built = _build_models(scenario, chosen)
    notes: list[str] = []
    exchange, exchange_dist = _exchange(scenario, chosen, draws=draws, seed=seed,
                                        sampling=sampling, limit=exchange_limit, notes=notes)
    spatial, spatial_dist = _smp(scenario, chosen, draws=draws, seed=seed, sampling=sampling,
                                 limit=smp_limit, notes=notes)
    whole = {"exchange": (exchange, exchange_dist), "smp": (spatial, spatial_dist)}
    options = {"draws": draws, "seed": seed, "sampling": sampling, "sensitivity": sensitivity,
               "sobol": sobol}
    results = []
    for issue_id in wanted:
        item = scenario.issue(issue_id)
        if not scenario.positions_on(issue_id):
            notes.append(f"issue {issue_id!r} skipped: no actor holds a position on it")
            continue
        inputs = IssueInputs.from_scenario(scenario, issue_id)
        ranges = IssueRanges.from_scenario(scenario, issue_id)
        line = threshold.get(issue_id) if isinstance(threshold, dict) else threshold
        per_model: dict[str, ModelForecast] = {}
        for name in chosen:
            if name not in whole:
                per_model[name] = _one_issue(built[name], inputs, ranges, line, **options)
                continue
            runs, dists = whole[name]  # models of the whole scenario, run above
            if issue_id in runs:
                per_model[name] = ModelForecast(
                    trajectory=runs[issue_id], distribution=dists.get(issue_id),
                    scale=inputs.scale, threshold=line)
        indices = (power_indices(inputs.actor_ids, inputs.capability, inputs.salience,
                                 seed=seed) if power else None)
        results.append(IssueForecast(id=item.id, name=item.name, models=per_model,
                                     power=indices))

    switches = {name: m.switches() for name, m in built.items()}
    if exchange:
        switches["exchange"] = next(iter(exchange.values())).switches
    if spatial:
        switches["smp"] = next(iter(spatial.values())).switches
    record = provenance(scenario, seed=seed, draws=draws, sampling=sampling,
                        switches=switches, issues=[r.id for r in results])
    return ForecastResult(scenario=scenario.name, issues=tuple(results), provenance=record,
                          notes=tuple(notes))


def _check_options(scenario: Scenario, issue: str | None, draws: int, sampling: str) -> list:
    """The issues to forecast; bad options -> InputError."""
    if draws < 0:
        raise InputError(None, f"draws must be 0 or more, not {draws}", where="--draws")
    if sampling not in DISTRIBUTIONS:
        raise InputError(None, f"sampling {sampling!r}: use one of {DISTRIBUTIONS}")
    known = [i.id for i in scenario.issues]
    if issue is not None and issue not in known:
        raise InputError(None, f"no issue {issue!r} in scenario {scenario.name!r} "
                         f"(issues: {', '.join(known)})", where="--issue")
    return [issue] if issue is not None else known


def _build_models(scenario: Scenario, chosen: tuple[str, ...]) -> dict[str, Any]:
    """The one-issue models, built and their switches checked."""
    built = {name: build_model(scenario, name) for name in chosen
             if name not in ("exchange", "smp")}
    for model in built.values():
        check = getattr(model, "_check", None)
        if check is not None:
            try:
                check()
            except ValueError as exc:
                raise InputError(None, str(exc), where="params") from exc
    return built


def _exchange(
    scenario: Scenario, chosen: tuple[str, ...], *, draws: int, seed: int, sampling: str,
    limit: int | None, notes: list[str],
) -> tuple[dict[str, Trajectory], dict[str, Distribution]]:
    """The exchange model's trajectories and, with draws, its distributions per issue."""
    if "exchange" not in chosen:
        return {}, {}
    if len(scenario.issues) < 2:
        notes.append("exchange skipped: the scenario has a single issue, nothing to trade")
        return {}, {}
    from greatgame.models.exchange import ExchangeModel
    from greatgame.models.exchange_mc import exchange_monte_carlo

    model = ExchangeModel(**model_switches(scenario, "exchange"))
    trajectories = model.run_scenario(scenario)
    issues = sum(1 for i in scenario.issues if scenario.positions_on(i.id))
    n = exchange_draws(draws, limit, actors=len(scenario.actors), issues=issues)
    _note_fewer_draws(notes, "exchange", n, draws, "the game is replayed per draw")
    if n == 0:
        return trajectories, {}
    dists = exchange_monte_carlo(scenario, model, draws=n, seed=seed, distribution=sampling)
    return trajectories, dists


def _note_fewer_draws(notes: list[str], model: str, n: int, draws: int, why: str) -> None:
    """Say when a model replayed per draw ran fewer Monte Carlo draws than the others."""
    if n < draws:
        notes.append(f"{model}: {n} Monte Carlo draws ({why}; the other models ran {draws})")


def _smp(
    scenario: Scenario, chosen: tuple[str, ...], *, draws: int, seed: int, sampling: str,
    limit: int | None, notes: list[str],
) -> tuple[dict[str, Trajectory], dict[str, Distribution]]:
    """The SMP's trajectory per issue (all issues move together) and, with draws, its
    distributions per issue; none on a single issue."""
    if "smp" not in chosen:
        return {}, {}
    if sum(1 for i in scenario.issues if scenario.positions_on(i.id)) < 2:
        notes.append("smp skipped: the scenario has a single issue (the spatial model of "
                     "politics moves actors across several issues at once)")
        return {}, {}
    try:
        model = build_model(scenario, "smp")
    except ValueError as exc:
        raise InputError(None, str(exc), where="params") from exc
    try:
        trajectories, found = model.run_scenario(scenario)
    except ValueError as exc:  # too few actors hold a position on every issue
        notes.append(f"smp skipped: {exc}")
        return {}, {}
    notes.extend(found)
    n = smp_draws(draws, limit, actors=len(next(iter(trajectories.values())).actor_ids))
    _note_fewer_draws(notes, "smp", n, draws, "the SMP is rerun per draw")
    if n == 0:
        return trajectories, {}
    mc = smp_monte_carlo(scenario, model, draws=n, seed=seed, distribution=sampling)
    if mc.stopped:
        notes.append(f"smp: {mc.stopped} of {n} Monte Carlo draws stopped at max_steps "
                     f"({model.options.max_steps}) before converging")
    return trajectories, mc.distributions


def _one_issue(
    model: Any, inputs: IssueInputs, ranges: IssueRanges, threshold: float | None, *,
    draws: int, seed: int, sampling: str, sensitivity: bool, sobol: int,
) -> ModelForecast:
    dist = (monte_carlo(model, inputs, ranges, draws=draws, seed=seed, distribution=sampling)
            if draws > 0 else None)
    bars = tuple(tornado(model, inputs, ranges)) if sensitivity else None
    indices = None
    if sobol > 0:
        from greatgame.models.sobol import sobol_indices

        indices = {"base": sobol, "seed": seed, "indices": [
            i.to_dict() for i in sobol_indices(model, inputs, ranges, base=sobol, seed=seed)]}
    return ModelForecast(trajectory=model.run(inputs), distribution=dist, tornado=bars,
                         scale=inputs.scale, threshold=threshold, sobol=indices)
