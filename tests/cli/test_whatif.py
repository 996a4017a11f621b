"""`greatgame whatif` through typer's test runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from greatgame.cli import whatif as command

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
runner = CliRunner()


@pytest.fixture(scope="module")
def app():
    app = typer.Typer()
    command.register(app)
    app.command("noop", hidden=True)(lambda: None)  # keep typer in multi-command mode
    return app


def test_bad_file_exits_1_naming_it(app, tmp_path):
    bad = tmp_path / "broken.yaml"
    bad.write_text("name: x\nactors: [a, b\n")
    result = runner.invoke(app, ["whatif", str(bad), "--shock", "remove:USA"])
    assert result.exit_code == 1
    assert "broken.yaml" in result.output and "malformed YAML" in result.output


def test_bad_shock_exits_1(app):
    result = runner.invoke(app, ["whatif", str(FIXTURES / "afghanistan.yaml"), "--shock",
                                 "explode:USA"])
    assert result.exit_code == 1
    assert "cannot read shock" in result.output


def test_unknown_actor_in_shock_exits_1(app):
    pytest.importorskip("greatgame.models.forecast")
    result = runner.invoke(app, ["whatif", str(FIXTURES / "afghanistan.yaml"), "--shock",
                                 "remove:CHN"])
    assert result.exit_code == 1
    assert "unknown actor 'CHN'" in result.output


def test_unknown_issue_exits_1(app):
    result = runner.invoke(app, ["whatif", str(FIXTURES / "afghanistan.yaml"), "--shock",
                                 "remove:USA", "--issue", "opium"])
    assert result.exit_code == 1
    assert "afghanistan.yaml, --issue: unknown issue 'opium'" in result.output


def test_missing_shock_is_a_usage_error(app):
    result = runner.invoke(app, ["whatif", str(FIXTURES / "afghanistan.yaml")])
    assert result.exit_code == 2


def test_whatif_json_on_ec_emissions(app):
    pytest.importorskip("greatgame.models.forecast")
    result = runner.invoke(app, ["whatif", str(FIXTURES / "ec_emissions.csv"), "--shock",
                                 "remove:UK", "--model", "compromise", "--draws", "200",
                                 "--seed", "3", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    row = out["issues"][0]["models"]["compromise"]
    # without the UK (c s = 14.4 at 10 years): (500.3 - 144) / (67.7 - 14.4) = 6.6848
    assert row["baseline"] == pytest.approx(7.38996, abs=1e-4)
    assert row["scenario"] == pytest.approx(356.3 / 53.3, abs=1e-4)
    assert row["shift"] == pytest.approx(356.3 / 53.3 - 500.3 / 67.7, abs=1e-4)
    assert out["shocks"] == ["remove:UK"]


def test_whatif_table(app):
    pytest.importorskip("greatgame.models.forecast")
    result = runner.invoke(app, ["whatif", str(FIXTURES / "afghanistan.yaml"), "--shock",
                                 "remove:USA", "--issue", "presence", "--draws", "50"])
    assert result.exit_code == 0, result.output
    assert "presence" in result.output and "shift" in result.output
