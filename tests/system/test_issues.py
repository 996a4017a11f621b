"""Issue kinds, the direction table and the contest finder, on hand-built extractions.

The sentences here are written for these tests from each kind's general vocabulary; none
is taken from the seed or the demo article.
"""

import datetime as dt

import pytest

from greatgame.errors import InputError
from greatgame.records import ActorRef, Article, Event, Extraction, Issue, Mention, Stance
from greatgame.system.build import build_system
from greatgame.system.contest import kind_issues
from greatgame.system.evidence import Statement, organ_state, statements
from greatgame.system.issues import declared_issue, read
from greatgame.system.kinds import directions, load_kinds, nearest_act, packaged_kinds
from greatgame.system.positions import positions_on

NAMES = {"AFG": "Afghanistan", "USA": "United States", "RUS": "Russia"}


def _ref(id_, name, kind="state", country=None):
    return ActorRef(id=id_, name=name, kind=kind, country=country or id_,
                    mentions=(Mention(start=0, end=len(name), text=name),))


STATES = {
    iso: _ref(iso, name) for iso, name in {
        "USA": "United States", "CHN": "China", "IRN": "Iran", "IRQ": "Iraq", "RUS": "Russia",
        "EGY": "Egypt", "TUR": "Turkey", "UKR": "Ukraine", "SWE": "Sweden", "PRK": "North Korea",
        "MMR": "Myanmar", "KEN": "Kenya", "FRA": "France", "DEU": "Germany",
    }.items()
}
HAMAS = ActorRef(id="HAMAS", name="Hamas", kind="armed_group", country="PSE",
                 mentions=(Mention(start=0, end=5, text="Hamas"),))


def _extraction(*stances, actors=(), events=()):
    return Extraction(
        article=Article(id="t", source="test", sha256="0" * 64, published=dt.date(2024, 5, 1)),
        actors=tuple(STATES.values()) + tuple(actors), stances=tuple(stances),
        events=tuple(events),
    )


_AT = iter(range(0, 10_000_000, 1000))


def _wants(holder, text, polarity=1, target=None):
    start = next(_AT)
    return Stance(holder=holder, target=target, polarity=polarity, cue="wants", text=text,
                  sentence=text, start=start, end=start + len(text))


# kind -> (high actor, its words), (low actor, its words). Two statements per side.
KIND_CASES = {
    "sanctions": (("USA", "to impose new sanctions on Iran"),
                  ("CHN", "to lift the sanctions on Iran")),
    "tariffs": (("FRA", "to raise the tariffs on Chinese steel"),
                ("DEU", "to scrap the tariffs on Chinese steel")),
    "presence": (("USA", "the foreign troops to stay in Iraq"),
                 ("IRN", "the foreign troops to withdraw from Iraq")),
    "armed_group": (("EGY", "to hold talks with Hamas"), ("USA", "to defeat Hamas")),
    "ceasefire": (("FRA", "Russia and Ukraine to agree a ceasefire"),
                  ("RUS", "to violate the truce with Ukraine")),
    "nuclear": (("PRK", "North Korea to test another ballistic missile"),
                ("USA", "North Korea to dismantle its nuclear weapons")),
    "territory": (("CHN", "China to enforce its claim over the disputed islands"),
                  ("USA", "freedom of navigation in the disputed waters")),
    "tenure": (("KEN", "to extend the president's term limit"),
               ("USA", "to respect the term limit in Kenya")),
    "removal": (("USA", "to impeach the governor of Kenya"),
                ("KEN", "to block the impeachment of the governor")),
    "military_rule": (("USA", "the junta of Myanmar to restore democracy"),
                      ("MMR", "martial law across Myanmar")),
    "normalisation": (("TUR", "to restore diplomatic relations with Egypt"),
                      ("EGY", "to freeze diplomatic relations with Turkey")),
    "alignment": (("SWE", "Sweden to join the alliance"),
                  ("TUR", "to veto Sweden's accession to the alliance")),
    "arms": (("TUR", "Turkey to buy the S-400 missile system"),
             ("USA", "Turkey to get rid of the S-400")),
    "aid": (("FRA", "to release the military aid to Ukraine"),
            ("DEU", "to withhold the military aid to Ukraine")),
    "detention": (("USA", "Iran to release the detained journalists"),
                  ("IRN", "to keep the journalists of the United States in detention")),
    "court": (("UKR", "Russia to comply with the court ruling"),
              ("RUS", "to defy the court ruling")),
    "displacement": (("KEN", "Kenya to close the refugee camps"),
                     ("FRA", "Kenya to protect the refugees")),
    "election": (("FRA", "the election in Kenya to go ahead as planned"),
                 ("USA", "to annul the election in Kenya")),
    "intervention": (("FRA", "the Security Council to act on Myanmar"),
                     ("CHN", "to veto any Security Council resolution on Myanmar")),
    "talks": (("PRK", "to hold another summit with the United States"),
              ("USA", "to call off the summit with North Korea")),
}


