"""Turn the report inputs into plain, ordered data for the template.

Every function here is pure: it reads :class:`ReportInputs` and returns lists and dicts of
strings and numbers in a fixed order, so the same inputs always give the same page. Numbers
keep their source: each capability names its dataset and year (or says "default"), each
position lists the evidence behind it (or says who set it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from greatgame.records import Event, Evidence, Extraction, Position
from greatgame.report.answers import is_significant
from greatgame.report.inputs import (
    ReportInputs,
    ci80,
    finite,
    forecast_issues,
    ordered_models,
)
from greatgame.report.sources import Sources

#: The sixteen PLOVER event types, cooperative to conflictual.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ID_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")
#: Most events the page lists in full; the rest are in events.jsonl.
EVENT_TABLE_LIMIT = 1000


def actor_names(inputs: ReportInputs) -> dict[str, str]:
    """Display name of every actor id known to the inputs; the scenario's names win."""
    names: dict[str, str] = {}
    for extraction in inputs.extractions:
        for ref in extraction.actors:
            names.setdefault(ref.id, ref.name or ref.id)
    if inputs.graph is not None:
        for node, data in inputs.graph.nodes(data=True):
            if data.get("name"):
                names[str(node)] = str(data["name"])
    for actor in inputs.scenario.actors:
        names[actor.id] = actor.name or actor.id
    return names


def name_of(names: Mapping[str, str], actor_id: str | None) -> str:
    if actor_id is None:
        return "unresolved"
    return names.get(actor_id, actor_id)


def event_date(event: Event, extraction: Extraction) -> str | None:
    """The event's own date, else its article's publication date (ISO, reduced precision)."""
    if event.date:
        return event.date
    published = extraction.article.published
    return published.isoformat() if published else None


def plottable_date(value: str | None) -> str | None:
    """``value`` if a chart can place it on a time axis (YYYY, YYYY-MM or YYYY-MM-DD)."""
    return value if value and _ISO_DATE.match(value) else None


def event_flags(event: Event) -> list[str]:
    flags = ["negated", "future", "hypothetical", "historical"]
    return [flag for flag in flags if getattr(event, flag)]


def is_reported_fact(event: Event) -> bool:
    """True unless the event is negated, future, hypothetical or attributed speech."""
    return not (event.negated or event.future or event.hypothetical or event.attributed_to)


# --- summary ------------------------------------------------------------------------------


def summary(inputs: ReportInputs) -> dict[str, Any]:
    """What the text says in numbers, and the headline forecast of each issue."""
    extractions = inputs.extractions
    events = [e for x in extractions for e in x.events]
    quotes = [q for x in extractions for q in x.quotes]
    mentioned = {ref.id for x in extractions for ref in x.actors}
    counts = [
        ("articles", len(extractions)),
        ("actors mentioned", len(mentioned)),
        ("actors in the system", len(inputs.scenario.actors)),
        ("events", len(events)),
        ("of which reported as fact", sum(is_reported_fact(e) for e in events)),
        ("quotes", len(quotes)),
        ("of which direct", sum(q.direct for q in quotes)),
        ("stances", sum(len(x.stances) for x in extractions)),
        ("dates", sum(len(x.dates) for x in extractions)),
        ("issues", len(inputs.scenario.issues)),
        ("relations", _relation_count(inputs)),
    ]
    articles = [
        {
            "id": x.article.id,
            "title": x.article.title or x.article.source,
            "author": x.article.author,
            "published": x.article.published.isoformat() if x.article.published else "",
            "source": x.article.source,
        }
        for x in extractions
    ]
    return {"counts": counts, "articles": articles, "headlines": headlines(inputs)}


def _relation_count(inputs: ReportInputs) -> int:
    if inputs.graph is not None:
        return inputs.graph.number_of_edges()
    return len(inputs.scenario.relations)


