"""The forecast ledger: every forecast made, kept to be judged when the outcome is known.

Two append-only tables:

- ``ledger``: one row per forecast (run, issue, model): the contest and issue, the as-of
  date, when it was made, the SHA-256 of its inputs (the scenario), the model and its
  switches, greatgame's version, the point forecast, its 80 % interval and the
  probability that the outcome ends above the issue's midpoint (the share of Monte Carlo
  draws above it; without draws 1, 0 or 0.5 as the forecast lies above, below or on it).
- ``ledger_outcomes``: what happened to an issue, with its date. An issue is resolved
  once; a later resolution must say it amends the first (``amend=True`` and a note) and is
  added as a new row: nothing is changed silently, the latest row counts.

Scores (:func:`score`): per model, the number of resolved forecasts, the mean absolute
error on the issue's scale and the Brier score of ``p_above_mid`` against whether the
outcome ended above the midpoint.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import TYPE_CHECKING, Any

from greatgame import __version__
from greatgame.errors import InputError
from greatgame.records import Scenario

if TYPE_CHECKING:
    from greatgame.store.core import Store

DDL = (
    "CREATE TABLE IF NOT EXISTS ledger (id VARCHAR PRIMARY KEY, contest VARCHAR, "
    "issue VARCHAR, issue_name VARCHAR, as_of DATE, made_at TIMESTAMP, inputs_sha256 VARCHAR, "
    "model VARCHAR, switches JSON, version VARCHAR, forecast DOUBLE, ci80_low DOUBLE, "
    "ci80_high DOUBLE, p_above_mid DOUBLE, scale_low DOUBLE, scale_high DOUBLE)",
    "CREATE TABLE IF NOT EXISTS ledger_outcomes (issue VARCHAR, seq INTEGER, "
    "outcome DOUBLE, outcome_date DATE, recorded_at TIMESTAMP, note VARCHAR, "
    "PRIMARY KEY (issue, seq))",
)


def inputs_sha256(scenario: Scenario) -> str:
    """The SHA-256 of a forecast's inputs: the scenario as JSON, keys sorted."""
    payload = json.dumps(scenario.model_dump(mode="json"), sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def p_above_mid(entry: dict[str, Any], low: float, high: float) -> float:
    """The share of a model's Monte Carlo draws above the issue's midpoint, read from its
    histogram (whose edges include the midpoint on greatgame's even bins); without draws
    1, 0 or 0.5 as the forecast lies above, below or on the midpoint."""
    mid = (low + high) / 2
    histogram = (entry.get("distribution") or {}).get("histogram") or {}
    edges, counts = histogram.get("edges") or [], histogram.get("counts") or []
    total = sum(counts)
    if total:
        above = sum(c for c, left in zip(counts, edges, strict=False) if left >= mid)
        return above / total
    value = float(entry.get("forecast", mid))
    return 1.0 if value > mid else 0.0 if value < mid else 0.5


def record(store: Store, scenario: Scenario, forecast: dict[str, Any], *,
           contest: str | None = None, made_at: dt.datetime | None = None) -> int:
    """Add every forecast of a forecast JSON to the ledger; returns how many rows."""
    when = made_at or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    sha = inputs_sha256(scenario)
    rows = []
    for issue in forecast.get("issues", []):
        try:
            spec = scenario.issue(issue["id"])
        except KeyError:
            continue
        for model, entry in (issue.get("models") or {}).items():
            if entry.get("forecast") is None:
                continue
            ci = entry.get("ci80") or (None, None)
            key = f"{sha}:{issue['id']}:{model}:{when.isoformat()}"
            rows.append([
                hashlib.sha256(key.encode()).hexdigest()[:16], contest or scenario.name,
                issue["id"], spec.name, scenario.date, when, sha, model,
                json.dumps(entry.get("switches") or {}, sort_keys=True), __version__,
                float(entry["forecast"]), ci[0], ci[1], p_above_mid(entry, spec.low, spec.high),
                spec.low, spec.high,
            ])
    with store.transaction() as con:
        for row in rows:
            con.execute("INSERT INTO ledger VALUES (" + ", ".join("?" * len(row)) + ")", row)
    return len(rows)


def resolve(store: Store, issue: str, outcome: float, *, date: dt.date,
            amend: bool = False, note: str = "") -> None:
    """Record what happened to ``issue``. A resolved issue is resolved again only with
    ``amend=True`` and a note, as a new row; an unknown issue is an error."""
    con = store.connection
    known = con.execute("SELECT min(scale_low), max(scale_high) FROM ledger WHERE issue = ?",
                        [issue]).fetchone()
    if known is None or known[0] is None:
        raise InputError(store.path, f"no forecast of issue {issue!r} in the ledger",
                         where="ledger resolve")
    if not known[0] <= outcome <= known[1]:
        raise InputError(store.path, f"outcome {outcome:g} is outside the issue's scale "
                         f"{known[0]:g}..{known[1]:g}", where="ledger resolve")
    (count,) = con.execute("SELECT count(*) FROM ledger_outcomes WHERE issue = ?",
                           [issue]).fetchone()
    if count and not (amend and note.strip()):
        raise InputError(store.path, f"issue {issue!r} is resolved already; to change it, "
                         "amend it with a note saying why", where="ledger resolve")
    with store.transaction() as tx:
        tx.execute("INSERT INTO ledger_outcomes VALUES (?, ?, ?, ?, ?, ?)",
                   [issue, count + 1, outcome, date,
                    dt.datetime.now(dt.UTC).replace(tzinfo=None), note])


_FORECASTS = """
SELECT l.id, l.contest, l.issue, l.as_of, l.made_at, l.inputs_sha256, l.model, l.version,
       l.forecast, l.ci80_low, l.ci80_high, l.p_above_mid, o.outcome, o.recorded_at,
       l.scale_low, l.scale_high
FROM ledger l LEFT JOIN (
    SELECT issue, outcome, recorded_at FROM ledger_outcomes
    QUALIFY row_number() OVER (PARTITION BY issue ORDER BY seq DESC) = 1
) o USING (issue)
ORDER BY l.made_at, l.issue, l.model
"""


def forecasts(store: Store) -> list[dict[str, Any]]:
    """Every ledger row with the latest outcome of its issue (None when unresolved)."""
    rows = store.connection.execute(_FORECASTS).fetchall()
    out = []
    for (fid, contest, issue, as_of, made_at, sha, model, ver, value, lo, hi, p, outcome,
         resolved_at, scale_low, scale_high) in rows:
        out.append({
            "id": fid, "contest": contest, "issue": issue,
            "as_of": as_of.isoformat() if as_of else None, "made_at": made_at.isoformat(),
            "inputs_sha256": sha, "model": model, "version": ver, "forecast": value,
            "ci80": [lo, hi] if lo is not None else None, "p_above_mid": p,
            "outcome": outcome,
            "resolved_at": resolved_at.isoformat() if resolved_at else None,
            "scale": [scale_low, scale_high],
        })
    return out


def score(store: Store) -> dict[str, dict[str, float | int]]:
    """Per model over resolved forecasts: ``n``, ``mae`` and ``brier`` (see module doc)."""
    by_model: dict[str, list[tuple[float, float]]] = {}
    for row in forecasts(store):
        if row["outcome"] is None:
            continue
        low, high = row["scale"]
        above = 1.0 if row["outcome"] > (low + high) / 2 else 0.0
        by_model.setdefault(row["model"], []).append(
            (abs(row["forecast"] - row["outcome"]), (row["p_above_mid"] - above) ** 2))
    return {
        model: {"n": len(v), "mae": sum(e for e, _ in v) / len(v),
                "brier": sum(b for _, b in v) / len(v)}
        for model, v in sorted(by_model.items())
    }
