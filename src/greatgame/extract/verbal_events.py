"""Acts a verb states: ``code_verbal`` decides whether a verb is an event and which.

The decision is a fixed order of named steps:

1. ``NOT_ACTS`` (``verb_guards``): the guards that say a verb is no act of its own (a word
   inside a name, a description, a noun the tagger took for a verb, a verb that only
   passes its subject to an infinitive, the content of another act, a sacking, an order
   to one's own forces);
2. constructions whose act is named by what the verb takes (``verb_constructions``:
   "placed under arrest", "drew criticism from", "came under fire", "lifted the
   blockade");
3. the dictionary's code for the verb and the words after it, overridden by an event
   noun it carries ("held talks", "launched an attack"), an actor it is addressed to, its
   arguments, or the actor it tells to do something;
4. the tokens the act takes (its event noun, objects of the same act, its content), then
   its source and target (``event_arguments``) and the record (``event_records``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from greatgame.extract import verb_constructions as constructions
from greatgame.extract.event_arguments import arguments
from greatgame.extract.event_context import CONTENT_TYPES, EventContext
from greatgame.extract.event_records import make_event
from greatgame.extract.event_syntax import (
    CLAUSE_DEPS,
    PASSIVE_SUBJECT_DEPS,
    _agent,
    _measured,
    _modifier_words,
    _object_heads,
    _object_phrase,
    _objects,
    _of_complement,
    _phrase_follows,
    _prep_child,
    _subject,
    _support_object,
    _words_after,
)
from greatgame.extract.lexicon import SUPPORT_VERBS
from greatgame.extract.nominal_events import names_its_doer
from greatgame.extract.verb_guards import (
    NO_DEFAULT,
    NOT_ACTS,
    TELLING_VERBS,
    TRANSPARENT,
    is_predicate,
    tells_another,
)
from greatgame.extract.verb_tables import (
    ADDRESSED_CODES,
    CALLED_NOUNS,
    CALLING_VERBS,
    EVALUATING_CODES,
    GIVING_VERBS,
    GOODS,
    MOBILIZING,
    OTHER_VERB_REACH,
    REVERSING_VERBS,
    VERB_CODES,
    VISIT_VERBS,
)
from greatgame.extract.verbs import CodeInfo, with_mode

if TYPE_CHECKING:
    from spacy.tokens import Token

    from greatgame.records import Event

MILITARY_AID = "072"  # arms handed over; arms sent to no one named are a deployment
MEET_INTENT = "036"  # the dictionary's reading of "FLY * (TO)"
# Whom a measure is aimed at: "sanctions on Iran", "the embargo against Cuba".
MEASURE_PREPS = frozenset({"on", "against"})
# Sending forces (CAMEO 062 military cooperation, 074 protection, 070 aid: the
# dictionary's "SEND * VEHICLES", 072 military aid: "SEND * AIRCRAFT") to one's own border
# or ground, or near or around another's, shows force (154).
DEPLOYING = ("062", "074", "070", "072")
# What an accusation, a request or praise is for: "accused X of stealing", "praised X for".
GROUNDS_MARKS = ("of", "for")


@dataclass
class Reading:
    """What ``code_verbal`` has read of a verb so far: the dictionary's code for it and
    the words after it, and the event noun it carries, if that names the act."""

    token: Token
    lemma: str
    after: list[tuple[str, str]] = field(default_factory=list)
    before: list[str] = field(default_factory=list)
    near: list[tuple[str, str]] | None = None
    heads: set[str] | None = None
    code: str | None = None
    noun: Token | None = None
    noun_code: str | None = None
    matched: bool = False
    by_argument: str | None = None


@dataclass(frozen=True)
class Decision:
    """A step's final word on a verb: this event, or (None) none at all."""

    event: Event | None