def test_every_packaged_kind_has_a_case_here():
    assert {k.id for k in packaged_kinds()} == set(KIND_CASES)


@pytest.mark.parametrize("kind_id", sorted(KIND_CASES))
def test_each_kind_reads_a_sentence_of_its_own(kind_id):
    (hi_actor, hi_text), (lo_actor, lo_text) = KIND_CASES[kind_id]
    extraction = _extraction(_wants(hi_actor, hi_text), _wants(hi_actor, hi_text),
                             _wants(lo_actor, lo_text), _wants(lo_actor, lo_text),
                             actors=(HAMAS,))
    kind = next(k for k in packaged_kinds() if k.id == kind_id)
    players = {a.id: a for a in extraction.actors}
    said = list(statements([extraction], players=players))
    found = kind_issues(said, players, country_name=lambda iso: STATES[iso].name
                        if iso in STATES else None, kinds=[kind])
    assert found, kind_id
    at = {p.actor: p.position for p in positions_on(found[0])}
    assert at[hi_actor] > 50 > at[lo_actor], (kind_id, found[0].issue.name, at)
    issue = found[0].issue
    assert "{" not in issue.name + issue.low_label + issue.high_label
    assert "s's" not in issue.name


# The direction table, row by row: the attitude each statement type takes toward the act
# its words name (here "impose sanctions": the high pole of a sanctions issue).
EVENT_ATTITUDES = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 1, "AID": 1,
    "RETREAT": 1, "REQUEST": 1, "ACCUSE": -1, "REJECT": -1, "THREATEN": 1, "PROTEST": -1,
    "SANCTION": 1, "MOBILIZE": 1, "COERCE": 1, "ASSAULT": 1,
}


def _statement(kind="event", type_="", polarity=1, flags=()):
    from greatgame.records import Evidence

    return Statement(actor="USA", kind=kind, text="impose sanctions on Iran", polarity=polarity,
                     targets=("IRN",), intensity=None, type=type_, flags=frozenset(flags),
                     evidence=Evidence(kind="event", text="x"))


def test_the_direction_table_has_a_row_for_every_plover_type():
    assert set(directions().events) == set(EVENT_ATTITUDES)


@pytest.mark.parametrize("type_", sorted(EVENT_ATTITUDES))
def test_direction_row_for_each_event_type(type_):
    reading = read(_statement(type_=type_), 1)
    assert reading.direction == EVENT_ATTITUDES[type_]
    assert 0 < reading.weight <= 1


@pytest.mark.parametrize("kind,polarity,expected", [
    ("stance", 1, 1), ("stance", -1, -1), ("stance", 0, 1), ("quote", 1, 1)])
def test_direction_row_for_each_statement_kind(kind, polarity, expected):
    reading = read(_statement(kind=kind, polarity=polarity), 1)
    assert reading.direction == expected
    if kind == "stance" and polarity == 0:  # a belief shows less than a wish
        assert reading.weight < read(_statement(kind="stance"), 1).weight


