"""The report's contests: an index (one line each) and, per contest, its course over time.

A corpus follows several questions (:mod:`greatgame.system.corpus`); each comes to the
report as a :class:`~greatgame.system.timeline.Timeline`, its system and headline forecast
at the end of every week or month. The index gives per contest its question, the latest
headline forecast with its 80 % interval, the trend since the period before (the latest
forecast minus the one before it, on the same issue) and its articles; each contest's
section draws every actor's position over time with the forecast and its interval beside
them, and keeps its tables collapsed so a 100-article report stays readable.

A corpus run (:mod:`greatgame.api_corpus`) gives each contest its own system, forecast
and what-ifs (:class:`~greatgame.report.inputs.ContestInputs`): its line in the index
then gives that forecast, and its section shows that system's answer, every model's
forecast, the what-ifs and each player's position with its evidence
(:func:`own_system`), the timeline beside them when one was made.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from greatgame.records import Issue
from greatgame.report import answers, charts, context
from greatgame.report.inputs import ContestInputs
from greatgame.report.sources import Sources
from greatgame.system.timeline import ForecastPoint, Timeline

if TYPE_CHECKING:
    from greatgame.system.corpus import Contest

#: A trend smaller than this (points on the issue's scale) is shown as steady.
STEADY = 0.05


def headline_issue(line: Timeline) -> str | None:
    """The issue the contest's latest forecast is about (its question, narrowed)."""
    return line.forecasts[-1].issue if line.forecasts else None


def history(line: Timeline, issue: str | None = None) -> list[ForecastPoint]:
    """The forecasts of ``issue`` (the headline issue by default), oldest first."""
    issue = issue or headline_issue(line)
    return [f for f in line.forecasts if f.issue == issue]


def trend(line: Timeline) -> float | None:
    """The latest headline forecast minus the one of the period before; None with a single
    period."""
    points = history(line)
    return points[-1].forecast - points[-2].forecast if len(points) > 1 else None


def _issue(line: Timeline, issue_id: str | None) -> Issue | None:
    for step in reversed(line.steps):
        for issue in step.system.scenario.issues:
            if issue.id == issue_id:
                return issue
    return None


def _names(line: Timeline) -> dict[str, str]:
    names: dict[str, str] = {}
    for step in line.steps:
        for actor in step.system.scenario.actors:
            names[actor.id] = actor.name or actor.id
    return names


def index_rows(timelines: Sequence[Timeline]) -> list[dict[str, Any]]:
    """One row per contest, in the order given: key (the section's anchor), question,
    headline forecast, interval, trend, articles and span of dates."""
    rows = []
    for number, line in enumerate(timelines):
        points = history(line)
        last = points[-1] if points else None
        rows.append(_row(
            number, line.contest,
            model=last.model if last else None,
            forecast=last.forecast if last else None,
            ci80=last.ci80 if last else None,
            as_of=last.period.isoformat() if last else None,
            trend=trend(line),
        ))
    return rows


def _row(number: int, contest: Contest, **figures: Any) -> dict[str, Any]:
    """An index row: the contest's key, question, kind, articles and span of dates, with
    its forecast ``figures`` (model, forecast, ci80, as_of, trend)."""
    return {
        "key": f"contest{number}",
        "id": contest.id,
        "question": contest.question,
        "kind": contest.kind,
        **figures,
        "steady": STEADY,
        "articles": len(contest.extractions),
        "first": contest.first.isoformat() if contest.first else None,
        "last": contest.last.isoformat() if contest.last else None,
    }


def positions_figure(line: Timeline) -> dict[str, Any] | None:
    """The contest's chart (:func:`greatgame.report.charts.positions_over_time_figure`) on
    its headline issue; None when the contest has no issue to draw."""
    issue_id = headline_issue(line) or next(
        (p.issue for p in reversed(line.positions)), None)
    issue = _issue(line, issue_id)
    if issue is None:
        return None
    return charts.positions_over_time_figure(
        issue, [p for p in line.positions if p.issue == issue_id], history(line, issue_id),
        _names(line), every=line.every)


def own_rows(systems: Sequence[ContestInputs],
             timelines: Sequence[Timeline] = ()) -> list[dict[str, Any]]:
    """One row per contest of a corpus run, as :func:`index_rows`, its forecast the
    headline of the contest's own system (as ``forecast.json`` in its folder gives it)
    and its trend that of its timeline, when one was made."""
    lines = {line.contest.id: line for line in timelines}
    rows = []
    for number, entry in enumerate(systems):
        contest, line = entry.contest, lines.get(entry.contest.id)
        head = _own_headline(entry)
        rows.append(_row(
            number, contest,
            model=head["model"] if head else None,
            forecast=head["value"] if head else None,
            ci80=tuple(head["ci80"]) if head and head["ci80"] else None,
            as_of=entry.scenario.date.isoformat() if entry.scenario.date else None,
            trend=trend(line) if line is not None else None,
        ))
    return rows


