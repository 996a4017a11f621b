"""Answering in kind: counter-measures and rival claims (kinds with ``counter_measures``).

- For a measure on a target (tariffs, sanctions), the focus, or a part of it (its
  regional government), cannot impose the measure on itself: its own imposing or
  threatening the same measure (counter-tariffs, retaliatory sanctions, "a levy on
  electricity sold to American customers") answers the one on it, and is read against
  it. Its other statements on the instance (a rejection, a concession) are read as they
  are.
- For a claim carried out by its doer (territory), another player carrying out the same
  act (its own claim to the ground) is a rival claimant, against the focus's claim.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from greatgame.system.evidence import Statement
from greatgame.system.focus import named_focus, reading_on
from greatgame.system.issues import Reading, rule_of
from greatgame.system.kinds import IssueKind
from greatgame.system.players import Players


def answered(kind: IssueKind, focus: tuple[str, ...], on: Sequence[Statement],
             players: Players) -> set[int]:
    """The statements of an instance (``on``) that :func:`counter_readings` reads."""
    if not kind.counters or len(focus) != 1:
        return set()
    if kind.focus_self == "doer":
        return {id(s) for s in on if s.actor != focus[0]}
    return {id(s) for s in on if _side_of(s, focus[0], players)}


def counter_readings(kind: IssueKind, focus: tuple[str, ...], on: Sequence[Statement],
                     said: Sequence[Statement], players: Players) -> list[Reading]:
    """The readings of the statements :func:`answered` names, and of the focus's
    measures aimed at others (see the module docstring)."""
    if not kind.counters or len(focus) != 1:
        return []
    if kind.focus_self == "doer":
        return _rival_readings(kind, focus, on)
    taken = {id(s) for s in on}
    out = []
    for s in said:
        if not _side_of(s, focus[0], players):
            continue
        if id(s) in taken:
            reading = reading_on(s, kind, focus)
        elif kind.names_object(s.text) and (aimed := named_focus(s, kind, players)) and \
                focus[0] not in aimed:
            reading = reading_on(s, kind, tuple(sorted(aimed)))
        else:
            continue
        if reading is not None and reading.direction > 0 and _imposing(s):
            out.append(replace(reading, direction=-reading.direction))
        elif reading is not None and id(s) in taken:
            out.append(reading)
    return out


def _side_of(s: Statement, focus: str, players: Players) -> bool:
    """Whether the statement's player is the focus or a part of it."""
    ref = players.refs.get(s.actor)
    return s.actor == focus or (ref is not None and ref.country == focus)


def _imposing(s: Statement) -> bool:
    """Whether a statement's act is a measure of its actor's own: a coercive event
    (the table's ``aims`` rows), or words naming the act (a quotation, a stance); not
    an agreement or a concession, which accepts the measure."""
    rule = rule_of(s)
    return rule is not None and (s.kind != "event" or rule.aims)


def _rival_readings(kind: IssueKind, focus: tuple[str, ...], on: Sequence[Statement]
                    ) -> list[Reading]:
    out = []
    for s in on:
        if s.actor == focus[0] or (reading := reading_on(s, kind, focus)) is None:
            continue
        own = s.kind == "event" and (kind.trigger_act(s.text) == 1 or _imposing(s))
        out.append(replace(reading, direction=-reading.direction)
                   if own and reading.direction > 0 else reading)
    return out
