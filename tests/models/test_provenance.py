"""Provenance: a stable hash of the inputs, and every setting needed to rerun."""

from __future__ import annotations

from greatgame import __version__
from greatgame.models.provenance import canonical_json, scenario_sha256

from .conftest import ec_scenario


def test_hash_is_stable_and_changes_with_any_number():
    a, b = ec_scenario(), ec_scenario()
    assert scenario_sha256(a) == scenario_sha256(b)
    assert len(scenario_sha256(a)) == 64
    moved = ec_scenario(spread=0.01)
    assert scenario_sha256(moved) != scenario_sha256(a)
    assert canonical_json(a).startswith('{"actors":[')  # keys sorted, compact


def test_forecast_records_hash_version_seed_draws_and_switches():
    from greatgame.models.forecast import forecast

    scenario = ec_scenario(spread=0.1)
    result = forecast(scenario, models="all", draws=50, seed=9)
    p = result.provenance
    assert p["inputs_sha256"] == scenario_sha256(scenario)
    assert p["greatgame_version"] == __version__
    assert (p["seed"], p["draws"], p["sampling"]) == (9, 50, "triangular")
    assert p["switches"]["eum"]["q"] == 1.0
    assert p["switches"]["eum"]["offer_choice"] == "scholz_code"
    assert set(p["switches"]) == {"compromise", "median", "mean", "nash", "ks", "eum"}
