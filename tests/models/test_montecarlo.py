"""Monte Carlo over input ranges: seeding, chunking, collapse onto the deterministic forecast."""

from __future__ import annotations

import numpy as np
import pytest

from greatgame.models import montecarlo as mc
from greatgame.models.base import IssueInputs, IssueRanges
from greatgame.models.baselines import Compromise
from greatgame.models.eum import ExpectedUtility

from .conftest import ec_scenario


@pytest.fixture
def wide():
    scenario = ec_scenario(spread=0.2)
    return IssueInputs.from_scenario(scenario, "ec"), IssueRanges.from_scenario(scenario, "ec")


def test_same_seed_same_numbers_and_different_seed_different_numbers(wide):
    inputs, ranges = wide
    a = mc.monte_carlo(ExpectedUtility(), inputs, ranges, draws=300, seed=11)
    b = mc.monte_carlo(ExpectedUtility(), inputs, ranges, draws=300, seed=11)
    c = mc.monte_carlo(ExpectedUtility(), inputs, ranges, draws=300, seed=12)
    np.testing.assert_array_equal(a.values, b.values)
    assert not np.array_equal(a.values, c.values)
    da = mc.draw_inputs(inputs, ranges, draws=300, seed=11)
    dc = mc.draw_inputs(inputs, ranges, draws=300, seed=12)
    assert not np.array_equal(da["position"], dc["position"])


def test_chunks_drawn_alone_equal_one_shot_draws(wide):
    inputs, ranges = wide
    draws = 2 * mc.CHUNK + 17
    whole = mc.draw_inputs(inputs, ranges, draws=draws, seed=5)
    second = mc.draw_chunk(inputs, ranges, seed=5, chunk=1, size=mc.CHUNK)
    last = mc.draw_chunk(inputs, ranges, seed=5, chunk=2, size=17)
    np.testing.assert_array_equal(whole["salience"][mc.CHUNK:2 * mc.CHUNK], second["salience"])
    np.testing.assert_array_equal(whole["position"][2 * mc.CHUNK:], last["position"])
    fewer = mc.draw_inputs(inputs, ranges, draws=100, seed=5)
    np.testing.assert_array_equal(whole["capability"][:100], fewer["capability"])


def test_draws_stay_inside_their_ranges(wide):
    inputs, ranges = wide
    for sampling in mc.DISTRIBUTIONS:
        d = mc.draw_inputs(inputs, ranges, draws=2000, seed=1, distribution=sampling)
        for field, (low, high) in ranges.fields.items():
            assert np.all(d[field] >= low) and np.all(d[field] <= high), (sampling, field)


def test_triangular_draws_peak_at_the_point_value():
    u = np.linspace(0, 1, 100001)
    x = mc.triangular_ppf(u, np.array(0.0), np.array(2.0), np.array(10.0))
    # mean of a triangular(0, 2, 10) is (0 + 2 + 10) / 3 = 4; mode 2 at u = 0.2
    assert x.mean() == pytest.approx(4.0, abs=1e-3)
    assert x[20000] == pytest.approx(2.0, abs=1e-3)


def test_zero_width_ranges_collapse_onto_the_deterministic_forecast(ec_inputs):
    ranges = IssueRanges.from_scenario(ec_scenario(), "ec")
    for model in (Compromise(), ExpectedUtility()):
        dist = mc.monte_carlo(model, ec_inputs, ranges, draws=200, seed=3)
        point = model.run(ec_inputs).forecast
        assert np.all(dist.values == point)
        assert dist.ci80 == (point, point)


def test_ranges_spread_the_outcome_and_ci80_brackets_the_median(wide):
    inputs, ranges = wide
    dist = mc.monte_carlo(Compromise(), inputs, ranges, draws=1000, seed=0)
    lo, hi = dist.ci80
    assert lo < dist.median < hi
    assert hi - lo > 0.05
    assert np.mean((dist.values >= lo) & (dist.values <= hi)) == pytest.approx(0.8, abs=0.01)
    summary = dist.summary(scale=(4, 10))
    assert sum(summary["histogram"]["counts"]) == 1000
    assert summary["percentiles"]["p10"] == lo
