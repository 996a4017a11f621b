"""The exchange model under uncertainty: draws of the whole scenario, the game replayed."""

from __future__ import annotations

import numpy as np
import pytest

from greatgame.models.exchange import ExchangeModel, run_exchange
from greatgame.models.exchange_mc import exchange_draws, exchange_monte_carlo
from greatgame.models.forecast import forecast
from greatgame.scenario import load

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def afghanistan():
    return load(FIXTURES / "afghanistan.yaml")


def test_same_seed_same_draws_and_a_prefix_is_a_shorter_run(afghanistan):
    model = ExchangeModel()
    a = exchange_monte_carlo(afghanistan, model, draws=40, seed=3)
    b = exchange_monte_carlo(afghanistan, model, draws=40, seed=3)
    short = exchange_monte_carlo(afghanistan, model, draws=10, seed=3)
    for issue in ("presence", "taliban"):
        np.testing.assert_array_equal(a[issue].values, b[issue].values)
        np.testing.assert_array_equal(a[issue].values[:10], short[issue].values)
        assert np.all((a[issue].values >= 0) & (a[issue].values <= 100))


def test_without_ranges_every_draw_is_the_point_forecast(afghanistan):
    fixed = afghanistan.model_copy(update={
        "actors": tuple(a.model_copy(update={"capability_low": None, "capability_high": None})
                        for a in afghanistan.actors),
        "positions": tuple(p.model_copy(update={
            "position_low": None, "position_high": None, "salience_low": None,
            "salience_high": None}) for p in afghanistan.positions),
    })
    point = run_exchange(fixed)
    dists = exchange_monte_carlo(fixed, ExchangeModel(), draws=5, seed=0)
    for issue, traj in point.items():
        np.testing.assert_allclose(dists[issue].values, traj.forecast, atol=1e-9)


def test_ranged_inputs_spread_the_exchange_forecast(afghanistan):
    d = forecast(afghanistan, models=("exchange",), draws=60, seed=1).to_dict()
    presence = d["issues"][0]["models"]["exchange"]
    assert presence["draws"] == 60
    lo, hi = presence["ci80"]
    assert lo < hi and 0 <= lo and hi <= 100
    assert set(presence["beyond"]) == {"threshold", "above", "below"}


def test_the_exchange_draws_are_capped_with_a_note(afghanistan):
    assert exchange_draws(1000) == 200 and exchange_draws(50) == 50
    assert exchange_draws(1000, None) == 1000
    assert exchange_draws(1000, actors=4, issues=2) == 200
    assert exchange_draws(1000, actors=10, issues=6) == 26  # 40,000 // (100 x 15)
    assert exchange_draws(1000, actors=300, issues=6) == 10  # never fewer than 10
    d = forecast(afghanistan, models=("exchange",), draws=30, seed=1, exchange_limit=20)
    assert d.issues[0].models["exchange"].distribution.draws == 20
    assert any("exchange: 20 Monte Carlo draws" in n for n in d.notes)
