"""Speech and stance cues read through a tagger's slips, by agreement with the subject."""

from __future__ import annotations

from tests.extract.handmade import parse

from greatgame.extract.lexicon import (
    ADDRESSEE_VERBS,
    AS_CUES,
    CLAIM_VERBS,
    SPEECH_VERBS,
    STANCE_VERBS,
    expression_lemma,
    speech_form,
    speech_lemma,
    stance_lemma,
)


def test_bare_verb_after_a_plural_subject_is_a_verb_even_when_tagged_a_noun():
    doc = parse("""
        Afghan NNP 0 ROOT
        officials NNS 0 dep
        accuse NN 0 dep
        Moscow NNP 0 dep""")
    assert stance_lemma(doc[2]) == "accuse"


def test_inflected_verb_after_and_opening_an_object_is_a_verb():
    doc = parse("""
        Pakistan NNP 0 ROOT
        hosts NNS 0 dep
        leaders NNS 0 dep
        and CC 0 dep
        supports NNS 0 dep
        talks NNS 0 dep""")
    assert stance_lemma(doc[4]) == "support"


def test_nouns_stay_nouns():
    doc = parse("""
        the DT 1 det
        hopes NNS 1 ROOT
        and CC 3 cc
        fears NNS 1 conj
        of IN 6 case
        the DT 6 det
        region NN 3 nmod
        with IN 9 case
        government NN 9 compound
        support NN 1 nmod""")
    assert stance_lemma(doc[1]) is None
    assert stance_lemma(doc[3]) is None
    assert stance_lemma(doc[9]) is None


def test_speech_form_after_a_name_is_a_verb():
    doc = parse("""
        Moscow NNP 0 ROOT
        argues NNS 0 dep
        that SCONJ 0 dep""")
    assert speech_lemma(doc[1]) == "argue"


def test_word_class_variants_are_subsets_of_the_class_they_vary():
    # one definition of each word class: a variant names a part of it, never a rival list
    assert ADDRESSEE_VERBS <= SPEECH_VERBS and CLAIM_VERBS <= SPEECH_VERBS
    assert AS_CUES <= set(STANCE_VERBS)


def test_speech_form_ignores_the_tag_and_expression_lemma_needs_a_verb():
    assert speech_form("Denies") == "deny" and speech_form("told") == "tell"
    assert speech_form("ministry") is None
    doc = parse("""
        Quito NNP 1 nsubj
        called VBD 1 ROOT
        calls NNS 1 obj""")
    assert expression_lemma(doc[1]) == "call" and expression_lemma(doc[2]) is None
