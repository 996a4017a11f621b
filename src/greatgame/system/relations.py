"""Relations: a signed, weighted actor graph read from events and stances.

Each piece of evidence between two actors contributes a signed score:

- an event contributes its PLOVER intensity / 10 (COOPERATE +0.95, ASSAULT -0.9, ...);
- a stance contributes ``stance_weight x polarity`` from holder to target.

Contributions decay with age, ``0.5 ** (age_days / half_life_days)``, measured from the
event's date (or the article's date when the text gives none) to ``as_of``. Negated,
hypothetical and future events say nothing about the relation and are skipped; events
attributed to a speaker or holder count at ``attributed_weight``. An edge's weight is
``tanh(sum of contributions)``, so it stays in [-1, 1] and many weak signals saturate.

Alliances and rivalries are edges past a threshold; blocs are communities of the
alliances (greedy modularity, Clauset-Newman-Moore 2004), split so that no two rivals
share one.

Imported event data (GDELT, ICEWS, ... in the store's ``imported_events``) can be given as
an extra input, one tie per dyad and source: the mean of its events' ``intensity / 10``,
decayed the same way, times ``n / (n + 5)`` and ``imported_weight``, with one ``dataset``
evidence naming the source, the number of events and their span (event data repeat a
story many times over: a dyad's thousand events must not drown what the articles say).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import NamedTuple

import networkx as nx

from greatgame.records import Event, Evidence, Extraction, Relation, Stance

# PLOVER types whose actors act together when the text names no target ("Russia and China
# agreed"): co-sources of such an event are tied to each other.
MUTUAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


@dataclass(frozen=True)
class Tie:
    """One signed contribution to the relation between ``a`` and ``b``."""

    a: str
    b: str
    score: float
    evidence: Evidence


def parse_when(value: str | None) -> dt.date | None:
    """The first day of an ISO 8601 reduced-precision date: '2017-02' -> 2017-02-01.

    >>> parse_when("2016-12"), parse_when("2013"), parse_when("198X")
    (datetime.date(2016, 12, 1), datetime.date(2013, 1, 1), datetime.date(1980, 1, 1))
    """
    if not value:
        return None
    text = value.replace("X", "0")
    try:
        if "-W" in text:
            year, week = text.split("-W")
            return dt.date.fromisocalendar(int(year), int(week[:2]), 1)
        parts = [int(p) for p in text.split("-")[:3]]
        while len(parts) < 3:
            parts.append(1)
        return dt.date(*parts)
    except ValueError:
        return None


def decay(when: dt.date | None, as_of: dt.date | None, *, half_life_days: float) -> float:
    """Exponential time decay; 1.0 when either date is unknown or the event is not older."""
    if when is None or as_of is None:
        return 1.0
    age = (as_of - when).days
    return 0.5 ** (max(age, 0) / half_life_days)


def _event_pairs(event: Event) -> Iterator[tuple[str, str]]:
    for a in event.source:
        for b in event.target:
            if a != b:
                yield a, b
    if not event.target and event.type in MUTUAL_TYPES:
        yield from combinations(sorted(set(event.source)), 2)


def event_ties(
    extraction: Extraction,
    *,
    as_of: dt.date | None = None,
    half_life_days: float = 365.0,
    attributed_weight: float = 0.5,
) -> Iterator[Tie]:
    """Signed ties from the events of one article."""
    published = extraction.article.published
    as_of = as_of or published
    for event in extraction.events:
        if event.negated or event.hypothetical or event.future or event.intensity is None:
            continue
        when = parse_when(event.date) or published
        factor = decay(when, as_of, half_life_days=half_life_days)
        if event.attributed_to:
            factor *= attributed_weight
        evidence = Evidence(
            kind="event",
            text=event.sentence,
            article_id=extraction.article.id,
            start=event.start,
            end=event.end,
        )
        for a, b in _event_pairs(event):
            yield Tie(a, b, event.intensity / 10.0 * factor, evidence)


def stance_ties(
    extraction: Extraction,
    *,
    stance_weight: float = 0.5,
) -> Iterator[Tie]:
    """Signed ties from stances that have both a holder and a target actor."""
    for stance in extraction.stances:
        if not _is_dyadic(stance) or stance.polarity == 0:
            continue
        evidence = Evidence(
            kind="stance",
            text=stance.sentence,
            article_id=extraction.article.id,
            start=stance.start,
            end=stance.end,
        )
        yield Tie(stance.holder, stance.target, stance_weight * stance.polarity, evidence)  # type: ignore[arg-type]


class ImportedEvent(NamedTuple):
    """One imported event, as the store's ``imported_events`` keeps it."""

    source: str
    row_id: str
    date: dt.date | None
    actor1: str | None
    actor2: str | None
    intensity: float | None


