"""How the contest layer reads what the extraction hands it: society groups as players,
acts turned round or dated, demands, measures and their focus (texts written for these
tests)."""

from __future__ import annotations

import pytest

from greatgame.extract.pipeline import extract_article
from greatgame.ingest.article import read_text
from greatgame.nlp import load
from greatgame.records import ActorRef
from greatgame.system.build import build_system
from greatgame.system.contest import _fill
from greatgame.system.evidence import player_of, society_group, state_of_organs
from greatgame.system.kinds import directions, load_kinds


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    return load()


def _read(nlp, text: str):  # noqa: ANN001, ANN202
    return extract_article(read_text(text, source="test.txt"), nlp)


def test_a_countrys_business_is_a_player_named_as_the_text_names_it() -> None:
    business = ActorRef(id="DEUBUS", name="Germany business", kind="other", country="DEU",
                        sector="BUS", mentions=())
    civilians = ActorRef(id="DEUCVL", name="Germany civilians", kind="other", country="DEU",
                         sector="CVL")
    assert society_group(business) and not society_group(civilians)
    players = state_of_organs({"DEUBUS": business, "DEUCVL": civilians})
    assert set(players) == {"DEUBUS"}
    assert player_of(business, players=players) == "DEUBUS"
    assert player_of(civilians, players=players) is None


def test_society_groups_take_their_own_side_of_a_question(nlp) -> None:  # noqa: ANN001
    text = ("The European Union imposed tariffs on Chinese electric cars on Friday. "
            "China condemned the tariffs and threatened retaliation. German carmakers "
            "opposed the tariffs. France backed the tariffs.")
    system = build_system([_read(nlp, text)])
    (issue,) = [i for i in system.scenario.issues if i.id.startswith("tariffs")]
    placed = {p.actor: p.position for p in system.scenario.positions if p.issue == issue.id}
    names = {a.id: a.name for a in system.scenario.actors}
    assert placed["DEUBUS"] < 50 < placed["FRA"]
    assert names["DEUBUS"] == "German carmakers"


def test_a_persons_lawyers_act_for_the_person(nlp) -> None:  # noqa: ANN001
    got = _read(nlp, "Rigathi Gachagua was impeached last week. Gachagua's lawyers "
                     "rejected the ruling.")
    (reject,) = [e for e in got.events if e.type == "REJECT"]
    assert reject.source == ("RIGATHI_GACHAGUA",)


@pytest.mark.parametrize(("focus", "name", "high"), [
    ({"person": "Rigathi Gachagua", "state": ""}, "The removal of Rigathi Gachagua",
     "Rigathi Gachagua's removal goes ahead and the successor takes office"),
    ({"person": "", "state": "Kenya"}, "The removal of office holders in Kenya",
     "The removal in Kenya goes ahead and the successor takes office"),
])
def test_the_removal_of_a_person_is_named_after_the_person(focus, name, high) -> None:
    kind = {k.id: k for k in load_kinds()}["removal"]
    assert _fill(kind.name, focus) == name
    assert _fill(kind.high_pole, focus) == high


def test_an_office_holders_state_is_a_player_where_the_text_never_names_it() -> None:
    sanchez = ActorRef(id="PEDRO_SANCHEZ", name="Pedro Sanchez", kind="person", country="ESP",
                       sector="GOV")
    players = state_of_organs({"PEDRO_SANCHEZ": sanchez})
    assert players["ESP"].name == "Spain"
    assert player_of(sanchez, players=players) == "ESP"


@pytest.mark.parametrize(("text", "pole"), [
    ("he would urge the Commission to reconsider raising tariffs on China", -1),
    ("the bloc abandoned plans to impose tariffs on Chinese cars", -1),
    ("Washington raised tariffs on Canadian steel", 1),
    ("Ottawa will lift the tariffs", -1),
    ("the minister urged Brussels to stop the tariff hike", -1),
])
def test_a_reversing_word_turns_the_act_after_it_round(text, pole) -> None:
    tariffs = {k.id: k for k in load_kinds()}["tariffs"]
    assert tariffs.act(text) == pole


@pytest.mark.parametrize(("text", "pole"), [
    # the act word lies in another clause: no act; the object alone (bare) decides
    ("the foreign military presence is no longer efficient, exposing the region to a "
     "sudden withdrawal", 0),
    ("Moscow wants to put an end to the US military presence in the country", -1),
])
def test_an_act_word_in_another_clause_says_nothing_of_the_object(text, pole) -> None:
    presence = {k.id: k for k in load_kinds()}["presence"]
    assert presence.act(text) == pole


def test_combatants_are_no_arms_purchase() -> None:
    arms = {k.id: k for k in load_kinds()}["arms"]
    assert not arms.names_object("patrols to stop fighters returning from the front")
    assert arms.names_object("Ankara bought Russian fighter jets")


def test_a_statement_naming_no_weapon_system_goes_with_the_one_its_words_share() -> None:
    from greatgame.records import Evidence
    from greatgame.system.contest import _nearest_designator
    from greatgame.system.evidence import Statement

    def said(text: str) -> Statement:
        return Statement(actor="USA", kind="event", text=text, polarity=1, targets=(),
                         intensity=None, evidence=Evidence(kind="event", text=text))

    arms = {k.id: k for k in load_kinds()}["arms"]
    by_obj = {"F-35": [said("the F-35 fighter jets stay frozen")],
              "S-400": [said("the S-400 missiles arrived"), said("the S-400 missiles work")]}
    blocked = said("Washington blocked the sale over the fighter jet's stealth technology")
    assert _nearest_designator(blocked, by_obj, arms) == "F-35"


