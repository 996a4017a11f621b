"""Force readied is a force posture (``verb_constructions.readied_force``, word class
``readying_verbs``): "prepared to attack" reports no attack, and no threat either."""

from __future__ import annotations

from .hand_parse import code, parse


def _prepared(tag: str, aux: tuple[str, ...] = ()) -> list[tuple[str, str, str, int, str, str]]:
    rows = [("Turkish", "turkish", "ADJ", 1, "amod", "JJ"),
            ("troops", "troop", "NOUN", 2 + len(aux), "nsubj", "NNS")]
    rows += [(a, "be", "AUX", 2 + len(aux), "aux", "VBD") for a in aux]
    verb = 2 + len(aux)
    rows += [("prepared" if tag == "VBD" else "preparing", "prepare", "VERB", verb, "ROOT", tag),
             ("to", "to", "PART", verb + 2, "mark", "TO"),
             ("attack", "attack", "VERB", verb, "advcl", "VB"),  # the parse's purpose advcl
             ("Iraq", "Iraq", "PROPN", verb + 2, "obj", "NNP"),
             (".", ".", "PUNCT", verb, "punct", ".")]
    return rows


def test_preparing_to_attack_is_a_force_posture_not_an_attack() -> None:
    [event] = code(parse(_prepared("VBD")))
    assert (event.type, event.cameo, event.source) == ("MOBILIZE", "150", ("TUR",))
    assert not event.future


def test_readying_force_now_is_no_intention() -> None:
    # "were preparing to attack": shown now, so no THREATEN by PLOVER's conventions
    [event] = code(parse(_prepared("VBG", aux=("were",))))
    assert (event.type, event.coded_type or event.type) == ("MOBILIZE", "MOBILIZE")
    assert not event.future


def test_an_attack_no_readying_verb_governs_stays_an_attack() -> None:
    doc = parse([
        ("Turkish", "turkish", "ADJ", 1, "amod", "JJ"),
        ("troops", "troop", "NOUN", 2, "nsubj", "NNS"),
        ("attacked", "attack", "VERB", 2, "ROOT", "VBD"),
        ("Iraq", "Iraq", "PROPN", 2, "obj", "NNP"),
        (".", ".", "PUNCT", 2, "punct", "."),
    ])
    [event] = code(doc)
    assert event.type == "ASSAULT"
