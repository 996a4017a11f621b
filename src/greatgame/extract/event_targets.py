"""Whom an act is aimed at when the verb's own objects do not say.

A demand, threat, promise or refusal names its target inside what is demanded ("demanded
that the US cancel", "threatened to break relations with Russia"); a conditional threat is
aimed at whoever must meet the condition ("... if the United States goes ahead"); a protest
with no one protested against is aimed at the authority of its place ("demonstrated in
Serbia"), else at whom its demands are addressed. Each function returns actor ids (never
the source's again), or ``()``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from greatgame.extract import event_flags as flags
from greatgame.extract.event_context import STATE_ID, same_state
from greatgame.extract.event_syntax import CLAUSE_DEPS, PASSIVE_SUBJECT_DEPS, _marked, _prep_child
from greatgame.extract.event_syntax import SUBJECT_DEPS as ACTIVE_SUBJECT_DEPS
from greatgame.extract.verb_tables import SENDING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from greatgame.extract.event_context import EventContext

# Subjects, active or passive, of the clauses a target may be read from.
SUBJECT_DEPS = ACTIVE_SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS


# Nouns of a border: "its border with India" names India as whom it faces.
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# Where an act happens: "in Serbia", "at the border", "outside the White House", "through
# London".
PLACE_PREPS = frozenset({"in", "at", "outside", "through"})


def place_target(coder: EventContext, token: Token, exclude: Iterable[str], *,
                 obliques: bool = False) -> tuple[str, ...]:
    """An act with no one named as its target: PLOVER codes the authority of the place
    where it happens ("demonstrated in Serbia", "lifted the state of emergency in West
    Darfur"), the place of the verb or of its object (``obliques``: or of its other
    nouns, "put under investigation in Italy")."""
    skip = set(exclude)
    deps = ("obj", "obl") if obliques else ("obj",)
    objects = [c for c in token.children if c.dep_ in deps]
    for child in [*token.children, *(g for o in objects for g in o.children)]:
        if child.dep_ in ("obl", "nmod") and _marked(child, PLACE_PREPS):
            for member in (child, *(c for c in child.children if c.dep_ == "nmod")):
                found = coder.others(member, skip)
                if found:
                    return found
    return ()


def protested_target(coder: EventContext, token: Token, exclude: Iterable[str]) -> tuple[str, ...]:
    """Whom a march or strike is against by the protest it is held for: "marched through
    Gaza to protest against Israel's settlement policy" (the "against" phrase of its
    purpose clause)."""
    skip = set(exclude)
    for clause in token.children:
        if clause.dep_ not in ("advcl", "xcomp") or clause.lemma_.lower() not in PROTEST_VERBS:
            continue
        for child in clause.children:
            if child.dep_ in ("obl", "obj") and (child.dep_ == "obj"
                                                 or _marked(child, ("against",))):
                found = coder.others(child, skip)
                if found:
                    return found
    return ()


# Verbs a protest is held for: "marched to protest against", "went on strike to denounce".
PROTEST_VERBS = frozenset({"protest", "denounce", "condemn", "oppose", "demonstrate"})


def purpose_target(coder: EventContext, token: Token, exclude: Iterable[str]) -> tuple[str, ...]:
    """Whom an act is done to through its purpose: the object of the infinitive it is done
    for ("opened fire to disperse demonstrators", "sent troops to protect the refugees")."""
    skip = set(exclude)
    for clause in token.children:
        if clause.dep_ not in ("advcl", "xcomp") or not any(
                m.dep_ == "mark" and m.text.lower() == "to" for m in clause.children):
            continue
        for child in clause.children:
            if child.dep_ in ("obj", "iobj"):
                found = coder.others(child, skip)
                if found:
                    return found
    return ()


def destination_target(coder: EventContext, token: Token, exclude: Iterable[str]
                       ) -> tuple[str, ...]:
    """Whom an act done as the purpose of sending someone somewhere is aimed at: the
    destination ("sent personnel to Bosnia to investigate ...": Bosnia), a "to" phrase of
    the sending verb or of what it sends (the table ``sending_verbs``)."""
    if token.dep_ not in ("advcl", "xcomp") or not any(
            m.dep_ == "mark" and m.text.lower() == "to" for m in token.children):
        return ()
    head = token.head
    if coder.verb_lemma(head) not in SENDING_VERBS:
        return ()
    skip = set(exclude)
    sent = [c for c in head.children if c.dep_ == "obj"]
    for child in [*head.children, *(g for o in sent for g in o.children)]:
        if child.dep_ in ("obl", "nmod") and child.i < token.i and _marked(child, ("to",)):
            found = coder.others(child, skip)
            if found:
                return found
    return ()


# "on X" names a target only for acts done to X ("an attack on", "sanctions on"), not for a
# topic ("a conference on Afghanistan", "an agreement on the nuclear issue").
ON_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "PROTEST",
                             "MOBILIZE", "REQUEST"})
TOPIC_PREPS = frozenset({"on", "upon"})
# Prepositions that aim a noun at someone: "a war against Iraq", "contact with the US".
AIMING_PREPS = frozenset({"against", "with", "at", "on", "upon", "toward", "towards"})
# Force is shown at whom it is shown near: "held exercises near Taiwan", "off the coast of",
# both on the verb and on what it is done with.
SHOWN_AT = {"MOBILIZE": frozenset({"near", "off", "along", "toward", "towards", "around"})}
# ... and by type: aid and its promise reach whom they go "to"; a withdrawal, release or
# concession is "from" whom it yields.
YIELD_PREPS = {"RETREAT": frozenset({"from"}), "CONCEDE": frozenset({"from"})}
TYPE_PREPS = {"AID": frozenset({"to"}), "AGREE": frozenset({"to"}), **YIELD_PREPS, **SHOWN_AT}


def aimed_target(coder: EventContext, token: Token, exclude: Iterable[str],
                 kind: str = "") -> tuple[str, ...]:
    """Whom the act reaches through what it is done with or for, when the verb itself
    names no one: "mobilized reservists for a war against Iraq", "will boycott all
    contact with the United States", "fired shells at targets in Jericho" (two nouns
    deep at most); aid goes "to" its recipient, a withdrawal or concession is "from"
    whom it yields ("accepted demands from the rebels")."""
    skip = set(exclude)
    preps = AIMING_PREPS | TYPE_PREPS.get(kind, frozenset())
    topical = kind not in ON_TARGET_TYPES  # "on" aims only acts done to someone ...
    for child in token.children:  # "massed troops near the border": where force is shown
        if kind in SHOWN_AT and child.dep_ in ("obl", "nmod") and _marked(child, SHOWN_AT[kind]):
            if child.lemma_.lower() in BORDER_NOUNS:  # "along its border with Syria"
                child = _prep_child(child, {"with"}, deps=("nmod",)) or child
            found = _abroad(coder.others(child, skip), skip, kind)
            if found:
                return found
    frontier = [c for c in token.children if c.dep_ in ("obj", "obl")]
    for _depth in range(2):
        nested = []
        for noun in frontier:
            for child in noun.children:
                if child.dep_ not in ("nmod", "obl"):
                    continue
                nested.append(child)
                if topical and _marked(child, TOPIC_PREPS) and not _done_to(coder, noun):
                    continue  # ... or a measure ("lifted the blockade on Palestinian lorries")
                if _marked(child, preps):
                    found = _abroad(coder.others(child, skip) or _located(coder, child, skip),
                                    skip, kind)
                    if found:
                        return found
        frontier = nested
    return ()


def _abroad(found: tuple[str, ...], doers: set[str], kind: str) -> tuple[str, ...]:
    """Force shown on one's own ground faces no one ("deployed tanks around its
    headquarters in Khartoum"): the doers' own state is no target of a show of force."""
    if kind not in SHOWN_AT:
        return found
    return tuple(a for a in found if not any(same_state(a, d) for d in doers))


