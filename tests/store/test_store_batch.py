"""Saving many extractions at once (`Store.save_extractions`): what one-by-one saving did.

A batch is one transaction with one DELETE and one INSERT per table, so these tests check
that nothing of the one-by-one semantics was lost: read back equal (dates, timestamps,
tuples, None), a later save replaces, a stored article is not stored again, the
``extractions`` table's timestamp moves. Real extractions come from three VOA stories of
../shared/data/voa (skipped when ../shared is absent): US tariffs on Canada with Ontario's
premier (8006924) and US sanctions on Turkey (6180015, 6180932).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from greatgame.ingest import read_text
from greatgame.records import (
    ActorRef,
    Article,
    Event,
    Extraction,
    Mention,
    Quote,
    Stance,
)
from greatgame.store import Store

STORIES = ("8006924", "6180015", "6180932")
TEXT = "Ottawa talks\n\nOntario Premier Doug Ford said the levy stays. Canada may answer."


@pytest.fixture(scope="module")
def voa(shared_data: Path, tmp_path_factory) -> list[Extraction]:
    """The three stories, extracted (a few seconds: spaCy reads them)."""
    from greatgame.api import extract_articles, read_articles

    lines = [
        line
        for line in (shared_data / "voa" / "voa_stories.jsonl").read_text(
            encoding="utf-8").splitlines()
        if json.loads(line)["id"] in STORIES
    ]
    assert len(lines) == len(STORIES)
    path = tmp_path_factory.mktemp("voa") / "three.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return extract_articles(read_articles([path]))


def _odd(article: Article | None = None) -> Extraction:
    """An extraction with every optional field None or empty somewhere, and an actor
    speaking for a regional government (``affiliation``)."""
    article = article or read_text(TEXT, source="ottawa.txt", date=dt.date(2025, 3, 11))
    return Extraction(
        article=article,
        actors=(
            ActorRef(id="CAN", name="Canada", kind="state", country="CAN"),  # no mentions
            ActorRef(
                id="CAN.ford",
                name="Doug Ford",
                kind="person",
                country="CAN",
                aliases=("Ford", "Premier Ford"),
                mentions=(Mention(start=23, end=32, text="Doug Ford"),),
                affiliation="ONTARIO",
            ),
            ActorRef(id="X", name="someone", kind="other"),  # country, sector None
        ),
        events=(
            Event(type="THREATEN", source=("CAN.ford",), target=("USA", "USAGOV"),
                  goldstein=-4.0, intensity=None, date=None, future=True,
                  attributed_to="CAN.ford", coded_type="THREATEN", coded_cameo="138"),
            Event(type="CONSULT"),  # every default: empty tuples, None numbers
        ),
        quotes=(Quote(speaker=None, speaker_text="", text="the levy stays", direct=False,
                      cue="said", start=33, end=57),),
        stances=(Stance(holder=None, target=None, polarity=-1, cue="levy", text="levy",
                        sentence="the levy stays", start=40, end=44),),
        dates=(),
    )


def test_a_batch_reads_back_equal(tmp_path, voa):
    assert any(e.actors for e in voa) and any(e.events for e in voa)
    assert any(a.affiliation for e in voa for a in e.actors)  # Doug Ford: ONTARIO
    with Store(tmp_path / "s.duckdb") as store:
        store.save_extractions(voa)
        assert store.extracted_ids() == sorted(e.article.id for e in voa)
        assert store.count("articles") == len(voa)
        for extraction in voa:
            assert store.article(extraction.article.id) == extraction.article
            assert store.extraction(extraction.article.id) == extraction
        mentions = sum(len(a.mentions) for e in voa for a in e.actors)
        assert store.count("article_mentions") == mentions


def test_a_batch_is_stored_as_saving_one_by_one_stores_it(tmp_path, voa):
    with Store(tmp_path / "batch.duckdb") as batch, Store(tmp_path / "one.duckdb") as one:
        batch.save_extractions(voa)
        for extraction in voa:
            one.save_extraction(extraction)
        for table in ("articles", "article_actors", "article_mentions", "article_events",
                      "article_quotes", "article_stances", "article_dates"):
            ours = batch.frame(table).sort_values(list(batch.frame(table).columns[:2]))
            theirs = one.frame(table).sort_values(list(one.frame(table).columns[:2]))
            assert ours.reset_index(drop=True).equals(theirs.reset_index(drop=True)), table
            assert list(ours.dtypes) == list(theirs.dtypes), table


def test_saving_a_batch_again_replaces_it(tmp_path, voa):
    with Store(tmp_path / "s.duckdb") as store:
        store.save_extractions(voa)
        counts = {t: store.count(t) for t in ("articles", "extractions", "article_events",
                                              "article_mentions")}
        first = dict(store.connection.execute("SELECT * FROM extractions").fetchall())
        store.save_extractions(voa)
        assert {t: store.count(t) for t in counts} == counts
        again = dict(store.connection.execute("SELECT * FROM extractions").fetchall())
        assert all(again[i] >= first[i] for i in first)  # when it was made: now, again
        for extraction in voa:
            assert store.extraction(extraction.article.id) == extraction


def test_a_batch_with_an_article_stored_before(tmp_path, voa):
    stored = voa[0].article
    with Store(tmp_path / "s.duckdb") as store:
        store.add_articles([stored])
        store.save_extraction(Extraction(article=stored))  # an earlier, empty extraction
        store.save_extractions(voa)
        assert store.count("articles") == len(voa)
        assert store.count("extractions") == len(voa)
        assert store.extraction(stored.id) == voa[0]


def test_an_empty_batch_changes_nothing(tmp_path):
    odd = _odd()
    with Store(tmp_path / "s.duckdb") as store:
        store.save_extractions([])
        assert store.count("articles") == store.count("extractions") == 0
        store.save_extractions([odd])
        store.save_extractions([])
        assert store.extraction(odd.article.id) == odd
        assert store.count("articles") == store.count("extractions") == 1


def test_none_fields_nested_events_and_affiliation_round_trip(tmp_path):
    odd = _odd()
    plain = _odd(read_text(TEXT + " More.", source="plain.txt"))  # published None
    with Store(tmp_path / "s.duckdb") as store:
        store.save_extractions(iter([odd, plain]))
        back = store.extraction(odd.article.id)
        assert back == odd
        assert back.actors[1].affiliation == "ONTARIO"
        assert back.actors[0].mentions == () and back.events[1].source == ()
        assert back.article.published == dt.date(2025, 3, 11)
        assert back.article.ingested_at == odd.article.ingested_at  # aware UTC again
        assert store.extraction(plain.article.id) == plain
        assert store.article(plain.article.id).published is None


def test_the_later_of_two_extractions_of_one_article_in_a_batch_stands(tmp_path):
    odd = _odd()
    later = odd.model_copy(update={"events": ()})
    with Store(tmp_path / "s.duckdb") as store:
        store.save_extractions([odd, later])
        assert store.extraction(odd.article.id) == later
        assert store.count("articles") == store.count("extractions") == 1


def test_many_articles_are_added_at_once(tmp_path):
    articles = [read_text(f"Story {n}\n\nThe talks in Geneva went on for day {n}, officials said.",
                          source=f"{n}.txt",
                          date=dt.date(2020, 1, 1 + n % 28)) for n in range(50)]
    with Store(tmp_path / "s.duckdb") as store:
        result = store.add_articles([*articles, articles[0]])
        assert len(result.new) == 50 and result.duplicates == (articles[0],)
        assert sorted(store.articles(), key=lambda a: a.id) == sorted(articles,
                                                                     key=lambda a: a.id)
