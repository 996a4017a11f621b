"""Acts performed by reporting: "X said that Y must withdraw" is X demanding it of Y, "X
said Y was behind the attack" is X accusing Y.

A speech verb whose complement clause carries a deontic modal ("must", "should", "has to",
"needs to") states an obligation the speaker lays on the clause's subject: CAMEO codes it
as a demand (10) or, for "should", an appeal (02), both PLOVER's REQUEST. One whose
complement says its subject was behind, or responsible for, something lays the blame on
that subject: an accusation (112, ACCUSE), and so does one that says another party used
force or coercion ("Iraq said Kuwait had been stealing its oil"), unless that party is the
speaker's own side, the clause comes before a closing attribution (the news, reported) or
the speaker only reports (the police, the media, an unnamed source). A passive future of
force ("the militants will be wiped out") is the speaker's threat (138) against its
subject. The act inside the clause ("withdraw") is still coded on its own, attributed to
the speaker. One whose complement refuses its subject by a word ("talks are out of the
question", the table ``refusing_predicates``) is the speaker's refusal of the act the
subject names (12, REJECT), aimed at the actors named in the subject; that act is not
coded as done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from greatgame.extract import event_flags as flags
from greatgame.extract.event_context import (
    STATE_ID,
    UNNAMED,
    EventContext,
    quoted_order,
    same_state,
)
from greatgame.extract.event_records import make_event
from greatgame.extract.event_syntax import _words_after
from greatgame.extract.lexicon import AUDIENCE_NOUNS, REPORTING_VERBS
from greatgame.extract.quotes import quotation_of
from greatgame.extract.verb_tables import REFUSING_PREDICATES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from greatgame.records import Event

# Deontic modal -> CAMEO code of the act of saying it (demand, appeal).
DEONTIC = {"must": "100", "should": "020", "ought": "020"}
# "has to", "needs to": a governing verb whose xcomp is the obligation.
DEONTIC_GOVERNORS = {"have": "100", "need": "100"}
# Verbs that state a finding or a position ("the forum concluded that the US must ...").
STATING_VERBS = REPORTING_VERBS | frozenset({"conclude", "urge", "stress", "demand"})
COMPLEMENTS = frozenset({"ccomp", "parataxis"})
SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
# "Y was behind the attack", "Y was responsible for it": the speaker blames Y.
BLAME_CODE = "112"
BLAMING_PREDICATES = frozenset({"responsible", "guilty", "culpable"})
# Acts that, said of another, accuse it ("said Kuwait had been stealing its oil"): the
# material conflict PLOVER types of force and coercion.
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE"})
# Sectors that report what others did: the police, the media.
REPORTING_SECTORS = frozenset({"COP", "JRN"})
# An order quoted is a demand (CAMEO 100 'Demand'), laid on whom the speaker addresses,
# unless that is the audience of the news ("told reporters": word class audience_nouns).
DEMAND_CODE = "100"
# A threat of force (CAMEO 138 'Threaten with military force').
THREAT_OF_FORCE = "138"


def reported_act(coder: EventContext, token: Token) -> Event | None:
    """The REQUEST a speech verb makes when its complement says what someone must do, or
    the ACCUSE when it says who was behind something."""
    if token.pos_ != "VERB" or not flags.lemma_forms(token) & STATING_VERBS:
        return None
    for clause in token.children:
        if clause.dep_ not in COMPLEMENTS:
            continue
        refused = _refusal_code(clause)
        ordered = quoted_order(clause)
        code = refused or _deontic_code(clause) or _threat_code(coder, clause) \
            or _blame_code(coder, token, clause) or (DEMAND_CODE if ordered else None)
        if code is None:
            continue
        # (an order quoted is laid on whom the speaker addresses: "told Moscow")
        subject = _addressee(token) if ordered else next(
            (c for c in clause.children if c.dep_ in SUBJECTS), None)
        holder = flags.holder_token(token)
        if subject is None or holder is None:
            continue
        source = coder.actors(holder)
        named = coder.actors_of(subject.doc[subject.left_edge.i:subject.right_edge.i + 1]) \
            if refused else coder.actors(subject)
        target = tuple(a for a in named if a not in source)
        if code == BLAME_CODE and (any(same_state(a, b) for a in target for b in source)
                                   or all(_reporter(a) for a in source)):
            continue  # "Russia said its forces had attacked": its own act, no accusation;
            # "police said rebels had attacked": the news, reported
        info = coder.lex.info(code)
        if not source or not target or info is None:
            continue
        if refused:  # the refused act is not done: it is not coded on its own
            coder.consumed.update(t.i for t in subject.subtree)
        return make_event(coder, info, token, source, target)
    return None


def _addressee(verb: Token) -> Token | None:
    """Whom a speech verb addresses: its object ("told Moscow"), not reporters."""
    return next((c for c in verb.children if c.dep_ in ("obj", "iobj")
                 and c.lemma_.lower() not in AUDIENCE_NOUNS), None)


def _refusal_code(clause: Token) -> str | None:
    """The code of a refusal said by a word: "X is out of the question" (the noun and the
    preposition before it, ``refusing_predicates``), unless itself denied."""
    if not any(c.dep_ == "cop" for c in clause.children) or flags.is_negated(clause):
        return None
    for child in clause.children:
        if child.dep_ == "case":
            code = REFUSING_PREDICATES.get((clause.lemma_.lower(), child.text.lower()))
            if code is not None:
                return code
    return None


def _deontic_code(clause: Token) -> str | None:
    for child in clause.children:
        if child.dep_ == "aux" and child.text.lower() in DEONTIC:
            return DEONTIC[child.text.lower()]
    lemma = clause.lemma_.lower()
    if lemma in DEONTIC_GOVERNORS and any(c.dep_ == "xcomp" for c in clause.children):
        return DEONTIC_GOVERNORS[lemma]
    return None


def _blame_code(coder: EventContext, verb: Token, clause: Token) -> str | None:
    """An accusation: the clause says its subject was behind something, or did force or
    coercion, said before the clause or quoted (a closing attribution of words not
    quoted, ", police said", reports the news; the caller drops the speaker's own side and
    those who only report)."""
    said = clause.i > verb.i or quotation_of(coder.doc, clause.i) is not None
    if _blames(clause) or said and _hostile(coder, clause) \
            and not _passive(clause) and not flags.is_future(clause) \
            and not flags.is_hypothetical(clause):
        return BLAME_CODE
    return None


def _threat_code(coder: EventContext, clause: Token) -> str | None:
    """A threat of force said as a passive future ("the militants will be wiped out"):
    the speaker threatens the clause's subject (CAMEO 138); an active one is the
    speaker's own act, coded as such."""
    if _passive(clause) and flags.is_future(clause) and _hostile(coder, clause):
        return THREAT_OF_FORCE
    return None


