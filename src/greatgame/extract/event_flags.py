"""What kind of statement an event is: negated, future, hypothetical, historical, attributed.

An op-ed states few plain facts. These small functions read a predicate token's own
dependents and the chain of verbs that govern it (``xcomp`` links such as "will not be able
to achieve", "started to hold") and say how the statement is framed. They never change the
``Doc`` and depend only on Universal Dependencies labels, so hand-built parses test them.

>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Moscow", "will", "not", "be", "able", "to", "achieve", "reconciliation"]
>>> heads = [4, 4, 4, 4, 4, 6, 4, 6]
>>> deps = ["nsubj", "aux", "advmod", "cop", "ROOT", "mark", "xcomp", "obj"]
>>> doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
>>> is_negated(doc[6]), is_future(doc[6])
(True, True)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from greatgame.extract.lexicon import (
    DECISION_VERBS,
    DECREE_VERBS,
    DENIAL_VERBS,
    NEGATORS,
    REPORTING_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
MODALS = frozenset({"would", "could", "might", "may", "should", "can", "ca", "must", "'d"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
# Words that carry their xcomp into the future ("plans to", "is going to", "is ready to").
FUTURE_GOVERNORS = frozenset({
    "plan", "intend", "expect", "prepare", "go", "ready", "vow", "pledge", "promise",
    "schedule", "set", "due", "aim", "hope", "want", "seek", "wish", "decide", "agree",
    "offer", "threaten", "try", "attempt", "able", "willing", "prepared", "committed",
    "determined", "poised", "eager",
})  # fmt: skip
# Nouns whose infinitive is meant, not done: "expressed willingness to cooperate".
INTENT_NOUNS = frozenset({"willingness", "readiness", "intention", "intent", "plan",
                          "offer", "pledge", "promise", "commitment", "determination",
                          "decision", "proposal", "bid"})
# Governors whose xcomp did not (or not yet) happen ("failed to", "refused to"), and the
# nouns and adjectives that say so ("Obama's failure to sell", "its reluctance to back").
NEGATING_GOVERNORS = frozenset({
    "fail", "refuse", "decline", "unable", "stop", "cease", "avoid", "failure", "refusal",
    "reluctance", "reluctant", "unwilling", "unwillingness", "inability",
})
HYPOTHETICAL_HEADS = frozenset({
    "possible", "likely", "unlikely", "probable", "could", "might", "perhaps", "maybe",
    "if", "hypothetical", "potential", "speculation", "chance", "risk",
})  # fmt: skip
# Verbs and adjectives whose clausal complement is someone's belief.
BELIEF_VERBS = frozenset({
    "believe", "think", "fear", "consider", "hope", "expect", "feel", "assume", "suspect",
    "doubt", "worry", "know", "suppose", "imagine", "reckon", "regard", "see", "view",
    "want", "wish", "convince", "aware", "sure", "certain", "concerned", "worried",
    "afraid", "convinced", "understand", "realize", "realise", "guess", "estimate",
})  # fmt: skip
ATTRIBUTION_VERBS = REPORTING_VERBS | BELIEF_VERBS
# Belief and speech verbs whose passive subject is what is believed or said of, not who
# believes or says it: "X is believed to have fled", "X is said to be".
UNHELD_PASSIVES = (BELIEF_VERBS - {"convince", "concerned", "worried"}) | {"say", "report"}
COMPLEMENT_DEPS = frozenset({"ccomp", "parataxis", "xcomp", "advcl", "csubj", "obj", "conj"})
CLAUSE_LINKS = frozenset({"xcomp", "conj"})


def governors(token: Token, *, limit: int = 6) -> Iterator[Token]:
    """The predicate and the verbs or adjectives that control it through ``xcomp`` links
    (an infinitive under an adjective, "able to achieve", counts even when parsed as an
    adverbial clause)."""
    current = token
    yield current
    for _ in range(limit):
        if current.head.i == current.i or not (current.dep_ == "xcomp" or _adjective_complement(
                current)):
            return
        current = current.head
        yield current


def _adjective_complement(token: Token) -> bool:
    return token.dep_ == "advcl" and token.head.pos_ == "ADJ" and any(
        c.dep_ == "mark" and c.text.lower() == "to" for c in token.children)


def _children_words(token: Token, deps: frozenset[str] | None = None) -> Iterator[str]:
    for child in token.children:
        if deps is None or child.dep_ in deps:
            yield child.text.lower()


def _has_negator(token: Token) -> bool:
    for child in token.children:
        if child.text.lower() in NEGATORS and child.dep_ in ("advmod", "neg", "det", "cc:preconj",
                                                        "cc", "mark"):
            return True
        if child.dep_ == "nsubj" and child.text.lower() in ("nobody", "none", "neither"):
            return True
        if child.dep_ in ("nsubj", "nsubj:pass") and any(
                c.text.lower() == "neither" and c.i < child.i for c in child.children):
            return True  # "neither A nor B was able to": no one did
    return False


def is_negated(token: Token) -> bool:
    """The statement is denied: "did not attack", "will not be able to achieve", "failed
    to", "denied that it had attacked"."""
    chain = list(governors(token))
    if any(_has_negator(t) for t in chain):
        return True
    if token.dep_ == "acl" and token.head.lemma_.lower() in NEGATING_GOVERNORS and any(
            c.dep_ == "mark" and c.lower_ == "to" for c in token.children):
        return True  # "Obama's failure to sell", "its reluctance to back"
    if _after_negating_object(token):
        return True  # "signalled its reluctance to[advcl] back the plan": the same, misparsed
    if token.dep_ == "ccomp" and token.head.lemma_.lower() in DENIAL_VERBS:
        return True  # "denied that its troops had crossed"
    return any(t.lemma_.lower() in NEGATING_GOVERNORS for t in chain[1:])


