"""Who speaks for whom when a title sits between a body's name and a person's
(extract/office_titles.py), a national adjective names its state (gazetteer), and a
subject the parse put after its verb is mended (nlp/subjects.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from greatgame.extract.pipeline import read_doc
from greatgame.nlp import load


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    return load()


def _events(nlp, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:  # noqa: ANN001
    return [(e.coded_type or e.type, e.source, e.target)
            for e in read_doc(nlp(text), nlp).events]


@pytest.mark.parametrize(("text", "person", "place"), [
    # the title names the body: its officer speaks for it, not for a nation of its own
    ("Arab League Secretary-General Amr Hamdi urged Israel to lift the blockade.",
     "AMR_HAMDI", (None, "IGO")),
    ("NATO Secretary General Hans Berger criticised Russia.", "HANS_BERGER", (None, "IGO")),
    ("Hamas spokesman Sami Qassem condemned the raid by Israeli troops.", "SAMI_QASSEM",
     ("PSE", "REB")),
    # the dictionary's country of a person yields to the office the article gives
    ("U.N. mediator Martti Ahtisaari met Serbian officials in Belgrade.", "MARTTI_AHTISAARI",
     (None, "IGO")),
    # an organ of the body between its name and the title: still the body's officer
    ("African Union Commission chairman Moussa Faki urged Ethiopia to withdraw its troops.",
     "MOUSSA_FAKI", (None, "IGO")),
])
def test_a_title_after_a_body_makes_the_person_its_officer(nlp, text, person,  # noqa: ANN001
                                                          place) -> None:
    reading = read_doc(nlp(text), nlp)
    info = reading.index.actors[person]
    assert (info.country, info.sector) == place


@pytest.mark.parametrize(("text", "expected"), [
    ("Arab League Secretary-General Amr Hamdi urged Israel to lift the blockade.",
     ("REQUEST", ("AMR_HAMDI",), ("ISR",))),
    # a national adjective the country list lacked: no longer the nearest country's troops
    ("Swedish troops arrived in Kosovo on Monday.", ("AID", ("SWEMIL",), ("KSV",))),
    # the title and name before the verb are its subject, the name after it its object
    ("Ghanaian junior trade minister Kofi Boateng summoned Togo's envoy Yao Mensah.",
     ("CONSULT", ("KOFI_BOATENG",), ("YAO_MENSAH",))),
])
def test_event_actors(nlp, text, expected) -> None:  # noqa: ANN001
    assert expected in _events(nlp, text)


def test_an_organ_of_the_body_before_the_title_makes_the_person_the_bodys(nlp) -> None:  # noqa: ANN001
    reading = read_doc(nlp("African Union Commission chairman Moussa Faki urged Ethiopia to "
                           "withdraw its troops from Somalia."), nlp)
    assert reading.index.affiliation["MOUSSA_FAKI"] == "AFRICAN_UNION"
    its = next(t for t in reading.index.doc if t.lower_ == "its")
    assert reading.index.ref_at(its.i).actor == "ETH"  # the troops of whom he urged


def test_a_body_that_is_a_state_is_left_to_its_titles(nlp) -> None:  # noqa: ANN001
    # "Kenyan ambassador X": a state's title is read by persons.py (country and GOV)
    info = read_doc(nlp("Kenyan ambassador Peter Otieno met the envoy."), nlp) \
        .index.actors["PETER_OTIENO"]
    assert (info.country, info.sector) == ("KEN", "GOV")
