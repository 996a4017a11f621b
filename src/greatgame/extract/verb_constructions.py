"""Verbs whose act is named by what they take, not by the verb itself.

"placed X under house arrest" (the noun after "under"), "drew criticism from X" (the
object, from someone), "came under fire" (the subject suffers it), "lifted the blockade"
(an act undone), "returned the bodies to Iran" and "moved two divisions" (by their
objects), "sent troops to its border" (force shown there), "vowed to strike back" (a
promise of force is a threat). Each function reads one construction and says which act,
if any, it codes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from greatgame.extract.event_context import EventContext, same_state
from greatgame.extract.event_records import make_event
from greatgame.extract.event_syntax import (
    _marked,
    _modifier_words,
    _object_heads,
    _object_phrase,
    _objects,
    _of_complement,
    _prep_child,
    _purpose_infinitive,
    _subject,
    _support_object,
    _words_after,
)
from greatgame.extract.event_targets import BORDER_NOUNS
from greatgame.extract.lexicon import READYING_VERBS, SUPPORT_VERBS
from greatgame.extract.nominal_events import noun_agent
from greatgame.extract.verb_tables import (
    ACCEDING_TO_VERBS,
    ACTOR_OBJECT_CODES,
    ADDRESSED_CODES,
    CONFISCATION,
    DEPARTING_VERBS,
    DETENTION,
    INTRANSITIVE_CODES,
    LEAVING_VERBS,
    MILITARY_UNITS,
    MOBILIZING,
    MOVING_VERBS,
    PLEDGING_ADJECTIVES,
    PROPERTY_NOUNS,
    RENEGING_VERBS,
    SEIZED_PEOPLE,
    SEIZING_VERBS,
    TRANSITIVE_CODES,
    VISIT_VERBS,
    WITHDRAWING,
)
from greatgame.extract.verbs import CodeInfo

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from spacy.tokens import Span, Token

    from greatgame.records import Event

# Verbs of receiving the act their object names from someone ("drew criticism from X").
RECEIVING_VERBS = frozenset({"draw", "attract", "face", "receive", "win", "earn", "get",
                             "accept", "obtain", "secure"})
# Verbs of undergoing an act the noun after "under" names ("came under fire").
UNDERGOING_VERBS = frozenset({"come", "be", "remain", "fall"})
# Verbs that put their object under what a noun names: "placed X under house arrest".
PLACING_VERBS = frozenset({"place", "put", "keep"})
UNDERGONE_NOUNS = {"fire": "190"}  # "came under rocket fire": only so an act
# Where military units sent are force shown, not help given: a border, or waters and
# regions no state is ("sent an aircraft carrier to the Persian Gulf") (ours).
SHOW_OF_FORCE_PLACES = BORDER_NOUNS | {"gulf", "sea", "waters", "strait", "coast", "region"}
BORDER_PREPS = frozenset({"to", "along", "near", "on", "toward", "towards"})
# Where military units sent are near a place, not in it: force shown at any place
# ("sent warplanes around Taiwan", "warships off the coast of Libya") (ours).
NEARBY_PREPS = frozenset({"around", "off", "near", "toward", "towards", "along"})
# Where forces are sent or posted at home: "to Borno state", "around its headquarters".
HOME_PREPS = frozenset({"to", "into", "in", "around", "near", "outside", "at", "across",
                        "throughout", "onto"})
# Verbs of oath that make a promise of their infinitive ("swore to fight"), and the types
# of force whose promise is a threat.
PROMISE_VERBS = {"swear": "030", "vow": "030", "pledge": "030", "promise": "030"}
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# What a threat of force is: of military force (138) for an assault, else to coerce (130).
THREAT_OF_FORCE, THREAT = "138", "130"
# Force readied, not used: CAMEO 150 'Demonstrate military or police power' (MOBILIZE).
FORCE_POSTURE = "150"


def placed_under(ctx: EventContext, token: Token) -> Event | None:
    """"placed Aung San Suu Kyi under house arrest", "put the town under curfew": the
    subject does to the object what the noun after "under" names; "placed its forces on
    high alert": it readies them (a force posture the noun after "on" names)."""
    obj = next((c for c in token.children if c.dep_ == "obj"), None)
    if obj is None:
        return None
    under = _prep_child(token, {"under"}, deps=("obl",)) or \
        _prep_child(obj, {"under"}, deps=("nmod",))  # or hung on the object
    info = ctx.act_of(under) if under is not None else None
    if under is None:  # "placed its forces on high alert (on Tuesday)": readied, if a
        # noun after "on" says so
        ons = [c for head, dep in ((token, "obl"), (obj, "nmod")) for c in head.children
               if c.dep_ == dep and _marked(c, ("on",))]
        found = [(c, i) for c in ons if (i := ctx.act_of(c)) is not None and i.type == "MOBILIZE"]
        under, info = found[0] if found else (None, None)
    subj = _subject(token)
    if info is None or subj is None:
        return None
    source, target = ctx.actors(subj), ctx.actors(obj)
    if not source and not target:
        return None
    ctx.consumed.add(under.i)
    return make_event(ctx, info, token, source, tuple(a for a in target if a not in source))


