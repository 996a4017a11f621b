"""Clause repairs that need no second parse: a subject given the wrong role.

- **Voice.** English marks the passive with a form of "be" or "get" before a past
  participle ("was expelled", "got arrested") or with a bare participle after its noun
  ("the envoy expelled on Monday"). The web-text parser now and then labels the subject of
  an active verb ``nsubj:pass`` ("Prime Minister Justin Trudeau[nsubj:pass] retaliated"),
  which would make the actor the one acted upon, sometimes tagging the verb a participle.
  Where the verb has no auxiliary and no "by" agent and is finite (a simple past or
  present), or is a sentence's main verb tagged a participle in a sentence with a closing
  full stop (not a headline's "Five killed in blast"), the subject is active (``nsubj``).
- **A clause without its subject.** "X doubled the tariff after Canada's provincial leader
  said he ...": the parser may hang "leader" on the object as a noun modifier and make
  "said" a second verb of X's (or a clause of X's verb with no subject). A verb conjoined
  with no "and", "or" or "but", or an adverbial clause, with no
  subject of its own and a noun right before it whose phrase opens with a subordinating
  word ("after", "before", "when", ...) is that clause's verb: the noun is its subject,
  the word its marker, the clause an adverbial clause of the first verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
SUBORDINATORS = frozenset({"after", "before", "when", "while", "as", "because", "since",
                           "until", "once", "although", "though", "whereas"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl"})


def mend_clauses(doc: Doc) -> None:
    """Both repairs of the module docstring, in place."""
    for tok in doc:
        if tok.dep_ == "nsubj:pass" and tok.head.pos_ == "VERB" and _active(tok.head):
            tok.dep_ = "nsubj"
    for verb in doc:
        if (found := _unjoined_subject(verb)) is not None:
            subject, marker = found
            subject.head, subject.dep_ = verb, "nsubj"
            marker.head, marker.dep_, marker.pos_ = verb, "mark", "SCONJ"
            verb.dep_ = "advcl"


def _active(verb: Token) -> bool:
    if any(c.dep_ in ("aux", "aux:pass", "cop", "obl:agent") for c in verb.children):
        return False
    if verb.tag_ in FINITE_TAGS:
        return True
    return verb.tag_ == "VBN" and verb.dep_ == "ROOT" and \
        verb.sent[-1].text in (".", "!", "?")


def _unjoined_subject(verb: Token) -> tuple[Token, Token] | None:
    """The subject and the subordinating word of a clause the parse made a conjunct."""
    if verb.dep_ not in ("conj", "advcl") or verb.pos_ != "VERB" or verb.i == 0 or any(
            c.dep_ == "cc" or c.dep_ in _SUBJECTS for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i == verb.i or noun.i < verb.head.i:
        return None
    while noun.dep_ in ("flat", "compound") and noun.head.i < verb.i:
        noun = noun.head
    marker = noun.left_edge
    if marker.lower_ not in SUBORDINATORS or verb in noun.ancestors:
        return None
    return noun, marker
