"""What-if shocks: change a scenario, forecast it again, and compare with the baseline.

Shock syntax (one shock per string; actor and issue ids as in the scenario):

==============================  ==========================================================
``remove:USA``                  drop the actor, its positions and its relations
``capability:RUS*1.5``          multiply the actor's capability (and its range) by 1.5
``capability:RUS=0.2``          set the capability to 0.2 (the range scales with it)
``position:USA@presence=10``    set USA's position on issue ``presence`` to 10
``salience:USA@presence=0.2``   set USA's salience on ``presence`` to 0.2 (0..1)
``relation:USA-RUS=-0.5``       set the USA-RUS relation to -0.5 (added if absent)
==============================  ==========================================================

``@issue`` may be left out when the scenario has a single issue. A set position or salience
keeps the width of its uncertainty range (the range moves with the value, clipped to the
scale) and is marked ``set_by: analyst``. Actor ids that contain ``-`` are fine in a
relation shock: the pair is split where both halves are known actors.

:func:`apply_shocks` is pure: it returns a new scenario. :func:`compare` sets two forecast
results (the JSON shape of :mod:`greatgame.models.forecast`) side by side: per issue and
model the baseline and scenario forecasts, the shift, and whether the 80 % intervals overlap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import ValidationError

from greatgame.errors import InputError
from greatgame.records import LIMIT, Position, Relation, Scenario

ShockKind = Literal["remove", "capability", "position", "salience", "relation"]
SOURCE = "--shock"

_SYNTAX = re.compile(
    r"""^(?P<kind>remove|capability|position|salience|relation):
        (?P<target>[^=*@]+?)
        (?:@(?P<issue>[^=*]+?))?
        (?:(?P<op>[=*])(?P<value>.+))?$""",
    re.VERBOSE,
)
_HELP = (
    "expected remove:ACTOR, capability:ACTOR*FACTOR, capability:ACTOR=VALUE, "
    "position:ACTOR@ISSUE=VALUE, salience:ACTOR@ISSUE=VALUE or relation:A-B=WEIGHT"
)


@dataclass(frozen=True)
class Shock:
    """One parsed shock; ``target`` is an actor id, or ``A-B`` for a relation."""

    kind: ShockKind
    target: str
    text: str
    issue: str | None = None
    op: Literal["=", "*"] | None = None
    value: float | None = None


def parse_shock(text: str) -> Shock:
    """Parse one shock string; an InputError names the shock and says what was expected."""
    m = _SYNTAX.match(text.strip())
    if not m:
        raise InputError(SOURCE, f"cannot read shock ({_HELP})", where=repr(text))
    kind, target, issue, op, raw = (m["kind"], m["target"].strip(), m["issue"], m["op"], m["value"])
    value = None
    if raw is not None:
        try:
            value = float(raw)
        except ValueError:
            raise InputError(SOURCE, f"{raw.strip()!r} is not a number", where=repr(text)) from None
        if not abs(value) <= LIMIT:  # also false for NaN
            raise InputError(SOURCE, f"{raw.strip()!r} is not a finite number within "
                             f"+-{LIMIT:g}", where=repr(text))
    needs = {
        "remove": (None,),
        "capability": ("*", "="),
        "position": ("=",),
        "salience": ("=",),
        "relation": ("=",),
    }[kind]
    if op not in needs or (issue is not None and kind not in ("position", "salience")):
        raise InputError(SOURCE, f"malformed {kind} shock ({_HELP})", where=repr(text))
    if kind == "salience" and value is not None and not 0 <= value <= 1:
        raise InputError(SOURCE, f"salience {value:g} is outside 0..1", where=repr(text))
    if kind == "relation" and value is not None and not -1 <= value <= 1:
        raise InputError(SOURCE, f"relation weight {value:g} is outside -1..1", where=repr(text))
    if kind == "capability" and value is not None and value < 0:
        raise InputError(SOURCE, f"capability {value:g} is negative", where=repr(text))
    return Shock(kind, target, text, issue.strip() if issue else None, op, value)  # type: ignore[arg-type]


def apply_shocks(scenario: Scenario, shocks: Iterable[Shock | str]) -> Scenario:
    """A new scenario with every shock applied in order; the input is left unchanged."""
    for shock in shocks:
        scenario = _apply(scenario, shock if isinstance(shock, Shock) else parse_shock(shock))
    try:  # the shocked scenario must pass every check a scenario file does
        return Scenario.model_validate(scenario.model_dump())
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(part) for part in first["loc"])
        problem = first["msg"].removeprefix("Value error, ")
        head = f"{loc}: " if loc else ""
        raise InputError(SOURCE, f"after the shocks: {head}{problem}") from None


def _apply(s: Scenario, shock: Shock) -> Scenario:
    where = repr(shock.text)
    if shock.kind == "relation":
        return _relation(s, shock, where)
    actor = _actor(s, shock.target, where)
    if shock.kind == "remove":
        if len(s.actors) == 1:
            raise InputError(SOURCE, "cannot remove the only actor", where=where)
        left = tuple(p for p in s.positions if p.actor != actor)
        for issue in s.issues:
            if not any(p.issue == issue.id for p in left):
                raise InputError(SOURCE, f"no actor would be left on issue {issue.id!r}", where)
        return s.model_copy(
            update={
                "actors": tuple(a for a in s.actors if a.id != actor),
                "positions": left,
                "relations": tuple(r for r in s.relations if actor not in (r.a, r.b)),
            }
        )
    if shock.kind == "capability":
        return _capability(s, actor, shock)
    issue = _issue(s, shock.issue, where)
    try:
        old = next(p for p in s.positions if p.actor == actor and p.issue == issue)
    except StopIteration:
        raise InputError(SOURCE, f"{actor!r} holds no position on {issue!r}", where) from None
    new = _moved(s, old, shock)
    return s.model_copy(update={"positions": tuple(new if p is old else p for p in s.positions)})


def _actor(s: Scenario, actor_id: str, where: str) -> str:
    if any(a.id == actor_id for a in s.actors):
        return actor_id
    known = ", ".join(a.id for a in s.actors)
    raise InputError(SOURCE, f"unknown actor {actor_id!r} (known: {known})", where=where)


def _issue(s: Scenario, issue_id: str | None, where: str) -> str:
    if issue_id is None:
        if len(s.issues) == 1:
            return s.issues[0].id
        raise InputError(SOURCE, "name the issue: ACTOR@ISSUE (the scenario has several)", where)
    if any(i.id == issue_id for i in s.issues):
        return issue_id
    known = ", ".join(i.id for i in s.issues)
    raise InputError(SOURCE, f"unknown issue {issue_id!r} (known: {known})", where=where)


def _capability(s: Scenario, actor_id: str, shock: Shock) -> Scenario:
    old = s.actor(actor_id)
    assert shock.value is not None
    factor = (
        shock.value
        if shock.op == "*"
        else (shock.value / old.capability if old.capability else None)
    )
    if factor is None:  # setting a zero capability: no range to scale
        new = old.model_copy(
            update={
                "capability": shock.value,
                "capability_low": None,
                "capability_high": None,
                "capability_source": "analyst",
            }
        )
    else:
        low, high = old.capability_range
        new = old.model_copy(
            update={
                "capability": old.capability * factor if shock.op == "*" else shock.value,
                "capability_low": None if old.capability_low is None else low * factor,
                "capability_high": None if old.capability_high is None else high * factor,
                "capability_source": "analyst",
            }
        )
    return s.model_copy(update={"actors": tuple(new if a is old else a for a in s.actors)})


def _moved(s: Scenario, old: Position, shock: Shock) -> Position:
    assert shock.value is not None
    if shock.kind == "position":
        issue = s.issue(old.issue)
        lo, hi = issue.low, issue.high
        if not lo <= shock.value <= hi:
            raise InputError(
                SOURCE,
                f"position {shock.value:g} is outside the scale {lo:g}..{hi:g} of {old.issue!r}",
                where=repr(shock.text),
            )
        keys, current, rng = (
            ("position", "position_low", "position_high"),
            old.position,
            old.position_range,
        )
    else:
        lo, hi = 0.0, 1.0
        keys, current, rng = (
            ("salience", "salience_low", "salience_high"),
            old.salience,
            old.salience_range,
        )
    delta = shock.value - current
    update: dict[str, Any] = {keys[0]: shock.value, "set_by": "analyst"}
    if getattr(old, keys[1]) is not None:
        update[keys[1]] = min(max(rng[0] + delta, lo), hi)
    if getattr(old, keys[2]) is not None:
        update[keys[2]] = min(max(rng[1] + delta, lo), hi)
    return old.model_copy(update=update)


def _relation(s: Scenario, shock: Shock, where: str) -> Scenario:
    ids = {a.id for a in s.actors}
    splits = [
        (shock.target[:k], shock.target[k + 1 :]) for k, ch in enumerate(shock.target) if ch == "-"
    ]
    pairs = [(a, b) for a, b in splits if a in ids and b in ids]
    if len(pairs) != 1:
        problem = (
            "relation needs two known actors joined by '-'" if not pairs else "ambiguous actor pair"
        )
        raise InputError(SOURCE, f"{problem} (known actors: {', '.join(sorted(ids))})", where)
    a, b = pairs[0]
    if a == b:
        raise InputError(SOURCE, "a relation joins two different actors", where=where)
    new = Relation(a=a, b=b, weight=shock.value)
    kept = tuple(r for r in s.relations if {r.a, r.b} != {a, b})
    return s.model_copy(update={"relations": (*kept, new)})


# --- comparing forecasts --------------------------------------------------------------------


def as_json(result: Any) -> dict[str, Any]:
    """The forecast JSON of a result: a dict as is, or the result's own dict/JSON export."""
    if isinstance(result, Mapping):
        return dict(result)
    for method in ("to_json", "to_dict", "as_dict", "model_dump"):
        fn = getattr(result, method, None)
        if callable(fn):
            out = fn()
            if isinstance(out, str):
                import json

                out = json.loads(out)
            if isinstance(out, Mapping):
                return dict(out)
    raise TypeError(f"cannot read a forecast result from {type(result).__name__}")


