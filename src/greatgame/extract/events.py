"""Who did what to whom: PLOVER/CAMEO events from a parsed article.

``code_events(doc, actors_of_span=...)`` walks each sentence's predicates. A verb found in
the lexicon (``verbs.py``) is an event; its subject is the source and its object, indirect
object or prepositional object the target. Passive clauses swap them ("was attacked by X"),
coordination makes compound actors ("Russia and China agreed": one event, two sources),
support verbs hand the act to their object noun ("held discussions" -> CONSULT), aspectual
and intent verbs pass their subject down an ``xcomp`` chain ("started to hold talks").
Event nouns that stand alone ("talks between X and Y", "the attack that killed ...") are
coded by ``nominal_events``. Each event carries the flags of ``event_flags`` and, inside a
quotation or a speech or belief clause, the speaker or holder as ``attributed_to``.

The coder never decides by itself what a span denotes: ``actors_of_span`` (the actor
extraction's, or ``span_actors.gazetteer_actors``) answers with actor ids.

The modules of the coder, each importing only those below it (import-linter holds the
order): ``events`` (this entry) > ``verbal_events`` (is a verb an act, and which) >
``verb_constructions`` and ``event_arguments`` (acts named by what a verb takes; source
and target) > ``nominal_events`` and ``reported_events`` > ``event_targets`` (targets a
verb's phrase does not name) > ``event_records`` (the ``Event`` with flags, date and
attribution) > ``event_context`` (the per-document ``EventContext``) > ``event_syntax``
> ``event_flags`` > ``verbs`` (the lexicon of CAMEO codes) > ``verb_tables`` (its
curated tables) and ``lexicon`` (the word classes of ``data/events/word_classes.json``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from greatgame.extract.dates import find_dates
from greatgame.extract.event_context import ActorsOf, EventContext
from greatgame.extract.nominal_events import code_nominal
from greatgame.extract.reported_events import reported_act
from greatgame.extract.verb_constructions import pledges
from greatgame.extract.verb_guards import NOMINAL_DEPS
from greatgame.extract.verbal_events import code_verbal
from greatgame.extract.verbs import Lexicon, default_lexicon
from greatgame.records import Event, TimeRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["ActorsOf", "code_events"]

# Dependencies only a noun phrase takes: a subject, an object, a prepositional phrase.
NOUN_PHRASE_DEPS = NOMINAL_DEPS | {"obl", "nmod"}


def code_events(
    doc: Doc,
    *,
    actors_of_span: ActorsOf,
    published: dt.date | None = None,
    dates: Sequence[TimeRef] | None = None,
    lexicon: Lexicon | None = None,
    quote_speakers: Callable[[Span], str | None] | None = None,
) -> Iterator[Event]:
    """Every event the article states, reports or supposes, in text order.

    ``actors_of_span`` says which actor ids a span denotes (empty when none);
    ``quote_speakers`` (optional) names the speaker of a quotation span; without it the
    speech verb next to the quotation is read. ``dates`` default to ``find_dates``.
    For each token not taken by an earlier act: the act a speech verb performs by what it
    reports (``reported_events``), then the act of the verb (``verbal_events``), else the
    act an event noun names (``nominal_events``); then the sentence's pledges whose
    content is no act coded (``verb_constructions.pledges``).
    """
    ctx = EventContext(doc, actors_of_span, lexicon or default_lexicon(), published,
                       list(dates) if dates is not None else list(find_dates(doc.text,
                                                                           published=published)),
                       quote_speakers)
    for sent in doc.sents:
        coded = list(_sentence_events(ctx, sent))
        yield from coded
        yield from pledges(ctx, sent, coded)


def _sentence_events(ctx: EventContext, sent: Span) -> Iterator[Event]:
    for token in sent:
        if token.i in ctx.consumed:
            continue
        reported = reported_act(ctx, token)
        if reported is not None:
            yield reported
        event = code_verbal(ctx, token)
        if event is None and (token.pos_ in ("NOUN", "PROPN") or _mistagged_noun(ctx, token)):
            event = code_nominal(ctx, token)
        if event is not None and not _same_act(event, reported):
            yield event  # ("demanded that Ottawa must ...": one demand, not two)


def _same_act(event: Event, other: Event | None) -> bool:
    """Is ``event`` the act ``other`` already records, on the same words?"""
    return other is not None and (event.cameo, event.source, event.target, event.start,
                                  event.end) == (other.cameo, other.source, other.target,
                                                 other.start, other.end)


def _mistagged_noun(ctx: EventContext, token: Token) -> bool:
    """An event noun the tagger took for another word class, though the parse gives it a
    noun's place ("praised the pull-out[IN] of Soviet troops")."""
    return token.dep_ in NOUN_PHRASE_DEPS and token.pos_ not in ("VERB", "AUX") \
        and token.lower_ in ctx.lex.nouns
