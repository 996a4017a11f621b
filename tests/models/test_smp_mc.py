"""The spatial model of politics under uncertainty: draws of the whole scenario, the SMP
rerun on each (greatgame.models.smp_mc)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy as np
import pytest

from greatgame.engine import Engine
from greatgame.models.base import IssueInputs, IssueRanges
from greatgame.models.forecast import forecast
from greatgame.models.montecarlo import draw_inputs
from greatgame.models.smp import SMPModel, run_smp
from greatgame.models.smp_mc import draw_smp_inputs, smp_draws, smp_monte_carlo
from greatgame.records import Actor, Issue, Position, Scenario
from greatgame.scenario import load

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def afghanistan() -> Scenario:
    return load(FIXTURES / "afghanistan.yaml")


def _two_issues(spread: float) -> Scenario:
    """Three actors on two issues (0-100), every position +-``spread``, every salience
    +-0.1 and every capability +-20 % around its value."""
    rows = (("A", 3.0, ((20.0, 0.8), (30.0, 0.3))), ("B", 2.0, ((80.0, 0.6), (60.0, 0.5))),
            ("C", 1.0, ((50.0, 0.4), (90.0, 0.9))))
    ds = 0.1 if spread else 0.0
    return Scenario(
        name="two issues",
        actors=tuple(Actor(id=a, name=a, capability=c, capability_low=c * (1 - spread / 50),
                           capability_high=c * (1 + spread / 50)) for a, c, _ in rows),
        issues=(Issue(id="x", name="x"), Issue(id="y", name="y")),
        positions=tuple(
            Position(actor=a, issue=i, position=p, position_low=max(0.0, p - spread),
                     position_high=min(100.0, p + spread), salience=s, salience_low=s - ds,
                     salience_high=min(1.0, s + ds))
            for a, _, stances in rows for i, (p, s) in zip(("x", "y"), stances, strict=True)),
    )


class _InProcess(Engine):
    """An engine that claims ``workers`` workers but runs every task here, in order: the
    SMP's draws are then cut into several tasks without starting processes."""

    name = "in-process"

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        return map(fn, items)


def test_same_seed_same_distribution_and_a_prefix_is_a_shorter_run(afghanistan):
    model = SMPModel()
    a = smp_monte_carlo(afghanistan, model, draws=24, seed=5)
    b = smp_monte_carlo(afghanistan, model, draws=24, seed=5)
    short = smp_monte_carlo(afghanistan, model, draws=7, seed=5)
    other = smp_monte_carlo(afghanistan, model, draws=24, seed=6)
    for issue in ("presence", "taliban"):
        np.testing.assert_array_equal(a.distributions[issue].values,
                                      b.distributions[issue].values)
        np.testing.assert_array_equal(a.distributions[issue].values[:7],
                                      short.distributions[issue].values)
        assert not np.array_equal(a.distributions[issue].values,
                                  other.distributions[issue].values)
        assert np.all((a.distributions[issue].values >= 0)
                      & (a.distributions[issue].values <= 100))
    np.testing.assert_array_equal(a.steps[:7], short.steps)


def test_the_values_do_not_depend_on_how_draws_are_cut_into_tasks(afghanistan):
    model = SMPModel()
    one = smp_monte_carlo(afghanistan, model, draws=11, seed=2, engine=_InProcess(workers=1))
    three = smp_monte_carlo(afghanistan, model, draws=11, seed=2,
                            engine=_InProcess(workers=3))
    for issue, dist in one.distributions.items():
        np.testing.assert_array_equal(dist.values, three.distributions[issue].values)


