"""The spatial model of politics (SMP) of KTAB, over several issues at once.

Bruce & Wise's KTAB (KAPSARC Toolkit for Behavioral Analysis; Wise, Lester, Efird & Bruce,
"An Introduction to KTAB", KAPSARC 2015; the SMP description in KTAB's ``examples/smp/doc``)
models actors with a position on every issue (a point of the unit cube, one axis per
issue), a salience per issue and a capability. Each step:

1. **Utilities.** ``d_ij`` is the salience-weighted distance from ``i``'s ideal (its current
   position) to ``j``'s position, ``sqrt(sum_k (s_ik (x_ik - x_jk))^2 / sum_k s_ik^2)``, and
   ``u = (1 - d)(1 + d R)`` with ``R`` the risk attitude.
2. **Risk attitudes.** The probabilistic Condorcet election (PCE) over the actors' positions
   with risk-neutral utilities gives each position a chance ``p_i``; ``R_i`` rescales it
   (``big_r_range``) and ``h`` estimates ``i``'s attitude by anchoring on its own
   (``big_r_adjust``).
3. **Challenges.** Each actor ``i`` estimates, for every target ``j``, the chance it beats
   ``j`` (``j``'s and ``i``'s own weight ``c s`` plus third parties who join the side they
   prefer in a little three-actor contest, ``third_party``) and the expected gain over the
   status quo; it challenges the target of greatest positive gain.
4. **Bargains.** The challenger proposes that both adopt a point between the two positions,
   per issue weighted by ``(salience^n probability^m)`` (``interpolation``), rounded to 1e-4.
5. **Choice.** Every actor's options are the status quo and the bargains that involve it;
   the PCE over the actors' (mean-over-positions) utilities of the resulting states picks
   one (``transition``), and the actor moves there.
6. **Stop** when the state moved less than ``tolerance`` times the first step (the sum over
   actors of the distance moved, KTAB's ``stateDist``), after ``min_steps``, or at
   ``max_steps``.

Each switch keeps KTAB's name in its docstring; the defaults are KTAB's ``smpc`` defaults
(the 2017-05-30 reference runs of SOE-Pol-Comp and dummyData_3Dim). Read from KTAB's MIT-
licensed sources (``examples/smp/libsrc/smp.cpp``, ``smpbcn.cpp``; ``kmodel.cpp``); no code
is copied. Left out: ideal accommodation (ideals always track positions, KTAB's identity
matrix), the ``InitRcvrInterp`` and ``PWCompInterp`` bargain models, per-actor voting rules.

>>> from greatgame.models.smp import utility
>>> round(float(utility(0.25, 0.5)), 4)
0.8438
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from greatgame.models.base import Trajectory, weighted_mean, weighted_median
from greatgame.models.smp_core import (
    BIG_R_ADJUSTS,
    BIG_R_RANGES,
    INTERPOLATIONS,
    PCE_MODELS,
    SALIENCE_SUMS,
    THIRD_PARTY,
    TRANSITIONS,
    VICTORY_MODELS,
    VOTING_RULES,
    Switches,
    challenges,
    interpolate,
    pce,
    risk_attitudes,
    utility,
    vdiff,
    vote,
)
from greatgame.records import Scenario
from greatgame.registry import models

__all__ = ["BIG_R_ADJUSTS", "BIG_R_RANGES", "INTERPOLATIONS", "PCE_MODELS", "SALIENCE_SUMS",
           "THIRD_PARTY", "TRANSITIONS", "VICTORY_MODELS", "VOTING_RULES", "SMPModel",
           "SMPResult", "Switches", "bargain", "challenges", "interpolate", "outcome", "pce",
           "overall_salience", "risk_attitudes", "run_smp", "smp_arrays", "state_distance",
           "step", "utility", "vdiff", "vote", "win_probs"]




@dataclass(frozen=True)
class SMPResult:
    """A run: positions per state on each issue's own scale, and each position's chance."""

    actor_ids: tuple[str, ...]
    issue_ids: tuple[str, ...]
    positions: np.ndarray  # (states, actors, issues) on each issue's scale; state 0 = input
    win_prob: np.ndarray  # (states, actors): the chance the actor's position wins the PCE
    risk: np.ndarray  # (states, actors): the inferred risk attitudes R
    steps: int
    converged: bool
    switches: dict[str, Any] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    low: np.ndarray | None = None  # (issues,) each issue's scale; None: the unit interval
    span: np.ndarray | None = None

    @property
    def final(self) -> np.ndarray:
        """The last state's positions, (actors, issues)."""
        return self.positions[-1]

    def outcome(self, how: str = "expected") -> np.ndarray:
        """Where each issue settles: per issue, the last state's positions weighted by their
        chance of winning (``expected``; actors sharing a position share its chance), or
        the position most likely to win (``most_likely``)."""
        low = self.low if self.low is not None else 0.0
        span = self.span if self.span is not None else 1.0
        tol = self.switches.get("position_tolerance", Switches.position_tolerance)
        unit = (self.positions[-1] - low) / span
        return outcome(unit, self.win_prob[-1], how, tol) * span + low


