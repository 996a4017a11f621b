"""`greatgame extract` through typer's runner: JSON contract, JSON Lines, store, bad input."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from greatgame.cli.app import app

runner = CliRunner()
KEYS = {"article", "actors", "events", "quotes", "stances", "dates"}


@pytest.mark.slow
def test_jsonl_lines_come_back_with_their_id_and_are_stored(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "s1", "text": "Last month, Moscow hosted a conference "
                                "on Afghanistan.", "date": "2017-03-15"}) + "\n",
                   encoding="utf-8")
    db = tmp_path / "gg.duckdb"
    result = runner.invoke(app, ["extract", "--jsonl", str(src), "--db", str(db)])
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout.strip().splitlines()[-1])
    assert row["id"] == "s1" and KEYS <= set(row)
    assert {a["id"] for a in row["actors"]} >= {"RUS", "AFG"}
    assert row["dates"][0]["value"] == "2017-02"
    from greatgame.store import Store

    with Store(db) as store:
        assert store.extraction(row["article"]["id"]) is not None


def test_bad_jsonl_line_is_named(tmp_path):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"id": 1, "text": "Russia hosted talks on Afghanistan."}\n{not json\n',
                   encoding="utf-8")
    from greatgame.cli.extract import read_jsonl
    from greatgame.errors import InputError

    with pytest.raises(InputError, match="line 2"):
        list(read_jsonl(src))


def test_extract_without_input_is_a_usage_error():
    result = runner.invoke(app, ["extract"])
    assert result.exit_code == 2
