"""Issues: the questions being contested, and how one statement bears on one.

An issue is found, not listed: greatgame knows *kinds* of contested question (data files,
see :mod:`greatgame.system.kinds`), and the text decides which are open, about whom and
where (:mod:`greatgame.system.contest`). This module holds what every way of finding an
issue shares: the reading of one statement against one issue, by the direction table,
and the issues an analyst declares in ``system.yaml``.

A statement's reading (see ``data/issues/directions.yaml``):

- the *act* its own words name points to a pole by the issue's act words (or the kind's
  ``bare`` pole when the words name the object and no act);
- the *attitude* of its actor toward that act comes from the statement's kind and event
  type (a demand or a sanction carries the act out: +1; a rejection or a protest
  opposes it: -1; a stance: its polarity);
- each flag of the extraction (negated, future, hypothetical, attributed, historical)
  multiplies the sign and the weight.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from greatgame.records import Issue
from greatgame.system.evidence import Statement
from greatgame.system.kinds import Directions, Rule, directions, phrase_pattern


@dataclass(frozen=True)
class Reading:
    """How one statement bears on one issue: direction -1 (low pole) .. +1 (high pole),
    how much it shows the actor's lean, and what it adds to the actor's salience."""

    statement: Statement
    direction: float
    weight: float = 1.0
    salience: float = 0.0


@dataclass(frozen=True)
class FoundIssue:
    """An issue and the statements read onto it."""

    issue: Issue
    readings: tuple[Reading, ...]
    host: str | None = None  # the party the question is about, when there is one
    kind: str = ""  # the issue kind's id; "proposal" or "declared" otherwise
    headline: bool = False  # an article's title names its object: the story's question


def rule_of(s: Statement, table: Directions | None = None) -> Rule | None:
    """The direction table's row for a statement: by event type, or by statement kind."""
    table = table or directions()
    if s.kind == "event":
        return table.events.get(s.type)
    if s.kind == "stance" and s.polarity == 0:
        return table.statements.get("belief")
    return table.statements.get(s.kind)


def attitude_of(s: Statement, rule: Rule) -> int:
    return s.polarity if rule.attitude == "polarity" else int(rule.attitude)


def read(s: Statement, pole: int, *, attitude: int | None = None,
         table: Directions | None = None) -> Reading | None:
    """The reading of ``s`` when its act points to ``pole`` (+1 / -1): the act times the
    actor's attitude (the table's, unless given), then each flag's sign and weight."""
    table = table or directions()
    rule = rule_of(s, table)
    if rule is None or pole == 0:
        return None
    sign = pole * (attitude_of(s, rule) if attitude is None else attitude)
    if sign == 0:
        return None
    weight = rule.weight * s.weight
    for flag in sorted(s.flags):
        flip, factor = table.flags[flag]
        sign *= -1 if flag == "negated" and rule.withheld else flip
        weight *= factor
    if sign == 0:
        return None
    return Reading(s, float(sign), weight, rule.salience)


def declared_issue(issue: Issue, statements: Sequence[Statement]) -> FoundIssue:
    """An analyst's issue: statements whose words carry its ``cues`` bear on it; its
    ``high_cues`` / ``low_cues`` are the act words that point them (with neither given,
    a statement on the issue reads as endorsing its high pole)."""
    topic = phrase_pattern(issue.cues)
    if topic is None:
        return FoundIssue(issue, (), kind="declared")
    high, low = phrase_pattern(issue.high_cues), phrase_pattern(issue.low_cues)
    readings = []
    for s in statements:
        if not topic.search(s.text):
            continue
        hits = [(m.start(), sign) for pattern, sign in ((high, 1), (low, -1))
                if pattern is not None for m in pattern.finditer(s.text)]
        pole = min(hits)[1] if hits else int(high is None and low is None)
        reading = read(s, pole)
        if reading is not None:
            readings.append(reading)
    return FoundIssue(issue, tuple(readings), kind="declared")