def _after_negating_object(token: Token) -> bool:
    """Is the infinitive right after its head verb's object a noun of refusal, which the
    parse hung on the verb instead of the noun ("signalled its reluctance to back")?"""
    mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ == "to"), None)
    if token.dep_ not in ("advcl", "xcomp") or mark is None:
        return False
    obj = next((c for c in token.head.children if c.dep_ == "obj"), None)
    return obj is not None and obj.lemma_.lower() in NEGATING_GOVERNORS \
        and obj.right_edge.i + 1 == mark.i


def _aux_words(token: Token) -> set[str]:
    return {c.text.lower() for c in token.children if c.dep_ in ("aux", "aux:pass")}


def _reported_would(token: Token) -> bool:
    """"said they would boycott": "would" in reported speech is the speaker's "will"
    (the sequence of tenses), not a condition."""
    if "would" not in _aux_words(token) or _conditional(token):
        return False
    head = attribution_head(token)
    return head is not None and head.tag_ in ("VBD", "VBN") and bool(
        lemma_forms(head) & REPORTING_VERBS)


def _conditional(token: Token) -> bool:
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.text.lower() in
                                         CONDITIONAL_MARKS for m in c.children)
               for c in token.children)


def is_future(token: Token) -> bool:
    """The statement is about the future: "will", "is going to", "plans to", "is to",
    "is willing to", "expressed willingness to", and "would" reporting someone's "will"
    ("said they would"). A measure announced as decided is no intention
    (:func:`announced_decree`)."""
    if announced_decree(token):
        return False
    if _meant(token):
        return True  # "its willingness to cooperate", "a plan to withdraw"
    for t in governors(token):
        aux = _aux_words(t)
        if aux & FUTURE_AUX or _reported_would(t):
            return True
        if t.i != token.i and t.lemma_.lower() in FUTURE_GOVERNORS and t.lemma_.lower() in (
            "plan", "intend", "prepare", "go", "ready", "schedule", "set", "due", "vow",
            "expect",
            "pledge", "promise", "able", "willing", "prepared", "committed", "determined",
            "poised", "eager",
        ) and (aux & FUTURE_AUX or t.tag_ in ("VBZ", "VBP", "JJ", "VBG", "VBN")):
            return True
        # "is to meet": a be-auxiliary directly followed by the infinitive marker.
        if t.tag_ == "VB" and any(c.dep_ == "mark" and c.text.lower() == "to" for c in t.children) \
                and t.head.lemma_ == "be" and t.dep_ == "xcomp":
            return True
    return False


def announced_decree(token: Token) -> bool:
    """A measure taken by deciding it, announced with "will" or "would" and no condition:
    "Canada announced it would ban the imports" reports the ban decided (CAMEO codes
    the measure, as PLOVER's gold does: 'announced it would prohibit all aid' is a
    SANCTION), where "threatened to ban" or "would ban them if ..." stays an intention.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> words = ["Peru", "announced", "it", "would", "ban", "sales"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 4, 1, 4],
    ...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "obj"],
    ...           lemmas=["Peru", "announce", "it", "would", "ban", "sale"],
    ...           tags=["NNP", "VBD", "PRP", "MD", "VB", "NNS"])
    >>> announced_decree(doc[4]), is_future(doc[4])
    (True, False)
    """
    if token.lemma_.lower() not in DECREE_VERBS or _conditional(token):
        return False
    if not _aux_words(token) & (FUTURE_AUX | {"would"}):
        return False
    head = attribution_head(token)
    return head is not None and bool(lemma_forms(head) & DECISION_VERBS)


