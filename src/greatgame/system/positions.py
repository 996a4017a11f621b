"""Positions and saliences: each actor's place on an issue, read from its statements.

For actor *a* with readings d_1..d_n (directions -1 .. +1, weights w_1..w_n from the
direction table, see ``data/issues/directions.yaml``) on an issue of scale [lo, hi] with
midpoint m and half-width h:

- each reading places *a* at ``m + reach * h * d_k`` (``reach`` = 0.8 keeps a single
  statement off the very ends of the scale);
- the position is the weighted mean of those places;
- the position range is the mean +- max(weighted sd, ``spread`` * h / sqrt(W)), W = sum of
  weights, clipped to the scale: fewer or weaker statements (a reported or conditional
  one), wider range;
- salience = ``volume_share`` x (1 - (1 - ``base``) ** W') + (1 - ``volume_share``) x
  share + bonus, clipped to 0.05 .. 0.95, where W' counts a statement in the headline or
  lead paragraph ``lead_boost`` times, *share* is the part of everything *a* says that
  bears on this issue, and *bonus* the largest salience bonus of its readings (a threat,
  a sanction, force), plus ``headline_bonus`` when an article's title names the issue's
  object; its range is +- ``0.3 / sqrt(n)``.

Actors with no statement on an issue get no position on it, never an invented one.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace

from greatgame.records import Issue, Position
from greatgame.system.issues import FoundIssue, Reading


def _clip(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def salience_of(readings: list[Reading], *, share: float, base: float = 0.4,
                lead_boost: float = 1.5, volume_share: float = 0.7) -> float:
    """How much an actor cares about an issue (see the module's docstring)."""
    volume = sum(r.weight * (lead_boost if r.statement.lead else 1.0) for r in readings)
    bonus = max((r.salience for r in readings), default=0.0)
    value = volume_share * (1 - (1 - base) ** volume) + (1 - volume_share) * share + bonus
    return _clip(value, 0.05, 0.95)


def position_of(
    actor: str,
    issue: Issue,
    readings: list[Reading],
    *,
    share: float = 0.5,
    reach: float = 0.8,
    spread: float = 0.35,
) -> Position:
    """One actor's position and salience on one issue from its readings (n >= 1)."""
    mid = (issue.low + issue.high) / 2
    half = (issue.high - issue.low) / 2
    weights = [max(r.weight, 1e-6) for r in readings]
    total = sum(weights)
    places = [mid + reach * half * r.direction for r in readings]
    mean = sum(w * p for w, p in zip(weights, places, strict=True)) / total
    sd = math.sqrt(sum(w * (p - mean) ** 2 for w, p in zip(weights, places, strict=True)) / total)
    width = max(sd, spread * half / math.sqrt(total))
    salience = salience_of(readings, share=share)
    s_width = 0.3 / math.sqrt(len(readings))
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
    (a sentence read as a stance, a quote and an event) become one, directions averaged
    over those whose attitude is their own (events, stances with a polarity), over all
    where there are none."""
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
    out = []
    for group in groups:
        # a quotation's or a belief's attitude is the table's default (+1: it said so);
        # an event's or a stance's polarity on the same words says more
        stated = [r for r in group if _stated_attitude(r)] or group
        out.append(Reading(stated[0].statement, sum(r.direction * r.weight for r in stated)
                           / max(sum(r.weight for r in stated), 1e-9),
                           max(r.weight for r in group), max(r.salience for r in group)))
    return out


def _stated_attitude(r: Reading) -> bool:
    """Whether a reading's attitude is the statement's own (an event's type, a stance's
    polarity), not the default of a quotation or a belief."""
    s = r.statement
    return s.kind == "event" or (s.kind == "stance" and s.polarity != 0)


def positions_on(found: FoundIssue, *, said: Mapping[str, int] | None = None,
                 headline_bonus: float = 0.1, **options: float) -> tuple[Position, ...]:
    """Every actor's position on one found issue, actors in id order. ``said``: how many
    statements each actor made in all (for the share of salience; half when absent)."""
    by_actor: dict[str, list[Reading]] = defaultdict(list)
    for reading in found.readings:
        by_actor[reading.statement.actor].append(reading)
    out = []
    for actor, readings in sorted(by_actor.items()):
        merged = [r for r in merge_overlapping(readings) if r.direction != 0]
        if found.headline:
            merged = [replace(r, salience=r.salience + headline_bonus) for r in merged]
        if merged:
            share = 0.5 if not said else min(1.0, len(readings) / max(said.get(actor, 1), 1))
            out.append(position_of(actor, found.issue, merged, share=share, **options))
    return tuple(out)
