"""`greatgame backtest` through typer's test runner."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from greatgame.cli import backtest as command

runner = CliRunner()


@pytest.fixture(scope="module")
def app():
    app = typer.Typer()
    command.register(app)
    app.command("noop", hidden=True)(lambda: None)  # keep typer in multi-command mode
    return app


def test_unknown_case_exits_1_naming_it(app):
    result = runner.invoke(app, ["backtest", "--case", "nope"])
    assert result.exit_code == 1
    assert "unknown case 'nope'" in result.output


def test_backtest_json():
    pytest.importorskip("greatgame.models.forecast")
    from greatgame.cli.app import app as main_app

    result = runner.invoke(main_app, ["backtest", "--json", "--draws", "0"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    ec = [r for r in out["rows"] if r["case"] == "ec-emissions"]
    assert ec and all(r["reference"] == 8.833 for r in ec)
    assert set(out["mean_abs_error"]) == {r["model"] for r in out["rows"]}
