"""Hand-built parses for extractor unit tests: words, heads, labels; no trained model.

A parse is written one token per line, ``word TAG head dep`` with ``head`` the index of
the head token (itself for the root); POS follows from the tag. Actor mentions are given
as ``(start, end, actor_id, how)`` with their ``ActorInfo``.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from greatgame.extract.index import ActorIndex, ActorInfo, Ref

VOCAB = spacy.blank("en").vocab
POS = {
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "VB": "VERB", "VBZ": "VERB",
    "VBP": "VERB", "VBD": "VERB", "VBN": "VERB", "VBG": "VERB", "JJ": "ADJ", "JJR": "ADJ",
    "DT": "DET",
    "IN": "ADP", "PRP": "PRON", "PRP$": "PRON", "WDT": "PRON", "TO": "PART", "POS": "PART",
    "CC": "CCONJ", "RB": "ADV", ",": "PUNCT", ".": "PUNCT", "MD": "AUX", "CD": "NUM",
    "SCONJ": "SCONJ", "``": "PUNCT", "''": "PUNCT", "EX": "PRON", "WP": "PRON",
    "RP": "ADP",
}  # fmt: skip
STATES = {
    "RUS": ActorInfo("RUS", "Russia", "state", "RUS", "GOV"),
    "USA": ActorInfo("USA", "United States", "state", "USA", "GOV"),
    "AFG": ActorInfo("AFG", "Afghanistan", "state", "AFG", "GOV"),
    "IND": ActorInfo("IND", "India", "state", "IND", None),
    "IRN": ActorInfo("IRN", "Iran", "state", "IRN", None),
    "USAMIL": ActorInfo("USAMIL", "United States military", "state", "USA", "MIL"),
    "TALIBAN": ActorInfo("TALIBAN", "Taliban", "armed_group", "AFG", "REB"),
}


def parse(table: str) -> Doc:
    """A Doc from ``word TAG head dep`` lines (``SCONJ`` as a tag marks a subordinator);
    each tree is a sentence."""
    rows = [line.split() for line in table.strip().splitlines()]
    words = [r[0] for r in rows]
    tags = [r[1] if r[1] != "SCONJ" else "IN" for r in rows]
    pos = [POS[r[1]] for r in rows]
    heads = [int(r[2]) for r in rows]
    deps = [r[3] for r in rows]
    return Doc(VOCAB, words=words, tags=tags, pos=pos, heads=heads, deps=deps,
               lemmas=[w.lower() for w in words])


def index_of(doc: Doc, mentions: list[tuple[int, int, str, str]],
             actors: dict[str, ActorInfo] | None = None) -> ActorIndex:
    """An ActorIndex with the given mentions (actor infos from ``STATES`` by default)."""
    known = {**STATES, **(actors or {})}
    index = ActorIndex(doc)
    for start, end, actor, how in mentions:
        index.add_actor(known[actor])
        index.add(Ref(start, end, actor, how))
    return index


def with_ents(doc: Doc, ents: list[tuple[int, int, str]]) -> Doc:
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc
