"""Who acts and who is acted upon: the source and target of a verbal predicate.

The subject is the source and an object, indirect object or prepositional object the
target; a passive swaps them ("was attacked by X"), and a passive with no agent takes it
from the act it was done in ("killed in an Israeli air raid"), the state it expels from,
or the authority of its place. Where the verb's own phrase names no target, the steps of
``TARGET_STEPS`` are tried in order: what it is aimed at, the condition of a threat, the
cause of a show of force, the content of a demand, whom a protest is against, where
those sent to do it were sent, the next actor named, a purpose or a place
(``event_targets``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from greatgame.extract import event_targets as targets
from greatgame.extract.event_context import (
    CONTENT_TYPES,
    RELATIVES,
    SYMMETRIC,
    EventContext,
    merge,
)
from greatgame.extract.event_syntax import (
    AGENT_PREPS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    _agent,
    _controlled,
    _has_particle,
    _marked,
    _participle_object,
    _passive_conjuncts,
    _prep_child,
    _raised,
    _reduced_passive,
    _resultatives,
    _subject,
    _words_after,
)
from greatgame.extract.event_targets import BORDER_NOUNS, ON_TARGET_TYPES
from greatgame.extract.lexicon import SUPPORT_VERBS
from greatgame.extract.nominal_events import claimant, noun_agent
from greatgame.extract.verb_tables import EVALUATING_CODES
from greatgame.extract.verbs import CodeInfo

if TYPE_CHECKING:
    from spacy.tokens import Token

Actors = tuple[str, ...]

# Particles of direction a "to" phrase may hang on ("handed the district back to").
DIRECTION_WORDS = frozenset({"back", "over", "away", "home"})
TARGET_PREPS = ("against", "on", "with", "to", "at", "into", "upon", "toward", "towards",
                "for", "from", "out", "over", "between", "among")  # "out": "out of"
# Sending people out of a country: expelling (CAMEO 166), deporting (174).
EXPULSION_CODES = ("166", "174")
# Types that need no recipient: no target is guessed from position for them.
INTRANSITIVE = frozenset({"RETREAT", "PROTEST", "MOBILIZE"})
# "killed in an attack", "wounded during a raid", "arrested by a sweep".
MEANS_PREPS = frozenset({"in", "during", "by"})
PARTICLES = ("over", "back", "out")  # of "hand over", "give back", "hand out"
# Acts that hand something over (aid 07, information 064, suspects extradited 063,
# returning or releasing 084): their target is whom it goes to ("to Britain"), not what
# is handed over ("two suspects").
TRANSFER_CODES = ("07", "063", "064", "084")
# A clause that tells the occasion of an act ("were killed when rebels ambushed them").
WHEN_MARKS = frozenset({"when", "as", "after"})
# Acts only an authority does (arrest, investigate, sanction): said in the passive with no
# agent, the state of the place where it happens is their source.
AUTHORITY_TYPES = frozenset({"COERCE", "ACCUSE", "SANCTION"})


@dataclass(frozen=True, slots=True)
class Clause:
    """What the target steps read of a predicate: the verb, its event noun object (if it
    names the act), the act's reading, its subject, voice and source."""

    token: Token
    noun: Token | None
    info: CodeInfo
    subj: Token | None
    passive: bool
    source: Actors


def arguments(ctx: EventContext, token: Token, noun: Token | None,
              info: CodeInfo) -> tuple[Actors, Actors]:
    """Source and target actor ids of a verbal predicate (``noun``: the event noun object
    that names the act, whose owner or "between" phrase may name its parties)."""
    subj = _subject(token)
    passive = _is_passive(token, subj)
    target: Actors = ()
    if passive:
        source, target = _passive_arguments(ctx, token, subj, info)
    else:
        source = _active_source(ctx, token, subj) if subj is not None else ()
    if not source:
        source = _source_by_position(ctx, token, subj, target)
    if not target:
        clause = Clause(token, noun, info, subj, passive, source)
        target = next((found for step in TARGET_STEPS if (found := step(ctx, clause))), ())
    if noun is not None:
        source, target = _noun_parties(ctx, noun, info, source, target)
    if not source and info.type == "PROTEST":
        # people no one places protest where they are ("marched in London against the
        # war in Iraq": Britons, in Britain), so the place alone is kept, to be read as
        # its civilians' protest (``domestic``)
        target = targets.place_target(ctx, token, exclude=())
    target = tuple(t for t in target if t not in source) or (
        () if set(target) <= set(source) else target)
    return source, target


