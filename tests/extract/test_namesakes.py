"""A surname the actor dictionary knows, at the end of someone else's full name, is that
person's (sentences written for these tests)."""

from __future__ import annotations

import pytest

from greatgame.extract.pipeline import extract_article
from greatgame.ingest.article import read_text
from greatgame.nlp import load


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    return load()


def test_a_full_name_the_dictionary_does_not_know_keeps_its_surname(nlp) -> None:  # noqa: ANN001
    got = extract_article(read_text(
        "Omar Farouk Hassan, an opposition lawmaker, criticised the budget on Monday. "
        "\"It is a disgrace,\" Hassan said.", source="t.txt"), nlp)
    actors = {a.id: a for a in got.actors}
    assert "OMAR_FAROUK_HASSAN" in actors and "HASSAN" not in actors
    assert [q.speaker for q in got.quotes] == ["OMAR_FAROUK_HASSAN"]


def test_a_full_name_the_dictionary_knows_stays_its_person(nlp) -> None:  # noqa: ANN001
    got = extract_article(read_text("Vladimir Putin met the envoy in Moscow on Monday. Putin "
                                    "said the talks went well.", source="t.txt"), nlp)
    putin = next(a for a in got.actors if a.id == "VLADIMIR_PUTIN")
    assert putin.country == "RUS" and [m.text for m in putin.mentions] == ["Vladimir Putin",
                                                                           "Putin"]
