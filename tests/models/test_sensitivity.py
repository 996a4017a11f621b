"""One-at-a-time tornado."""

from __future__ import annotations

import pytest

from greatgame.models.base import IssueInputs, IssueRanges
from greatgame.models.baselines import Compromise, WeightedMedian
from greatgame.models.eum import ExpectedUtility
from greatgame.models.sensitivity import tornado

from .conftest import ec_scenario


def test_compromise_tornado_matches_hand_computed_swings():
    scenario = ec_scenario(spread=0.1)
    inputs = IssueInputs.from_scenario(scenario, "ec")
    ranges = IssueRanges.from_scenario(scenario, "ec")
    bars = tornado(Compromise(), inputs, ranges)
    assert len(bars) == 30  # 10 actors x position, salience, capability: all non-zero width
    swings = [b.swing for b in bars]
    assert swings == sorted(swings, reverse=True)
    # UK position 10, range [9.4, 10]: the compromise moves by w_UK * 0.6 / sum(c s)
    uk = next(b for b in bars if b.actor == "UK" and b.input == "position")
    w_uk = 0.16 * 0.9
    assert uk.swing == pytest.approx(w_uk * 0.6 / 0.677, abs=1e-9)
    assert uk.baseline == pytest.approx(7.38996, abs=1e-5)


def test_no_ranges_no_bars_and_median_ignores_small_moves():
    scenario = ec_scenario()
    inputs = IssueInputs.from_scenario(scenario, "ec")
    assert tornado(Compromise(), inputs, IssueRanges.from_scenario(scenario, "ec")) == []
    wide = ec_scenario(spread=0.05)
    bars = tornado(WeightedMedian(), IssueInputs.from_scenario(wide, "ec"),
                   IssueRanges.from_scenario(wide, "ec"))
    assert all(b.baseline == 7.0 for b in bars)
    eum_bars = tornado(ExpectedUtility(), IssueInputs.from_scenario(wide, "ec"),
                       IssueRanges.from_scenario(wide, "ec"))
    assert eum_bars[0].swing >= eum_bars[-1].swing