def _meant(token: Token) -> bool:
    """Is the verb an infinitive an intent noun governs, or the parse hung beside one as
    its verb's purpose ("expressed willingness[obj] to cooperate[advcl]")?"""
    if not any(c.dep_ == "mark" and c.text.lower() == "to" for c in token.children):
        return False
    head = token.head
    if token.dep_ == "acl":
        return head.lemma_.lower() in INTENT_NOUNS
    return token.dep_ == "advcl" and any(c.dep_ == "obj" and c.lemma_.lower() in INTENT_NOUNS
                                         for c in head.children)


def is_hypothetical(token: Token) -> bool:
    """A modal or conditional statement: "could trigger", "if they attack", "might"."""
    for t in governors(token):
        if _aux_words(t) & MODALS and not _reported_would(t):
            return True
        if t.lemma_.lower() in HYPOTHETICAL_HEADS and t.i != token.i:
            return True
        for child in t.children:
            if child.dep_ == "mark" and child.text.lower() in CONDITIONAL_MARKS:
                return True
    top = list(governors(token))[-1]
    return top.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.text.lower() in CONDITIONAL_MARKS for c in top.children
    )


def _date_end(value: str) -> dt.date | None:
    """The last day a reduced-precision ISO value (2013, 2017-02, 2016-12-05, 198X) can mean."""
    head = value.split("/")[-1]
    try:
        if len(head) == 4 and head.isdigit():
            return dt.date(int(head), 12, 31)
        if len(head) == 4 and head[:3].isdigit() and head[3] == "X":
            return dt.date(int(head[:3]) * 10 + 9, 12, 31)
        if len(head) == 7 and head[4] == "-" and head[5:].isdigit():
            year, month = int(head[:4]), int(head[5:])
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        if len(head) == 10:
            return dt.date.fromisoformat(head)
    except ValueError:
        return None
    return None


def is_historical(date: str | None, published: dt.date | None, *, days: int = 365) -> bool:
    """Clearly before the article's time: the whole date lies more than ``days`` before it.

    >>> is_historical("2013", dt.date(2017, 3, 15)), is_historical("2017-02", dt.date(2017, 3, 15))
    (True, False)
    """
    if not date or published is None:
        return False
    end = _date_end(date)
    return end is not None and (published - end).days > days


def attribution_head(token: Token, *, limit: int = 8) -> Token | None:
    """The speech or belief predicate whose complement holds ``token``, if any.

    Walks up the tree from the predicate; the first governing "say"/"believe"-type word
    reached through a complement link wins. Its subject is the holder.
    """
    current = token
    for _ in range(limit):
        head = current.head
        if head.i == current.i:
            return None
        if is_attribution_word(head) and current.dep_ in COMPLEMENT_DEPS:
            if current.dep_ == "conj":
                if not any(c.dep_.startswith("nsubj") for c in current.children):
                    return head  # no subject of its own: most likely a slip for a complement
                current = head
                continue
            if current.dep_ == "xcomp" and head.lemma_.lower() in ("want", "wish", "hope"):
                return None  # "X wants to do" states X's aim, coded as X's (future) act
            if current.dep_ == "xcomp" and head.lemma_.lower() == "expect" and any(
                    c.dep_ == "nsubj:pass" for c in head.children):
                return None  # "X is expected to visit": X's act, as scheduled (future)
            return head
        current = head
    return None


def lemma_forms(token: Token) -> set[str]:
    """The lemma and crude stems of a word, so tagger slips ("believes" as a noun) still
    let "believe" be recognised."""
    low = token.text.lower()
    out = {token.lemma_.lower(), low}
    for suffix, add in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                        ("d", ""), ("ing", ""), ("ing", "e")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            out.add(low[: -len(suffix)] + add)
    return out


def is_attribution_word(token: Token) -> bool:
    """A speech or belief word ("said", "believes", "convinced")."""
    return bool(lemma_forms(token) & ATTRIBUTION_VERBS)


def holder_token(head: Token) -> Token | None:
    """The subject of a speech or belief predicate (through ``xcomp``/``conj`` if needed)."""
    for t in governors(head):
        for child in t.children:
            if child.dep_ in ("nsubj", "nsubj:outer"):
                return child
            # "X is believed to have", "X is said to": the believer is not X ("X was
            # quoted as saying" is X's own word)
            if child.dep_ == "nsubj:pass" and not (
                    t.i == head.i and lemma_forms(t) & UNHELD_PASSIVES):
                return child
    if head.dep_ == "conj":
        for child in head.head.children:
            if child.dep_ == "nsubj":
                return child
    if head.dep_ == "advcl" and head.head.lemma_.lower() == "quote":
        for child in head.head.children:  # "X was quoted as saying": X's words
            if child.dep_ in ("nsubj:pass", "nsubj"):
                return child
    for child in head.children:
        if child.dep_ == "obl" and any(
            c.text.lower() in ("to", "according") for c in child.children
        ):
            return child
    return None