def received(ctx: EventContext, token: Token) -> Event | None:
    """"drew criticism from the European Union", "received aid from Japan": the act
    the object names goes from the "from" phrase to the subject."""
    noun = next((c for c in token.children if c.dep_ == "obj"), None)
    info = ctx.act_of(noun) if noun is not None else None
    origin = (_prep_child(noun, {"from"}, deps=("nmod",))
              or _prep_child(token, {"from"}, deps=("obl",))) if noun is not None else None
    subj = _subject(token)
    if info is None or origin is None or subj is None:
        return None
    source = ctx.actors(origin)
    owner = next((c for c in subj.children if c.dep_ == "nmod:poss"), None)
    receiver = owner if subj.pos_ == "NOUN" and owner is not None else subj
    target = ctx.others(receiver, source)  # "Israel's plan"
    if not source:
        return None
    ctx.consumed.add(noun.i)
    return make_event(ctx, info, token, source, target, anchor=noun)


def under_phrase(token: Token, lemma: str) -> Token | None:
    """The "under" phrase of a verb of undergoing ("came under attack"), if any."""
    if lemma not in UNDERGOING_VERBS:
        return None
    return next((c for c in token.children if c.dep_ == "obl" and _marked(c, ("under",))),
                None)


def undergone(ctx: EventContext, token: Token, noun: Token) -> Event | None:
    """"Syrian forces came under attack from Assad loyalists", "the town was under
    fire": the subject suffers the act the noun after "under" names; its doer is the
    noun's "from"/"by" phrase or modifier. "came under pressure" is no act."""
    lemma = noun.lemma_.lower()
    code = ctx.lex.noun_code(lemma, _modifier_words(noun)) or UNDERGONE_NOUNS.get(lemma)
    info = ctx.lex.info(code) if code else None
    subj = _subject(token)
    if info is None or subj is None:
        return None
    doer = _prep_child(noun, {"from", "by"}, deps=("nmod",)) or _prep_child(
        token, {"from", "by"}, deps=("obl",))
    source = ctx.actors(doer) if doer is not None else noun_agent(ctx, noun)
    target = ctx.others(subj, source)
    if not source and not target:
        return None
    ctx.consumed.add(noun.i)
    return make_event(ctx, info, token, source, target, anchor=noun)


