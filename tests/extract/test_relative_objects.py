"""A relative clause with a subject of its own acts on the noun it describes (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from greatgame.extract.pipeline import extract_article
from greatgame.ingest.article import read_text
from greatgame.nlp import load


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    return load()


def _events(nlp, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:  # noqa: ANN001
    got = extract_article(read_text(text + " Officials gave no details.", source="t.txt"), nlp)
    return [(e.type, e.source, e.target) for e in got.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("The sanctions Washington imposed on Iran last year hurt its economy.",
     ("COERCE", ("USA",), ("IRN",))),
    ("Experts see an end to the diplomatic process Tokyo has pursued with Seoul since May.",
     ("CONSULT", ("JPN",), ("KOR",))),
])
def test_the_described_noun_is_the_clauses_object(nlp, text, expected) -> None:  # noqa: ANN001
    assert expected in _events(nlp, text)


def test_a_subject_relative_stays_with_its_event_noun(nlp) -> None:  # noqa: ANN001
    # "the attack that killed": the noun is the clause's subject, read as the nominal event
    events = _events(nlp, "The attack that killed ten Malian soldiers was claimed by an "
                          "Islamist group on Monday.")
    assert not [e for e in events if e[0] == "ASSAULT" and e[1] == ("MLIMIL",)]
