"""Event coder on hand-built parses (no trained model): arguments, voice, coordination,
support verbs, xcomp chains, nominal events, flags and attribution."""

from __future__ import annotations

import pytest

from .hand_parse import code, parse


def test_subject_is_source_object_is_target() -> None:
    doc = parse(
        [
            ("Russia", "Russia", "PROPN", 1, "nsubj"),
            ("attacked", "attack", "VERB", 1, "ROOT"),
            ("Ukraine", "Ukraine", "PROPN", 1, "obj"),
            (".", ".", "PUNCT", 1, "punct"),
        ]
    )
    [event] = code(doc)
    assert (event.type, event.source, event.target) == ("ASSAULT", ("RUS",), ("UKR",))
    assert event.cameo.startswith("19") and event.goldstein is not None
    assert event.intensity is not None and event.start == doc[1].idx


def test_passive_by_agent_is_the_source() -> None:
    doc = parse(
        [
            ("Kabul", "Kabul", "PROPN", 2, "nsubj:pass"),
            ("was", "be", "AUX", 2, "aux:pass"),
            ("attacked", "attack", "VERB", 2, "ROOT"),
            ("by", "by", "ADP", 4, "case"),
            ("Taliban", "Taliban", "PROPN", 2, "obl:agent"),
            (".", ".", "PUNCT", 2, "punct"),
        ]
    )
    [event] = code(doc)
    assert (event.type, event.source, event.target) == ("ASSAULT", ("TALIBAN",), ("AFG",))


def test_coordinated_subjects_make_one_event_with_two_sources() -> None:
    doc = parse(
        [
            ("Russia", "Russia", "PROPN", 3, "nsubj"),
            ("and", "and", "CCONJ", 2, "cc"),
            ("China", "China", "PROPN", 0, "conj"),
            ("agreed", "agree", "VERB", 3, "ROOT"),
            (".", ".", "PUNCT", 3, "punct"),
        ]
    )
    [event] = code(doc)
    assert event.type == "AGREE"
    assert event.source == ("RUS", "CHN")


def test_support_verb_in_an_xcomp_chain_gives_consult() -> None:
    # Russian and Taliban representatives started to hold discussions.
    doc = parse(
        [
            ("Russian", "russian", "ADJ", 3, "amod"),
            ("and", "and", "CCONJ", 2, "cc"),
            ("Taliban", "Taliban", "PROPN", 0, "conj"),
            ("representatives", "representative", "NOUN", 4, "nsubj"),
            ("started", "start", "VERB", 4, "ROOT"),
            ("to", "to", "PART", 6, "mark"),
            ("hold", "hold", "VERB", 4, "xcomp"),
            ("discussions", "discussion", "NOUN", 6, "obj"),
            (".", ".", "PUNCT", 4, "punct"),
        ]
    )
    [event] = code(doc)
    assert event.type == "CONSULT"
    assert set(event.source) == {"RUS", "TALIBAN"}


def test_negated_future_statement() -> None:
    # Moscow will not be able to achieve reconciliation between Kabul and Taliban.
    doc = parse(
        [
            ("Moscow", "Moscow", "PROPN", 4, "nsubj"),
            ("will", "will", "AUX", 4, "aux"),
            ("not", "not", "PART", 4, "advmod"),
            ("be", "be", "AUX", 4, "cop"),
            ("able", "able", "ADJ", 4, "ROOT"),
            ("to", "to", "PART", 6, "mark"),
            ("achieve", "achieve", "VERB", 4, "xcomp"),
            ("reconciliation", "reconciliation", "NOUN", 6, "obj"),
            ("between", "between", "ADP", 9, "case"),
            ("Kabul", "Kabul", "PROPN", 7, "nmod"),
            ("and", "and", "CCONJ", 11, "cc"),
            ("Taliban", "Taliban", "PROPN", 9, "conj"),
            (".", ".", "PUNCT", 4, "punct"),
        ]
    )
    [event] = code(doc)
    assert event.source == ("RUS",) and event.negated and event.future
    assert set(event.target) == {"AFG", "TALIBAN"}


def test_modal_is_hypothetical() -> None:
    doc = parse(
        [
            ("China", "China", "PROPN", 2, "nsubj"),
            ("could", "could", "AUX", 2, "aux"),
            ("attack", "attack", "VERB", 2, "ROOT"),
            ("Taiwan", "Taiwan", "PROPN", 2, "obj"),
        ]
    )
    [event] = code(doc)
    assert event.hypothetical and not event.negated and not event.future