IMPORTED_SATURATION = 5.0  # events on a dyad at which its imported tie reaches half weight


def imported_ties(
    events: Iterable[ImportedEvent],
    *,
    as_of: dt.date | None = None,
    half_life_days: float = 365.0,
    weight: float = 1.0,
) -> Iterator[Tie]:
    """Signed ties from imported events with two distinct mapped actors and an intensity:
    one tie per dyad and source, however many events it has (event data repeat a story
    many times over): ``weight x mean(intensity / 10 x decay) x n / (n + 5)``, so a dyad's
    imported tie never weighs more than ``weight`` and one event counts little; its
    evidence names the source, the number of events, their span and the first row."""
    by_dyad: dict[tuple[str, str, str], list[ImportedEvent]] = {}
    for event in events:
        if not event.actor1 or not event.actor2 or event.actor1 == event.actor2:
            continue
        if event.intensity is None:
            continue
        a, b = sorted((event.actor1, event.actor2))
        by_dyad.setdefault((a, b, event.source), []).append(event)
    for (a, b, source), group in sorted(by_dyad.items()):
        n = len(group)
        mean = sum(e.intensity / 10.0 * decay(e.date, as_of, half_life_days=half_life_days)
                   for e in group) / n  # type: ignore[operator]
        dates = sorted(e.date for e in group if e.date)
        span = f", {dates[0]} to {dates[-1]}" if dates else ""
        first = min(group, key=lambda e: e.row_id).row_id
        evidence = Evidence(kind="dataset", source=source,
                            text=f"{source}: {n} event{'s' if n > 1 else ''}{span} "
                                 f"(first: {source} event {first})",
                            year=dates[-1].year if dates else None)
        yield Tie(a, b, weight * mean * n / (n + IMPORTED_SATURATION), evidence)


def _is_dyadic(stance: Stance) -> bool:
    return bool(stance.holder and stance.target and stance.holder != stance.target)


def relation_graph(
    extractions: Iterable[Extraction],
    *,
    as_of: dt.date | None = None,
    half_life_days: float = 365.0,
    stance_weight: float = 0.5,
    attributed_weight: float = 0.5,
    imported: Iterable[ImportedEvent] = (),
    imported_weight: float = 1.0,
) -> nx.Graph:
    """The signed relation graph of the actors in ``extractions``, and of ``imported``
    events when given (their actors join as nodes with ``kind`` "imported").

    Nodes are actor ids (with ``name`` and ``kind``); each edge has ``weight`` in [-1, 1],
    ``raw`` (the undamped sum), ``count`` and ``evidence`` (a list of Evidence).
    """
    graph = nx.Graph()
    for extraction in extractions:
        for ref in extraction.actors:
            if ref.id not in graph:
                graph.add_node(ref.id, name=ref.name, kind=ref.kind, country=ref.country)
        ties = [
            *event_ties(
                extraction,
                as_of=as_of,
                half_life_days=half_life_days,
                attributed_weight=attributed_weight,
            ),
            *stance_ties(extraction, stance_weight=stance_weight),
        ]
        _add_ties(graph, ties)
    for tie in imported_ties(imported, as_of=as_of, half_life_days=half_life_days,
                             weight=imported_weight):
        for node in (tie.a, tie.b):
            if node not in graph:
                graph.add_node(node, name=node, kind="imported", country=None)
        _add_ties(graph, [tie])
    for _, _, data in graph.edges(data=True):
        data["weight"] = math.tanh(data["raw"])
    return graph


