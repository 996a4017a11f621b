"""Stances on hand-built parses, some as broken as a draft parser leaves them."""

from __future__ import annotations

from tests.extract.handmade import index_of, parse

from greatgame.extract.index import ActorInfo
from greatgame.extract.stances import stances


def _found(doc, index):
    return [(s.holder, s.target, s.polarity, s.cue, s.text) for s in stances(doc, index)]


def test_second_verb_of_a_coordination_keeps_the_sentence_subject_when_the_parse_drops_it():
    # "India" parsed as the root, "backs" hanging from it: no verb has a subject
    doc = parse("""
        India NNP 0 ROOT
        backs VBZ 0 advcl
        the DT 3 det
        government NN 1 obj
        and CC 5 cc
        opposes VBZ 1 conj
        any DT 7 det
        deal NN 5 obj
        that WDT 9 nsubj
        gives VBZ 7 acl:relcl
        the DT 11 det
        Taliban NNP 12 compound
        power NN 9 obj
        . . 0 punct""")
    index = index_of(doc, [(0, 1, "IND", "name"), (10, 12, "TALIBAN", "name")])
    found = _found(doc, index)
    assert ("IND", "TALIBAN", -1, "oppose", "any deal that gives the Taliban power") in found
    assert any(f[:4] == ("IND", None, 1, "back") for f in found)


def test_accusation_with_a_mistagged_verb_targets_the_accused():
    # the draft tagger calls "accuse" a noun; agreement with "officials" makes it a verb
    doc = parse("""
        Afghan NNP 0 ROOT
        officials NNS 0 obj
        accuse NN 3 amod
        Moscow NNP 0 nmod
        of IN 5 mark
        arming VBG 0 advcl
        the DT 7 det
        Taliban NNP 5 obj
        . . 0 punct""")
    index = index_of(doc, [(0, 2, "AFG", "role"), (3, 4, "RUS", "capital"),
                           (6, 8, "TALIBAN", "name")])
    assert [f[:4] for f in _found(doc, index)] == [("AFG", "RUS", -1, "accuse")]


def test_want_polarity_is_the_attitude_to_what_is_wanted():
    # wanting the troops to leave is +1 toward the proposition; the system reads "leave"
    doc = parse("""
        Russia NNP 1 nsubj
        wants VBZ 1 ROOT
        the DT 4 det
        American JJ 4 amod
        troops NNS 1 obj
        to TO 6 mark
        leave VB 1 xcomp
        Afghanistan NNP 6 obj
        . . 1 punct""")
    index = index_of(doc, [(0, 1, "RUS", "name"), (3, 5, "USAMIL", "role"),
                           (7, 8, "AFG", "name")])
    assert _found(doc, index) == [
        ("RUS", "USAMIL", 1, "want", "the American troops to leave Afghanistan")]


def test_proposition_ends_before_a_contrastive_clause_and_negation_flips():
    doc = parse("""
        Moscow NNP 3 nsubj
        does VBZ 3 aux
        not RB 3 advmod
        want VB 3 ROOT
        the DT 5 det
        Americans NNPS 3 obj
        to TO 7 mark
        stay VB 5 acl
        , , 13 punct
        but CC 13 cc
        it PRP 13 nsubj
        does VBZ 13 aux
        not RB 13 advmod
        want VB 3 conj
        a DT 15 det
        collapse NN 13 obj
        . . 3 punct""")
    index = index_of(doc, [(0, 1, "RUS", "capital"), (4, 6, "USA", "demonym"),
                           (10, 11, "RUS", "pronoun")])
    assert _found(doc, index) == [("RUS", "USA", -1, "want", "the Americans to stay"),
                                  ("RUS", None, -1, "want", "a collapse")]


def test_state_organ_opposing_a_role_for_a_group():
    doc = parse("""
        The DT 1 det
        Pentagon NNP 2 nsubj
        opposes VBZ 2 ROOT
        any DT 4 det
        role NN 2 obj
        for IN 7 case
        the DT 7 det
        Taliban NNP 4 nmod
        in IN 10 case
        the DT 10 det
        government NN 4 nmod
        . . 2 punct""")
    index = index_of(doc, [(0, 2, "USAMIL", "capital"), (6, 8, "TALIBAN", "name")])
    assert _found(doc, index) == [
        ("USAMIL", "TALIBAN", -1, "oppose", "any role for the Taliban in the government")]


def test_back_the_adverb_is_no_stance():
    doc = parse("""
        Russia NNP 1 nsubj
        came VBD 1 ROOT
        back RB 1 advmod
        to IN 4 case
        Afghanistan NNP 1 obl
        . . 1 punct""")
    index = index_of(doc, [(0, 1, "RUS", "name"), (4, 5, "AFG", "name")])
    assert _found(doc, index) == []