def test_a_draw_is_the_one_issue_models_draw_with_the_first_issues_capability(afghanistan):
    """Positions and saliences are rows of each issue's own stream; the capability of every
    actor is the one drawn on the first issue (``presence``), on the second issue too."""
    model = SMPModel()
    drawn = draw_smp_inputs(afghanistan, model.options, draws=9, seed=4)
    assert drawn.issue_ids == ("presence", "taliban")
    for d, issue in enumerate(drawn.issue_ids):
        inputs = IssueInputs.from_scenario(afghanistan, issue)
        own = draw_inputs(inputs, IssueRanges.from_scenario(afghanistan, issue), draws=9,
                          seed=4)
        cols = [inputs.actor_ids.index(a) for a in drawn.actor_ids]
        np.testing.assert_allclose(drawn.position[:, :, d] * 100, own["position"][:, cols],
                                   atol=1e-12)
        if d == 0:
            np.testing.assert_array_equal(drawn.capability, own["capability"][:, cols])
        else:
            assert not np.array_equal(drawn.capability, own["capability"][:, cols])


def test_zero_width_ranges_collapse_onto_the_point_run():
    sc = _two_issues(spread=0.0)
    point = run_smp(sc).outcome()
    mc = smp_monte_carlo(sc, SMPModel(), draws=6, seed=1)
    for d, issue in enumerate(("x", "y")):
        np.testing.assert_allclose(mc.distributions[issue].values, point[d], atol=1e-9)


@pytest.mark.parametrize("how", ["expected", "most_likely"])
def test_the_interval_holds_the_point_run_on_a_hand_made_case(how):
    """+-10 on positions, +-0.1 on saliences, +-20 % on capabilities: the draws spread, and
    the point run's outcome lies inside their 10th-90th percentile on both issues."""
    sc = _two_issues(spread=10.0)
    model = SMPModel(outcome=how)
    point = run_smp(sc).outcome(how)
    mc = smp_monte_carlo(sc, model, draws=60, seed=0)
    for d, issue in enumerate(("x", "y")):
        lo, hi = mc.distributions[issue].ci80
        assert lo < hi
        assert lo <= point[d] <= hi


def test_forecast_fills_the_smp_entry_like_the_other_models():
    sc = _two_issues(spread=10.0)
    result = forecast(sc, models=("smp", "compromise"), draws=40, seed=3).to_dict()
    point = run_smp(sc).outcome()
    for d, issue in enumerate(result["issues"]):
        entry, other = issue["models"]["smp"], issue["models"]["compromise"]
        assert set(other) <= set(entry)  # forecast, rounds, draws, ci80, distribution, ...
        assert entry["draws"] == 40 == entry["distribution"]["draws"]
        assert entry["forecast"] == pytest.approx(point[d])  # the point run, as for exchange
        lo, hi = entry["ci80"]
        assert lo <= entry["distribution"]["median"] <= hi
        assert set(entry["beyond"]) == {"threshold", "above", "below"}


def test_the_smp_draws_are_capped_with_a_note():
    assert smp_draws(1000) == 200 and smp_draws(50) == 50 and smp_draws(1000, None) == 1000
    assert smp_draws(1000, actors=10) == 200
    assert smp_draws(1000, actors=40) == 12  # 20,000 // 40^2
    assert smp_draws(1000, actors=300) == 10  # never fewer than 10
    assert smp_draws(0, actors=3) == 0
    sc = _two_issues(spread=10.0)
    result = forecast(sc, models=("smp",), draws=30, seed=1, smp_limit=12)
    assert result.issues[0].models["smp"].distribution.draws == 12
    assert any("smp: 12 Monte Carlo draws" in n for n in result.notes)
    none = forecast(sc, models=("smp",), draws=0).to_dict()
    assert none["issues"][0]["models"]["smp"]["ci80"] is None


def test_stochastic_transitions_repeat_with_the_model_seed():
    sc = _two_issues(spread=10.0)
    model = SMPModel(transition="stochastic", seed=9)
    a = smp_monte_carlo(sc, model, draws=8, seed=1)
    b = smp_monte_carlo(sc, model, draws=8, seed=1)
    np.testing.assert_array_equal(a.distributions["x"].values, b.distributions["x"].values)


def test_inputs_are_unchanged(afghanistan):
    before = afghanistan.model_dump()
    smp_monte_carlo(afghanistan, SMPModel(), draws=3, seed=0)
    assert afghanistan.model_dump() == before
