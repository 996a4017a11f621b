"""Classes of reading mistakes, each pinned on sentences of our own: a speech verb whose
complement says another party used force or coercion accuses that party
(``reported_events``), but the speaker's own forces, the news a closing attribution
reports and what the police or unnamed sources report are no accusation; a cue under a
denial is a stance against; "the insurgent group" is the armed group named before; a
denied act is not done; who speaks after a quotation is not the target of its acts, nor
the "he" inside it."""

from __future__ import annotations

import pytest

from greatgame.extract.pipeline import read_doc
from greatgame.nlp import load


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    return load()


def _accusations(nlp, text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:  # noqa: ANN001
    return [(e.source, e.target) for e in read_doc(nlp(text), nlp).events
            if e.cameo == "112"]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Iraq said that Kuwait had been stealing oil from the Rumaila field.",
     "IRQ", "KWT"),
    ("Pakistan said Indian troops shelled villages in Kashmir on Monday.", "PAK", "INDMIL"),
])
def test_a_hostile_act_said_of_another_is_an_accusation(nlp, text, source, target) -> None:  # noqa: ANN001
    assert ((source,), (target,)) in _accusations(nlp, text)


@pytest.mark.parametrize("text", [
    "Russia said its forces had attacked rebel positions.",  # its own forces
    "Indian troops shelled villages in Kashmir on Monday, Pakistan said.",  # the news
    "Police said Somali rebels had killed five villagers in Mogadishu.",  # a report
    "India said it would attack the camps in Pakistan.",  # a threat, not a deed
])
def test_no_accusation(nlp, text: str) -> None:  # noqa: ANN001
    assert _accusations(nlp, text) == []


def test_a_denied_backing_is_no_support(nlp) -> None:  # noqa: ANN001
    """A cue under a denial the event coder reads ("failed to", "its reluctance to") is a
    stance against, not for."""
    for text in ("Iran failed to back the plan.",
                 "Iran signalled its reluctance to back the plan."):
        stances = read_doc(nlp(text), nlp).stances
        assert [s.polarity for s in stances if s.holder == "IRN"] == [-1], text


def test_an_anaphoric_group_is_the_armed_group_named(nlp) -> None:  # noqa: ANN001
    events = read_doc(nlp("The Taliban said the insurgent group had attacked the base."),
                      nlp).events
    assert [e.source for e in events if e.type == "ASSAULT"] == [("TALIBAN",)]
    assert not any(e.cameo == "112" for e in events)  # no accusation of itself


def test_a_denied_act_is_not_done(nlp) -> None:  # noqa: ANN001
    events = read_doc(nlp("Ethiopia denied that its troops had crossed into Eritrea."),
                      nlp).events
    assert events and all(e.negated for e in events if e.type == "ASSAULT")


def test_the_speaker_after_a_quotation_is_not_its_target(nlp) -> None:  # noqa: ANN001
    text = '"We will fight," Pakistani Prime Minister Imran Khan said.'
    events = read_doc(nlp(text), nlp).events
    assert events and all("IMRAN_KHAN" not in e.target for e in events)


def test_he_inside_a_quotation_is_not_its_speaker(nlp) -> None:  # noqa: ANN001
    text = ('U.S. President Donald Trump confirmed the killing. "The leader of ISIS was '
            'killed. He was hunted down by our warfighters," Trump said.')
    events = read_doc(nlp(text), nlp).events
    assert events and all("DONALD_TRUMP" not in e.target for e in events)


def test_a_demand_said_with_must_is_one_demand(nlp) -> None:  # noqa: ANN001
    text = 'Trump demanded that Ottawa "must immediately drop its tariffs on U.S. dairy products."'
    events = read_doc(nlp(text), nlp).events
    assert [(e.cameo, e.source, e.target) for e in events] == [
        ("100", ("DONALD_TRUMP",), ("CAN",))]


def test_an_entry_the_dictionary_codes_as_nothing_is_no_actor(nlp) -> None:  # noqa: ANN001
    reading = read_doc(nlp("India sent warships to the Indian Ocean."), nlp)
    assert "INDIAN_OCEAN" not in reading.index.actors
