"""Capital metonymy on hand-built parses: government as an argument, place after "in"."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from greatgame.extract.gazetteer import SPANS_KEY
from greatgame.extract.metonymy import Metonymy

VOCAB = spacy.blank("en").vocab


def _doc(words, heads, deps, pos, capital):
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)
    doc.spans[SPANS_KEY] = [Span(doc, capital, capital + 1, label="CAPITAL", kb_id="RUS")]
    return Metonymy()(doc)


def test_capital_as_subject_is_the_government():
    doc = _doc(["Moscow", "hosted", "talks"], [1, 1, 1], ["nsubj", "ROOT", "obj"],
               ["PROPN", "VERB", "NOUN"], 0)
    span = doc.spans[SPANS_KEY][0]
    assert (span.label_, span.kb_id_) == ("GOVERNMENT", "RUS:GOV")


def test_capital_after_in_is_a_place():
    doc = _doc(["He", "lives", "in", "Moscow"], [1, 1, 3, 1],
               ["nsubj", "ROOT", "case", "obl"], ["PRON", "VERB", "ADP", "PROPN"], 3)
    assert doc.spans[SPANS_KEY][0].label_ == "PLACE"


def test_capital_as_modifier_is_a_place():
    doc = _doc(["the", "Moscow", "Time", "newspaper"], [3, 3, 3, 3],
               ["det", "compound", "compound", "ROOT"], ["DET", "PROPN", "PROPN", "NOUN"], 1)
    assert doc.spans[SPANS_KEY][0].label_ == "PLACE"


def test_ties_with_capital_is_the_government():
    doc = _doc(["ties", "with", "Moscow"], [0, 2, 0], ["ROOT", "case", "nmod"],
               ["NOUN", "ADP", "PROPN"], 2)
    assert doc.spans[SPANS_KEY][0].label_ == "GOVERNMENT"


def test_capital_after_a_mistagged_stance_verb_is_the_government():
    # "Afghan officials accuse Moscow of arming …" with "accuse" tagged a noun
    doc = Doc(VOCAB, words=["officials", "accuse", "Moscow", "of", "arming"],
              heads=[0, 2, 0, 4, 0], deps=["ROOT", "amod", "nmod", "mark", "advcl"],
              pos=["NOUN", "NOUN", "PROPN", "ADP", "VERB"], tags=["NNS", "NN", "NNP", "IN", "VBG"],
              lemmas=["official", "accuse", "Moscow", "of", "arm"])
    doc.spans[SPANS_KEY] = [Span(doc, 2, 3, label="CAPITAL", kb_id="RUS")]
    span = Metonymy()(doc).spans[SPANS_KEY][0]
    assert (span.label_, span.kb_id_) == ("GOVERNMENT", "RUS:GOV")


def test_capital_in_a_dateline_is_a_place():
    doc = _doc(["KABUL", ",", "March", "16", "—", "Russia", "hosted", "talks"],
               [6, 0, 0, 2, 6, 6, 6, 6], ["nsubj", "punct", "nmod", "nummod", "punct",
                                          "nsubj", "ROOT", "obj"],
               ["PROPN", "PUNCT", "PROPN", "NUM", "PUNCT", "PROPN", "VERB", "NOUN"], 0)
    assert doc.spans[SPANS_KEY][0].label_ == "PLACE"