def test_event_inside_a_belief_carries_the_holder() -> None:
    # Moscow believes that the Taliban attacked Kabul.
    doc = parse(
        [
            ("Moscow", "Moscow", "PROPN", 1, "nsubj"),
            ("believes", "believe", "VERB", 1, "ROOT"),
            ("that", "that", "SCONJ", 4, "mark"),
            ("Taliban", "Taliban", "PROPN", 4, "nsubj"),
            ("attacked", "attack", "VERB", 1, "ccomp"),
            ("Kabul", "Kabul", "PROPN", 4, "obj"),
        ]
    )
    [event] = code(doc)
    assert event.attributed_to == "RUS"
    assert (event.source, event.target) == (("TALIBAN",), ("AFG",))


def test_nominal_event_with_relative_clause_takes_the_sentence_agent() -> None:
    # Taliban operations included the attack that killed the UAE ambassador.
    doc = parse(
        [
            ("Taliban", "Taliban", "PROPN", 1, "compound"),
            ("operations", "operation", "NOUN", 2, "nsubj"),
            ("included", "include", "VERB", 2, "ROOT"),
            ("the", "the", "DET", 4, "det"),
            ("attack", "attack", "NOUN", 2, "obj"),
            ("that", "that", "PRON", 6, "nsubj"),
            ("killed", "kill", "VERB", 4, "acl:relcl"),
            ("the", "the", "DET", 9, "det"),
            ("UAE", "UAE", "PROPN", 9, "compound"),
            ("ambassador", "ambassador", "NOUN", 6, "obj"),
        ]
    )
    events = code(doc)
    assert [(e.type, e.source, e.target) for e in events] == [("ASSAULT", ("TALIBAN",), ("ARE",))]


def test_talks_between_two_actors_are_joint() -> None:
    # Talks between Russia and the Taliban resumed.
    doc = parse(
        [
            ("Talks", "talk", "NOUN", 6, "nsubj"),
            ("between", "between", "ADP", 2, "case"),
            ("Russia", "Russia", "PROPN", 0, "nmod"),
            ("and", "and", "CCONJ", 5, "cc"),
            ("the", "the", "DET", 5, "det"),
            ("Taliban", "Taliban", "PROPN", 2, "conj"),
            ("resumed", "resume", "VERB", 6, "ROOT"),
        ]
    )
    [event] = code(doc)
    assert event.type == "CONSULT" and set(event.source) == {"RUS", "TALIBAN"}


@pytest.mark.parametrize("holder", [False, True])
def test_quotation_content_needs_a_speaker(holder: bool) -> None:
    rows = [
        ("“", "“", "PUNCT", 2, "punct"),
        ("Russia", "Russia", "PROPN", 2, "nsubj"),
        ("attacked", "attack", "VERB", 2, "ROOT"),
        ("Ukraine", "Ukraine", "PROPN", 2, "obj"),
        ("”", "”", "PUNCT", 2, "punct"),
    ]
    if holder:
        rows += [("China", "China", "PROPN", 6, "nsubj"), ("says", "say", "VERB", 2, "parataxis")]
    doc = parse(rows)
    doc.spans["quotes"] = [doc[0:5]]
    events = code(doc)
    if holder:
        assert [e.attributed_to for e in events] == ["CHN"]
    else:
        assert events == []


def test_agentless_passive_is_an_event_with_no_source() -> None:
    # "Iraqi civilians were killed": who killed them is not said; the act is still coded
    doc = parse(
        [
            ("Iraqi", "Iraqi", "ADJ", 1, "amod"),
            ("civilians", "civilian", "NOUN", 3, "nsubj:pass"),
            ("were", "be", "AUX", 3, "aux:pass"),
            ("killed", "kill", "VERB", 3, "ROOT"),
            (".", ".", "PUNCT", 3, "punct"),
        ]
    )
    [event] = code(doc)
    assert (event.type, event.source, event.target) == ("ASSAULT", (), ("IRQ",))


def test_target_through_the_purpose_of_the_act() -> None:
    # "Police opened fire to disperse Egyptian demonstrators": here, shelling to punish
    doc = parse(
        [
            ("Russia", "Russia", "PROPN", 1, "nsubj"),
            ("shelled", "shell", "VERB", 1, "ROOT"),
            ("positions", "position", "NOUN", 1, "obj"),
            ("to", "to", "PART", 4, "mark"),
            ("punish", "punish", "VERB", 1, "advcl"),
            ("Ukraine", "Ukraine", "PROPN", 4, "obj"),
            (".", ".", "PUNCT", 1, "punct"),
        ]
    )
    [event] = [e for e in code(doc) if e.start == doc[1].idx]
    assert (event.type, event.source, event.target) == ("ASSAULT", ("RUS",), ("UKR",))


