"""Contests across articles, on hand-built extractions (no NLP model involved)."""

import datetime as dt

from greatgame.records import Article
from greatgame.system.build import aged, build_system, merge_actors
from greatgame.system.corpus import contest_system, find_contests, published_by
from greatgame.system.evidence import state_of_organs, statements


def _copy(extraction, article_id, published):
    article = Article(id=article_id, source=f"{article_id}.txt", sha256=article_id * 64,
                      title=f"Story {article_id}", published=published)
    return extraction.model_copy(update={"article": article})


def test_the_same_question_in_two_articles_is_one_contest(seedlike):
    first = _copy(seedlike, "a", dt.date(2017, 3, 15))
    second = _copy(seedlike, "b", dt.date(2017, 6, 1))
    found = {c.id: c for c in find_contests([second, first])}
    assert set(found) == {"presence-afg-2017-03", "armed-group-tal-2017-03"}
    presence = found["presence-afg-2017-03"]
    assert [a.id for a in presence.articles] == ["a", "b"]  # oldest first
    assert (presence.first, presence.last) == (dt.date(2017, 3, 15), dt.date(2017, 6, 1))
    assert {"RUS", "USA", "AFG"} <= set(presence.actors())


def test_a_gap_of_more_than_a_year_starts_a_new_contest(seedlike):
    early = _copy(seedlike, "a", dt.date(2017, 3, 15))
    late = _copy(seedlike, "b", dt.date(2021, 5, 1))
    ids = sorted(c.id for c in find_contests([early, late]) if c.kind == "presence")
    assert ids == ["presence-afg-2017-03", "presence-afg-2021-05"]


def test_as_of_keeps_only_articles_published_by_then(seedlike):
    early = _copy(seedlike, "a", dt.date(2017, 3, 15))
    late = _copy(seedlike, "b", dt.date(2017, 6, 1))
    assert [e.article.id for e in published_by([early, late], dt.date(2017, 4, 1))] == ["a"]
    contests = find_contests([early, late], as_of=dt.date(2017, 4, 1))
    assert all([a.id for a in c.articles] == ["a"] for c in contests)


def test_a_contest_system_holds_its_question_only(seedlike):
    contest = next(c for c in find_contests([seedlike]) if c.kind == "presence")
    scenario = contest_system(contest).scenario
    assert [i.id for i in scenario.issues] == ["presence-afg"]
    placed = {p.actor for p in scenario.positions}
    assert {a.id for a in scenario.actors} == placed
    assert all(r.a in placed and r.b in placed for r in scenario.relations)


def test_older_statements_weigh_half_per_half_life(seedlike):
    old = _copy(seedlike, "a", dt.date(2016, 3, 15))
    said = list(statements([old], players=state_of_organs(merge_actors([old]))))
    assert said
    year_on = aged(said, [old], dt.date(2017, 3, 15), half_life_days=365)
    assert all(abs(b.weight - a.weight * 0.5) < 1e-9 for a, b in zip(said, year_on, strict=True))
    same_day = aged(said, [old], dt.date(2016, 3, 15))
    assert [s.weight for s in same_day] == [s.weight for s in said]


def test_one_article_system_is_the_same_with_any_half_life(seedlike):
    # decay counts from the article's own date: a single story is not aged
    assert build_system([seedlike]).scenario == \
        build_system([seedlike], half_life_days=30).scenario
