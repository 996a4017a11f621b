"""The forecast ledger: recorded, resolved once (amended only with a note), scored."""

from __future__ import annotations

import datetime as dt

import pytest

from greatgame.errors import InputError
from greatgame.models.forecast import forecast
from greatgame.models.shocks import as_json
from greatgame.scenario import load
from greatgame.store import Store
from greatgame.store.ledger import forecasts, p_above_mid, record, resolve, score

FIXTURE = "tests/fixtures/afghanistan.yaml"


@pytest.fixture
def stored(tmp_path):
    scenario = load(FIXTURE)
    result = as_json(forecast(scenario, draws=200, seed=1, models=["compromise", "median"]))
    with Store(tmp_path / "l.duckdb") as store:
        count = record(store, scenario, result, made_at=dt.datetime(2024, 1, 1))
    return tmp_path / "l.duckdb", scenario, result, count


def test_every_forecast_is_recorded_with_its_inputs_and_probability(stored):
    path, scenario, result, count = stored
    assert count == 2 * len(scenario.issues)
    with Store(path) as store:
        rows = forecasts(store)
    assert len(rows) == count
    for row in rows:
        assert len(row["inputs_sha256"]) == 64 and row["outcome"] is None
        assert 0.0 <= row["p_above_mid"] <= 1.0
        low, high = row["ci80"]
        assert low <= high


def test_resolving_twice_needs_an_amendment_with_a_note(stored):
    path, scenario, _, _ = stored
    issue = scenario.issues[0].id
    with Store(path) as store:
        resolve(store, issue, 80.0, date=dt.date(2025, 1, 1))
        with pytest.raises(InputError, match="resolved already"):
            resolve(store, issue, 20.0, date=dt.date(2025, 2, 1))
        resolve(store, issue, 20.0, date=dt.date(2025, 2, 1), amend=True, note="misread")
        outcomes = store.connection.execute(
            "SELECT outcome FROM ledger_outcomes WHERE issue = ? ORDER BY seq", [issue]
        ).fetchall()
        rows = [r for r in forecasts(store) if r["issue"] == issue]
    assert [o for (o,) in outcomes] == [80.0, 20.0]  # both kept: nothing changed silently
    assert {r["outcome"] for r in rows} == {20.0}
    with Store(path) as store, pytest.raises(InputError, match="no forecast"):
        resolve(store, "nowhere", 50.0, date=dt.date(2025, 1, 1))


def test_scores_are_the_error_and_the_brier_score(stored):
    path, scenario, _, _ = stored
    issue = scenario.issues[0].id
    with Store(path) as store:
        resolve(store, issue, 100.0, date=dt.date(2025, 1, 1))
        rows = [r for r in forecasts(store) if r["issue"] == issue]
        scores = score(store)
    for row in rows:
        model = scores[row["model"]]
        assert model["n"] == 1
        assert model["mae"] == pytest.approx(abs(row["forecast"] - 100.0))
        assert model["brier"] == pytest.approx((row["p_above_mid"] - 1.0) ** 2)


def test_the_probability_above_the_midpoint_reads_the_draws():
    entry = {"forecast": 40.0, "distribution": {"histogram": {
        "edges": [0, 25, 50, 75, 100], "counts": [1, 5, 3, 1]}}}
    assert p_above_mid(entry, 0, 100) == pytest.approx(0.4)
    assert p_above_mid({"forecast": 60.0}, 0, 100) == 1.0


def test_the_ledger_command_lists_resolves_and_scores(stored):
    import json

    from typer.testing import CliRunner

    from greatgame.cli.app import app

    path, scenario, _, count = stored
    issue = scenario.issues[0].id
    runner = CliRunner()
    listed = runner.invoke(app, ["ledger", "--db", str(path), "--json"])
    assert listed.exit_code == 0 and len(json.loads(listed.output)["forecasts"]) == count
    ok = runner.invoke(app, ["ledger", "resolve", issue, "--outcome", "70", "--date",
                             "2025-01-01", "--db", str(path)])
    assert ok.exit_code == 0, ok.output
    again = runner.invoke(app, ["ledger", "resolve", issue, "--outcome", "10", "--date",
                                "2025-01-02", "--db", str(path)])
    assert again.exit_code == 1 and "resolved already" in again.output
    scored = runner.invoke(app, ["ledger", "score", "--db", str(path), "--json"])
    assert json.loads(scored.output)["compromise"]["n"] == 1