def code_verbal(ctx: EventContext, token: Token) -> Event | None:
    """The event a verb states, or None (see the module's steps)."""
    if not is_predicate(ctx, token):
        return None
    lemma = ctx.verb_lemma(token)
    if any(guard(ctx, token, lemma) for guard in NOT_ACTS):
        return None
    decided = _construction(ctx, token, lemma)
    if decided is not None:
        return decided.event
    if _subject_names_the_act(ctx, token, lemma):
        return None
    reading = _dictionary_reading(ctx, token, lemma)
    decided = _undone(ctx, reading)
    if decided is not None:
        return decided.event
    _read_support_noun(ctx, reading)
    _read_arguments_and_telling(ctx, reading)
    if _uncoded(ctx, reading):
        return None
    if reading.code.startswith(DEPLOYING) and (constructions.to_border(token) is not None
                                               or constructions.to_own_ground(ctx, token)):
        reading.code = MOBILIZING  # "sent troops to its border with Cambodia", "to Borno
        # state": force shown, or moved at home
    info = ctx.lex.info(reading.code)
    if info is None:
        return None
    info = with_mode(info, lemma, ctx.lex)
    noun = reading.noun or next((c for c in token.children if c.dep_ == "obj"), None)
    if noun is not None:  # "submitted his resignation": its object's mode
        info = with_mode(info, noun.lemma_.lower(), ctx.lex)
    info = constructions.promised_violence(ctx, token, lemma, info)
    readied = constructions.readied_force(ctx, token, info)
    _consume(ctx, reading, readied or info)
    return _posture(_event_with_arguments(ctx, reading, readied or info), readied)


def _posture(event: Event | None, readied: CodeInfo | None) -> Event | None:
    """A force posture is taken now: readying force is no intention ("troops were
    preparing to storm the city" shows force; ``readied_force``), so not flagged future."""
    if event is None or readied is None:
        return event
    return event.model_copy(update={"future": False})


# --- 2. acts named by what the verb takes ------------------------------------------------


def _construction(ctx: EventContext, token: Token, lemma: str) -> Decision | None:
    """The act of "placed X under", "drew X from" (when they name one) and "came under"
    (always: never "come" (040) itself); None when the verb is none of them."""
    if lemma in constructions.PLACING_VERBS:
        placed = constructions.placed_under(ctx, token)
        if placed is not None:
            return Decision(placed)
    if lemma in constructions.RECEIVING_VERBS and \
            constructions.undone_object(ctx, token, lemma) is None:  # (not "accepted a
        # request from China", which accedes to it)
        got = constructions.received(ctx, token)
        if got is not None:
            return Decision(got)
    under = constructions.under_phrase(token, lemma)
    if under is not None:
        return Decision(constructions.undergone(ctx, token, under))
    return None


def _subject_names_the_act(ctx: EventContext, token: Token, lemma: str) -> bool:
    """"talks resumed": the subject noun names the act, coded as a nominal event (but
    "was signed by X" is X's act)."""
    subj = _subject(token)
    return subj is not None and subj.pos_ == "NOUN" and lemma in SUPPORT_VERBS | TRANSPARENT \
        and not (subj.dep_ in PASSIVE_SUBJECT_DEPS and _agent(token) is not None) \
        and ctx.lex.noun_code(subj.lemma_.lower()) is not None


def _undone(ctx: EventContext, reading: Reading) -> Decision | None:
    """"lifted the blockade", "ended mediation efforts": the act undone, when it names
    a party; the code is kept for what follows when it names none."""
    undone = constructions.undone_object(ctx, reading.token, reading.lemma)
    if undone is None:
        return None
    reading.code, obj = undone
    info = ctx.lex.info(reading.code)
    if info is None:
        return None
    source, target = arguments(ctx, reading.token, None, info)
    if not target:  # "eased sanctions on Caracas": whom the measure undone was aimed at
        aimed = _prep_child(obj, MEASURE_PREPS, deps=("nmod",)) or \
            _prep_child(reading.token, MEASURE_PREPS, deps=("obl",))
        target = ctx.others(aimed, source)
    if not source and not target:
        return None
    # the object itself too, though tagged a name ("its pledge[NNP]")
    ctx.consumed.update({obj.i} | {t.i for t in obj.subtree if t.pos_ == "NOUN"})
    return Decision(make_event(ctx, info, reading.token, source, target,  # ("the
                               anchor=obj if obj.i < reading.token.i else None))  # accord signed")


# --- 3. the code ---------------------------------------------------------------------------


