"""Monte Carlo for the spatial model of politics: every issue drawn at once, the SMP rerun.

The SMP moves every actor on every issue at once, so a draw is a draw of the whole
scenario. Draw ``k`` takes, on each issue, row ``k`` of that issue's own Monte Carlo draws
(:func:`greatgame.models.montecarlo.draw_inputs`, the same ``chunk_seed`` streams): an
actor's position and salience on an issue are the ones every one-issue model sees in draw
``k``. An actor has one capability across issues; it takes the capability drawn on the
first issue of the SMP (in scenario order; every SMP actor holds a position on it), as the
exchange model's Monte Carlo does. The drawn saliences become KTAB's overall saliences as
in the point run (``salience_sum``). The actors are those of the point run
(:func:`~greatgame.models.smp.smp_arrays`).

Each draw runs the SMP from its drawn state to convergence with the model's switches; its
``max_steps`` (KTAB's 100 by default) bounds the work of a draw, and draws that stop there
are counted. A draw's forecast of an issue is the model's ``outcome`` of its last state,
as in the point run. With ``transition="stochastic"`` draw ``k`` moves by its own stream,
``SeedSequence(model seed, spawn_key=(k,))``.

A step holds about actors^2 small elections (1 ms at 10 actors, 8 ms at 40, 56 ms at 80 on
a 2-core machine; 15 to 25 steps a draw), so the forecast runs at most :func:`smp_draws`
draws: ``limit`` (:data:`SMP_DRAWS` by default) and, for large games, at most
``SMP_WORK // actors^2``, never fewer than :data:`MIN_DRAWS`. The count depends on the
scenario only, never on the machine. Every draw is independent of the others, so the
first ``m`` draws of a larger run equal an ``m``-draw run, and groups of draws run as
tasks on the current engine give the same numbers on any engine and number of workers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from greatgame.engine import Engine, current
from greatgame.models.base import IssueInputs, IssueRanges
from greatgame.models.montecarlo import Distribution, draw_inputs
from greatgame.models.smp import (
    SMPModel,
    Switches,
    bargain,
    outcome,
    overall_salience,
    risk_attitudes,
    smp_arrays,
    win_probs,
)
from greatgame.records import Scenario

SMP_DRAWS = 200
SMP_WORK = 20_000  # actors^2 x draws: 10 actors -> 200 draws, 20 -> 50, 40 -> 12, 45+ -> 10
MIN_DRAWS = 10


def smp_draws(draws: int, limit: int | None = SMP_DRAWS, *, actors: int = 0) -> int:
    """How many draws the SMP runs when the one-issue models run ``draws``.

    ``limit`` None runs them all; otherwise at most ``limit``, and for ``actors`` actors at
    most ``SMP_WORK // actors^2`` (at least ``MIN_DRAWS``).

    >>> smp_draws(1000), smp_draws(50), smp_draws(1000, actors=20), smp_draws(1000, None)
    (200, 50, 50, 1000)
    """
    if limit is None:
        return draws
    if actors > 0:
        limit = min(limit, max(MIN_DRAWS, SMP_WORK // (actors * actors)))
    return min(draws, limit)


@dataclass(frozen=True)
class SMPDraws:
    """The SMP's inputs in every draw, on the unit cube as the SMP runs them."""

    actor_ids: tuple[str, ...]
    issue_ids: tuple[str, ...]
    position: np.ndarray  # (draws, actors, issues) on [0, 1]
    salience: np.ndarray  # (draws, actors, issues), KTAB's overall saliences
    capability: np.ndarray  # (draws, actors)
    low: np.ndarray  # (issues,) each issue's scale
    span: np.ndarray


