"""greatgame's own scenario file: YAML an analyst can read and edit by hand.

A minimal file::

    greatgame: 1                      # format version
    name: EC emission standards
    issues:
      - id: lag
        name: Delay before emission standards apply (years)
        scale: [4, 10]                # low, high; 0..100 when left out
        poles: [soon, late]           # labels of the low and high ends
        cues: [emission standards]    # optional: phrases that put a statement on the issue
        low_cues: [without delay]     # optional: phrases pointing to the low / high pole
        high_cues: [postpone]
    actors:
      - {id: UK, name: United Kingdom, kind: state, capability: 0.16}
      - {id: DK, name: Denmark, kind: state, capability: 0.05}
    positions:
      lag:                            # issue id
        UK: [10, 0.9]                 # position, salience (0..1)
        DK: [4, 1.0]

Every other field is optional; the long forms carry ranges, sources and evidence::

    actors:
      - id: RUS
        name: Russia
        kind: state                   # state, organisation, armed_group, person, source, other
        country: RUS
        capability: {value: 0.14, low: 0.1, high: 0.2, source: COW NMC 6.0, year: 2016}
        aliases: [Moscow, the Kremlin]
    positions:
      presence:
        RUS:
          position: 20
          range: [10, 35]             # low, high of the position
          salience: 0.8
          salience_range: [0.6, 0.9]
          set_by: evidence            # evidence, analyst (the default here), import, default
          evidence:
            - {kind: sentence, text: "Russia wants ...", article_id: a140b6fa, start: 10, end: 52}
    relations:
      - [USA, RUS, -0.5]              # a, b, signed weight in -1..1
      - {a: USA, b: AFG, weight: 0.7, evidence: [...]}
    params: {eum.rounds: 10}          # SCOPE.SWITCH: a model's switch (see models)

:func:`write_yaml` writes the short forms wherever they lose nothing, so that writing and
reading back gives an equal :class:`Scenario`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from greatgame.errors import InputError
from greatgame.records import Actor, Evidence, Issue, Position, Relation, Scenario
from greatgame.scenario._build import Row, assemble
from greatgame.scenario._text import read_text

FORMAT_VERSION = 1


class _Map(dict):
    """A mapping that remembers the line it started on."""

    line: int = 0
    lines: dict[str, int] = {}  # line of each key; set per instance by the loader


class _Loader(yaml.SafeLoader):
    """Safe YAML with two changes: a key given twice is an error (not last-wins), and
    ``5e2`` is the number 500 as in YAML 1.2 (YAML 1.1 reads it as the string "5e2")."""


def _construct_map(loader: _Loader, node: yaml.MappingNode) -> _Map:
    lines: dict[str, int] = {}
    for key, _ in node.value:
        name = str(key.value)
        if name in lines:
            raise yaml.constructor.ConstructorError(
                problem=f"key {name!r} given twice (first on line {lines[name]})",
                problem_mark=key.start_mark,
            )
        lines[name] = key.start_mark.line + 1
    out = _Map(loader.construct_mapping(node, deep=True))
    out.line = node.start_mark.line + 1
    out.lines = lines
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+$"),
    list("-+0123456789"),
)


def _parse(path: str | Path, text: str) -> Any:
    """The YAML document, or an InputError at the line and column of the problem."""
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(path, f"malformed YAML: {problem}", where=where) from None
    except RecursionError:
        raise InputError(path, "malformed YAML: nested too deeply") from None


def looks_like(text: str) -> bool:
    """True when the text parses as a YAML mapping with ``actors`` and ``issues``."""
    try:
        doc = _parse("<text>", text)
    except InputError:
        return False
    return isinstance(doc, dict) and "actors" in doc and "issues" in doc


def read_yaml(path: str | Path, *, text: str | None = None) -> Scenario:
    """Read a greatgame YAML scenario."""
    text = read_text(path) if text is None else text
    doc = _parse(path, text)
    if not isinstance(doc, dict):
        raise InputError(path, "a scenario file must be a YAML mapping with actors and issues")
    version = doc.get("greatgame", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise InputError(path, f"format version {version!r} is not {FORMAT_VERSION}", "greatgame")
    for key in ("actors", "issues"):
        if not isinstance(doc.get(key), list) or not doc[key]:
            raise InputError(path, f"'{key}' must be a non-empty list", where=_at(doc, key))
    known = {"greatgame", "name", "description", "date", "issues", "actors", "positions",
             "relations", "params"}
    extra = sorted(set(doc) - known)
    if extra:
        raise InputError(path, f"unknown top-level key {extra[0]!r}", where=_at(doc, extra[0]))
    issues = [_issue(path, item, k) for k, item in enumerate(doc["issues"])]
    actors = [_actor(path, item, k) for k, item in enumerate(doc["actors"])]
    positions = _positions(path, doc.get("positions") or {})
    relations = [_relation(path, item, k) for k, item in enumerate(doc.get("relations") or [])]
    params = doc.get("params") or {}
    if not isinstance(params, dict):
        raise InputError(path, "'params' must be a mapping", where=_at(doc, "params"))
    return assemble(
        path,
        name=str(doc.get("name") or Path(path).stem),
        description=str(doc.get("description") or ""),
        date=doc.get("date"),
        issues=issues,
        actors=actors,
        positions=positions,
        relations=relations,
        params=dict(params),
    )


def _at(node: Any, key: str | None = None) -> str:
    line = getattr(node, "lines", {}).get(key) or getattr(node, "line", 0)
    where = f"line {line}" if line else "top level"
    return f"{where}, field {key!r}" if key else where


def _need_map(path: str | Path, item: Any, what: str, fallback: str) -> _Map:
    if not isinstance(item, dict):
        raise InputError(path, f"{what} must be a mapping, got {item!r}", where=fallback)
    return item  # type: ignore[return-value]


def _pair(path: str | Path, value: Any, where: str, what: str) -> tuple[Any, Any]:
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise InputError(path, f"{what} must be a [low, high] pair, got {value!r}", where=where)
    return value[0], value[1]


_ISSUE_SPECIAL = {"low", "high", "low_label", "high_label"}


def _issue(path: str | Path, item: Any, k: int) -> Row:
    m = _need_map(path, item, f"issues[{k}]", f"issues[{k}]")
    plain = set(Issue.model_fields) - _ISSUE_SPECIAL
    _no_extra(path, m, plain | {"scale", "poles"})
    fields: dict[str, Any] = {"id": m.get("id"), "name": m.get("name", m.get("id"))}
    if "scale" in m:
        fields["low"], fields["high"] = _pair(path, m["scale"], _at(m, "scale"), "scale")
    if "poles" in m:
        poles = _pair(path, m["poles"], _at(m, "poles"), "poles")
        fields["low_label"], fields["high_label"] = poles
    for key in sorted(plain - {"id", "name"}):
        if key in m:
            fields[key] = tuple(m[key] or ()) if isinstance(m[key], list) else m[key]
    field_where = {key: _at(m, key) for key in m}
    return Row(fields, where=f"{_at(m)} (issues[{k}])", field_where=field_where)


def _actor(path: str | Path, item: Any, k: int) -> Row:
    m = _need_map(path, item, f"actors[{k}]", f"actors[{k}]")
    _no_extra(path, m, {"id", "name", "kind", "country", "sector", "capability", "aliases"})
    fields: dict[str, Any] = {"id": m.get("id"), "name": m.get("name", m.get("id"))}
    for key in ("kind", "country", "sector"):
        if key in m:
            fields[key] = m[key]
    if "aliases" in m:
        fields["aliases"] = tuple(m["aliases"] or ())
    cap = m.get("capability")
    if isinstance(cap, dict):
        _no_extra(path, cap, {"value", "low", "high", "source", "year"})
        fields["capability"] = cap.get("value")
        for src, dst in (("low", "capability_low"), ("high", "capability_high"),
                         ("source", "capability_source"), ("year", "capability_year")):
            if src in cap:
                fields[dst] = cap[src]
    else:
        fields["capability"] = cap
    if fields["capability"] is None:
        raise InputError(path, f"actor {m.get('id')!r} has no capability", where=_at(m))
    where = f"{_at(m)} (actor {m.get('id')!r})"
    field_where = {key: f"{_at(m, key)} (actor {m.get('id')!r})" for key in m}
    return Row(fields, where=where, field_where=field_where)


def _positions(path: str | Path, block: Any) -> list[Row]:
    if not isinstance(block, dict):
        raise InputError(path, "'positions' must map issue ids to actors", where="positions")
    rows = []
    for issue_id, by_actor in block.items():
        if not isinstance(by_actor, dict):
            raise InputError(
                path, f"positions of {issue_id!r} must map actor ids to values", _at(block)
            )
        for actor_id, value in by_actor.items():
            where = f"{_at(by_actor)} (position of {actor_id!r} on {issue_id!r})"
            fields: dict[str, Any] = {"actor": actor_id, "issue": issue_id, "set_by": "analyst"}
            if isinstance(value, list | tuple):
                if len(value) != 2:
                    raise InputError(path, f"short form is [position, salience], got {value!r}",
                                     where=where)
                fields["position"], fields["salience"] = value
            elif isinstance(value, dict):
                where = f"{_at(value)} (position of {actor_id!r} on {issue_id!r})"
                _no_extra(path, value, {"position", "range", "salience", "salience_range",
                                        "set_by", "evidence"})
                for key in ("position", "salience", "set_by"):
                    if key in value:
                        fields[key] = value[key]
                if "range" in value:
                    fields["position_low"], fields["position_high"] = _pair(
                        path, value["range"], where, "range")
                if "salience_range" in value:
                    fields["salience_low"], fields["salience_high"] = _pair(
                        path, value["salience_range"], where, "salience_range")
                if "evidence" in value:
                    fields["evidence"] = _evidence(path, value["evidence"], where)
            else:
                raise InputError(path, f"expected [position, salience] or a mapping, got {value!r}",
                                 where=where)
            rows.append(Row(fields, where=where))
    return rows


def _evidence(path: str | Path, items: Any, where: str) -> tuple[Evidence, ...]:
    if not isinstance(items, list):
        raise InputError(path, "evidence must be a list", where=where)
    from greatgame.scenario._build import make

    return tuple(make(path, Evidence, Row(dict(e) if isinstance(e, dict) else {"text": e}, where))
                 for e in items)


def _relation(path: str | Path, item: Any, k: int) -> Row:
    if isinstance(item, list | tuple):
        if len(item) != 3:
            raise InputError(path, f"relation short form is [a, b, weight], got {item!r}",
                             where=f"relations[{k}]")
        return Row({"a": item[0], "b": item[1], "weight": item[2]}, where=f"relations[{k}]")
    m = _need_map(path, item, f"relations[{k}]", f"relations[{k}]")
    _no_extra(path, m, {"a", "b", "weight", "evidence"})
    fields = {key: m[key] for key in ("a", "b", "weight") if key in m}
    where = f"{_at(m)} (relations[{k}])"
    if "evidence" in m:
        fields["evidence"] = _evidence(path, m["evidence"], where)
    return Row(fields, where=where)


def _no_extra(path: str | Path, m: dict, allowed: set[str]) -> None:
    extra = sorted(set(m) - allowed)
    if extra:
        raise InputError(
            path, f"unknown field {extra[0]!r} (allowed: {', '.join(sorted(allowed))})",
            where=_at(m, extra[0]),
        )


# --- writing ------------------------------------------------------------------------------


def to_dict(scenario: Scenario) -> dict[str, Any]:
    """The YAML document of a scenario, using the short forms wherever they lose nothing."""
    doc: dict[str, Any] = {"greatgame": FORMAT_VERSION, "name": scenario.name}
    if scenario.description:
        doc["description"] = scenario.description
    if scenario.date is not None:
        doc["date"] = scenario.date
    doc["issues"] = [_issue_out(i) for i in scenario.issues]
    doc["actors"] = [_actor_out(a) for a in scenario.actors]
    positions: dict[str, dict[str, Any]] = {}
    for issue in scenario.issues:
        held = [p for p in scenario.positions if p.issue == issue.id]
        if held:
            positions[issue.id] = {p.actor: _position_out(p) for p in held}
    doc["positions"] = positions
    if scenario.relations:
        doc["relations"] = [_relation_out(r) for r in scenario.relations]
    if scenario.params:
        doc["params"] = dict(scenario.params)
    return doc


def write_yaml(scenario: Scenario, path: str | Path) -> None:
    """Write a scenario as greatgame YAML; reading it back gives an equal scenario."""
    text = yaml.dump(
        to_dict(scenario), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100
    )
    Path(path).write_text(text, encoding="utf-8")


class _Dumper(yaml.SafeDumper):
    pass


class _Flow(list):
    """A list written on one line: [a, b]."""


_Dumper.add_representer(
    _Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True)
)
_Dumper.add_representer(dt.date, yaml.SafeDumper.represent_date)


def _issue_out(i: Issue) -> dict[str, Any]:
    out: dict[str, Any] = {"id": i.id, "name": i.name, "scale": _Flow([i.low, i.high])}
    if i.low_label or i.high_label:
        out["poles"] = _Flow([i.low_label, i.high_label])
    for key, info in Issue.model_fields.items():
        if key in _ISSUE_SPECIAL or key in ("id", "name"):
            continue
        value = getattr(i, key)
        if value != info.default:
            out[key] = list(value) if isinstance(value, tuple) else value
    return out


def _actor_out(a: Actor) -> dict[str, Any]:
    out: dict[str, Any] = {"id": a.id, "name": a.name, "kind": a.kind}
    if a.country is not None:
        out["country"] = a.country
    if a.sector is not None:
        out["sector"] = a.sector
    plain = (a.capability_low is None and a.capability_high is None
             and a.capability_source == "default" and a.capability_year is None)
    if plain:
        out["capability"] = a.capability
    else:
        cap: dict[str, Any] = {"value": a.capability}
        for key, value in (("low", a.capability_low), ("high", a.capability_high),
                           ("source", a.capability_source), ("year", a.capability_year)):
            if value is not None:
                cap[key] = value
        out["capability"] = cap
    if a.aliases:
        out["aliases"] = list(a.aliases)
    return out


def _position_out(p: Position) -> Any:
    plain = (p.position_low is None and p.position_high is None and p.salience_low is None
             and p.salience_high is None and p.set_by == "analyst" and not p.evidence)
    if plain:
        return _Flow([p.position, p.salience])
    out: dict[str, Any] = {"position": p.position}
    if p.position_low is not None or p.position_high is not None:
        out["range"] = _Flow([p.position_low, p.position_high])
    out["salience"] = p.salience
    if p.salience_low is not None or p.salience_high is not None:
        out["salience_range"] = _Flow([p.salience_low, p.salience_high])
    if p.set_by != "analyst":
        out["set_by"] = p.set_by
    if p.evidence:
        out["evidence"] = [_evidence_out(e) for e in p.evidence]
    return out


def _evidence_out(e: Evidence) -> dict[str, Any]:
    return e.model_dump(exclude_defaults=True) | {"kind": e.kind}


def _relation_out(r: Relation) -> Any:
    if not r.evidence:
        return _Flow([r.a, r.b, r.weight])
    return {"a": r.a, "b": r.b, "weight": r.weight,
            "evidence": [_evidence_out(e) for e in r.evidence]}