def test_participle_after_a_noun_does_not_take_the_sentence_subject():
    # "Moscow believes in calls seeking a framework": the calls seek, not Moscow
    doc = parse("""
        Moscow NNP 1 nsubj
        backs VBZ 1 ROOT
        calls NNS 1 obj
        seeking VBG 2 acl
        a DT 6 det
        new JJ 6 amod
        framework NN 3 obj
        . . 1 punct""")
    index = index_of(doc, [(0, 1, "RUS", "capital")])
    assert [f[3] for f in _found(doc, index)] == ["back"]


def test_holder_found_through_a_false_sentence_break():
    # a draft segmenter ends a sentence after "Ghani"; a name cannot end a sentence
    doc = parse("""
        President NNP 2 compound
        Ashraf NNP 2 compound
        Ghani NNP 2 ROOT
        wants VBZ 3 ROOT
        the DT 6 det
        American JJ 6 amod
        forces NNS 3 obj
        to TO 8 mark
        stay VB 3 xcomp
        . . 3 punct""")
    ghani = ActorInfo("ASHRAF_GHANI", "Ashraf Ghani", "person", "AFG", "ELI")
    index = index_of(doc, [(0, 3, "ASHRAF_GHANI", "name"), (5, 7, "USAMIL", "role")],
                     {"ASHRAF_GHANI": ghani})
    assert _found(doc, index) == [
        ("ASHRAF_GHANI", "USAMIL", 1, "want", "the American forces to stay")]


def test_verb_form_modifying_a_noun_is_no_cue():
    doc = parse("""
        the DT 2 det
        think VB 2 compound
        tank NN 3 nsubj
        said VBD 3 ROOT
        that SCONJ 6 mark
        Russia NNP 6 nsubj
        lost VBD 3 ccomp
        . . 3 punct""")
    index = index_of(doc, [(5, 6, "RUS", "name")])
    assert _found(doc, index) == []


def test_whoever_would_save_someone_from_an_actor_stands_against_that_actor():
    # "Taliban wants ties with Moscow to save Afghanistan from the US curse"
    doc = parse("""
        Taliban NNP 1 nsubj
        wants VBZ 1 ROOT
        ties NNS 1 obj
        with IN 4 case
        Moscow NNP 2 nmod
        to TO 6 mark
        save VB 1 xcomp
        Afghanistan NNP 6 obj
        from IN 11 case
        the DT 11 det
        US NNP 11 compound
        curse NN 6 obl
        . . 1 punct""")
    index = index_of(doc, [(0, 1, "TALIBAN", "name"), (4, 5, "RUS", "capital"),
                           (7, 8, "AFG", "name"), (10, 11, "USA", "name")])
    found = _found(doc, index)
    assert ("TALIBAN", "USA", -1, "save", "save Afghanistan from the US curse") in found


def test_a_rescue_from_no_actor_is_no_stance():
    # "Russia protects its borders from terrorists"
    doc = parse("""
        Russia NNP 1 nsubj
        protects VBZ 1 ROOT
        its PRP$ 3 nmod:poss
        borders NNS 1 obj
        from IN 5 case
        terrorists NNS 1 obl
        . . 1 punct""")
    index = index_of(doc, [(0, 1, "RUS", "name"), (2, 3, "RUS", "pronoun")])
    assert not [f for f in _found(doc, index) if f[3] == "protect"]


def test_a_rescue_hung_on_the_object_is_meant_by_the_subject_of_its_clause():
    # "Taliban wants ties to save Afghanistan from the US": "to save" parsed as a
    # modifier of "ties"; the one who wants the ties means to do the saving
    doc = parse("""
        Taliban NNP 1 nsubj
        wants VBZ 1 ROOT
        ties NNS 1 obj
        to TO 4 mark
        save VB 2 acl
        Afghanistan NNP 4 obj
        from IN 8 case
        the DT 8 det
        US NNP 4 obl
        . . 1 punct""")
    index = index_of(doc, [(0, 1, "TALIBAN", "name"), (5, 6, "AFG", "name"),
                           (7, 9, "USA", "name")])
    assert ("TALIBAN", "USA", -1, "save", "save Afghanistan from the US") in _found(doc, index)


def _state(code: str, sector: str | None = "GOV") -> ActorInfo:
    return ActorInfo(code + (sector or "") if sector == "MIL" else code, code, "state", code,
                     sector)


def _read(doc, mentions):  # noqa: ANN001, ANN202
    actors = {actor: _state(actor[:3], "MIL" if actor.endswith("MIL") else "GOV")
              for _, _, actor, _ in mentions}
    return [(s.holder, s.target, s.polarity, s.cue) for s in stances(doc, index_of(
        doc, mentions, actors))]