def draw_smp_inputs(scenario: Scenario, sw: Switches, *, draws: int, seed: int,
                    distribution: str = "triangular") -> SMPDraws:
    """Draw the whole scenario ``draws`` times from the one-issue models' streams."""
    actor_ids, issue_ids, _, _, _, _ = smp_arrays(scenario, sw)
    n, k = len(actor_ids), len(issue_ids)
    x, s, c = np.empty((draws, n, k)), np.empty((draws, n, k)), np.empty((draws, n))
    low = np.array([scenario.issue(i).low for i in issue_ids], dtype=float)
    span = np.array([scenario.issue(i).high - scenario.issue(i).low for i in issue_ids])
    for d, issue in enumerate(issue_ids):
        inputs = IssueInputs.from_scenario(scenario, issue)
        ranges = IssueRanges.from_scenario(scenario, issue)
        drawn = draw_inputs(inputs, ranges, draws=draws, seed=seed, distribution=distribution)
        row = {a: r for r, a in enumerate(inputs.actor_ids)}
        cols = np.array([row[a] for a in actor_ids])
        x[:, :, d] = (drawn["position"][:, cols] - low[d]) / span[d]
        s[:, :, d] = drawn["salience"][:, cols]
        if d == 0:
            c[:] = drawn["capability"][:, cols]
    return SMPDraws(actor_ids=actor_ids, issue_ids=issue_ids, position=x,
                    salience=overall_salience(s, sw.salience_sum), capability=c,
                    low=low, span=span)


@dataclass(frozen=True)
class DrawTask:
    """One task: the SMP on draws ``start .. start + len(position) - 1``."""

    position: np.ndarray
    salience: np.ndarray
    capability: np.ndarray
    switches: Switches
    outcome: str
    seed: int
    start: int


@dataclass(frozen=True)
class DrawResults:
    """Each draw's outcome on every issue (unit scale), its steps and convergence."""

    values: np.ndarray  # (draws, issues)
    steps: np.ndarray  # (draws,)
    converged: np.ndarray  # (draws,) bool


def run_draws(task: DrawTask) -> DrawResults:
    """Run the SMP on every draw of ``task``, one after the other."""
    sw = task.switches
    size, k = task.position.shape[0], task.position.shape[2]
    values, steps = np.empty((size, k)), np.empty(size, dtype=int)
    converged = np.empty(size, dtype=bool)
    for r in range(size):
        x, s, c = task.position[r], task.salience[r], task.capability[r]
        rng = np.random.default_rng(np.random.SeedSequence(task.seed,
                                                           spawn_key=(task.start + r,)))
        states, _, converged[r] = bargain(x, s, c, sw, rng)
        last = states[-1]
        risk = risk_attitudes(last, s, c, sw)[0]
        values[r] = outcome(last, win_probs(last, s, c, risk, sw), task.outcome,
                            sw.position_tolerance)
        steps[r] = len(states) - 1
    return DrawResults(values=values, steps=steps, converged=converged)


@dataclass(frozen=True)
class SMPMonteCarlo:
    """The SMP under uncertainty: issue id -> distribution, and each draw's steps."""

    distributions: dict[str, Distribution]
    steps: np.ndarray
    converged: np.ndarray

    @property
    def stopped(self) -> int:
        """Draws that stopped at ``max_steps`` before converging."""
        return int((~self.converged).sum())


def smp_monte_carlo(
    scenario: Scenario,
    model: SMPModel,
    *,
    draws: int,
    seed: int = 0,
    distribution: str = "triangular",
    engine: Engine | None = None,
) -> SMPMonteCarlo:
    """The SMP's forecast of every issue over ``draws`` draws of the input ranges.

    Groups of draws run as tasks on ``engine`` (default: :func:`greatgame.engine.current`);
    the values do not depend on the grouping."""
    if draws < 1:
        raise ValueError(f"draws must be at least 1, not {draws}")
    sw = model.options
    drawn = draw_smp_inputs(scenario, sw, draws=draws, seed=seed, distribution=distribution)
    runner = engine if engine is not None else current()
    groups = 1 if runner.workers == 1 else 2 * runner.workers
    size = -(-draws // groups)
    tasks = [DrawTask(position=drawn.position[a:a + size], salience=drawn.salience[a:a + size],
                      capability=drawn.capability[a:a + size], switches=sw,
                      outcome=model.outcome, seed=model.seed, start=a)
             for a in range(0, draws, size)]
    parts = list(runner.map(run_draws, tasks))
    values = np.concatenate([p.values for p in parts]) * drawn.span + drawn.low
    return SMPMonteCarlo(
        distributions={issue: Distribution(values=values[:, d], seed=seed,
                                           distribution=distribution)
                       for d, issue in enumerate(drawn.issue_ids)},
        steps=np.concatenate([p.steps for p in parts]),
        converged=np.concatenate([p.converged for p in parts]),
    )