@pytest.mark.parametrize("flag", ["future", "hypothetical", "attributed", "historical"])
def test_direction_row_for_each_weakening_flag(flag):
    plain = read(_statement(type_="REQUEST"), 1)
    flagged = read(_statement(type_="REQUEST", flags=[flag]), 1)
    assert flagged.direction == plain.direction
    assert flagged.weight < plain.weight


def test_a_negated_act_is_no_evidence_of_a_lean():
    assert read(_statement(type_="REJECT", flags=["negated"]), 1) is None


def test_threats_and_sanctions_raise_salience_more_than_words():
    assert read(_statement(type_="THREATEN"), 1).salience > read(_statement(type_="AGREE"),
                                                                 1).salience


def test_the_act_word_nearest_the_object_decides():
    kind = next(k for k in packaged_kinds() if k.id == "sanctions")
    assert kind.act("demanded an end to the war and relief from sanctions") == -1
    # relief named as what is to come after something else is no act of the statement's:
    # the words name no act and the sanctions' bare pole reads them
    assert kind.act("asked for full disarmament before any relief from sanctions") == 0
    assert kind.act("demanded new sanctions") == 1
    assert nearest_act("no object, just lift", None, None, kind.low) == -1


def test_one_mention_makes_no_issue():
    extraction = _extraction(_wants("USA", "to impose new sanctions on Iran"))
    players = {a.id: a for a in extraction.actors}
    said = list(statements([extraction], players=players))
    assert kind_issues(said, players, country_name=lambda _: None) == []


def test_a_states_own_forces_are_not_an_armed_group():
    kind = next(k for k in packaged_kinds() if k.id == "armed_group")
    assert set(kind.focus_kinds) == {"armed_group"}


def test_persons_of_a_divided_state_speak_for_themselves():
    ruto = ActorRef(id="RUTO", name="William Ruto", kind="person", country="KEN",
                    mentions=(Mention(start=0, end=4, text="Ruto"),))
    deputy = ActorRef(id="DEPUTY", name="Rigathi Gachagua", kind="person", country="KEN",
                      mentions=(Mention(start=0, end=8, text="Gachagua"),))
    extraction = _extraction(
        _wants("RUTO", "the impeachment of the deputy to go ahead"),
        _wants("RUTO", "the impeachment of the deputy to go ahead"),
        _wants("DEPUTY", "to block the impeachment"), _wants("DEPUTY", "to block the impeachment"),
        _wants("USA", "a fair impeachment process", polarity=0),
        actors=(ruto, deputy))
    system = build_system([extraction])
    issue = next(i for i in system.scenario.issues if i.id.startswith("removal"))
    at = {p.actor: p.position for p in system.scenario.positions_on(issue.id)}
    assert at["RUTO"] > 50 > at["DEPUTY"]
    assert "KEN" not in at


def test_an_unnamed_source_naming_a_state_organ_speaks_for_the_state():
    assert organ_state("a senior State Department official") == "USA"
    assert organ_state("analysts") is None


def test_user_kinds_load_beside_the_packaged_and_replace_by_id(tmp_path):
    (tmp_path / "water.yaml").write_text(
        "id: water\ntitle: sharing a river's water\nfocus: upstream\nobjects: [dam, river]\n"
        "high: [fill, build]\nlow: [release, share]\nbare: high\nname: \"The dam of {focus}\"\n"
        "high_pole: \"{focus} fills the dam\"\nlow_pole: \"{focus} shares the water\"\n")
    kinds = {k.id: k for k in load_kinds(tmp_path)}
    assert "water" in kinds and "sanctions" in kinds
    assert kinds["water"].act("to fill the dam") == 1


def test_a_bad_kind_file_is_one_input_error_naming_it(tmp_path):
    (tmp_path / "bad.yaml").write_text("id: x\ntitle: y\n")
    with pytest.raises(InputError, match="bad.yaml.*lacks focus"):
        load_kinds(tmp_path)


