"""Persons named with the body they hold an office in: "<body> <title> <name>".

News writes a person's office as a title between the body's name and the person's: "Arab
League Secretary-General Amr Moussa", "U.N. mediator Tomas Berg", "Hamas spokesman Sami
Abu Zuhri". The title says whom the person speaks for in this article, whatever country
the actor dictionary gives the person (a former head of state serving as a U.N. mediator
speaks for the U.N.). The title's words are the word class ``office_titles``
(``data/events/word_classes.json``; hyphenated titles are read word by word). An organ of
the body may stand between its name and the title ("African Union Commission chairman
X", "Arab League Council president X": the word class ``body_organs``). Only bodies
that are not states are read here: a state's titles ("Nigerian foreign minister") are
read by :mod:`greatgame.extract.persons`.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from greatgame.extract.index import ActorIndex, ActorInfo, Ref
from greatgame.extract.lexicon import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

BODY_KINDS = frozenset({"organisation", "armed_group"})
"""Kinds of actor whose officers a title before a name makes speak for them."""
MAX_TITLE = 4
"""The most tokens a title between the body and the name may have."""
MAX_ORGAN = 2
"""The most words naming an organ of the body before the title ("Commission")."""


@cache
def _offices() -> frozenset[str]:
    return word_class("office_titles")


@cache
def _organs() -> frozenset[str]:
    return word_class("body_organs")


def _title_word(tok: Token) -> bool:
    """Is the token a title word ("mediator", "Secretary-General", a lone hyphen)?"""
    if tok.text in ("-", "\u2013"):
        return True
    parts = [p for p in tok.lower_.split("-") if p]
    return bool(parts) and all(p in _offices() for p in parts)


def body_before(doc: Doc, start: int, index: ActorIndex) -> Ref | None:
    """The mention of a body (not a state, not a person) that a title word run joins to
    the name starting at ``start``: "Arab League Secretary-General" -> Arab League."""
    i = start - 1
    while i >= 0 and start - i <= MAX_TITLE and _title_word(doc[i]):
        i -= 1
    if i == start - 1 or i < 0 or start - i - 1 > MAX_TITLE:
        return None
    organ = i
    while i >= 0 and organ - i < MAX_ORGAN and index.ref_at(i) is None \
            and doc[i].lower_ in _organs():
        i -= 1  # "African Union Commission chairman": the body's organ
    if i < 0:
        return None
    ref = index.ref_at(i)
    if ref is None or ref.end != i + 1 or ref.how != "name":
        return None
    return ref if index.actors[ref.actor].kind in BODY_KINDS else None


def add_office_holders(doc: Doc, index: ActorIndex) -> None:
    """Make each person named after "<body> <title>" an officer of that body: its
    country and sector, and the body as the person's affiliation."""
    for ref in sorted(index.refs, key=lambda r: r.start):
        person = index.actors[ref.actor]
        if person.kind != "person" or ref.how != "name":
            continue
        body = body_before(doc, ref.start, index)
        if body is None:
            continue
        org = index.actors[body.actor]
        index.update_actor(ActorInfo(person.id, person.name, "person", org.country,
                                     org.sector))
        index.affiliation[person.id] = org.id
