"""Every command's --help teaches (issue 19): real examples, plain option types; and the
exit codes the README's table promises."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from greatgame.cli.app import app

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = (["analyze"], ["demo"], ["forecast"], ["whatif"], ["backtest"], ["ingest"],
            ["extract"], ["export"], ["eval", "plover"], ["eval", "petrarch"],
            ["eval", "contests"], ["advise"], ["ledger"], ["ledger", "resolve"],
            ["ledger", "score"])
runner = CliRunner()


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_has_examples_and_plain_types(command):
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    text = result.output
    examples = text[text.index("Examples:"):]
    assert f"greatgame {' '.join(command)} " in examples
    assert not re.search(r"<(bool|str|int|path|list\[[^\]]*\])[^>]*>", text), text


def test_the_exit_codes_are_those_the_readme_lists(tmp_path):
    table = re.findall(r"^\| (\d) \| (.+) \|$", (ROOT / "README.md").read_text(), re.M)
    assert [code for code, _ in table] == ["0", "1", "2"]
    fixture = str(ROOT / "tests" / "fixtures" / "afghanistan.yaml")
    assert runner.invoke(app, ["forecast", fixture, "--draws", "10"]).exit_code == 0
    missing = runner.invoke(app, ["forecast", str(tmp_path / "none.yaml")])
    assert missing.exit_code == 1 and "none.yaml" in missing.stderr
    for usage in (["forecast", fixture, "--model", "foo"], ["nosuchcommand"],
                  ["forecast", fixture, "--nosuchoption"], ["analyze", fixture, "--date", "x"]):
        assert runner.invoke(app, usage).exit_code == 2, usage
