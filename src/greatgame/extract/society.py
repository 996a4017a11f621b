"""Acts of a society's groups that PLOVER codes as protest.

The verb dictionary codes an act by its verb whoever does it: "blockaded the ports" is a
blockade (CAMEO 191), "hurled stones at police" an assault (18). Done by civilians,
workers, students, farmers, the opposition, clergy or prisoners, the same acts are
protest: a blockade they impose obstructs passage (144), a strike they begin is a labour
strike (143), not a military one, and violence they commit where the sentence names a
protest is a violent protest (145, PLOVER's PROTEST riot). The codes are a rule table
(``society_codes`` in ``verb_rules.json``); ``society_acts`` runs after the coder, where
the actor index says who the doers are.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from greatgame.extract.index import ActorIndex
from greatgame.extract.lexicon import PROTEST_NOUNS
from greatgame.extract.verb_tables import SOCIETY_CODES
from greatgame.extract.verbs import Lexicon
from greatgame.records import Event

# Sectors of a society's groups, as against a state's organs, armed groups and outsiders.
SOCIETY_SECTORS = frozenset({"CVL", "LAB", "AGR", "EDU", "OPP", "REL", "CRM", "REF", "JRN",
                             "MED", "BUS", "SOC"})


def society_acts(events: Iterable[Event], index: ActorIndex, doc: Doc,
                 lex: Lexicon) -> tuple[Event, ...]:
    """The events, each act of a society's groups that PLOVER codes as protest recoded."""
    return tuple(_recoded(event, index, doc, lex) for event in events)


def _recoded(event: Event, index: ActorIndex, doc: Doc, lex: Lexicon) -> Event:
    if not event.source or not all(_of_society(index, actor) for actor in event.source):
        return event
    code = next((code for cameo, noun, protest, code in SOCIETY_CODES if cameo == event.cameo
                 and (not noun or noun in _words(doc, event))
                 and (not protest or _names_protest(doc, event))), None)
    info = lex.info(code) if code is not None else None
    if info is None:
        return event
    return event.model_copy(update={
        "type": info.type, "mode": info.mode, "cameo": info.code,
        "goldstein": info.goldstein, "intensity": info.intensity})


def _of_society(index: ActorIndex, actor_id: str) -> bool:
    actor = index.actors.get(actor_id)
    return actor is not None and (actor.sector or "")[:3] in SOCIETY_SECTORS


def _words(doc: Doc, event: Event) -> set[str]:
    """The lemmas of the words the event was read from ("began a 48-hour strike")."""
    span = _span(doc, event)
    return {t.lemma_.lower() for t in span} if span is not None else set()


def _names_protest(doc: Doc, event: Event) -> bool:
    """Does the event's sentence name a protest or those who protest?"""
    span = _span(doc, event)
    return span is not None and any(t.lemma_.lower() in PROTEST_NOUNS for t in span.sent)


def _span(doc: Doc, event: Event) -> Span | None:
    if event.start is None or event.end is None:
        return None
    return doc.char_span(event.start, event.end, alignment_mode="expand")
