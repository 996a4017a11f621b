"""A contest period by period, on hand-built extractions (no NLP model involved)."""

import datetime as dt

import pytest

from greatgame.records import Article
from greatgame.system.corpus import find_contests
from greatgame.system.timeline import contest_steps, period_end, period_ends, position_points


def _copy(extraction, article_id, published, **update):
    article = Article(id=article_id, source=f"{article_id}.txt", sha256=article_id * 64,
                      title=f"Story {article_id}", published=published)
    return extraction.model_copy(update={"article": article, **update})


@pytest.fixture
def two_stories(seedlike):
    """The seed-like story in March 2017, and in June one where the US wants to leave."""
    turned = tuple(
        s.model_copy(update={"text": "to withdraw its troops from Afghanistan", "cue": "wants"})
        if s.holder == "USA" else s for s in seedlike.stances)
    return [_copy(seedlike, "a", dt.date(2017, 3, 15)),
            _copy(seedlike, "b", dt.date(2017, 6, 1), stances=turned)]


def test_periods_end_on_sundays_and_last_days_of_months():
    assert period_end(dt.date(2017, 3, 15), "week") == dt.date(2017, 3, 19)  # a Wednesday
    assert period_end(dt.date(2017, 3, 19), "week") == dt.date(2017, 3, 19)
    assert period_end(dt.date(2016, 2, 3), "month") == dt.date(2016, 2, 29)
    assert period_ends(dt.date(2017, 3, 15), dt.date(2017, 6, 1), "month") == [
        dt.date(2017, 3, 31), dt.date(2017, 4, 30), dt.date(2017, 5, 31), dt.date(2017, 6, 30)]
    assert len(period_ends(dt.date(2017, 3, 15), dt.date(2017, 6, 1), "week")) == 12
    with pytest.raises(ValueError, match="fortnight"):
        period_end(dt.date(2017, 3, 15), "fortnight")


def test_each_period_reads_the_articles_published_by_its_end(two_stories):
    contest = next(c for c in find_contests(two_stories) if c.kind == "presence")
    steps = contest_steps(contest, every="month")
    assert [(s.period, s.articles) for s in steps] == [
        (dt.date(2017, 3, 31), 1), (dt.date(2017, 4, 30), 1), (dt.date(2017, 5, 31), 1),
        (dt.date(2017, 6, 30), 2)]
    assert all(s.system.scenario.date == s.period for s in steps)
    assert all([i.id for i in s.system.scenario.issues] == ["presence-afg"] for s in steps)


def test_positions_move_with_new_evidence_and_saliences_fade_without(two_stories):
    contest = next(c for c in find_contests(two_stories) if c.kind == "presence")
    points = position_points(contest_steps(contest, every="month", half_life_days=30))
    usa = {p.period: p for p in points if p.actor == "USA"}
    march, april, may, june = sorted(usa)
    assert usa[march].position == usa[may].position  # no new article: it stays
    assert usa[april].salience < usa[march].salience  # but its evidence has aged
    assert usa[june].position < usa[may].position  # June's story: the US wants to leave
    assert {p.issue for p in points} == {"presence-afg"}


def test_as_of_extends_the_timeline_past_the_last_article_or_cuts_it(two_stories):
    contest = next(c for c in find_contests(two_stories) if c.kind == "presence")
    later = contest_steps(contest, every="month", as_of=dt.date(2017, 8, 10))
    assert [s.period for s in later][-3:] == [
        dt.date(2017, 6, 30), dt.date(2017, 7, 31), dt.date(2017, 8, 10)]
    earlier = contest_steps(contest, every="month", as_of=dt.date(2017, 4, 10))
    assert [(s.period, s.articles) for s in earlier] == [
        (dt.date(2017, 3, 31), 1), (dt.date(2017, 4, 10), 1)]
    assert contest_steps(contest, as_of=dt.date(2017, 1, 1)) == []


def test_the_forecast_at_each_period_lies_in_its_interval(two_stories):
    from greatgame.api import timeline

    contest = next(c for c in find_contests(two_stories) if c.kind == "presence")
    line = timeline(contest, every="month", draws=200, seed=1, model="compromise")
    assert [(f.period, f.articles) for f in line.forecasts] == [
        (s.period, s.articles) for s in line.steps]
    for f in line.forecasts:
        assert f.issue == "presence-afg" and f.model == "compromise"
        assert f.ci80[0] <= f.forecast <= f.ci80[1]
    assert line.forecasts[-1].forecast < line.forecasts[-2].forecast  # the US turned
    again = timeline(contest, every="month", draws=200, seed=1, model="compromise")
    assert again.as_json() == line.as_json()  # same seed, same numbers
    rows = line.as_json()
    assert set(rows["positions"][0]) == {"period", "issue", "actor", "position", "salience"}
    assert set(rows["forecasts"][0]) == {"period", "issue", "model", "forecast", "ci80",
                                         "articles"}


def test_cli_prints_each_contests_timeline_from_the_store(two_stories, tmp_path):
    import json

    from typer.testing import CliRunner

    from greatgame.cli.app import app
    from greatgame.store import Store

    db = tmp_path / "corpus.duckdb"
    with Store(db) as store:
        store.add_articles([e.article for e in two_stories])
        for extraction in two_stories:
            store.save_extraction(extraction)
    result = CliRunner().invoke(app, ["contests", "--db", str(db), "--timeline", "month",
                                      "--contest", "presence-afg-2017-03", "--draws", "50",
                                      "--json"])
    assert result.exit_code == 0, result.output
    [listed] = json.loads(result.stdout)["contests"]
    periods = [f["period"] for f in listed["timeline"]["forecasts"]]
    assert periods == ["2017-03-31", "2017-04-30", "2017-05-31", "2017-06-30"]
    bad = CliRunner().invoke(app, ["contests", "--db", str(db), "--timeline", "year"])
    assert bad.exit_code != 0 and "week, month" in bad.output
