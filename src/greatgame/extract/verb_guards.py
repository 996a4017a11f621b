"""Verbs that are no act of their own: a word inside a name or a description, a noun the
tagger took for a verb, a verb that passes its subject down to the act it governs ("wants
to join"), the clause of an event noun or a claim, an order to one's own forces, and the
rest of ``NOT_ACTS``; and the verbs a tagger missed that still are predicates
(``is_predicate``). ``verbal_events`` asks these first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from greatgame.extract.actors import PERSON_ROLE
from greatgame.extract.control import own_forces_ordered
from greatgame.extract.event_context import (
    CONTENT_TYPES,
    RELATIVES,
    EventContext,
    quoted_order,
)
from greatgame.extract.event_syntax import (
    CLAUSE_DEPS,
    OBJECT_DEPS,
    SUBJECT_DEPS,
    _clausal_xcomp,
    _describes,
    _infinitive_slip,
    _modifier_words,
    _objects,
    _purpose_infinitive,
    _support_object,
    _words_after,
)
from greatgame.extract.lexicon import SUPPORT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns whose "that" clause is what someone claims, not a fact: "charges that ...".
CLAIM_NOUNS = frozenset({"charge", "accusation", "allegation", "claim", "report", "rumour",
                         "rumor", "suggestion", "assertion", "suspicion", "speculation"})
# Verbs that sack an office holder ("fired his prime minister"): no act of force or
# rejection, which they mean with other objects ("fired rockets", "dismissed the charges").
DISMISSING_VERBS = frozenset({"fire", "sack", "dismiss"})
# A verb's relation inside a name or a noun compound: a tagging slip, never an act.
NAME_PART_DEPS = frozenset({"compound", "flat", "nmod:desc"})
# Verbs of telling: with an actor told to do something, the act is a demand on that actor,
# whatever the dictionary's pattern for the content ("told X to withdraw" is no withdrawal).
TELLING_VERBS = {"tell": "100", "instruct": "100", "direct": "100",
                 "want": "100", "expect": "100"}  # ("wants North Korea to freeze ...")
# Relations of a noun phrase: a "verb" in one with a determiner or a number is a noun.
NOMINAL_DEPS = frozenset({"obj", "iobj", "nsubj", "nsubj:pass"})
# Verbs that pass their subject to an xcomp and are no act of their own.
TRANSPARENT = frozenset({
    "start", "begin", "continue", "try", "seek", "attempt", "want", "plan", "intend",
    "decide", "prepare", "hope", "need", "manage", "fail", "be", "go", "wish", "aim",
    "resume", "keep", "able", "ready", "willing", "prepared", "set", "due", "use", "stop",
    "cease", "help", "work", "move", "expect", "like", "get", "come", "have", "vote",
})  # fmt: skip
# Acts whose purpose clause is their content: what a protest is held to demand, what a
# threat is made to obtain ("began a hunger strike to demand ...").
PURPOSE_HELD = CONTENT_TYPES | {"PROTEST"}
# Verbs whose dictionary default is another sense than prose mostly means; coded only
# through a dictionary pattern or a support-verb noun.
NO_DEFAULT = frozenset({
    "consider", "seek", "expand", "deepen", "reveal", "take", "lead", "stabilize", "face",
    "ensure", "exaggerate", "endanger", "use", "make", "get", "give", "show",
    "become", "remain", "put", "bring", "describe", "spend", "appear", "interest", "share",
    "stop", "prove", "differ", "win", "replace", "uproot", "encourage", "strengthen",
    "maintain", "increase", "trigger", "liberate", "save", "protect", "play", "succeed",
    "continue", "start", "begin", "work", "call", "see", "hope", "return", "keep", "fill",
    # belief and intent ("I think", "is expected", "that meant"), coming and going ("the
    # statement comes as", "the ship departed"): no act by the dictionary's default alone
    "think", "expect", "want", "mean", "determine", "admit", "come", "head", "depart",
    "leave",
    # everyday senses far commoner in news than the block's ("went missing", "could
    # affect", "passed from father to son", "will need care", "settled in Mauritius")
    "go", "affect", "pass", "need", "hear", "engage", "settle", "resolve", "direct",
    "prepare", "hold", "travel", "fly",
})  # fmt: skip


def is_predicate(ctx: EventContext, token: Token) -> bool:
    """A verb, a root auxiliary, or a lexicon verb the tagger missed."""
    return token.pos_ in ("VERB",) or (token.pos_ == "AUX" and token.dep_ == "ROOT") \
        or _mistagged_verb(ctx, token)


def _name_part(ctx: EventContext, token: Token, lemma: str) -> bool:
    """"Planning and Investment Minister X": a verb inside a name."""
    return token.dep_ in NAME_PART_DEPS


def _description(ctx: EventContext, token: Token, lemma: str) -> bool:
    """"a suspected drug lord", "the wounded soldiers": a description."""
    return _describes(token)


def _compound_modifier(ctx: EventContext, token: Token, lemma: str) -> bool:
    """"drought-hit Malawi", "the government-held town": the last part of a hyphenated
    compound describes a noun, whatever the parse makes of it."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" \
        and not doc[token.i - 1].whitespace_ and not doc[token.i - 2].whitespace_ \
        and doc[token.i - 2].is_alpha


