"""Verbs of asking, urging and ordering: whose is the act their infinitive names.

"urged Ethiopia to withdraw": the object does it (``event_syntax._subject``); "ordered
the army to seal the border": a government's order to its own forces is its own act
(``own_forces_ordered``); and where the parse made the infinitive after the object a
clause of purpose, it is made the verb's complement (``mend_control_clauses``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from greatgame.extract.lexicon import COMMANDING_VERBS, OBJECT_CONTROL_VERBS
from greatgame.extract.verb_tables import MILITARY_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PREMODIFIERS = frozenset({"compound", "amod", "flat", "nummod"})
"""Words before a noun: they may name its owner ("Iraqi troops"), and a misplaced
preposition may hang on them."""


def own_forces_ordered(verb: Token, obj: Token) -> bool:
    """Does a verb of commanding order forces no other owner is named for ("ordered the
    army to", "ordered its troops to")? They act for whoever orders them."""
    if verb.lemma_.lower() not in COMMANDING_VERBS or obj.lemma_.lower() not in MILITARY_UNITS:
        return False
    return not any(c.dep_ == "nmod:poss" and c.pos_ != "PRON" or c.dep_ in PREMODIFIERS
                   and c.text[:1].isupper() for c in obj.children)


def mend_control_clauses(doc: Doc) -> None:
    """Make the "to" infinitive right after the object of a verb of asking, urging or
    ordering its complement (``xcomp``) where the parse made it a clause of purpose
    ("ordered the ambassador to[advcl] leave") or a clause of the object ("ordered the
    envoy to[acl] leave"): its doer is the object, and the verb's patterns read it
    ("ORDER * TO LEAVE")."""
    for token in doc:
        if token.pos_ != "VERB" or token.dep_ not in ("advcl", "acl"):
            continue
        verb = token.head if token.dep_ == "advcl" else token.head.head
        if token.dep_ == "acl" and token.head.dep_ != "obj" \
                or verb.lemma_.lower() not in OBJECT_CONTROL_VERBS:
            continue
        obj = next((c for c in verb.children if c.dep_ == "obj"), None)
        mark = next((c for c in token.children if c.dep_ == "mark"), None)
        if obj is not None and mark is not None and mark.lower_ == "to" \
                and mark.i == _object_end(obj, token) + 1:
            token.head, token.dep_ = verb, "xcomp"


def _object_end(obj: Token, clause: Token) -> int:
    """The last word of the object's phrase, without the clause the parse hung on it."""
    return max([obj.i, *(c.right_edge.i for c in obj.children if c.i < clause.i)])