def _dictionary_reading(ctx: EventContext, token: Token, lemma: str) -> Reading:
    """The dictionary's code for the verb with the words after it, those before it, its
    object's phrase and heads (a passive's agent excluded: "detained by police after the
    protests" is no "held a protest")."""
    reading = Reading(token, lemma, after=_words_after(token, reversing=REVERSING_VERBS),
                      before=[t.text.lower() for t in token.sent if t.i < token.i],
                      near=_object_phrase(token), heads=_object_heads(token))
    if reading.near is None and any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in token.children):
        reading.near = _words_after(token, agent=False)[:OTHER_VERB_REACH]
    reading.code = ctx.lex.verb_code(lemma, reading.after, reading.before, near=reading.near,
                                     heads=reading.heads,
                                     objectless=reading.near is None and reading.heads is None
                                     and _phrase_follows(token))
    patient = next((c for c in token.children if c.dep_ == "nsubj:pass"), None)
    if not reading.code and patient is not None and _agent(token) is not None:
        # a passive with its doer: its subject is what the active verb's object would be
        # ("the proposal was accepted by Azerbaijan": ACCEPT * PROPOSAL)
        words = [(t.text.lower(), t.lemma_.lower()) for t in patient.subtree
                 if t.dep_ not in CLAUSE_DEPS]
        reading.code = ctx.lex.verb_code(lemma, words, reading.before,
                                         heads={patient.text.lower(), patient.lemma_.lower()}) \
            or reading.code
    return reading


def _support_noun(ctx: EventContext, token: Token, lemma: str
                  ) -> tuple[Token | None, str | None]:
    """(noun, its code) of the event noun a support or calling verb carries: "held
    talks", "called a strike" (not "called the attack a crime"); a measured noun's "of"
    or "in" ("gave millions of dollars of aid"); goods only when given."""
    noun = _support_object(token) if lemma in SUPPORT_VERBS | CALLING_VERBS | GIVING_VERBS \
        else None
    if lemma in CALLING_VERBS and noun is not None and (
            noun.lemma_.lower() not in CALLED_NOUNS or noun.dep_ != "obj"
            or any(c.dep_ in ("xcomp", "obj") and c.i != noun.i for c in token.children)):
        noun = None
    noun_code = None
    if noun is not None:
        noun_code = ctx.lex.noun_code(noun.lemma_.lower(), _modifier_words(noun))
        inner = (_of_complement(noun) or _prep_child(noun, {"in"}, deps=("nmod",))) \
            if _measured(noun) else None
        if noun_code is None and inner is not None:  # (not "signed a declaration of
            # reconciliation": a declaration is signed)
            noun_code = ctx.lex.noun_code(inner.lemma_.lower(), _modifier_words(inner))
            noun = inner if noun_code else noun
    if noun is not None and noun.lemma_.lower() in GOODS and lemma not in GIVING_VERBS:
        noun_code = None  # "carrying weapons", "had food": goods not given are no aid
    if noun is not None and noun_code is None and lemma in GIVING_VERBS:
        goods = next((c for c in (*noun.conjuncts, *noun.children) if c.lemma_.lower() in
                      GOODS and (c.dep_ == "conj" or c.dep_ == "compound")), None)
        if goods is not None:  # "delivered tanks, artillery and ammunition", "a loan package"
            noun, noun_code = goods, ctx.lex.noun_code(goods.lemma_.lower(),
                                                        _modifier_words(goods))
    if lemma not in SUPPORT_VERBS | CALLING_VERBS and (
            noun is None or noun.lemma_.lower() not in GOODS):
        return None, None  # (a giving verb that is no support verb carries goods only)
    return noun, noun_code


def _read_support_noun(ctx: EventContext, r: Reading) -> None:
    """The code of the event noun the verb carries, where the dictionary has no pattern
    for the verb or only its default, or the pattern matched deeper in the object's
    phrase ("opened an investigation into the bombing of the embassy" is no "open *
    embassy"); goods handed over are aid whatever the pattern. A protest lodged with an
    actor is a complaint to it, as "protested to China" is."""
    r.noun, r.noun_code = _support_noun(ctx, r.token, r.lemma)
    handed = r.noun is not None and r.noun.lemma_.lower() in GOODS \
        and r.lemma in GIVING_VERBS
    if r.noun_code and (r.code is None or r.code == "" or r.code == ctx.default_code(r.lemma)
                        or handed):
        r.code, r.matched = r.noun_code, True
    elif r.noun_code and r.code != r.noun_code and ctx.lex.verb_code(
            r.lemma, r.after, r.before, near=r.near, heads=r.heads, head_only=True) != r.code:
        r.code, r.matched = r.noun_code, True
    if r.noun is not None and r.noun.lemma_.lower() in ADDRESSED_CODES and any(
            ctx.names_actor(p) for p in (_prep_child(t, {"to", "with"}, deps=(
                "obl", "nmod")) for t in (r.token, r.noun)) if p is not None):
        r.code, r.matched = ADDRESSED_CODES[r.noun.lemma_.lower()], True