def _is_passive(token: Token, subj: Token | None) -> bool:
    """Is the subject the one acted upon: a passive subject neither raised nor controlled
    from above ("is expected to", "agreed to be"), or the noun a reduced relative
    modifies ("the soldiers killed")?"""
    return subj is not None and (subj.dep_ in PASSIVE_SUBJECT_DEPS
                                 and not _raised(token, subj)
                                 and not _controlled(token, subj)
                                 or _reduced_passive(token, subj))


def _passive_arguments(ctx: EventContext, token: Token, subj: Token,
                       info: CodeInfo) -> tuple[Actors, Actors]:
    """(source, target) of a passive: its subject is the target; the source is its agent
    ("were attacked and killed by X": one agent for both), else the doer of the act it
    was done in, the state expelled from, or the authority of the place. What is handed
    over goes to its "to" phrase ("intelligence was passed to British police")."""
    recipient = _prep_child(token, {"to"}, deps=("obl",)) \
        if info.code.startswith(TRANSFER_CODES) else None
    target = (ctx.actors(recipient) if recipient is not None else ()) or ctx.actors(subj)
    agent = _agent(token)
    for other in [*_passive_conjuncts(token), *_resultatives(token)] if agent is None else ():
        agent = _prep_child(other, AGENT_PREPS, deps=("obl:agent",))
        if agent is not None:
            break
    source = ctx.actors(agent) if agent is not None else ()
    if not source:  # "were killed in a Palestinian bombing"
        source = _agent_of_means(ctx, token, info)
    if info.type == "MOBILIZE":  # "riot police were deployed in Nairobi (by Kenyan
        return source or target, ()  # authorities)": forces moved are no one's target
    if not source and info.code.startswith(EXPULSION_CODES):
        # "were expelled from Germany": the state they are sent out of sends them
        origin = _prep_child(token, {"from"}, deps=("obl",))
        source = ctx.others(origin, target) if origin is not None else ()
    if not source and info.type in AUTHORITY_TYPES:
        # "was arrested in Lebanon": the authority of the place did it
        source = targets.place_target(ctx, token, exclude=target, obliques=True)
    if not target and ctx.act_of(subj) is not None:
        # "peace talks with the government were called off by the rebels", "a Colombian
        # government offer was rejected": the act's parties are whom it is done to
        # (not in a clause on it: "the ceasefire, which was brokered by Qatar, was violated")
        clauses = [c for c in subj.children if c.dep_ in ("acl:relcl", "acl", "appos")]
        end = min([c.left_edge.i for c in clauses] + [subj.right_edge.i + 1])
        phrase = subj.doc[subj.left_edge.i : max(end, subj.i + 1)]
        target = tuple(a for a in ctx.actors_of(phrase) if a not in source)
    return source, target


def _active_source(ctx: EventContext, token: Token, subj: Token) -> Actors:
    """The source of an active verb: its subject with the earlier items of a list the
    parse cut from it and the first party of a name pair read as one ("President
    Jacques Chirac and Chancellor Helmut Kohl met"); else a second subject the parse
    gave the verb."""
    source = merge(ctx.listed_before(subj), ctx.actors(subj))
    start = subj.left_edge.i
    joint = next((t.i for t in ctx.doc[start : subj.i] if t.text.lower() == "and"
                  and t.head.i != subj.i), None)
    if joint is not None:
        source = merge(ctx.actors_of(ctx.doc[start:joint]), source)
    others = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.i != subj.i]
    for other in reversed(others):  # two subjects joined by "and" the parse kept apart
        if other.i < subj.i and any(t.lower_ == "and" for t in ctx.doc[other.i:subj.i]):
            source = merge(ctx.actors(other), source)  # ("Prime Minister Atal Bihari
            # Vajpayee and Pakistani Prime Minister Nawaz Sharif[nsubj] opened talks")
    if not source and others:  # the parse's second subject names no one
        source = ctx.actors(others[0])
    return source