def test_what_one_actor_presses_another_to_do_is_the_first_ones_wish() -> None:
    from greatgame.records import Event
    from greatgame.system.evidence import demanded

    text = "Pyongyang pressed the U.S. to grant sanctions relief. The U.S. granted aid."
    press = Event(type="COERCE", source=("PRK",), target=("USA",), start=10, end=17,
                  sentence=text[:52])
    grant = Event(type="AID", source=("USA",), start=31, end=36, sentence=text[:52])
    granted = Event(type="AID", source=("USA",), start=61, end=68, sentence=text[53:])
    assert demanded([press, grant, granted], text) == {1: ("PRK",)}


def test_a_month_is_no_ones_surname(nlp) -> None:  # noqa: ANN001
    got = _read(nlp, "North Korea has conducted 13 rounds of missile tests since May in "
                     "an effort to pressure the U.S. to grant sanctions relief.")
    assert "THERESA_MAY" not in {a.id for a in got.actors}


@pytest.mark.parametrize(("kind", "text", "pole"), [
    ("military_rule", "the agency was providing aid to a million people before the coup", 0),
    ("presence", "violence rose after the withdrawal of the troops", 0),
    ("presence", "Moscow demanded the withdrawal of the troops", -1),
])
def test_an_act_named_to_date_something_is_no_act(kind, text, pole) -> None:
    assert {k.id: k for k in load_kinds()}[kind].act(text) == pole


def test_only_a_measures_target_is_its_focus_not_a_requests_addressee() -> None:
    table = directions()
    assert table.events["THREATEN"].aims and table.events["SANCTION"].aims
    assert not table.events["REQUEST"].aims and not table.events["CONSULT"].aims


def test_a_measure_named_as_the_focuss_own_is_not_one_on_it() -> None:
    from greatgame.system.players import Players

    players = Players.of({
        "CAN": ActorRef(id="CAN", name="Canada", kind="state", country="CAN"),
        "USA": ActorRef(id="USA", name="United States", kind="state", country="USA",
                        aliases=("U.S.",)),
    })
    tariffs = {k.id: k for k in load_kinds()}["tariffs"]
    assert players.modifiers("With the added Canadian duty, bills would rise", tariffs.objects) \
        == {"CAN"}
    assert players.modifiers("doubling the 25% U.S. tariff on Canada", tariffs.objects) == {"USA"}
    assert players.modifiers("Canada said the tariff was unfair", tariffs.objects) == set()


def test_what_is_asked_of_an_addressee_is_not_its_act() -> None:
    from greatgame.records import Event
    from greatgame.system.evidence import demanded

    text = "Sanchez said he would urge the European Commission to reconsider the tariffs."
    start = text.index("reconsider")
    asked = Event(type="CONSULT", source=("EUROPEAN_COMMISSION",), start=start,
                  end=start + 10, sentence=text)
    assert demanded([asked], text) == {0: ()}


@pytest.mark.parametrize(("flags", "found"), [(frozenset(), 1), (frozenset({"historical"}), 0)])
def test_a_proposal_argued_over_only_years_ago_is_no_open_question(flags, found) -> None:
    from greatgame.records import Evidence
    from greatgame.system.evidence import Statement
    from greatgame.system.proposals import proposal_issues

    def said(actor: str, text: str, kind: str) -> Statement:
        return Statement(actor=actor, kind="event", text=text, polarity=1, targets=(),
                         intensity=None, evidence=Evidence(kind="event", text=text),
                         type=kind, flags=flags)

    statements = [said("KEN", "rejected the plan to close the camps", "REJECT"),
                  said("SOM", "backed the plan to close the camps", "SUPPORT")]
    assert len(proposal_issues(statements, ["KEN", "SOM"])) == found


def test_a_broker_of_a_ceasefire_is_no_side_of_it(nlp) -> None:  # noqa: ANN001
    # no hostile word between the sides: without the broker rule the proposer is a party
    text = ("Ukraine said on Tuesday it was ready to accept the U.S. ceasefire proposal. "
            "Russia said it supports the U.S. ceasefire proposal in principle, but key "
            "details still need to be worked out. Washington hopes a ceasefire could take "
            "place within days, and Ukraine said it was ready for an immediate ceasefire.")
    system = build_system([_read(nlp, text)])
    names = [i.name for i in system.scenario.issues if i.id.startswith("ceasefire")]
    assert names == ["A ceasefire between Russia and Ukraine"]


def test_what_a_speaker_says_another_must_do_is_the_speakers_demand() -> None:
    import re

    from greatgame.system.evidence import organ_state, reported_subject

    names = [("UN", re.compile(r"(?<!\w)(?:U\.N\.|United Nations)(?!\w)")),
             ("PAK", re.compile(r"(?<!\w)Pakistan(?!\w)"))]
    assert reported_subject("the U.N. must maintain sanctions in place", "USA", names) is None
    assert reported_subject("Pakistan should stop hosting the leaders", "AFG", names) is None
    assert reported_subject("Pakistan hosts the leaders", "AFG", names) == "PAK"
    assert organ_state("State Department spokesperson") == "USA"  # a seat of government
    assert organ_state("analysts") is None


def test_preventing_a_programme_is_against_it() -> None:
    nuclear = {k.id: k for k in load_kinds()}["nuclear"]
    assert nuclear.act("to prevent it from obtaining nuclear weapons") == -1
    assert nuclear.act("Tehran is seeking to obtain nuclear weapons") == 1
