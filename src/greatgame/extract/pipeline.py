"""Read one article: actors, quotes, stances and dates, as one ``Extraction``.

>>> from greatgame.nlp import load                      # doctest: +SKIP
>>> extraction = extract_article(article, load())       # doctest: +SKIP

Steps, in order: parse; match the gazetteer and decide metonymy (spaCy components run
on the Doc); build the actor index (names, capitals, affiliated role nouns, demonyms);
add persons with their affiliation and surname back-references, and unnamed sources;
resolve pronouns; read direct quotations (then first-person pronouns inside them belong
to their speaker), indirect quotations, stances and dates; code events with the same
``ActorIndex``, events inside a quotation attributed to its speaker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from greatgame import resources
from greatgame.extract.actors import build_index, entry_info
from greatgame.extract.control import mend_control_clauses
from greatgame.extract.conventions import with_coding
from greatgame.extract.coref import resolve_first_person, resolve_pronouns
from greatgame.extract.dates import find_dates, parse_absolute
from greatgame.extract.domestic import domestic_targets
from greatgame.extract.events import code_events
from greatgame.extract.gazetteer import gazetteer_for
from greatgame.extract.index import EXPLICIT, ActorIndex
from greatgame.extract.institutions import rebind_institutions
from greatgame.extract.metonymy import Metonymy
from greatgame.extract.name_runs import after_first_name
from greatgame.extract.office_titles import add_office_holders
from greatgame.extract.organisations import add_organisations
from greatgame.extract.persons import add_persons, add_sources, namesake
from greatgame.extract.placement import place_by_sentence
from greatgame.extract.quotes import direct_quotes, indirect_quotes
from greatgame.extract.regions import add_regional_governments
from greatgame.extract.society import society_acts
from greatgame.extract.span_actors import gazetteer_actors, resolved_places
from greatgame.extract.stances import stances
from greatgame.extract.verbs import default_lexicon
from greatgame.records import Article, Event, Extraction, Quote, Stance, TimeRef

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

_METONYMY = Metonymy()


@dataclass(frozen=True)
class Reading:
    """Everything read from one Doc, with the index the event coder needs."""

    doc: Doc
    index: ActorIndex
    quotes: tuple[Quote, ...]
    stances: tuple[Stance, ...]
    dates: tuple[TimeRef, ...]
    events: tuple[Event, ...] = ()


def read_doc(doc: Doc, nlp: Language, *, published=None) -> Reading:  # noqa: ANN001
    """Actors, quotes, stances and dates of a parsed Doc (``published``: a date or None)."""
    doc = _METONYMY(gazetteer_for(nlp)(doc))
    mend_control_clauses(doc)
    text = doc.text
    index = build_index(doc, published=published, text=text)
    rebind_institutions(doc, index)
    add_regional_governments(doc, index)
    add_persons(doc, index, published=published, text=text)
    add_office_holders(doc, index)
    add_sources(doc, index)
    place_by_sentence(doc, index)
    add_organisations(doc, index)
    resolve_pronouns(doc, index)
    direct = list(direct_quotes(doc, index))
    for quote in direct:
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is not None:
            resolve_first_person(index, span, quote.speaker)
    found_quotes = direct + list(indirect_quotes(doc, index))
    found_dates = tuple(find_dates(text, published=published))

    def speaker_of(span: Span) -> str | None:
        for quote in direct:
            if quote.start <= span.start_char and span.end_char <= quote.end:
                return quote.speaker
        return None

    events = code_events(doc, actors_of_span=_lookup(index, published), published=published,
                         dates=found_dates, quote_speakers=speaker_of)
    return Reading(
        doc=doc,
        index=index,
        quotes=tuple(sorted(found_quotes, key=lambda q: q.start)),
        stances=tuple(stances(doc, index)),
        dates=found_dates,
        events=tuple(with_coding(e) for e in _list_implied(domestic_targets(
            society_acts(events, index, doc, default_lexicon()), index), index)),
    )


# Dependents that modify a noun ("the Chechen border"), which no surname alone names.
MODIFIER_DEPS = frozenset({"amod", "compound", "flat", "nmod:desc", "nummod"})


def _lookup(index: ActorIndex, published: dt.date | None) -> Callable[[Span], tuple[str, ...]]:
    """The event coder's span lookup: the index, and the gazetteer for a phrase the index
    leaves unresolved or names only as an actor it cannot place ("President Mugabe" with
    no country), though no other person inside an unplaced person's name. Actors found so
    join the index; they are listed among the article's actors when an event names them
    (``_list_implied``)."""

    places = resolved_places(index.doc)  # read once: the coder asks about many spans

    def lookup(span: Span) -> tuple[str, ...]:
        found = index.actors_of(span)
        if found and not all(_placeless(index, a) for a in found) or (
                not found and len(span) and after_first_name(span[-1])):
            return found  # (a surname of someone unknown: "Edmond Pope" is not the Pope)
        named = []
        persons = any(index.actors[a].kind == "person" for a in found if a in index.actors)
        for actor_id in gazetteer_actors(span, places):
            info = index.actors.get(actor_id) or entry_info(actor_id, published)
            if persons and info is not None and info.kind == "person":
                continue  # a name inside a person's name ("Abdullah" in "Abdullah Ocalan")
            if info is not None:
                named.append(index.add_actor(info).id)
        if not named and not found and len(span) == 1 and span[0].pos_ == "PROPN" and \
                span[0].is_title and span[0].dep_ not in MODIFIER_DEPS and \
                (info := namesake(span.doc, span[0].text, published)) is not None:
            named.append(index.add_actor(info).id)  # "met Mandela": the one so named
        return tuple(named) or found

    return lookup


def _list_implied(events: tuple[Event, ...], index: ActorIndex) -> tuple[Event, ...]:
    """List the actors events name that the article never names explicitly."""
    named = {ref.actor for ref in index.refs if ref.how in EXPLICIT}
    for event in events:
        for actor_id in (*event.source, *event.target):
            if actor_id not in named and actor_id in index.actors:
                index.add_implied(index.actors[actor_id])
    return events


def _placeless(index: ActorIndex, actor_id: str) -> bool:
    info = index.actors.get(actor_id)
    return info is None or not (info.country or info.sector)


def to_extraction(article: Article, reading: Reading) -> Extraction:
    return Extraction(article=article, actors=tuple(reading.index.to_records()),
                      events=reading.events, quotes=reading.quotes, stances=reading.stances,
                      dates=reading.dates)


def warm_up(nlp: Language) -> None:
    """Build the gazetteer and the person-name index, and load dateparser's tables, now
    rather than on first use."""
    gazetteer_for(nlp)
    resources.person_names()
    parse_absolute("13 February 2017")


def extract_article(article: Article, nlp: Language) -> Extraction:
    """Read one article with a loaded pipeline (``greatgame.nlp.load()``)."""
    return to_extraction(article, read_doc(nlp(article.text), nlp, published=article.published))


def extract_articles(articles: Iterable[Article], nlp: Language, *,
                     batch_size: int = 16) -> Iterator[Extraction]:
    """Read many articles, parsing them in batches; results in input order."""
    items = list(articles)
    docs = nlp.pipe((a.text for a in items), batch_size=batch_size)
    for article, doc in zip(items, docs, strict=True):
        yield to_extraction(article, read_doc(doc, nlp, published=article.published))
