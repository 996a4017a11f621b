"""Positions and saliences: each actor's place on an issue, read from its statements.

For actor *a* with readings d_1..d_n (directions in [-1, 1]) on an issue of scale
[lo, hi] with midpoint m and half-width h:

- each reading places *a* at ``m + reach * h * d_k`` (``reach`` = 0.8 keeps a single
  statement off the very ends of the scale);
- the position is the mean of those places;
- the position range is the mean +- max(sd, ``spread`` * h / sqrt(n)), clipped to the
  scale: fewer statements, wider range;
- salience is ``1 - (1 - base) ** n`` (n = 1 gives ``base``), capped at 0.95, with a
  range of +- ``0.3 / sqrt(n)``: the more an actor speaks to an issue, the more it cares.

Actors with no statement on an issue get no position on it, never an invented one.
"""

from __future__ import annotations

import math
from collections import defaultdict

from greatgame.records import Issue, Position
from greatgame.system.issues import FoundIssue, Reading


def _clip(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def position_of(
    actor: str,
    issue: Issue,
    readings: list[Reading],
    *,
    reach: float = 0.8,
    spread: float = 0.35,
    base_salience: float = 0.4,
) -> Position:
    """One actor's position and salience on one issue from its readings (n >= 1)."""
    mid = (issue.low + issue.high) / 2
    half = (issue.high - issue.low) / 2
    places = [mid + reach * half * r.direction for r in readings]
    n = len(places)
    mean = sum(places) / n
    sd = math.sqrt(sum((p - mean) ** 2 for p in places) / n)
    width = max(sd, spread * half / math.sqrt(n))
    salience = min(0.95, 1 - (1 - base_salience) ** n)
    s_width = 0.3 / math.sqrt(n)
    return Position(
        actor=actor,
        issue=issue.id,
        position=round(mean, 2),
        position_low=round(_clip(mean - width, issue.low, issue.high), 2),
        position_high=round(_clip(mean + width, issue.low, issue.high), 2),
        salience=round(salience, 3),
        salience_low=round(_clip(salience - s_width, 0.05, salience), 3),
        salience_high=round(_clip(salience + s_width, salience, 1.0), 3),
        set_by="evidence",
        evidence=tuple(r.statement.evidence for r in readings),
    )


def merge_overlapping(readings: list[Reading]) -> list[Reading]:
    """One reading per piece of text: readings of one actor whose evidence spans overlap
    (a sentence read as a stance, a quote and an event) become one, directions averaged."""
    def span(r: Reading) -> tuple[str, int, int]:
        e = r.statement.evidence
        return (e.article_id or "", e.start or 0, e.end or 0)

    groups: list[list[Reading]] = []
    for reading in sorted(readings, key=span):
        article, start, _ = span(reading)
        if groups:
            last_article, _, last_end = span(groups[-1][-1])
            group_end = max(span(r)[2] for r in groups[-1])
            if article == last_article and start < max(group_end, last_end):
                groups[-1].append(reading)
                continue
        groups.append([reading])
    return [
        Reading(group[0].statement, sum(r.direction for r in group) / len(group))
        for group in groups
    ]


def positions_on(found: FoundIssue, **options: float) -> tuple[Position, ...]:
    """Every actor's position on one found issue, actors in id order."""
    by_actor: dict[str, list[Reading]] = defaultdict(list)
    for reading in found.readings:
        by_actor[reading.statement.actor].append(reading)
    out = []
    for actor, readings in sorted(by_actor.items()):
        merged = [r for r in merge_overlapping(readings) if r.direction != 0]
        if merged:
            out.append(position_of(actor, found.issue, merged, **options))
    return tuple(out)
