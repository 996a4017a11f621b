"""Issues and positions read from hand-built extractions (no NLP model involved)."""

import datetime as dt

import pytest

from greatgame.records import ActorRef, Article, Event, Extraction, Issue, Mention, Quote, Stance
from greatgame.system.evidence import statements
from greatgame.system.issues import (
    _phrase_re,
    cue_direction,
    declared_issue,
    inclusion_issues,
    presence_issue,
)
from greatgame.system.positions import positions_on

NAMES = {"AFG": "Afghanistan", "USA": "United States", "RUS": "Russia"}


def _ref(id_, name, kind, country=None, *mentions):
    return ActorRef(
        id=id_, name=name, kind=kind, country=country,
        mentions=tuple(Mention(start=0, end=len(m), text=m) for m in mentions),
    )


def _stance(holder, text, polarity=1, target=None, cue="wants"):
    return Stance(holder=holder, target=target, polarity=polarity, cue=cue, text=text,
                  sentence=text, start=0, end=len(text))


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


def _found():
    players = {a.id: a for a in ACTORS}
    said = list(statements([EXTRACTION], players=players))
    return said, players


def test_persons_speak_for_their_state_and_sources_are_not_players():
    said, _ = _found()
    assert {s.actor for s in said} == {"RUS", "USA", "AFG", "TAL"}
    assert any(s.actor == "RUS" and s.kind == "quote" for s in said)  # Kabulov's quote


def test_presence_issue_is_hosted_where_the_troops_are():
    said, players = _found()
    found = presence_issue(said, players)
    assert found is not None
    assert found.issue.id == "presence-afg"
    assert found.issue.name == "Foreign military presence in Afghanistan"
    pos = {p.actor: p for p in positions_on(found)}
    assert pos["RUS"].position < 50 < pos["USA"].position
    assert pos["TAL"].position < 50 < pos["AFG"].position
    assert pos["RUS"].salience > pos["USA"].salience  # two statements against one


def test_inclusion_issue_puts_russia_with_the_taliban_against_kabul_and_washington():
    said, players = _found()
    (found,) = inclusion_issues(said, players, country_name=NAMES.get)
    assert found.issue.id == "tal-role"
    assert found.issue.name == "The Taliban's place in Afghanistan politics"
    pos = {p.actor: p.position for p in positions_on(found)}
    assert pos["RUS"] > 50 and pos["TAL"] > 50
    assert pos["USA"] < 50 and pos["AFG"] < 50


def test_every_position_carries_its_evidence_and_a_range():
    said, players = _found()
    for p in positions_on(presence_issue(said, players)):
        assert p.evidence and p.set_by == "evidence"
        lo, hi = p.position_range
        assert 0 <= lo <= p.position <= hi <= 100
        assert lo < hi


def test_negators_flip_a_cue():
    low, high = _phrase_re(["withdraw"]), _phrase_re(["stay"])
    assert cue_direction("the troops will stay", low=low, high=high) == 1.0
    assert cue_direction("the troops will not stay", low=low, high=high) == -1.0
    assert cue_direction("nothing on the issue", low=low, high=high) == 0.0
    assert cue_direction("withdraw and stay", low=low, high=high) == pytest.approx(0.0)


def test_declared_issue_reads_only_its_cues():
    said, _ = _found()
    issue = Issue(id="iv", name="Relations with the Taliban", cues=("taliban",),
                  low_cues=("confront",), high_cues=("accept", "good relations"))
    found = declared_issue(issue, said)
    actors = {r.statement.actor: r.direction for r in found.readings}
    assert actors["AFG"] == -1.0 and actors["RUS"] == 1.0
