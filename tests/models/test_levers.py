"""Levers: the closed form for the compromise agrees with the search, and hand cases."""

from __future__ import annotations

import numpy as np
import pytest

from greatgame.models.base import IssueInputs, IssueRanges
from greatgame.models.baselines import Compromise
from greatgame.models.levers import advise, compromise_levers, levers, searched_levers
from greatgame.records import Actor, Issue, Position, Scenario
from greatgame.scenario import load

from .conftest import FIXTURES, ec_scenario


def _two_actors() -> Scenario:
    """A (c 1, s 1, x 0) and B (c 1, s 1, x 100): the compromise is 50."""
    return Scenario(
        name="two", issues=(Issue(id="i", name="i"),),
        actors=(Actor(id="A", name="A", capability=1.0, capability_low=0.5,
                      capability_high=3.0), Actor(id="B", name="B", capability=1.0)),
        positions=(Position(actor="A", issue="i", position=0, salience=1.0),
                   Position(actor="B", issue="i", position=100, salience=1.0)),
    )


def test_compromise_closed_form_by_hand():
    """Toward 0: the forecast (p + 100) / 2 would need p = -100, off the scale, so A's
    position (already 0) cannot help; capability c in 0.5..3 gives 100 / (c + 1), best at
    3: 25; winning B over gives 0."""
    s = _two_actors()
    inputs, ranges = IssueInputs.from_scenario(s, "i"), IssueRanges.from_scenario(s, "i")
    best = compromise_levers(Compromise(), inputs, ranges, 0, 0.0)
    assert best["capability"][0].value == 3.0 and best["capability"][1] == pytest.approx(25.0)
    assert best["win_over"][1] == pytest.approx(0.0)
    assert best["position"][1] == pytest.approx(50.0)  # already at the pole: no gain
    toward_30 = compromise_levers(Compromise(), inputs, ranges, 0, 30.0)
    # c / (c + 1) * 0 + 1 / (c + 1) * 100 = 30  ->  c = 7/3, inside 0.5..3
    assert toward_30["capability"][0].value == pytest.approx(7 / 3)
    assert toward_30["capability"][1] == pytest.approx(30.0)


@pytest.mark.parametrize("actor, toward", [("Germany", 4.0), ("UK", 10.0), ("Belgium", 5.5)])
def test_closed_form_is_at_least_as_good_as_the_search(actor, toward):
    s = ec_scenario(spread=0.15)
    inputs, ranges = IssueInputs.from_scenario(s, "ec"), IssueRanges.from_scenario(s, "ec")
    me = inputs.actor_ids.index(actor)
    closed = compromise_levers(Compromise(), inputs, ranges, me, toward)
    search = searched_levers(Compromise(), inputs, ranges, me, toward, grid=601)
    assert set(closed) == set(search)
    for kind in closed:
        assert abs(closed[kind][1] - toward) <= abs(search[kind][1] - toward) + 1e-9
        assert closed[kind][1] == pytest.approx(search[kind][1], abs=0.02)


def test_levers_never_move_the_forecast_away_and_come_with_paired_intervals():
    s = load(FIXTURES / "afghanistan.yaml")
    inputs = IssueInputs.from_scenario(s, "presence")
    ranges = IssueRanges.from_scenario(s, "presence")
    base, base_ci, found = levers(Compromise(), inputs, ranges, "RUS", toward=20.0, draws=64)
    assert base_ci[0] <= base <= base_ci[1]
    assert [lv.kind for lv in found][0] == "win_over"
    for lv in found:
        assert lv.closer >= -1e-9
        lo, hi = lv.effect_ci80
        assert lo <= hi


def test_advise_is_reproducible_and_covers_every_issue_the_actor_holds():
    s = load(FIXTURES / "afghanistan.yaml")
    a = advise(s, "USA", models="eum", draws=30, seed=5)
    b = advise(s, "USA", models="eum", draws=30, seed=5)
    assert a == b
    assert [i["id"] for i in a["issues"]] == ["presence", "taliban"]
    lever = a["issues"][0]["models"]["eum"]["levers"][0]
    assert lever["method"] == "search" and np.isfinite(lever["forecast"])


def test_a_lever_that_changes_nothing_has_a_zero_interval_and_no_win_over_harms():
    """Toward its own position 0, A (at the pole) gains nothing by moving; B at 100 cannot be
    won over to harm it, and winning B over is the best lever; the no-op draws pair exactly."""
    s = _two_actors()
    inputs, ranges = IssueInputs.from_scenario(s, "i"), IssueRanges.from_scenario(s, "i")
    _, _, found = levers(Compromise(), inputs, ranges, "A", toward=50.0, draws=16)
    by_kind = {lv.kind: lv for lv in found}
    assert by_kind["win_over"].actor == "A"  # winning B over (to 0) would move it from 50
    assert by_kind["win_over"].effect_ci80 == (0.0, 0.0)
    assert all(lv.closer >= 0 for lv in found)
