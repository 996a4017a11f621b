"""Every command of the README's Quickstart and walk-through runs as it stands (issue 19).

The commands are read from the README itself, so the test breaks when the README and the
program part ways. `make demo` is run as the command it stands for (`greatgame demo`) so
that the test does not build a second virtual environment; `make test` is this suite.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
MAKE_STANDS_FOR = {"make demo": "greatgame demo --draws 100 --out demo/", "make test": None}


def section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"## {title}")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else None]


def commands(title: str) -> list[str]:
    """The lines of the ```sh blocks of one README section, comments dropped."""
    blocks = re.findall(r"^```sh\n(.*?)^```", section(title), re.DOTALL | re.MULTILINE)
    lines = [line.split("  #")[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line]


def test_the_sections_hold_the_commands_a_newcomer_types():
    assert commands("Quickstart") == ["make demo", "make test"]
    walk = commands("Walk-through: a story greatgame was not written for")
    assert walk[0].startswith("grep ") and walk[1].startswith("greatgame analyze")
    assert any(c.startswith("greatgame whatif") for c in walk)


@pytest.mark.slow
def test_the_quickstart_and_walk_through_run_as_written(shared_data, tmp_path):
    """Run in a folder beside ../shared, as in a clone of the project; with the installed
    `greatgame` first on PATH (what `. .venv/bin/activate` does)."""
    work = tmp_path / "main"
    work.mkdir()
    (tmp_path / "shared").symlink_to(shared_data.parent)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "COLUMNS": "100"}
    steps = [MAKE_STANDS_FOR[c] for c in commands("Quickstart")]
    steps += commands("Walk-through: a story greatgame was not written for")
    for step in filter(None, steps):
        run = subprocess.run(step, shell=True, cwd=work, env=env, capture_output=True,
                             text=True, timeout=300)
        assert run.returncode == 0, f"{step}\n{run.stdout}\n{run.stderr}"
        assert "Traceback" not in run.stderr
    assert (work / "demo" / "report.html").is_file()
    for name in ("report.html", "system.yaml", "forecast.json", "whatif.json",
                 "events.jsonl", "graph.graphml", "greatgame.duckdb"):
        assert (work / "turkey" / name).is_file(), name
    assert not (work / "greatgame.duckdb").exists()  # the store went next to --out
    forecast = json.loads((work / "turkey" / "forecast.json").read_text())
    assert [i["name"] for i in forecast["issues"]] == ["Sanctions on Turkey"]
