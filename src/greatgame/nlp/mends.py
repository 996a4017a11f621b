"""Mends of a parse that need no second parse, and the rows they and the re-parses of
:mod:`greatgame.nlp.repair` write: a participle news uses as an adjective, a trailing
participle made the head of the clause before it, a bare noun after a verb left without
its object's label."""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc, Token

from greatgame.nlp.diagnosis import ADJECTIVAL_PARTICIPLES, SPEECH, SUBJECTS, TIME_NOUNS, VERBAL

ATTRS = [HEAD, DEP, POS, TAG, LEMMA, MORPH]


def row(token: Token, head: int, dep: str, pos: str | None = None) -> np.ndarray:
    """A token's row with a new head (an offset), label and, if given, part of speech."""
    strings = token.doc.vocab.strings
    return np.array([relative(head), strings.add(dep), strings.add(pos) if pos else token.pos,
                     token.tag, token.lemma, token.morph.key], dtype=np.uint64)


def mend_adjectival_participles(doc: Doc) -> None:
    """"withdraw its troops from neighboring[VERB] Lebanon": a participle news uses as an
    adjective, parsed as a clause with the name for object, is made the name's modifier
    and the preposition the name's (the name takes the clause's place)."""
    rows = {}
    for tok in doc[:-1]:
        if tok.lower_ not in ADJECTIVAL_PARTICIPLES or tok.pos_ != "VERB":
            continue
        name = next((c for c in tok.children if c.dep_ in ("obj", "obl") and c.i > tok.i
                     and c.pos_ == "PROPN"), doc[tok.i + 1])  # ("visiting ... Yohei Kono")
        mark = next((c for c in tok.children if c.dep_ in ("mark", "case") and c.i < tok.i), None)
        if name.head.i != tok.i or name.pos_ != "PROPN" or mark is None or tok.head.i == tok.i:
            continue
        rows[name.i] = row(name, tok.head.i - name.i, "obl" if tok.head.pos_ in
                                        VERBAL else "nmod")
        rows[tok.i] = row(tok, name.i - tok.i, "amod", pos="ADJ")
        rows[mark.i] = row(mark, name.i - mark.i, "case", pos="ADP")
    apply_rows(doc, rows)


def apply_rows(doc: Doc, rows: dict[int, np.ndarray]) -> None:
    """Write mended rows (index -> ``ATTRS`` values) into the Doc at once."""
    if not rows:
        return
    array = doc.to_array(ATTRS)
    for i, row in rows.items():
        array[i] = row
    doc.from_array(ATTRS, array)


def mend_trailing_participles(doc: Doc) -> None:
    """"French warships launched[advcl] war games, expected[ROOT] to be joined by ...": a
    subjectless participle after a comma that the parse made the head of the clause
    before it. The clause's verb takes the participle's place (root, or the complement of
    a closing "..., the embassy said") and the participle becomes its ``advcl``."""
    rows: dict[int, np.ndarray] = {}
    for verb in doc:
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBN", "VBD", "VBG") or verb.i == 0 \
                or doc[verb.i - 1].text != "," or verb.i in rows:
            continue
        if verb.lemma_.lower() in SPEECH or any(
                c.dep_ in SUBJECTS or c.dep_ in ("aux", "aux:pass", "expl", "obj")
                for c in verb.children):
            continue  # a verb with an object or a speaker heads a clause of its own
        clause = next((c for c in verb.children if c.dep_ in ("advcl", "ccomp", "parataxis")
                       and c.i < verb.i and c.pos_ == "VERB"
                       and any(g.dep_ in SUBJECTS for g in c.children)), None)
        if clause is None:
            continue
        rooted = verb.head.i == verb.i
        rows[clause.i] = row(clause, 0 if rooted else verb.head.i - clause.i,
                                          "ROOT" if rooted else verb.dep_)
        rows[verb.i] = row(verb, clause.i - verb.i, "advcl")
        for child in verb.children:
            if child.i < verb.i and child.i != clause.i:  # the comma, and what else the
                # first clause holds
                rows[child.i] = row(child, clause.i - child.i, child.dep_)
    apply_rows(doc, rows)


def mend_split_compounds(doc: Doc) -> None:
    """"withdrew a contested foreign agents[obj] bill[obl:unmarked]": a bare noun right
    after a verb's object, which the parse hung on the verb with no preposition, is the
    phrase's head, and the object with its modifiers is its compound (a bare time noun,
    "met the envoy Monday", is not)."""
    rows = {}
    for tok in doc[1:]:
        before, head = doc[tok.i - 1], tok.head
        if tok.dep_ != "obl:unmarked" or tok.pos_ != "NOUN" or before.dep_ != "obj" \
                or before.head.i != head.i or before.pos_ != "NOUN" \
                or tok.lower_ in TIME_NOUNS or tok.lemma_.lower() in TIME_NOUNS:
            continue
        rows[tok.i] = row(tok, head.i - tok.i, "obj")
        rows[before.i] = row(before, tok.i - before.i, "compound")
        for child in before.children:
            if child.i < before.i:
                rows[child.i] = row(child, tok.i - child.i, child.dep_)
    apply_rows(doc, rows)


def mend_unmarked_objects(doc: Doc) -> None:
    """"shortened by one hour the nightly curfew[obl:unmarked]", "questioned former prime
    minister Bettino[ccomp] Craxi": a bare noun after a verb with no object, which the
    parse left without a preposition or read as a clause with no verb, is the verb's object
    (a bare time noun, "stayed a week", is not)."""
    rows = {}
    for tok in doc:
        head = tok.head
        if tok.dep_ not in ("obl:unmarked", "ccomp") or tok.pos_ not in ("NOUN", "PROPN") \
                or head.pos_ != "VERB" or tok.i < head.i or tok.lower_ in TIME_NOUNS \
                or tok.lemma_.lower() in TIME_NOUNS:
            continue
        if tok.dep_ == "ccomp" and (head.lemma_.lower() in SPEECH - {"tell"}
                                    or tok.left_edge.i != head.i + 1):
            continue  # ("..., said Alan Chong": the speaker; "says the hunts face ...")
        if any(c.dep_ == "obj" for c in head.children) or any(
                c.dep_ in ("case", "cop", "mark", "aux", "aux:pass") or c.dep_ in SUBJECTS
                for c in tok.children):
            continue  # (a nominal clause, "said Iran was behind it", keeps its label)
        rows[tok.i] = row(tok, head.i - tok.i, "obj")
    apply_rows(doc, rows)


def relative(offset: int) -> np.uint64:
    """A head offset as spaCy's uint64 arrays hold it (negative offsets wrap)."""
    return np.int64(offset).astype(np.uint64)