def undone_object(ctx: EventContext, token: Token, lemma: str) -> tuple[str, Token] | None:
    """(code, object) when the verb undoes, halts, accedes to or reneges on what its object
    (or the "to" phrase of "agreed to", the "on" phrase of "reneged on") names: the
    object, the noun its "of" measures ("a state of emergency") or its compound
    ("mediation efforts", "air links")."""
    obj = _support_object(token) or (_prep_child(token, {"to"}, deps=("obl",))
                                     if lemma in ACCEDING_TO_VERBS else None) or (
        _prep_child(token, {"of", "from"}, deps=("obl",)) if lemma in LEAVING_VERBS
        else None) or (  # "pulled out of the talks"
        _prep_child(token, {"on"}, deps=("obl",)) if lemma in RENEGING_VERBS else None)
    if obj is None:
        return None
    # its modifiers first: "lifted martial law" (0814) is no "law" scrapped (080)
    words = [c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")]
    words.append(obj.lemma_.lower())
    inner = _of_complement(obj)
    if inner is not None:
        words.append(inner.lemma_.lower())
    particle = next((c.lower_ for c in token.children if c.dep_ == "compound:prt"), None)
    code = (ctx.lex.object_code(f"{lemma} {particle}", words) if particle else None) \
        or ctx.lex.object_code(lemma, words)  # ("called off the strike": "call off")
    return (code, obj) if code else None


def argument_code(ctx: EventContext, token: Token, lemma: str) -> str | None:
    """The code of a verb that is an act only by what it takes: any object ("returned
    the bodies to Iran": 084) or none ("students rallied": 141), military units
    ("moved two divisions": 154), property seized ("seized a tanker": 1711), military
    units leaving ("troops left Somalia": 087), an actor addressed ("protested to
    Washington": 111), an actor for object ("received a delegation", "held two
    journalists"), an actor to go to ("went to Moscow": a visit)."""
    objects = [c for c in token.children if c.dep_ == "obj"]
    return _code_by_objects(ctx, lemma, objects) or _code_by_movers(token, lemma) or \
        _code_by_destination(ctx, token, lemma, objects)


def _code_by_objects(ctx: EventContext, lemma: str, objects: list[Token]) -> str | None:
    """The code a verb takes by having an object or none, by moving military units, by
    an actor for object, by property or people seized."""
    if lemma in TRANSITIVE_CODES and objects:
        return TRANSITIVE_CODES[lemma]
    if lemma in INTRANSITIVE_CODES and not objects:
        return INTRANSITIVE_CODES[lemma]
    if lemma in MOVING_VERBS and any(o.lemma_.lower() in MILITARY_UNITS for o in objects):
        return MOBILIZING
    if lemma in ACTOR_OBJECT_CODES and any(ctx.names_actor(c) for c in objects):
        return ACTOR_OBJECT_CODES[lemma]
    if lemma in SEIZING_VERBS and any(o.lemma_.lower() in PROPERTY_NOUNS for o in objects):
        return CONFISCATION
    if lemma in SEIZING_VERBS and any(o.lemma_.lower() in SEIZED_PEOPLE for o in objects):
        return DETENTION
    return None


def _code_by_movers(token: Token, lemma: str) -> str | None:
    """Military units leaving are a withdrawal: "troops left Somalia"."""
    subj = _subject(token)
    if lemma in DEPARTING_VERBS and subj is not None \
            and subj.lemma_.lower() in MILITARY_UNITS:
        return WITHDRAWING
    return None


def _code_by_destination(ctx: EventContext, token: Token, lemma: str,
                         objects: list[Token]) -> str | None:
    """The code of a verb by the actor it is addressed to ("protested to Washington")
    or goes to ("went to Moscow"; not "flew helicopters to")."""
    addressee = _prep_child(token, {"to", "with"}, deps=("obl",)) \
        if lemma in ADDRESSED_CODES else None
    if addressee is not None and ctx.names_actor(addressee):
        return ADDRESSED_CODES[lemma]
    goal = _prep_child(token, {"to"}, deps=("obl", "nmod")) \
        if lemma in VISIT_VERBS and not objects else None  # (nmod: a parse slip)
    if goal is not None and ctx.names_actor(goal):
        return VISIT_VERBS[lemma]
    return None


def to_border(token: Token) -> Token | None:
    """The border (or sea) a verb sends military units to, along or near ("sent troops to
    its border with Cambodia", "sent an aircraft carrier to the Persian Gulf"), or any
    place it sends them near or around ("sent warplanes around Taiwan")."""
    if not any(_military(o) for o in _objects(token)):
        return None
    return next((p for p in _destinations(token, BORDER_PREPS | NEARBY_PREPS)
                 if p.lemma_.lower() in SHOW_OF_FORCE_PLACES or _marked(p, NEARBY_PREPS)),
                None)


def _military(noun: Token) -> bool:
    """Is the noun, one listed with it, or the noun its "of" counts ("dozens of
    warplanes and warships") a military unit?"""
    inner = _of_complement(noun)
    nouns = [noun, *noun.conjuncts, *([inner, *inner.conjuncts] if inner is not None else [])]
    return any(n.lemma_.lower() in MILITARY_UNITS for n in nouns)


def _destinations(token: Token, preps: Iterable[str]) -> list[Token]:
    """The verb's phrases with these prepositions, and its objects' or the nouns they
    count (where the parse hung "to Borno state" on "troops", "around Taiwan" on
    "dozens of warplanes")."""
    wanted = frozenset(preps)
    nouns = [n for o in _objects(token) for n in (o, _of_complement(o)) if n is not None]
    return [c for c in token.children if c.dep_ == "obl" and _marked(c, wanted)] + [
        c for n in nouns for c in n.children if c.dep_ == "nmod" and _marked(c, wanted)]


def to_own_ground(ctx: EventContext, token: Token) -> bool:
    """Does a verb send military units to a place that is no other actor's ("sent 5,000
    troops to Borno state", "deployed troops in the capital")? Force moved at home is a
    mobilisation, not help given to another."""
    if not any(o.lemma_.lower() in MILITARY_UNITS for o in _objects(token)):
        return False
    place = next(iter(_destinations(token, HOME_PREPS)), None)
    subject = _subject(token)
    if place is None or subject is None:
        return False
    there, senders = ctx.actors(place), ctx.actors(subject)
    return bool(senders) and all(any(same_state(a, s) for s in senders) for a in there)


def promised_violence(ctx: EventContext, token: Token, lemma: str, info: CodeInfo
                      ) -> CodeInfo:
    """A vow whose content is force is a threat: "have sworn to fight", "vowed to
    strike back" (CAMEO 13, not 03). Oaths ("swear", "vow") with an infinitive are
    promises whatever their dictionary block says."""
    act = next((c for c in token.children if c.dep_ == "xcomp" or _purpose_infinitive(c)),
               None)  # "vowed on Wednesday to strike[advcl]": the parse's slip
    if act is None or lemma not in PROMISE_VERBS and info.type != "AGREE":
        return info
    if lemma in PROMISE_VERBS:
        info = ctx.lex.info(PROMISE_VERBS[lemma]) or info
    inner = _inner_code(ctx, act)
    inner_info = ctx.lex.info(inner) if inner else None
    if inner_info is not None and inner_info.type in FORCE_TYPES:
        return ctx.lex.info(THREAT_OF_FORCE if inner_info.type == "ASSAULT" else THREAT) \
            or info
    return info


def readied_force(ctx: EventContext, token: Token, info: CodeInfo) -> CodeInfo | None:
    """Force an actor readies is its force posture (CAMEO 150, PLOVER MOBILIZE), not
    force used: "the army prepared to attack the town", "troops were readying to storm
    the city" (word class ``readying_verbs``); None when the act is no use of force or
    no readying verb governs it. Its infinitive may hang as an ``xcomp`` or as a
    purpose ``advcl`` ("prepared to[mark] attack[advcl]"), one verb down at most
    ("prepared to resume shelling")."""
    if info.type not in FORCE_TYPES:
        return None
    node = token
    for _ in range(2):
        if not (node.dep_ == "xcomp" or _purpose_infinitive(node)):
            return None
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in READYING_VERBS:
            return ctx.lex.info(FORCE_POSTURE)
    return None


def _inner_code(ctx: EventContext, act: Token) -> str | None:
    """The code of what is promised: a support verb's object names it ("to hold
    talks"), and where that object is neither an event nor an actor the support verb's
    own default is not meant ("to hold a referendum" confines no one)."""
    lemma = act.lemma_.lower()
    code = ctx.lex.verb_code(lemma, _words_after(act), near=_object_phrase(act),
                             heads=_object_heads(act))
    obj = _support_object(act) if lemma in SUPPORT_VERBS else None
    if obj is None:
        return code
    noun_code = ctx.lex.noun_code(obj.lemma_.lower(), _modifier_words(obj))
    if noun_code is not None:
        return noun_code
    return None if code == ctx.default_code(lemma) and not ctx.actors(obj) else code


def pledges(ctx: EventContext, sent: Span, coded: Sequence[Event]) -> Iterator[Event]:
    """The pledges adjectives state, where what is pledged is no act coded in the
    sentence: "Vietnam is committed to opening up its economy" (CAMEO 030, the table
    ``pledging_adjectives``), aimed at the actors named in what is pledged. "is committed
    to withdrawing its troops" is the withdrawal, coded (as intended) on its own."""
    for token in sent:
        code = PLEDGING_ADJECTIVES.get(token.lower_)
        pledged = _pledged(token) if code is not None and token.i not in ctx.consumed \
            else None
        if pledged is None or _coded_already(token, pledged, coded):
            continue
        source = ctx.actors(_subject(token) or _expletive(token))
        info = ctx.lex.info(code)
        if not source or info is None:
            continue
        named = ctx.actors_of(sent.doc[pledged.left_edge.i:pledged.right_edge.i + 1])
        event = make_event(ctx, info, token, source, tuple(a for a in named if a not in source))
        if event is not None:
            yield event


def _pledged(token: Token) -> Token | None:
    """What follows "to" after a pledging adjective: an infinitive or gerund clause, or a
    noun ("committed to the ceasefire")."""
    for child in token.children:
        marks = {c.text.lower() for c in child.children if c.dep_ in ("mark", "case")}
        if child.dep_ in ("advcl", "xcomp", "obl") and "to" in marks:
            return child
    return None


def _expletive(token: Token) -> Token | None:
    """"said it was committed to": the parse reads the subject "it" as an expletive."""
    return next((c for c in token.children if c.dep_ == "expl"), None)


def _coded_already(token: Token, pledged: Token, coded: Sequence[Event]) -> bool:
    """Is what is pledged coded as an act, or the verb the adjective completes ("remains
    committed to": the dictionary's reading of "remain")?"""
    last = pledged.right_edge
    lo, hi = pledged.left_edge.idx, last.idx + len(last.text)
    head = token.head.idx if token.dep_ == "xcomp" else -1
    return any(lo <= e.start < hi or e.start == head for e in coded)
