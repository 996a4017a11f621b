"""Pronoun resolution on hand-built parses: reporters, number, subjects by position."""

from __future__ import annotations

from tests.extract.handmade import index_of, parse

from greatgame.extract.coref import resolve_pronouns


def _actor_at(index, i):
    ref = index.ref_at(i)
    return ref.actor if ref is not None else None


def test_pronoun_opening_a_report_is_its_speaker():
    # "they" is the Russian officials, not the United States, subject of the sentence before
    doc = parse("""
        The DT 2 det
        United NNP 2 compound
        States NNP 5 nsubj
        did VBD 5 aux
        not RB 5 advmod
        attend VB 5 ROOT
        . . 5 punct
        Russian JJ 7 ROOT
        officials NNS 9 nsubj
        said VBD 7 xcomp
        that SCONJ 12 mark
        they PRP 12 nsubj
        want VBP 9 ccomp
        a DT 14 det
        settlement NN 12 obj
        . . 9 punct""")
    index = index_of(doc, [(0, 3, "USA", "name"), (7, 9, "RUS", "role")])
    resolve_pronouns(doc, index)
    assert _actor_at(index, 11) == "RUS"


def test_possessive_takes_the_sentence_subject_even_when_the_parse_misses_it():
    # "Iran" is parsed as the root; its place at the head of the sentence makes it the subject
    doc = parse("""
        Iran NNP 0 ROOT
        keeps NNS 2 compound
        contacts NNS 0 obj
        with IN 5 case
        the DT 5 det
        Taliban NNP 2 nmod
        and CC 7 cc
        opposes VBZ 2 conj
        the DT 11 det
        American JJ 11 amod
        military JJ 11 amod
        presence NN 7 obj
        near IN 14 case
        its PRP$ 14 nmod:poss
        border NN 7 obl
        . . 0 punct""")
    index = index_of(doc, [(0, 1, "IRN", "name"), (5, 6, "TALIBAN", "name"),
                           (9, 12, "USAMIL", "role")])
    resolve_pronouns(doc, index)
    assert _actor_at(index, 13) == "IRN"


def test_role_naming_one_person_is_he_not_it():
    doc = parse("""
        The DT 2 det
        US NNP 2 compound
        spokesman NN 3 nsubj
        spoke VBD 3 ROOT
        . . 3 punct
        He PRP 6 nsubj
        left VBD 6 ROOT
        and CC 9 cc
        it PRP 9 nsubj
        ended VBD 6 conj
        . . 6 punct""")
    index = index_of(doc, [(0, 3, "USA", "role")])
    resolve_pronouns(doc, index)
    assert _actor_at(index, 5) == "USA"
    assert _actor_at(index, 8) is None


def test_group_named_by_name_takes_it():
    doc = parse("""
        Taliban NNP 3 nsubj
        is VBZ 3 cop
        not RB 3 advmod
        interested JJ 3 ROOT
        . . 3 punct
        It PRP 6 nsubj
        wants VBZ 6 ROOT
        to TO 8 mark
        win VB 6 xcomp
        . . 6 punct""")
    index = index_of(doc, [(0, 1, "TALIBAN", "name")])
    resolve_pronouns(doc, index)
    assert _actor_at(index, 5) == "TALIBAN"


def test_a_possessive_in_a_relative_clause_belongs_to_what_the_clause_is_about():
    # "Russia backs forces that confront Taliban's terrorism, which has increased its
    # operations": "its" is the Taliban's (the terrorism's), not the subject Russia's
    doc = parse("""
        Russia NNP 1 nsubj
        backs VBZ 1 ROOT
        forces NNS 1 obj
        that WDT 4 nsubj
        confront VBP 2 acl:relcl
        Taliban NNP 7 nmod:poss
        's POS 5 case
        terrorism NN 4 obj
        , , 10 punct
        which WDT 10 nsubj
        increased VBD 7 acl:relcl
        its PRP$ 12 nmod:poss
        operations NNS 10 obj
        . . 1 punct""")
    index = index_of(doc, [(0, 1, "RUS", "name"), (5, 6, "TALIBAN", "name")])
    resolve_pronouns(doc, index)
    assert _actor_at(index, 11) == "TALIBAN"


def test_it_after_an_according_to_opener_is_the_reported_subject_not_a_later_place():
    # "According to an analyst, Taliban is not interested in peace. It wants to win the
    # war in Afghanistan."
    doc = parse("""
        According VBG 3 case
        to IN 0 fixed
        an DT 3 det
        analyst NN 7 obl
        , , 3 punct
        Taliban NNP 7 nsubj
        is VBZ 7 cop
        interested JJ 7 ROOT
        in IN 9 case
        peace NN 7 obl
        . . 7 punct
        It PRP 12 nsubj
        wants VBZ 12 ROOT
        to TO 14 mark
        win VB 12 xcomp
        the DT 16 det
        war NN 14 obj
        in IN 18 case
        Afghanistan NNP 14 obl
        . . 12 punct""")
    index = index_of(doc, [(5, 6, "TALIBAN", "name"), (18, 19, "AFG", "name")])
    resolve_pronouns(doc, index)
    assert _actor_at(index, 11) == "TALIBAN"


def test_a_possessive_in_an_infinitive_belongs_to_the_one_asked_to_act():
    # "Russia will urge Iran to halt its programme": Iran is to halt, the programme is
    # Iran's (the object controls the infinitive), not the subject Russia's
    doc = parse("""
        Russia NNP 2 nsubj
        will MD 2 aux
        urge VB 2 ROOT
        Iran NNP 2 obj
        to TO 5 mark
        halt VB 2 xcomp
        its PRP$ 7 nmod:poss
        programme NN 5 obj
        . . 2 punct""")
    index = index_of(doc, [(0, 1, "RUS", "name"), (3, 4, "IRN", "name")])
    resolve_pronouns(doc, index)
    assert _actor_at(index, 6) == "IRN"


def test_a_clause_with_its_own_subject_inside_the_infinitive_stops_the_controller():
    # "Russia will urge Iran to ensure that Afghanistan halts its programme": the
    # programme is Afghanistan's, the subject of the clause "its" is in
    doc = parse("""
        Russia NNP 2 nsubj
        will MD 2 aux
        urge VB 2 ROOT
        Iran NNP 2 obj
        to TO 5 mark
        ensure VB 2 xcomp
        that SCONJ 8 mark
        Afghanistan NNP 8 nsubj
        halts VBZ 5 ccomp
        its PRP$ 10 nmod:poss
        programme NN 8 obj
        . . 2 punct""")
    index = index_of(doc, [(0, 1, "RUS", "name"), (3, 4, "IRN", "name"),
                           (7, 8, "AFG", "name")])
    resolve_pronouns(doc, index)
    assert _actor_at(index, 9) == "AFG"
