"""Exports for other tools: GraphML for Gephi, PLOVER-style events as JSON Lines, and the
actors, positions, relations, forecasts and what-ifs as pandas tables (CSV and Parquet).

Every writer is deterministic (stable row order, sorted keys) and returns the path it wrote.
The ``*_frame`` functions are the Python API: they return DataFrames for notebooks.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from greatgame.errors import GreatgameError
from greatgame.records import Extraction, Scenario
from greatgame.registry import exporters
from greatgame.report.context import event_date
from greatgame.report.inputs import ReportInputs, ci80, finite, forecast_issues, ordered_models
from greatgame.report.network import bloc_of

TABLE_FORMATS = ("csv", "parquet")


def _target(path: str | Path) -> Path:
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise GreatgameError(f"{target.parent}: cannot create folder ({error.strerror})") from error
    return target


def _graphml_value(value: Any) -> str | int | float | bool | None:
    """A value GraphML can hold: scalars as they are, collections of scalars joined with
    ';', collections of records (evidence items) by their count, mappings as JSON text."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if finite(value) is not None else None
    if hasattr(value, "model_dump_json"):
        return value.model_dump_json()
    if isinstance(value, Mapping):
        return json.dumps(value, sort_keys=True, default=str)
    if isinstance(value, Iterable):
        items = list(value)
        if all(isinstance(v, str | int | float) for v in items):
            return ";".join(sorted(str(v) for v in items))
        return len(items)
    number = finite(value)  # numpy scalars
    return number if number is not None else str(value)


def write_graphml(
    graph: nx.Graph, path: str | Path, *, blocs: Sequence[Iterable[str]] = ()
) -> Path:
    """Write the relation graph as GraphML (nodes and edges in sorted order).

    Attributes GraphML cannot hold are converted: lists and sets become ``a;b;c``, mappings
    JSON text, missing values are left out. Each node in a bloc gets a ``bloc`` number (1..).
    """
    member = bloc_of(blocs)
    clean = nx.Graph()
    clean.graph.update(
        {k: v for k, v in ((k, _graphml_value(v)) for k, v in graph.graph.items()) if v is not None}
    )
    for node in sorted(graph.nodes, key=str):
        attrs = {k: _graphml_value(v) for k, v in sorted(graph.nodes[node].items())}
        if str(node) in member:
            attrs["bloc"] = member[str(node)] + 1
        clean.add_node(str(node), **{k: v for k, v in attrs.items() if v is not None})
    edges = sorted(
        (tuple(sorted((str(a), str(b)))) + (d,) for a, b, d in graph.edges(data=True)),
        key=lambda e: (e[0], e[1]),
    )
    for a, b, data in edges:
        attrs = {k: _graphml_value(v) for k, v in sorted(data.items())}
        clean.add_edge(a, b, **{k: v for k, v in attrs.items() if v is not None})
    target = _target(path)
    nx.write_graphml(clean, target, encoding="utf-8")
    return target


def event_records(extractions: Sequence[Extraction]) -> list[dict[str, Any]]:
    """Events as PLOVER-style records, one dict per event, in article then text order."""
    records = []
    for extraction in extractions:
        article = extraction.article
        for index, event in enumerate(extraction.events):
            records.append(
                {
                    "id": f"{article.id}-e{index}",
                    "article_id": article.id,
                    "date": event_date(event, extraction),
                    "date_source": "text" if event.date else "publication",
                    "source_actors": list(event.source),
                    "target_actors": list(event.target),
                    "type": event.type.upper(),
                    "mode": event.mode,
                    "context": event.context,
                    "cameo": event.cameo,
                    "goldstein": finite(event.goldstein),
                    "intensity": finite(event.intensity),
                    "negated": event.negated,
                    "future": event.future,
                    "hypothetical": event.hypothetical,
                    "historical": event.historical,
                    "attributed_to": event.attributed_to,
                    "text": event.sentence,
                    "start": event.start,
                    "end": event.end,
                }
            )
    return records


def write_events_jsonl(extractions: Sequence[Extraction], path: str | Path) -> Path:
    """Write every event as one JSON object per line (see :func:`event_records`)."""
    target = _target(path)
    with target.open("w", encoding="utf-8", newline="\n") as out:
        for record in event_records(extractions):
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    return target


# --- tables -------------------------------------------------------------------------------


def actors_frame(scenario: Scenario) -> pd.DataFrame:
    """One row per actor: identity and capability with its range, source and year."""
    rows = []
    for a in scenario.actors:
        low, high = a.capability_range
        rows.append(
            {
                "id": a.id, "name": a.name, "kind": a.kind, "country": a.country,
                "sector": a.sector, "capability": a.capability, "capability_low": low,
                "capability_high": high, "capability_source": a.capability_source,
                "capability_year": a.capability_year, "aliases": ";".join(a.aliases),
            }
        )  # fmt: skip
    frame = pd.DataFrame(rows, columns=list(rows[0]) if rows else None)
    return frame.astype({"capability_year": "Int64"}) if rows else frame


