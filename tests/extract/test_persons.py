"""Persons from a draft NER on hand-built Docs: trimmed, merged, and not places."""

from __future__ import annotations

from spacy.tokens import Doc
from tests.extract.handmade import VOCAB, parse, with_ents

from greatgame.extract.index import ActorIndex
from greatgame.extract.persons import add_persons


def _flat(words: str) -> str:
    """``word/TAG`` pairs as a parse: each word hangs from the first of its sentence (a
    sentence ends after "./.")."""
    rows, root = [], 0
    for i, pair in enumerate(words.split()):
        word, tag = pair.rsplit("/", 1)
        rows.append(f"{word} {tag} {root} {'ROOT' if i == root else 'dep'}")
        if word == ".":
            root = i + 1
    return "\n".join(rows)


def _persons(doc) -> dict[str, list[str]]:
    index = ActorIndex(doc)
    add_persons(doc, index, text=doc.text)
    out: dict[str, list[str]] = {}
    for ref in sorted(index.refs, key=lambda r: r.start):
        out.setdefault(ref.actor, []).append(doc[ref.start : ref.end].text)
    return out


def test_ner_edges_are_trimmed_to_the_name():
    doc = with_ents(parse(_flat("noted/VBD Evan/NNP Fowler/NNP of/IN the/DT Alliance/NNP ./.")),
                    [(1, 4, "PER")])
    assert _persons(doc) == {"EVAN_FOWLER": ["Evan Fowler"]}


def test_lone_surname_found_by_the_ner_is_the_full_name():
    doc = with_ents(parse(_flat("Donald/NNP Trump/NNP spoke/VBD ./. Later/RB Trump/NNP "
                                "left/VBD ./.")),
                    [(0, 2, "PER"), (5, 6, "PER")])
    assert _persons(doc) == {"DONALD_TRUMP": ["Donald Trump", "Trump"]}


def test_name_run_continues_over_a_false_sentence_start():
    # a draft segmenter starting a sentence at "Trump" must not cut the name
    doc = with_ents(parse("""
        President NNP 1 compound
        Donald NNP 1 ROOT
        Trump NNP 3 nsubj
        confirmed VBD 3 ROOT
        it PRP 3 obj
        . . 3 punct"""), [(1, 2, "PER")])
    assert doc[2].is_sent_start
    assert _persons(doc) == {"DONALD_TRUMP": ["Donald Trump"]}


def test_name_after_a_locative_preposition_is_a_place_everywhere():
    doc = with_ents(parse(_flat("the/DT base/NN on/IN Diego/NNP Garcia/NNP ./. Diego/NNP "
                                "Garcia/NNP is/VBZ small/JJ ./.")),
                    [(3, 5, "PER"), (6, 8, "PER")])
    assert _persons(doc) == {}


def test_weekdays_organisations_and_titles_are_not_persons():
    doc = with_ents(parse(_flat("On/IN Tuesday/NNP the/DT Kurdish/NNP Center/NNP for/IN "
                                "Studies/NNP and/CC Democratic/NNP Representative/NNP "
                                "spoke/VBD ./.")),
                    [(1, 2, "PER"), (3, 7, "PER"), (8, 9, "PER")])
    assert _persons(doc) == {}


def test_heading_lines_give_no_persons():
    doc = Doc(VOCAB, words=["Read", "Mode", "\n\n", "Russia", "spoke", "."],
              spaces=[True, False, False, True, False, False],
              pos=["PROPN", "PROPN", "SPACE", "PROPN", "VERB", "PUNCT"])
    doc = with_ents(doc, [(0, 1, "PER")])
    assert _persons(doc) == {}


def test_title_is_not_part_of_the_name_but_honorifics_of_religion_are():
    doc = with_ents(parse(_flat("said/VBD General/NNP Christopher/NNP Lockyear/NNP and/CC "
                                "Sayyed/NNP Mohammad/NNP Agha/NNP ./.")),
                    [(1, 4, "PER"), (5, 8, "PER")])
    assert set(_persons(doc)) == {"CHRISTOPHER_LOCKYEAR", "SAYYED_MOHAMMAD_AGHA"}


def test_adviser_to_a_person_speaks_for_the_persons_state():
    from greatgame.extract.index import ActorInfo, Ref

    doc = parse(_flat("an/DT adviser/NN to/IN Ghani/NNP said/VBD ./."))
    index = ActorIndex(doc)
    index.add_actor(ActorInfo("ASHRAF_GHANI", "Ashraf Ghani", "person", "AFG", "ELI"))
    index.add(Ref(3, 4, "ASHRAF_GHANI", "name"))
    add_persons(doc, index, text=doc.text)
    ref = index.ref_at(3)
    assert (ref.start, ref.end, ref.actor) == (0, 4, "AFG")


def test_the_spokesman_is_the_spokesman_named_before():
    from greatgame.extract.index import ActorInfo, Ref
    from greatgame.extract.persons import add_sources

    doc = parse("""
        A DT 2 det
        Taliban NNP 2 compound
        spokesman NN 3 nsubj
        spoke VBD 3 ROOT
        . . 3 punct
        the DT 6 det
        spokesman NN 7 nsubj
        said VBD 7 ROOT
        . . 7 punct""")
    index = ActorIndex(doc)
    index.add_actor(ActorInfo("TALIBAN", "Taliban", "armed_group", "AFG", "REB"))
    index.add(Ref(1, 3, "TALIBAN", "role"))
    add_sources(doc, index)
    assert index.ref_at(6).actor == "TALIBAN"


def test_name_particles_stay_inside_the_name():
    doc = with_ents(parse(_flat("said/VBD Ursula/NNP von/NNP der/NNP Leyen/NNP ./.")),
                    [(1, 2, "PER")])
    assert _persons(doc) == {"URSULA_VON_DER_LEYEN": ["Ursula von der Leyen"]}


def test_place_evidence_counts_where_the_ner_saw_nothing():
    # the NER finds "Diego Garcia" only where no preposition shows it is a place
    doc = with_ents(parse(_flat("Diego/NNP Garcia/NNP hosts/VBZ a/DT base/NN ./. It/PRP "
                                "stays/VBZ in/IN Diego/NNP Garcia/NNP ./.")),
                    [(0, 2, "PER")])
    assert _persons(doc) == {}


def test_name_coordinated_with_a_known_place_is_a_place():
    doc = with_ents(parse(_flat("fighters/NNS returning/VBG from/IN Mosul/NNP and/CC "
                                "Raqqa/NNP ./.")), [(5, 6, "PER")])
    assert _persons(doc) == {}


def test_first_name_alone_is_the_one_person_it_begins():
    doc = with_ents(parse(_flat("Malala/NNP Yousafzai/NNP spoke/VBD ./. Malala/NNP left/VBD "
                                "./.")), [(0, 2, "PER"), (4, 5, "PER")])
    assert _persons(doc) == {"MALALA_YOUSAFZAI": ["Malala Yousafzai", "Malala"]}


def test_title_found_after_another_title_is_trimmed():
    doc = with_ents(parse(_flat("MSF/NNP Secretary/NNP General/NNP Christopher/NNP "
                                "Lockyear/NNP said/VBD ./.")), [])
    assert set(_persons(doc)) == {"CHRISTOPHER_LOCKYEAR"}
