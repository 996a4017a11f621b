"""`greatgame ingest` through typer's runner: summary, --json, bad files, exit codes."""

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from greatgame.cli.app import app
from greatgame.store import Store

runner = CliRunner()
PAGE = Path(__file__).parents[1] / "fixtures" / "ingest" / "article.html"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(PAGE, folder / "sub" / "page.html")
    (folder / "story.txt").write_text(
        "Doha round ends\n\nBy Jane Roe\n\nNegotiators in Doha ended another round of talks "
        "on Tuesday without agreement on a ceasefire, both delegations said.",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (folder / "latin.txt").write_bytes(b"\x81\x8d\x9d")
    (folder / "lines.jsonl").write_text('{"id": 1, "text": "x"}\n{"id": 2,\n', encoding="utf-8")
    return folder


def _ingest(*args):
    return runner.invoke(app, ["ingest", *map(str, args)])


def test_bad_files_are_named_good_ones_stored_exit_1(corpus, tmp_path):
    db = tmp_path / "gg.duckdb"
    result = _ingest(corpus, "--db", db)
    assert result.exit_code == 1
    for name, reason in [
        ("empty.txt", "empty file"),
        ("image.txt", "PNG image"),
        ("latin.txt", "undecodable"),
        ("lines.jsonl", "line 1"),
        ("lines.jsonl", "line 2"),
    ]:
        assert any(name in line and reason in line for line in result.stderr.splitlines()), name
    with Store(db, read_only=True) as store:
        titles = sorted(a.title for a in store.articles())
    assert titles == ["Doha round ends", "Envoys meet in Tashkent over Afghan border security"]


def test_json_summary_and_duplicates_on_the_second_run(corpus, tmp_path):
    db = tmp_path / "gg.duckdb"
    first = json.loads(_ingest(corpus, "--db", db, "--json").stdout)
    assert (first["files"], first["new"], first["duplicates"], first["failed"]) == (6, 2, 0, 5)
    assert {e["where"] for e in first["errors"] if e["path"].endswith("lines.jsonl")} == {
        "line 1",
        "line 2",
    }
    again = _ingest(corpus / "story.txt", corpus / "sub", "--db", db, "--json")
    assert again.exit_code == 0
    summary = json.loads(again.stdout)
    assert (summary["new"], summary["duplicates"], summary["failed"]) == (0, 2, 0)
    assert {a["status"] for a in summary["articles"]} == {"duplicate"}


def test_date_option_overrides_and_is_validated(tmp_path):
    db = tmp_path / "gg.duckdb"
    result = _ingest(PAGE, "--db", db, "--date", "2019-06-01")
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        (article,) = store.articles()
    assert article.published.isoformat() == "2019-06-01"
    bad = _ingest(PAGE, "--db", db, "--date", "06/01/2019")
    assert bad.exit_code == 2
    assert "YYYY-MM-DD" in bad.output


def test_human_summary_lists_articles_and_counts(tmp_path):
    result = _ingest(PAGE, "--db", tmp_path / "gg.duckdb")
    assert result.exit_code == 0
    assert "Tashkent" in result.stdout and "Karimova" in result.stdout
    assert "2019-06-04" in result.stdout


def test_corrupt_store_is_one_error_line(tmp_path):
    db = tmp_path / "gg.duckdb"
    db.write_bytes(b"\x00garbage" * 100)
    from greatgame.cli.app import main

    with pytest.raises(SystemExit) as code:
        main(["ingest", str(PAGE), "--db", str(db)])
    assert code.value.code == 1


@pytest.mark.shared
def test_seed_ingests_with_the_user_date(seed_path, tmp_path):
    db = tmp_path / "gg.duckdb"
    result = _ingest(seed_path, "--date", "2017-03-15", "--db", db, "--json")
    assert result.exit_code == 0
    (entry,) = json.loads(result.stdout)["articles"]
    assert entry["title"] == "The US withdrawal brings back Russia to Afghanistan"
    assert entry["author"] == "Huda al-Husseini"
    assert entry["published"] == "2017-03-15"


@pytest.mark.shared
def test_voa_jsonl_ingests_89_stories(shared_data, tmp_path):
    db = tmp_path / "gg.duckdb"
    result = _ingest(shared_data / "voa" / "voa_stories.jsonl", "--db", db, "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["new"] == 89
    with Store(db, read_only=True) as store:
        assert store.count() == 89