def test_holder_of_a_relative_clause_is_the_noun_it_hangs_on():
    # "which" is the verb's subject; what fears is the state the clause describes
    doc = parse("""
        Iran NNP 8 nsubj
        , , 3 punct
        which WDT 3 nsubj
        fears VBZ 0 acl:relcl
        an DT 6 det
        Israeli JJ 6 amod
        strike NN 3 obj
        , , 0 punct
        moved VBD 8 ROOT
        its PRP$ 11 nmod:poss
        air NN 11 compound
        defences NNS 8 obj
        . . 8 punct""")
    found = _read(doc, [(0, 1, "IRN", "name"), (5, 6, "ISR", "demonym")])
    assert found == [("IRN", "ISR", -1, "fear")]


def test_concerned_with_targets_what_follows_the_preposition():
    doc = parse("""
        Japan NNP 1 nsubj
        remains VBZ 1 ROOT
        concerned JJ 1 xcomp
        with IN 7 case
        China NNP 7 nmod:poss
        's POS 4 case
        naval JJ 7 amod
        exercises NNS 2 obl
        . . 1 punct""")
    doc_stances = list(stances(doc, index_of(doc, [(0, 1, "JPN", "name"),
                                                   (4, 7, "CHNMIL", "role")],
                                             {"JPN": _state("JPN"),
                                              "CHNMIL": _state("CHN", "MIL")})))
    assert [(s.holder, s.target, s.polarity) for s in doc_stances] == [("JPN", "CHNMIL", -1)]
    assert doc_stances[0].text == "China 's naval exercises"


def test_not_supportive_is_a_negated_want():
    doc = parse("""
        Egypt NNP 3 nsubj
        is VBZ 3 cop
        not RB 3 advmod
        supportive JJ 3 ROOT
        of IN 8 case
        the DT 8 det
        Ethiopian JJ 8 amod
        dam NN 8 compound
        project NN 3 obl
        . . 3 punct""")
    found = _read(doc, [(0, 1, "EGY", "name"), (6, 7, "ETH", "demonym")])
    assert found == [("EGY", "ETH", -1, "supportive")]


def test_dismissed_as_is_a_stance_against_the_dismissed():
    doc = parse("""
        Vietnam NNP 1 nsubj
        dismissed VBD 1 ROOT
        China NNP 4 nmod:poss
        's POS 2 case
        claims NNS 1 obj
        as IN 6 case
        baseless JJ 4 nmod
        . . 1 punct""")
    found = _read(doc, [(0, 1, "VNM", "name"), (2, 3, "CHN", "name")])
    assert found == [("VNM", "CHN", -1, "dismiss")]


def test_dismissing_someone_from_office_is_no_stance():
    doc = parse("""
        Vietnam NNP 1 nsubj
        dismissed VBD 1 ROOT
        the DT 4 det
        defence NN 4 compound
        minister NN 1 obj
        on IN 6 case
        Friday NNP 1 obl
        . . 1 punct""")
    assert _read(doc, [(0, 1, "VNM", "name")]) == []


def test_saying_that_something_is_an_evaluation_is_a_belief_about_it():
    doc = parse("""
        The DT 2 det
        Greek NNP 2 amod
        minister NN 3 nsubj
        says VBZ 3 ROOT
        that IN 11 mark
        the DT 8 det
        Turkish JJ 8 amod
        survey NN 8 compound
        ship NN 11 nsubj
        is VBZ 11 cop
        a DT 11 det
        provocation NN 3 ccomp
        . . 3 punct""")
    found = _read(doc, [(1, 3, "GRC", "role"), (6, 7, "TUR", "demonym")])
    assert found == [("GRC", "TUR", -1, "say")]


def test_a_report_that_evaluates_nothing_is_no_stance():
    doc = parse("""
        Brazil NNP 1 nsubj
        said VBD 1 ROOT
        that IN 6 mark
        the DT 5 det
        Argentine NNP 5 compound
        delegation NN 6 nsubj
        arrived VBD 1 ccomp
        on IN 8 case
        Monday NNP 6 obl
        . . 1 punct""")
    assert _read(doc, [(0, 1, "BRA", "name"), (4, 5, "ARG", "demonym")]) == []


def test_a_cue_whose_only_complement_is_a_quotation_mark_does_not_crash():
    # a draft parse hangs an opening quotation mark on the verb as its object
    doc = parse("""
        Brazil NNP 1 nsubj
        said VBD 1 ROOT
        “ `` 1 obj
        . . 1 punct""")
    assert _read(doc, [(0, 1, "BRA", "name")]) == []


def test_an_evaluation_that_names_no_actor_is_no_stance():
    doc = parse("""
        The DT 2 det
        Greek NNP 2 amod
        minister NN 3 nsubj
        says VBZ 3 ROOT
        that IN 9 mark
        the DT 6 det
        harvest NN 9 nsubj
        is VBZ 9 cop
        a DT 9 det
        failure NN 3 ccomp
        . . 3 punct""")
    assert _read(doc, [(1, 3, "GRC", "role")]) == []
