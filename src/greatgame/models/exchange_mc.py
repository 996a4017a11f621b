"""Monte Carlo for the exchange model: every issue drawn at once, the whole game replayed.

The exchange model trades across issues, so a draw is a draw of the whole scenario, not of
one issue. Draw ``k`` takes, on each issue, row ``k`` of that issue's own Monte Carlo
draws (:func:`greatgame.models.montecarlo.draw_inputs`, same seed streams): an actor's
position and salience on an issue are the ones every one-issue model sees in draw ``k``.
An actor has one capability across issues; it takes the capability drawn on the first
issue (in scenario order) it holds a position on. Each draw replays every round of
exchanges; an issue's forecast in a draw is the capability x salience weighted mean of the
final voting positions, as in :meth:`ExchangeModel.run_scenario`.

The game is played exchange by exchange in Python (10 ms a draw for 4 actors on 2 issues,
0.2 s for 10 actors on 6 issues), so the forecast runs at most :func:`exchange_draws`
draws: ``limit`` (:data:`EXCHANGE_DRAWS` by default), and fewer for large games, whose work
grows with the candidate exchanges, actors^2 x issue pairs: at most
``EXCHANGE_WORK // (actors^2 x pairs)`` draws, never fewer than :data:`MIN_DRAWS`. The
count depends on the scenario only, never on the machine, so results stay reproducible;
the first ``m`` draws are the same whatever the count.
"""

from __future__ import annotations

import numpy as np

from greatgame.models.base import IssueInputs, IssueRanges
from greatgame.models.exchange import ExchangeModel, nbs, scenario_arrays
from greatgame.models.montecarlo import Distribution, draw_inputs
from greatgame.records import Scenario

EXCHANGE_DRAWS = 200
EXCHANGE_WORK = 40_000  # 10 actors on 6 issues: 100 x 15 -> 26 draws (about 5 s)
MIN_DRAWS = 10


def exchange_draws(draws: int, limit: int | None = EXCHANGE_DRAWS, *, actors: int = 0,
                   issues: int = 0) -> int:
    """How many draws the exchange model runs when the others run ``draws``.

    ``limit`` None runs them all; otherwise at most ``limit``, and for a game of ``actors``
    on ``issues`` at most ``EXCHANGE_WORK // (actors^2 x issue pairs)`` (at least
    ``MIN_DRAWS``).
    """
    if limit is None:
        return draws
    pairs = issues * (issues - 1) // 2
    work = actors * actors * pairs
    if work > 0:
        limit = min(limit, max(MIN_DRAWS, EXCHANGE_WORK // work))
    return min(draws, limit)


def exchange_monte_carlo(
    scenario: Scenario,
    model: ExchangeModel,
    *,
    draws: int,
    seed: int = 0,
    distribution: str = "triangular",
) -> dict[str, Distribution]:
    """The exchange model's forecast of every issue over ``draws`` draws: issue id -> values."""
    issues, x0, s0, c0 = scenario_arrays(scenario)
    row = {a.id: k for k, a in enumerate(scenario.actors)}
    low = np.array([i.low for i in issues])
    span = np.array([i.high - i.low for i in issues])
    x = np.repeat(x0[None], draws, axis=0)
    s = np.repeat(s0[None], draws, axis=0)
    c = np.repeat(c0[None], draws, axis=0)
    capability_set = np.zeros(len(row), dtype=bool)
    for d, issue in enumerate(issues):
        inputs = IssueInputs.from_scenario(scenario, issue.id)
        ranges = IssueRanges.from_scenario(scenario, issue.id)
        drawn = draw_inputs(inputs, ranges, draws=draws, seed=seed, distribution=distribution)
        rows = np.array([row[a] for a in inputs.actor_ids])
        x[:, rows, d] = drawn["position"]
        s[:, rows, d] = drawn["salience"]
        fresh = ~capability_set[rows]
        c[:, rows[fresh]] = drawn["capability"][:, fresh]
        capability_set[rows] = True
    values = np.empty((draws, len(issues)))
    for k in range(draws):
        final = model.play(x[k], s[k], c[k], low, span)[-1]
        for d in range(len(issues)):
            held = ~np.isnan(final[:, d])
            values[k, d] = nbs(final[held, d], s[k, held, d], c[k, held])
    return {
        issue.id: Distribution(values=values[:, d], seed=seed, distribution=distribution)
        for d, issue in enumerate(issues)
    }
