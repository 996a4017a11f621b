"""A subject the parse put after its verb while the noun before the verb hangs loose.

In a declarative English clause the subject comes before a finite verb; it follows the
verb only after an auxiliary ("did the minister say"), in reported speech ('", said
the minister') or after "there". The web-text parser, given a long title and an
unfamiliar name before the verb ("Ghanaian junior trade minister Kofi Boateng summoned
Togo's envoy Yao Mensah"), may leave the title and the name as bare obliques
(``obl:unmarked``) of the verb and take the object after it for the subject. Where a
finite verb (or a sentence's main verb tagged a participle) has no subject before it,
no auxiliary, no clause of speech or quotation before it, a bare noun or name before it
that is no time expression, and a subject after it, the noun before the verb is the
subject (the name nearest the verb; a title before it becomes the name's descriptor,
``nmod:desc``) and the noun after it the object.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from greatgame.nlp.diagnosis import FINITE_TAGS

LOOSE = frozenset({"obl:unmarked", "obl:npmod"})
"""Labels the parse gives a bare noun phrase it could not place."""
_BLOCKERS = frozenset({"aux", "aux:pass", "expl", "ccomp", "parataxis", "nsubj:pass",
                       "csubj", "cop"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def mend_fronted_subjects(doc: Doc) -> None:
    """The repair of the module docstring, in place."""
    for verb in doc:
        found = _misplaced(verb)
        if found is None:
            continue
        before, after = found
        subject = before[-1]
        for title in before[:-1]:
            title.head, title.dep_ = subject, "nmod:desc"
        subject.head, subject.dep_ = verb, "nsubj"
        after.dep_ = "obj"


def _loose_noun(tok: Token) -> bool:
    return tok.dep_ in LOOSE and tok.pos_ in ("NOUN", "PROPN") and \
        tok.ent_type_ not in _TIME_ENTITIES and \
        not any(c.dep_ in ("case", "nummod") for c in tok.children)


def _misplaced(verb: Token) -> tuple[list[Token], Token] | None:
    """The loose nouns before the verb (nearest last) and the subject after it, or None."""
    if verb.pos_ != "VERB" or not (verb.tag_ in FINITE_TAGS or
                                    (verb.tag_ == "VBN" and verb.dep_ == "ROOT")):
        return None
    left = [c for c in verb.children if c.i < verb.i]
    if any(c.dep_ == "nsubj" or c.dep_ in _BLOCKERS for c in left) or any(
            c.text in ('"', "\u201d", "''") for c in left):
        return None
    after = [c for c in verb.children if c.i > verb.i and c.dep_ == "nsubj"]
    before = [c for c in left if _loose_noun(c)]
    if len(after) != 1 or not before or any(
            c.dep_ == "obj" for c in verb.children):
        return None
    return before, after[0]