def test_declared_issue_reads_its_cues_and_pole_words(seedlike):
    players = {a.id: a for a in seedlike.actors}
    said = list(statements([seedlike], players=players))
    issue = Issue(id="iv", name="Relations with the Taliban", cues=("taliban",),
                  low_cues=("confront",), high_cues=("accept", "good relations"))
    found = declared_issue(issue, said)
    actors = {r.statement.actor: r.direction for r in found.readings}
    assert actors["AFG"] == -1.0 and actors["RUS"] == 1.0


def test_the_seedlike_article_gives_presence_and_the_groups_place(seedlike):
    found = {f.issue.id: f for f in build_system([seedlike]).found}
    assert set(found) == {"presence-afg", "armed-group-tal"}
    assert found["armed-group-tal"].issue.name == "The Taliban's place in Afghanistan politics"
    at = {p.actor: p.position for p in positions_on(found["presence-afg"])}
    assert at["RUS"] < 50 < at["USA"] and at["TAL"] < 50 < at["AFG"]


def test_every_position_carries_its_evidence_and_a_range(seedlike):
    for f in build_system([seedlike]).found:
        for p in positions_on(f):
            assert p.evidence and p.set_by == "evidence"
            lo, hi = p.position_range
            assert 0 <= lo <= p.position <= hi <= 100 and lo < hi


def test_events_point_by_their_type_and_flags():
    events = (
        Event(type="SANCTION", source=("USA",), target=("IRN",), sentence="x", start=0, end=6,
              intensity=-8.0),
        Event(type="REJECT", source=("CHN",), target=("USA",), sentence="y", start=100, end=106),
        Event(type="REJECT", source=("RUS",), target=("USA",), sentence="z", start=200, end=206,
              negated=True),
    )
    text = ("impose sanctions on Iran. " + " " * 74 + "reject the sanctions on Iran. " +
            " " * 70 + "reject the sanctions on Iran.")
    extraction = _extraction(events=events)
    extraction = extraction.model_copy(update={"article": extraction.article.model_copy(
        update={"text": text})})
    players = {a.id: a for a in extraction.actors}
    said = list(statements([extraction], players=players))
    (found,) = kind_issues(said, players, country_name=lambda _: None)
    at = {p.actor: p.position for p in positions_on(found)}
    assert at["USA"] > 50 > at["CHN"]
    assert "RUS" not in at  # a negated rejection says nothing of its lean


def test_a_proposal_no_kind_foresaw_is_an_issue_when_players_split_on_it():
    from greatgame.system.proposals import proposal_issues

    extraction = _extraction(
        _wants("EGY", "the Nile water-sharing plan to be adopted by the basin states"),
        _wants("EGY", "to push the water-sharing plan"),
        _wants("KEN", "to shelve the water-sharing plan", polarity=1),
        _wants("KEN", "the water-sharing plan", polarity=-1),
    )
    players = {a.id: a for a in extraction.actors}
    said = list(statements([extraction], players=players))
    (found,) = proposal_issues(said, players)
    assert found.issue.id == "proposal-plan" and found.issue.high_label.endswith("adopted")
    at = {p.actor: p.position for p in positions_on(found)}
    assert at["EGY"] > 50 > at["KEN"]


def test_a_proposal_all_players_back_is_no_contest():
    from greatgame.system.proposals import proposal_issues

    extraction = _extraction(_wants("EGY", "to adopt the budget"),
                             _wants("KEN", "to pass the budget"))
    players = {a.id: a for a in extraction.actors}
    said = list(statements([extraction], players=players))
    assert proposal_issues(said, players) == []


def test_the_owner_of_an_object_is_its_focus():
    extraction = _extraction(
        _wants("USA", "Iran's nuclear programme to be dismantled, France said in Washington"),
        _wants("FRA", "Iran's uranium enrichment to stop"),
        _wants("IRN", "to expand its nuclear programme"),
    )
    players = {a.id: a for a in extraction.actors}
    said = list(statements([extraction], players=players))
    nuclear = next(k for k in packaged_kinds() if k.id == "nuclear")
    (found,) = kind_issues(said, players, country_name=lambda iso: STATES[iso].name,
                           kinds=[nuclear])
    assert found.host == "IRN" and found.issue.name == "The nuclear and missile programme of Iran"
    at = {p.actor: p.position for p in positions_on(found)}
    assert at["IRN"] > 50 > at["USA"]