def headlines(inputs: ReportInputs) -> list[dict[str, Any]]:
    """Per issue: the headline model's forecast (the median of its draws, see
    :mod:`greatgame.models.headline`) with its 80 % interval, and why that model."""
    from greatgame.models.headline import choose, headline

    by_id = forecast_issues(inputs.forecast)
    choice = choose()
    rows = []
    for issue in inputs.scenario.issues:
        row: dict[str, Any] = {
            "id": issue.id,
            "name": issue.name,
            "low": issue.low,
            "high": issue.high,
            "low_label": issue.low_label,
            "high_label": issue.high_label,
            "model": None,
            "why": choice.why,
            "basis": None,
        }
        head = headline(by_id.get(issue.id, {}), choice.model)
        value = finite(head["value"]) if head else None
        if head and value is not None:
            interval = head["ci80"]
            row.update(model=head["model"], forecast=value, ci80=interval,
                       basis=head["basis"], point=finite(head["point"]))
            row["pct"] = _percent(value, issue.low, issue.high)
            if interval:
                row["ci_pct"] = (
                    _percent(interval[0], issue.low, issue.high),
                    _percent(interval[1], issue.low, issue.high),
                )
        rows.append(row)
    return rows


def _percent(value: float, low: float, high: float) -> float:
    return round(100.0 * min(max((value - low) / (high - low), 0.0), 1.0), 2)


# --- actors -------------------------------------------------------------------------------


def evidence_row(item: Evidence, sources: Sources | None = None) -> dict[str, Any]:
    """One evidence item as the page shows it: what it is, what it says, where it is, and a
    link to its sentence in the embedded article (``link``: None when there is none)."""
    link = sources.link(item.article_id, item.start, item.end, item.text) if sources else None
    where = []
    if item.article_id and link is None:
        where.append(f"article {item.article_id}")
    if item.start is not None and item.end is not None and link is None:
        where.append(f"chars {item.start}\u2013{item.end}")
    if item.source:
        where.append(item.source)
    if item.year is not None:
        where.append(str(item.year))
    return {"kind": item.kind, "text": item.text, "where": ", ".join(where), "link": link}


def _position_cell(position: Position | None, sources: Sources | None) -> dict[str, Any] | None:
    if position is None:
        return None
    p_lo, p_hi = position.position_range
    s_lo, s_hi = position.salience_range
    return {
        "position": position.position,
        "position_low": p_lo,
        "position_high": p_hi,
        "salience": position.salience,
        "salience_low": s_lo,
        "salience_high": s_hi,
        "set_by": position.set_by,
        "evidence": [evidence_row(e, sources) for e in position.evidence],
    }


def is_default_source(source: str | None) -> bool:
    """True for a capability that comes from a documented default, not a dataset."""
    return not source or source.strip().lower().startswith("default")


def _default_note(source: str | None) -> str:
    """What a default source says beyond the word "default" ("default for state" -> "for
    state")."""
    if not is_default_source(source):
        return ""
    return (source or "").strip()[len("default") :].strip(" :,-")


def actor_rows(inputs: ReportInputs, sources: Sources | None = None) -> list[dict[str, Any]]:
    """One row per scenario actor: who it is, its capability and source, its positions."""
    mentions: Counter[str] = Counter()
    for extraction in inputs.extractions:
        for ref in extraction.actors:
            mentions[ref.id] += len(ref.mentions)
    held = {(p.actor, p.issue): p for p in inputs.scenario.positions}
    rows = []
    for actor in inputs.scenario.actors:
        low, high = actor.capability_range
        rows.append(
            {
                "id": actor.id,
                "name": actor.name,
                "kind": actor.kind.replace("_", " "),
                "country": actor.country or "",
                "sector": actor.sector or "",
                "aliases": ", ".join(actor.aliases),
                "mentions": mentions.get(actor.id, 0),
                "capability": actor.capability,
                "capability_low": low,
                "capability_high": high,
                "capability_source": actor.capability_source or "default",
                "capability_year": actor.capability_year,
                "capability_default": is_default_source(actor.capability_source),
                "capability_note": _default_note(actor.capability_source),
                "positions": [
                    _position_cell(held.get((actor.id, issue.id)), sources)
                    for issue in inputs.scenario.issues
                ],
            }
        )
    return rows


# --- events, quotes, stances --------------------------------------------------------------


