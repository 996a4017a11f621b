"""Contests and --as-of on the 89 VOA stories of ../shared/data/voa (slow: the stories are
extracted once for the module, ~20-30 s; skipped when ../shared is absent)."""

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from greatgame.api import analyze, read_corpus
from greatgame.cli.app import app
from greatgame.system.corpus import find_contests

pytestmark = [pytest.mark.slow, pytest.mark.shared]

# Stories that tell unrelated stories (VOA ids): none of these pairs may share a contest.
UNRELATED = [
    ("8006924", "7808748"),  # US tariffs on Canadian steel / the EU's tariffs on Chinese EVs
    ("8009495", "7808748"),  # US tariffs on European spirits / EU tariffs on Chinese EVs
    ("8009771", "6204681"),  # can the US pry Russia from China (2025) / Japan's PM tour (2021)
    ("6181504", "6205546"),  # China-Malaysia sea dispute (2019) / China's maritime law (2021)
    ("6181235", "7677701"),  # North Korea talks (2019) / North Korea-Russia cooperation (2024)
]


def _voa_id(article):
    return article.source.rsplit("#", 1)[-1]


@pytest.fixture(scope="module")
def voa(shared_data, tmp_path_factory):
    """The 89 stories' extractions, kept in a store (the CLI tests read it back)."""
    db = tmp_path_factory.mktemp("voa") / "voa.duckdb"
    extractions = read_corpus([shared_data / "voa" / "voa_stories.jsonl"], db=db)
    return extractions, db


@pytest.fixture(scope="module")
def contests(voa):
    return find_contests(voa[0])


def test_no_contest_mixes_unrelated_stories(contests):
    members = [{_voa_id(a) for a in c.articles} for c in contests]
    for a, b in UNRELATED:
        assert not any({a, b} <= m for m in members), (a, b)
    for c in contests:  # a contest is a running story: no gap of more than a year
        dates = sorted(a.published for a in c.articles)
        assert all((y - x).days <= 365 for x, y in zip(dates, dates[1:], strict=False)), c.id


def test_the_same_question_across_stories_is_one_contest(contests):
    by_id = {c.key: {_voa_id(a) for a in c.articles} for c in contests}
    assert by_id["tariffs-can"] == {"8006924", "8004380"}  # Trump's tariffs on Canada
    assert by_id["sanctions-tur"] == {"6180015", "6180932"}  # US sanctions over the S-400
    assert "7808748" in by_id["tariffs-chn"]  # the EU's tariffs on Chinese cars: its own
    # talks between the US and North Korea, December 2019 and February 2020
    assert by_id["talks-prk-usa"] == {"6181235", "6184244"}


def test_cli_lists_contests_from_the_store_as_of_a_date(voa):
    _, db = voa
    result = CliRunner().invoke(app, ["contests", "--db", str(db), "--as-of", "2019-12-31",
                                      "--json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)["contests"]
    assert listed and set(listed[0]) == {"id", "question", "kind", "first", "last", "actors",
                                         "articles"}
    for contest in listed:
        assert contest["last"] <= "2019-12-31"
        for article in contest["articles"]:
            assert set(article) == {"id", "source", "title", "published"}
            assert article["source"].endswith(".jsonl#" + article["source"].rsplit("#")[-1])


def test_analyze_as_of_reads_only_what_was_published_by_then(shared_data, tmp_path):
    """The two North Korea stories (2019-12-18, 2020-02-14): one by the end of 2019,
    both by the end of February 2020, each system dated as of then."""
    lines = [line for line in (shared_data / "voa" / "voa_stories.jsonl").read_text()
             .splitlines() if json.loads(line)["id"] in ("6181235", "6184244")]
    corpus = tmp_path / "nk.jsonl"
    corpus.write_text("\n".join(lines) + "\n")
    seen = {}
    for day in (dt.date(2019, 12, 31), dt.date(2020, 2, 29)):
        run = analyze([corpus], out=tmp_path / str(day), as_of=day, draws=20)
        seen[day] = ({_voa_id(a) for a in run.articles}, run.system.scenario.date)
    assert seen[dt.date(2019, 12, 31)] == ({"6181235"}, dt.date(2019, 12, 31))
    assert seen[dt.date(2020, 2, 29)] == ({"6181235", "6184244"}, dt.date(2020, 2, 29))
    page = (tmp_path / "2020-02-29" / "report.html").read_text()
    index = page[page.index('id="contests"'):page.index('id="summary"')]
    assert "Sanctions on North Korea" in index  # one line per contest, before the system
    # (the second story's "release" is a report's: "a U.N. report to be released next month")
    assert "The release of the people held by" not in index


def test_a_contest_timeline_as_of_a_later_date_ages_its_evidence(contests):
    """Sanctions on North Korea (6181235, 2019-12-18) followed to 2020-02-29: one step a
    month, the positions where the story put them, their saliences fading."""
    from greatgame.api import timeline

    contest = next(c for c in contests if c.key == "sanctions-prk")
    line = timeline(contest, every="month", as_of=dt.date(2020, 2, 29), draws=100)
    assert [(f.period.isoformat(), f.articles) for f in line.forecasts] == [
        ("2019-12-31", 1), ("2020-01-31", 1), ("2020-02-29", 1)]
    usa = [p for p in line.positions if p.actor == "USA"]
    assert len({p.position for p in usa}) == 1
    assert usa[0].salience > usa[1].salience > usa[2].salience
