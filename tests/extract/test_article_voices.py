"""Who speaks across an article: persons an apposition describes, quotation chains, and
quotation marks in text that lost its paragraph breaks (sentences written for these tests)."""

from __future__ import annotations

import pytest

from greatgame.extract.pipeline import extract_article
from greatgame.ingest.article import read_text
from greatgame.nlp import load
from greatgame.records import STATE_SECTORS
from greatgame.system.evidence import player_of


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    return load()


def _read(nlp, text: str):  # noqa: ANN001, ANN202
    return extract_article(read_text(text, source="test.txt"), nlp)


def test_an_apposition_makes_a_person_of_a_name_the_ner_mislabels(nlp) -> None:  # noqa: ANN001
    got = _read(nlp, "Tomasz Wierzbicki, a Polish economist, told reporters that the plan "
                     "would fail. Anneli Korhonen, a Finnish foreign-policy adviser, said the "
                     "talks must go on.")
    actors = {a.id: (a.kind, a.country, a.sector) for a in got.actors}
    assert actors["TOMASZ_WIERZBICKI"][:2] == ("person", "POL")
    assert actors["TOMASZ_WIERZBICKI"][2] not in STATE_SECTORS  # an economist holds no office
    assert actors["ANNELI_KORHONEN"] == ("person", "FIN", "GOV")
    speakers = {q.speaker for q in got.quotes}
    assert speakers == {"TOMASZ_WIERZBICKI", "ANNELI_KORHONEN"}


def test_a_civilian_of_a_state_does_not_speak_for_it(nlp) -> None:  # noqa: ANN001
    got = _read(nlp, "Tomasz Wierzbicki, a Polish sinologist, said the plan would fail. "
                     "Poland rejected the plan.")
    refs = {a.id: a for a in got.actors}
    assert player_of(refs["TOMASZ_WIERZBICKI"], players={"POL": refs["POL"]}) is None


def test_he_added_after_a_quotation_is_the_speaker_quoted_before(nlp) -> None:  # noqa: ANN001
    got = _read(nlp, 'Tomasz Wierzbicki, a Polish economist, told reporters the plan would '
                     'fail. "The ministers will not back Maria Lopez, the commissioner." '
                     '"The vote will be close," he added.')
    added = next(q for q in got.quotes if q.text.startswith("The vote"))
    assert added.speaker == "TOMASZ_WIERZBICKI"


def test_one_stray_quotation_mark_does_not_turn_later_quotations_inside_out(
        nlp) -> None:  # noqa: ANN001
    text = ('The minister said the deal was "dead. Later she spoke again. "We will not pay," '
            'Ana Ruiz said. "The tariff stays," she added.')
    quoted = [q.text for q in _read(nlp, text).quotes if q.direct]
    assert "We will not pay," in quoted and "The tariff stays," in quoted


@pytest.mark.parametrize(("text", "speaker", "opening"), [
    ("The sanctions will hurt ordinary Iranians and cost jobs in Europe, said Maria Lopez, "
     "a Spanish diplomat, on Friday in Madrid.", "MARIA_LOPEZ", "The sanctions will hurt"),
    ("Russia will not withdraw its troops from Syria this year, the Russian foreign minister "
     "said on Monday in Moscow.", "RUS", "Russia will not withdraw"),
])
def test_an_attribution_after_its_report_gives_the_speaker(nlp, text, speaker,  # noqa: ANN001
                                                           opening) -> None:
    (quote,) = [q for q in _read(nlp, text).quotes if not q.direct]
    assert (quote.speaker, quote.text[:len(opening)]) == (speaker, opening)


def test_a_subject_before_the_comma_is_no_inverted_attribution(nlp) -> None:  # noqa: ANN001
    text = ("Sayyed Agha, a former commander of the Taliban living in Kabul, said that the "
            "Taliban wants closer ties with Moscow to end the war.")
    texts = [q.text for q in _read(nlp, text).quotes if not q.direct]
    assert texts == ["the Taliban wants closer ties with Moscow to end the war"]


def test_a_written_list_of_states_is_one_subject_however_the_parse_cuts_it(
        nlp) -> None:  # noqa: ANN001
    got = _read(nlp, "Brunei, Malaysia, the Philippines, Taiwan and Vietnam rejected the "
                     "Chinese law on Monday at a meeting in Manila.")
    (reject,) = [e for e in got.events if e.type == "REJECT"]
    assert set(reject.source) == {"BRN", "MYS", "PHL", "TWN", "VNM"}
    assert reject.target == ("CHN",)