def test_target_is_the_place_of_the_act_when_no_one_is_named() -> None:
    # "Russia lifted the curfew in Chechnya" -> aimed at where it happens
    doc = parse(
        [
            ("Turkey", "Turkey", "PROPN", 1, "nsubj"),
            ("imposed", "impose", "VERB", 1, "ROOT"),
            ("a", "a", "DET", 3, "det"),
            ("curfew", "curfew", "NOUN", 1, "obj"),
            ("in", "in", "ADP", 5, "case"),
            ("Syria", "Syria", "PROPN", 3, "nmod"),
            (".", ".", "PUNCT", 1, "punct"),
        ]
    )
    events = [e for e in code(doc) if e.type == "COERCE"]
    assert events and events[0].source == ("TUR",) and events[0].target == ("SYR",)


def test_undoing_halting_or_acceding_to_what_the_object_names() -> None:
    # "Israel lifted the blockade": easing a blockade (0872, RETREAT), not a blockade
    doc = parse(
        [
            ("Israel", "Israel", "PROPN", 1, "nsubj"),
            ("lifted", "lift", "VERB", 1, "ROOT"),
            ("the", "the", "DET", 3, "det"),
            ("blockade", "blockade", "NOUN", 1, "obj"),
            ("on", "on", "ADP", 5, "case"),
            ("Gaza", "Gaza", "PROPN", 3, "nmod"),
            (".", ".", "PUNCT", 1, "punct"),
        ]
    )
    [event] = code(doc)
    assert (event.cameo, event.type, event.source) == ("0872", "RETREAT", ("ISR",))


def test_withdrawing_inspectors_is_a_sanction_not_a_retreat() -> None:
    doc = parse(
        [
            ("Russia", "Russia", "PROPN", 1, "nsubj"),
            ("withdrew", "withdraw", "VERB", 1, "ROOT"),
            ("its", "its", "PRON", 4, "nmod:poss"),
            ("weapons", "weapon", "NOUN", 4, "compound"),
            ("inspectors", "inspector", "NOUN", 1, "obj"),
            ("from", "from", "ADP", 6, "case"),
            ("Georgia", "Georgia", "PROPN", 1, "obl"),
            (".", ".", "PUNCT", 1, "punct"),
        ]
    )
    [event] = code(doc)
    assert (event.cameo, event.type, event.source, event.target) == \
        ("1662", "SANCTION", ("RUS",), ("GEO",))


def test_halting_mediation_is_reducing_relations() -> None:
    doc = parse(
        [
            ("Syria", "Syria", "PROPN", 1, "nsubj"),
            ("ended", "end", "VERB", 1, "ROOT"),
            ("mediation", "mediation", "NOUN", 3, "compound"),
            ("efforts", "effort", "NOUN", 1, "obj"),
            (".", ".", "PUNCT", 1, "punct"),
        ]
    )
    [event] = code(doc)
    assert (event.cameo, event.type) == ("165", "SANCTION")


def test_aid_reaches_whom_it_goes_to_through_its_object() -> None:
    # "Russia sent shipments of wheat to Syria": the recipient hangs on the object
    doc = parse(
        [
            ("Russia", "Russia", "PROPN", 1, "nsubj"),
            ("gave", "give", "VERB", 1, "ROOT"),
            ("aid", "aid", "NOUN", 1, "obj"),
            ("to", "to", "ADP", 4, "case"),
            ("Syria", "Syria", "PROPN", 2, "nmod"),
            (".", ".", "PUNCT", 1, "punct"),
        ]
    )
    [event] = code(doc)
    assert (event.type, event.source, event.target) == ("AID", ("RUS",), ("SYR",))


def test_a_verb_the_lemmatizer_cut_short_is_read_by_its_dictionary_form() -> None:
    # the rule lemmatizer gives "staged" -> "stag"; the lexicon knows "stage"
    doc = parse(
        [
            ("Russia", "Russia", "PROPN", 1, "nsubj"),
            ("staged", "stag", "VERB", 1, "ROOT"),
            ("demonstrations", "demonstration", "NOUN", 1, "obj"),
            (".", ".", "PUNCT", 1, "punct"),
        ]
    )
    [event] = code(doc)
    assert event.type == "PROTEST" and event.cameo.startswith("14")