def _add_ties(graph: nx.Graph, ties: Iterable[Tie]) -> None:
    for tie in ties:
        if not graph.has_edge(tie.a, tie.b):
            graph.add_edge(tie.a, tie.b, raw=0.0, count=0, evidence=[])
        edge = graph.edges[tie.a, tie.b]
        edge["raw"] += tie.score
        edge["count"] += 1
        edge["evidence"].append(tie.evidence)


def alliances(graph: nx.Graph, *, threshold: float = 0.3) -> list[tuple[str, str, float]]:
    """Pairs (ids sorted) tied at or above ``threshold``, strongest first."""
    pairs = [(*sorted((a, b)), w) for a, b, w in graph.edges(data="weight") if w >= threshold]
    return sorted(pairs, key=lambda t: (-t[2], t[0], t[1]))


def rivalries(graph: nx.Graph, *, threshold: float = 0.3) -> list[tuple[str, str, float]]:
    """Pairs (ids sorted) tied at or below ``-threshold``, most hostile first."""
    pairs = [(*sorted((a, b)), w) for a, b, w in graph.edges(data="weight") if w <= -threshold]
    return sorted(pairs, key=lambda t: (t[2], t[0], t[1]))


def blocs(graph: nx.Graph, *, alliance: float = 0.3) -> list[set[str]]:
    """Blocs: communities of the alliances (ties of at least ``alliance``) with at least
    two members, largest first, and never two rivals (a tie of ``-alliance`` or below) in
    one bloc: a community holding rivals is split, each rival and the members closer to it
    than to the other apart."""
    allied = nx.Graph()
    allied.add_edges_from(
        (a, b, {"weight": w}) for a, b, w in graph.edges(data="weight") if w >= alliance
    )
    if allied.number_of_edges() == 0:
        return []
    found = nx.community.greedy_modularity_communities(allied, weight="weight")
    groups: list[set[str]] = []
    for community in found:
        groups += _without_rivals(set(community), graph, alliance)
    groups = [g for g in groups if len(g) > 1]
    return sorted(groups, key=lambda c: (-len(c), sorted(c)))


def _without_rivals(group: set[str], graph: nx.Graph, alliance: float) -> list[set[str]]:
    """Split ``group`` until it holds no pair of rivals: the most hostile pair's members
    each keep the members whose tie to them is the stronger."""
    rivals = [(w, a, b) for a, b, w in graph.subgraph(group).edges(data="weight")
              if w <= -alliance]
    if not rivals:
        return [group]
    _, a, b = min(rivals, key=lambda r: (r[0], sorted(r[1:])))

    def tie(x: str, y: str) -> float:
        return graph.edges[x, y]["weight"] if graph.has_edge(x, y) else 0.0

    side_a = {a} | {x for x in group - {a, b} if tie(x, a) >= tie(x, b)}
    return (_without_rivals(side_a, graph, alliance)
            + _without_rivals(group - side_a, graph, alliance))


def relations_of(graph: nx.Graph) -> tuple[Relation, ...]:
    """The graph's edges as scenario Relation records, in a stable order."""
    out = []
    for a, b, data in graph.edges(data=True):
        lo, hi = sorted((a, b))
        out.append(
            Relation(a=lo, b=hi, weight=round(data["weight"], 4), evidence=tuple(data["evidence"]))
        )
    return tuple(sorted(out, key=lambda r: (r.a, r.b)))
