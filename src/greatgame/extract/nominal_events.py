"""Nominal events: acts named by a noun rather than a verb.

"talks between Russia and the Taliban", "Russia-Taliban talks", "the US withdrawal",
"China's attack on X", "the attack that killed the UAE ambassador". The noun's possessor,
actor modifiers ("US", "Chinese") or "by"-phrase give the source; "on/against/with/to"
phrases, or the object of a relative clause ("that killed X"), give the target. Joint acts
("talks between X and Y") make every participant a source. When the text names no agent,
the nearest actor named earlier in the sentence is taken as the source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from greatgame.extract.event_context import (
    CONTENT_TYPES,
    RELATIVES,
    SYMMETRIC,
    EventContext,
    merge,
)
from greatgame.extract.event_records import make_event
from greatgame.extract.event_syntax import (
    OBJECT_DEPS,
    _core_span,
    _marked,
    _modifier_words,
    _prep_child,
    _subject,
)
from greatgame.extract.event_targets import ON_TARGET_TYPES, YIELD_PREPS, place_target
from greatgame.extract.gazetteer import SPANS_KEY
from greatgame.extract.verb_tables import GENERIC_NOUNS
from greatgame.extract.verbs import with_mode

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from greatgame.extract.verbs import CodeInfo
    from greatgame.records import Event

SOURCE_MODIFIERS = frozenset({"amod", "compound", "nmod:poss", "nmod:desc", "nmod:unmarked"})
TARGET_PREPS = frozenset({"on", "against", "with", "to", "into", "upon", "towards"})
# Prepositions of the act a verb is done in: "in a raid", "during an attack".
OCCASION_PREPS = frozenset({"in", "during"})
# Verbs of owning up to an act: "claimed responsibility for the bombing".
CLAIMING_VERBS = frozenset({"claim", "take", "accept", "admit", "assume", "bear"})
# Acts whose noun's "of" phrase names who does them: "the deployment of Iraqi troops",
# "the withdrawal of Soviet forces" (CAMEO 087 withdraw, 15 show force). With its doer
# named, any other act's "of" phrase names whom it is done to ("Iraq's invasion of
# Kuwait", "Pakistan's release of Indian fishermen") or whose that is ("Iran's rejection
# of a U.S. offer").
AGENT_OF_CODES = ("087", "15")
# Prepositions of the act another act noun is about: "Turkey's threat of an offensive",
# "Moldova's demand for the withdrawal of Russian troops".
CONTENT_PREPS = ("of", "for")
# Participles whose "by" phrase names the doer of the act their noun names: "a strike
# called by", "an attack carried out by", "the offensive launched by".
DOING_VERBS = frozenset({"call", "carry", "launch", "stage", "organize", "organise", "mount",
                         "conduct", "make", "commit", "perpetrate", "impose", "issue",
                         "order", "declare", "lead", "wage", "fire"})
# Prepositions that say whom a generic event noun reaches: "a visit to Washington".
CONCRETE_PREPS = frozenset({"to", "with", "against"})
# Nominal events coded even with no actor named: the agent is read from the sentence.
AGENTLESS = frozenset({"ASSAULT", "COERCE"})
# Generic or abstract uses that are not a reported act ("the threat of terror"): the
# event nouns marked generic in data/events/verb_rules.json, and the goods.
NOT_EVENTS = GENERIC_NOUNS
# Gazetteer labels of a place named as a meeting's venue (a capital read as its government
# by metonymy is still a place before "summit").
VENUE_LABELS = frozenset({"GOVERNMENT", "CAPITAL", "PLACE"})


def noun_agent(coder: EventContext, noun: Token) -> tuple[str, ...]:
    """Who does the act an event noun names: its possessor, actor modifiers ("a Palestinian
    bombing") and "by"-phrase."""
    source: tuple[str, ...] = ()
    act = coder.act_of(noun)
    meeting = act is not None and act.type == "CONSULT"
    for child in noun.children:
        if child.dep_ in SOURCE_MODIFIERS and child.i < noun.i and not (
                meeting and child.dep_ != "nmod:poss" and venue(coder.doc, child)):
            source = merge(source, coder.actors_of(_core_span(child)))
    agent = _prep_child(noun, {"by"}, deps=("nmod", "acl"))
    patient = _prep_child(noun, {"of"}, deps=("nmod",))
    if agent is None and patient is not None:  # "the release of prisoners by Israel",
        agent = _prep_child(patient, {"by"}, deps=("nmod",))  # the "by" hung on "prisoners"
    if agent is not None:
        source = merge(source, coder.actors(agent))
    for clause in noun.children:  # "a general strike called by Palestinian groups"
        if clause.dep_ == "acl" and clause.tag_ == "VBN" \
                and clause.lemma_.lower() in DOING_VERBS:  # (not "a truce brokered by")
            agent = _prep_child(clause, {"by"}, deps=("obl", "obl:agent"))
            source = merge(source, coder.actors(agent)) if agent is not None else source
    return source


def venue(doc: Doc, tok: Token) -> bool:
    """Whether a word is part of a capital's or a city's name: before a meeting noun it
    names where the meeting is held ("the Hanoi summit", "the Geneva talks"), not who
    holds it."""
    return any(span.start <= tok.i < span.end and span.label_ in VENUE_LABELS
               for span in doc.spans.get(SPANS_KEY, ()))


def code_nominal(coder: EventContext, noun: Token) -> Event | None:
    """The event a stand-alone event noun names, or None: its doer (``_doers``), its
    parties ("talks between X and Y"), whom it reaches (``_reached``); with no doer
    named, an attack's is the actor named before it, and an act done to no one named
    is aimed at the authority of its place ("the bombing in Tel Aviv")."""
    code = _named_code(coder, noun)
    info = coder.lex.info(code) if code is not None else None
    if code is None or info is None:
        return None
    info = with_mode(info, noun.lemma_.lower(), coder.lex)  # "his resignation": RETREAT
    source = _doers(coder, noun, code)
    source, target = _between_parties(coder, noun, info, source)
    if not target:
        target = _reached(coder, noun, info, source)
    content = _content_act(coder, noun) if source else None
    if content is not None:  # the act it is about is no act of its own
        coder.consumed.add(content.i)
        target = target or _content_parties(coder, content, source)
    if not source and not target:
        return None
    if not source and info.type in AGENTLESS:
        source = coder.nearest_actor_before(noun, exclude=target)
    if not target and info.type not in SYMMETRIC:
        target = place_target(coder, noun, exclude=source)
    if not source:
        return None
    target = tuple(t for t in target if t not in source)
    info = coder.joint_exercise(info, noun, source)
    governor = _governing_predicate(noun)
    return make_event(coder, info, noun, source, target, anchor=noun,
                      clause=governor or noun)


def _named_code(coder: EventContext, noun: Token) -> str | None:
    """The code of the act the noun names with its modifiers; None for a generic use of
    a generic event noun ("the threat of terror", ``NOT_EVENTS``)."""
    lemma = noun.lemma_.lower()
    code = coder.lex.noun_code(lemma, _modifier_words(noun))
    if code is None or (lemma in NOT_EVENTS and code == coder.lex.nouns.get(lemma)
                        and not _concrete(coder, noun)):
        return None
    return code


def names_its_doer(coder: EventContext, noun: Token) -> bool:
    """Does an event noun name an act together with who does it ("the withdrawal of
    Ethiopian troops", "Israel's blockade")?"""
    code = _named_code(coder, noun)
    return code is not None and bool(_doers(coder, noun, code))


def _doers(coder: EventContext, noun: Token, code: str) -> tuple[str, ...]:
    """Who does the act: its possessor, modifiers or "by" phrase, who travels for it
    ("arrived in Moscow for talks"), who claims it, who does an unknown verb in it; for
    a withdrawal or a deployment, its "of" phrase ("the deployment of Iraqi troops")."""
    source = noun_agent(coder, noun) or _purpose_traveller(coder, noun) or \
        claimant(coder, noun) or _doer_of_unknown_verb(coder, noun)
    if not source and code.startswith(AGENT_OF_CODES):
        source = coder.actors(_prep_child(noun, {"of"}, deps=("nmod",)))
    return source


def _between_parties(coder: EventContext, noun: Token, info: CodeInfo,
                     source: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(source, target) with the parties of its "between" phrase: all sources of a joint
    act, or with no doer named; else the target."""
    between = _prep_child(noun, {"between", "among"}, deps=("nmod", "obl"))
    if between is None:
        return source, ()
    pair = coder.actors(between)
    if info.type in SYMMETRIC or not source:
        return merge(source, pair), ()
    return source, pair


def _reached(coder: EventContext, noun: Token, info: CodeInfo,
             source: tuple[str, ...]) -> tuple[str, ...]:
    """Whom the act reaches: its "on/against/with/to" phrase (a withdrawal "from"; "on"
    only for acts done to someone), the "of" phrase once its doer is named ("Iraq's
    invasion of Kuwait", "Iran's rejection of a U.S. offer"; not for ``AGENT_OF_CODES``),
    the subject of a demand's content ("its
    demand that Israel ease restrictions"), else the object of a clause on it ("the
    attack that killed X")."""
    preps = TARGET_PREPS | YIELD_PREPS.get(info.type, frozenset())
    patient = _prep_child(noun, {"of"}, deps=("nmod",))
    hung = [c for c in patient.children if c.dep_ == "nmod"] if patient is not None else []
    for child in [*noun.children, *hung]:  # (or hung on its "of" phrase: "the withdrawal
        # of Ethiopian troops from Mogadishu")
        if child.dep_ in ("nmod", "obl") and any(
            c.dep_ == "case" and c.text.lower() in preps
            and (c.text.lower() != "on" or info.type in ON_TARGET_TYPES) for c in child.children
        ):
            target = coder.actors(child)
            if target:
                return target
    if source and not info.code.startswith(AGENT_OF_CODES):
        # with its doer named, the "of" phrase is what it is done to, or whose that is:
        # "Iran's rejection of a U.S. offer", "of the offer from Washington"
        target = coder.others(patient, source)
        if target:
            return target
    clause = next((c for c in noun.children if c.dep_ in ("acl:relcl", "acl", "ccomp")), None)
    if clause is None:
        return ()
    if info.type in CONTENT_TYPES:
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None and subject.text.lower() not in RELATIVES:
            target = coder.actors(subject)
            if target:
                return target
    obj = next((c for c in clause.children if c.dep_ in OBJECT_DEPS), None)
    return coder.actors(obj) if obj is not None else ()


def claimant(coder: EventContext, noun: Token) -> tuple[str, ...]:
    """Who claims responsibility for an act did it: "Hamas claimed responsibility for the
    bombing", "took responsibility for the attack"."""
    owner = noun.head
    if owner.lemma_.lower() != "responsibility" or not _marked(noun, ("for",)):
        return ()
    verb = owner.head
    if verb.lemma_.lower() not in CLAIMING_VERBS:
        return ()
    subject = _subject(verb)
    return coder.actors(subject) if subject is not None else ()


def _purpose_traveller(coder: EventContext, noun: Token) -> tuple[str, ...]:
    """Who comes "for talks": the subject of the verb an event noun is the purpose of
    ("negotiators return to Geneva for talks", "arrived in Moscow for a summit")."""
    head = noun.head
    if noun.dep_ not in ("obl", "nmod") or head.pos_ != "VERB" or not _marked(noun, ("for",)):
        return ()
    subject = _subject(head)
    return coder.actors(subject) if subject is not None else ()


def _doer_of_unknown_verb(coder: EventContext, noun: Token) -> tuple[str, ...]:
    """Who does an act the noun names as the occasion of a verb the dictionary does not
    know: the verb's subject ("militants slit the throats of 12 villagers in a night
    raid"). A known verb is coded itself, and a passive's subject is its victim."""
    head = noun.head
    if noun.dep_ != "obl" or head.pos_ != "VERB" or not _marked(noun, OCCASION_PREPS) \
            or head.lemma_.lower() in coder.lex.verbs:
        return ()
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return coder.actors(subject) if subject is not None else ()


def _concrete(coder: EventContext, noun: Token) -> bool:
    """A generic event noun ("demand", "call", "deal") names one act when someone's it is
    and it says what it is ("its demand that Israel ease restrictions"), when it names
    its parties ("an agreement between Israel and the PLO") or its doer and whom it
    reaches ("the Chinese premier's visit to Washington", "joint U.S.-Russian
    exercises")."""
    owned = any(c.dep_ == "nmod:poss" for c in noun.children)
    content = any(c.dep_ in ("acl", "ccomp") and any(
        m.dep_ == "mark" and m.text.lower() in ("that", "to") for m in c.children)
        for c in noun.children)
    if owned and content or _prep_child(noun, {"between", "among"}, deps=("nmod",)):
        return True
    doers = noun_agent(coder, noun)
    if doers and _content_act(coder, noun) is not None:  # "Turkey's threat of an offensive"
        return True
    if len(doers) > 1:  # parties named together: "joint U.S.-Russian exercises"
        return True
    # its doer and whom it reaches: "a visit to Washington", "Pakistan's release of
    # Indian fishermen", "the release of prisoners by Israel"
    return bool(doers) and any(
        c.dep_ == "nmod" and _marked(c, CONCRETE_PREPS | {"of"})
        and any(a not in doers for a in coder.actors(c)) for c in noun.children)


def _content_act(coder: EventContext, noun: Token) -> Token | None:
    """The act noun another act noun is about: "threat of an offensive", "demand for the
    withdrawal", "rejection of a U.S. offer"; None when its "of" or "for" phrase names
    no act."""
    for prep in CONTENT_PREPS:
        found = _prep_child(noun, {prep}, deps=("nmod",))
        if found is not None and found.i not in coder.consumed \
                and _named_code(coder, found) is not None:
            return found
    return None


def _content_parties(coder: EventContext, content: Token,
                     source: tuple[str, ...]) -> tuple[str, ...]:
    """Whom an act about another act is aimed at: whom that act reaches ("an offensive
    against the YPG"), else who does it ("the withdrawal of Russian troops", "a U.S.
    offer")."""
    for child in content.children:
        if child.dep_ in ("nmod", "obl") and _marked(child, TARGET_PREPS):
            found = coder.others(child, source)
            if found:
                return found
    doers = noun_agent(coder, content) or coder.actors(
        _prep_child(content, {"of", "from"}, deps=("nmod",)))
    return tuple(a for a in doers if a not in source)


def _governing_predicate(noun: Token) -> Token | None:
    """The verb or adjective whose clause the noun belongs to (for the statement's flags)."""
    current = noun
    for _ in range(8):
        if current.head.i == current.i:
            return current if current.pos_ in ("VERB", "AUX", "ADJ") else None
        current = current.head
        if current.pos_ in ("VERB", "AUX", "ADJ"):
            return current
    return None