def outcome(last: np.ndarray, prob: np.ndarray, how: str = "expected",
            tol: float = Switches.position_tolerance) -> np.ndarray:
    """Where each issue settles from a state's positions ``last`` (actors, issues, on the
    unit cube) and their winning chances ``prob`` (see :meth:`SMPResult.outcome`).

    Actors within ``tol`` of each other hold one option of the election
    (:func:`win_probs`), so each reports the option's whole chance; ``expected`` splits
    it evenly among them, so the weights sum to 1 and the outcome stays on the scale."""
    if how == "most_likely":
        return last[int(np.argmax(prob))]
    if how != "expected":
        raise ValueError(f"outcome {how!r}: use 'expected' or 'most_likely'")
    groups = _groups(last, tol)
    return (prob / np.bincount(groups, minlength=len(groups))[groups]) @ last


# --- one state -----------------------------------------------------------------------


def win_probs(x: np.ndarray, s: np.ndarray, c: np.ndarray, risk: np.ndarray,
              sw: Switches) -> np.ndarray:
    """Each actor's chance that its position wins: the PCE over the distinct positions, each
    actor voting with its own utilities (KTAB ``pDist(-1)``; rule: ``win_rule``)."""
    u = utility(vdiff(x, x, s), risk[:, None])
    groups = _groups(x, sw.position_tolerance)
    reps = np.unique(groups)
    rule = sw.voting_rule if sw.win_rule == "model" else "proportional"
    p = pce(u[:, reps], c, rule, sw.victory_model, sw.pce_model)
    return p[np.searchsorted(reps, groups)]


def _groups(x: np.ndarray, tol: float) -> np.ndarray:
    """Index of the first actor whose position is within ``tol`` (KTAB ``setUENdx``)."""
    n = len(x)
    dist = np.linalg.norm(x[:, None, :] - x[None, :, :], axis=-1)
    out = np.arange(n)
    for i in range(n):
        close = np.flatnonzero(dist[i, : i] < tol)
        if close.size:
            out[i] = out[close[0]]
    return out


