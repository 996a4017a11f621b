"""Baselines on the EC emissions case; expected numbers from expected.md section 3 [computed]
and by hand from Scholz et al. (2011) Table 1."""

from __future__ import annotations

import numpy as np
import pytest

from greatgame.models.base import weighted_mean, weighted_median
from greatgame.models.baselines import Compromise, MeanVoter, WeightedMedian
from greatgame.registry import models


def test_ec_round0_weighted_median_is_7_and_weighted_mean_is_7_39(ec_arrays):
    cap, pos, sal = ec_arrays
    # c x s weight at 4 years 24.8, at 7 years 9.3, at 10 years 33.6: total 67.7, half 33.85,
    # cumulative weight reaches 34.1 at 7.
    assert float(weighted_median(pos, cap * sal)) == 7.0
    # 500.3 / 67.7 = 7.38996
    assert float(weighted_mean(pos, cap * sal)) == pytest.approx(7.38996, abs=1e-5)


def test_compromise_forecast_is_the_weighted_mean(ec_inputs):
    t = Compromise().run(ec_inputs)
    assert t.forecast == pytest.approx(7.38996, abs=0.01)
    assert t.forecast == pytest.approx(500.3 / 67.7, abs=1e-9)
    np.testing.assert_array_equal(t.positions[0], ec_inputs.position)
    assert np.all(t.positions[1] == t.forecast)
    assert t.medians[0] == 7.0


def test_median_and_mean_voter(ec_inputs):
    assert WeightedMedian().run(ec_inputs).forecast == 7.0
    # capability only: (0.08*4 + 0.08*7 + 0.03*4 + 0.16*4 + 3*0.16*10 + 0.05*7 + 0.05*4
    # + 0.08*7) / 1.01 = 7.55 / 1.01
    assert MeanVoter().run(ec_inputs).forecast == pytest.approx(7.55 / 1.01, abs=1e-12)


def test_run_batch_matches_run_per_draw(ec_inputs):
    rng = np.random.default_rng(3)
    pos = rng.uniform(4, 10, (50, 10))
    cap = np.broadcast_to(ec_inputs.capability, pos.shape)
    sal = np.broadcast_to(ec_inputs.salience, pos.shape)
    for model in (Compromise(), WeightedMedian(), MeanVoter()):
        batch = model.run_batch(cap, pos, sal, (4, 10))
        one = [model.run_batch(cap[k], pos[k], sal[k], (4, 10))[0] for k in range(5)]
        np.testing.assert_allclose(batch[:5], one, rtol=0, atol=1e-12)


def test_weighted_median_exact_half_takes_the_lower_position():
    # weights 0.1 * 5 = 0.5 exactly half of 1.0 at position 1; minimiser set is [1, 2].
    x = np.array([1.0, 2.0])
    assert float(weighted_median(x, np.array([0.5, 0.5]))) == 1.0


def test_registered_under_versioned_names():
    assert models.get("compromise.v1") is Compromise
    assert models.get("median") is WeightedMedian
    assert models.get("mean.v1") is MeanVoter
