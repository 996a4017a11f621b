"""KTAB SMP scenarios (KAPSARC Toolkit for Behavioral Analysis): CSV and XML.

CSV layout (KTAB ``examples/smp/doc``):

- line 1: ``scenario name, description, nActors, nDims`` (extra trailing cells tolerated);
- line 2: ``Actor, Description, Influence|Power``, then one ``<dim> Position, <dim> Salience``
  pair per dimension;
- then one line per actor. Cells may be padded with spaces; trailing commas are ignored.

XML layout: ``smpSchema.xsd`` -- ``Scenario/name, desc, prngSeed, ModelParameters?,
Dimensions/dName*, Actors/Actor(name, description, capability, Position/dCoord*,
Salience/dSal*)``. ``IdealAdjustment`` is not modelled and is skipped.

KTAB positions and saliences are on 0..100: each dimension becomes an issue on 0..100 and
salience is divided by 100. Capability is KTAB's influence. KTAB's seed and model
parameters are kept in ``Scenario.params`` under ``ktab.*``.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from pathlib import Path

from greatgame.errors import InputError
from greatgame.records import Scenario
from greatgame.scenario._build import Row, assemble
from greatgame.scenario._text import decode, number, read_bytes, read_text, slug


def looks_like_csv(text: str) -> bool:
    """True when line 2 is a KTAB header: Actor, Description, Influence, ... Position."""
    lines = text.split("\n")
    if len(lines) < 2:
        return False
    head = [c.strip().lower() for c in lines[1].split(",")]
    return len(head) >= 5 and head[0] == "actor" and head[1] == "description"


def read_ktab_csv(path: str | Path, *, text: str | None = None) -> Scenario:
    """Read a KTAB SMP CSV scenario: one issue per dimension, each on 0..100."""
    text = read_text(path) if text is None else text
    table = [
        [c.strip() for c in cells]
        for cells in csv.reader(io.StringIO(text), skipinitialspace=True)
    ]
    table = [_trim(cells) for cells in table]
    if len(table) < 3:
        raise InputError(path, "a KTAB CSV needs a title line, a header line and actor lines")
    title, header, body = table[0], table[1], [r for r in table[2:] if any(r)]
    if len(title) < 4:
        raise InputError(
            path, "line 1 must be: name, description, number of actors, number of dims",
            where="line 1",
        )
    n_actors = int(number(path, title[2], where="line 1", field="number of actors"))
    n_dims = int(number(path, title[3], where="line 1", field="number of dimensions"))
    if len(header) < 3 + 2 * n_dims:
        raise InputError(
            path,
            f"header has {len(header)} columns; {n_dims} dimensions need {3 + 2 * n_dims}",
            where="line 2",
        )
    dims = [_dim_name(header[3 + 2 * d]) for d in range(n_dims)]
    if len(body) != n_actors:
        raise InputError(
            path, f"line 1 announces {n_actors} actors but {len(body)} actor lines follow",
            where="line 1",
        )
    issues = _issues(path, dims, where="line 2")
    actors, positions = [], []
    for k, cells in enumerate(body):
        where = f"line {k + 3}"
        if len(cells) < 3 + 2 * n_dims:
            raise InputError(
                path, f"{len(cells)} fields where {3 + 2 * n_dims} are needed", where=where
            )
        coords = [cells[3 + 2 * d] for d in range(n_dims)]
        sals = [cells[4 + 2 * d] for d in range(n_dims)]
        _actor(path, actors, positions, issues, cells[0], cells[1], cells[2], coords, sals, where)
    return assemble(
        path,
        name=title[0],
        description=title[1],
        issues=issues,
        actors=actors,
        positions=positions,
    )


def read_ktab_xml(path: str | Path) -> Scenario:
    """Read a KTAB SMP XML scenario (smpSchema.xsd)."""
    data = read_bytes(path)
    decode(path, data)  # refuse wrong encodings with the usual message
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line, col = exc.position
        raise InputError(
            path, f"malformed XML ({str(exc).split(':')[0]})", where=f"line {line}, column {col}"
        ) from None
    except (LookupError, ValueError) as exc:  # an encoding declaration Python does not know
        raise InputError(path, f"malformed XML: {exc}", where="line 1") from None
    except RecursionError:
        raise InputError(path, "malformed XML: nested too deeply") from None
    if root.tag != "Scenario":
        raise InputError(path, f"root element is <{root.tag}>, not <Scenario>")
    params: dict[str, str | int | float | bool] = {}
    seed = (root.findtext("prngSeed") or "").strip()
    if seed:
        params["ktab.prngSeed"] = seed
    for child in root.find("ModelParameters") or ():
        params[f"ktab.{child.tag}"] = (child.text or "").strip()
    actor_elems = root.findall("Actors/Actor")
    if not actor_elems:
        raise InputError(path, "no <Actors><Actor> elements")
    dims = [(d.text or "").strip() for d in root.findall("Dimensions/dName")]
    if not dims:
        n = len(actor_elems[0].findall("Position/dCoord"))
        dims = [f"Dim{d}" for d in range(n)]
    issues = _issues(path, dims, where="<Dimensions>")
    actors, positions = [], []
    for k, elem in enumerate(actor_elems, start=1):
        name = (elem.findtext("name") or "").strip()
        where = f"<Actor> {k} ({name or 'no name'})"
        coords = [(c.text or "") for c in elem.findall("Position/dCoord")]
        sals = [(s.text or "") for s in elem.findall("Salience/dSal")]
        for what, got in (("<dCoord>", coords), ("<dSal>", sals)):
            if len(got) != len(dims):
                raise InputError(
                    path, f"{len(got)} {what} values for {len(dims)} dimensions", where=where
                )
        cap = elem.findtext("capability")
        if cap is None:
            raise InputError(path, "missing <capability>", where=where)
        desc = (elem.findtext("description") or "").strip()
        _actor(path, actors, positions, issues, name, desc, cap, coords, sals, where)
    return assemble(
        path,
        name=(root.findtext("name") or Path(path).stem).strip(),
        description=(root.findtext("desc") or "").strip(),
        issues=issues,
        actors=actors,
        positions=positions,
        params=params,
    )


def write_ktab_csv(scenario: Scenario, path: str | Path) -> None:
    """Write a KTAB SMP CSV. Every actor needs a position on every issue.

    Positions are mapped linearly from each issue's scale to KTAB's 0..100; salience is
    written as a percentage.
    """
    held = {(p.actor, p.issue): p for p in scenario.positions}
    for actor in scenario.actors:
        for issue in scenario.issues:
            if (actor.id, issue.id) not in held:
                raise InputError(
                    path,
                    f"KTAB CSV needs every actor on every issue; {actor.id!r} has no "
                    f"position on {issue.id!r}",
                )
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow([scenario.name, scenario.description, len(scenario.actors), len(scenario.issues)])
    head = ["Actor", "Description", "Influence"]
    for issue in scenario.issues:
        head += [f"{issue.name} Position", f"{issue.name} Salience"]
    w.writerow(head)
    for actor in scenario.actors:
        row: list[object] = [actor.id, actor.name, _g(actor.capability)]
        for issue in scenario.issues:
            p = held[(actor.id, issue.id)]
            x = (p.position - issue.low) / (issue.high - issue.low) * 100
            row += [_g(x), _g(p.salience * 100)]
        w.writerow(row)
    Path(path).write_text(out.getvalue(), encoding="utf-8")


def _g(value: float) -> str:
    """The shortest text that reads back as the same float; no trailing '.0'."""
    return repr(float(value)).removesuffix(".0")


def _trim(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _dim_name(head: str) -> str:
    for suffix in (" Position", " position", " Pstn"):
        if head.endswith(suffix):
            return head[: -len(suffix)].strip()
    return head.strip()


def _issues(path: str | Path, dims: list[str], *, where: str) -> list[Row]:
    rows, seen = [], set()
    for k, dim in enumerate(dims):
        issue_id = slug(dim) or f"dim{k}"
        if issue_id in seen:
            issue_id = f"{issue_id}-{k}"
        seen.add(issue_id)
        fields = {"id": issue_id, "name": dim or issue_id, "low": 0.0, "high": 100.0}
        rows.append(Row(fields, where))
    return rows


def _actor(
    path: str | Path,
    actors: list[Row],
    positions: list[Row],
    issues: list[Row],
    name: str,
    desc: str,
    cap: str,
    coords: list[str],
    sals: list[str],
    where: str,
) -> None:
    if not name:
        raise InputError(path, "actor name is empty", where=where)
    capability = number(path, cap, where=where, field="influence")
    actors.append(
        Row(
            {
                "id": name,
                "name": desc or name,
                "capability": capability,
                "capability_source": f"{Path(path).name} (KTAB influence)",
            },
            where,
        )
    )
    for issue, x, s in zip(issues, coords, sals, strict=True):
        dim = issue.fields["name"]
        sal = number(path, s, where=where, field=f"{dim} salience")
        if not 0 <= sal <= 100:
            raise InputError(path, f"{dim} salience {sal:g} is outside 0..100", where=where)
        positions.append(
            Row(
                {
                    "actor": name,
                    "issue": issue.fields["id"],
                    "position": number(path, x, where=where, field=f"{dim} position"),
                    "salience": round(sal / 100, 12),
                },
                where,
            )
        )