def _commands_own_forces(ctx: EventContext, token: Token, lemma: str) -> bool:
    """"ordered the army to seal the border": the order is no act of its own; the sealing
    is the orderer's (``control.own_forces_ordered``)."""
    obj = next((c for c in token.children if c.dep_ == "obj"), None)
    return obj is not None and own_forces_ordered(token, obj) \
        and any(c.dep_ == "xcomp" for c in token.children)


def _tagged_noun(ctx: EventContext, token: Token, lemma: str) -> bool:
    """"handed over two suspects[VERB]": a noun the tagger took for a verb."""
    return token.dep_ in NOMINAL_DEPS and any(c.dep_ in ("det", "nummod")
                                              for c in token.children)


def _according(ctx: EventContext, token: Token, lemma: str) -> bool:
    """"according to X" names a source, it is no accord."""
    return token.text.lower() == "according"


def _passes_subject_down(ctx: EventContext, token: Token, lemma: str) -> bool:
    """"wants to join": the act is the joining, unless the verb carries an event noun
    ("began a hunger strike to demand") or tells another actor ("wants Korea to
    freeze": a demand)."""
    return lemma in TRANSPARENT and any(_clausal_xcomp(c) or _infinitive_slip(c)
                                        for c in token.children) \
        and not _carries_event_noun(ctx, token, lemma) \
        and not (lemma in TELLING_VERBS and tells_another(ctx, token))


def _relative_of_event_noun(ctx: EventContext, token: Token, lemma: str) -> bool:
    """"the attack that killed X": the relative clause belongs to the nominal event; not
    where the noun is the clause's object ("the sanctions Washington imposed": the
    verb's act on it, see ``event_syntax._objects``)."""
    if token.dep_ not in ("acl:relcl", "acl"):
        return False
    head = token.head
    return head.pos_ == "NOUN" and ctx.lex.noun_code(head.lemma_.lower()) is not None \
        and head.i not in {o.i for o in _objects(token)}


def _purpose_of_act(ctx: EventContext, token: Token, lemma: str) -> bool:
    """"threatened on Monday to break relations", "began a hunger strike to demand
    ...": an infinitive the parse hangs as a purpose clause under a threat, demand,
    promise, charge or protest is its content (what is threatened or demanded), as an
    ``xcomp`` would be, and is not coded again."""
    if not _purpose_infinitive(token):
        return False
    head = token.head
    head_lemma = head.lemma_.lower()
    noun = _support_object(head) if head_lemma in SUPPORT_VERBS else None
    code = ctx.lex.noun_code(noun.lemma_.lower(), _modifier_words(noun)) \
        if noun is not None else None
    if code is None:  # a pattern counts even for a verb with no default ("call on")
        found = ctx.lex.verb_code(head_lemma, _words_after(head))
        if head_lemma not in NO_DEFAULT | TRANSPARENT or found != ctx.default_code(head_lemma):
            code = found
    info = ctx.lex.info(code) if code else None
    return info is not None and info.type in PURPOSE_HELD


