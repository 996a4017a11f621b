"""The Scholz et al. (2011) expected-utility model.

Sources: Scholz, Calbert & Smith (2011), ICAART, Table 1 (input, p. 19) and Table 2 (median
and mean path, p. 28); the third-party run of jmckib/bdm-scholz-expected-utility-model
(commit 55f63e9, Python 2) recorded in ../shared/data/bargaining/eum/expected.md, section 6.
"""

from __future__ import annotations

import numpy as np
import pytest

from greatgame.models import eum, eum_batch, eum_numpy
from greatgame.models.eum import SCHOLZ_TABLE2, ExpectedUtility

# jmckib's run, rounds 1-10 [third-party run, expected.md section 6]
JMCKIB_MEDIAN = (8.4159, 9.6109, 9.9620, 9.9620, 9.9620, 7.4720, 8.8246, 9.6711, 9.6711, 7.0)
JMCKIB_MEAN = (7.4613, 7.5525, 7.5901, 7.3581, 7.3492, 7.4149, 7.5105, 7.5724, 7.3250, 7.2421)


def test_reproduces_scholz_table2_median_and_mean_paths(ec_inputs):
    t = ExpectedUtility().run(ec_inputs)
    assert t.rounds == 8
    assert t.medians[0] == 7.0
    assert t.means[0] == pytest.approx(7.38996, abs=1e-5)
    median_hits = np.abs(t.medians[1:] - SCHOLZ_TABLE2["median"]) <= 0.15
    mean_hits = np.abs(t.means[1:] - SCHOLZ_TABLE2["mean"]) <= 0.15
    # Round 2 is the known miss: 9.61 against the paper's 9.9 (the authors' own code as
    # replicated by jmckib gives 9.61 too).
    assert median_hits.sum() >= 7, t.medians
    assert mean_hits.sum() >= 7, t.means
    assert mean_hits.all()


def test_matches_the_replication_of_the_authors_code_to_four_decimals(ec_inputs):
    t = ExpectedUtility(rounds=10).run(ec_inputs)
    np.testing.assert_allclose(t.medians[1:], JMCKIB_MEDIAN, atol=5e-5)
    np.testing.assert_allclose(t.means[1:], JMCKIB_MEAN, atol=5e-5)


def test_forecast_is_last_median_or_mean(ec_inputs):
    t = ExpectedUtility().run(ec_inputs)
    assert t.forecast == pytest.approx(9.6711, abs=5e-5)
    assert ExpectedUtility(outcome="mean").run(ec_inputs).forecast == pytest.approx(7.5724,
                                                                                     abs=5e-5)


def test_switches_change_the_path(ec_inputs):
    base = ExpectedUtility().run(ec_inputs).medians
    for switch in ({"risk": "none"}, {"offer_choice": "least_move"},
                   {"risk_perspective": "own"}, {"probability": "pair"}):
        other = ExpectedUtility(**switch).run(ec_inputs).medians
        assert not np.allclose(other, base), switch


def test_switches_are_stored_unchanged_and_reported():
    m = ExpectedUtility(q=0.5, offer_choice="least_move", rounds=3)
    sw = m.switches()
    assert sw["q"] == 0.5 and sw["offer_choice"] == "least_move" and sw["rounds"] == 3
    assert set(sw) == set(eum._SWITCH_NAMES)
    with pytest.raises(ValueError, match="offer_choice"):
        ExpectedUtility(offer_choice="nearest").run_batch(
            np.ones((1, 2)), np.array([[0.0, 1.0]]), np.ones((1, 2)), (0, 1))


def test_q_below_one_uses_better_and_worse_outcomes(ec_inputs):
    t = ExpectedUtility(q=0.5, rounds=4).run(ec_inputs)
    assert np.all((t.positions >= 4) & (t.positions <= 10))
    assert not np.allclose(t.medians, ExpectedUtility(rounds=4).run(ec_inputs).medians)


def test_stopping_rule_ends_early_when_the_median_settles(ec_inputs):
    t = ExpectedUtility(rounds=30, risk="none", stop_tol=0.001, stop_patience=2).run(ec_inputs)
    assert t.rounds < 30
    assert abs(t.medians[-1] - t.medians[-2]) <= 0.001 * 6


@pytest.mark.parametrize("kernel", ["numba", "numpy"])
def test_batch_equals_one_run_per_draw_whatever_the_chunking(ec_arrays, monkeypatch, kernel):
    cap, pos, sal = ec_arrays
    rng = np.random.default_rng(7)
    draws = 40
    p = np.clip(pos + rng.normal(0, 1, (draws, 10)), 4, 10)
    c = cap * rng.uniform(0.8, 1.2, (draws, 10))
    s = np.clip(sal + rng.normal(0, 0.1, (draws, 10)), 0, 1)
    model = ExpectedUtility(kernel=kernel)
    whole = model.run_batch(c, p, s, (4, 10))
    monkeypatch.setattr(eum_numpy, "_CHUNK_ELEMENTS", 1)  # minimum chunks of 32 draws
    monkeypatch.setattr(eum_batch, "BLOCK_SECONDS", 0.0)  # blocks of one draw
    chunked = model.run_batch(c, p, s, (4, 10))
    single = [model.run_batch(c[k:k + 1], p[k:k + 1], s[k:k + 1], (4, 10))[0]
              for k in range(draws)]
    np.testing.assert_array_equal(whole, chunked)
    np.testing.assert_array_equal(whole, single)


@pytest.mark.parametrize("n", [7, 40])  # 40 > 32 takes the bisection path
def test_prefix_vote_sums_equal_the_direct_triple_sum(n):
    rng = np.random.default_rng(n)
    draws = 3
    x = rng.uniform(0, 10, (n, draws))
    x[1] = x[0]  # a shared position
    w = rng.uniform(0, 1, (n, draws))
    r = rng.uniform(0.5, 2, (n, draws))
    frame = eum_numpy._Frame(x, x.max(axis=0) - x.min(axis=0))
    util = frame.dist ** r[:, None, :]  # util[k, j] = (|x_k - x_j| / R) ** r_k
    direct = np.einsum("kd,kijd->ijd", w,
                       np.maximum(util[:, None, :, :] - util[:, :, None, :], 0.0))
    ranked = np.take_along_axis(w, frame.order, axis=0)[:, None, :] * np.take(
        util, frame.ranked_rows)
    np.testing.assert_allclose(eum_numpy._vote_sums(frame, ranked), direct, atol=1e-12)


def test_inputs_are_not_mutated(ec_inputs):
    before = [a.copy() for a in (ec_inputs.capability, ec_inputs.position, ec_inputs.salience)]
    ExpectedUtility().run(ec_inputs)
    for a, b in zip(before, (ec_inputs.capability, ec_inputs.position, ec_inputs.salience),
                    strict=True):
        np.testing.assert_array_equal(a, b)