def _own_headline(entry: ContestInputs) -> dict[str, Any] | None:
    """The headline forecast of the contest's first issue (its question)."""
    from greatgame.models.headline import choose, headline

    issues = list(entry.forecast.get("issues") or [])
    chosen = (entry.forecast.get("headline") or {}).get("model") or choose().model
    head = headline(issues[0], chosen) if issues else None
    return head if head and head["value"] is not None else None


def own_system(entry: ContestInputs, sources: Sources | None = None) -> dict[str, Any]:
    """What a contest's section shows of its own system: per issue the answer, every
    model's forecast and the what-if rows; each player's row (capability, and position
    with its evidence, per issue); and the folder holding its files."""
    inputs = entry.as_report()
    names = context.actor_names(inputs)
    found = {a.issue_id: a.sentence for a in answers.answers(inputs, names)}
    by_id = {str(i.get("id")): i for i in entry.forecast.get("issues") or []}
    return {
        "folder": entry.folder,
        "issues": [{"issue": issue, "answer": found.get(issue.id),
                    "forecasts": context.forecast_rows(
                        by_id.get(issue.id, {}).get("models") or {}),
                    "whatifs": context.whatif_rows(inputs, issue.id, names)}
                   for issue in entry.scenario.issues],
        "actors": context.actor_rows(inputs, sources),
        "notes": [n for n in entry.forecast.get("notes") or []
                  if "exchange skipped" not in n and "has a single issue" not in n],
    }


def sections(
    timelines: Sequence[Timeline], sources: Sources | None = None, *,
    systems: Sequence[ContestInputs] = (),
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Per contest what its section shows, and the figures its chart draws (by key): one
    per contest of ``systems`` when given (a corpus run, each with its own system and
    its timeline when one was made), else one per timeline."""
    known = {a["id"] for a in sources.articles()} if sources is not None else set()
    lines = {line.contest.id: line for line in timelines}
    if systems:
        rows = own_rows(systems, timelines)
        pairs = [(row, lines.get(e.contest.id), e) for row, e in zip(rows, systems, strict=True)]
    else:
        pairs = [(row, line, None) for row, line in zip(index_rows(timelines), timelines,
                                                        strict=True)]
    found, figures = [], {}
    for row, line, entry in pairs:
        contest = entry.contest if entry is not None else line.contest  # type: ignore[union-attr]
        section = row | _timeline_part(row["key"], line, figures) | {
            "own": own_system(entry, sources) if entry is not None else None,
            "article_list": [
                {"id": a.id, "title": a.title or a.source,
                 "published": a.published.isoformat() if a.published else "",
                 "linked": a.id in known}
                for a in contest.articles
            ],
        }
        if entry is not None and entry.scenario.issues:
            section["issue"] = entry.scenario.issues[0]
        found.append(section)
    return found, figures


def _timeline_part(key: str, line: Timeline | None, figures: dict[str, Any]
                   ) -> dict[str, Any]:
    """A section's course over time (its chart added to ``figures``); empty parts when
    the contest was not followed period by period."""
    if line is None:
        return {"chart": None, "issue": None, "every": None, "history": [],
                "positions": {"actors": [], "rows": []}}
    figure = positions_figure(line)
    if figure is not None:
        figures[f"{key}-positions"] = figure
    return {
        "chart": f"{key}-positions" if figure is not None else None,
        "issue": _issue(line, headline_issue(line)),
        "every": line.every,
        "history": [_history_row(f) for f in history(line)],
        "positions": _position_table(line, _names(line)),
    }


def _history_row(point: ForecastPoint) -> dict[str, Any]:
    return {"period": point.period.isoformat(), "model": point.model,
            "forecast": point.forecast, "ci80": point.ci80, "articles": point.articles}


def _position_table(line: Timeline, names: Mapping[str, str]) -> dict[str, Any]:
    """Periods as rows, actors as columns: "position (salience)" or empty."""
    issue_id = headline_issue(line)
    cells = {(p.period, p.actor): p for p in line.positions if p.issue == issue_id}
    actors = sorted({a for _, a in cells}, key=lambda a: (names.get(a, a), a))
    periods = sorted({d for d, _ in cells})
    return {
        "actors": [names.get(a, a) for a in actors],
        "rows": [{"period": d.isoformat(),
                  "cells": [(cells[(d, a)].position, cells[(d, a)].salience)
                            if (d, a) in cells else None for a in actors]}
                 for d in periods],
    }
