"""Measures announced as decided, refusals said by a word, pledges, and acts of those sent
somewhere (issue 17, classes of the dev misses): sentences written for greatgame, read as
``greatgame extract`` reads them."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    from greatgame.nlp import load

    return load()


def _coded(nlp, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:  # noqa: ANN001
    from greatgame.extract.pipeline import read_doc

    return [(e.coded_type, e.source, e.target) for e in read_doc(nlp(text), nlp).events]


@pytest.mark.parametrize(("text", "kind"), [
    ("Canada announced on Monday that it would ban imports of steel from China.", "COERCE"),
    ("The Dutch government announced it would expel two Russian diplomats.", "SANCTION"),
])
def test_a_measure_announced_as_decided_is_the_measure(nlp, text: str, kind: str) -> None:  # noqa: ANN001
    assert kind in [k for k, _, _ in _coded(nlp, text)]


@pytest.mark.parametrize("text", [
    "Japan said it would impose sanctions on North Korea.",  # said, not decided
    "Peru announced it would prohibit arms sales to Bolivia if the fighting continued.",
])
def test_an_intention_or_a_condition_stays_a_threat(nlp, text: str) -> None:  # noqa: ANN001
    assert "THREATEN" in [k for k, _, _ in _coded(nlp, text)]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Iranian foreign minister said talks with Washington are out of the question.",
     "IRN", "USA"),
    ("Ankara said sanctions on Moscow were off the table.", "TUR", "RUS"),
])
def test_a_refusal_said_by_a_word_is_the_speakers_rejection(nlp, text: str, source: str,  # noqa: ANN001
                                                             target: str) -> None:
    coded = _coded(nlp, text)
    assert ("REJECT", (source,), (target,)) in coded
    assert not [k for k, _, _ in coded if k in ("COERCE", "CONSULT")]  # nothing done


def test_a_denied_refusal_is_no_refusal(nlp) -> None:  # noqa: ANN001
    coded = _coded(nlp, "Japan said lifting the embargo on Cuba was not out of the question.")
    assert "REJECT" not in [k for k, _, _ in coded]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Germany is committed to strengthening its ties with Poland.", ("DEU",), ("POL",)),
    ("Egypt said it was fully committed to the ceasefire with Israel.", ("EGY",), ("ISR",)),
])
def test_a_commitment_to_what_is_no_act_is_the_subjects_pledge(nlp, text: str,  # noqa: ANN001
                                                               source: tuple[str, ...],
                                                               target: tuple[str, ...]) -> None:
    assert ("AGREE", source, target) in _coded(nlp, text)


def test_a_commitment_to_an_act_is_that_act_intended(nlp) -> None:  # noqa: ANN001
    from greatgame.extract.pipeline import read_doc

    text = "The French government is committed to withdrawing its troops from Mali."
    events = read_doc(nlp(text), nlp).events
    assert [e.type for e in events] == ["RETREAT"] and events[0].future


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Norway sent monitors to Sudan to investigate the attacks.", ("NOR",), ("SDN",)),
    ("Sweden dispatched inspectors to Iraq to investigate the claims.", ("SWE",), ("IRQ",)),
])
def test_an_act_those_sent_somewhere_do_is_aimed_at_the_destination(nlp, text: str,  # noqa: ANN001
                                                                    source: tuple[str, ...],
                                                                    target: tuple[str, ...]
                                                                    ) -> None:
    assert ("ACCUSE", source, target) in _coded(nlp, text)
