"""The forecast runner and its JSON contract."""

from __future__ import annotations

import json

import pytest

from greatgame.errors import InputError
from greatgame.models.forecast import forecast, resolve_models
from greatgame.records import Scenario
from greatgame.scenario import load

from .conftest import FIXTURES, ec_scenario


def _check_shape(d: dict) -> None:
    assert set(d) >= {"scenario", "issues"}
    for issue in d["issues"]:
        assert set(issue) >= {"id", "name", "models"}
        for m in issue["models"].values():
            assert set(m) >= {"forecast", "rounds", "draws", "ci80"}
            assert m["rounds"][0]["round"] == 0
            for r in m["rounds"]:
                assert set(r) >= {"round", "mean", "median", "positions"}
            assert m["ci80"] is None or len(m["ci80"]) == 2


def test_ec_forecast_json_shape_and_numbers():
    result = forecast(ec_scenario(), draws=100, seed=0)
    d = json.loads(result.to_json())
    _check_shape(d)
    models = d["issues"][0]["models"]
    assert list(models) == ["compromise", "median", "mean", "nash", "ks", "eum"]
    assert models["compromise"]["forecast"] == pytest.approx(7.38996, abs=0.01)
    assert models["median"]["forecast"] == 7.0
    assert models["eum"]["rounds"][0]["positions"]["UK"] == 10.0
    assert models["eum"]["rounds"][1]["median"] == pytest.approx(8.4159, abs=5e-5)
    assert models["eum"]["draws"] == 100
    assert any("exchange skipped" in n for n in d["notes"])


def test_multi_issue_scenario_runs_exchange_and_intervals():
    from greatgame.scenario import load

    scenario = load(FIXTURES / "afghanistan.yaml")
    result = forecast(scenario, models=("compromise", "exchange"), draws=200, seed=1)
    d = result.to_dict()
    _check_shape(d)
    assert [i["id"] for i in d["issues"]] == ["presence", "taliban"]
    presence = d["issues"][0]["models"]
    assert presence["exchange"]["draws"] == 200 and presence["exchange"]["ci80"] is not None
    lo, hi = presence["compromise"]["ci80"]
    assert lo < hi  # the US position and salience carry ranges
    frame = result.to_frame()
    assert set(frame["model"]) == {"compromise", "exchange"}


def test_one_issue_and_zero_draws():
    d = forecast(ec_scenario(), issue="ec", models="median", draws=0).to_dict()
    assert d["issues"][0]["models"]["median"] == {**d["issues"][0]["models"]["median"],
                                                  "draws": 0, "ci80": None}


def test_unknown_issue_model_or_switch_is_an_input_error():
    with pytest.raises(InputError, match="no issue 'nope'"):
        forecast(ec_scenario(), issue="nope")
    with pytest.raises(InputError, match="unknown model 'bdm'"):
        resolve_models(("eum", "bdm"))
    bad: Scenario = ec_scenario().model_copy(update={"params": {"eum.offer": "x"}})
    with pytest.raises(InputError, match="bad switch"):
        forecast(bad, models="eum", draws=0)
    bad2 = ec_scenario().model_copy(update={"params": {"eum.offer_choice": "x"}})
    with pytest.raises(InputError, match="offer_choice"):
        forecast(bad2, models="eum", draws=0)


def test_scenario_params_set_switches():
    s = ec_scenario().model_copy(update={"params": {"eum.rounds": 3}})
    d = forecast(s, models="eum", draws=0).to_dict()
    eum = d["issues"][0]["models"]["eum"]
    assert len(eum["rounds"]) == 4 and eum["switches"]["rounds"] == 3
    assert d["provenance"]["switches"]["eum"]["rounds"] == 3


def test_sensitivity_adds_a_tornado():
    d = forecast(ec_scenario(spread=0.1), models="compromise", draws=0,
                 sensitivity=True).to_dict()
    bars = d["issues"][0]["models"]["compromise"]["tornado"]
    assert len(bars) == 30 and bars[0]["swing"] >= bars[-1]["swing"]


def test_an_issue_without_positions_is_skipped_by_every_model_exchange_too():
    """Issue 18, item 4: the exchange model once raised IndexError on such an issue."""
    s = load(FIXTURES / "afghanistan.yaml")
    empty = s.issues[1].model_copy(update={"id": "empty", "name": "Nobody's issue"})
    s = s.model_copy(update={"issues": (*s.issues, empty)})
    result = forecast(s, draws=0)
    assert [i.id for i in result.issues] == ["presence", "taliban"]
    assert any("'empty' skipped" in note for note in result.notes)


@pytest.mark.parametrize("model", ["eum", "exchange"])
def test_a_huge_round_count_is_an_input_error_not_an_allocation(model):
    s = load(FIXTURES / "afghanistan.yaml").model_copy(
        update={"params": {f"{model}.rounds": 1_000_000_000}}
    )
    with pytest.raises(InputError, match="rounds=1000000000"):
        forecast(s, draws=10)
