import datetime as dt

from greatgame.records import Actor, Issue, Position, Scenario
from greatgame.store import Store
from greatgame.store.runs import load_runs, save_run


def _scenario() -> Scenario:
    return Scenario(
        name="two actors",
        date=dt.date(2017, 3, 15),
        actors=(Actor(id="A", name="A", capability=1), Actor(id="B", name="B", capability=2)),
        issues=(Issue(id="x", name="X"),),
        positions=(Position(actor="A", issue="x", position=10, salience=0.5),
                   Position(actor="B", issue="x", position=90, salience=0.5)),
    )


FORECAST = {
    "scenario": "two actors",
    "issues": [{"id": "x", "name": "X", "models": {
        "compromise": {"forecast": 63.3, "rounds": [], "draws": 100, "ci80": [55.0, 70.0]},
        "median": {"forecast": 90.0, "rounds": [], "draws": 0, "ci80": None},
    }}],
    "provenance": {"seed": 1, "draws": 100},
}


def test_a_run_round_trips_and_rerunning_replaces_it(tmp_path):
    db = tmp_path / "g.duckdb"
    with Store(db) as store:
        first = save_run(store, _scenario(), FORECAST, [{"shocks": ["remove:B"]}])
        again = save_run(store, _scenario(), FORECAST, [{"shocks": ["remove:B"]}])
        assert first == again
    with Store(db, read_only=True) as store:
        (run,) = load_runs(store)
        rows = store.connection.execute(
            "SELECT model, forecast, ci80_low, ci80_high FROM forecasts ORDER BY model"
        ).fetchall()
    assert run["scenario"] == _scenario()
    assert run["forecast"] == FORECAST
    assert run["whatifs"] == [{"shocks": ["remove:B"]}]
    assert rows == [("compromise", 63.3, 55.0, 70.0), ("median", 90.0, None, None)]


def test_another_seed_is_another_run(tmp_path):
    other = {**FORECAST, "provenance": {"seed": 2, "draws": 100}}
    with Store(tmp_path / "g.duckdb") as store:
        assert save_run(store, _scenario(), FORECAST, []) != save_run(store, _scenario(), other, [])
        assert len(load_runs(store)) == 2


def test_a_store_without_runs_lists_none(tmp_path):
    with Store(tmp_path / "g.duckdb") as store:
        assert load_runs(store) == []
