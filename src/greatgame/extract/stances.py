"""Stances: what an actor believes, fears, wants or holds against another.

A stance is a cue (a verb such as *believes*, *fears*, *wants*, *accuses*; a predicate
adjective such as *is convinced*, *is worried*; or a support-verb noun such as
*expressed its reservations*) with a holder (the cue's subject, or the subject of the
clause a participle hangs from: "…, hoping it would …"), a proposition (the clause the
cue governs) and, when the proposition names one, a target actor: its subject, else the
first actor among its arguments (places after *in* do not count).

Polarity: fear and accusation cues are -1; a want is +1 unless what is wanted acts
against the target ("put an end to the US military presence"); a belief takes the
balance of evaluative words in the proposition ("no longer efficient" -1, "less
threatening … better" +1). A negated cue flips the sign. What a holder believes is the
holder's, not a fact: stances never assert their proposition.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from greatgame.extract.index import ActorIndex
from greatgame.extract.lexicon import (
    AGAINST_VERBS,
    NEGATIVE,
    NEGATORS,
    POSITIVE,
    STANCE_ADJECTIVES,
    STANCE_NOUNS,
    STANCE_VERBS,
    SUPPORT_VERBS,
    stance_lemma,
)
from greatgame.records import Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CLAUSE_DEPS = ("ccomp", "xcomp", "obj", "dobj", "advcl", "obl", "nmod", "acl")
BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "'s", "’s", "'re", "become",
                "becomes", "became", "remain", "remains", "remained", "seem", "seems",
                "appear", "appears", "feel", "feels", "grow", "grew", "get", "got"})
LOCATIVE = frozenset({"in", "inside", "across", "throughout", "within", "over", "at", "near"})


def _negated(token: Token) -> bool:
    return any(c.dep_ in ("neg", "advmod") and c.lower_ in NEGATORS for c in token.children)


def _holder(cue: Token, index: ActorIndex | None = None) -> Token | None:
    if index is not None:
        subjects = [c for c in cue.children if c.dep_ in ("nsubj", "csubj", "compound")
                    and c.i < cue.i and index.resolve(c)]
        if subjects:
            return subjects[-1]
    verb = cue
    for _ in range(4):
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj") or (
                child.dep_ == "nsubj:pass" and verb.tag_ != "VBN"
            ):
                return child
            if child.dep_ == "nsubj:pass":  # "was considered": the holder is the agent
                return next((g for c in verb.children if c.dep_ == "obl"
                             for g in [c] if any(k.lower_ == "by" for k in c.children)), None)
        if verb.dep_ in ("conj", "xcomp", "advcl", "acl", "acl:relcl", "cop") or (
            verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj")
        ):
            if verb.dep_ == "acl:relcl" and verb.head.pos_ in ("PROPN", "NOUN"):
                return verb.head  # "Moscow that wants …"
            verb = verb.head
        else:
            break
    return None


def _proposition(cue: Token) -> Span | None:
    """The clause or phrase the cue governs (after the cue, marks and "that" dropped)."""
    doc = cue.doc
    parts = [c for c in cue.rights if c.dep_ in CLAUSE_DEPS and c.i > cue.i]
    if not parts:
        end = cue.sent.end
        start = cue.i + 1
        while start < end and doc[start].lower_ in ("that", "about", "of", "to", "over"):
            start += 1
        if end - start < 2:
            return None
        return doc[start:end]
    start = min(p.left_edge.i for p in parts)
    end = max(c.right_edge.i for c in cue.rights if not c.is_punct) + 1
    while start < end and (doc[start].dep_ == "mark" or doc[start].lower_ in ("that", "about")):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end] if end > start else None


def _target(prop: Span, index: ActorIndex, holder: list[str]) -> str | None:
    """The proposition's subject if it is an actor, else its first argument actor."""
    best: tuple[int, str] | None = None
    for tok in prop:
        ref = index.ref_at(tok.i)
        if ref is None or ref.actor in holder or ref.how == "pronoun" and ref.actor in holder:
            continue
        head = prop.doc[ref.start : ref.end].root
        case = next((c.lower_ for c in head.children if c.dep_ == "case"), None)
        if case in LOCATIVE:
            continue
        in_subject = any(a.dep_ in ("nsubj", "nsubj:pass") and a.i in range(prop.start, prop.end)
                         for a in head.ancestors)
        rank = 0 if head.dep_ in ("nsubj", "nsubj:pass") else 1 if in_subject or head.dep_ in (
            "obj", "nmod:poss", "iobj") else 2
        if best is None or rank < best[0]:
            best = (rank, ref.actor)
    return best[1] if best else None


