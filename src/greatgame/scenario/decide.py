"""The input of the decide exchange model (Stokman's equal-gain model, J. Draaijer).

Tab-separated, every field wrapped in single quotes. Row types:

- ``#A  key  name  comment``: an actor;
- ``#P  key  name  description``: an issue;
- ``#M  issue  value  [meaning]``: a point on the issue's scale. The scale runs from the
  smallest to the largest ``#M`` value of the issue; 0..100 when it has none;
- ``#D  actor  issue  position  salience  power``: an actor's data on an issue; salience and
  power on 0..1;
- ``#/`` and ``#0`` rows are comments.

decide gives power per actor *and* issue; greatgame's actors have one capability. In every
published file power is the same on every issue; a file where it differs is refused.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from greatgame.errors import InputError
from greatgame.records import Scenario
from greatgame.scenario._build import Row, assemble
from greatgame.scenario._text import number, read_text

_KINDS = {"#A", "#P", "#M", "#D"}
_COMMENTS = {"#/", "#0"}
_MIN_FIELDS = {"#A": 2, "#P": 2, "#M": 3, "#D": 6}


def looks_like(text: str) -> bool:
    """True when the first non-blank line is a decide row (``'#A'``, ``#P`` ...)."""
    for line in text.split("\n"):
        if line.strip():
            return line.lstrip("'\" ")[:2] in _KINDS | _COMMENTS
    return False


@dataclass
class _Parsed:
    """The rows of a decide file, by kind."""

    actors: list[Row] = field(default_factory=list)
    issues: dict[str, dict] = field(default_factory=dict)
    issue_where: dict[str, str] = field(default_factory=dict)
    marks: dict[str, list[float]] = field(default_factory=dict)
    data: list[tuple[str, list[str]]] = field(default_factory=list)


def _rows(path: str | Path, text: str):  # noqa: ANN202 - yields (kind, cells, where)
    """Each row that is not blank or a comment, checked for its kind and field count."""
    reader = csv.reader(io.StringIO(text), delimiter="\t", quotechar="'")
    for lineno, raw in enumerate(reader, start=1):
        cells = [c.strip() for c in raw]
        if not any(cells) or cells[0] in _COMMENTS:
            continue
        where, kind = f"line {lineno}", cells[0]
        if kind not in _KINDS:
            raise InputError(
                path, f"unknown row type {kind!r} (expected #A, #P, #M or #D)", where=where
            )
        if len(cells) < _MIN_FIELDS[kind]:
            raise InputError(
                path, f"{kind} row has {len(cells)} fields, needs {_MIN_FIELDS[kind]}", where=where
            )
        yield kind, cells, where


def _parse(path: str | Path, text: str) -> _Parsed:
    found = _Parsed()
    for kind, cells, where in _rows(path, text):
        named = cells[2] if len(cells) > 2 and cells[2] else cells[1]
        if kind == "#A":
            found.actors.append(Row({"id": cells[1], "name": named, "capability": 0.0}, where))
        elif kind == "#P":
            if cells[1] in found.issues:
                raise InputError(path, f"duplicate issue {cells[1]!r}", where=where)
            found.issues[cells[1]] = {"id": cells[1], "name": named,
                                      "description": cells[3] if len(cells) > 3 else ""}
            found.issue_where[cells[1]] = where
        elif kind == "#M":
            value = number(path, cells[2], where=where, field="scale value")
            found.marks.setdefault(cells[1], []).append(value)
        else:
            found.data.append((where, cells))
    return found


def _issue_rows(path: str | Path, found: _Parsed) -> list[Row]:
    """One row per issue, its scale the range of its #M rows (0..100 without any)."""
    for issue_id in found.marks:
        if issue_id not in found.issues:
            raise InputError(path, f"#M row for undeclared issue {issue_id!r}")
    rows = []
    for issue_id, fields in found.issues.items():
        values = found.marks.get(issue_id, [0.0, 100.0])
        low, high = min(values), max(values)
        if low == high:
            low, high = min(low, 0.0), max(high, 100.0)
        rows.append(Row({**fields, "low": low, "high": high}, found.issue_where[issue_id]))
    return rows


def _position_rows(path: str | Path, found: _Parsed) -> tuple[list[Row], dict[str, float]]:
    """The #D rows as positions, and each actor's one power."""
    power: dict[str, tuple[float, str]] = {}
    positions = []
    for where, cells in found.data:
        actor, issue = cells[1], cells[2]
        x = number(path, cells[3], where=where, field="position")
        s = number(path, cells[4], where=where, field="salience")
        c = number(path, cells[5], where=where, field="power")
        if not 0 <= s <= 1:
            raise InputError(path, f"salience {s:g} is outside 0..1", where=where)
        if c < 0:
            raise InputError(path, f"power {c:g} is negative", where=where)
        if actor in power and power[actor][0] != c:
            raise InputError(
                path,
                f"power of {actor!r} is {c:g} here but {power[actor][0]:g} at "
                f"{power[actor][1]}; greatgame needs one capability per actor",
                where=where,
            )
        power.setdefault(actor, (c, where))
        positions.append(Row({"actor": actor, "issue": issue, "position": x, "salience": s}, where))
    return positions, {actor: c for actor, (c, _) in power.items()}


def read_decide(path: str | Path, *, text: str | None = None) -> Scenario:
    """Read a decide exchange-model input file."""
    text = read_text(path) if text is None else text
    found = _parse(path, text)
    issue_rows = _issue_rows(path, found)
    positions, power = _position_rows(path, found)
    source = f"{Path(path).name} (decide power)"
    actor_rows = [
        Row({**r.fields, "capability": power.get(r.fields["id"], 0.0),
             "capability_source": source}, r.where)
        for r in found.actors
    ]
    return assemble(
        path,
        name=Path(path).stem,
        description=f"read from {Path(path).name} (decide exchange-model input)",
        issues=issue_rows,
        actors=actor_rows,
        positions=positions,
    )
