"""Stored runs: the system a forecast was made from, the forecast, and its what-ifs.

A run's id is the SHA-256 of its scenario and options (the forecast's provenance), so
running the same system with the same seed again replaces the row rather than adding
one. ``forecasts`` holds one row per run, issue and model for SQL and pandas users.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import TYPE_CHECKING, Any

from greatgame.records import Scenario

if TYPE_CHECKING:
    from greatgame.store.core import Store

DDL = (
    "CREATE TABLE IF NOT EXISTS runs (run_id VARCHAR PRIMARY KEY, name VARCHAR, "
    "stored_at TIMESTAMP, scenario_json JSON, forecast_json JSON, whatifs_json JSON)",
    "CREATE TABLE IF NOT EXISTS forecasts (run_id VARCHAR, issue VARCHAR, model VARCHAR, "
    "forecast DOUBLE, ci80_low DOUBLE, ci80_high DOUBLE, draws INTEGER, "
    "PRIMARY KEY (run_id, issue, model))",
)


def run_id(scenario: Scenario, forecast: dict[str, Any]) -> str:
    """Stable id of a run: the scenario plus the forecast's provenance (seed, draws, ...)."""
    payload = {
        "scenario": scenario.model_dump(mode="json"),
        "provenance": forecast.get("provenance", {}),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def save_run(
    store: Store,
    scenario: Scenario,
    forecast: dict[str, Any],
    whatifs: list[dict[str, Any]],
) -> str:
    """Store one run (replacing an identical earlier one); returns its id."""
    rid = run_id(scenario, forecast)
    with store.transaction() as con:  # the tables exist: Store creates DDL on opening
        con.execute("DELETE FROM forecasts WHERE run_id = ?", [rid])
        con.execute("DELETE FROM runs WHERE run_id = ?", [rid])
        con.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?)",
            [
                rid,
                scenario.name,
                dt.datetime.now(dt.UTC).replace(tzinfo=None),
                scenario.model_dump_json(),
                json.dumps(forecast),
                json.dumps(whatifs),
            ],
        )
        for issue in forecast.get("issues", []):
            for model, entry in issue.get("models", {}).items():
                ci = entry.get("ci80") or (None, None)
                con.execute(
                    "INSERT INTO forecasts VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [rid, issue["id"], model, entry.get("forecast"), ci[0], ci[1],
                     entry.get("draws")],
                )
    return rid


def load_runs(store: Store) -> list[dict[str, Any]]:
    """Every stored run, oldest first: id, name, scenario, forecast and what-ifs."""
    tables = {name for (name,) in store.connection.execute("SHOW TABLES").fetchall()}
    if "runs" not in tables:
        return []
    rows = store.connection.execute(
        "SELECT run_id, name, scenario_json, forecast_json, whatifs_json FROM runs "
        "ORDER BY stored_at, run_id"
    ).fetchall()
    return [
        {
            "run_id": rid,
            "name": name,
            "scenario": Scenario.model_validate_json(scenario),
            "forecast": json.loads(forecast),
            "whatifs": json.loads(whatifs),
        }
        for rid, name, scenario, forecast, whatifs in rows
    ]
