"""`greatgame eval` through typer's test runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from greatgame.cli import eval as command

runner = CliRunner()


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()
    command.register(app)
    app.command("noop", hidden=True)(lambda: None)
    return app


def test_missing_gold_exits_1_naming_it(app: typer.Typer, tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "plover", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1
    assert "gold file not found" in result.output


def test_bad_split_is_a_usage_error(app: typer.Typer, tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "plover", str(tmp_path / "g.jsonl"), "--split", "x"])
    assert result.exit_code == 2


@pytest.mark.slow
def test_plover_json_on_a_small_gold_file(app: typer.Typer, tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({
        "id": "t1", "date": "2000-01-01", "event": "ASSAULT", "split": "dev",
        "source": [{"code": "RUS"}], "target": [{"code": "UKR"}],
        "text": "Russia attacked Ukraine on Monday.",
    }) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "plover", str(gold), "--split", "dev", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["records"] == 1 and data["split"] == "dev"
    assert data["details"][0]["status"] in ("correct", "partial", "missed")
    # the headline is strict; the reinterpreted figures sit apart under their own name
    assert data["reading"] == "strict"
    assert data["lenient"]["reading"] == "lenient"
    assert 0 <= data["lenient"]["type_accuracy"] <= 1


@pytest.mark.slow
def test_plover_text_shows_strict_and_lenient_columns(app: typer.Typer,
                                                      tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({
        "id": "t1", "date": "2000-01-01", "event": "ASSAULT", "split": "dev",
        "source": [{"code": "RUS"}], "target": [{"code": "UKR"}],
        "text": "Russia attacked Ukraine on Monday.",
    }) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "plover", str(gold)])
    assert result.exit_code == 0, result.output
    assert "strict" in result.output and "lenient" in result.output


@pytest.mark.slow
def test_plover_test_split_scores(app: typer.Typer, shared_data: Path) -> None:
    """The issue's targets on the held-out split; figures are printed, floors kept modest
    until the trained parser settles (see the README's Events section)."""
    gold = shared_data / "plover" / "gsr.jsonl"
    result = runner.invoke(app, ["eval", "plover", str(gold), "--split", "test", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["records"] == 161
    assert data["type_accuracy"] > 0.3


@pytest.mark.slow
def test_petrarch_runs_on_the_shared_set(app: typer.Typer, shared_data: Path) -> None:
    gold = shared_data / "petrarch-gsr" / "petr2_gsr.jsonl"
    result = runner.invoke(app, ["eval", "petrarch", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["gold_events"] == 80 and 0 <= data["type_accuracy"] <= 1
