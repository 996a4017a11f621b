"""Backtests over the packaged reference cases (no ../shared needed at run time)."""

from __future__ import annotations

import pytest

from greatgame.errors import InputError
from greatgame.models.backtest import backtest, case_scenario, cases, select, to_json
from greatgame.models.exchange import nbs


def test_packaged_cases_and_their_references():
    by_id = {c.id: c for c in cases()}
    assert list(by_id) == ["ec-emissions", "soe-policy", "soe-pol-comp-policy",
                           "soe-pol-comp-competitive"]
    ec = by_id["ec-emissions"]
    assert (ec.reference.kind, ec.reference.value) == ("outcome", 8.833)  # eum/expected.md s.4
    assert [r.value for r in ec.references[1:]] == [9.05, 8.35]
    assert by_id["soe-policy"].reference.value == 30


def test_case_scenarios_load_from_the_package():
    ec = case_scenario(select(["ec-emissions"])[0])
    assert (ec.issues[0].low, ec.issues[0].high) == (4, 10)
    assert len(ec.actors) == 10
    soe = case_scenario(select(["soe-pol-comp-policy"])[0])
    assert [i.id for i in soe.issues] == ["policy", "competitive"] and len(soe.actors) == 13


def test_unknown_case_is_an_input_error():
    with pytest.raises(InputError, match="unknown case 'nope'"):
        select(["nope"])


def _weighted_mean_forecaster(scenario, *, issue, **_):
    """A stand-in forecaster: the c x s weighted mean, in the forecast JSON shape."""
    held = scenario.positions_on(issue)
    import numpy as np

    x = np.array([p.position for p in held])
    s = np.array([p.salience for p in held])
    c = np.array([scenario.actor(p.actor).capability for p in held])
    value = nbs(x, s, c)
    return {"scenario": scenario.name, "issues": [
        {"id": issue, "name": issue, "models": {"mean": {"forecast": value, "rounds": [],
                                                         "draws": 0, "ci80": None}}}]}


def test_backtest_rows_and_errors():
    rows = backtest(forecaster=_weighted_mean_forecaster)
    ec = next(r for r in rows if r.case == "ec-emissions")
    # c x s weighted mean of the EC table: 500.3 / 67.7 = 7.38996 (eum/expected.md s.3)
    assert ec.forecast == pytest.approx(7.38996, abs=1e-5)
    assert ec.error == pytest.approx(7.38996 - 8.833, abs=1e-5)
    assert ec.against == "outcome"
    soe = next(r for r in rows if r.case == "soe-policy")
    assert soe.forecast == pytest.approx(35.0063, abs=1e-4)  # computed from SOE-Policy.csv
    out = to_json(rows)
    assert out["mean_abs_error"]["mean"] == pytest.approx(
        sum(abs(r.error) for r in rows) / len(rows))
    assert {c["id"] for c in out["cases"]} == {r.case for r in rows}


def test_backtest_with_every_model():
    pytest.importorskip("greatgame.models.forecast")
    rows = backtest(draws=0, seed=1)
    models = {r.model for r in rows}
    assert {"compromise", "median"} <= models
    ec = {r.model: r for r in rows if r.case == "ec-emissions"}
    assert ec["compromise"].forecast == pytest.approx(7.38996, abs=0.01)  # issue 3: 7.39
    assert ec["median"].forecast == pytest.approx(7.0)
