"""Power indices on weighted voting games with known answers."""

from __future__ import annotations

import numpy as np
import pytest

from greatgame.models.power import banzhaf, power_indices, shapley_shubik

# Felsenthal & Machover (1998), The Measurement of Voting Power, EEC Council of Ministers
# 1958-1972: France, Germany, Italy 4 votes; Belgium, Netherlands 2; Luxembourg 1; quota 12.
EEC = np.array([4, 4, 4, 2, 2, 1.0])
EEC_QUOTA = {"quota": 12 / 17, "strict": False}


def test_eec_1958_shapley_shubik():
    np.testing.assert_allclose(shapley_shubik(EEC, **EEC_QUOTA),
                               np.array([14, 14, 14, 9, 9, 0]) / 60, atol=1e-12)


def test_eec_1958_banzhaf_swings():
    np.testing.assert_allclose(banzhaf(EEC, **EEC_QUOTA) * 32, [10, 10, 10, 6, 6, 0],
                               atol=1e-12)


def test_sampled_indices_are_close_to_the_exact_ones():
    ss = shapley_shubik(EEC, **EEC_QUOTA, exact_up_to=3, samples=40_000, seed=1)
    bz = banzhaf(EEC, **EEC_QUOTA, exact_up_to=3, samples=40_000, seed=1)
    np.testing.assert_allclose(ss, np.array([14, 14, 14, 9, 9, 0]) / 60, atol=0.01)
    np.testing.assert_allclose(bz * 32, [10, 10, 10, 6, 6, 0], atol=0.2)


def test_a_majority_holder_is_a_dictator_and_the_rest_dummies():
    """[50; 51, 30, 19] with 'more than half': player 1 alone wins."""
    w = np.array([51.0, 30, 19])
    np.testing.assert_allclose(shapley_shubik(w), [1, 0, 0])
    np.testing.assert_allclose(banzhaf(w), [1, 0, 0])


def test_three_equal_parties_short_of_a_majority_share_power_equally():
    """[51; 49, 48, 3]: any two form a majority, so each index is 1/3 (a textbook case)."""
    w = np.array([49.0, 48, 3])
    np.testing.assert_allclose(shapley_shubik(w), [1 / 3] * 3)
    np.testing.assert_allclose(banzhaf(w), [0.5] * 3)


def test_power_indices_json_names_actors_and_the_rule():
    out = power_indices(("A", "B", "C"), np.array([1.0, 1, 1]), np.array([0.49, 0.48, 0.03]))
    d = out.to_dict()
    assert d["shapley_shubik"] == pytest.approx({"A": 1 / 3, "B": 1 / 3, "C": 1 / 3})
    assert sum(d["banzhaf"].values()) == pytest.approx(1.0)
    assert "more than 0.5" in d["rule"] and d["exact"]


def test_bad_quota_is_refused():
    with pytest.raises(ValueError, match="quota"):
        shapley_shubik(EEC, quota=1.5)