def _source_by_position(ctx: EventContext, token: Token, subj: Token | None,
                        target: Actors) -> Actors:
    """A source the subject does not give: the claimant of the act a relative clause
    describes ("ETA claimed responsibility for a car bomb that killed a judge"), else the
    actor before the verb (parse slips: "on Thursday" as subject)."""
    if subj is not None and subj.text.lower() in RELATIVES \
            and subj.head.dep_ in ("acl:relcl", "acl"):
        source = claimant(ctx, subj.head.head)
        if source:
            return source
    return ctx.nearest_actor_before(token, exclude=target, clause=True)


def _noun_parties(ctx: EventContext, noun: Token, info: CodeInfo, source: Actors,
                  target: Actors) -> tuple[Actors, Actors]:
    """(source, target) with the event noun's own parties: its owner as the source when
    none is known ("held their talks"), its "between" phrase as the source, or as the
    target of a joint act whose source is known."""
    if not source:
        owner = next((c for c in noun.children if c.dep_ == "nmod:poss"), None)
        source = ctx.actors(owner) if owner is not None else ()
    between = _prep_child(noun, {"between", "among"}, deps=("nmod",))
    if between is not None and (not source or info.type in SYMMETRIC and not target):
        if source:
            target = ctx.actors(between)
        else:
            source = ctx.actors(between)
    return source, target


def _agent_of_means(ctx: EventContext, token: Token, info: CodeInfo) -> Actors:
    """The doer of a passive act done in or by an act of the same type a noun names
    ("killed in an Israeli air raid"); the noun is then not coded again. Else the
    subject of a "when" clause doing it ("were killed when rebels ambushed their
    convoy")."""
    for child in token.children:
        if child.dep_ != "obl" or child.i in ctx.consumed or not _marked(child, MEANS_PREPS):
            continue
        found = ctx.act_of(child)
        if found is None or found.type != info.type:
            continue
        source = noun_agent(ctx, child)
        if source:
            ctx.consumed.add(child.i)
            return source
    for child in token.children:
        if child.dep_ != "advcl" or not any(
                m.dep_ in ("mark", "advmod") and m.text.lower() in WHEN_MARKS
                for m in child.children):
            continue
        subj = next((c for c in child.children if c.dep_ in ("nsubj", "csubj")), None)
        code = ctx.lex.verb_code(ctx.verb_lemma(child), _words_after(child))
        found = ctx.lex.info(code) if code else None
        if subj is not None and found is not None and found.type == info.type:
            return ctx.actors(subj)
    return ()


# --- the target, step by step ----------------------------------------------------------


def _named_target(ctx: EventContext, c: Clause) -> Actors:
    """Whom the verb's own phrase names: the recipient of a handing over, an object, a
    prepositional phrase (the strongest preposition first, wherever the parse hung it:
    "lodged a complaint with the Security Council against Israel" is aimed at Israel),
    last the "of" of an object ("eased its blockade of Gaza")."""
    object_nouns = [o for o in c.token.children if o.dep_ == "obj" and o.pos_ == "NOUN"]
    heads = [*_governing_heads(c.token, c.noun), *object_nouns]
    return _transfer_recipient(ctx, c) or _object_actors(ctx, c) or \
        _prep_target(ctx, c, heads) or _of_object(ctx, object_nouns, c.source)


def _transfer_recipient(ctx: EventContext, c: Clause) -> Actors:
    """Whom something handed over goes to: "handed over two suspects to Britain"."""
    if not c.info.code.startswith(TRANSFER_CODES):
        return ()
    recipient = next((p for h in _governing_heads(c.token, None)
                      if (p := _prep_child(h, {"to"}, deps=("obl",)))), None) \
        or _recipient_in_object(c.token)
    return ctx.others(recipient, c.source)


def _object_actors(ctx: EventContext, c: Clause) -> Actors:
    """The actors of the verb's objects (one the tagger took for a participle counts),
    not the doers an act-naming object's owner stands for, nor the event noun itself."""
    objects = [o for o in c.token.children if o.dep_ in OBJECT_DEPS]
    misread = _participle_object(c.token)
    for child in [*objects, *([misread] if misread is not None else [])]:
        if c.noun is None or child.i != c.noun.i:
            doers = _doers_of_act_noun(ctx, child, c.token)
            if _judges_act(ctx, c, child) and (judged := tuple(
                    a for a in doers if a not in c.source)):
                return judged  # "condemned Saudi Arabia's execution of a cleric": the doer
            found = ctx.others(child, {*c.source, *doers})
            if found:
                return found
    return ()