def overlap(a: Any, b: Any) -> bool | None:
    """Whether two closed intervals [lo, hi] overlap; None when either is missing."""
    if not a or not b:
        return None
    return bool(a[0] <= b[1] and b[0] <= a[1])


def compare(baseline_result: Any, shocked_result: Any) -> dict[str, Any]:
    """Per issue and model: baseline, scenario, shift = scenario - baseline, and overlap.

    Returns ``{"scenario", "issues": [{"id", "name", "models": {MODEL: {"baseline",
    "scenario", "shift", "baseline_ci80", "scenario_ci80", "overlap"}}}]}``. An issue or model
    present on one side only is left out.
    """
    base, shocked = as_json(baseline_result), as_json(shocked_result)
    after = {i["id"]: i for i in shocked.get("issues", [])}
    issues = []
    for issue in base.get("issues", []):
        other = after.get(issue["id"])
        if other is None:
            continue
        rows = {}
        for model, b in issue["models"].items():
            s = other["models"].get(model)
            if s is None:
                continue
            rows[model] = {
                "baseline": b["forecast"],
                "scenario": s["forecast"],
                "shift": s["forecast"] - b["forecast"],
                "baseline_ci80": b.get("ci80"),
                "scenario_ci80": s.get("ci80"),
                "overlap": overlap(b.get("ci80"), s.get("ci80")),
            }
        issues.append({"id": issue["id"], "name": issue.get("name", issue["id"]), "models": rows})
    return {"scenario": base.get("scenario", ""), "issues": issues}


def whatif(
    scenario: Scenario,
    shocks: Iterable[Shock | str],
    **forecast_options: Any,
) -> dict[str, Any]:
    """Forecast the scenario with and without the shocks and compare (see :func:`compare`).

    ``forecast_options`` go to :func:`greatgame.models.forecast.forecast` (issue, models,
    draws, seed); both runs use the same options and seed.
    """
    from greatgame.models.forecast import forecast

    parsed = [s if isinstance(s, Shock) else parse_shock(s) for s in shocks]
    shocked = apply_shocks(scenario, parsed)
    result = compare(forecast(scenario, **forecast_options), forecast(shocked, **forecast_options))
    result["shocks"] = [s.text for s in parsed]
    return result
