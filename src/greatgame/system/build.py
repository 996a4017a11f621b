"""The actor system: extractions of many articles merged into one editable scenario.

``build_system`` merges actors by id across articles, gives each player a capability
with its source, reads the relation graph, finds the contested issues and estimates
every player's position and salience on them. The result's ``scenario`` is what the
engine runs and what ``system.yaml`` holds; an analyst's edits to that file (issues they
declared, positions or capabilities they set, marked ``analyst``) survive a re-run when
the previous scenario is passed back in.

Older evidence weighs less: a statement's weight is scaled by ``0.5 ** (age / half_life)``,
its age the days from its article's publication to the system's date (``as_of``, or the
newest article), and the relation graph decays with the same half-life
(:mod:`greatgame.system.relations`). An article of the system's own date counts fully; so
does one with no date.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import networkx as nx

from greatgame import resources
from greatgame.records import Actor, ActorRef, Extraction, Issue, Mention, Position, Scenario
from greatgame.system.capability import capability_of
from greatgame.system.contest import kind_issues, strongest
from greatgame.system.evidence import Statement, state_of_organs, statements
from greatgame.system.issues import FoundIssue, declared_issue
from greatgame.system.kinds import IssueKind
from greatgame.system.positions import positions_on
from greatgame.system.proposals import proposal_issues
from greatgame.system.relations import (
    ImportedEvent,
    blocs,
    decay,
    relation_graph,
    relations_of,
)

HALF_LIFE_DAYS = 365.0  # how fast evidence ages: half its weight after a year


@dataclass(frozen=True)
class System:
    """The scenario plus what the report shows beside it."""

    scenario: Scenario
    graph: nx.Graph
    blocs: tuple[frozenset[str], ...]
    hosts: tuple[str, ...]  # countries the issues are about (not "outside" actors)
    found: tuple[FoundIssue, ...]


def merge_actors(extractions: Sequence[Extraction]) -> dict[str, ActorRef]:
    """One ActorRef per id across articles: first name seen, every alias and mention."""
    merged: dict[str, ActorRef] = {}
    for extraction in extractions:
        for ref in extraction.actors:
            if ref.id not in merged:
                merged[ref.id] = ref
                continue
            old = merged[ref.id]
            aliases = tuple(dict.fromkeys((*old.aliases, *ref.aliases)))
            mentions: tuple[Mention, ...] = (*old.mentions, *ref.mentions)
            merged[ref.id] = old.model_copy(update={"aliases": aliases, "mentions": mentions})
    return merged


def _as_of(extractions: Sequence[Extraction], as_of: dt.date | None) -> dt.date:
    if as_of is not None:
        return as_of
    dates = [e.article.published for e in extractions if e.article.published]
    return max(dates) if dates else dt.date.today()


def aged(said: Sequence[Statement], extractions: Sequence[Extraction], as_of: dt.date, *,
         half_life_days: float = HALF_LIFE_DAYS) -> list[Statement]:
    """Each statement with its weight times ``0.5 ** (age_days / half_life_days)``, its
    age counted from its article's publication to ``as_of`` (1.0 when the article has
    no date or is not older).

    >>> import datetime as dt
    >>> from greatgame.records import Article, Evidence
    >>> old = Article(id="a", source="a", sha256="0" * 64, published=dt.date(2019, 1, 1))
    >>> said = Evidence(kind="quote", article_id="a")
    >>> s = Statement("USA", "quote", "we will", 1, (), None, said)
    >>> aged([s], [Extraction(article=old)], dt.date(2020, 1, 1))[0].weight
    0.5
    """
    published = {e.article.id: e.article.published for e in extractions}
    out = []
    for s in said:
        factor = decay(published.get(s.evidence.article_id), as_of,
                       half_life_days=half_life_days)
        out.append(s if factor == 1.0 else replace(s, weight=s.weight * factor))
    return out


def _country_name(iso3: str) -> str | None:
    found = resources.country(iso3)
    return found.name if found else None


def _actor(ref: ActorRef, year: int, previous: Actor | None) -> Actor:
    if previous is not None and previous.capability_source == "analyst":
        return previous
    cap = capability_of(ref.id, ref.kind, year)
    return Actor(
        id=ref.id,
        name=ref.name,
        kind=ref.kind,
        country=ref.country,
        sector=ref.sector,
        capability=round(cap.value, 6),
        capability_low=round(cap.low, 6),
        capability_high=round(cap.high, 6),
        capability_source=cap.source,
        capability_year=cap.year,
        aliases=ref.aliases,
    )


def _among(imported: Sequence[ImportedEvent], refs: Mapping[str, ActorRef],
           when: dt.date) -> list[ImportedEvent]:
    """The imported events between two of the articles' actors (or their states), dated
    by ``when``: event data about anyone else says nothing of this system."""
    known = set(refs) | {r.country for r in refs.values() if r.country}
    return [e for e in imported if e.actor1 in known and e.actor2 in known
            and (e.date is None or e.date <= when)]


def build_system(
    extractions: Sequence[Extraction],
    *,
    name: str | None = None,
    as_of: dt.date | None = None,
    previous: Scenario | None = None,
    min_actors: int = 2,
    kinds: Sequence[IssueKind] | None = None,
    max_issues: int = 6,
    half_life_days: float = HALF_LIFE_DAYS,
    imported: Sequence[ImportedEvent] = (),
) -> System:
    """Merge ``extractions`` into the actor system they describe: the ``max_issues``
    best-evidenced issues of the ``kinds`` (all packaged kinds by default) and those an
    analyst declared in ``previous``. Evidence older than ``as_of`` (default: the newest
    article's date) weighs less, by ``half_life_days`` (see the module's docstring).
    ``imported``: event data from the store (GDELT, ICEWS, ...); those between the
    articles' actors, up to ``as_of``, join the relation graph."""
    when = _as_of(extractions, as_of)
    refs = merge_actors(extractions)
    players = state_of_organs(refs)
    said = aged(list(statements(extractions, players=players)), extractions, when,
                half_life_days=half_life_days)

    graph = relation_graph(extractions, as_of=when, half_life_days=half_life_days,
                           imported=_among(imported, refs, when))
    by_kind = kind_issues(said, players, country_name=_country_name, kinds=kinds,
                          persons={k: r for k, r in refs.items() if r.kind == "person"},
                          min_actors=min_actors,
                          titles=[e.article.title for e in extractions if e.article.title])
    proposals = proposal_issues(said, players, claimed=by_kind, min_actors=min_actors)
    found: list[FoundIssue] = strongest(by_kind + proposals, limit=max_issues)
    derived_ids = {f.issue.id for f in found}
    if previous is not None:
        set_by_analyst = {p.issue for p in previous.positions if p.set_by == "analyst"}
        found += [declared_issue(i, said) for i in previous.issues
                  if i.id not in derived_ids and (i.cues or i.id in set_by_analyst)]

    volume = Counter(s.actor for s in said)
    positions: dict[tuple[str, str], Position] = {}
    for f in found:
        for p in positions_on(f, said=volume):
            if p.actor in players or p.actor in refs:
                positions[(p.actor, p.issue)] = p
    if previous is not None:
        issue_ids = {f.issue.id for f in found}
        for p in previous.positions:
            if p.set_by == "analyst" and p.issue in issue_ids:
                positions[(p.actor, p.issue)] = p

    old_actors = {a.id: a for a in previous.actors} if previous else {}
    speaking = {actor for actor, _ in positions if actor not in players and actor in refs}
    cast = {**players, **{pid: refs[pid] for pid in speaking}}
    actors = tuple(
        _actor(ref, when.year, old_actors.get(ref.id)) for _, ref in sorted(cast.items())
    )
    for actor in actors:
        if actor.id in graph:
            graph.nodes[actor.id]["capability"] = actor.capability
    issues: tuple[Issue, ...] = tuple(f.issue for f in found)
    hosts = tuple(sorted({f.host for f in found if f.host}))
    titles = [e.article.title for e in extractions if e.article.title]
    scenario = Scenario(
        name=name or (titles[0] if len(titles) == 1 else f"{len(extractions)} articles"),
        description="Actor system read from: " + "; ".join(titles) if titles else "",
        date=when,
        actors=actors,
        issues=issues,
        positions=tuple(sorted(positions.values(), key=lambda p: (p.issue, p.actor))),
        relations=tuple(r for r in relations_of(graph) if r.a in players and r.b in players),
    )
    return System(
        scenario=scenario,
        graph=graph,
        blocs=tuple(frozenset(b) for b in blocs(graph)),
        hosts=hosts,
        found=tuple(found),
    )


def most_capable_outsider(system: System) -> str | None:
    """The outside state with the most weight in this contest: the largest capability x
    salience summed over the issues, among states that host none of them (the seed: USA).

    Weight in the contest, not raw capability: a great power that cares little about the
    issues at hand is not the outsider whose exit reshapes them.
    """
    stake: dict[str, float] = {}
    for p in system.scenario.positions:
        stake[p.actor] = stake.get(p.actor, 0.0) + p.salience
    outside = [
        a for a in system.scenario.actors
        if a.kind == "state" and a.id not in system.hosts and a.id in stake
    ]
    if not outside:
        return None
    return max(outside, key=lambda a: (a.capability * stake[a.id], a.id)).id
