"""Regional governments: a region named with an office of its own is an actor of its own
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from greatgame.extract.pipeline import extract_article
from greatgame.ingest.article import read_text
from greatgame.nlp import load
from greatgame.system.evidence import player_of, state_of_organs


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    return load()


def _actors(nlp, text: str):  # noqa: ANN001, ANN202
    return {a.id: a for a in extract_article(read_text(text, source="t.txt"), nlp).actors}


@pytest.mark.parametrize(("text", "region", "country", "person"), [
    ("Texas Governor Greg Abbott sued the federal government on Monday.", "TEXAS", "USA",
     "GREG_ABBOTT"),
    ("Doug Ford, Ontario's provincial leader, rejected the plan on Monday.", "ONTARIO", "CAN",
     "DOUG_FORD"),
    ("The governor of Aceh signed the accord with Indonesia on Monday.", "ACEH", "IDN", None),
    ("Bavaria's regional government criticised Berlin over the budget on Monday. The "
     "dispute went on.", "BAVARIA", "DEU", None),
])
def test_a_region_with_an_office_is_its_own_actor(nlp, text, region, country, person
                                                  ) -> None:  # noqa: ANN001
    actors = _actors(nlp, text)
    assert actors[region].kind == "organisation" and actors[region].country == country
    if person is not None:
        assert actors[person].affiliation == region
        players = state_of_organs(actors)
        assert player_of(actors[person], players=players) == region


def test_a_capital_is_no_region(nlp) -> None:  # noqa: ANN001
    actors = _actors(nlp, "The Moscow government welcomed the decision on Monday. Kyiv "
                          "rejected it on Tuesday.")
    assert "MOSCOW" not in actors


def test_a_minister_or_leader_needs_a_regional_modifier(nlp) -> None:  # noqa: ANN001
    assert "KERALA" in _actors(nlp, "Kerala's chief minister met the envoy on Monday. "
                                    "They spoke for an hour.")
    assert "BAVARIA" not in _actors(nlp, "Bavaria's leader met the envoy on Monday. They "
                                         "spoke for an hour.")


def test_a_city_before_a_summit_is_its_venue(nlp) -> None:  # noqa: ANN001
    from greatgame.extract.pipeline import extract_article as read

    got = read(read_text("Washington and Tehran stayed apart after the Geneva talks failed. "
                         "Officials said the Doha summit was cancelled.", source="t.txt"), nlp)
    sources = {a for e in got.events for a in e.source}
    assert not sources & {"CHE", "QAT"}