def _read_arguments_and_telling(ctx: EventContext, r: Reading) -> None:
    """The code a verb with no pattern of its own takes by its arguments (the
    dictionary's "FLY * (TO)" is an intent to meet; flying to a state visits it), and a
    demand for a verb that tells an actor to do something ("told the United States to
    withdraw")."""
    if not r.code or r.code == ctx.default_code(r.lemma) or \
            (r.lemma in VISIT_VERBS and r.code == MEET_INTENT):
        r.by_argument = constructions.argument_code(ctx, r.token, r.lemma)
        r.code = r.by_argument or r.code
    if r.lemma in TELLING_VERBS and tells_another(ctx, r.token):
        r.code = TELLING_VERBS[r.lemma]


def _uncoded(ctx: EventContext, r: Reading) -> bool:
    """No code, or only the default of a verb whose default prose rarely means (a
    curated code is the sense meant)."""
    return not r.code or (not r.matched and not r.by_argument
                          and r.code == ctx.default_code(r.lemma)
                          and r.lemma in NO_DEFAULT and r.lemma not in VERB_CODES)


# --- 4. what the act takes, its parties, the record ---------------------------------------


def _consume(ctx: EventContext, r: Reading, info: CodeInfo) -> None:
    """Mark what this act takes so it is not coded again: its event noun ("imposed
    sanctions": one act, by pattern or by noun), objects naming the same act ("completed
    the withdrawal": one retreat, not two), and the content of a demand, promise, threat
    or charge, with its grounds ("accused Kuwait of stealing its oil")."""
    if r.noun is not None and (r.matched or r.noun_code == r.code):
        ctx.consumed.add(r.noun.i)
    for obj in _objects(r.token):
        obj_info = ctx.act_of(obj, modified=False)
        if obj_info is not None and obj_info.type == info.type:
            ctx.consumed.add(obj.i)
    content = ("xcomp", "ccomp", "obj", "iobj", "acl") if info.type in CONTENT_TYPES \
        else ("xcomp",)
    judged = {obj.i for obj in _objects(r.token) if names_its_doer(ctx, obj)} \
        if r.code in EVALUATING_CODES else set()
    for child in r.token.children:
        if child.i in judged:
            continue  # an act judged is an act of its own: "welcomed the withdrawal of ..."
        grounds = info.type in CONTENT_TYPES and child.dep_ in ("advcl", "obl") and any(
            m.dep_ in ("case", "mark") and m.text.lower() in GROUNDS_MARKS
            for m in child.children)
        if child.dep_ in content or grounds:
            ctx.consumed.update(t.i for t in child.subtree if t.pos_ in ("VERB", "NOUN"))


def _event_with_arguments(ctx: EventContext, r: Reading, info: CodeInfo) -> Event | None:
    """The event with its source and target (an event noun object names whom the act is
    aimed at even where a pattern coded the verb: "lodged a protest with the United
    States"). A dictionary default with no one acted upon is kept only where the PLOVER
    manual says the type needs no recipient (AGREE, PROTEST, ...), not for AID or
    SANCTION; arms handed to no one named are sent out ("sent tanks to the border")."""
    source, target = arguments(ctx, r.token, r.noun if r.matched or r.noun_code else None,
                               info)
    if not source and not target:
        return None
    curated = r.lemma in VERB_CODES or r.matched or r.code != ctx.default_code(r.lemma)
    if not target and not curated and info.type in ctx.lex.needs_recipient:
        return None
    if not target and r.noun is not None \
            and GOODS.get(r.noun.lemma_.lower()) == MILITARY_AID:
        return None
    if r.noun is not None:
        info = ctx.joint_exercise(info, r.noun, source)
    return make_event(ctx, info, r.token, source, target,
                      anchor=r.noun if r.matched else None)
