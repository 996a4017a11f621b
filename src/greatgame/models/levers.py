"""Levers: the single change open to an actor that moves a forecast most toward where it wants it.

For one actor ``A`` on one issue, with a target ``T`` (where A wants the issue to end: its
own position unless the analyst gives another), four kinds of lever are weighed, each on
its own, everything else held at its point value:

``position``
    A states another position, anywhere on the issue's scale.
``salience``
    A cares more or less: any salience in 0..1.
``capability``
    A brings more or less capability to bear, within its capability range (no lever when
    the range has no width: the analyst has said the number is known).
``win_over``
    A wins one other actor ``B`` over: B takes A's position (B's salience and capability
    unchanged). Every other actor is tried.

For each kind and each one-issue model the best value is the one whose forecast ends
closest to ``T`` (ties: the smallest change). The compromise model has a closed form
(:func:`compromise_levers`): with weights ``w = c s``, total ``W`` and forecast ``F``,
moving A's position to ``p`` gives ``F + w_A (p - x_A) / W``, so ``p* = x_A + (T - F) W / w_A``;
a salience or capability ``v`` gives ``(R + k v x_A) / (Q + k v)`` (``R, Q`` the others'
weighted sum and weight, ``k`` A's other factor), monotone in ``v``, solved for ``T`` and
clipped to the range; winning B over gives ``F + w_B (x_A - x_B) / W``. The other models are
searched (:func:`searched_levers`): a grid of ``grid`` positions over the scale, 21
saliences, 11 capabilities across the range, and every B, all in one batch.

Each lever carries its effect (forecast with the lever minus the baseline) and an 80 %
interval of that effect over Monte Carlo draws of the input ranges: the same draws with and
without the lever (paired), the changed input moved in each draw by the lever's step from
its drawn value (as a what-if shock moves a range with its value), B taking A's drawn
position. Every kind includes "no change" (for ``win_over``: winning no one over), so a
lever never moves the forecast away from ``T``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from greatgame.errors import InputError
from greatgame.models.base import IssueInputs, IssueModel, IssueRanges
from greatgame.models.forecast import ONE_ISSUE, build_model, resolve_models
from greatgame.models.montecarlo import draw_inputs
from greatgame.records import Scenario

KINDS = ("position", "salience", "capability", "win_over")
_SALIENCES = np.linspace(0.0, 1.0, 21)
_CAPABILITY_STEPS = 11


@dataclass(frozen=True)
class Change:
    """One candidate change: which input of which actor, to what value."""

    kind: str
    actor: int  # index of the actor whose input changes (A, or the B won over)
    field: str  # position | salience | capability
    value: float  # the new value (for win_over: A's position)
    source: int = -1  # for win_over: A, whose (drawn) position B takes


@dataclass(frozen=True)
class Lever:
    """The best change of one kind under one model, and what it does."""

    model: str
    kind: str
    actor: str  # whose input changes
    before: float
    after: float
    baseline: float
    forecast: float
    toward: float
    method: str  # closed_form | search
    effect_ci80: tuple[float, float] | None = None
    forecast_ci80: tuple[float, float] | None = None

    @property
    def effect(self) -> float:
        return self.forecast - self.baseline

    @property
    def closer(self) -> float:
        """How much nearer the target the forecast ends (negative: farther)."""
        return abs(self.baseline - self.toward) - abs(self.forecast - self.toward)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("effect_ci80", "forecast_ci80"):
            out[key] = list(out[key]) if out[key] is not None else None
        return {**out, "effect": self.effect, "closer": self.closer}


def _apply(inputs: IssueInputs, change: Change, rows: dict[str, np.ndarray] | None = None):
    """Arrays (capability, position, salience) with ``change`` made; ``rows`` are draws.

    In draws, the changed input moves by the change's step from its drawn value (clipped
    to the scale, to 0..1, to at least 0), so a lever that changes nothing changes no draw.
    """
    base = rows if rows is not None else {
        f: getattr(inputs, f)[None, :] for f in ("capability", "position", "salience")}
    out = {f: v.copy() for f, v in base.items()}
    k = change.actor
    if change.kind == "win_over":
        out["position"][:, k] = base["position"][:, change.source]
    elif rows is None:
        out[change.field][:, k] = change.value
    else:
        low, high = {"position": inputs.scale, "salience": (0.0, 1.0)}.get(
            change.field, (0.0, np.inf))
        step = change.value - float(getattr(inputs, change.field)[k])
        out[change.field][:, k] = np.clip(base[change.field][:, k] + step, low, high)
    return out["capability"], out["position"], out["salience"]


def candidates(inputs: IssueInputs, ranges: IssueRanges, me: int, *, grid: int = 41
               ) -> list[Change]:
    """Every change searched: positions over the scale, saliences, capabilities, each B."""
    low, high = inputs.scale
    out = [Change("position", me, "position", float(v))
           for v in np.unique(np.append(np.linspace(low, high, grid), inputs.position[me]))]
    out += [Change("salience", me, "salience", float(v))
            for v in np.unique(np.append(_SALIENCES, inputs.salience[me]))]
    c_lo, c_hi = ranges.capability[0][me], ranges.capability[1][me]
    if c_hi > c_lo:
        steps = np.linspace(c_lo, c_hi, _CAPABILITY_STEPS)
        out += [Change("capability", me, "capability", float(v))
                for v in np.unique(np.append(steps, inputs.capability[me]))]
    # b == me is the lever "win no one over": a no-op that a harmful win-over loses to.
    out += [Change("win_over", b, "position", float(inputs.position[me]), me)
            for b in range(len(inputs.actor_ids))]
    return out


def _forecasts(model: IssueModel, inputs: IssueInputs, changes: list[Change]) -> np.ndarray:
    rows = [_apply(inputs, ch) for ch in changes]
    c, x, s = (np.concatenate([r[k] for r in rows]) for k in range(3))
    return np.asarray(model.run_batch(c, x, s, inputs.scale), dtype=float)


def _before(inputs: IssueInputs, change: Change) -> float:
    return float(getattr(inputs, change.field)[change.actor])


def _best(inputs: IssueInputs, changes: list[Change], values: np.ndarray, toward: float
          ) -> dict[str, tuple[Change, float]]:
    """Per kind, the change ending closest to ``toward``; ties to the smallest change."""
    best: dict[str, tuple[tuple[float, float], Change, float]] = {}
    for change, value in zip(changes, values, strict=True):
        key = (round(abs(value - toward), 12), abs(change.value - _before(inputs, change)))
        if change.kind not in best or key < best[change.kind][0]:
            best[change.kind] = (key, change, float(value))
    return {kind: (ch, v) for kind, (_, ch, v) in best.items()}


def searched_levers(model: IssueModel, inputs: IssueInputs, ranges: IssueRanges, me: int,
                    toward: float, *, grid: int = 41) -> dict[str, tuple[Change, float]]:
    """The best change of each kind by search: kind -> (change, forecast)."""
    changes = candidates(inputs, ranges, me, grid=grid)
    return _best(inputs, changes, _forecasts(model, inputs, changes), toward)


def compromise_levers(model: IssueModel, inputs: IssueInputs, ranges: IssueRanges, me: int,
                      toward: float) -> dict[str, tuple[Change, float]]:
    """The best change of each kind for the compromise model, in closed form."""
    c, x, s = inputs.capability, inputs.position, inputs.salience
    w = c * s
    total, forecast = w.sum(), float((w * x).sum() / w.sum())
    low, high = inputs.scale
    changes = [Change("position", me, "position", float(x[me])),
               Change("salience", me, "salience", float(s[me]))]
    if w[me] > 0:
        p = x[me] + (toward - forecast) * total / w[me]
        changes.append(Change("position", me, "position", float(np.clip(p, low, high))))
    rest, rest_sum = total - w[me], (w * x).sum() - w[me] * x[me]
    factors = {"salience": (c[me], 0.0, 1.0),
               "capability": (s[me], ranges.capability[0][me], ranges.capability[1][me])}
    for field, (other, lo, hi) in factors.items():
        if field == "capability" and not hi > lo:
            continue
        ends = [lo, hi]
        if other > 0 and x[me] != toward:
            ends.append((toward * rest - rest_sum) / (other * (x[me] - toward)))
        changes += [Change(field, me, field, float(np.clip(v, lo, hi))) for v in ends]
    changes += [Change("win_over", b, "position", float(x[me]), me) for b in range(len(x))]
    values = np.array([_exact(inputs, ch) for ch in changes])
    return _best(inputs, changes, values, toward)


def _exact(inputs: IssueInputs, change: Change) -> float:
    c, x, s = (a[0] for a in _apply(inputs, change))
    w = c * s
    return float((w * x).sum() / w.sum()) if w.sum() > 0 else float(x.mean())


def _intervals(model: IssueModel, inputs: IssueInputs, ranges: IssueRanges,
               changes: list[Change], *, draws: int, seed: int):
    """Per change: 80 % intervals of its effect and of the forecast with it (paired draws)."""
    drawn = draw_inputs(inputs, ranges, draws=draws, seed=seed)
    rows = {f: drawn[f] for f in ("capability", "position", "salience")}
    variants = [(rows["capability"], rows["position"], rows["salience"])]
    variants += [_apply(inputs, ch, rows) for ch in changes]
    c, x, s = (np.concatenate([v[k] for v in variants]) for k in range(3))
    out = np.asarray(model.run_batch(c, x, s, inputs.scale), dtype=float).reshape(-1, draws)
    base = out[0]

    def ci(v: np.ndarray) -> tuple[float, float]:
        lo, hi = np.percentile(v, [10, 90])
        return (float(lo), float(hi))

    return ci(base), [(ci(v - base), ci(v)) for v in out[1:]]


def levers(model: IssueModel, inputs: IssueInputs, ranges: IssueRanges, actor: str, *,
           toward: float, draws: int = 200, seed: int = 0, grid: int = 41
           ) -> tuple[float, tuple[float, float] | None, list[Lever]]:
    """The baseline, its 80 % interval, and the best lever of each kind, best first."""
    me = inputs.actor_ids.index(actor)
    baseline = float(model.run(inputs).forecast)
    closed = model.name == "compromise"
    best = (compromise_levers(model, inputs, ranges, me, toward) if closed
            else searched_levers(model, inputs, ranges, me, toward, grid=grid))
    kinds = [k for k in KINDS if k in best]
    base_ci, cis = (None, [(None, None)] * len(kinds))
    if draws > 0:
        base_ci, cis = _intervals(model, inputs, ranges, [best[k][0] for k in kinds],
                                  draws=draws, seed=seed)
    out = []
    for kind, (effect_ci, forecast_ci) in zip(kinds, cis, strict=True):
        change, value = best[kind]
        out.append(Lever(
            model=model.name, kind=kind, actor=inputs.actor_ids[change.actor],
            before=_before(inputs, change), after=change.value, baseline=baseline,
            forecast=value, toward=toward, method="closed_form" if closed else "search",
            effect_ci80=effect_ci, forecast_ci80=forecast_ci,
        ))
    return baseline, base_ci, sorted(out, key=lambda lv: -lv.closer)


def describe(lever: Lever, actor: str) -> str:
    """One line an analyst reads: what the lever is."""
    if lever.kind == "win_over" and lever.actor == actor:
        return f"winning no one over helps {actor}"
    if lever.kind == "win_over":
        moved = f"{lever.before:g} -> {lever.after:g}"
        return f"{actor} wins {lever.actor} over ({lever.actor} {moved})"
    if lever.after == lever.before:
        return f"no change of {actor}'s {lever.kind} helps (now {lever.before:.4g})"
    verb = {"position": "states", "salience": "puts salience", "capability": "brings capability"}
    return f"{actor} {verb[lever.kind]} {lever.after:.4g} (now {lever.before:.4g})"


def advise(
    scenario: Scenario,
    actor: str,
    *,
    toward: float | None = None,
    issue: str | None = None,
    models: str | tuple[str, ...] | list[str] = ("all",),
    draws: int = 200,
    seed: int = 0,
    grid: int = 41,
) -> dict[str, Any]:
    """The levers open to ``actor`` on each issue it holds a position on (or ``issue``).

    ``toward``: where the actor wants the issue to end (default: its own position); it needs
    ``issue`` when the actor holds positions on several issues, whose scales differ.
    Returns ``{"scenario", "actor", "issues": [{"id", "name", "toward", "models": {MODEL:
    {"baseline", "baseline_ci80", "levers": [...]}}}], "notes"}``, levers best first.
    """
    issues = _issues_of(scenario, actor, issue, toward)
    chosen = [m for m in resolve_models(models) if m in ONE_ISSUE]
    notes = []
    if "exchange" in resolve_models(models):
        notes.append("exchange: no levers (a multi-issue model; its single-issue forecast "
                     "is the compromise's)")
    out = []
    for issue_id in issues:
        inputs = IssueInputs.from_scenario(scenario, issue_id)
        ranges = IssueRanges.from_scenario(scenario, issue_id)
        target = toward if toward is not None else float(
            inputs.position[inputs.actor_ids.index(actor)])
        per_model = {}
        for name in chosen:
            base, base_ci, found = levers(build_model(scenario, name), inputs, ranges, actor,
                                          toward=target, draws=draws, seed=seed, grid=grid)
            per_model[name] = {
                "baseline": base, "baseline_ci80": list(base_ci) if base_ci else None,
                "levers": [{**lv.to_dict(), "text": describe(lv, actor)} for lv in found],
            }
        out.append({"id": issue_id, "name": inputs.issue.name, "toward": target,
                    "models": per_model})
    return {"scenario": scenario.name, "actor": actor, "draws": draws, "seed": seed,
            "issues": out, "notes": notes}


def _issues_of(scenario: Scenario, actor: str, issue: str | None, toward: float | None
               ) -> list[str]:
    """The issues to advise on; an unknown actor or issue, or a bad target -> InputError."""
    if actor not in {a.id for a in scenario.actors}:
        known = ", ".join(a.id for a in scenario.actors)
        raise InputError(None, f"unknown actor {actor!r} (known: {known})", where="--actor")
    held = [p.issue for p in scenario.positions if p.actor == actor]
    if issue is not None:
        if issue not in {i.id for i in scenario.issues}:
            known = ", ".join(i.id for i in scenario.issues)
            raise InputError(None, f"unknown issue {issue!r} (known: {known})", where="--issue")
        if issue not in held:
            raise InputError(None, f"{actor!r} holds no position on {issue!r}", where="--issue")
        held = [issue]
    if not held:
        raise InputError(None, f"{actor!r} holds no position on any issue", where="--actor")
    if toward is not None:
        if len(held) > 1:
            raise InputError(None, f"{actor!r} holds positions on {len(held)} issues: name one "
                             "with --issue for --toward", where="--toward")
        item = scenario.issue(held[0])
        if not item.low <= toward <= item.high:
            raise InputError(None, f"--toward {toward:g} is outside the scale {item.low:g}.."
                             f"{item.high:g} of {item.id!r}", where="--toward")
    return held