def test_a_template_part_in_brackets_needs_its_value():
    from greatgame.system.contest import _fill

    template = "The {focus}'s place in [{country} ]politics"
    assert _fill(template, {"focus": "Islamic State", "country": ""}) == \
        "The Islamic State's place in politics"
    assert _fill(template, {"focus": "rebels", "country": "Chad"}) == \
        "The rebels' place in Chad politics"


def test_the_head_of_an_international_organisation_speaks_for_it():
    from greatgame.system.evidence import organisation_of, player_of

    un = ActorRef(id="UNITED_NATIONS", name="United Nations", kind="organisation")
    chief = ActorRef(id="ANTONIO_GUTERRES", name="Antonio Guterres", kind="person")
    assert organisation_of("ANTONIO_GUTERRES", {"UNITED_NATIONS": un}) == "UNITED_NATIONS"
    assert player_of(chief, players={"UNITED_NATIONS": un}) == "UNITED_NATIONS"
    assert player_of(chief, players={}) is None  # no organisation named: no player


def test_one_player_acting_on_another_is_a_one_sided_issue():
    extraction = _extraction(*(_wants("USA", f"to raise the tariffs on Chinese {goods}")
                               for goods in ("steel", "cars", "chips")))
    players = {a.id: a for a in extraction.actors}
    said = list(statements([extraction], players=players))
    (found,) = kind_issues(said, players, country_name=lambda iso: STATES[iso].name)
    assert found.host == "CHN" and "One side only" in found.issue.description
    two = _extraction(*(_wants("USA", "to raise the tariffs on Chinese steel"),) * 2)
    said = list(statements([two], players=players))
    assert kind_issues(said, players, country_name=lambda _: None) == []  # two mentions


def test_the_question_a_title_names_comes_first_and_weighs_more():
    stances = [_wants("USA", "to impose new sanctions on Iran"),
               _wants("CHN", "to lift the sanctions on Iran")] * 2 + \
              [_wants("FRA", "Russia and Ukraine to agree a ceasefire"),
               _wants("RUS", "to violate the truce with Ukraine")] * 3
    extraction = _extraction(*stances)
    titled = extraction.model_copy(update={"article": extraction.article.model_copy(
        update={"title": "Talks on Iran sanctions stall"})})
    plain, headline = build_system([extraction]), build_system([titled])
    assert plain.found[0].kind == "ceasefire"
    assert headline.found[0].kind == "sanctions" and headline.found[0].headline
    salience = {(p.issue, p.actor): p.salience for p in plain.scenario.positions}
    for p in headline.scenario.positions:
        if p.issue.startswith("sanctions"):
            assert p.salience > salience[(p.issue, p.actor)]


def test_a_statement_whose_sentence_names_the_object_counts_half_with_an_act_word():
    from greatgame.records import Evidence

    kind = next(k for k in packaged_kinds() if k.id == "sanctions")

    def said(words, sentence):
        return Statement(actor="CHN", kind="event", type="REJECT", text=words, polarity=1,
                         targets=(), intensity=None, evidence=Evidence(kind="event",
                                                                       text=sentence))

    from greatgame.system.focus import reading_on

    full = reading_on(said("rejected new sanctions", "China rejected new sanctions."), kind,
                      ("IRN",))
    half = reading_on(said("rejected the plan to impose them", "China rejected the plan to "
                           "impose them, as sanctions loomed."), kind, ("IRN",))
    assert half.direction == full.direction == -1 and half.weight == full.weight / 2
    assert reading_on(said("met the envoy", "China met the envoy on sanctions."), kind,
                      ("IRN",)) is None


