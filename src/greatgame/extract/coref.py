"""Pronouns and nominal anaphors resolved to the nearest fitting actor.

*he/she/him/his/her* take the nearest person or unnamed source; *it/its* the most
salient non-person actor (subjects before possessors before other mentions, nearer
before farther) in the sentence so far and the two before it; *they/them/their* a
coordinated group ("Russia, China and Iran … They"), else the nearest organisation,
armed group or state organ; "the group", "the movement", "the militants" the nearest
armed group; "the organization", "the alliance" the nearest organisation. Inside a
quotation, *I/me/my* is the speaker and *we/our/us* the speaker's state or group.
Resolved pronouns are used to read roles; they are not listed among an actor's mentions.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from greatgame.extract.index import ActorIndex, Ref

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PERSONAL = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
NEUTER = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
GROUP_NOUNS = {
    "group": "armed_group", "movement": "armed_group", "militants": "armed_group",
    "insurgents": "armed_group", "militia": "armed_group", "rebels": "armed_group",
    "organization": "organisation", "organisation": "organisation",
    "alliance": "organisation", "bloc": "organisation",
}  # fmt: skip
ROLE_WEIGHT = {"nsubj": 3.0, "nsubj:pass": 2.5, "nmod:poss": 1.5, "obj": 1.0}
WINDOW_SENTENCES = 2


def _sentences_before(tok: Token, n: int) -> int:
    """Token index where the window of ``n`` previous sentences starts."""
    sent = tok.sent
    start = sent.start
    for _ in range(n):
        if start == 0:
            break
        start = tok.doc[start - 1].sent.start
    return start


def _candidates(index: ActorIndex, tok: Token, kinds: Iterable[str]) -> list[Ref]:
    kinds = set(kinds)
    lo = _sentences_before(tok, WINDOW_SENTENCES)
    return [r for r in index.refs
            if lo <= r.start and r.end <= tok.i and index.actors[r.actor].kind in kinds]


def _salience(index: ActorIndex, ref: Ref, tok: Token) -> float:
    head = index.doc[ref.start : ref.end].root
    dep = head.dep_ if head.dep_ != "conj" else head.head.dep_
    same_sentence = head.sent.start == tok.sent.start
    distance = (tok.i - ref.end) / 40.0
    return ROLE_WEIGHT.get(dep, 0.5) + (2.0 if same_sentence else 0.0) - distance


def _best(index: ActorIndex, tok: Token, kinds: Iterable[str]) -> Ref | None:
    found = _candidates(index, tok, kinds)
    if not found:
        return None
    return max(found, key=lambda r: (_salience(index, r, tok), r.start))


def _group_before(index: ActorIndex, tok: Token) -> list[str] | None:
    """The nearest coordination of two or more actors before a plural pronoun."""
    lo = _sentences_before(tok, 1)
    for ref in sorted(index.refs, key=lambda r: -r.start):
        if ref.start < lo or ref.end > tok.i:
            continue
        head = index.doc[ref.start : ref.end].root
        first = head if head.dep_ != "conj" else head.head
        actors = index.resolve(first)
        if len(actors) >= 2:
            return actors
    return None


def resolve_pronouns(doc: Doc, index: ActorIndex) -> None:
    """Third-person pronouns and nominal anaphors (see the module docstring)."""
    for tok in doc:
        if index.ref_at(tok.i) is not None:
            continue
        lower = tok.lower_
        target: Ref | None = None
        how = "pronoun"
        if lower in PERSONAL and tok.pos_ == "PRON" or lower in ("he", "she", "his"):
            target = _best(index, tok, ("person", "source"))
        elif lower in NEUTER:
            if lower == "it" and _is_expletive(tok):
                continue
            target = _best(index, tok, ("state", "organisation", "armed_group"))
        elif lower in PLURAL:
            group = _group_before(index, tok)
            if group:
                index.groups[tok.i] = group
                index.add(Ref(tok.i, tok.i + 1, group[0], "pronoun"))
                continue
            target = _best(index, tok, ("organisation", "armed_group", "state"))
        elif lower in GROUP_NOUNS and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
            target = _best(index, tok, (GROUP_NOUNS[lower],))
            how = "nominal"
        if target is not None:
            index.add(Ref(tok.i, tok.i + 1, target.actor, how))


def _is_expletive(tok: Token) -> bool:
    """ "it is clear that", "it seems that", "it is time": no antecedent."""
    if tok.dep_ == "expl":
        return True
    nxt = tok.doc[tok.i + 1 : tok.i + 4]
    words = [t.lower_ for t in nxt]
    if words[:1] in (["seems"], ["appears"]):
        return True
    return bool(words[:1] == ["is"] and len(words) > 1 and words[1] in (
        "clear", "time", "worth", "likely", "unlikely", "possible", "important", "not",
        "very", "true", "obvious", "necessary", "hard", "difficult", "expected"))


def resolve_first_person(index: ActorIndex, quote: Span, speaker: str | None) -> None:
    """Inside a quotation: I/me/my -> the speaker; we/us/our -> the speaker's side."""
    if speaker is None:
        return
    info = index.actors.get(speaker)
    side = index.affiliation.get(speaker) or (
        info.country if info is not None and info.kind == "person" and info.country else speaker
    )
    if side not in index.actors:
        side = speaker
    for tok in quote:
        if index.ref_at(tok.i) is not None:
            continue
        if tok.lower_ in FIRST_SINGULAR:
            index.add(Ref(tok.i, tok.i + 1, speaker, "pronoun"))
        elif tok.lower_ in FIRST_PLURAL and tok.text != "US":
            index.add(Ref(tok.i, tok.i + 1, side, "pronoun"))
