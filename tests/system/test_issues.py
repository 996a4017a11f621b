"""Issues and positions read from hand-built extractions (no NLP model involved)."""

import pytest

from greatgame.records import Issue
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


def _found(extraction):
    players = {a.id: a for a in extraction.actors}
    said = list(statements([extraction], players=players))
    return said, players


def test_persons_speak_for_their_state_and_sources_are_not_players(seedlike):
    said, _ = _found(seedlike)
    assert {s.actor for s in said} == {"RUS", "USA", "AFG", "TAL"}
    assert any(s.actor == "RUS" and s.kind == "quote" for s in said)  # Kabulov's quote


def test_presence_issue_is_hosted_where_the_troops_are(seedlike):
    said, players = _found(seedlike)
    found = presence_issue(said, players)
    assert found is not None
    assert found.issue.id == "presence-afg"
    assert found.issue.name == "Foreign military presence in Afghanistan"
    pos = {p.actor: p for p in positions_on(found)}
    assert pos["RUS"].position < 50 < pos["USA"].position
    assert pos["TAL"].position < 50 < pos["AFG"].position
    assert pos["RUS"].salience > pos["USA"].salience  # two statements against one


def test_inclusion_issue_puts_russia_with_the_taliban_against_kabul_and_washington(seedlike):
    said, players = _found(seedlike)
    (found,) = inclusion_issues(said, players, country_name=NAMES.get)
    assert found.issue.id == "tal-role"
    assert found.issue.name == "The Taliban's place in Afghanistan politics"
    pos = {p.actor: p.position for p in positions_on(found)}
    assert pos["RUS"] > 50 and pos["TAL"] > 50
    assert pos["USA"] < 50 and pos["AFG"] < 50


def test_every_position_carries_its_evidence_and_a_range(seedlike):
    said, players = _found(seedlike)
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


def test_declared_issue_reads_only_its_cues(seedlike):
    said, _ = _found(seedlike)
    issue = Issue(id="iv", name="Relations with the Taliban", cues=("taliban",),
                  low_cues=("confront",), high_cues=("accept", "good relations"))
    found = declared_issue(issue, said)
    actors = {r.statement.actor: r.direction for r in found.readings}
    assert actors["AFG"] == -1.0 and actors["RUS"] == 1.0


def test_found_issues_name_their_host_country(seedlike):
    said, players = _found(seedlike)
    assert presence_issue(said, players).host == "AFG"
    (found,) = inclusion_issues(said, players, country_name=NAMES.get)
    assert found.host == "AFG"


def test_one_sentence_read_as_stance_and_event_counts_once():
    from greatgame.records import Evidence
    from greatgame.system.evidence import Statement
    from greatgame.system.issues import Reading
    from greatgame.system.positions import merge_overlapping

    def reading(kind, start, end, d):
        ev = Evidence(kind=kind, text="", article_id="a", start=start, end=end)
        return Reading(Statement("RUS", kind, "", 1, (), None, ev), d)

    merged = merge_overlapping([reading("stance", 0, 40, 1.0), reading("event", 10, 18, 0.0),
                                reading("quote", 100, 140, -1.0)])
    assert [r.direction for r in merged] == [0.5, -1.0]


def test_enmity_with_the_group_counts_against_its_place(seedlike):
    import networkx as nx

    from greatgame.records import Evidence
    from greatgame.system.issues import tie_readings

    graph = nx.Graph()
    ev = Evidence(kind="event", text="US forces struck Taliban positions.")
    graph.add_edge("TAL", "USA", weight=-0.8, evidence=[ev])
    graph.add_edge("TAL", "RUS", weight=0.1, evidence=[ev])  # too weak to count
    players = {a.id: a for a in seedlike.actors}
    (reading,) = tie_readings("TAL", graph, players)
    assert reading.statement.actor == "USA" and reading.statement.kind == "relation"
    assert reading.direction == pytest.approx(-0.4)  # sign x |w| x half weight


def test_an_accusation_gives_the_act_to_the_accused_and_the_accuser_stands_against_it():
    import datetime as dt

    from greatgame.records import ActorRef, Article, Extraction, Stance

    actors = (ActorRef(id="AFG", name="Afghanistan", kind="state", country="AFG"),
              ActorRef(id="RUS", name="Russia", kind="state", country="RUS",
                       aliases=("Moscow",)),
              ActorRef(id="TAL", name="Taliban", kind="armed_group", country="AFG"))
    text = "Moscow of arming the Taliban"
    ex = Extraction(
        article=Article(id="a", source="t", sha256="0" * 64, published=dt.date(2017, 3, 16)),
        actors=actors,
        stances=(Stance(holder="AFG", target="RUS", polarity=-1, cue="accuse", text=text,
                        sentence="Afghan officials accuse " + text + ".", start=0, end=40),),
    )
    said = list(statements([ex], players={a.id: a for a in actors}))
    assert sorted((s.actor, s.polarity) for s in said) == [("AFG", -1), ("RUS", 1)]
