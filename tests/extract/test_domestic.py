"""An untargeted domestic act is aimed at the other side of its doer's state (PLOVER's
reading), and the implied actor is listed among the article's actors."""

from __future__ import annotations

import pytest

from greatgame.extract.domestic import domestic_targets
from greatgame.extract.pipeline import read_doc
from greatgame.nlp import load
from greatgame.records import Event


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    return load()


def _events(nlp, text: str):  # noqa: ANN001, ANN202
    reading = read_doc(nlp(text), nlp)
    actors = {a.id: a for a in reading.index.to_records()}
    return reading.events, actors


def test_a_protest_is_aimed_at_the_protesters_state(nlp) -> None:  # noqa: ANN001
    events, actors = _events(nlp, "Thousands of Indonesian students protested in the streets "
                                  "on Monday.")
    (protest,) = [e for e in events if e.type == "PROTEST"]
    assert protest.source == ("IDNEDU",)
    assert protest.target == ("IDN",)
    assert actors["IDN"].mentions == ()  # implied, never named
    assert actors["IDNEDU"].mentions


def test_a_government_measure_is_aimed_at_its_civilians(nlp) -> None:  # noqa: ANN001
    events, actors = _events(nlp, "The Sudanese government on Sunday imposed a curfew.")
    (curfew,) = events
    assert (curfew.type, curfew.source, curfew.target) == ("COERCE", ("SDN",), ("SDNCVL",))
    assert (actors["SDNCVL"].country, actors["SDNCVL"].sector) == ("SDN", "CVL")


def test_a_named_target_is_kept(nlp) -> None:  # noqa: ANN001
    events, _ = _events(nlp, "Israeli troops arrested two Palestinian activists on Friday.")
    (arrest,) = events
    assert arrest.target and all(t.startswith("PSE") for t in arrest.target)


def test_agreements_occupations_and_mixed_doers_get_no_implied_target(nlp) -> None:  # noqa: ANN001
    reading = read_doc(nlp("Russia and China threatened to retaliate."), nlp)
    index = reading.index
    mixed = Event(type="THREATEN", source=("RUS", "CHN"))
    agree = Event(type="AGREE", source=("RUS",))
    occupation = Event(type="COERCE", cameo="192", source=("RUS",))  # never domestic
    shelling = Event(type="ASSAULT", source=("RUS",))  # at whom a state fires is not known
    kept = domestic_targets([mixed, agree, occupation, shelling], index)
    assert [e.target for e in kept] == [(), (), (), ()]


def test_easing_a_curfew_is_aimed_at_the_states_people(nlp) -> None:  # noqa: ANN001
    events, _ = _events(nlp, "The Sudanese government on Sunday lifted the curfew.")
    (lifted,) = events
    assert (lifted.cameo, lifted.source, lifted.target) == ("0813", ("SDN",), ("SDNCVL",))


def test_a_joint_act_is_not_aimed_at_one_of_its_parties(nlp) -> None:  # noqa: ANN001
    index = read_doc(nlp("Hungary and Romania agreed on Monday."), nlp).index
    joint = Event(type="AGREE", source=("HUN", "ROU"), target=("ROU",))
    aimed = Event(type="AGREE", source=("HUN", "ROU"), target=("SRB",))
    (kept, other) = domestic_targets([joint, aimed], index)
    assert (kept.target, other.target) == ((), ("SRB",))


def test_force_used_by_two_states_keeps_its_target(nlp) -> None:  # noqa: ANN001
    reading = read_doc(nlp("Neither the legitimate government of Afghanistan nor Washington "
                           "was able to uproot Taliban or stabilize the region."), nlp)  # seed
    (uproot,) = [e for e in reading.events if e.type == "ASSAULT"]
    assert set(uproot.source) == {"AFG", "USA"} and uproot.target == ("TALIBAN",)
