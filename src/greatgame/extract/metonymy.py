"""Capital and seat-of-government metonymy: "Moscow hosted", "ties with Washington".

A capital (or a seat of government such as the Kremlin) that is the subject or object of
a verb, a possessor ("Washington's expense") or a party after *with*, *between*,
*against* or *by* stands for its country's government; in a locative phrase ("living in
Kabul"), as a modifier ("the Moscow Time newspaper") or elsewhere it is a place. The
``greatgame_metonymy`` component relabels each ``CAPITAL``/``SEAT`` span of
``doc.spans["gazetteer"]`` to ``GOVERNMENT`` or ``PLACE``. The parse decides where it
can; neighbouring words decide where the parse has nothing to say, so a parser mistake
costs one reading, not the rule.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from greatgame import resources
from greatgame.extract.gazetteer import SPANS_KEY
from greatgame.extract.lexicon import speech_lemma, stance_lemma

FACTORY = "greatgame_metonymy"
ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "nmod:poss", "poss",
                           "agent", "csubj", "dobj", "nsubjpass", "pobj"})
PARTY_CASES = frozenset({"with", "between", "against", "by", "and"})
LOCATIVE_CASES = frozenset({"in", "at", "near", "outside", "inside", "around", "across",
                            "into", "to", "from", "through", "throughout", "within",
                            "towards", "toward", "via", "of", "over", "beyond", "past"})


def _case(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "case":
            return child.lower_
    return None


def _cue(token: Token) -> bool:
    """A speech or stance verb, as the lexicon reads it (also when mistagged)."""
    return speech_lemma(token) is not None or stance_lemma(token) is not None


def is_government(span: Span) -> bool:
    """True when a capital or seat span stands for its country's government."""
    doc = span.doc
    root = span.root
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in ("'s", "’s", "'"):
        return True  # "at Washington's expense"
    if span.text.isupper() and len(span.text) > 3 and nxt is not None and \
            nxt.text in (",", "(", "—"):
        return False  # a dateline: "KABUL, March 16 —"
    if prev is not None and prev.lower_ in ("the",) and span.start >= 2:
        prev = doc[span.start - 2] if doc[span.start - 2].lower_ in LOCATIVE_CASES else prev
    if prev is not None and prev.lower_ in LOCATIVE_CASES:
        return False
    if nxt is not None and (nxt.tag_.startswith("VB") or _cue(nxt)):
        return True  # "Moscow believes", even when the tagger calls the verb a noun
    if prev is not None and _cue(prev) and prev.i == span.start - 1:
        return True  # "accuse Moscow of", "told Washington"
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and not nxt.is_punct and (
        root.dep_ == "compound" or nxt.text[:1].isupper() or nxt.dep_ != "appos"
    ):
        return False  # "the Moscow Time newspaper", "Kabul airport"
    case = _case(root)
    if case in LOCATIVE_CASES:
        return False
    if case in PARTY_CASES:
        return True
    dep = root.dep_
    if dep == "conj":
        head = root.head
        return head.dep_ in ARGUMENT_DEPS or _case(head) in PARTY_CASES
    if dep in ARGUMENT_DEPS:
        return True
    if nxt is not None and nxt.pos_ in ("VERB", "AUX"):
        return True  # "Moscow hosted", "Beijing is"
    if prev is not None and prev.pos_ == "VERB":
        return True  # "threatening Moscow"
    return False


def _city_elsewhere(span: Span, named: set[str]) -> str | None:
    """The other state whose city shares this capital's name, when the article names that
    state and not the capital's own ("Tripoli" beside "Lebanese": Lebanon's Tripoli)."""
    own = span.kb_id_.partition(":")[0]
    if own in named:
        return None
    return next((p.country for p in resources.places().get(span.text.lower(), ())
                 if p.kind != "capital" and p.country != own and p.country in named), None)


class Metonymy:
    """Relabel capitals and seats as GOVERNMENT or PLACE (see the module docstring)."""

    def __init__(self, name: str = FACTORY):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if SPANS_KEY not in doc.spans:
            return doc
        spans = []
        named = {s.kb_id_ for s in doc.spans[SPANS_KEY] if s.label_ in ("ACTOR", "DEMONYM")}
        for span in doc.spans[SPANS_KEY]:
            other = _city_elsewhere(span, named) if span.label_ == "CAPITAL" else None
            if other is not None:  # "Tripoli" in a story on Lebanon: its city, no capital
                span = Span(doc, span.start, span.end, label="PLACE", kb_id=f"{other}:")
            elif span.label_ in ("CAPITAL", "SEAT"):
                label = "GOVERNMENT" if is_government(span) else "PLACE"
                span = Span(doc, span.start, span.end, label=label,
                            kb_id=span.kb_id_ if ":" in span.kb_id_ else f"{span.kb_id_}:GOV")
            spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


@Language.factory(FACTORY)
def make_metonymy(nlp: Language, name: str) -> Metonymy:
    """spaCy factory: add after ``greatgame_gazetteer``."""
    return Metonymy(name)