def event_rows(inputs: ReportInputs, names: Mapping[str, str]) -> list[dict[str, Any]]:
    """Every event of every article, in article order then text order."""
    rows = []
    for extraction in inputs.extractions:
        for index, event in enumerate(extraction.events):
            rows.append(
                {
                    "id": f"{extraction.article.id}-e{index}",
                    "article": extraction.article.id,
                    "date": event_date(event, extraction) or "",
                    "type": event.type.upper(),
                    "mode": event.mode,
                    "context": event.context,
                    "cameo": event.cameo,
                    "goldstein": finite(event.goldstein),
                    "intensity": finite(event.intensity),
                    "source": _names(names, event.source),
                    "target": _names(names, event.target),
                    "flags": event_flags(event),
                    "attributed_to": name_of(names, event.attributed_to)
                    if event.attributed_to
                    else "",
                    "fact": is_reported_fact(event),
                    "text": event.sentence,
                }
            )
    return rows


def _names(names: Mapping[str, str], ids: Iterable[str]) -> str:
    return ", ".join(name_of(names, i) for i in ids) or "\u2014"


def quote_rows(inputs: ReportInputs, names: Mapping[str, str],
               sources: Sources | None = None) -> list[dict[str, Any]]:
    rows = []
    for extraction in inputs.extractions:
        for quote in extraction.quotes:
            rows.append(
                {
                    "speaker": name_of(names, quote.speaker) if quote.speaker else "",
                    "speaker_text": quote.speaker_text,
                    "text": quote.text,
                    "direct": quote.direct,
                    "cue": quote.cue,
                    "where": f"{extraction.article.id}, chars {quote.start}\u2013{quote.end}",
                    "link": sources.link(extraction.article.id, quote.start, quote.end)
                    if sources else None,
                }
            )
    return rows


def stance_rows(inputs: ReportInputs, names: Mapping[str, str],
                sources: Sources | None = None) -> list[dict[str, Any]]:
    rows = []
    for extraction in inputs.extractions:
        for stance in extraction.stances:
            rows.append(
                {
                    "holder": name_of(names, stance.holder),
                    "target": name_of(names, stance.target) if stance.target else "\u2014",
                    "polarity": stance.polarity,
                    "cue": stance.cue,
                    "text": stance.text,
                    "sentence": stance.sentence,
                    "where": f"{extraction.article.id}, chars {stance.start}\u2013{stance.end}",
                    "link": sources.link(extraction.article.id, stance.start, stance.end,
                                         stance.sentence) if sources else None,
                }
            )
    return rows


# --- per issue: the numbers beside the charts ---------------------------------------------


def forecast_rows(models: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One row per model: forecast, 80 % interval, draws and rounds."""
    rows = []
    for model in ordered_models(models):
        entry = models[model]
        rows.append(
            {
                "model": model,
                "forecast": finite(entry.get("forecast")),
                "ci80": ci80(entry),
                "draws": entry.get("draws"),
                "rounds": max(len(entry.get("rounds") or ()) - 1, 0),
            }
        )
    return rows


def shock_label(shock: str, names: Mapping[str, str]) -> str:
    """A shock with actor names for ids: ``capability:RUS*1.5`` -> ``capability Russia*1.5``.

    The shock syntax is the engine's (``remove:A``, ``capability:A*F``, ``position:A@I=V``,
    ``relation:A-B=W``); anything else is shown with its known ids replaced.
    """
    kind, _, rest = str(shock).partition(":")
    if not rest:
        return kind
    named = _ID_TOKEN.sub(lambda m: names.get(m.group(0), m.group(0)), rest)
    return f"{kind} {named}"


def whatif_rows(
    inputs: ReportInputs, issue_id: str, names: Mapping[str, str]
) -> list[dict[str, Any]]:
    """One row per shock set and model on one issue."""
    rows = []
    for whatif in inputs.whatifs:
        label = "; ".join(shock_label(s, names) for s in whatif.get("shocks", ()))
        for entry in whatif.get("issues", ()) or ():
            if str(entry.get("id")) != issue_id:
                continue
            models = entry.get("models", {}) or {}
            for model in ordered_models(models):
                item = models[model]
                rows.append(
                    {
                        "shocks": label or "(none)",
                        "model": model,
                        "baseline": finite(item.get("baseline")),
                        "scenario": finite(item.get("scenario")),
                        "shift": finite(item.get("shift")),
                        "scenario_ci80": ci80({"ci80": item.get("scenario_ci80")}),
                        "overlap": bool(item.get("overlap")),
                        "significant": is_significant(item.get("overlap"),
                                                      finite(item.get("shift"))),
                    }
                )
    return rows