def _governing_heads(token: Token, noun: Token | None) -> list[Token]:
    """Where a target phrase may hang: the event noun, the verb, its particle of
    direction, the verbs it is conjoined to (up to five heads), and a noun a verb is
    conjoined to (a parse slip)."""
    heads = [noun] if noun is not None else []
    heads.append(token)
    heads += [c for c in token.children if c.dep_ in ("advmod", "compound:prt")
              and c.lower_ in DIRECTION_WORDS]  # "handed it back[advmod] to Azerbaijan"
    up = token
    while up.dep_ == "conj" and up.head.i != up.i and len(heads) < 5:
        up = up.head
        heads.append(up)
    if up.i != token.i and up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
        heads.append(up.head)
    return heads


def _prep_target(ctx: EventContext, c: Clause, heads: list[Token]) -> Actors:
    """The actors of the first prepositional phrase of ``TARGET_PREPS`` (in that order)
    hung on one of ``heads``; first those of the event noun that names the act, but for
    its "with", which may be whom it is lodged with ("voiced support for Caracas in its
    standoff with Washington" is aimed at Caracas; "lodged a complaint with Egypt
    against Israel" at Israel); "on" only for acts done to someone, "out of" for a
    particle verb, and "its border with India" is India."""
    if c.noun is not None:
        found = _first_prep(ctx, c, [c.noun], [p for p in TARGET_PREPS if p != "with"])
        if found:
            return found
    return _first_prep(ctx, c, heads, TARGET_PREPS)


def _first_prep(ctx: EventContext, c: Clause, heads: list[Token],
                preps: Sequence[str]) -> Actors:
    for prep in preps:
        if prep == "on" and c.info.type not in ON_TARGET_TYPES:
            continue
        for head in heads:
            child = _prep_child(head, {prep}, deps=("obl", "nmod", "obl:unmarked"))
            if child is None and prep == "out" and _has_particle(head, "out"):
                child = _prep_child(head, {"of"}, deps=("obl",))  # "pulling out[prt] of"
            if child is None or (head.i < c.token.i and child.i < c.token.i):
                continue  # an earlier conjunct's own phrase ("kidnapped ... and exploded")
            if child.lemma_.lower() in BORDER_NOUNS:
                child = _prep_child(child, {"with"}, deps=("nmod",)) or child
            found = ctx.others(child, c.source)
            if found:
                return found
    return ()


def _of_object(ctx: EventContext, object_nouns: list[Token], source: Actors) -> Actors:
    """The actors of an object's "of" phrase ("lifted the siege of Sarajevo"; not "the
    withdrawal of its troops", whose actors are the source)."""
    for head in object_nouns:
        found = ctx.others(_prep_child(head, {"of"}, deps=("nmod",)), source)
        if found:
            return found
    return ()


def _aimed(ctx: EventContext, c: Clause) -> Actors:
    """Whom it reaches through what it is done with or for (``event_targets``)."""
    return targets.aimed_target(ctx, c.token, exclude=c.source, kind=c.info.type)


def _threatened(ctx: EventContext, c: Clause) -> Actors:
    """Whom a threat's condition names: "... if the United States goes ahead"."""
    if c.info.type != "THREATEN":
        return ()
    return targets.condition_target(ctx, c.token, exclude=c.source)


def _provoker(ctx: EventContext, c: Clause) -> Actors:
    """Whom a show of force answers: "... after Turkish warships entered its waters"."""
    if c.info.type != "MOBILIZE":
        return ()
    return targets.cause_target(ctx, c.token, exclude=c.source)


def _content(ctx: EventContext, c: Clause) -> Actors:
    """Whom a demand, promise, threat or refusal names inside what it says."""
    if c.info.type not in CONTENT_TYPES:
        return ()
    return targets.content_target(ctx, c.token, exclude=c.source,
                                  threat=c.info.type == "THREATEN")


