"""Nash and Kalai-Smorodinsky: hand-checkable cases, and the EC case beside the compromise."""

from __future__ import annotations

import numpy as np
import pytest

from greatgame.errors import InputError
from greatgame.models.base import IssueInputs
from greatgame.models.baselines import Compromise
from greatgame.models.forecast import forecast
from greatgame.models.solutions import (
    KalaiSmorodinsky,
    NashBargaining,
    ks_outcome,
    nash_outcome,
)

from .conftest import ec_scenario

SCALE = (0.0, 100.0)


@pytest.mark.parametrize("w", [(1.0, 1.0), (1.0, 3.0), (0.2, 0.05)])
def test_nash_two_actors_at_the_poles_is_the_compromise(w):
    """max w1 log(1 - y/100) + w2 log(y/100) -> y = 100 w2 / (w1 + w2) (by hand)."""
    y = nash_outcome(np.array(w), np.array([0.0, 100.0]), SCALE)[0]
    assert y == pytest.approx(100 * w[1] / sum(w), abs=1e-9)


def test_nash_equal_weights_off_centre_by_hand():
    """x = 0 and 20 on 0..100, worst disagreement: g1 = 1 - y/100, g2 = 0.6 + y/100 below 20;
    the derivative -1/(100 - y) + 1/(60 + y) is 0 at y = 20, the upper end of the Pareto set."""
    y = nash_outcome(np.ones(2), np.array([0.0, 20.0]), SCALE)[0]
    assert y == pytest.approx(20.0, abs=1e-9)


def test_ks_equal_weights_off_centre_by_hand():
    """Ideal-gain distances 100 and 80: y / 100 = (20 - y) / 80 -> y = 2000 / 180."""
    y = ks_outcome(np.ones(2), np.array([0.0, 20.0]), SCALE, weights="equal")[0]
    assert y == pytest.approx(2000 / 180, abs=1e-9)


def test_ks_power_weights_two_actors_at_the_poles():
    """w1 y = w2 (100 - y) -> y = 100 w2 / (w1 + w2)."""
    y = ks_outcome(np.array([1.0, 3.0]), np.array([0.0, 100.0]), SCALE)[0]
    assert y == pytest.approx(75.0, abs=1e-9)


def test_ks_ignores_an_actor_without_power_when_weighted():
    x = np.array([0.0, 100.0, 100.0])
    assert ks_outcome(np.array([1.0, 1.0, 0.0]), x, SCALE)[0] == pytest.approx(50.0)


def test_quadratic_nash_with_zero_disagreement_is_near_the_compromise_for_close_positions():
    """Achen (2006): the compromise is the first-order approximation of the Nash solution."""
    rng = np.random.default_rng(3)
    w, x = rng.uniform(0.1, 1, 8), rng.uniform(49, 51, 8)
    y = nash_outcome(w, x, SCALE, utility="quadratic", disagreement="zero")[0]
    assert y == pytest.approx(float((w * x).sum() / w.sum()), abs=1e-3)


def test_ec_case_beside_the_compromise(ec_inputs: IssueInputs):
    """EC emissions (Scholz et al. 2011, Table 1): compromise 7.390, Nash (linear, worst) 7.0
    (the kink at the middle group: the one-sided slopes 0.112 - 0.083 -/+ 0.031 change sign
    there), KS weighted 7.176 (Germany 4 vs UK 10 binding: 0.128 (y-4)/6 = 0.144 (10-y)/6)."""
    assert Compromise().run(ec_inputs).forecast == pytest.approx(7.38996, abs=1e-5)
    assert NashBargaining().run(ec_inputs).forecast == pytest.approx(7.0, abs=1e-9)
    ks = KalaiSmorodinsky().run(ec_inputs).forecast
    assert ks == pytest.approx((0.128 * 4 + 0.144 * 10) / (0.128 + 0.144), abs=1e-9)
    assert KalaiSmorodinsky(weights="equal").run(ec_inputs).forecast == pytest.approx(7.0)


def test_batch_rows_are_independent():
    rng = np.random.default_rng(0)
    c, x, s = rng.uniform(0, 1, (3, 5, 7))
    for model in (NashBargaining(), KalaiSmorodinsky(utility="quadratic")):
        batch = model.run_batch(c, x * 100, s, SCALE)
        one = [model.run_batch(c[k], x[k] * 100, s[k], SCALE)[0] for k in range(5)]
        np.testing.assert_allclose(batch, one, atol=1e-12)


def test_bad_switch_is_an_input_error():
    s = ec_scenario().model_copy(update={"params": {}})
    from greatgame.models import forecast as fc

    model = NashBargaining(utility="cubic")
    with pytest.raises(ValueError, match="utility='cubic'"):
        model._check()
    assert fc.resolve_models("nash") == ("nash",)
    assert forecast(s, models=("ks",), draws=0).issues[0].models["ks"].trajectory.rounds == 1
    with pytest.raises(InputError, match="unknown model"):
        fc.resolve_models("nbs")
