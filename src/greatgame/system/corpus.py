"""Contests across a corpus: the issues of many articles grouped by the question they raise.

Each article is read on its own first (:func:`greatgame.system.build.build_system` on its
extraction), so that one story's actors never lend a focus to another's. Each issue it
finds has a key, the issue's id, which encodes the kind of question, its focus (the party
the question is about, or the two parties of a ceasefire) and, for arms, the weapon system:
``sanctions-prk``, ``ceasefire-rus-usa``, ``arms-tur-s-400``. Across articles,

- issues with the same key are one contest (US-North Korea sanctions in December 2019 and
  in February 2020), and issues with different keys never are (US tariffs on Canada,
  ``tariffs-can``, and the EU's tariffs on Chinese cars, ``tariffs-chn``);
- a contest is a running story: a gap of more than ``max_gap_days`` (a year by default)
  between two of its articles starts a new one, so a 2021 and a 2025 story on China's
  alignment are two contests; the contest id is the key and the month it opens
  (``alignment-chn-2021-04``);
- a proposal (an issue the text names by its own noun phrase, ``proposal-deal``) says too
  little to be matched across stories: it is a contest of one article.

A contest's system is then built from its articles alone (:func:`contest_system`), older
evidence weighing less, and narrowed to the contest's question.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import networkx as nx

from greatgame.records import Actor, Article, Extraction, Relation, Scenario
from greatgame.system.build import HALF_LIFE_DAYS, System, build_system
from greatgame.system.issues import FoundIssue
from greatgame.system.kinds import IssueKind
from greatgame.system.relations import ImportedEvent

MAX_GAP_DAYS = 365
TOP_ACTORS = 5

Tick = Callable[[Extraction], None]


@dataclass(frozen=True)
class Contest:
    """One question followed across articles: the issue each article raised on it."""

    id: str
    key: str  # the issue id shared by its articles: kind, focus and object
    kind: str
    question: str  # the issue's name, as its latest article gives it
    extractions: tuple[Extraction, ...]  # oldest first
    found: tuple[FoundIssue, ...]  # the issue each article raised, in the same order

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(e.article for e in self.extractions)

    @property
    def first(self) -> dt.date | None:
        dates = [a.published for a in self.articles if a.published]
        return min(dates) if dates else None

    @property
    def last(self) -> dt.date | None:
        dates = [a.published for a in self.articles if a.published]
        return max(dates) if dates else None

    def actors(self, limit: int = TOP_ACTORS) -> list[str]:
        """The players with most (weighted) evidence on the question, most first."""
        weight: dict[str, float] = defaultdict(float)
        for f in self.found:
            for r in f.readings:
                weight[r.statement.actor] += r.weight
        return sorted(weight, key=lambda a: (-weight[a], a))[:limit]


def published_by(extractions: Sequence[Extraction], as_of: dt.date | None) -> list[Extraction]:
    """The extractions of articles published on or before ``as_of`` (all when None; an
    article without a date cannot be placed in time and is left out when a date is given)."""
    if as_of is None:
        return list(extractions)
    return [e for e in extractions if e.article.published and e.article.published <= as_of]


def _key(found: FoundIssue, article: Article) -> str:
    if found.kind in ("proposal", "declared"):
        return f"{found.issue.id}@{article.id}"
    return found.issue.id


def _by_date(item: tuple[Extraction, FoundIssue]) -> tuple[dt.date, str]:
    article = item[0].article
    return (article.published or dt.date.max, article.id)


def _runs(items: list[tuple[Extraction, FoundIssue]], max_gap_days: int
          ) -> list[list[tuple[Extraction, FoundIssue]]]:
    """Items (sorted by date) cut where two neighbours lie more than ``max_gap_days`` apart."""
    runs: list[list[tuple[Extraction, FoundIssue]]] = []
    last: dt.date | None = None
    for item in items:
        when = item[0].article.published
        if not runs or (when and last and (when - last).days > max_gap_days):
            runs.append([])
        runs[-1].append(item)
        last = when or last
    return runs


def find_contests(
    extractions: Sequence[Extraction],
    *,
    as_of: dt.date | None = None,
    kinds: Sequence[IssueKind] | None = None,
    max_gap_days: int = MAX_GAP_DAYS,
    tick: Tick | None = None,
) -> list[Contest]:
    """The contests of a corpus (see the module's docstring), those with most articles
    first, then by their latest date (newest first) and id. ``tick`` is called after each
    article is read (for a progress bar)."""
    by_key: dict[str, list[tuple[Extraction, FoundIssue]]] = defaultdict(list)
    for extraction in published_by(extractions, as_of):
        for found in build_system([extraction], kinds=kinds).found:
            by_key[_key(found, extraction.article)].append((extraction, found))
        if tick is not None:
            tick(extraction)
    contests = []
    for key, items in by_key.items():
        for run in _runs(sorted(items, key=_by_date), max_gap_days):
            opened = run[0][0].article.published
            cid = key.split("@")[0] + (f"-{opened:%Y-%m}" if opened else "")
            if "@" in key:
                cid += f"-{run[0][0].article.id[:8]}"
            contests.append(Contest(
                id=cid, key=key, kind=run[-1][1].kind, question=run[-1][1].issue.name,
                extractions=tuple(e for e, _ in run), found=tuple(f for _, f in run)))
    return sorted(contests, key=lambda c: (-len(c.extractions),
                                           -(c.last or dt.date.min).toordinal(), c.id))


def contest_system(
    contest: Contest,
    *,
    as_of: dt.date | None = None,
    half_life_days: float = HALF_LIFE_DAYS,
    kinds: Sequence[IssueKind] | None = None,
    previous: Scenario | None = None,
    imported: Sequence[ImportedEvent] = (),
) -> System:
    """The system of one contest: built from its articles published by ``as_of`` (older
    evidence weighing less) and narrowed to its question: that issue, the players with a
    position on it and the relations among them. Where the articles read together move
    the question's focus, the system keeps the issue of the contest's kind with most
    evidence. ``previous``: the contest's system as an analyst left it (its positions,
    capabilities and declared issues are kept, as in
    :func:`~greatgame.system.build.build_system`); ``imported``: event data from the store
    joining the relation graph."""
    articles = published_by(contest.extractions, as_of) or list(contest.extractions[:1])
    own = [k for k in kinds or () if k.id == contest.kind] or None
    if own is None and kinds is None and contest.kind not in ("proposal", "declared"):
        from greatgame.system.kinds import load_kinds

        own = [k for k in load_kinds() if k.id == contest.kind] or None
    system = build_system(articles, name=contest.question, as_of=as_of, kinds=own,
                          max_issues=12, half_life_days=half_life_days, previous=previous,
                          imported=imported)
    issue_id = contest.key.split("@")[0]
    keep = [f for f in system.found if f.issue.id == issue_id] or \
        [f for f in system.found if f.kind == contest.kind][:1]
    declared = {i.id for i in previous.issues} if previous is not None else set()
    keep += [f for f in system.found if f.kind == "declared" and f.issue.id in declared
             and f not in keep]
    return narrowed(system, keep)


def union(systems: Sequence[System], *, name: str, date: dt.date) -> System:
    """The contests' systems side by side, for what a corpus shows as a whole (its actors
    and the ties among each contest's players): their actors (the first system naming an
    actor gives it) and relations, and the union of their graphs, with no issue of its own
    (each contest keeps its issues, positions and forecast)."""
    actors: dict[str, Actor] = {}
    relations: dict[tuple[str, str], Relation] = {}
    for system in systems:
        for actor in system.scenario.actors:
            actors.setdefault(actor.id, actor)
        for relation in system.scenario.relations:
            relations.setdefault((relation.a, relation.b), relation)
    graphs = [s.graph for s in systems]
    scenario = Scenario(name=name, date=date, actors=tuple(actors[k] for k in sorted(actors)),
                        issues=(), positions=(),
                        relations=tuple(relations[k] for k in sorted(relations)))
    return System(scenario=scenario, graph=nx.compose_all(graphs) if graphs else nx.Graph(),
                  blocs=(), hosts=(), found=())


def narrowed(system: System, found: Sequence[FoundIssue]) -> System:
    """``system`` with only the ``found`` issues, the actors placed on them and the
    relations among those actors."""
    scenario = system.scenario
    ids = {f.issue.id for f in found}
    positions = tuple(p for p in scenario.positions if p.issue in ids)
    placed = {p.actor for p in positions}
    return System(
        scenario=scenario.model_copy(update={
            "issues": tuple(i for i in scenario.issues if i.id in ids),
            "positions": positions,
            "actors": tuple(a for a in scenario.actors if a.id in placed),
            "relations": tuple(r for r in scenario.relations
                               if r.a in placed and r.b in placed),
        }),
        graph=system.graph.subgraph(placed).copy(),
        blocs=tuple(b & placed for b in system.blocs if len(b & placed) > 1),
        hosts=tuple(h for h in system.hosts if any(f.host == h for f in found)),
        found=tuple(found),
    )
