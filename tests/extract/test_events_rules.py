"""Event-coding rules on hand-built parses: reported demands, whom threats and promises are
aimed at, protests' places, PLOVER modes that decide the type, the sequence of tenses, and
dictionary patterns read in order."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from greatgame.extract.events import code_events
from greatgame.extract.verbs import Lexicon

from .hand_parse import code, parse


def test_said_that_y_must_is_a_demand_on_y() -> None:
    doc = parse([
        ("Russia", "Russia", "PROPN", 1, "nsubj", "NNP"),
        ("said", "say", "VERB", 1, "ROOT", "VBD"),
        ("Sudan", "Sudan", "PROPN", 4, "nsubj", "NNP"),
        ("must", "must", "AUX", 4, "aux", "MD"),
        ("return", "return", "VERB", 1, "ccomp", "VB"),
        ("the", "the", "DET", 6, "det", "DT"),
        ("helicopter", "helicopter", "NOUN", 4, "obj", "NN"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    demands = [e for e in code(doc) if e.type == "REQUEST"]
    assert [(e.source, e.target, e.cameo) for e in demands] == [(("RUS",), ("SDN",), "100")]


def test_a_conditional_threat_is_aimed_at_the_subject_of_the_condition() -> None:
    doc = parse([
        ("Russia", "Russia", "PROPN", 1, "nsubj", "NNP"),
        ("threatened", "threaten", "VERB", 1, "ROOT", "VBD"),
        ("to", "to", "PART", 3, "mark", "TO"),
        ("stop", "stop", "VERB", 1, "xcomp", "VB"),
        ("talks", "talk", "NOUN", 3, "obj", "NNS"),
        ("if", "if", "SCONJ", 8, "mark", "IN"),
        ("the", "the", "DET", 7, "det", "DT"),
        ("Americans", "American", "PROPN", 8, "nsubj", "NNPS"),
        ("proceed", "proceed", "VERB", 3, "advcl", "VBP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = [e for e in code(doc) if e.type == "THREATEN"]
    assert (event.source, event.target) == (("RUS",), ("USA",))


def test_the_target_of_a_promise_is_named_in_what_is_promised() -> None:
    doc = parse([
        ("Libya", "Libya", "PROPN", 1, "nsubj", "NNP"),
        ("offered", "offer", "VERB", 1, "ROOT", "VBD"),
        ("to", "to", "PART", 3, "mark", "TO"),
        ("hand", "hand", "VERB", 1, "xcomp", "VB"),
        ("over", "over", "ADP", 3, "compound:prt", "RP"),
        ("suspects", "suspect", "NOUN", 3, "obj", "NNS"),
        ("to", "to", "ADP", 7, "case", "IN"),
        ("Britain", "Britain", "PROPN", 3, "obl", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.type, event.source, event.target) == ("AGREE", ("LBY",), ("GBR",))


def test_a_protest_with_no_one_protested_against_targets_its_place() -> None:
    doc = parse([
        ("Americans", "American", "PROPN", 1, "nsubj", "NNPS"),
        ("demonstrated", "demonstrate", "VERB", 1, "ROOT", "VBD"),
        ("in", "in", "ADP", 3, "case", "IN"),
        ("Serbia", "Serbia", "PROPN", 1, "obl", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.type, event.source, event.target) == ("PROTEST", ("USA",), ("SRB",))


def test_resigning_is_a_retreat_because_the_manual_lists_resign_as_its_mode() -> None:
    doc = parse([
        ("Karzai", "Karzai", "PROPN", 1, "nsubj", "NNP"),
        ("resigned", "resign", "VERB", 1, "ROOT", "VBD"),
        ("in", "in", "ADP", 3, "case", "IN"),
        ("Kabul", "Kabul", "PROPN", 1, "obl", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.type, event.mode) == ("RETREAT", "resign")


def test_would_in_reported_speech_is_the_speakers_will() -> None:
    doc = parse([
        ("Palestinians", "Palestinian", "PROPN", 1, "nsubj", "NNPS"),
        ("said", "say", "VERB", 1, "ROOT", "VBD"),
        ("they", "they", "PRON", 4, "nsubj", "PRP"),
        ("would", "would", "AUX", 4, "aux", "MD"),
        ("boycott", "boycott", "VERB", 1, "ccomp", "VB"),
        ("Israel", "Israel", "PROPN", 4, "obj", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = code(doc)
    assert event.type == "PROTEST" and event.future and not event.hypothetical
    assert event.attributed_to == "PSE"


def _lexicon() -> Lexicon:
    return Lexicon.from_tables(
        verbs=[["welcome", "", "acclaim", "051", "", []], ["praise", "", "acclaim", "051", "", []]],
        patterns=[["acclaim", "043", "", [], ["(to)"], [], [["to", []]], "welcome"],
                  ["acclaim", "042", "", [], [], ["visit", "plan"], [], "praise"]],
        cameo=[["051", "Praise", 3.4, 1, "SUPPORT", "", ""],
               ["042", "Make a visit", 1.9, 1, "CONSULT", "visit", ""],
               ["043", "Host a visit", 2.8, 1, "CONSULT", "visit", ""]],
    )


def test_a_pattern_of_prepositions_alone_belongs_to_its_own_verb() -> None:
    lex = _lexicon()
    assert lex.verb_code("welcome", ["them", "to", "Moscow"]) == "043"
    assert lex.verb_code("praise", ["efforts", "to", "improve"]) == "051"


def test_pattern_words_must_come_in_order() -> None:
    lex = _lexicon()
    assert lex.verb_code("praise", [("visit", "visit"), ("plan", "plan")]) == "042"
    assert lex.verb_code("praise", [("plan", "plan"), ("visit", "visit")]) == "051"


def test_a_block_header_glued_to_its_dashes_opens_a_block() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from _build_events import parse_verb_dictionary

    text = ("VERB PATTERNS\n---  BLAME   [112]  ---\nACCUSE\n"
            "---  DELAY   [120]---  ---\nPOSTPONE\n- * TALK  [161]  # POSTPONE\n")
    path = Path(__file__).parent / "_verbs_tmp.txt"
    try:
        path.write_text(text, encoding="utf-8")
        parsed = parse_verb_dictionary(path)
    finally:
        path.unlink()
    blocks = {row[0]: row[2] for row in parsed["verbs"]}
    assert blocks == {"accuse": "blame", "postpone": "delay"}
    assert [p[0] for p in parsed["patterns"]] == ["delay"]


def test_able_to_parsed_as_an_adverbial_clause_still_carries_negation_and_future() -> None:
    from greatgame.extract.event_flags import is_future, is_negated

    doc = parse([
        ("Moscow", "Moscow", "PROPN", 4, "nsubj", "NNP"),
        ("will", "will", "AUX", 4, "aux", "MD"),
        ("not", "not", "PART", 4, "advmod", "RB"),
        ("be", "be", "AUX", 4, "cop", "VB"),
        ("able", "able", "ADJ", 4, "ROOT", "JJ"),
        ("to", "to", "PART", 6, "mark", "TO"),
        ("achieve", "achieve", "VERB", 4, "advcl", "VB"),
        ("reconciliation", "reconciliation", "NOUN", 6, "obj", "NN"),
    ])
    assert is_negated(doc[6]) and is_future(doc[6])


def test_a_dictionary_phrase_matches_the_words_that_spell_it() -> None:
    lex = Lexicon.from_tables(
        verbs=[["withdraw", "", "retreat", "087", "", []]],
        patterns=[["retreat", "0874", "", [], [], ["armed_forces"], [], "withdraw"]],
        cameo=[["087", "De-escalate", 5.0, 2, "RETREAT", "disarm", ""],
               ["0874", "Retreat militarily", 10.0, 2, "RETREAT", "disarm", ""]],
        synsets={},
    )
    after = [("its", "its"), ("armed", "armed"), ("forces", "force")]
    assert lex.verb_code("withdraw", after) == "0874"
    assert lex.verb_code("withdraw", [("its", "its"), ("forces", "force")]) == "087"


def test_a_vow_of_force_is_a_threat() -> None:
    doc = parse([
        ("Taliban", "Taliban", "PROPN", 1, "nsubj", "NNP"),
        ("vowed", "vow", "VERB", 1, "ROOT", "VBD"),
        ("to", "to", "PART", 3, "mark", "TO"),
        ("attack", "attack", "VERB", 1, "xcomp", "VB"),
        ("Kabul", "Kabul", "PROPN", 3, "obj", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.type, event.cameo, event.source, event.target) == (
        "THREATEN", "138", ("TALIBAN",), ("AFG",))


def test_a_hunger_strike_begun_to_demand_something_is_a_protest_at_whom_it_asks() -> None:
    doc = parse([
        ("Americans", "American", "PROPN", 1, "nsubj", "NNPS"),
        ("began", "begin", "VERB", 1, "ROOT", "VBD"),
        ("a", "a", "DET", 4, "det", "DT"),
        ("hunger", "hunger", "NOUN", 4, "compound", "NN"),
        ("strike", "strike", "NOUN", 1, "obj", "NN"),
        ("to", "to", "PART", 6, "mark", "TO"),
        ("demand", "demand", "VERB", 1, "xcomp", "VB"),
        ("concessions", "concession", "NOUN", 6, "obj", "NNS"),
        ("from", "from", "ADP", 9, "case", "IN"),
        ("Pakistan", "Pakistan", "PROPN", 6, "obl", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = [e for e in code(doc) if e.type == "PROTEST"]
    assert (event.cameo, event.target) == ("142", ("PAK",))


def test_according_to_is_no_accord() -> None:
    doc = parse([
        ("Russia", "Russia", "PROPN", 1, "nsubj", "NNP"),
        ("attacked", "attack", "VERB", 1, "ROOT", "VBD"),
        ("Ukraine", "Ukraine", "PROPN", 1, "obj", "NNP"),
        (",", ",", "PUNCT", 4, "punct", ","),
        ("according", "accord", "VERB", 6, "case", "VBG"),
        ("to", "to", "ADP", 4, "fixed", "IN"),
        ("Britain", "Britain", "PROPN", 1, "obl", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [e.type for e in code(doc)] == ["ASSAULT"]


def test_an_act_reaches_whom_its_object_is_aimed_at() -> None:
    # "Britain mobilized reservists for a war against Iraq": Iraq, two nouns down
    doc = parse([
        ("Britain", "Britain", "PROPN", 1, "nsubj", "NNP"),
        ("mobilized", "mobilize", "VERB", 1, "ROOT", "VBD"),
        ("reservists", "reservist", "NOUN", 1, "obj", "NNS"),
        ("for", "for", "ADP", 5, "case", "IN"),
        ("a", "a", "DET", 5, "det", "DT"),
        ("war", "war", "NOUN", 2, "nmod", "NN"),
        ("against", "against", "ADP", 7, "case", "IN"),
        ("Iraq", "Iraq", "PROPN", 5, "nmod", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = [e for e in code(doc) if e.type == "MOBILIZE"]
    assert (event.source, event.target) == (("GBR",), ("IRQ",))


def test_a_list_the_parse_did_not_coordinate_is_one_compound_source() -> None:
    # "The US, Russia, and Switzerland met": the parse hangs "met" under "US"
    doc = parse([
        ("The", "the", "DET", 1, "det", "DT"),
        ("US", "US", "PROPN", 1, "ROOT", "NNP"),
        (",", ",", "PUNCT", 3, "punct", ","),
        ("Russia", "Russia", "PROPN", 1, "conj", "NNP"),
        (",", ",", "PUNCT", 7, "punct", ","),
        ("and", "and", "CCONJ", 7, "cc", "CC"),
        ("Switzerland", "Switzerland", "PROPN", 7, "nsubj", "NNP"),
        ("met", "meet", "VERB", 1, "conj", "VBD"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = [e for e in code(doc) if e.type == "CONSULT"]
    assert event.source == ("USA", "RUS", "CHE")


def test_an_actor_before_a_subject_in_another_phrase_is_no_list_item() -> None:
    # "After talks with Russia, Germany met France": Germany alone
    doc = parse([
        ("After", "after", "ADP", 1, "case", "IN"),
        ("talks", "talk", "NOUN", 6, "obl", "NNS"),
        ("with", "with", "ADP", 3, "case", "IN"),
        ("Russia", "Russia", "PROPN", 1, "nmod", "NNP"),
        (",", ",", "PUNCT", 6, "punct", ","),
        ("Germany", "Germany", "PROPN", 6, "nsubj", "NNP"),
        ("met", "meet", "VERB", 6, "ROOT", "VBD"),
        ("France", "France", "PROPN", 6, "obj", "NNP"),
        (".", ".", "PUNCT", 6, "punct", "."),
    ])
    [event] = [e for e in code(doc) if e.type == "CONSULT"]
    assert (event.source, event.target) == (("DEU",), ("FRA",))


def test_an_unnamed_reporter_is_never_a_target_guessed_by_position() -> None:
    # "The Taliban attacked, diplomatic sources said" with "sources" hung off the verb
    doc = parse([
        ("Taliban", "Taliban", "PROPN", 1, "nsubj", "NNP"),
        ("attacked", "attack", "VERB", 1, "ROOT", "VBD"),
        (",", ",", "PUNCT", 1, "punct", ","),
        ("diplomatic", "diplomatic", "ADJ", 4, "amod", "JJ"),
        ("sources", "source", "NOUN", 1, "dep", "NNS"),
        ("said", "say", "VERB", 1, "parataxis", "VBD"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])

    def actors(span):
        words = {t.text for t in span}
        return ("TALIBAN",) if "Taliban" in words else \
            ("SRC_DIPLOMATIC_SOURCES",) if "sources" in words else ()

    events = list(code_events(doc, actors_of_span=actors, published=dt.date(2017, 3, 15),
                              dates=()))
    assert [(e.source, e.target) for e in events if e.type == "ASSAULT"] == \
        [(("TALIBAN",), ())]


def test_an_arrest_with_no_agent_is_made_by_the_state_where_it_happens() -> None:
    doc = parse([
        ("A", "a", "DET", 1, "det", "DT"),
        ("missionary", "missionary", "NOUN", 3, "nsubj:pass", "NN"),
        ("was", "be", "AUX", 3, "aux:pass", "VBD"),
        ("arrested", "arrest", "VERB", 3, "ROOT", "VBN"),
        ("in", "in", "ADP", 5, "case", "IN"),
        ("Lebanon", "Lebanon", "PROPN", 3, "obl", "NNP"),
        ("for", "for", "ADP", 8, "case", "IN"),
        ("spying", "spying", "NOUN", 8, "compound", "NN"),
        ("charges", "charge", "NOUN", 3, "obl", "NNS"),
        (".", ".", "PUNCT", 3, "punct", "."),
    ])
    [arrest] = [e for e in code(doc) if e.type == "COERCE"]
    assert arrest.source == ("LBN",)


def test_a_verb_tagged_inside_a_title_is_no_act() -> None:
    doc = parse([
        ("Planning", "plan", "VERB", 3, "compound", "VBG"),
        ("and", "and", "CCONJ", 2, "cc", "CC"),
        ("Investment", "investment", "NOUN", 3, "compound", "NN"),
        ("Minister", "Minister", "PROPN", 4, "nmod:desc", "NNP"),
        ("Gia", "Gia", "PROPN", 5, "nsubj", "NNP"),
        ("spoke", "speak", "VERB", 5, "ROOT", "VBD"),
        ("in", "in", "ADP", 7, "case", "IN"),
        ("Vietnam", "Vietnam", "PROPN", 5, "obl", "NNP"),
        (".", ".", "PUNCT", 5, "punct", "."),
    ])
    assert "Planning" not in [doc.text[e.start:e.end] for e in code(doc)]


def test_a_passive_act_takes_its_doer_from_the_act_it_was_done_in() -> None:
    doc = parse([
        ("Two", "two", "NUM", 2, "nummod", "CD"),
        ("Israeli", "Israeli", "ADJ", 2, "amod", "JJ"),
        ("soldiers", "soldier", "NOUN", 4, "nsubj:pass", "NNS"),
        ("were", "be", "AUX", 4, "aux:pass", "VBD"),
        ("killed", "kill", "VERB", 4, "ROOT", "VBN"),
        ("in", "in", "ADP", 8, "case", "IN"),
        ("a", "a", "DET", 8, "det", "DT"),
        ("Palestinian", "Palestinian", "ADJ", 8, "amod", "JJ"),
        ("bombing", "bombing", "NOUN", 4, "obl", "NN"),
        (".", ".", "PUNCT", 4, "punct", "."),
    ])
    events = code(doc)
    assert [(e.type, e.source) for e in events] == [("ASSAULT", ("PSE",))]  # one act, not two
    assert events[0].target and doc.text[events[0].start:events[0].end] == "killed"


def test_a_participle_on_an_issued_statement_speaks_for_its_issuer() -> None:
    doc = parse([
        ("Hamas", "Hamas", "PROPN", 1, "nsubj", "NNP"),
        ("issued", "issue", "VERB", 1, "ROOT", "VBD"),
        ("a", "a", "DET", 3, "det", "DT"),
        ("statement", "statement", "NOUN", 1, "obj", "NN"),
        ("demanding", "demand", "VERB", 3, "acl", "VBG"),
        ("that", "that", "SCONJ", 7, "mark", "IN"),
        ("Israel", "Israel", "PROPN", 7, "nsubj", "NNP"),
        ("withdraw", "withdraw", "VERB", 4, "ccomp", "VB"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [demand] = [e for e in code(doc) if e.type == "REQUEST"]
    assert (demand.source, demand.target) == (("HAMAS",), ("ISR",))


def test_a_word_hung_as_xcomp_does_not_make_its_verb_transparent() -> None:
    doc = parse([
        ("Kurds", "Kurd", "PROPN", 1, "nsubj", "NNPS"),
        ("sought", "seek", "VERB", 1, "ROOT", "VBD"),
        ("refuge", "refuge", "ADJ", 1, "xcomp", "JJ"),  # a tagging slip
        ("in", "in", "ADP", 4, "case", "IN"),
        ("Germany", "Germany", "PROPN", 2, "nmod", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [asked] = code(doc)
    assert (asked.type, asked.cameo, asked.target) == ("REQUEST", "020", ("DEU",))


def test_a_lemma_the_tagger_spoiled_is_mended_to_the_lexicon_form() -> None:
    doc = parse([
        ("Russia", "Russia", "PROPN", 1, "nsubj", "NNP"),
        ("freed", "freed", "VERB", 1, "ROOT", "VB"),  # tagged as a base form
        ("Georgia", "Georgia", "PROPN", 1, "obj", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [freed] = code(doc)
    assert (freed.cameo, freed.source, freed.target) == ("084", ("RUS",), ("GEO",))


def test_who_comes_for_talks_holds_them() -> None:
    doc = parse([
        ("Iran", "Iran", "PROPN", 1, "nsubj", "NNP"),
        ("returned", "return", "VERB", 1, "ROOT", "VBD"),
        ("to", "to", "ADP", 3, "case", "IN"),
        ("Geneva", "Geneva", "PROPN", 1, "obl", "NNP"),
        ("for", "for", "ADP", 5, "case", "IN"),
        ("talks", "talk", "NOUN", 1, "obl", "NNS"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [talks] = [e for e in code(doc) if e.type == "CONSULT"]
    assert talks.source == ("IRN",) and doc.text[talks.start:talks.end] == "talks"


def test_an_execution_is_an_assault() -> None:
    doc = parse([
        ("Iran", "Iran", "PROPN", 1, "nsubj", "NNP"),
        ("executed", "execute", "VERB", 1, "ROOT", "VBD"),
        ("two", "two", "NUM", 4, "nummod", "CD"),
        ("Iraqi", "Iraqi", "ADJ", 4, "amod", "JJ"),
        ("spies", "spy", "NOUN", 1, "obj", "NNS"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [executed] = code(doc)
    assert (executed.type, executed.source, executed.target) == ("ASSAULT", ("IRN",), ("IRQ",))


def test_a_support_verb_with_a_nominalised_act_codes_the_act() -> None:
    doc = parse([
        ("Iran", "Iran", "PROPN", 1, "nsubj", "NNP"),
        ("issued", "issue", "VERB", 1, "ROOT", "VBD"),
        ("a", "a", "DET", 3, "det", "DT"),
        ("warning", "warning", "NOUN", 1, "obj", "NN"),
        ("to", "to", "ADP", 5, "case", "IN"),
        ("Israel", "Israel", "PROPN", 3, "nmod", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [warned] = code(doc)
    assert (warned.type, warned.cameo, warned.source, warned.target) == \
        ("THREATEN", "130", ("IRN",), ("ISR",))


def test_waging_war_is_an_assault_on_whom_it_is_waged() -> None:
    doc = parse([
        ("Chad", "Chad", "PROPN", 1, "nsubj", "NNP"),
        ("waged", "wage", "VERB", 1, "ROOT", "VBD"),
        ("war", "war", "NOUN", 1, "obj", "NN"),
        ("on", "on", "ADP", 4, "case", "IN"),
        ("Sudan", "Sudan", "PROPN", 1, "obl", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [war] = code(doc)
    assert (war.type, war.source, war.target) == ("ASSAULT", ("TCD",), ("SDN",))


def test_telling_another_to_act_is_a_demand_on_it() -> None:
    doc = parse([
        ("Russia", "Russia", "PROPN", 1, "nsubj", "NNP"),
        ("told", "tell", "VERB", 1, "ROOT", "VBD"),
        ("Georgia", "Georgia", "PROPN", 1, "iobj", "NNP"),
        ("to", "to", "PART", 4, "mark", "TO"),
        ("withdraw", "withdraw", "VERB", 1, "xcomp", "VB"),
        ("its", "its", "PRON", 6, "nmod:poss", "PRP$"),
        ("troops", "troop", "NOUN", 4, "obj", "NNS"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [told] = code(doc)
    assert (told.type, told.cameo, told.source, told.target) == \
        ("REQUEST", "100", ("RUS",), ("GEO",))


def test_what_one_is_called_on_to_do_is_not_coded_as_ones_own_act() -> None:
    doc = parse([
        ("China", "China", "PROPN", 1, "nsubj", "NNP"),
        ("called", "call", "VERB", 1, "ROOT", "VBD"),
        ("on", "on", "ADP", 3, "case", "IN"),
        ("Japan", "Japan", "PROPN", 1, "obl", "NNP"),
        ("to", "to", "PART", 5, "mark", "TO"),
        ("apologize", "apologize", "VERB", 1, "advcl", "VB"),  # parsed as a purpose
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [(e.type, e.source, e.target) for e in code(doc)] == \
        [("REQUEST", ("CHN",), ("JPN",))]


def test_a_noun_tagged_as_a_verb_in_an_object_is_no_act() -> None:
    doc = parse([
        ("Turkey", "Turkey", "PROPN", 1, "nsubj", "NNP"),
        ("handed", "hand", "VERB", 1, "ROOT", "VBD"),
        ("over", "over", "ADP", 1, "compound:prt", "RP"),
        ("two", "two", "NUM", 4, "nummod", "CD"),
        ("suspects", "suspect", "VERB", 1, "obj", "VBZ"),  # a tagging slip
        ("to", "to", "ADP", 6, "case", "IN"),
        ("Germany", "Germany", "PROPN", 1, "obl", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [(e.type, e.cameo, e.source, e.target) for e in code(doc)] == \
        [("RETREAT", "0841", ("TUR",), ("DEU",))]


def test_a_participle_clause_is_done_by_the_subject_of_its_main_clause() -> None:
    doc = parse([
        ("Israel", "Israel", "PROPN", 1, "nsubj", "NNP"),
        ("raided", "raid", "VERB", 1, "ROOT", "VBD"),
        ("a", "a", "DET", 4, "det", "DT"),
        ("Hamas", "Hamas", "PROPN", 4, "compound", "NNP"),
        ("camp", "camp", "NOUN", 1, "obj", "NN"),
        (",", ",", "PUNCT", 6, "punct", ","),
        ("killing", "kill", "VERB", 1, "advcl", "VBG"),
        ("three", "three", "NUM", 8, "nummod", "CD"),
        ("Palestinians", "Palestinian", "PROPN", 6, "obj", "NNPS"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [killing] = [e for e in code(doc) if doc.text[e.start:e.end] == "killing"]
    assert (killing.type, killing.source, killing.target) == ("ASSAULT", ("ISR",), ("PSE",))


def test_a_passive_act_is_done_by_the_doer_of_the_act_its_when_clause_tells() -> None:
    doc = parse([
        ("Three", "three", "NUM", 1, "nummod", "CD"),
        ("Israelis", "Israeli", "PROPN", 3, "nsubj:pass", "NNPS"),
        ("were", "be", "AUX", 3, "aux:pass", "VBD"),
        ("killed", "kill", "VERB", 3, "ROOT", "VBN"),
        ("when", "when", "ADV", 6, "advmod", "WRB"),
        ("Syria", "Syria", "PROPN", 6, "nsubj", "NNP"),
        ("attacked", "attack", "VERB", 3, "advcl", "VBD"),
        ("their", "their", "PRON", 8, "nmod:poss", "PRP$"),
        ("bus", "bus", "NOUN", 6, "obj", "NN"),
        (".", ".", "PUNCT", 3, "punct", "."),
    ])
    [killed] = [e for e in code(doc) if doc.text[e.start:e.end] == "killed"]
    assert (killed.type, killed.source, killed.target) == ("ASSAULT", ("SYR",), ("ISR",))


def test_a_verb_form_the_tagger_took_for_a_noun_is_read_as_the_dictionary_lists_it() -> None:
    doc = parse([
        ("Israel", "Israel", "PROPN", 1, "nsubj", "NNP"),
        ("shot", "shot", "NOUN", 1, "ROOT", "NN"),
        ("dead", "dead", "ADJ", 4, "amod", "JJ"),
        ("two", "two", "NUM", 4, "nummod", "CD"),
        ("Palestinians", "Palestinian", "PROPN", 1, "obj", "NNPS"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.type, event.cameo[:2], event.source, event.target) == \
        ("ASSAULT", "19", ("ISR",), ("PSE",))


def test_a_strike_one_goes_on_is_a_labour_strike() -> None:
    doc = parse([
        ("Israelis", "Israeli", "PROPN", 1, "nsubj", "NNPS"),
        ("went", "go", "VERB", 1, "ROOT", "VBD"),
        ("on", "on", "ADP", 3, "case", "IN"),
        ("strike", "strike", "NOUN", 1, "obl", "NN"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.type, event.cameo) == ("PROTEST", "143")


def test_parties_acting_together_take_no_target_from_the_venue() -> None:
    doc = parse([
        ("Ethiopia", "Ethiopia", "PROPN", 3, "nsubj", "NNP"),
        ("and", "and", "CCONJ", 2, "cc", "CC"),
        ("Eritrea", "Eritrea", "PROPN", 0, "conj", "NNP"),
        ("signed", "sign", "VERB", 3, "ROOT", "VBD"),
        ("an", "a", "DET", 5, "det", "DT"),
        ("accord", "accord", "NOUN", 3, "obj", "NN"),
        ("in", "in", "ADP", 7, "case", "IN"),
        ("Algeria", "Algeria", "PROPN", 3, "obl", "NNP"),
        (".", ".", "PUNCT", 3, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.source, event.target) == (("ETH", "ERI"), ())


def test_goods_sent_to_a_state_are_aid_but_not_an_act_on_their_own() -> None:
    sent = parse([
        ("Japan", "Japan", "PROPN", 1, "nsubj", "NNP"),
        ("sent", "send", "VERB", 1, "ROOT", "VBD"),
        ("500", "500", "NUM", 3, "nummod", "CD"),
        ("tons", "ton", "NOUN", 1, "obj", "NNS"),
        ("of", "of", "ADP", 5, "case", "IN"),
        ("rice", "rice", "NOUN", 3, "nmod", "NN"),
        ("to", "to", "ADP", 7, "case", "IN"),
        ("Korea", "Korea", "PROPN", 1, "obl", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = code(sent)
    assert (event.type, event.cameo, event.source) == ("AID", "073", ("JPN",))
    prices = parse([
        ("Food", "food", "NOUN", 1, "compound", "NN"),
        ("prices", "price", "NOUN", 2, "nsubj", "NNS"),
        ("rose", "rise", "VERB", 2, "ROOT", "VBD"),
        ("in", "in", "ADP", 4, "case", "IN"),
        ("Japan", "Japan", "PROPN", 2, "obl", "NNP"),
        (".", ".", "PUNCT", 2, "punct", "."),
    ])
    assert code(prices) == []


def test_what_is_handed_over_goes_to_whom_it_is_handed() -> None:
    doc = parse([
        ("Libya", "Libya", "PROPN", 1, "nsubj", "NNP"),
        ("handed", "hand", "VERB", 1, "ROOT", "VBD"),
        ("over", "over", "ADP", 1, "compound:prt", "RP"),
        ("two", "two", "NUM", 5, "nummod", "CD"),
        ("Palestinian", "Palestinian", "ADJ", 5, "amod", "JJ"),
        ("suspects", "suspect", "NOUN", 1, "obj", "NNS"),
        ("to", "to", "ADP", 7, "case", "IN"),
        ("Britain", "Britain", "PROPN", 1, "obl", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.type, event.source, event.target) == ("RETREAT", ("LBY",), ("GBR",))


def test_a_root_the_tagger_took_for_a_noun_is_a_verb_without_an_object_too() -> None:
    doc = parse([
        ("Israeli", "israeli", "ADJ", 1, "amod", "JJ"),
        ("troops", "troop", "NOUN", 2, "nsubj", "NNS"),
        ("shot", "shot", "NOUN", 2, "ROOT", "NN"),
        ("dead", "dead", "ADJ", 5, "amod", "JJ"),
        ("three", "three", "NUM", 5, "nummod", "CD"),
        ("Palestinians", "Palestinian", "PROPN", 2, "nmod", "NNPS"),
        (".", ".", "PUNCT", 2, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.type, event.cameo[:2], event.target) == ("ASSAULT", "19", ("PSE",))
    shots = parse([  # a noun root with a copula stays a noun
        ("Shots", "shot", "NOUN", 2, "nsubj", "NNS"),
        ("were", "be", "AUX", 2, "cop", "VBD"),
        ("shot", "shot", "NOUN", 2, "ROOT", "NN"),
        ("in", "in", "ADP", 4, "case", "IN"),
        ("Israel", "Israel", "PROPN", 2, "nmod", "NNP"),
        (".", ".", "PUNCT", 2, "punct", "."),
    ])
    assert code(shots) == []


def test_a_support_verb_promised_is_read_by_its_object() -> None:
    def promise(obj: str, lemma: str) -> list[tuple[str, str]]:
        doc = parse([
            ("Indonesia", "Indonesia", "PROPN", 1, "nsubj", "NNP"),
            ("promised", "promise", "VERB", 1, "ROOT", "VBD"),
            ("to", "to", "PART", 3, "mark", "TO"),
            ("hold", "hold", "VERB", 1, "xcomp", "VB"),
            ("a", "a", "DET", 5, "det", "DT"),
            (obj, lemma, "NOUN", 3, "obj", "NN"),
            ("with", "with", "ADP", 7, "case", "IN"),
            ("Portugal", "Portugal", "PROPN", 5, "nmod", "NNP"),
            (".", ".", "PUNCT", 1, "punct", "."),
        ])
        return [(e.type, e.cameo) for e in code(doc)]

    # "hold" alone confines (CAMEO 170); a referendum held confines no one
    assert promise("referendum", "referendum")[0] == ("AGREE", "030")
    assert promise("meeting", "meeting")[0] == ("AGREE", "030")


def test_a_phrasal_verb_filed_in_another_block_keeps_its_own_code() -> None:
    from greatgame.extract.verbs import default_lexicon

    lex = default_lexicon()
    assert lex.verb_code("gun", ["down", "a", "senator"]) == "193"  # filed under gunfire
    assert lex.verb_code("kick", ["out", "two", "journalists"]) == "174"  # deport, not 180
    assert lex.verb_code("turn", ["the", "offer", "down"]) == "120"  # ours: no entry
    assert lex.verb_code("pull", ["out", "of", "Lebanon"]) == "087"  # curated verb
    assert lex.verb_code("kick", ["the", "ball"]) == "180"
    assert lex.verb_code("gun", ["the", "engine"]) == ""  # no phrasal, no event
    # "shot and" (a block's entry) is an inflected form, not a verb of its own
    assert not lex.knows("shot") and lex.lemma_of("shot") == "shoot"


def test_the_subject_of_is_expected_to_does_the_act_it_is_expected_to_do() -> None:
    doc = parse([
        ("China", "China", "PROPN", 2, "nsubj:pass", "NNP"),
        ("is", "be", "AUX", 2, "aux:pass", "VBZ"),
        ("expected", "expect", "VERB", 2, "ROOT", "VBN"),
        ("to", "to", "PART", 4, "mark", "TO"),
        ("visit", "visit", "VERB", 2, "xcomp", "VB"),
        ("India", "India", "PROPN", 4, "obj", "NNP"),
        (".", ".", "PUNCT", 2, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.type, event.source, event.target) == ("CONSULT", ("CHN",), ("IND",))
    assert event.future and event.attributed_to is None


def test_what_x_is_believed_to_have_done_is_not_x_s_belief() -> None:
    doc = parse([
        ("Turkey", "Turkey", "PROPN", 2, "nsubj:pass", "NNP"),
        ("is", "be", "AUX", 2, "aux:pass", "VBZ"),
        ("believed", "believe", "VERB", 2, "ROOT", "VBN"),
        ("to", "to", "PART", 5, "mark", "TO"),
        ("have", "have", "AUX", 5, "aux", "VB"),
        ("attacked", "attack", "VERB", 2, "xcomp", "VBN"),
        ("Iraq", "Iraq", "PROPN", 5, "obj", "NNP"),
        (".", ".", "PUNCT", 2, "punct", "."),
    ])
    assert all(e.attributed_to != "TUR" for e in code(doc))


def test_x_quoted_as_saying_is_x_s_word() -> None:
    doc = parse([
        ("Iraq", "Iraq", "PROPN", 2, "nsubj:pass", "NNP"),
        ("was", "be", "AUX", 2, "aux:pass", "VBD"),
        ("quoted", "quote", "VERB", 2, "ROOT", "VBN"),
        ("as", "as", "SCONJ", 4, "mark", "IN"),
        ("saying", "say", "VERB", 2, "advcl", "VBG"),
        ("Iraq", "Iraq", "PROPN", 7, "nsubj", "NNP"),
        ("would", "would", "AUX", 7, "aux", "MD"),
        ("attack", "attack", "VERB", 4, "ccomp", "VB"),
        ("Kuwait", "Kuwait", "PROPN", 7, "obj", "NNP"),
        (".", ".", "PUNCT", 2, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.type, event.source, event.target, event.attributed_to) == \
        ("ASSAULT", ("IRQ",), ("KWT",), "IRQ")


def test_coordinated_passives_share_their_agent() -> None:
    doc = parse([
        ("Syrians", "Syrian", "PROPN", 2, "nsubj:pass", "NNPS"),
        ("were", "be", "AUX", 2, "aux:pass", "VBD"),
        ("attacked", "attack", "VERB", 2, "ROOT", "VBN"),
        ("and", "and", "CCONJ", 4, "cc", "CC"),
        ("killed", "kill", "VERB", 2, "conj", "VBN"),
        ("by", "by", "ADP", 6, "case", "IN"),
        ("Israel", "Israel", "PROPN", 4, "obl:agent", "NNP"),
        (".", ".", "PUNCT", 2, "punct", "."),
    ])
    assert [(doc.text[e.start:e.end], e.source) for e in code(doc)] == \
        [("attacked", ("ISR",)), ("killed", ("ISR",))]


def test_a_participle_describing_a_noun_is_no_act_but_a_missed_main_verb_is() -> None:
    described = parse([
        ("Mexico", "Mexico", "PROPN", 1, "nsubj", "NNP"),
        ("arrested", "arrest", "VERB", 1, "ROOT", "VBD"),
        ("a", "a", "DET", 5, "det", "DT"),
        ("suspected", "suspect", "VERB", 5, "amod", "VBN"),
        ("drug", "drug", "NOUN", 5, "compound", "NN"),
        ("smuggler", "smuggler", "NOUN", 1, "obj", "NN"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [e.cameo[:2] for e in code(described)] == ["17"]
    missed = parse([  # the tagger's "modifier" after the subject noun is the main verb
        ("Israeli", "israeli", "ADJ", 1, "amod", "JJ"),
        ("bulldozers", "bulldozer", "NOUN", 5, "nsubj", "NNS"),
        ("demolished", "demolish", "VERB", 4, "amod", "VBN"),
        ("Palestinian", "Palestinian", "ADJ", 4, "amod", "JJ"),
        ("homes", "home", "NOUN", 5, "obj", "NNS"),
        ("said", "say", "VERB", 5, "ROOT", "VBD"),
        (".", ".", "PUNCT", 5, "punct", "."),
    ])
    assert any(e.cameo.startswith("1") for e in code(missed))


def test_returning_something_hands_it_back_to_whom_the_to_phrase_names() -> None:
    returned = parse([
        ("Iraq", "Iraq", "PROPN", 1, "nsubj", "NNP"),
        ("returned", "return", "VERB", 1, "ROOT", "VBD"),
        ("300", "300", "NUM", 3, "nummod", "CD"),
        ("bodies", "body", "NOUN", 1, "obj", "NNS"),
        ("of", "of", "ADP", 5, "case", "IN"),
        ("soldiers", "soldier", "NOUN", 3, "nmod", "NNS"),
        ("to", "to", "ADP", 7, "case", "IN"),
        ("Iran", "Iran", "PROPN", 5, "nmod", "NNP"),  # hung on "soldiers" by the parse
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = code(returned)
    assert (event.type, event.cameo, event.source, event.target) == \
        ("RETREAT", "084", ("IRQ",), ("IRN",))
    went_home = parse([
        ("Karzai", "Karzai", "PROPN", 1, "nsubj", "NNP"),
        ("returned", "return", "VERB", 1, "ROOT", "VBD"),
        ("to", "to", "ADP", 3, "case", "IN"),
        ("Afghanistan", "Afghanistan", "PROPN", 1, "obl", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert code(went_home) == []


def test_another_verbs_pattern_matches_only_in_the_object_phrase() -> None:
    doc = parse([
        ("Israel", "Israel", "PROPN", 1, "nsubj", "NNP"),
        ("demolished", "demolish", "VERB", 1, "ROOT", "VBD"),
        ("the", "the", "DET", 3, "det", "DT"),
        ("homes", "home", "NOUN", 1, "obj", "NNS"),
        ("of", "of", "ADP", 7, "case", "IN"),
        ("two", "two", "NUM", 7, "nummod", "CD"),
        ("Palestinian", "Palestinian", "ADJ", 7, "amod", "JJ"),
        ("militants", "militant", "NOUN", 3, "nmod", "NNS"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    # "DISARM * MILITANT" (082) is no reading of demolishing the militants' homes
    [event] = code(doc)
    assert (event.type, event.cameo) == ("ASSAULT", "1712")


def test_a_quantity_in_the_object_phrase_lets_what_it_measures_count() -> None:
    from greatgame.extract.event_syntax import _object_phrase

    doc = parse([
        ("Japan", "Japan", "PROPN", 1, "nsubj", "NNP"),
        ("shipped", "ship", "VERB", 1, "ROOT", "VBD"),
        ("500", "500", "NUM", 3, "nummod", "CD"),
        ("tons", "ton", "NOUN", 1, "obj", "NNS"),
        ("of", "of", "ADP", 6, "case", "IN"),
        ("food", "food", "NOUN", 6, "compound", "NN"),
        ("aid", "aid", "NOUN", 3, "nmod", "NN"),
        ("to", "to", "ADP", 8, "case", "IN"),
        ("Korea", "Korea", "PROPN", 1, "obl", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [w for w, _ in _object_phrase(doc[1])] == ["500", "tons", "of", "food", "aid"]


def test_what_one_comes_under_is_done_to_one() -> None:
    def came_under(noun: str, lemma: str) -> list[tuple[str, tuple, tuple]]:
        doc = parse([
            ("Syria", "Syria", "PROPN", 1, "nsubj", "NNP"),
            ("came", "come", "VERB", 1, "ROOT", "VBD"),
            ("under", "under", "ADP", 3, "case", "IN"),
            (noun, lemma, "NOUN", 1, "obl", "NN"),
            ("from", "from", "ADP", 5, "case", "IN"),
            ("Israel", "Israel", "PROPN", 3, "nmod", "NNP"),
            (".", ".", "PUNCT", 1, "punct", "."),
        ])
        return [(e.type, e.source, e.target) for e in code(doc)]

    assert came_under("attack", "attack") == [("ASSAULT", ("ISR",), ("SYR",))]
    assert came_under("fire", "fire") == [("ASSAULT", ("ISR",), ("SYR",))]
    assert came_under("pressure", "pressure") == []  # and no meeting (come: 040) either


def test_goods_are_aid_only_when_handed_over() -> None:
    def goods(verb: str, lemma: str) -> list[str]:
        doc = parse([
            ("Iran", "Iran", "PROPN", 1, "nsubj", "NNP"),
            (verb, lemma, "VERB", 1, "ROOT", "VBD"),
            ("weapons", "weapon", "NOUN", 1, "obj", "NNS"),
            ("to", "to", "ADP", 4, "case", "IN"),
            ("Syria", "Syria", "PROPN", 1, "obl", "NNP"),
            (".", ".", "PUNCT", 1, "punct", "."),
        ])
        return [e.cameo for e in code(doc)]

    assert goods("sent", "send") == ["072"]
    assert goods("had", "have") == []  # "had weapons": nothing handed over


def test_belief_and_coming_are_no_acts_by_the_dictionarys_default() -> None:
    def said(verb: str, lemma: str) -> list[str]:
        doc = parse([
            ("Russia", "Russia", "PROPN", 1, "nsubj", "NNP"),
            (verb, lemma, "VERB", 1, "ROOT", "VBZ"),
            ("that", "that", "SCONJ", 4, "mark", "IN"),
            ("peace", "peace", "NOUN", 4, "nsubj", "NN"),
            ("matters", "matter", "VERB", 1, "ccomp", "VBZ"),
            ("to", "to", "ADP", 6, "case", "IN"),
            ("Ukraine", "Ukraine", "PROPN", 4, "obl", "NNP"),
            (".", ".", "PUNCT", 1, "punct", "."),
        ])
        return [e.type for e in code(doc)]

    assert said("thinks", "think") == []  # the dictionary's "consider" block: 040
    assert said("expects", "expect") == []  # "predict": 030
    assert said("comes", "come") == []  # "arrive": 040


def test_the_agent_the_parse_hung_on_a_resultative_is_the_doer() -> None:
    doc = parse([
        ("Palestinians", "Palestinian", "PROPN", 2, "nsubj:pass", "NNPS"),
        ("were", "be", "AUX", 2, "aux:pass", "VBD"),
        ("shot", "shoot", "VERB", 2, "ROOT", "VBN"),
        ("dead", "dead", "ADJ", 2, "xcomp", "JJ"),
        ("by", "by", "ADP", 5, "case", "IN"),
        ("Israel", "Israel", "PROPN", 3, "obl:agent", "NNP"),
        (".", ".", "PUNCT", 2, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.type, event.source, event.target) == ("ASSAULT", ("ISR",), ("PSE",))


def test_the_of_phrase_of_an_act_done_to_someone_names_whom() -> None:
    doc = parse([
        ("Iraq", "Iraq", "PROPN", 2, "nmod:poss", "NNP"),
        ("'s", "'s", "PART", 0, "case", "POS"),
        ("invasion", "invasion", "NOUN", 6, "nsubj:pass", "NN"),
        ("of", "of", "ADP", 4, "case", "IN"),
        ("Kuwait", "Kuwait", "PROPN", 2, "nmod", "NNP"),
        ("was", "be", "AUX", 6, "aux:pass", "VBD"),
        ("criticised", "criticise", "VERB", 6, "ROOT", "VBN"),
        (".", ".", "PUNCT", 6, "punct", "."),
    ])
    invasion = [e for e in code(doc) if e.type == "COERCE"]
    assert [(e.source, e.target) for e in invasion] == [(("IRQ",), ("KWT",))]


def test_a_fixed_phrase_in_the_object_lets_another_verbs_pattern_match() -> None:
    doc = parse([
        ("Albania", "Albania", "PROPN", 1, "nsubj", "NNP"),
        ("declared", "declare", "VERB", 1, "ROOT", "VBD"),
        ("a", "a", "DET", 3, "det", "DT"),
        ("state", "state", "NOUN", 1, "obj", "NN"),
        ("of", "of", "ADP", 5, "case", "IN"),
        ("emergency", "emergency", "NOUN", 3, "nmod", "NN"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    # "DECREE * STATE (OF) EMERGENCY" (1724) is written for another verb of the block
    assert [e.cameo for e in code(doc)] == ["1724"]


def test_the_strongest_preposition_names_the_target_wherever_it_hangs() -> None:
    doc = parse([
        ("Lebanon", "Lebanon", "PROPN", 1, "nsubj", "NNP"),
        ("lodged", "lodge", "VERB", 1, "ROOT", "VBD"),
        ("a", "a", "DET", 3, "det", "DT"),
        ("complaint", "complaint", "NOUN", 1, "obj", "NN"),
        ("with", "with", "ADP", 5, "case", "IN"),
        ("Egypt", "Egypt", "PROPN", 3, "nmod", "NNP"),
        ("against", "against", "ADP", 7, "case", "IN"),
        ("Israel", "Israel", "PROPN", 1, "obl", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.type, event.target) == ("ACCUSE", ("ISR",))


def test_those_expelled_from_a_state_are_expelled_by_it() -> None:
    doc = parse([
        ("Iran", "Iran", "PROPN", 2, "nsubj:pass", "NNP"),
        ("were", "be", "AUX", 2, "aux:pass", "VBD"),
        ("expelled", "expel", "VERB", 2, "ROOT", "VBN"),
        ("from", "from", "ADP", 4, "case", "IN"),
        ("Germany", "Germany", "PROPN", 2, "obl", "NNP"),
        (".", ".", "PUNCT", 2, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.type, event.source, event.target) == ("SANCTION", ("DEU",), ("IRN",))


def test_an_act_received_from_someone_goes_from_them_to_the_receiver() -> None:
    def received(verb: str, lemma: str, noun: str, noun_lemma: str) -> list[tuple]:
        doc = parse([
            ("Israel", "Israel", "PROPN", 2, "nmod:poss", "NNP"),
            ("'s", "'s", "PART", 0, "case", "POS"),
            ("plan", "plan", "NOUN", 3, "nsubj", "NN"),
            (verb, lemma, "VERB", 3, "ROOT", "VBD"),
            (noun, noun_lemma, "NOUN", 3, "obj", "NN"),
            ("from", "from", "ADP", 6, "case", "IN"),
            ("Egypt", "Egypt", "PROPN", 4, "nmod", "NNP"),
            (".", ".", "PUNCT", 3, "punct", "."),
        ])
        return [(e.type, e.source, e.target) for e in code(doc)]

    assert received("drew", "draw", "criticism", "criticism") == [
        ("ACCUSE", ("EGY",), ("ISR",))]
    assert received("received", "receive", "aid", "aid") == [("AID", ("EGY",), ("ISR",))]


def test_receiving_someone_hosts_a_visit_but_receiving_a_thing_is_no_act() -> None:
    def received(rows: list) -> list[tuple]:
        doc = parse([
            ("Cuba", "Cuba", "PROPN", 1, "nsubj", "NNP"),
            ("received", "receive", "VERB", 1, "ROOT", "VBD"),
            *rows,
            (".", ".", "PUNCT", 1, "punct", "."),
        ])
        return [(e.type, e.cameo, e.target) for e in code(doc)]

    delegation = [("a", "a", "DET", 3, "det", "DT"),
                  ("delegation", "delegation", "NOUN", 1, "obj", "NN"),
                  ("of", "of", "ADP", 6, "case", "IN"),
                  ("American", "American", "ADJ", 6, "amod", "JJ"),
                  ("businessmen", "businessman", "NOUN", 3, "nmod", "NNS")]
    letter = [("a", "a", "DET", 3, "det", "DT"),
              ("letter", "letter", "NOUN", 1, "obj", "NN"),
              ("from", "from", "ADP", 5, "case", "IN"),
              ("Spain", "Spain", "PROPN", 3, "nmod", "NNP")]
    assert [(t, c) for t, c, _ in received(delegation)] == [("CONSULT", "043")]
    assert received(letter) == []


def test_what_one_is_accused_of_is_no_act_stated_as_fact() -> None:
    doc = parse([
        ("Iraq", "Iraq", "PROPN", 1, "nsubj", "NNP"),
        ("accused", "accuse", "VERB", 1, "ROOT", "VBD"),
        ("Kuwait", "Kuwait", "PROPN", 1, "obj", "NNP"),
        ("of", "of", "SCONJ", 4, "mark", "IN"),
        ("attacking", "attack", "VERB", 1, "advcl", "VBG"),
        ("Iraq", "Iraq", "PROPN", 4, "obj", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [(e.type, e.source, e.target) for e in code(doc)] == [
        ("ACCUSE", ("IRQ",), ("KWT",))]


def test_a_particle_right_after_the_verb_binds_first() -> None:
    from greatgame.extract.verbs import default_lexicon

    lex = default_lexicon()
    words = [(w, w) for w in "up reservists for the war".split()]
    assert lex.verb_code("call", words) == "150"  # a call-up, not a call for war (138)
    assert lex.verb_code("call", [(w, w) for w in "for war".split()]) == "138"


def test_exercises_show_force_unless_held_together() -> None:
    def held(rows: list) -> list[tuple[str, str]]:
        doc = parse([*rows,
                     ("staged", "stage", "VERB", len(rows), "ROOT", "VBD"),
                     ("war", "war", "NOUN", len(rows) + 2, "compound", "NN"),
                     ("games", "game", "NOUN", len(rows), "obj", "NNS"),
                     (".", ".", "PUNCT", len(rows), "punct", ".")])
        return [(e.type, e.cameo) for e in code(doc)]

    assert held([("China", "China", "PROPN", 1, "nsubj", "NNP")]) == [("MOBILIZE", "150")]
    assert held([("China", "China", "PROPN", 3, "nsubj", "NNP"),
                 ("and", "and", "CCONJ", 2, "cc", "CC"),
                 ("Russia", "Russia", "PROPN", 0, "conj", "NNP")]) == [("COOPERATE", "062")]


def test_force_shown_near_a_state_is_aimed_at_it() -> None:
    doc = parse([
        ("China", "China", "PROPN", 1, "nsubj", "NNP"),
        ("staged", "stage", "VERB", 1, "ROOT", "VBD"),
        ("exercises", "exercise", "NOUN", 1, "obj", "NNS"),
        ("near", "near", "ADP", 4, "case", "IN"),
        ("Taiwan", "Taiwan", "PROPN", 1, "obl", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [(e.type, e.target) for e in code(doc)] == [("MOBILIZE", ("TWN",))]


def test_parties_hung_inside_an_of_phrase_still_act() -> None:
    def signed(article: bool) -> list[tuple]:
        rows = [
            ("The", "the", "DET", 1, "det", "DT"),
            ("government", "government", "NOUN", 6 + article, "nsubj", "NN"),
            ("of", "of", "ADP", 3, "case", "IN"),
            ("India", "India", "PROPN", 1, "nmod", "NNP"),
            ("and", "and", "CCONJ", 5 + article, "cc", "CC"),
        ]
        if article:
            rows.append(("the", "the", "DET", 6, "det", "DT"))
        rows += [
            ("Pakistan", "Pakistan", "PROPN", 3, "conj", "NNP"),
            ("agreed", "agree", "VERB", 6 + article, "ROOT", "VBD"),
            (".", ".", "PUNCT", 6 + article, "punct", "."),
        ]
        return [e.source for e in code(parse(rows))]

    assert signed(article=True) == [("IND", "PAK")]  # "... and the X": a party of its own
    assert signed(article=False) == [("IND",)]  # "the government of India and Pakistan"


def test_holding_and_going_are_acts_only_with_someone_held_or_gone_to() -> None:
    def said(rows: list) -> list[tuple[str, str]]:
        doc = parse([("Iran", "Iran", "PROPN", 1, "nsubj", "NNP"), *rows,
                     (".", ".", "PUNCT", 1, "punct", ".")])
        return [(e.type, e.cameo) for e in code(doc)]

    held = [("held", "hold", "VERB", 1, "ROOT", "VBD"),
            ("Robert", "Robert", "PROPN", 3, "compound", "NNP"),
            ("Mugabe", "Mugabe", "PROPN", 1, "obj", "NNP")]
    session = [("held", "hold", "VERB", 1, "ROOT", "VBD"),
               ("a", "a", "DET", 3, "det", "DT"), ("session", "session", "NOUN", 1, "obj", "NN")]
    went = [("went", "go", "VERB", 1, "ROOT", "VBD"), ("to", "to", "ADP", 3, "case", "IN"),
            ("Iraq", "Iraq", "PROPN", 1, "obl", "NNP")]
    missing = [("went", "go", "VERB", 1, "ROOT", "VBD"),
               ("missing", "missing", "ADJ", 1, "xcomp", "JJ")]
    assert said(held) == [("COERCE", "173")]
    assert said(session) == []  # the dictionary's "confine" (170) is not meant
    assert said(went) == [("CONSULT", "042")]
    assert said(missing) == []


def test_an_act_a_noun_names_is_aimed_at_the_state_of_the_city_it_happened_in() -> None:
    doc = parse([
        ("Hamas", "Hamas", "PROPN", 1, "nsubj", "NNP"),
        ("claimed", "claim", "VERB", 1, "ROOT", "VBD"),
        ("responsibility", "responsibility", "NOUN", 1, "obj", "NN"),
        ("for", "for", "ADP", 5, "case", "IN"),
        ("the", "the", "DET", 5, "det", "DT"),
        ("bombing", "bombing", "NOUN", 2, "nmod", "NN"),
        ("in", "in", "ADP", 7, "case", "IN"),
        ("Tel", "Tel", "PROPN", 5, "nmod", "NNP"),
        ("Aviv", "Aviv", "PROPN", 7, "flat", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [bombing] = [e for e in code(doc) if e.type == "ASSAULT"]
    assert (bombing.source, bombing.target) == (("HAMAS",), ("ISR",))


def test_a_participle_said_of_a_noun_is_done_to_it() -> None:
    doc = parse([
        ("Sudan", "Sudan", "PROPN", 4, "nsubj", "NNP"),
        ("backed", "back", "VERB", 0, "acl", "VBN"),
        ("by", "by", "ADP", 3, "case", "IN"),
        ("Chad", "Chad", "PROPN", 1, "obl:agent", "NNP"),
        ("attacked", "attack", "VERB", 4, "ROOT", "VBD"),
        ("Eritrea", "Eritrea", "PROPN", 4, "obj", "NNP"),
        (".", ".", "PUNCT", 4, "punct", "."),
    ])
    backed = [(e.type, e.source, e.target) for e in code(doc) if e.type == "SUPPORT"]
    assert backed == [("SUPPORT", ("TCD",), ("SDN",))]


def test_another_verbs_one_word_pattern_must_name_the_objects_head() -> None:
    from greatgame.extract.verbs import default_lexicon

    lex = default_lexicon()
    dispute = [("their", "their"), ("border", "border"), ("dispute", "dispute")]
    assert lex.verb_code("end", dispute, near=dispute, heads={"dispute"}) != "172"
    border = [("the", "the"), ("border", "border")]
    assert lex.verb_code("end", border, near=border, heads={"border"}) == "172"


def test_sacking_an_office_holder_is_no_act_of_force() -> None:
    def fired(obj: str, lemma: str) -> list[str]:
        doc = parse([
            ("Russia", "Russia", "PROPN", 1, "nsubj", "NNP"),
            ("fired", "fire", "VERB", 1, "ROOT", "VBD"),
            (obj, lemma, "NOUN", 1, "obj", "NNS"),
            ("at", "at", "ADP", 4, "case", "IN"),
            ("Chechnya", "Chechnya", "PROPN", 1, "obl", "NNP"),
            (".", ".", "PUNCT", 1, "punct", "."),
        ])
        return [e.type for e in code(doc)]

    assert fired("ministers", "minister") == []
    assert fired("rockets", "rocket") == ["ASSAULT"]


def test_both_objects_of_a_double_object_verb_are_its_object_phrase() -> None:
    doc = parse([
        ("Serbia", "Serbia", "PROPN", 1, "nsubj", "NNP"),
        ("gave", "give", "VERB", 1, "ROOT", "VBD"),
        ("the", "the", "DET", 3, "det", "DT"),
        ("rebels", "rebel", "NOUN", 1, "obj", "NNS"),  # the parse's second "obj"
        ("an", "a", "DET", 5, "det", "DT"),
        ("ultimatum", "ultimatum", "NOUN", 1, "obj", "NN"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [(e.type, e.cameo) for e in code(doc)] == [("THREATEN", "139")]


def test_a_future_or_hypothetical_governor_is_no_flag_of_its_own_act() -> None:
    from greatgame.extract.event_flags import is_future, is_hypothetical

    doc = parse([
        ("Russia", "Russia", "PROPN", 1, "nsubj", "NNP"),
        ("pledges", "pledge", "VERB", 1, "ROOT", "VBZ"),
        ("to", "to", "PART", 3, "mark", "TO"),
        ("send", "send", "VERB", 1, "xcomp", "VB"),
        ("aid", "aid", "NOUN", 3, "obj", "NN"),
    ])
    assert is_future(doc[3]) and not is_future(doc[1])  # the pledge is made now
    doc = parse([
        ("Iran", "Iran", "PROPN", 2, "nsubj", "NNP"),
        ("is", "be", "AUX", 2, "cop", "VBZ"),
        ("likely", "likely", "ADJ", 2, "ROOT", "JJ"),
        ("to", "to", "PART", 4, "mark", "TO"),
        ("retaliate", "retaliate", "VERB", 2, "xcomp", "VB"),
    ])
    assert is_hypothetical(doc[4]) and not is_hypothetical(doc[2])


def test_a_preposition_hung_on_the_word_before_its_noun_still_marks_it() -> None:
    # "to" hangs on "French" in the parse, not on "police": the recipient all the same
    doc = parse([
        ("Spain", "Spain", "PROPN", 1, "nsubj", "NNP"),
        ("handed", "hand", "VERB", 1, "ROOT", "VBD"),
        ("over", "over", "ADP", 1, "compound:prt", "RP"),
        ("suspects", "suspect", "NOUN", 1, "obj", "NNS"),
        ("to", "to", "ADP", 5, "case", "IN"),
        ("French", "French", "ADJ", 6, "amod", "JJ"),
        ("police", "police", "NOUN", 1, "obl", "NNS"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.cameo, event.source) == ("0841", ("ESP",))
    assert [t[:3] for t in event.target] == ["FRA"]


def test_the_object_the_parse_made_a_participle_clauses_subject_is_the_target() -> None:
    # "released 40 Kuwaiti prisoners held[ccomp] since the war": a reduced relative
    doc = parse([
        ("Iraq", "Iraq", "PROPN", 1, "nsubj", "NNP"),
        ("released", "release", "VERB", 1, "ROOT", "VBD"),
        ("Kuwaiti", "Kuwaiti", "ADJ", 3, "amod", "JJ"),
        ("prisoners", "prisoner", "NOUN", 4, "nsubj", "NNS"),
        ("held", "hold", "VERB", 1, "ccomp", "VBN"),
        ("since", "since", "ADP", 7, "case", "IN"),
        ("the", "the", "DET", 7, "det", "DT"),
        ("war", "war", "NOUN", 4, "obl", "NN"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.type, event.source, event.target) == ("RETREAT", ("IRQ",), ("KWT",))
    # a verb that takes a clause keeps it: "Iraq said prisoners withdrew" targets no one
    said = parse([
        ("Iraq", "Iraq", "PROPN", 1, "nsubj", "NNP"),
        ("said", "say", "VERB", 1, "ROOT", "VBD"),
        ("Kuwaiti", "Kuwaiti", "ADJ", 3, "amod", "JJ"),
        ("troops", "troop", "NOUN", 4, "nsubj", "NNS"),
        ("withdrew", "withdraw", "VERB", 1, "ccomp", "VBD"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    from greatgame.extract.event_syntax import _participle_object

    assert _participle_object(said[1]) is None


def test_another_verbs_object_pattern_needs_an_object() -> None:
    # "MARCH * TROOPS" (152) sits in the block of "demonstrate": students who demonstrate
    # against the presence of troops protest (141), they march no troops
    doc = parse([
        ("Israelis", "Israeli", "PROPN", 1, "nsubj", "NNPS"),
        ("demonstrated", "demonstrate", "VERB", 1, "ROOT", "VBD"),
        ("against", "against", "ADP", 4, "case", "IN"),
        ("the", "the", "DET", 4, "det", "DT"),
        ("presence", "presence", "NOUN", 1, "obl", "NN"),
        ("of", "of", "ADP", 7, "case", "IN"),
        ("U.S.", "U.S.", "PROPN", 7, "compound", "NNP"),
        ("troops", "troop", "NOUN", 4, "nmod", "NNS"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [(e.type, e.cameo) for e in code(doc)] == [("PROTEST", "141")]


def test_seizing_property_is_confiscation_and_ground_occupation() -> None:
    def seized(noun: str, lemma: str) -> list[str]:
        return [e.cameo for e in code(parse([
            ("Iran", "Iran", "PROPN", 1, "nsubj", "NNP"),
            ("seized", "seize", "VERB", 1, "ROOT", "VBD"),
            ("a", "a", "DET", 4, "det", "DT"),
            ("British", "British", "ADJ", 4, "amod", "JJ"),
            (noun, lemma, "NOUN", 1, "obj", "NN"),
            (".", ".", "PUNCT", 1, "punct", "."),
        ]))]

    assert seized("tanker", "tanker") == ["1711"]
    assert seized("town", "town") == ["192"]


def test_warships_sent_to_a_sea_show_force_and_to_an_ally_help_it() -> None:
    def sent(place: str) -> list[tuple[str, str]]:
        return [(e.type, e.cameo) for e in code(parse([
            ("America", "America", "PROPN", 1, "nsubj", "NNP"),
            ("sent", "send", "VERB", 1, "ROOT", "VBD"),
            ("an", "a", "DET", 4, "det", "DT"),
            ("aircraft", "aircraft", "NOUN", 4, "compound", "NN"),
            ("carrier", "carrier", "NOUN", 1, "obj", "NN"),
            ("to", "to", "ADP", 6, "case", "IN"),
            (place, place, "PROPN", 1, "obl", "NNP"),
            (".", ".", "PUNCT", 1, "punct", "."),
        ]))]

    assert sent("Gulf") == [("MOBILIZE", "154")]
    assert sent("Israel") != [("MOBILIZE", "154")]


def test_a_protest_addressed_to_a_state_is_a_complaint() -> None:
    def protested(prep: str, name: str) -> list[tuple[str, str, tuple[str, ...]]]:
        return [(e.type, e.cameo, e.target) for e in code(parse([
            ("China", "China", "PROPN", 1, "nsubj", "NNP"),
            ("protested", "protest", "VERB", 1, "ROOT", "VBD"),
            (prep, prep, "ADP", 3, "case", "IN"),
            (name, name, "PROPN", 1, "obl", "NNP"),
            (".", ".", "PUNCT", 1, "punct", "."),
        ]))]

    assert protested("to", "Japan") == [("ACCUSE", "111", ("JPN",))]
    assert protested("in", "Beijing")[0][:2] == ("PROTEST", "141")  # demonstrated there


def test_only_a_quantity_hands_its_of_phrase_the_event() -> None:
    # "signed a declaration of reconciliation" signs (057); "sent tons of food" gives aid
    doc = parse([
        ("Germany", "Germany", "PROPN", 1, "nsubj", "NNP"),
        ("signed", "sign", "VERB", 1, "ROOT", "VBD"),
        ("a", "a", "DET", 3, "det", "DT"),
        ("declaration", "declaration", "NOUN", 1, "obj", "NN"),
        ("of", "of", "ADP", 5, "case", "IN"),
        ("reconciliation", "reconciliation", "NOUN", 3, "nmod", "NN"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [e.cameo for e in code(doc)] == ["057"]


def test_the_withdrawal_of_ones_own_troops_is_aimed_at_the_place_left() -> None:
    doc = parse([
        ("Russia", "Russia", "PROPN", 1, "nsubj", "NNP"),
        ("completed", "complete", "VERB", 1, "ROOT", "VBD"),
        ("the", "the", "DET", 3, "det", "DT"),
        ("withdrawal", "withdrawal", "NOUN", 1, "obj", "NN"),
        ("of", "of", "ADP", 6, "case", "IN"),
        ("its", "its", "PRON", 6, "nmod:poss", "PRP$"),
        ("troops", "troop", "NOUN", 3, "nmod", "NNS"),
        ("from", "from", "ADP", 8, "case", "IN"),
        ("Lithuania", "Lithuania", "PROPN", 6, "nmod", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.type, event.source, event.target) == ("RETREAT", ("RUS",), ("LTU",))


def test_a_second_subject_naming_the_last_item_of_a_list_keeps_the_list() -> None:
    # "Major[nsubj] and his Irish counterpart Reynolds[nsubj] met": both met
    doc = parse([
        ("Major", "Major", "PROPN", 5, "nsubj", "NNP"),
        ("and", "and", "CCONJ", 3, "cc", "CC"),
        ("Irish", "Irish", "ADJ", 3, "amod", "JJ"),
        ("counterpart", "counterpart", "NOUN", 0, "conj", "NN"),
        ("Reynolds", "Reynolds", "PROPN", 5, "nsubj", "NNP"),
        ("met", "meet", "VERB", 5, "ROOT", "VBD"),
        (".", ".", "PUNCT", 5, "punct", "."),
    ])
    from greatgame.extract.event_syntax import _subject

    assert _subject(doc[5]).text == "Major"


def test_the_words_of_a_patterns_prepositional_phrase_follow_their_preposition() -> None:
    lex_words = ["troops", "out", "of", "beirut", "under", "an", "agreement", "with", "the",
                 "lebanese", "government"]
    from greatgame.extract.verbs import Pattern, _in_order

    pattern = Pattern((frozenset({"out"}), frozenset({"of"}), frozenset({"government"})), (),
                      "161", "pull", (None, None, 3))
    words = [frozenset({w}) for w in lex_words]
    assert not _in_order(pattern.slots, words, pattern.gaps)
    near = [frozenset({w}) for w in ["out", "of", "the", "coalition", "government"]]
    assert _in_order(pattern.slots, near, pattern.gaps)
    assert _in_order(pattern.slots, words)  # without gaps, anywhere after


def test_saying_someone_was_behind_an_attack_accuses_them() -> None:
    def said(predicate: list) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
        return [(e.type, e.cameo, e.source, e.target) for e in code(parse([
            ("Israel", "Israel", "PROPN", 1, "nsubj", "NNP"),
            ("said", "say", "VERB", 1, "ROOT", "VBD"),
            ("Iran", "Iran", "PROPN", 5, "nsubj", "NNP"),
            *predicate,
        ])) if e.type == "ACCUSE"]

    behind = [("was", "be", "AUX", 5, "cop", "VBD"), ("behind", "behind", "ADP", 5, "case", "IN"),
              ("attacks", "attack", "NOUN", 1, "ccomp", "NNS")]
    assert said(behind) == [("ACCUSE", "112", ("ISR",), ("IRN",))]
    denied = [("was", "be", "AUX", 6, "cop", "VBD"), ("not", "not", "PART", 6, "advmod", "RB"),
              ("behind", "behind", "ADP", 6, "case", "IN"),
              ("attacks", "attack", "NOUN", 1, "ccomp", "NNS")]
    assert said(denied) == []


def test_a_preposition_the_parse_labelled_a_marker_still_marks_its_noun() -> None:
    # "flew to[mark] Beijing": going to a state visits it (042)
    doc = parse([
        ("Albright", "Albright", "PROPN", 1, "nsubj", "NNP"),
        ("flew", "fly", "VERB", 1, "ROOT", "VBD"),
        ("to", "to", "ADP", 3, "mark", "IN"),
        ("Beijing", "Beijing", "PROPN", 1, "obl", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [(e.type, e.cameo, e.target) for e in code(doc)] == [("CONSULT", "042", ("CHN",))]


def test_an_act_a_verb_the_dictionary_lacks_is_done_in_is_done_by_its_subject() -> None:
    doc = parse([
        ("Taliban", "Taliban", "PROPN", 1, "nsubj", "NNP"),
        ("slit", "slit", "VERB", 1, "ROOT", "VBD"),
        ("throats", "throat", "NOUN", 1, "obj", "NNS"),
        ("in", "in", "ADP", 5, "case", "IN"),
        ("a", "a", "DET", 5, "det", "DT"),
        ("raid", "raid", "NOUN", 1, "obl", "NN"),
        ("on", "on", "ADP", 7, "case", "IN"),
        ("Kabul", "Kabul", "PROPN", 5, "nmod", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.type, event.source, event.target) == ("ASSAULT", ("TALIBAN",), ("AFG",))


def test_on_names_a_topic_unless_the_act_or_its_measure_is_done_to_someone() -> None:
    def agreed(noun: str, lemma: str, verb: str = "reached") -> list[tuple[str, ...]]:
        return [e.target for e in code(parse([
            ("Japan", "Japan", "PROPN", 3, "nsubj", "NNP"),
            ("and", "and", "CCONJ", 2, "cc", "CC"),
            ("Korea", "Korea", "PROPN", 0, "conj", "NNP"),
            (verb, {"reached": "reach", "lifted": "lift"}[verb], "VERB", 3, "ROOT", "VBD"),
            ("a", "a", "DET", 5, "det", "DT"),
            (noun, lemma, "NOUN", 3, "obj", "NN"),
            ("on", "on", "ADP", 7, "case", "IN"),
            ("Chinese", "Chinese", "ADJ", 8, "amod", "JJ"),
            ("imports", "import", "NOUN", 5, "nmod", "NNS"),
            (".", ".", "PUNCT", 3, "punct", "."),
        ]))]

    assert agreed("agreement", "agreement") == [()]  # agreed on a topic, with no one
    assert agreed("blockade", "blockade", "lifted") == [("CHN",)]  # lifted what hit China


def test_flying_goods_to_a_state_is_no_visit() -> None:
    def flew(*obj: tuple) -> list[str]:
        rows = [("Britain", "Britain", "PROPN", 1, "nsubj", "NNP"),
                ("flew", "fly", "VERB", 1, "ROOT", "VBD"), *obj,
                ("to", "to", "ADP", 3 + len(obj), "case", "IN"),
                ("Mozambique", "Mozambique", "PROPN", 1, "obl", "NNP"),
                (".", ".", "PUNCT", 1, "punct", ".")]
        return [e.cameo for e in code(parse(rows))]

    assert flew() == ["042"]
    assert "042" not in flew(("helicopters", "helicopter", "NOUN", 1, "obj", "NNS"))


def test_a_sum_given_in_aid_is_aid() -> None:
    doc = parse([
        ("Sweden", "Sweden", "PROPN", 1, "nsubj", "NNP"),
        ("granted", "grant", "VERB", 1, "ROOT", "VBD"),
        ("50", "50", "NUM", 3, "nummod", "CD"),
        ("crowns", "crown", "NOUN", 1, "obj", "NNS"),
        ("in", "in", "ADP", 5, "case", "IN"),
        ("aid", "aid", "NOUN", 3, "nmod", "NN"),
        ("to", "to", "ADP", 7, "case", "IN"),
        ("Ethiopia", "Ethiopia", "PROPN", 5, "nmod", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [(e.type, e.target) for e in code(doc)] == [("AID", ("ETH",))]


def test_a_show_of_force_answers_whoever_provoked_it() -> None:
    doc = parse([
        ("Greece", "Greece", "PROPN", 1, "nsubj", "NNP"),
        ("mobilized", "mobilize", "VERB", 1, "ROOT", "VBD"),
        ("troops", "troop", "NOUN", 1, "obj", "NNS"),
        ("after", "after", "SCONJ", 5, "mark", "IN"),
        ("Turkey", "Turkey", "PROPN", 5, "nsubj", "NNP"),
        ("entered", "enter", "VERB", 1, "advcl", "VBD"),
        ("waters", "water", "NOUN", 5, "obj", "NNS"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = [e for e in code(doc) if e.type == "MOBILIZE"]
    assert (event.source, event.target) == (("GRC",), ("TUR",))


def test_a_warning_of_what_one_would_do_if_is_aimed_at_whoever_must_meet_the_condition() -> None:
    doc = parse([
        ("Iran", "Iran", "PROPN", 1, "nsubj", "NNP"),
        ("warned", "warn", "VERB", 1, "ROOT", "VBD"),
        ("that", "that", "SCONJ", 5, "mark", "IN"),
        ("it", "it", "PRON", 5, "nsubj", "PRP"),
        ("would", "would", "AUX", 5, "aux", "MD"),
        ("retaliate", "retaliate", "VERB", 1, "ccomp", "VB"),
        ("if", "if", "SCONJ", 8, "mark", "IN"),
        ("America", "America", "PROPN", 8, "nsubj", "NNP"),
        ("attacked", "attack", "VERB", 5, "advcl", "VBD"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [warning] = [e for e in code(doc) if e.type == "THREATEN" and e.source == ("IRN",)]
    assert warning.target == ("USA",)


def test_calling_a_strike_is_the_strike_and_calling_an_attack_a_crime_is_not() -> None:
    def called(rows: list) -> list[tuple[str, str]]:
        return [(e.type, e.cameo) for e in code(parse([
            ("Israelis", "Israeli", "PROPN", 1, "nsubj", "NNPS"),
            ("called", "call", "VERB", 1, "ROOT", "VBD"), *rows,
            (".", ".", "PUNCT", 1, "punct", "."),
        ]))]

    assert called([("a", "a", "DET", 4, "det", "DT"),
                   ("general", "general", "ADJ", 4, "amod", "JJ"),
                   ("strike", "strike", "NOUN", 1, "obj", "NN")]) == [("PROTEST", "143")]
    assert not any(t == "ASSAULT" for t, _ in called([
        ("the", "the", "DET", 3, "det", "DT"), ("attack", "attack", "NOUN", 1, "obj", "NN"),
        ("a", "a", "DET", 5, "det", "DT"), ("crime", "crime", "NOUN", 1, "xcomp", "NN")]))


def test_defying_a_deadline_is_a_refusal_and_vowing_revenge_a_threat() -> None:
    doc = parse([
        ("Iran", "Iran", "PROPN", 1, "nsubj", "NNP"),
        ("ignored", "ignore", "VERB", 1, "ROOT", "VBD"),
        ("a", "a", "DET", 3, "det", "DT"),
        ("deadline", "deadline", "NOUN", 1, "obj", "NN"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [(e.type, e.cameo) for e in code(doc)] == [("REJECT", "120")]
    vow = parse([
        ("Hamas", "Hamas", "PROPN", 1, "nsubj", "NNP"),
        ("vowed", "vow", "VERB", 1, "ROOT", "VBD"),
        ("to", "to", "PART", 3, "mark", "TO"),
        ("avenge", "avenge", "VERB", 1, "xcomp", "VB"),
        ("the", "the", "DET", 5, "det", "DT"),
        ("killing", "killing", "NOUN", 3, "obj", "NN"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert ("THREATEN", "138") in [(e.type, e.cameo) for e in code(vow)]


def test_troops_leaving_a_country_withdraw_from_it() -> None:
    def left(subject: str, lemma: str) -> list[tuple[str, str]]:
        return [(e.type, e.cameo) for e in code(parse([
            ("American", "American", "ADJ", 1, "amod", "JJ"),
            (subject, lemma, "NOUN", 2, "nsubj", "NNS"),
            ("left", "leave", "VERB", 2, "ROOT", "VBD"),
            ("Somalia", "Somalia", "PROPN", 2, "obj", "NNP"),
            (".", ".", "PUNCT", 2, "punct", "."),
        ]))]

    assert left("troops", "troop") == [("RETREAT", "087")]
    assert ("RETREAT", "087") not in left("tourists", "tourist")


def test_seizing_people_is_detaining_them() -> None:
    doc = parse([
        ("Iran", "Iran", "PROPN", 1, "nsubj", "NNP"),
        ("seized", "seize", "VERB", 1, "ROOT", "VBD"),
        ("British", "British", "ADJ", 3, "amod", "JJ"),
        ("sailors", "sailor", "NOUN", 1, "obj", "NNS"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [(e.type, e.cameo) for e in code(doc)] == [("COERCE", "173")]


def test_a_protest_lodged_with_a_state_is_a_complaint_and_a_lawsuit_an_accusation() -> None:
    doc = parse([
        ("Japan", "Japan", "PROPN", 1, "nsubj", "NNP"),
        ("lodged", "lodge", "VERB", 1, "ROOT", "VBD"),
        ("a", "a", "DET", 3, "det", "DT"),
        ("protest", "protest", "NOUN", 1, "obj", "NN"),
        ("with", "with", "ADP", 5, "case", "IN"),
        ("China", "China", "PROPN", 1, "obl", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [(e.type, e.cameo, e.target) for e in code(doc)] == [("ACCUSE", "111", ("CHN",))]
    sued = parse([
        ("Mexico", "Mexico", "PROPN", 1, "nsubj", "NNP"),
        ("sued", "sue", "VERB", 1, "ROOT", "VBD"),
        ("America", "America", "PROPN", 1, "obj", "NNP"),
        ("in", "in", "ADP", 5, "case", "IN"),
        ("the", "the", "DET", 5, "det", "DT"),
        ("court", "court", "NOUN", 1, "obl", "NN"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [(e.type, e.cameo) for e in code(sued)] == [("ACCUSE", "115")]  # not an arrest


def test_questioning_a_person_investigates_him() -> None:
    doc = parse([
        ("Italy", "Italy", "PROPN", 1, "nsubj", "NNP"),
        ("questioned", "question", "VERB", 1, "ROOT", "VBD"),
        ("Saddam", "Saddam", "PROPN", 1, "obj", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [(e.type, e.cameo) for e in code(doc)] == [("ACCUSE", "090")]


def test_hosting_talks_between_others_consults_them() -> None:
    doc = parse([
        ("Norway", "Norway", "PROPN", 1, "nsubj", "NNP"),
        ("hosted", "host", "VERB", 1, "ROOT", "VBD"),
        ("talks", "talk", "NOUN", 1, "obj", "NNS"),
        ("between", "between", "ADP", 4, "case", "IN"),
        ("Israel", "Israel", "PROPN", 2, "nmod", "NNP"),
        ("and", "and", "CCONJ", 6, "cc", "CC"),
        ("Syria", "Syria", "PROPN", 4, "conj", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.type, event.source, set(event.target)) == ("CONSULT", ("NOR",), {"ISR", "SYR"})


def test_an_event_noun_object_outweighs_a_pattern_word_deeper_in_its_phrase() -> None:
    # "OPEN * EMBASSY" (054) is no reading of opening an investigation into an embassy bombing
    doc = parse([
        ("Denmark", "Denmark", "PROPN", 1, "nsubj", "NNP"),
        ("opened", "open", "VERB", 1, "ROOT", "VBD"),
        ("an", "a", "DET", 3, "det", "DT"),
        ("investigation", "investigation", "NOUN", 1, "obj", "NN"),
        ("into", "into", "ADP", 6, "case", "IN"),
        ("the", "the", "DET", 6, "det", "DT"),
        ("bombing", "bombing", "NOUN", 3, "nmod", "NN"),
        ("of", "of", "ADP", 10, "case", "IN"),
        ("the", "the", "DET", 10, "det", "DT"),
        ("Israeli", "Israeli", "ADJ", 10, "amod", "JJ"),
        ("embassy", "embassy", "NOUN", 6, "nmod", "NN"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [(e.type, e.cameo) for e in code(doc)][:1] == [("ACCUSE", "090")]


def test_a_march_is_aimed_at_whom_the_protest_it_is_held_for_is_against() -> None:
    doc = parse([
        ("Palestinians", "Palestinian", "PROPN", 1, "nsubj", "NNPS"),
        ("marched", "march", "VERB", 1, "ROOT", "VBD"),
        ("in", "in", "ADP", 3, "case", "IN"),
        ("Gaza", "Gaza", "PROPN", 1, "obl", "NNP"),
        ("to", "to", "PART", 5, "mark", "TO"),
        ("protest", "protest", "VERB", 1, "advcl", "VB"),
        ("against", "against", "ADP", 7, "case", "IN"),
        ("Israel", "Israel", "PROPN", 5, "obl", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    marches = [e for e in code(doc) if e.start == doc[1].idx]
    assert [(e.type, e.target) for e in marches] == [("PROTEST", ("ISR",))]


def test_wanting_another_to_act_is_a_demand_on_it() -> None:
    doc = parse([
        ("America", "America", "PROPN", 1, "nsubj", "NNP"),
        ("wants", "want", "VERB", 1, "ROOT", "VBZ"),
        ("Iran", "Iran", "PROPN", 1, "obj", "NNP"),
        ("to", "to", "PART", 4, "mark", "TO"),
        ("withdraw", "withdraw", "VERB", 1, "xcomp", "VB"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert ("REQUEST", "100", ("USA",), ("IRN",)) in [
        (e.type, e.cameo, e.source, e.target) for e in code(doc)]


def test_the_passive_of_a_governor_is_not_the_passive_of_its_infinitive() -> None:
    # "it was prepared[passive] to resume cooperation with Israel": it resumes
    doc = parse([
        ("Jordan", "Jordan", "PROPN", 2, "nsubj:pass", "NNP"),
        ("was", "be", "AUX", 2, "aux:pass", "VBD"),
        ("prepared", "prepare", "ADJ", 2, "ROOT", "JJ"),
        ("to", "to", "PART", 4, "mark", "TO"),
        ("resume", "resume", "VERB", 2, "advcl", "VB"),
        ("talks", "talk", "NOUN", 4, "obj", "NNS"),
        ("with", "with", "ADP", 7, "case", "IN"),
        ("Israel", "Israel", "PROPN", 5, "nmod", "NNP"),
        (".", ".", "PUNCT", 2, "punct", "."),
    ])
    resumed = [e for e in code(doc) if e.start == doc[4].idx]
    assert resumed and resumed[0].source == ("JOR",) and resumed[0].target == ("ISR",)


def test_a_verb_read_as_a_noun_with_subject_and_object_is_found_by_its_stem() -> None:
    doc = parse([
        ("Russia", "Russia", "PROPN", 1, "nsubj", "NNP"),
        ("vetoed", "vetoed", "NOUN", 1, "ROOT", "NN"),
        ("the", "the", "DET", 3, "det", "DT"),
        ("resolution", "resolution", "NOUN", 1, "obj", "NN"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [(e.type, e.cameo) for e in code(doc)] == [("REJECT", "129")]


def test_the_owner_of_an_attitude_a_support_verb_expresses_is_its_holder() -> None:
    doc = parse([
        ("Chirac", "Chirac", "PROPN", 1, "nsubj", "NNP"),
        ("expressed", "express", "VERB", 1, "ROOT", "VBD"),
        ("France", "France", "PROPN", 4, "nmod:poss", "NNP"),
        ("'s", "'s", "PART", 2, "case", "POS"),
        ("solidarity", "solidarity", "NOUN", 1, "obj", "NN"),
        ("with", "with", "ADP", 6, "case", "IN"),
        ("Lebanon", "Lebanon", "PROPN", 4, "nmod", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [e.target for e in code(doc)] == [("LBN",)]


def test_laying_down_arms_demobilises_and_closing_a_newspaper_restricts_freedom() -> None:
    def acted(verb: str, lemma: str, noun: str, noun_lemma: str) -> list[tuple[str, str]]:
        return [(e.type, e.cameo) for e in code(parse([
            ("Iran", "Iran", "PROPN", 1, "nsubj", "NNP"),
            (verb, lemma, "VERB", 1, "ROOT", "VBD"),
            ("down", "down", "ADP", 1, "compound:prt", "RP"),
            (noun, noun_lemma, "NOUN", 1, "obj", "NNS"),
            (".", ".", "PUNCT", 1, "punct", "."),
        ]))]

    assert acted("laid", "lay", "arms", "arm") == [("RETREAT", "0873")]
    assert acted("closed", "close", "newspapers", "newspaper") == [("COERCE", "1721")]


def test_goods_rushed_to_a_state_are_aid_and_supplies_cut_off_a_sanction() -> None:
    def acted(verb: str, lemma: str, noun: str, noun_lemma: str) -> list[tuple[str, str]]:
        return [(e.type, e.cameo) for e in code(parse([
            ("America", "America", "PROPN", 1, "nsubj", "NNP"),
            (verb, lemma, "VERB", 1, "ROOT", "VBD"),
            (noun, noun_lemma, "NOUN", 1, "obj", "NNS"),
            ("to", "to", "ADP", 4, "case", "IN"),
            ("Israel", "Israel", "PROPN", 1, "obl", "NNP"),
            (".", ".", "PUNCT", 1, "punct", "."),
        ]))]

    assert acted("rushed", "rush", "batteries", "battery") == [("AID", "072")]
    assert acted("cut", "cut", "supplies", "supply") == [("SANCTION", "162")]


def test_a_list_opening_the_sentence_whose_and_hangs_on_the_last_item_is_one_source() -> None:
    doc = parse([
        ("Japan", "Japan", "PROPN", 5, "nsubj", "NNP"),
        ("and", "and", "CCONJ", 4, "cc", "CC"),
        ("the", "the", "DET", 4, "det", "DT"),
        ("United", "United", "PROPN", 4, "compound", "NNP"),
        ("States", "States", "PROPN", 5, "nsubj", "NNP"),
        ("agreed", "agree", "VERB", 5, "ROOT", "VBD"),
        (".", ".", "PUNCT", 5, "punct", "."),
    ])
    [event] = code(doc)
    assert set(event.source) == {"JPN", "USA"}


def test_blocking_a_proposal_rejects_it_and_tariffs_are_sanctions() -> None:
    def acted(verb: str, lemma: str, noun: str, noun_lemma: str) -> list[tuple[str, str]]:
        return [(e.type, e.cameo) for e in code(parse([
            ("France", "France", "PROPN", 1, "nsubj", "NNP"),
            (verb, lemma, "VERB", 1, "ROOT", "VBD"),
            ("a", "a", "DET", 3, "det", "DT"),
            (noun, noun_lemma, "NOUN", 1, "obj", "NN"),
            ("on", "on", "ADP", 5, "case", "IN"),
            ("Japan", "Japan", "PROPN", 3, "nmod", "NNP"),
            (".", ".", "PUNCT", 1, "punct", "."),
        ]))]

    assert acted("blocked", "block", "proposal", "proposal") == [("REJECT", "120")]
    assert acted("imposed", "impose", "tariff", "tariff") == [("COERCE", "163")]
