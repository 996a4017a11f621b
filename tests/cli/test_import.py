"""`greatgame import`: the JSON interface of issue 21 and bad rows on stderr."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from greatgame.cli.app import app

runner = CliRunner()
# An ACLED export (ACLED codebook 2023), its third row one column short.
ACLED = """event_id_cnty,event_date,sub_event_type,actor1,inter1,actor2,inter2,country,notes
SUD1,2023-04-15,Armed clash,Military Forces of Sudan (2019-),1,Rapid Support Forces,2,Sudan,x
IND2,2023-05-01,Peaceful protest,Protesters (India),6,,,India,march
IND3,2023-05-02,Peaceful protest,Protesters (India),6,,,India
"""


def write(tmp_path):
    path = tmp_path / "acled.csv"
    path.write_text(ACLED, encoding="utf-8")
    return path
KEYS = {"format", "files", "rows", "stored", "bad_rows", "actors_mapped", "events_mapped",
        "unmapped"}


def test_import_json_has_the_issue_s_keys_and_bad_rows_go_to_stderr(tmp_path):
    path = write(tmp_path)
    result = runner.invoke(app, ["import", "acled", str(path), "--db",
                                 str(tmp_path / "g.duckdb"), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert set(summary) == KEYS
    assert (summary["format"], summary["files"], summary["rows"], summary["stored"],
            summary["bad_rows"]) == ("acled", 1, 3, 2, 1)
    assert "line 4" in result.stderr and "acled.csv" in result.stderr


def test_an_unknown_format_is_one_error_line(tmp_path):
    path = write(tmp_path)
    result = runner.invoke(app, ["import", "cameo", str(path), "--db",
                                 str(tmp_path / "g.duckdb")])
    assert result.exit_code == 1 and "unknown event format" in result.stderr
