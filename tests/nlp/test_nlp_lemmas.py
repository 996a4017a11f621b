"""Lemma fixes on hand-built Docs: UD English-EWT conventions for closed classes."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from greatgame.nlp.lemmas import LemmaFixes


def fix(words: list[str], pos: list[str], tags: list[str], lemmas: list[str]) -> list[str]:
    doc = Doc(Vocab(), words=words, pos=pos, tags=tags, lemmas=lemmas,
              sent_starts=[True] + [False] * (len(words) - 1))
    return [t.lemma_ for t in LemmaFixes()(doc)]


def test_auxiliaries_pronouns_and_negation_get_ud_lemmas() -> None:
    words = ["I", "'m", "sure", "they", "ca", "n't", "see", "me", "and", "she", "'d", "told", "her"]
    pos = ["PRON", "AUX", "ADJ", "PRON", "AUX", "PART", "VERB", "PRON", "CCONJ", "PRON", "AUX",
           "VERB", "PRON"]
    tags = ["PRP", "VBP", "JJ", "PRP", "MD", "RB", "VB", "PRP", "CC", "PRP", "VBD", "VBN", "PRP"]
    lemmas = ["i", "'m", "sure", "they", "ca", "n't", "see", "me", "and", "she", "'d", "tell",
              "her"]
    assert fix(words, pos, tags, lemmas) == [
        "I", "be", "sure", "they", "can", "not", "see", "I", "and", "she", "have", "tell", "she"
    ]


def test_capitals_kept_for_name_adjectives_and_dropped_for_verbs() -> None:
    words = ["Thank", "the", "Iraqi", "Palestinians", "and", "the", "United", "States"]
    pos = ["VERB", "DET", "ADJ", "PROPN", "CCONJ", "DET", "PROPN", "PROPN"]
    tags = ["VB", "DT", "JJ", "NNPS", "CC", "DT", "NNP", "NNPS"]
    lemmas = ["Thank", "the", "iraqi", "Palestinians", "and", "the", "United", "States"]
    assert fix(words, pos, tags, lemmas) == [
        "thank", "the", "Iraqi", "Palestinian", "and", "the", "United", "State"
    ]
