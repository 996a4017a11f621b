"""Actor index on hand-built, gazetteered Docs: role nouns and their affiliation."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span
from tests.extract.handmade import parse

from greatgame.extract.actors import build_index
from greatgame.extract.gazetteer import SPANS_KEY
from greatgame.extract.persons import add_persons


def _gazetteer(doc, spans):
    doc.spans[SPANS_KEY] = [Span(doc, s, e, label=label, kb_id=kb) for s, e, label, kb in spans]
    return doc


def test_role_takes_no_affiliation_across_a_sentence_end():
    # "… the Russian approach. President Ashraf Ghani …": Ghani stays Afghan
    doc = _gazetteer(parse("""
        rejects VBZ 0 ROOT
        the DT 3 det
        Russian JJ 3 amod
        approach NN 0 obj
        . . 0 punct
        President NNP 7 compound
        Ashraf NNP 7 compound
        Ghani NNP 8 nsubj
        wants VBZ 8 ROOT
        . . 8 punct"""), [(2, 3, "DEMONYM", "RUS"), (5, 6, "AGENT", "GOV"),
                          (6, 8, "ACTOR", "ASHRAF_GHANI")])
    index = build_index(doc, published=dt.date(2017, 3, 16))
    add_persons(doc, index, published=dt.date(2017, 3, 16))
    assert index.ref_at(5) is None or index.ref_at(5).actor != "RUS"
    ghani = index.actors["ASHRAF_GHANI"]
    assert (ghani.country, ghani.sector) == ("AFG", "GOV")  # the title gives the sector


def test_possessive_state_before_a_role_is_its_affiliation():
    doc = _gazetteer(parse("""
        Russia NNP 3 nmod:poss
        's POS 0 case
        special JJ 3 amod
        envoy NN 4 nsubj
        said VBD 4 ROOT
        . . 4 punct"""), [(0, 1, "ACTOR", "RUS"), (3, 4, "AGENT", "GOV")])
    index = build_index(doc)
    ref = index.ref_at(3)
    assert (ref.start, ref.end, ref.actor, ref.how) == (0, 4, "RUS", "role")


def test_government_in_a_capital_is_that_state():
    doc = _gazetteer(parse("""
        India NNP 1 nsubj
        backs VBZ 1 ROOT
        the DT 3 det
        government NN 1 obj
        in IN 5 case
        Kabul NNP 3 nmod
        . . 1 punct"""), [(0, 1, "ACTOR", "IND"), (3, 4, "AGENT", "GOV"),
                          (5, 6, "PLACE", "AFG:GOV")])
    index = build_index(doc)
    ref = index.ref_at(3)
    assert (ref.start, ref.end, ref.actor) == (3, 6, "AFG")


def test_definite_plural_demonym_is_the_state_bare_plural_its_people():
    doc = _gazetteer(parse("""
        if SCONJ 2 mark
        the DT 2 det
        Americans NNPS 3 nsubj
        leave VBP 3 ROOT
        , , 3 punct
        Afghans NNPS 6 nsubj
        suffer VBP 3 conj
        . . 3 punct"""), [(2, 3, "DEMONYM", "USA"), (5, 6, "DEMONYM", "AFG")])
    index = build_index(doc)
    assert index.ref_at(2).actor == "USA"
    assert index.ref_at(5).actor == "AFGCVL"


def test_a_demonym_two_states_claim_goes_to_the_state_it_is_derived_from():
    # the country table lists "Serbian" under Montenegro too (Serbia and Montenegro)
    from greatgame.extract.gazetteer import _phrases

    demonyms = dict(reversed(_phrases()["DEMONYM"]))  # first claim wins, as when matching
    assert demonyms["serbian"] == "SRB"
    assert demonyms["serb"] == "SRB"
    assert demonyms["russian"] == "RUS"


def _titled_person(words: str, spans, ents):
    from tests.extract.handmade import with_ents

    rows = [f"{w.rsplit('/', 1)[0]} {w.rsplit('/', 1)[1]} 0 {'ROOT' if i == 0 else 'dep'}"
            for i, w in enumerate(words.split())]
    doc = _gazetteer(with_ents(parse("\n".join(rows)), ents), spans)
    index = build_index(doc)
    add_persons(doc, index, text=doc.text)
    return index


def test_a_titled_person_nobody_places_holds_office_in_the_country_of_the_story():
    # "Groups in Zimbabwe demand that President Mugabe resign": Mugabe is Zimbabwe's
    index = _titled_person(
        "demand/VBP groups/NNS in/IN Zimbabwe/NNP that/IN President/NNP Mugabe/NNP "
        "resign/VB ./.", [(3, 4, "ACTOR", "ZWE"), (5, 6, "AGENT", "GOV")], [(6, 7, "PER")])
    mugabe = index.actors["MUGABE"]
    assert (mugabe.country, mugabe.sector) == ("ZWE", "GOV")


def test_an_untitled_person_nobody_places_stays_unplaced():
    # the story's country is no evidence for a name alone (no office holder is so named)
    index = _titled_person(
        "demand/VBP groups/NNS in/IN Zimbabwe/NNP that/IN Xantipo/NNP resign/VB ./.",
        [(3, 4, "ACTOR", "ZWE")], [(5, 6, "PER")])
    assert index.actors["XANTIPO"].country is None
    # the dictionary's one office holder of that surname is
    known = _titled_person(
        "demand/VBP groups/NNS in/IN Zimbabwe/NNP that/IN Mugabe/NNP resign/VB ./.",
        [(3, 4, "ACTOR", "ZWE")], [(5, 6, "PER")])
    assert known.actors["MUGABE"].country == "ZWE"


def test_conjoined_national_adjectives_name_one_organ_of_each_state():
    # "Hungarian and Romanian officials agreed": both governments, not Romania alone
    doc = _gazetteer(parse("""
        Hungarian JJ 3 amod
        and CC 2 cc
        Romanian JJ 0 conj
        officials NNS 4 nsubj
        agreed VBD 4 ROOT
        . . 4 punct"""), [(0, 1, "DEMONYM", "HUN"), (2, 3, "DEMONYM", "ROU"),
                          (3, 4, "AGENT", "GOV")])
    index = build_index(doc)
    assert index.resolve(doc[3]) == ["HUN", "ROU"]
    assert index.ref_at(0).actor == "HUN"


def test_ordinary_people_named_by_their_nation_are_its_civilians():
    # "French farmers blockade Paris": France's civilians act on France, not France itself
    from greatgame.extract.gazetteer import _phrases

    agents = dict(reversed(_phrases()["AGENT"]))
    assert agents["farmers"] == "CVL"
    doc = _gazetteer(parse("""
        French JJ 1 amod
        farmers NNS 2 nsubj
        blockade VBP 2 ROOT
        Paris NNP 2 obj
        . . 2 punct"""), [(0, 1, "DEMONYM", "FRA"), (1, 2, "AGENT", "CVL"),
                          (3, 4, "GOVERNMENT", "FRA:GOV")])
    index = build_index(doc)
    assert index.resolve(doc[1]) == ["FRACVL"]
    assert index.resolve(doc[3]) == ["FRA"]


def test_a_titled_person_is_placed_by_a_place_the_sentence_names():
    # "President Bouteflika threatened a curfew in Algiers": Algeria's president
    index = _titled_person(
        "threatened/VBD President/NNP Bouteflika/NNP a/DT curfew/NN in/IN Algiers/NNP ./.",
        [(1, 2, "AGENT", "GOV"), (6, 7, "PLACE", "DZA:GOV")], [(2, 3, "PER")])
    assert index.actors["BOUTEFLIKA"].country == "DZA"


def test_a_generic_noun_is_no_actor_name():
    from greatgame.extract.gazetteer import _phrases

    assert "nation" not in dict(_phrases()["ACTOR"])


def test_an_ethnic_group_belongs_to_the_state_it_lives_in():
    # "ethnic Albanians demonstrated in Serbia": Serbia's civilians, not Albania
    doc = _gazetteer(parse("""
        ethnic JJ 1 amod
        Albanians NNPS 2 nsubj
        demonstrated VBD 2 ROOT
        in IN 4 case
        Serbia NNP 2 obl
        . . 2 punct"""), [(1, 2, "DEMONYM", "ALB"), (4, 5, "ACTOR", "SRB")])
    index = build_index(doc)
    assert index.resolve(doc[1]) == ["SRBCVL"]


def test_an_ethnic_group_with_no_other_state_named_stays_its_nations():
    doc = _gazetteer(parse("""
        ethnic JJ 1 amod
        Albanians NNPS 2 nsubj
        demonstrated VBD 2 ROOT
        . . 2 punct"""), [(1, 2, "DEMONYM", "ALB")])
    assert build_index(doc).resolve(doc[1]) == ["ALBCVL"]


def test_a_name_with_a_possessive_inside_is_matched_whole():
    # "the Democratic People's Republic of Korea" is North Korea, not "Republic of Korea"
    from greatgame.extract.gazetteer import _acceptable, _phrases

    assert ("democratic people's republic of korea", "PRK") in _phrases()["ACTOR"]
    doc = parse("""
        Democratic JJ 1 amod
        People NNP 3 nmod:poss
        's POS 1 case
        Republic NNP 3 ROOT""")
    assert _acceptable("ACTOR", doc[0:4])
    assert not _acceptable("ACTOR", doc[2:4])  # a name never opens with the clitic's word


def test_the_span_lookup_takes_no_generic_noun_for_a_name():
    from greatgame.extract.span_actors import gazetteer_actors

    doc = parse("""
        the DT 1 det
        Republic NNP 1 ROOT""")
    assert gazetteer_actors(doc[0:2]) == ()


def test_a_group_in_a_country_belongs_to_it_but_troops_there_need_not():
    # "rebels in the Ivory Coast": Ivorian rebels; "troops in Afghanistan" may be anyone's
    doc = _gazetteer(parse("""
        rebels NNS 4 nsubj
        in IN 3 case
        the DT 3 det
        Ivory NNP 0 nmod
        attacked VBD 4 ROOT
        troops NNS 4 obj
        in IN 7 case
        Afghanistan NNP 5 nmod
        . . 4 punct"""), [(0, 1, "AGENT", "REB"), (3, 4, "ACTOR", "CIV"),
                          (5, 6, "AGENT", "MIL"), (7, 8, "ACTOR", "AFG")])
    index = build_index(doc)
    assert index.resolve(doc[0]) == ["CIVREB"]
    assert index.resolve(doc[5]) == []


def test_an_acting_role_noun_with_no_country_takes_the_state_of_its_sentence():
    # "Prisoners rioted in Dili demanding independence from Indonesian rule"
    from greatgame.extract.placement import place_by_sentence

    doc = _gazetteer(parse("""
        Prisoners NNS 1 nsubj
        rioted VBD 1 ROOT
        against IN 5 case
        the DT 5 det
        Indonesian JJ 5 amod
        rule NN 1 obl
        . . 1 punct"""), [(0, 1, "AGENT", "CRM"), (4, 5, "DEMONYM", "IDN")])
    index = build_index(doc)
    place_by_sentence(doc, index)
    ref = index.ref_at(0)
    assert ref is not None and index.actors[ref.actor].country == "IDN"
    assert index.actors[ref.actor].sector == "CRM"


def test_soldiers_acted_upon_are_not_placed_by_their_sentence():
    # "Britain mobilized reservists": whose reservists the sentence does not settle
    from greatgame.extract.placement import place_by_sentence

    doc = _gazetteer(parse("""
        Britain NNP 1 nsubj
        mobilized VBD 1 ROOT
        reservists NNS 1 obj
        . . 1 punct"""), [(0, 1, "ACTOR", "GBR"), (2, 3, "AGENT", "MIL")])
    index = build_index(doc)
    place_by_sentence(doc, index)
    assert index.ref_at(2) is None
