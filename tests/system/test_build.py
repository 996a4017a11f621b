"""The actor system built from hand-made extractions of two articles."""

import datetime as dt

from greatgame.records import ActorRef, Article, Extraction, Mention, Position
from greatgame.system.build import build_system, merge_actors, most_capable_outsider


def _second_article():
    return Extraction(
        article=Article(id="b", source="t2", sha256="1" * 64, title="Second",
                        published=dt.date(2017, 3, 20)),
        actors=(ActorRef(id="RUS", name="Russian Federation", kind="state", country="RUS",
                         aliases=("Russian Federation",),
                         mentions=(Mention(start=3, end=21, text="Russian Federation"),)),),
    )


def test_actors_merge_by_id_keeping_every_mention(seedlike):
    merged = merge_actors([seedlike, _second_article()])
    rus = merged["RUS"]
    assert rus.name == "Russia"  # first seen wins
    assert [m.text for m in rus.mentions] == ["Moscow", "Russian Federation"]
    assert "Russian Federation" in rus.aliases


def test_system_has_players_issues_capabilities_and_outsider(seedlike):
    system = build_system([seedlike, _second_article()])
    sc = system.scenario
    assert sc.date == dt.date(2017, 3, 20)
    assert {a.id for a in sc.actors} == {"RUS", "USA", "AFG", "TAL"}  # no persons, no sources
    assert {i.id for i in sc.issues} == {"presence-afg", "armed-group-tal"}
    assert system.hosts == ("AFG",)
    usa = sc.actor("USA")
    assert "COW" in usa.capability_source and usa.capability_year == 2017
    assert sc.actor("TAL").capability_source.startswith("default")
    assert most_capable_outsider(system) == "USA"
    assert sc.relations and all(-1 <= r.weight <= 1 for r in sc.relations)


def test_analyst_positions_and_capabilities_survive_a_rerun(seedlike):
    first = build_system([seedlike]).scenario
    edited = first.model_copy(update={
        "positions": tuple(
            p if (p.actor, p.issue) != ("USA", "armed-group-tal")
            else Position(actor="USA", issue="armed-group-tal", position=40, salience=0.5,
                          set_by="analyst")
            for p in first.positions
        ),
        "actors": tuple(
            a if a.id != "TAL" else a.model_copy(update={
                "capability": 0.01, "capability_low": 0.01, "capability_high": 0.01,
                "capability_source": "analyst"})
            for a in first.actors
        ),
    })
    again = build_system([seedlike], previous=edited).scenario
    usa = next(p for p in again.positions if (p.actor, p.issue) == ("USA", "armed-group-tal"))
    assert usa.set_by == "analyst" and usa.position == 40
    assert again.actor("TAL").capability == 0.01


def test_same_input_gives_the_same_scenario(seedlike):
    assert build_system([seedlike]).scenario == build_system([seedlike]).scenario
