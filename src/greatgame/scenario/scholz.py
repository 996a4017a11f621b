"""The one-issue ``actor,capability,position,salience`` table of the Scholz replications.

Accepted spellings (any case, any column order):

- actor: ``actor``, ``stakeholder``, ``name``
- capability: ``capability``, ``resources``, ``power``, ``influence``, ``c``
- position: ``position``, ``x``
- salience: ``salience``, ``s``

The delimiter is a tab when the header line holds one, else a comma. A header whose first
cell is blank is read as ``actor`` (decisionmechanics' files have a BOM and an unlabelled
name column). Salience is read as 0..1 when every value is at most 1, else as 0..100
(``_build.salience_scale``).

The file carries no scale. The issue's scale is the ``scale`` the caller passes, else the
minimum and maximum of the positions (so EC emission standards, positions 4 and 10 years,
gets the 4..10 scale of the paper).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from greatgame.errors import InputError
from greatgame.records import Scenario
from greatgame.scenario._build import Row, assemble, salience_scale
from greatgame.scenario._text import number, read_text, slug

ALIASES: dict[str, tuple[str, ...]] = {
    "actor": ("actor", "stakeholder", "name", ""),
    "capability": ("capability", "resources", "power", "influence", "c"),
    "position": ("position", "x"),
    "salience": ("salience", "s"),
}


def looks_like(text: str) -> bool:
    """True when the first line is a header naming capability, position and salience."""
    header = _header(text.split("\n", 1)[0])
    return all(any(h in ALIASES[k] for h in header) for k in ("capability", "position", "salience"))


def read_scholz(
    path: str | Path, *, scale: tuple[float, float] | None = None, text: str | None = None
) -> Scenario:
    """Read a Scholz-style table as a one-issue scenario."""
    text = read_text(path) if text is None else text
    lines = text.split("\n")
    delimiter = "\t" if "\t" in lines[0] else ","
    header = _header(lines[0])
    columns: dict[str, int] = {}
    for key, names in ALIASES.items():
        found = [i for i, h in enumerate(header) if h in names]
        if not found:
            raise InputError(
                path, f"missing column {key!r} (header: {', '.join(header)})", where="line 1"
            )
        columns[key] = found[0]
    rows = []
    for lineno, cells in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        if lineno == 1 or not any(c.strip() for c in cells):
            continue
        where = f"line {lineno}"
        if len(cells) < len(header):
            raise InputError(
                path, f"{len(cells)} fields where the header has {len(header)}", where=where
            )
        rows.append((where, cells))
    if not rows:
        raise InputError(path, "header but no actor rows")
    values = [
        (
            where,
            cells[columns["actor"]].strip(),
            number(path, cells[columns["capability"]], where=where, field="capability"),
            number(path, cells[columns["position"]], where=where, field="position"),
            number(path, cells[columns["salience"]], where=where, field="salience"),
        )
        for where, cells in rows
    ]
    for where, name, *_ in values:
        if not name:
            raise InputError(path, "actor name is empty", where=where)
    for where, _, _, _, sal in values:
        if not 0 <= sal <= 100:
            raise InputError(path, f"salience {sal:g} is outside 0..1 and 0..100", where=where)
    divisor = salience_scale([v[4] for v in values])
    positions = [v[3] for v in values]
    low, high = scale if scale is not None else (min(positions), max(positions))
    if scale is None and low == high:
        raise InputError(path, f"every position is {low:g}: cannot infer a scale, pass one")
    stem = Path(path).stem
    issue_id = slug(stem) or "issue"
    source = f"{Path(path).name}"
    return assemble(
        path,
        name=stem,
        description=(
            f"read from {source} (actor,capability,position,salience table; "
            f"salience read on 0-{divisor:g})"
        ),
        issues=[
            Row({"id": issue_id, "name": stem, "low": low, "high": high}, where="issue scale")
        ],
        actors=[
            Row({"id": n, "name": n, "capability": c, "capability_source": source}, where=w)
            for w, n, c, _, _ in values
        ],
        positions=[
            Row(
                {"actor": n, "issue": issue_id, "position": x, "salience": round(s / divisor, 12)},
                where=w,
            )
            for w, n, _, x, s in values
        ],
    )


def _header(line: str) -> list[str]:
    delimiter = "\t" if "\t" in line else ","
    return [h.strip().lower() for h in next(csv.reader([line], delimiter=delimiter))]
