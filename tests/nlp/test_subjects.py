"""A subject the parse put after its verb (nlp/subjects.py), on hand-built parses of
sentences written for these tests."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from greatgame.nlp.subjects import mend_fronted_subjects


def _doc(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    words, heads, deps, pos, tags = (list(c) for c in zip(*rows, strict=True))
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_name_left_loose_before_its_verb_is_the_subject() -> None:
    # "Ghanaian junior trade minister Kofi Boateng summoned Togo's envoy Yao Mensah."
    doc = _doc([
        ("Ghanaian", 3, "amod", "ADJ", "JJ"), ("junior", 3, "amod", "ADJ", "JJ"),
        ("trade", 3, "compound", "NOUN", "NN"), ("minister", 6, "obl:unmarked", "NOUN", "NN"),
        ("Kofi", 6, "obl:unmarked", "PROPN", "NNP"), ("Boateng", 4, "flat", "PROPN", "NNP"),
        ("summoned", 6, "ROOT", "VERB", "VBN"), ("Togo", 9, "nmod:poss", "PROPN", "NNP"),
        ("'s", 7, "case", "PART", "POS"), ("envoy", 10, "compound", "NOUN", "NN"),
        ("Yao", 6, "nsubj", "PROPN", "NNP"), ("Mensah", 10, "flat", "PROPN", "NNP"),
        (".", 6, "punct", "PUNCT", "."),
    ])
    mend_fronted_subjects(doc)
    assert (doc[4].dep_, doc[4].head.i) == ("nsubj", 6)
    assert (doc[3].dep_, doc[3].head.i) == ("nmod:desc", 4)
    assert doc[10].dep_ == "obj"


def test_a_speaker_after_a_quotation_keeps_its_place() -> None:
    # '"We will not leave," said the minister.' : the subject follows the speech verb
    doc = _doc([
        ('"', 6, "punct", "PUNCT", "``"), ("We", 3, "nsubj", "PRON", "PRP"),
        ("will", 3, "aux", "AUX", "MD"), ("leave", 6, "ccomp", "VERB", "VB"),
        (",", 3, "punct", "PUNCT", ","), ('"', 3, "punct", "PUNCT", "''"),
        ("said", 6, "ROOT", "VERB", "VBD"), ("the", 8, "det", "DET", "DT"),
        ("minister", 6, "nsubj", "NOUN", "NN"), (".", 6, "punct", "PUNCT", "."),
    ])
    mend_fronted_subjects(doc)
    assert doc[8].dep_ == "nsubj" and doc[3].dep_ == "ccomp"


def test_a_time_noun_before_the_verb_is_no_subject() -> None:
    # "Monday came the reply." : a bare time noun is no actor
    doc = _doc([
        ("Monday", 1, "obl:unmarked", "PROPN", "NNP"), ("came", 1, "ROOT", "VERB", "VBD"),
        ("the", 3, "det", "DET", "DT"), ("reply", 1, "nsubj", "NOUN", "NN"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc.ents = [doc.char_span(0, 6, label="DATE")]
    mend_fronted_subjects(doc)
    assert doc[3].dep_ == "nsubj" and doc[0].dep_ == "obl:unmarked"
