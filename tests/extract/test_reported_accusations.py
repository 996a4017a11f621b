"""A speech verb whose complement says another party used force or coercion accuses that
party (``reported_events``); the speaker's own forces, the news a closing attribution
reports, and what the police or unnamed sources report are no accusation."""

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
