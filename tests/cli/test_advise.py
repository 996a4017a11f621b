"""`greatgame advise` through typer's test runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from greatgame.cli import advise as command

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
runner = CliRunner()


@pytest.fixture(scope="module")
def app():
    app = typer.Typer()
    command.register(app)
    app.command("noop", hidden=True)(lambda: None)  # keep typer in multi-command mode
    return app


def test_json_lists_levers_per_model_best_first(app):
    result = runner.invoke(app, ["advise", str(FIXTURES / "afghanistan.yaml"), "--actor", "RUS",
                                 "--issue", "taliban", "--draws", "40", "--json"])
    assert result.exit_code == 0, result.output
    d = json.loads(result.output)
    (issue,) = d["issues"]
    assert issue["toward"] == 60.0  # Russia's own position
    assert set(issue["models"]) == {"compromise", "median", "mean", "nash", "ks", "eum"}
    for entry in issue["models"].values():
        closer = [lv["closer"] for lv in entry["levers"]]
        assert closer == sorted(closer, reverse=True)
        for lever in entry["levers"]:
            assert lever["kind"] in ("position", "salience", "capability", "win_over")
            lo, hi = lever["effect_ci80"]
            assert lo <= hi
    assert issue["models"]["compromise"]["levers"][0]["method"] == "closed_form"


def test_table_names_the_lever(app):
    result = runner.invoke(app, ["advise", str(FIXTURES / "afghanistan.yaml"), "--actor", "USA",
                                 "--issue", "presence", "--toward", "90", "--model",
                                 "compromise", "--draws", "20"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "USA" in result.output and "80% of effect" in result.output


@pytest.mark.parametrize("args, words", [
    (["--actor", "XX"], "unknown actor 'XX'"),
    (["--actor", "RUS", "--toward", "50"], "name one with --issue"),
    (["--actor", "RUS", "--issue", "taliban", "--toward", "500"], "outside the scale"),
    (["--actor", "RUS", "--issue", "nope"], "unknown issue"),
    (["--actor", "RUS", "--draws", "-1"], "draws must be 0 or more"),
])
def test_bad_options_exit_1_with_one_line(app, args, words):
    result = runner.invoke(app, ["advise", str(FIXTURES / "afghanistan.yaml"), *args])
    assert result.exit_code == 1
    assert words in result.output