def step(x: np.ndarray, s: np.ndarray, c: np.ndarray, sw: Switches,
         rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """One step of bargaining from positions ``x`` (unit cube): new positions and the risk
    attitudes this state's election implied."""
    n = len(x)
    risk, aware = risk_attitudes(x, s, c, sw)
    target, p_win = challenges(aware, s.sum(axis=1), c, sw)
    # bargains, in KTAB's order: actor k's list starts with the bargains proposed to it by
    # earlier actors, then its status quo, then the bargains it proposed or received later
    lists: list[list[tuple[int, int, np.ndarray, np.ndarray] | None]] = [[] for _ in range(n)]
    for i in range(n):
        lists[i].append(None)  # the status quo
        j = target[i]
        if j < 0:
            continue
        bi, bj = interpolate(x[i], s[i], p_win[i], x[j], s[j], 1.0 - p_win[i], sw)
        lists[i].append((i, j, bi, bj))
        lists[j].append((i, j, bi, bj))
    own = np.einsum("aan->an", aware)  # u_a(x_n) with a's own risk attitude
    value = _option_values(lists, x, s, risk, own)
    new = x.copy()
    for k in range(n):
        u = np.stack([value[-1 if opt is None else opt[0]] for opt in lists[k]], axis=1)
        p = pce(u, c, sw.voting_rule, sw.victory_model, sw.pce_model)
        m = int(np.argmax(p)) if sw.transition == "deterministic" else int(
            rng.choice(len(p), p=p / p.sum()))
        chosen = lists[k][m]
        if chosen is not None:
            new[k] = chosen[2] if chosen[0] == k else chosen[3]
    return new, risk


def _option_values(lists: list, x: np.ndarray, s: np.ndarray, risk: np.ndarray,
                   own: np.ndarray) -> dict[int, np.ndarray]:
    """Every actor's mean utility over all positions once an option is implemented, by
    option: the bargain proposed by actor i under key i, the status quo under -1. Each
    bargain is on two actors' lists; it is valued once."""
    n = len(x)
    base = own.sum(axis=1)
    value = {-1: base / n}
    for options in lists:
        for opt in options:
            if opt is None or opt[0] in value:
                continue
            i, j, bi, bj = opt
            u_new = utility(vdiff(x, np.stack([bi, bj]), s), risk[:, None])  # (actors, 2)
            value[i] = (base - own[:, i] - own[:, j] + u_new.sum(axis=1)) / n
    return value


def state_distance(a: np.ndarray, b: np.ndarray) -> float:
    """KTAB ``stateDist``: the sum over actors of the Euclidean distance moved (unit cube)."""
    return float(np.linalg.norm(a - b, axis=1).sum())


# --- a whole run ---------------------------------------------------------------------


def smp_arrays(scenario: Scenario, sw: Switches) -> tuple[
        tuple[str, ...], tuple[str, ...], np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """Actors, issues and the arrays the SMP runs on: positions on the unit cube, saliences
    and capabilities. An actor takes part if it has capability > 0 and a position on every
    issue that has positions, with some salience; those with a position on some issues
    only, or no capability or salience, are left out with one note each kind."""
    notes: list[str] = []
    issues = [i for i in scenario.issues if scenario.positions_on(i.id)]
    held = {(p.actor, p.issue): p for p in scenario.positions}
    actors, partial, idle = [], [], []
    for a in scenario.actors:
        rows = [held.get((a.id, i.id)) for i in issues]
        if all(r is None for r in rows):
            continue  # on none of the issues: not a player of this model
        if any(r is None for r in rows):
            partial.append(a.id)
        elif a.capability <= 0 or not any(r.salience > 0 for r in rows):
            idle.append(a.id)
        else:
            actors.append(a)
    if partial:
        notes.append(f"smp: left out, with a position on some issues only: {', '.join(partial)}")
    if idle:
        notes.append(f"smp: left out, capability or every salience 0: {', '.join(idle)}")
    low = np.array([i.low for i in issues], dtype=float)
    span = np.array([i.high - i.low for i in issues], dtype=float)
    x = np.array([[(held[a.id, i.id].position - lo) / sp
                   for i, lo, sp in zip(issues, low, span, strict=True)] for a in actors],
                 dtype=float).reshape(len(actors), len(issues))
    s = np.array([[held[a.id, i.id].salience for i in issues] for a in actors],
                 dtype=float).reshape(len(actors), len(issues))
    s = overall_salience(s, sw.salience_sum)
    c = np.array([a.capability for a in actors], dtype=float)
    return (tuple(a.id for a in actors), tuple(i.id for i in issues), x, s, c, notes)


def overall_salience(s: np.ndarray, how: str) -> np.ndarray:
    """KTAB needs each actor's saliences to sum to at most 1 (its overall salience);
    greatgame's are per issue (the last axis), each up to 1. ``clip`` scales a row down to
    sum 1 only when it sums above 1 (KTAB's inputs are unchanged); ``mean`` divides every
    row by the number of issues (an actor's overall salience is its mean salience)."""
    if how == "mean":
        return s / s.shape[-1]
    total = s.sum(axis=-1, keepdims=True)
    return np.where(total > 1.0, s / np.where(total > 0, total, 1.0), s)


def bargain(x: np.ndarray, s: np.ndarray, c: np.ndarray, sw: Switches,
            rng: np.random.Generator) -> tuple[list[np.ndarray], list[np.ndarray], bool]:
    """Step from positions ``x`` (unit cube) until the stopping rule holds: every state
    (``x`` first), the risk attitudes of every step, and whether it converged before
    ``max_steps``. At most ``sw.max_steps`` steps, so the work is bounded."""
    states, risks = [x], []
    first = 0.0
    for t in range(1, sw.max_steps + 1):
        new, risk = step(states[-1], s, c, sw, rng)
        states.append(new)
        risks.append(risk)
        moved = state_distance(states[-2], new)
        if t == 1:
            first = moved + sw.min_significant
        if t >= sw.min_steps and moved / first < sw.tolerance:
            return states, risks, True
    return states, risks, False


def run_smp(scenario: Scenario, *, seed: int = 0, **switches: Any) -> SMPResult:
    """Run KTAB's SMP on every issue of ``scenario`` at once (see :class:`Switches`).

    Deterministic by default; with ``transition="stochastic"`` the draws come from ``seed``.
    """
    sw = Switches(**switches)
    actor_ids, issue_ids, x, s, c, notes = smp_arrays(scenario, sw)
    if len(actor_ids) < 2 or not issue_ids:
        raise ValueError("the SMP needs at least two actors with positions on every issue")
    states, risks, converged = bargain(x, s, c, sw, np.random.default_rng(seed))
    risks.append(risk_attitudes(states[-1], s, c, sw)[0])
    probs = np.stack([win_probs(xs, s, c, r, sw) for xs, r in zip(states, risks, strict=True)])
    low = np.array([scenario.issue(i).low for i in issue_ids], dtype=float)
    span = np.array([scenario.issue(i).high - scenario.issue(i).low for i in issue_ids])
    return SMPResult(
        actor_ids=actor_ids, issue_ids=issue_ids,
        positions=np.stack(states) * span + low, win_prob=probs, risk=np.stack(risks),
        steps=len(states) - 1, converged=converged, switches={**sw.to_dict(), "seed": seed},
        notes=tuple(notes), low=low, span=span,
    )



# --- the forecast's view ---------------------------------------------------------------


class SMPModel:
    """The SMP as a registered model: switches stored, the work done in
    :meth:`run_scenario`. ``outcome`` says where an issue settles: ``expected`` (the last
    state's positions weighted by their winning chance) or ``most_likely``."""

    name = "smp"

    def __init__(self, *, outcome: str = "expected", seed: int = 0, **switches: Any):
        if outcome not in ("expected", "most_likely"):
            raise ValueError(f"smp switch outcome={outcome!r}: use expected or most_likely")
        self.outcome = outcome
        self.seed = seed
        self.options = Switches(**switches)

    def switches(self) -> dict[str, Any]:
        return {**self.options.to_dict(), "outcome": self.outcome, "seed": self.seed}

    def run_scenario(self, scenario: Scenario) -> tuple[dict[str, Trajectory], tuple[str, ...]]:
        """One trajectory per issue (round r = state r) and the run's notes."""
        res = run_smp(scenario, seed=self.seed, **self.options.to_dict())
        where = res.outcome(self.outcome)
        caps = {a.id: a.capability for a in scenario.actors}
        held = {(p.actor, p.issue): p.salience for p in scenario.positions}
        out = {}
        for d, issue in enumerate(res.issue_ids):
            x = res.positions[:, :, d]
            w = np.array([caps[a] * held[a, issue] for a in res.actor_ids])
            out[issue] = Trajectory(
                model=self.name, issue=issue, actor_ids=res.actor_ids, positions=x,
                means=weighted_mean(x, w), medians=weighted_median(x, w),
                forecast=float(where[d]), switches=self.switches())
        notes = (*res.notes, f"smp: {res.steps} steps, "
                 + ("converged" if res.converged else "stopped at max_steps"))
        return out, notes


models.register("smp.v1")(SMPModel)
