"""Turning rows read from a file into a validated :class:`Scenario`.

Readers collect plain rows, each with the place it came from (``where``: a line, a field);
:func:`assemble` checks them together -- duplicate actors, unknown actors or issues,
positions outside the issue's scale, negative capability, salience outside 0..1 -- and
raises one :class:`InputError` naming the file, the place and the problem.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from greatgame.errors import InputError
from greatgame.records import Actor, Issue, Position, Relation, Scenario

R = TypeVar("R", bound=BaseModel)


@dataclass(frozen=True)
class Row:
    """Fields of one record and the place in the file they were read from."""

    fields: dict[str, Any]
    where: str
    # Where each field sits, when the format knows (YAML does): field name -> place.
    field_where: dict[str, str] = field(default_factory=dict)


def make(path: str | Path, cls: type[R], row: Row) -> R:
    """Build one record, turning pydantic's complaint into an InputError at the row's place."""
    try:
        return cls(**row.fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(part) for part in first["loc"])
        msg = first["msg"].removeprefix("Value error, ")
        where = row.field_where.get(str(first["loc"][0]), row.where) if first["loc"] else row.where
        problem = f"{loc}: {msg}" if loc else msg
        shown = repr(first.get("input"))
        if "input" in first and loc and not isinstance(first["input"], dict) and shown not in msg:
            problem += f" (got {shown})"
        raise InputError(path, problem, where=where) from None


def assemble(
    path: str | Path,
    *,
    name: str,
    issues: Sequence[Row],
    actors: Sequence[Row],
    positions: Sequence[Row],
    relations: Sequence[Row] = (),
    description: str = "",
    date: Any = None,
    params: dict[str, Any] | None = None,
) -> Scenario:
    """Check the rows against each other and build the scenario."""
    if not actors:
        raise InputError(path, "no actors found")
    if not issues:
        raise InputError(path, "no issues found")
    issue_recs = _unique(path, (make(path, Issue, r) for r in issues), issues, "issue")
    for row in actors:
        cap = row.fields.get("capability")
        if isinstance(cap, int | float) and cap < 0:
            where = row.field_where.get("capability", row.where)
            raise InputError(path, f"capability {cap} is negative", where=where)
    actor_recs = _unique(path, (make(path, Actor, r) for r in actors), actors, "actor")
    by_issue = {i.id: i for i in issue_recs}
    actor_ids = {a.id for a in actor_recs}
    seen: set[tuple[str, str]] = set()
    position_recs = []
    for row in positions:
        _check_position(path, row, by_issue, actor_ids, seen)
        position_recs.append(make(path, Position, row))
    relation_recs = []
    for row in relations:
        for end in ("a", "b"):
            if row.fields.get(end) not in actor_ids:
                raise InputError(
                    path, f"relation names unknown actor {row.fields.get(end)!r}", where=row.where
                )
        relation_recs.append(make(path, Relation, row))
    # Canonical order: by issue, then by actor, as listed; so that every format round-trips.
    issue_rank = {i.id: k for k, i in enumerate(issue_recs)}
    actor_rank = {a.id: k for k, a in enumerate(actor_recs)}
    position_recs.sort(key=lambda p: (issue_rank[p.issue], actor_rank[p.actor]))
    return make(
        path,
        Scenario,
        Row(
            {
                "name": name,
                "description": description,
                "date": date,
                "actors": tuple(actor_recs),
                "issues": tuple(issue_recs),
                "positions": tuple(position_recs),
                "relations": tuple(relation_recs),
                "params": params or {},
            },
            where="scenario",
        ),
    )


def _unique(path: str | Path, records: Iterable[R], rows: Sequence[Row], kind: str) -> list[R]:
    out: list[R] = []
    seen: set[str] = set()
    for rec, row in zip(records, rows, strict=True):
        rid = rec.id  # type: ignore[attr-defined]
        if rid in seen:
            raise InputError(path, f"duplicate {kind} {rid!r}", where=row.where)
        seen.add(rid)
        out.append(rec)
    return out


def _check_position(
    path: str | Path,
    row: Row,
    issues: dict[str, Issue],
    actors: set[str],
    seen: set[tuple[str, str]],
) -> None:
    f = row.fields
    actor, issue_id = f.get("actor"), f.get("issue")
    if issue_id not in issues:
        known = ", ".join(sorted(issues))
        raise InputError(path, f"unknown issue {issue_id!r} (known: {known})", where=row.where)
    if actor not in actors:
        raise InputError(path, f"position for unknown actor {actor!r}", where=row.where)
    if (actor, issue_id) in seen:
        raise InputError(
            path, f"second position for actor {actor!r} on issue {issue_id!r}", where=row.where
        )
    seen.add((actor, issue_id))
    issue = issues[issue_id]
    for key in ("position", "position_low", "position_high"):
        value = f.get(key)
        if isinstance(value, int | float) and not issue.low <= value <= issue.high:
            raise InputError(
                path,
                f"{key.replace('_', ' ')} {value:g} of {actor!r} is outside the scale "
                f"{issue.low:g}..{issue.high:g} of issue {issue_id!r}",
                where=row.field_where.get(key, row.where),
            )
    for key in ("salience", "salience_low", "salience_high"):
        value = f.get(key)
        if isinstance(value, int | float) and not 0 <= value <= 1:
            raise InputError(
                path,
                f"{key.replace('_', ' ')} {value:g} of {actor!r} is outside 0..1",
                where=row.field_where.get(key, row.where),
            )


def salience_scale(values: Sequence[float]) -> float:
    """The divisor that brings a column of saliences to 0..1: 100 if any value exceeds 1, else 1.

    A file whose saliences all lie in 0..1 is read as fractions; a file with any salience
    above 1 is read as percentages (0..100). A 0-100 file whose every salience is 0 or 1
    would be misread; no published file is like that.
    """
    return 100.0 if any(v > 1 for v in values) else 1.0
