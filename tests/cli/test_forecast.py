"""`greatgame forecast` through typer's test runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from greatgame.cli.app import app

runner = CliRunner()
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EC = FIXTURES / "ec_emissions.csv"


def test_json_output_follows_the_contract_and_reproduces_the_ec_numbers():
    result = runner.invoke(app, ["forecast", str(EC), "--json", "--draws", "50", "--seed", "3"])
    assert result.exit_code == 0, result.output
    d = json.loads(result.stdout)
    issue = d["issues"][0]
    models = issue["models"]
    assert models["compromise"]["forecast"] == pytest.approx(7.38996, abs=0.01)
    assert models["median"]["forecast"] == 7.0
    assert models["eum"]["rounds"][0]["median"] == 7.0
    assert models["eum"]["draws"] == 50
    assert d["provenance"]["seed"] == 3


def test_same_seed_same_json():
    args = ["forecast", str(FIXTURES / "afghanistan.yaml"), "--json", "--draws", "40",
            "--model", "eum", "--seed", "8"]
    a, b = runner.invoke(app, args), runner.invoke(app, args)
    assert a.exit_code == 0, a.output
    assert json.loads(a.stdout) == json.loads(b.stdout)


def test_table_output_lists_models_and_intervals():
    result = runner.invoke(app, ["forecast", str(FIXTURES / "afghanistan.yaml"), "--issue",
                                 "presence", "--draws", "30", "--sensitivity"])
    assert result.exit_code == 0, result.output
    for word in ("compromise", "median", "eum", "exchange", "80% interval", "sensitivity"):
        assert word in result.stdout
    assert "(presence)" in result.stdout and "(taliban)" not in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--issue", "nope"], "unknown issue 'nope'"),
        (["--draws", "-1"], "draws must be 0 or more"),
    ],
)
def test_bad_options_exit_1_with_one_message(args, message):
    result = runner.invoke(app, ["forecast", str(EC), *args])
    assert result.exit_code == 1
    assert message in result.stderr
    assert str(EC) in result.stderr.replace("\n", "")


def test_missing_file_exits_1(tmp_path):
    result = runner.invoke(app, ["forecast", str(tmp_path / "none.yaml")])
    assert result.exit_code == 1


def test_an_unknown_model_is_a_usage_error_listing_the_models():
    result = runner.invoke(app, ["forecast", str(EC), "--model", "bdm"])
    assert result.exit_code == 2
    assert "'bdm' is not one of compromise" in result.output
