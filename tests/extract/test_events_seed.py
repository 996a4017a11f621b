"""The founding op-ed: the events issue 6 says must be read from it (end to end)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from greatgame.records import Event

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(seed_path: Path) -> list[Event]:
    from greatgame.extract.events import code_events
    from greatgame.extract.span_actors import gazetteer_actors
    from greatgame.nlp import load

    doc = load()(seed_path.read_text(encoding="utf-8"))
    return list(code_events(doc, actors_of_span=gazetteer_actors,
                            published=dt.date(2017, 3, 15)))


def find(events: list[Event], words: str) -> list[Event]:
    return [e for e in events if words in e.sentence]


def test_moscow_hosts_a_conference(events: list[Event]) -> None:
    found = find(events, "Moscow hosted a conference")
    assert any(e.type == "CONSULT" and "RUS" in e.source for e in found)


def test_russia_asks_the_us_to_withdraw(events: list[Event]) -> None:
    found = find(events, "Russia is asking the US to withdraw")
    assert any(e.type == "REQUEST" and e.source == ("RUS",) and "USA" in e.target
               for e in found)


def test_russia_taliban_talks_in_tajikistan(events: list[Event]) -> None:
    found = find(events, "hold discussions in Tajikistan")
    assert any(e.type == "CONSULT" and {"RUS", "TALIBAN"} <= set(e.source) for e in found)


def test_chinese_joint_patrols_with_afghan_forces(events: list[Event]) -> None:
    found = find(events, "joint patrols")
    assert any(e.type == "COOPERATE" and "CHN" in e.source and "AFG" in e.target
               for e in found)


def test_attack_that_killed_the_uae_ambassador(events: list[Event]) -> None:
    found = find(events, "the attack that killed the UAE Ambassador")
    assert any(e.type == "ASSAULT" and "TALIBAN" in e.source for e in found)


def test_reconciliation_is_negated_and_future(events: list[Event]) -> None:
    [event] = find(events, "will not be able to achieve reconciliation")
    assert event.negated and event.future and event.source == ("RUS",)


def test_nothing_from_quotes_or_beliefs_without_a_holder(events: list[Event]) -> None:
    inside = ("We have good relations with Taliban", "Moscow believes that Taliban",
              "Moscow is convinced that", "It seems that Russia wants")
    for event in events:
        if any(words in event.sentence for words in inside):
            assert event.attributed_to, event


def test_historical_events_are_flagged(events: list[Event]) -> None:
    [event] = find(events, "hold discussions in Tajikistan")
    assert event.date == "2013" and event.historical