def test_a_leader_of_a_regional_entity_speaks_for_it_not_for_the_state():
    from greatgame.system.evidence import player_of

    srpska = ActorRef(id="REPUBLICA_SRPSKA", name="Republika Srpska", kind="organisation",
                      country="BIH")
    bosnia = ActorRef(id="BIH", name="Bosnia and Herzegovina", kind="state", country="BIH")
    dodik = ActorRef(id="MILORAD_DODIK", name="Milorad Dodik", kind="person", country="BIH")
    assert player_of(dodik, players={"BIH": bosnia, "REPUBLICA_SRPSKA": srpska}) == \
        "REPUBLICA_SRPSKA"
    assert player_of(dodik, players={"BIH": bosnia}) == "BIH"


def test_hostility_toward_a_state_alone_raises_no_question_of_its_rule():
    events = tuple(Event(type="ACCUSE", source=(src,), target=("MMR",), sentence=f"{src} s.",
                         start=100 * n, end=100 * n + 5, intensity=-3.0)
                   for n, src in enumerate(("USA", "FRA", "DEU")))
    extraction = _extraction(_wants("USA", "the junta of Myanmar to restore democracy"),
                             events=events)
    players = {a.id: a for a in extraction.actors}
    said = list(statements([extraction], players=players))
    rule = next(k for k in packaged_kinds() if k.id == "military_rule")
    assert kind_issues(said, players, country_name=lambda _: None, kinds=[rule]) == []


def test_a_ceasefire_is_between_the_sides_that_fight_not_their_mediator():
    events = tuple(
        Event(type=t, source=(a,), target=(b,), sentence=f"{a} {b}.", start=100 * n,
              end=100 * n + 5, intensity=i)
        for n, (t, a, b, i) in enumerate([
            ("ASSAULT", "RUS", "UKR", -9.0), ("ASSAULT", "UKR", "RUS", -9.0),
            ("CONSULT", "USA", "RUS", 1.0), ("CONSULT", "USA", "UKR", 1.0),
            ("CONSULT", "USA", "RUS", 1.0)]))
    extraction = _extraction(
        _wants("USA", "Russia and Ukraine to agree a ceasefire"),
        _wants("USA", "a truce between Russia and Ukraine"),
        _wants("UKR", "an unconditional ceasefire"), events=events)
    players = {a.id: a for a in extraction.actors}
    said = list(statements([extraction], players=players))
    ceasefire = next(k for k in packaged_kinds() if k.id == "ceasefire")
    (found,) = kind_issues(said, players, country_name=lambda _: None, kinds=[ceasefire])
    assert found.issue.name == "A ceasefire between Russia and Ukraine"


def test_an_event_whose_trigger_is_the_act_is_not_negated_twice():
    from greatgame.records import Evidence
    from greatgame.system.focus import reading_on

    def event(type_, words):
        return Statement(actor="RUS", kind="event", type=type_, text=words, polarity=1,
                         targets=(), intensity=-2.0, evidence=Evidence(kind="event",
                                                                        text=words))

    kinds = {k.id: k for k in packaged_kinds()}
    veto = reading_on(event("REJECT", "vetoed the Security Council resolution on Myanmar"),
                      kinds["intervention"], ("MMR",))
    assert veto.direction == -1  # against the action, not a rejection of a rejection
    rejected = reading_on(event("REJECT", "rejected new sanctions on Iran"),
                          kinds["sanctions"], ("IRN",))
    assert rejected.direction == -1  # "reject" is no act word of sanctions: type x bare
    lifted = reading_on(event("CONCEDE", "lifted the sanctions on Iran"), kinds["sanctions"],
                        ("IRN",))
    assert lifted.direction == -1


@pytest.mark.parametrize(("type_", "expected"), [("AGREE", -1.0), ("SUPPORT", -1.0),
                                                  ("CONCEDE", -1.0), ("COOPERATE", None)])
def test_negated_consent_is_withheld_and_other_negated_acts_say_nothing(type_, expected):
    # "has not agreed to the ceasefire" leans against it; "did not cooperate" says nothing
    reading = read(_statement(type_=type_, flags=["negated"]), 1)
    assert (reading.direction if reading else None) == expected
