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


def read_decide(path: str | Path, *, text: str | None = None) -> Scenario:
    """Read a decide exchange-model input file."""
    text = read_text(path) if text is None else text
    actors: list[Row] = []
    issues: dict[str, dict] = {}
    issue_where: dict[str, str] = {}
    marks: dict[str, list[float]] = {}
    data: list[tuple[str, list[str]]] = []
    reader = csv.reader(io.StringIO(text), delimiter="\t", quotechar="'")
    for lineno, cells in enumerate(reader, start=1):
        cells = [c.strip() for c in cells]
        if not any(cells):
            continue
        where = f"line {lineno}"
        kind = cells[0]
        if kind in _COMMENTS:
            continue
        if kind not in _KINDS:
            raise InputError(
                path, f"unknown row type {kind!r} (expected #A, #P, #M or #D)", where=where
            )
        if len(cells) < _MIN_FIELDS[kind]:
            raise InputError(
                path, f"{kind} row has {len(cells)} fields, needs {_MIN_FIELDS[kind]}", where=where
            )
        if kind == "#A":
            name = cells[2] if len(cells) > 2 and cells[2] else cells[1]
            actors.append(Row({"id": cells[1], "name": name, "capability": 0.0}, where))
        elif kind == "#P":
            if cells[1] in issues:
                raise InputError(path, f"duplicate issue {cells[1]!r}", where=where)
            issues[cells[1]] = {
                "id": cells[1],
                "name": cells[2] if len(cells) > 2 and cells[2] else cells[1],
                "description": cells[3] if len(cells) > 3 else "",
            }
            issue_where[cells[1]] = where
        elif kind == "#M":
            value = number(path, cells[2], where=where, field="scale value")
            marks.setdefault(cells[1], []).append(value)
        else:
            data.append((where, cells))
    for issue_id in marks:
        if issue_id not in issues:
            raise InputError(path, f"#M row for undeclared issue {issue_id!r}")
    issue_rows = []
    for issue_id, fields in issues.items():
        values = marks.get(issue_id, [0.0, 100.0])
        low, high = min(values), max(values)
        if low == high:
            low, high = min(low, 0.0), max(high, 100.0)
        issue_rows.append(Row({**fields, "low": low, "high": high}, issue_where[issue_id]))
    power: dict[str, tuple[float, str]] = {}
    positions = []
    for where, cells in data:
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
    source = f"{Path(path).name} (decide power)"
    actor_rows = [
        Row(
            {
                **r.fields,
                "capability": power.get(r.fields["id"], (0.0, ""))[0],
                "capability_source": source,
            },
            r.where,
        )
        for r in actors
    ]
    return assemble(
        path,
        name=Path(path).stem,
        description=f"read from {Path(path).name} (decide exchange-model input)",
        issues=issue_rows,
        actors=actor_rows,
        positions=positions,
    )