def positions_frame(scenario: Scenario) -> pd.DataFrame:
    """One row per actor and issue with a position: position and salience with ranges."""
    rows = []
    for p in scenario.positions:
        (p_lo, p_hi), (s_lo, s_hi) = p.position_range, p.salience_range
        rows.append(
            {
                "actor": p.actor, "issue": p.issue, "position": p.position,
                "position_low": p_lo, "position_high": p_hi, "salience": p.salience,
                "salience_low": s_lo, "salience_high": s_hi, "set_by": p.set_by,
                "evidence": len(p.evidence),
                "evidence_text": " | ".join(e.text for e in p.evidence if e.text),
            }
        )  # fmt: skip
    return pd.DataFrame(rows)


def relations_frame(scenario: Scenario) -> pd.DataFrame:
    rows = [
        {"a": r.a, "b": r.b, "weight": r.weight, "evidence": len(r.evidence)}
        for r in scenario.relations
    ]
    return pd.DataFrame(rows, columns=["a", "b", "weight", "evidence"])


def forecasts_frame(forecast: Mapping[str, Any]) -> pd.DataFrame:
    """One row per issue and model: forecast, 80 % interval, draws and rounds."""
    rows = []
    for issue_id, entry in forecast_issues(forecast).items():
        models = entry.get("models", {}) or {}
        for model in ordered_models(models):
            item = models[model]
            interval = ci80(item) or (None, None)
            rows.append(
                {
                    "issue": issue_id, "model": model, "forecast": finite(item.get("forecast")),
                    "ci80_low": interval[0], "ci80_high": interval[1],
                    "draws": item.get("draws"),
                    "rounds": max(len(item.get("rounds") or ()) - 1, 0),
                }
            )  # fmt: skip
    columns = ["issue", "model", "forecast", "ci80_low", "ci80_high", "draws", "rounds"]
    return pd.DataFrame(rows, columns=columns).astype({"draws": "Int64", "rounds": "Int64"})


def whatifs_frame(whatifs: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """One row per shock set, issue and model: baseline, scenario, shift and overlap."""
    rows = []
    for whatif in whatifs:
        shocks = ";".join(str(s) for s in whatif.get("shocks", ()))
        for entry in whatif.get("issues", ()) or ():
            models = entry.get("models", {}) or {}
            for model in ordered_models(models):
                item = models[model]
                rows.append(
                    {
                        "shocks": shocks, "issue": str(entry.get("id")), "model": model,
                        "baseline": finite(item.get("baseline")),
                        "scenario": finite(item.get("scenario")),
                        "shift": finite(item.get("shift")), "overlap": bool(item.get("overlap")),
                    }
                )  # fmt: skip
    columns = ["shocks", "issue", "model", "baseline", "scenario", "shift", "overlap"]
    return pd.DataFrame(rows, columns=columns)


def events_frame(extractions: Sequence[Extraction]) -> pd.DataFrame:
    """The PLOVER-style event records as a table; actor lists joined with ';'."""
    records = event_records(extractions)
    for record in records:
        record["source_actors"] = ";".join(record["source_actors"])
        record["target_actors"] = ";".join(record["target_actors"])
    return pd.DataFrame(records)


def tables(inputs: ReportInputs) -> dict[str, pd.DataFrame]:
    """Every table the exporters write, by name."""
    return {
        "actors": actors_frame(inputs.scenario),
        "positions": positions_frame(inputs.scenario),
        "relations": relations_frame(inputs.scenario),
        "forecasts": forecasts_frame(inputs.forecast),
        "whatifs": whatifs_frame(inputs.whatifs),
        "events": events_frame(inputs.extractions),
    }


def write_tables(
    inputs: ReportInputs, folder: str | Path, *, formats: Sequence[str] = TABLE_FORMATS
) -> list[Path]:
    """Write each table as ``folder/NAME.csv`` and/or ``folder/NAME.parquet``."""
    unknown = sorted(set(formats) - set(TABLE_FORMATS))
    if unknown:
        raise GreatgameError(f"unknown table format {unknown[0]!r} (known: csv, parquet)")
    written = []
    for name, frame in tables(inputs).items():
        for fmt in formats:
            target = _target(Path(folder) / f"{name}.{fmt}")
            if fmt == "csv":
                frame.to_csv(target, index=False, lineterminator="\n")
            else:
                _write_parquet(frame, target)
            written.append(target)
    return written


def _write_parquet(frame: pd.DataFrame, target: Path) -> None:
    try:
        frame.to_parquet(target, index=False)
    except ImportError as error:
        raise GreatgameError(
            f"{target}: writing Parquet needs pyarrow (pip install pyarrow, or 'greatgame[dev]')"
        ) from error


exporters.register("graphml.v1")(write_graphml)
exporters.register("events_jsonl.v1")(write_events_jsonl)
exporters.register("tables.v1")(write_tables)