def _done_to(coder: EventContext, noun: Token) -> bool:
    """Does the noun name an act done to someone ("blockade", "sanctions", "attack")?"""
    info = coder.act_of(noun, modified=False)
    return info is not None and info.type in ON_TARGET_TYPES


def _located(coder: EventContext, noun: Token, skip: set[str]) -> tuple[str, ...]:
    """The actor of the place a noun is in: "targets in Jericho"."""
    for child in noun.children:
        if child.dep_ == "nmod" and _marked(child, ("in", "at")):
            found = coder.others(child, skip)
            if found:
                return found
    return ()


# Clauses that tell what an act answers: "put its forces on alert after Turkish warships
# entered disputed waters".
CAUSE_MARKS = frozenset({"after", "as", "because"})


def cause_target(coder: EventContext, token: Token, exclude: Iterable[str]) -> tuple[str, ...]:
    """Whom a show of force answers: the subject of the "after" or "as" clause that tells
    what provoked it."""
    return _clause_subject(coder, token, ("advcl", "obl"), CAUSE_MARKS, set(exclude),
                           verbal=True)


def _clause_subject(coder: EventContext, head: Token, deps: Iterable[str], marks: frozenset[str],
                    skip: set[str], *, verbal: bool = False) -> tuple[str, ...]:
    """The actors of the subject of the first clause under ``head`` (with one of these
    labels, a verb if ``verbal``) that one of ``marks`` opens; never those of ``skip``."""
    for clause in head.children:
        if clause.dep_ not in deps or verbal and clause.pos_ != "VERB" or not any(
                m.dep_ == "mark" and m.text.lower() in marks for m in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        found = coder.others(subject, skip)
        if found:
            return found
    return ()


def condition_target(coder: EventContext, token: Token, exclude: Iterable[str]) -> tuple[str, ...]:
    """Whom a conditional threat is aimed at: the subject of its "if" or "unless"
    clause ("threatened to stop the talks if the United States goes ahead")."""
    skip = set(exclude)
    heads = [token]
    for head in heads:
        if len(heads) < 8:
            # (and the clause said: "warned that Iran would retaliate if U.S. warships
            # attacked" is aimed at whoever must meet the condition of what is threatened)
            heads.extend(c for c in head.children if c.dep_ in ("xcomp", "advcl", "acl", "ccomp")
                         or c.dep_ == "obj" and head.i != token.i)
        found = _clause_subject(coder, head, ("advcl",), flags.CONDITIONAL_MARKS, skip)
        if found:
            return found
    return ()


def content_target(coder: EventContext, token: Token, exclude: Iterable[str], *,
                   threat: bool = False) -> tuple[str, ...]:
    """The first actor named in the demand, promise, threat or refusal a verb governs:
    the subject of a that-clause ("demanded that the US cancel"), else the first actor
    in the phrase of the act ("threatened to break relations with Russia", "offered to
    hand over to Britain"); never the source again. Forces that act in a threat's clause
    carry it out (``threat``: "warned that Indian troops would strike at bases in
    Pakistani Kashmir" is aimed at Pakistan)."""
    skip = set(exclude)
    clauses = [c for c in token.children if c.dep_ in ("ccomp", "xcomp") or (
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.text.lower() == "to"
                                  for m in c.children))]
    for clause in clauses:
        own = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if own is not None:
            found = coder.others(own, skip)
            if threat and own.dep_ == "nsubj" and found and all(
                    STATE_ID.fullmatch(a) and a.endswith("MIL") for a in found):
                skip |= set(found)
            elif found:
                return found
        for t in _phrase(clause):
            if t.pos_ not in ("PROPN", "NOUN", "ADJ", "PRON") or t.dep_ in ("compound", "flat"):
                continue
            if t.dep_ in SUBJECT_DEPS and t.head.i != clause.i and not _small_clause(t, clause):
                continue
            found = coder.others(t, skip)
            if found:
                return found
    return ()


def _phrase(head: Token) -> list[Token]:
    """The tokens of a clause in text order, without clauses nested in it that have a
    subject of their own, but for the subject of the verb's bare infinitive ("help
    Venezuela develop": Venezuela is whom it helps)."""
    out: list[Token] = []
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            subject = next((g for g in c.children if g.dep_ in SUBJECT_DEPS), None)
            if c.dep_ in CLAUSE_DEPS and subject is not None:
                if t.i == head.i and c.dep_ == "xcomp":
                    out.append(subject)
                continue
            stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _small_clause(subject: Token, clause: Token) -> bool:
    """Is this the subject of a bare infinitive the clause's verb takes ("help Venezuela
    develop")?"""
    return subject.head.dep_ == "xcomp" and subject.head.head.i == clause.i
