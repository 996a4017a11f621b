"""`greatgame export --format plover` over a real DuckDB store."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from greatgame.cli import export as command
from greatgame.records import ActorRef, Article, Event, Extraction
from greatgame.store import Store

runner = CliRunner()


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()
    command.register(app)
    app.command("noop", hidden=True)(lambda: None)
    return app


def stored(tmp_path: Path) -> Path:
    db = tmp_path / "gg.duckdb"
    article = Article(id="a1", source="seed.txt", sha256="0" * 64, text="Moscow hosted talks.",
                      published=dt.date(2017, 3, 15))
    event = Event(type="CONSULT", mode="visit", cameo="043", goldstein=2.8, intensity=4.0,
                  source=("RUS",), target=("TALIBAN",), sentence="Moscow hosted talks.",
                  start=7, end=13, date="2017-02", future=False)
    actors = (ActorRef(id="RUS", name="Russia", kind="state", country="RUS"),
              ActorRef(id="TALIBAN", name="Taliban", kind="armed_group", country="AFG",
                       sector="REB"))
    with Store(db) as store:
        store.save_extraction(Extraction(article=article, actors=actors, events=(event,)))
    return db


def test_export_writes_plover_records(app: typer.Typer, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["export", "--format", "plover", "--db", str(stored(tmp_path)),
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["event"] == "CONSULT" and record["mode"] == "visit"
    assert record["source"][0]["code"] == "RUS"
    assert record["target"][0] == {"actor": "TALIBAN", "actorText": "Taliban", "code": "AFG",
                                   "sector": "REB"}
    assert record["date"] == "2017-02" and record["cameo"] == "043"
    assert record["id"] == "a1-0000" and record["text"] == "Moscow hosted talks."


def test_unknown_format_is_a_usage_error(app: typer.Typer, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "csv", "--db", str(tmp_path / "x")])
    assert result.exit_code == 2


def test_missing_store_exits_1(app: typer.Typer, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "no greatgame store" in result.output
