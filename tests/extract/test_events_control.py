"""Who acts in a controlled infinitive and in paired coordination, on hand-built parses:
"X was able to / failed to uproot Y" (subject control), "neither A of B nor C" (the
second conjunct hung inside the first one's phrase), and curated verbs that the list of
dictionary defaults to skip must not silence."""

from __future__ import annotations

from greatgame.extract.event_syntax import _conjuncts, _subject

from .hand_parse import code, parse

NEITHER_NOR = [
    ("Neither", "neither", "CCONJ", 3, "advmod", "CC"),
    ("the", "the", "DET", 3, "det", "DT"),
    ("legitimate", "legitimate", "ADJ", 3, "amod", "JJ"),
    ("government", "government", "NOUN", 9, "nsubj", "NN"),
    ("of", "of", "ADP", 5, "case", "IN"),
    ("Afghanistan", "Afghanistan", "PROPN", 3, "nmod", "NNP"),
    ("nor", "nor", "CCONJ", 7, "cc", "CC"),
    ("Washington", "Washington", "PROPN", 5, "conj", "NNP"),
    ("was", "be", "AUX", 9, "cop", "VBD"),
    ("able", "able", "ADJ", 9, "ROOT", "JJ"),
    ("to", "to", "PART", 11, "mark", "TO"),
    ("uproot", "uproot", "VERB", 9, "xcomp", "VB"),
    ("Taliban", "Taliban", "PROPN", 11, "obj", "NNP"),
    (".", ".", "PUNCT", 9, "punct", "."),
]


def test_neither_a_nor_b_coordinates_b_with_the_whole_first_phrase() -> None:
    doc = parse(NEITHER_NOR)
    assert [t.text for t in _conjuncts(doc[3])] == ["government", "Washington"]


def test_a_nor_conjunct_without_neither_stays_inside_its_phrase() -> None:
    rows = [("The", "the", "DET", 3, "det", "DT"), *NEITHER_NOR[1:]]
    doc = parse(rows)
    assert [t.text for t in _conjuncts(doc[3])] == ["government"]


def test_neither_nor_subjects_act_together_and_the_act_is_denied() -> None:
    [event] = code(parse(NEITHER_NOR))
    assert (event.type, event.cameo) == ("ASSAULT", "190")
    assert event.source == ("AFG", "USA") and event.target == ("TALIBAN",)
    assert event.negated


def test_the_subject_of_able_is_the_subject_of_its_infinitive_parsed_as_adverbial() -> None:
    doc = parse([
        ("Kabul", "Kabul", "PROPN", 2, "nsubj", "NNP"),
        ("was", "be", "AUX", 2, "cop", "VBD"),
        ("unable", "unable", "ADJ", 2, "ROOT", "JJ"),
        ("to", "to", "PART", 4, "mark", "TO"),
        ("uproot", "uproot", "VERB", 2, "advcl", "VB"),
        ("Taliban", "Taliban", "PROPN", 4, "obj", "NNP"),
        (".", ".", "PUNCT", 2, "punct", "."),
    ])
    assert _subject(doc[4]) == doc[0]
    [event] = code(doc)
    assert (event.source, event.target) == (("AFG",), ("TALIBAN",))


def test_failed_to_passes_its_subject_down_and_denies_the_act() -> None:
    doc = parse([
        ("Washington", "Washington", "PROPN", 1, "nsubj", "NNP"),
        ("failed", "fail", "VERB", 1, "ROOT", "VBD"),
        ("to", "to", "PART", 3, "mark", "TO"),
        ("uproot", "uproot", "VERB", 1, "xcomp", "VB"),
        ("Taliban", "Taliban", "PROPN", 3, "obj", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    [event] = code(doc)
    assert (event.source, event.target, event.negated) == (("USA",), ("TALIBAN",), True)


def test_a_purpose_infinitive_is_done_by_the_subject_of_its_clause() -> None:
    doc = parse([
        ("Taliban", "Taliban", "PROPN", 1, "nsubj", "NNP"),
        ("took", "take", "VERB", 1, "ROOT", "VBD"),
        ("advantage", "advantage", "NOUN", 1, "obj", "NN"),
        ("of", "of", "ADP", 4, "case", "IN"),
        ("Afghanistan", "Afghanistan", "PROPN", 1, "obl", "NNP"),
        ("to", "to", "PART", 6, "mark", "TO"),
        ("improve", "improve", "VERB", 1, "advcl", "VB"),
        ("its", "its", "PRON", 8, "nmod:poss", "PRP$"),
        ("position", "position", "NOUN", 6, "obj", "NN"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert _subject(doc[6]) == doc[0]


def test_an_infinitive_hung_as_purpose_under_a_threat_is_its_content() -> None:
    doc = parse([
        ("Russia", "Russia", "PROPN", 1, "nsubj", "NNP"),
        ("threatened", "threaten", "VERB", 1, "ROOT", "VBD"),
        ("on", "on", "ADP", 3, "case", "IN"),
        ("Monday", "Monday", "PROPN", 1, "obl", "NNP"),
        ("to", "to", "PART", 5, "mark", "TO"),
        ("attack", "attack", "VERB", 1, "advcl", "VB"),
        ("Ukraine", "Ukraine", "PROPN", 5, "obj", "NNP"),
        (".", ".", "PUNCT", 1, "punct", "."),
    ])
    assert [e.type for e in code(doc)] == ["THREATEN"]
