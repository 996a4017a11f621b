"""Extractions: stored per article, read back whole, replaced by a later extraction."""

import pytest

from greatgame.errors import StoreError
from greatgame.ingest import read_text
from greatgame.records import ActorRef, Event, Extraction, Mention, Quote, Stance, TimeRef
from greatgame.store import Store, Table

TEXT = (
    "Moscow talks\n\nLast month, Moscow hosted a conference on Afghanistan. Zamir Kabulov, the "
    "Russian Ambassador to Afghanistan, said: “We have good relations with Taliban.”"
)


@pytest.fixture
def article():
    return read_text(TEXT, source="moscow.txt")


def _extraction(article, *, quote_text="We have good relations with Taliban."):
    body = article.text
    return Extraction(
        article=article,
        actors=(
            ActorRef(
                id="RUSGOV",
                name="Russia",
                kind="state",
                country="RUS",
                sector="GOV",
                aliases=("Moscow",),
                mentions=(
                    Mention(
                        start=body.index("Moscow"), end=body.index("Moscow") + 6, text="Moscow"
                    ),
                ),
            ),
            ActorRef(
                id="RUSGOV.kabulov",
                name="Zamir Kabulov",
                kind="person",
                country="RUS",
                mentions=(
                    Mention(
                        start=body.index("Zamir"),
                        end=body.index("Zamir") + 13,
                        text="Zamir Kabulov",
                    ),
                    Mention(start=0, end=4, text="Last"),
                ),
            ),
        ),
        events=(
            Event(
                type="CONSULT",
                mode="visit",
                cameo="043",
                goldstein=2.8,
                intensity=1.0,
                source=("RUSGOV",),
                target=("AFG",),
                sentence="Last month, ...",
                start=0,
                end=55,
                date="2017-02",
                historical=True,
            ),
        ),
        quotes=(
            Quote(
                speaker="RUSGOV.kabulov",
                speaker_text="Zamir Kabulov",
                text=quote_text,
                direct=True,
                cue="said",
                start=120,
                end=160,
            ),
        ),
        stances=(
            Stance(
                holder="RUSGOV",
                target="TAL",
                polarity=1,
                cue="good relations",
                text="good relations with Taliban",
                sentence="...",
                start=130,
                end=157,
            ),
        ),
        dates=(TimeRef(text="Last month", value="2017-02", start=0, end=10),),
    )


def test_extraction_round_trips(tmp_path, article):
    extraction = _extraction(article)
    with Store(tmp_path / "s.duckdb") as store:
        store.add_articles([article])
        store.save_extraction(extraction)
        assert store.extraction(article.id) == extraction
        assert store.extracted_ids() == [article.id]
        assert store.count("article_mentions") == 3


def test_saving_again_replaces_the_earlier_extraction(tmp_path, article):
    with Store(tmp_path / "s.duckdb") as store:
        store.save_extraction(_extraction(article))
        newer = _extraction(article, quote_text="Changed.")
        store.save_extraction(newer)
        assert store.extraction(article.id) == newer
        assert store.count("article_quotes") == 1
        assert store.count("extractions") == 1


def test_article_not_yet_extracted_gives_none_and_is_stored_on_save(tmp_path, article):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_articles([article])
        assert store.extraction(article.id) is None
    other = read_text(TEXT + " More.", source="other.txt")
    with Store(tmp_path / "s.duckdb") as store:
        store.save_extraction(_extraction(other))
        assert store.article(other.id) == other


def test_failed_save_keeps_the_earlier_extraction(tmp_path, article, monkeypatch):
    first = _extraction(article)
    with Store(tmp_path / "s.duckdb") as store:
        store.save_extraction(first)
        real = Table.insert_sql

        def broken(self):
            # quotes are written after the old rows were deleted: fail there
            if self.name == "article_quotes":
                return "INSERT INTO no_such_table VALUES (?)"
            return real(self)

        monkeypatch.setattr(Table, "insert_sql", broken)
        with pytest.raises(StoreError, match="nothing was stored"):
            store.save_extraction(_extraction(article, quote_text="Never stored."))
        monkeypatch.undo()
        assert store.extraction(article.id) == first
