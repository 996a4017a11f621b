"""Hand-built extractions shared by the system tests (no NLP model involved)."""

import datetime as dt

import pytest

from greatgame.records import ActorRef, Article, Event, Extraction, Mention, Quote, Stance

NAMES = {"AFG": "Afghanistan", "USA": "United States", "RUS": "Russia"}


def _ref(id_, name, kind, country=None, *mentions):
    return ActorRef(
        id=id_, name=name, kind=kind, country=country,
        mentions=tuple(Mention(start=0, end=len(m), text=m) for m in mentions),
    )


_OFFSET = iter(range(0, 100_000, 1000))


def _stance(holder, text, polarity=1, target=None, cue="wants"):
    start = next(_OFFSET)  # each stance its own sentence
    return Stance(holder=holder, target=target, polarity=polarity, cue=cue, text=text,
                  sentence=text, start=start, end=start + len(text))


ACTORS = (
    _ref("RUS", "Russia", "state", "RUS", "Moscow"),
    _ref("USA", "United States", "state", "USA", "Washington", "US"),
    _ref("AFG", "Afghanistan", "state", "AFG", "Kabul"),
    _ref("TAL", "Taliban", "armed_group", "AFG", "Taliban"),
    _ref("KABULOV", "Zamir Kabulov", "person", "RUS", "Kabulov"),
    _ref("SRC1", "a Western diplomat", "source", None),
)

EXTRACTION = Extraction(
    article=Article(id="a", source="t", sha256="0" * 64, published=dt.date(2017, 3, 15)),
    actors=ACTORS,
    stances=(
        _stance("RUS", "the US to withdraw its troops from Afghanistan", cue="asks"),
        _stance("RUS", "to put an end to the US military presence in Afghanistan"),
        _stance("RUS", "it is time to accept Taliban in an Afghan political frame", cue="believes"),
        _stance("RUS", "Taliban is less threatening to its interests", target="TAL",
                cue="believes"),
        _stance("USA", "to keep its troops in Afghanistan and maintain a foothold"),
        _stance("AFG", "the American forces to stay in Afghanistan"),
        _stance("TAL", "all foreign forces out of the country, the foreign troops must leave "
                "Afghanistan"),
        _stance("AFG", "to confront Taliban's terrorism", cue="continues"),
        _stance("SRC1", "Russia wants to use the rivalry between Taliban and ISIS"),
    ),
    quotes=(
        Quote(speaker="KABULOV", speaker_text="he", text="We have good relations with Taliban",
              direct=True, cue="says", start=0, end=10),
    ),
    events=(
        Event(type="ASSAULT", intensity=-9.0, source=("USA",), target=("TAL",),
              sentence="US forces struck Taliban positions."),
    ),
)



@pytest.fixture
def seedlike() -> Extraction:
    """A seed-like article: Russia, the US, Kabul and the Taliban on two questions."""
    return EXTRACTION