def _claimed_content(ctx: EventContext, token: Token, lemma: str) -> bool:
    """What a charge or a report says ("rejected U.S. charges that it was training
    guerrillas"): a clause with a subject of its own under a claim noun is no act stated
    as fact, where a relative clause ("the reports that reached Kabul") has none."""
    if token.dep_ not in ("acl", "acl:relcl") or token.head.lemma_.lower() not in CLAIM_NOUNS:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.text.lower() not in RELATIVES for c in token.children)


def _sacking(ctx: EventContext, token: Token, lemma: str) -> bool:
    """"fired his prime minister", "dismissed the army chief": a sacking."""
    return lemma in DISMISSING_VERBS and any(
        c.dep_ == "obj" and PERSON_ROLE.match(c.lemma_) for c in token.children)


# In order; any one that holds makes the verb no act of its own.
def _quoted_order(ctx: EventContext, token: Token, lemma: str) -> bool:
    """'"Withdraw your troops," the president told Moscow': an order, no act done (the
    speaker's demand is coded from the speech verb, ``reported_events``)."""
    return quoted_order(token)


NOT_ACTS: tuple[Callable[[EventContext, Token, str], bool], ...] = (
    _name_part, _description, _compound_modifier, _commands_own_forces, _tagged_noun,
    _according, _passes_subject_down, _relative_of_event_noun, _purpose_of_act,
    _claimed_content, _sacking, _quoted_order,
)


def _mistagged_verb(ctx: EventContext, token: Token) -> bool:
    """A lexicon verb the tagger missed ("The Palestinians reject[ADV] the changes"):
    the parse gives it a subject and an object, which only a predicate has, or makes
    an inflected form of it the sentence's root."""
    if token.pos_ not in ("ADV", "NOUN", "ADJ", "PROPN") or token.tag_.startswith("NN") \
            and token.text.lower() != token.lemma_.lower():
        return False
    deps = {c.dep_ for c in token.children}
    if not deps & SUBJECT_DEPS and not {"nsubj:pass", "aux:pass"} <= deps:
        return False  # (a passive with its auxiliary: "soldiers were wounded[JJ]")
    listed = ctx.lex.lemma_of(token.text)
    if "aux:pass" in deps:  # a participle: "wounded" is "wound" though not listed
        return token.text.lower().endswith(("ed", "en", "wn")) and \
            ctx.lex.knows(ctx.verb_lemma(token))
    if deps & OBJECT_DEPS:  # ("Russia vetoed[NN] a resolution": "veto", by its stem)
        return ctx.lex.knows(ctx.verb_lemma(token)) or listed is not None
    # "Israeli troops shot[NN] dead three Palestinians": a clause's head (the
    # sentence's root or a reported clause) with a subject and no copula predicates,
    # and the word is a listed form of a verb
    return (token.dep_ == "ROOT" or token.dep_ in CLAUSE_DEPS) and "cop" not in deps \
        and listed not in (None, token.text.lower())


def _carries_event_noun(ctx: EventContext, token: Token, lemma: str) -> bool:
    """"began a hunger strike to demand ...": with an event noun for object, an
    aspectual verb is a support verb, whatever the infinitive after it."""
    if lemma not in SUPPORT_VERBS:
        return False
    noun = _support_object(token)
    return noun is not None and ctx.lex.noun_code(
        noun.lemma_.lower(), _modifier_words(noun)) is not None


def tells_another(ctx: EventContext, token: Token) -> bool:
    """Does the verb tell an actor it names to do something ("told X to withdraw")?"""
    told = any(c.dep_ in ("iobj", "obj") and ctx.actors(c) for c in token.children)
    return told and any(c.dep_ == "xcomp" and any(
        m.dep_ == "mark" and m.text.lower() == "to" for m in c.children)
        for c in token.children)