def _hostile(coder: EventContext, clause: Token) -> bool:
    """Is the clause, undenied and with a subject, an act of force or coercion?"""
    if clause.pos_ != "VERB" or flags.is_negated(clause) \
            or not any(c.dep_ in SUBJECTS for c in clause.children):
        return False
    code = coder.lex.verb_code(coder.verb_lemma(clause), _words_after(clause))
    info = coder.lex.info(code) if code else None
    return info is not None and info.type in HOSTILE_TYPES


def _reporter(actor_id: str) -> bool:
    """Is the actor one who reports the news rather than takes sides in it: an unnamed
    source, the police, the media?"""
    return actor_id.startswith(UNNAMED) or bool(STATE_ID.fullmatch(actor_id)) \
        and actor_id[3:] in REPORTING_SECTORS


def _passive(clause: Token) -> bool:
    """A passive clause's subject is whom the act was done to, not its doer."""
    return any(c.dep_ in ("nsubj:pass", "aux:pass") for c in clause.children)


def _blames(clause: Token) -> bool:
    """Does the clause say its subject was behind, or responsible for, something ("Iran
    was behind the bombings", "Pakistan was responsible for the attack")?"""
    children = list(clause.children)
    if not any(c.dep_ == "cop" for c in children) or flags.is_negated(clause):
        return False
    if any(c.dep_ == "case" and c.text.lower() == "behind" for c in children):
        return True
    return clause.lemma_.lower() in BLAMING_PREDICATES