def _protested(ctx: EventContext, c: Clause) -> Actors:
    """Whom a protest is held against, the authority of its place, else whom its
    demands address, else the place of its (active) subject ("Palestinian prisoners in
    Israeli jails began a hunger strike")."""
    if c.info.type != "PROTEST":
        return ()
    return targets.protested_target(ctx, c.token, exclude=c.source) or \
        targets.place_target(ctx, c.token, exclude=c.source) or \
        targets.content_target(ctx, c.token, exclude=c.source) or (
            targets.place_target(ctx, c.subj, exclude=c.source) if c.subj is not None
            and not c.passive else ())


def _sent_to(ctx: EventContext, c: Clause) -> Actors:
    """Where those sent to do it were sent: "sent personnel to Bosnia to investigate"."""
    return targets.destination_target(ctx, c.token, exclude=c.source)


def _next_named(ctx: EventContext, c: Clause) -> Actors:
    """The next actor named after the verb, for acts that need a recipient, not by
    parties acting together ("signed an accord in Algiers" names no one else)."""
    if c.info.type in INTRANSITIVE or c.info.type in SYMMETRIC and len(c.source) > 1:
        return ()
    return ctx.nearest_actor_after(c.token, exclude=c.source)


def _purpose_or_place(ctx: EventContext, c: Clause) -> Actors:
    """Whom its purpose acts on ("opened fire to disperse X"), else the authority of
    where it happens ("lifted it in Darfur"); not for joint or intransitive acts."""
    if c.info.type in SYMMETRIC | INTRANSITIVE:
        return ()
    return targets.purpose_target(ctx, c.token, exclude=c.source) or \
        targets.place_target(ctx, c.token, exclude=c.source)


# In order; the first step that finds someone names the target.
TARGET_STEPS: tuple[Callable[[EventContext, Clause], Actors], ...] = (
    _named_target, _aimed, _threatened, _provoker, _content, _protested, _sent_to,
    _next_named, _purpose_or_place,
)


def _judges_act(ctx: EventContext, c: Clause, noun: Token) -> bool:
    """Does the verb praise or condemn an act its object names ("condemned Saudi Arabia's
    execution of a cleric"), not express an attitude of its own ("reaffirmed Cairo's
    support")?"""
    act = ctx.act_of(noun, modified=False)
    return c.info.code in EVALUATING_CODES and ctx.verb_lemma(c.token) not in SUPPORT_VERBS \
        and act is not None and act.code not in EVALUATING_CODES and act.type != "SUPPORT"


def _doers_of_act_noun(ctx: EventContext, noun: Token, verb: Token) -> Actors:
    """Whom the owner of an object that names an act or an attitude stands for: its
    doer, not whom the verb is aimed at ("completed their withdrawal", "reaffirmed
    Cairo's support for the uprising", "expressed France's solidarity with Lebanon")."""
    if ctx.lex.noun_code(noun.lemma_.lower()) is None \
            and ctx.verb_lemma(verb) not in SUPPORT_VERBS:
        return ()
    owner = next((c for c in noun.children if c.dep_ == "nmod:poss"), None)
    return ctx.actors(owner) if owner is not None else ()


def _recipient_in_object(token: Token) -> Token | None:
    """A "to" phrase the parse hung inside the object of a handing over ("returned 300
    prisoners of war to[nmod of war] Iran"): the last one in the object's phrase. An
    object the tagger took for a verb counts ("handed over two suspects[VERB] to"), and one
    the parse made a particle's prepositional phrase ("handed over[case] three suspects")."""
    obj = next((c for c in token.children if c.dep_ == "obj" or c.dep_ == "xcomp" and any(
        m.dep_ in ("det", "nummod") for m in c.children)  # "two suspects[VERB]"
        or c.dep_ == "obl" and _marked(c, PARTICLES)), None)  # "over[case] three suspects"
    if obj is None:
        return None
    # or inside an aside after the object ("extradited X, known as El Chapo, to[nmod of
    # El Chapo] the United States"): a participle clause with no subject of its own
    asides = [c for c in token.children if c.dep_ == "advcl" and c.i > obj.i
              and c.tag_ == "VBN" and not any(g.dep_ in SUBJECT_DEPS for g in c.children)]
    found = [t for head in (obj, *asides) for t in head.subtree
             if t.dep_ in ("nmod", "obl") and _marked(t, ("to",))]
    return found[-1] if found else None