def test_an_owners_spokesman_speaks_for_the_owner(nlp) -> None:  # noqa: ANN001
    text = ("Secretary-General Antonio Guterres condemned the killings in the country on "
            "Friday. “The killing of peaceful demonstrators is utterly unacceptable,” Guterres’ "
            "spokesman, Stephane Dujarric, told reporters. “The military continues to defy "
            "calls by the Security Council.” Putin's adviser said Russia would not attend.")
    got = _read(nlp, text)
    speakers = {q.text[:12]: q.speaker for q in got.quotes}
    # the possessive apostrophe is no quotation mark: the next quotation keeps its speaker
    assert speakers["The killing "] == speakers["The military"] == "ANTONIO_GUTERRES"
    assert speakers["Russia would"] == "RUS"


def test_they_of_speakers_who_are_no_actor_stays_theirs(nlp) -> None:  # noqa: ANN001
    got = _read(nlp, "The army killed eight protesters in Myanmar on Friday. Some have even "
                     "said they hope to see a U.N. peacekeeping mission come to the country.")
    assert all(s.holder != "MMR" for s in got.stances)
    (hope,) = [q for q in got.quotes if "peacekeeping" in q.text]
    assert hope.speaker is None


def test_one_body_has_one_id_however_the_dictionary_lists_it(nlp) -> None:  # noqa: ANN001
    got = _read(nlp, "The UN condemned the coup in Myanmar on Friday. U.N. officials said the "
                     "United Nations would send aid to the country next week. ASEAN leaders "
                     "met in Jakarta, and the Association of South East Asian Nations urged "
                     "calm.")
    assert {a.id for a in got.actors if a.kind == "organisation"} == {
        "UNITED_NATIONS", "ASSOCIATION_OF_SOUTH_EAST_ASIAN_NATIONS"}


def test_a_failure_to_act_is_no_act(nlp) -> None:  # noqa: ANN001
    got = _read(nlp, "There is frustration in Ankara, given President Barack Obama's failure "
                     "to sell U.S. Patriot missiles to Turkey during his two terms.")
    (sell,) = [e for e in got.events if got.article.text[e.start:e.end] == "sell"]
    assert sell.negated


def test_an_event_clause_runs_past_initials_and_numbers() -> None:
    from greatgame.system.evidence import event_clause

    text = "Kim asked U.S. President Donald Trump for sanctions relief worth $20,000.5 million."
    assert event_clause(text, 4, 9) == ("asked U.S. President Donald Trump for sanctions relief "
                                        "worth $20,000.5 million")
    text = "Trump denied the request and asked instead for a deal before any relief."
    assert event_clause(text, 6, 12) == "denied the request"


@pytest.mark.parametrize(("text", "act", "coded"), [
    ("China did not meet the American delegation in Geneva on Monday.", "CONSULT",
     "REJECT"),
    ("Russia will send more troops to the border region next month, officials said.",
     "MOBILIZE", "THREATEN"),
])
def test_every_event_carries_the_type_plovers_conventions_give_it(nlp, text, act,  # noqa: ANN001
                                                                  coded) -> None:
    events = _read(nlp, text).events
    assert (act, coded) in {(e.type, e.coded_type) for e in events}


@pytest.mark.parametrize(("text", "source"), [
    ("Top diplomats from the Group of Seven urged Russia on Friday to accept a ceasefire "
     "in the war with Ukraine.", ("GROUP_OF_SEVEN",)),
    # an organ is none of the states it acts upon: left unresolved, not the nearest state
    ("Top diplomats urged Russia on Friday to accept a ceasefire in the war with Ukraine "
     "at a meeting.", ()),
])
def test_a_role_noun_takes_its_own_affiliation_or_none(nlp, text, source) -> None:  # noqa: ANN001
    (urged,) = [e for e in _read(nlp, text).events if e.type == "REQUEST"]
    assert urged.source == source and urged.target == ("RUS",)


def test_a_name_written_surname_first_keeps_its_surname(nlp) -> None:  # noqa: ANN001
    got = _read(nlp, "North Korean leader Kim Jong Un asked President Donald Trump for "
                     "sanctions relief in Hanoi. Kim later warned that the talks could end.")
    (warned,) = [e for e in got.events if e.type == "THREATEN"]
    assert warned.source == ("KIM_JONG_UN",)