def _evaluation(prop: Span, index: ActorIndex, target: str | None) -> int:
    """+1, -1 or 0: the balance of evaluative words, negators flipping the next one."""
    score = 0.0
    flip = False
    for tok in prop:
        lower, lemma = tok.lower_, tok.lemma_.lower()
        if lower in NEGATORS or (lower == "longer" and tok.i > 0 and
                                 tok.doc[tok.i - 1].lower_ == "no"):
            flip = True
            continue
        value = 0
        if lemma in AGAINST_VERBS or lower in AGAINST_VERBS:
            hit = target is not None and any(
                index.ref_at(t.i) is not None and index.ref_at(t.i).actor == target
                for t in tok.subtree if t.i > tok.i)
            value = -2 if hit else -1
        elif lower in POSITIVE or lemma in POSITIVE:
            value = 1
        elif lower in NEGATIVE or lemma in NEGATIVE:
            value = -1
        if value:
            depth = sum(1 for a in tok.ancestors if prop.start <= a.i < prop.end)
            weight = 3 if depth == 0 else 2 if depth == 1 else 1
            score += (-value if flip else value) * weight
            flip = False
    return (score > 0) - (score < 0)


def _stance(cue: Token, kind: str, base: int, cue_word: str, index: ActorIndex,
            prop: Span | None) -> Stance | None:
    holder_tok = _holder(cue, index)
    if holder_tok is None:
        return None
    holders = index.resolve(holder_tok)
    if not holders or prop is None:
        return None
    target = _target(prop, index, holders) if prop is not None else None
    if kind in ("fear", "accuse"):
        polarity = base
    elif kind == "want":
        polarity = -1 if prop is not None and _evaluation(prop, index, target) < 0 and \
            _against(prop) else 1
    else:
        polarity = _evaluation(prop, index, target) if prop is not None else base
        polarity = polarity or base
    if _negated(cue):
        polarity = -polarity
    sent = cue.sent
    text = prop.text if prop is not None else ""
    start = prop.start_char if prop is not None else sent.start_char
    end = prop.end_char if prop is not None else sent.end_char
    return Stance(holder=holders[0], target=target, polarity=polarity, cue=cue_word,
                  text=text, sentence=sent.text.strip(), start=start, end=end)


def _against(prop: Span) -> bool:
    return any(t.lemma_.lower() in AGAINST_VERBS or t.lower_ in AGAINST_VERBS for t in prop)


def stances(doc: Doc, index: ActorIndex) -> Iterator[Stance]:
    """Every stance of a resolved actor in a parsed article, in text order."""
    for tok in doc:
        lemma = stance_lemma(tok)
        if lemma is not None:
            kind, base = STANCE_VERBS[lemma]
            if lemma in ("see", "view", "regard", "back", "feel") and not any(
                    c.dep_ in ("ccomp", "xcomp") or c.lower_ == "as" for c in tok.subtree):
                continue  # "see" a thing, "back" as an adverb
            found = _stance(tok, kind, base, lemma, index, _proposition(tok))
        elif tok.lower_ in STANCE_ADJECTIVES and _after_be(tok):
            kind, base = STANCE_ADJECTIVES[tok.lower_]
            found = _stance(tok, kind, base, tok.lower_, index, _proposition(tok))
        elif tok.lemma_.lower() in STANCE_NOUNS and tok.head.lemma_.lower() in SUPPORT_VERBS \
                and tok.dep_ in ("obj", "dobj"):
            kind, base = STANCE_NOUNS[tok.lemma_.lower()]
            found = _stance(tok.head, kind, base, tok.lemma_.lower(), index,
                            _proposition(tok))
        else:
            continue
        if found is not None:
            yield found


def _after_be(tok: Token) -> bool:
    """ "is convinced", "is surely aware", "are worried"."""
    doc = tok.doc
    for i in range(tok.i - 1, max(tok.sent.start, tok.i - 3) - 1, -1):
        if doc[i].lemma_ in BE or doc[i].lower_ in BE:
            return True
        if doc[i].pos_ not in ("ADV", "PART"):
            return False
    return False
