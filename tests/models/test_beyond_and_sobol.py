"""The share of draws beyond a threshold, and Sobol indices beside the tornado."""

from __future__ import annotations

import numpy as np
import pytest

from greatgame.models.base import IssueInputs, IssueRanges
from greatgame.models.baselines import Compromise
from greatgame.models.forecast import forecast
from greatgame.models.sobol import sobol_indices

from .conftest import ec_scenario


def test_beyond_is_the_share_of_draws_past_the_line():
    result = forecast(ec_scenario(spread=0.15), models=("compromise",), draws=400, seed=2,
                      threshold=7.4)
    m = result.issues[0].models["compromise"]
    values = m.distribution.values
    d = m.to_dict()["beyond"]
    assert d == {"threshold": 7.4, "above": float(np.mean(values > 7.4)),
                 "below": float(np.mean(values < 7.4))}
    assert 0 < d["above"] < 1
    assert m.beyond(4.0)["above"] == 1.0  # every outcome lies above the scale's low end


def test_beyond_defaults_to_the_middle_of_the_scale_and_takes_one_line_per_issue():
    s = ec_scenario(spread=0.15)
    mid = forecast(s, models=("median",), draws=50, seed=2).to_dict()
    assert mid["issues"][0]["models"]["median"]["beyond"]["threshold"] == 7.0
    per = forecast(s, models=("median",), draws=50, seed=2, threshold={"ec": 9.0}).to_dict()
    assert per["issues"][0]["models"]["median"]["beyond"]["threshold"] == 9.0
    none = forecast(s, models=("median",), draws=0).to_dict()
    assert "beyond" not in none["issues"][0]["models"]["median"]


def test_power_indices_are_an_issue_key():
    d = forecast(ec_scenario(), models=("compromise",), draws=0).to_dict()
    power = d["issues"][0]["power"]
    assert sum(power["shapley_shubik"].values()) == pytest.approx(1.0)
    assert set(power["banzhaf"]) == {row for row in power["weights"]}


def test_sobol_on_the_compromise_finds_the_inputs_that_matter():
    """The compromise is nearly additive in its inputs: S1 close to ST, and they add to ~1."""
    s = ec_scenario(spread=0.15)
    inputs, ranges = IssueInputs.from_scenario(s, "ec"), IssueRanges.from_scenario(s, "ec")
    out = sobol_indices(Compromise(), inputs, ranges, base=256, seed=1)
    assert len(out) == 30  # 10 actors x (position, salience, capability)
    assert sum(i.S1 for i in out) == pytest.approx(1.0, abs=0.15)
    assert all(i.ST >= -0.05 for i in out)
    top = {(i.actor, i.input) for i in out[:5]}
    assert ("Denmark", "capability") not in top  # small power, small share
    again = sobol_indices(Compromise(), inputs, ranges, base=256, seed=1)
    assert [i.ST for i in out] == [i.ST for i in again]  # same seed, same numbers


def test_sobol_without_ranges_is_empty_and_a_flat_model_has_zero_indices():
    s = ec_scenario()
    inputs, ranges = IssueInputs.from_scenario(s, "ec"), IssueRanges.from_scenario(s, "ec")
    assert sobol_indices(Compromise(), inputs, ranges, base=8) == []
    d = forecast(ec_scenario(spread=0.1), models=("median",), draws=0, sobol=16).to_dict()
    block = d["issues"][0]["models"]["median"]["sobol"]
    assert block["base"] == 16 and len(block["indices"]) == 30
