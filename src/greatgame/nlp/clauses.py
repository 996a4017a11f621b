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
  with no "and", "or" or "but", an adverbial clause, or a finite verb made a complement
  ("placed its forces on alert after Indian jets[obl] struck[xcomp] a camp"), with no
  subject of its own and a noun right before it whose phrase opens with a subordinating
  word ("after", "before", "when", ...) is that clause's verb: the noun is its subject,
  the word its marker, the clause an adverbial clause of the first verb.
- **A passive's agent hung on a noun.** "Intelligence was passed to British police by
  Pakistani authorities": the parser may hang the "by" phrase on the last noun before it.
  A passive verb (with a passive auxiliary) that has no "by" phrase of its own takes a
  "by" phrase hanging on a noun of its own obliques or object, after the verb, as its
  agent (``obl:agent``), unless the phrase is a time, an amount or a place word ("by
  Friday", "by 10 percent").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from greatgame.nlp.diagnosis import FINITE_TAGS

SUBORDINATORS = frozenset({"after", "before", "when", "while", "as", "because", "since",
                           "until", "once", "although", "though", "whereas"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl"})
# Entity labels of a "by" phrase that is no agent: "by Friday", "by 10 percent".
_NOT_AGENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL",
                         "ORDINAL"})
# The relations on the way down from a passive verb to the noun a stray "by" hangs on.
_PHRASE_DEPS = frozenset({"obl", "obj", "nmod", "nmod:poss", "conj"})


def mend_clauses(doc: Doc) -> None:
    """The repairs of the module docstring, in place."""
    for tok in doc:
        if (verb := _stray_agent_verb(tok)) is not None:
            tok.head, tok.dep_ = verb, "obl:agent"
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
    if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.pos_ != "VERB" or verb.i == 0 \
            or verb.dep_ == "xcomp" and verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP") or any(
            c.dep_ in ("cc", "mark") or c.dep_ in _SUBJECTS for c in verb.children):
        return None  # (an xcomp only with a finite form: "after Indian jets struck[xcomp]")
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i == verb.i or noun.i < verb.head.i:
        return None
    while noun.dep_ in ("flat", "compound") and noun.head.i < verb.i:
        noun = noun.head
    marker = noun.left_edge
    if marker.lower_ not in SUBORDINATORS or verb in noun.ancestors:
        return None
    return noun, marker


def _stray_agent_verb(noun: Token) -> Token | None:
    """The passive verb a "by" phrase hung on one of its nouns belongs to, if any."""
    if noun.dep_ != "nmod" or noun.pos_ not in ("NOUN", "PROPN") or \
            noun.ent_type_ in _NOT_AGENTS or any(c.dep_ == "nummod" for c in noun.children) \
            or not any(c.dep_ == "case" and c.lower_ == "by" for c in noun.children):
        return None
    head = noun.head
    while head.dep_ in _PHRASE_DEPS and head.head.pos_ != "VERB":
        head = head.head
    verb = head.head
    if head.dep_ not in ("obl", "obj") or verb.pos_ != "VERB" or verb.i > noun.i:
        return None
    if not any(c.dep_ == "aux:pass" for c in verb.children) or any(
            c.dep_ == "obl:agent" or c.dep_ == "obl" and any(
                g.dep_ == "case" and g.lower_ == "by" for g in c.children)
            for c in verb.children):
        return None
    return verb
