"""``analyze`` over a corpus: one system, forecast and what-if per contest.

Articles that raise more than one contest (:func:`greatgame.system.corpus.find_contests`)
never share a system. Each contest gets its own, built from its articles alone
(:func:`greatgame.system.corpus.contest_system`, as of the run's date), its own forecast
and default what-if, and its own folder::

    out/contests/<contest-id>/system.yaml   the contest's system (edit it and run again)
    out/contests/<contest-id>/forecast.json its forecast (the engine's JSON contract)
    out/contests/<contest-id>/whatif.json   its what-ifs

``out/forecast.json`` is then the index of the contests (:func:`contest_index`), and no
``out/system.yaml`` is written: a merged system of unrelated stories answers no
question. ``events.jsonl`` and the report keep every article read, those that raise no
contest too; ``graph.graphml`` holds the ties among each contest's players. In the store,
each contest's run is saved and its forecasts go to the ledger under the contest's id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from greatgame.api import (
    Analysis,
    ContestRun,
    Counted,
    Progress,
    forecast_system,
    imported_events,
    open_store,
    previous_scenario,
    store_run,
    timeline,
    write_json,
)
from greatgame.models.headline import choose, headline
from greatgame.records import Article, Extraction
from greatgame.system.build import System
from greatgame.system.corpus import Contest, contest_system, union
from greatgame.system.timeline import Timeline

CONTESTS = "contests"  # the folder, under ``out``, of one folder per contest


def contest_folder(out: Path, contest: Contest) -> Path:
    """Where a contest's files go: ``out/contests/<contest-id>``."""
    return out / CONTESTS / contest.id


def contest_files(out: Path, contest: Contest) -> dict[str, Path]:
    """A contest's ``system.yaml``, ``forecast.json`` and ``whatif.json`` in its folder."""
    folder = contest_folder(out, contest)
    return {name: folder / f"{name}.{ext}"
            for name, ext in (("system", "yaml"), ("forecast", "json"), ("whatif", "json"))}


def headlines(forecast: dict[str, Any], model: str) -> list[dict[str, Any]]:
    """Per issue of a forecast JSON: its id, name, the headline model's forecast (the
    median of the draws) and 80 % interval (:func:`greatgame.models.headline.headline`)."""
    rows = []
    for entry in forecast.get("issues", []):
        head = headline(entry, model) or {}
        rows.append({"id": entry["id"], "name": entry.get("name"),
                     "model": head.get("model"), "forecast": head.get("value"),
                     "ci80": head.get("ci80")})
    return rows


def contest_index(runs: Sequence[ContestRun], articles: Sequence[Article], *, out: Path,
                  as_of: dt.date | None, draws: int, seed: int) -> dict[str, Any]:
    """``out/forecast.json`` of a corpus run: ``{"as_of", "draws", "seed", "headline":
    {"model", "why"}, "contests": [{"id", "question", "kind", "first", "last",
    "articles": [article], "files": {"system", "forecast", "whatif"}, "issues": [{"id",
    "name", "model", "forecast", "ci80"}], "notes"}], "without_contest": [article]}``,
    each article ``{"id", "source", "title", "published"}`` as ``greatgame contests``
    gives it; files
    relative to ``out``, contests in :func:`~greatgame.system.corpus.find_contests`'s
    order (most articles first)."""
    choice = choose()
    placed = {a.id for run in runs for a in run.contest.articles}
    return {
        "as_of": as_of.isoformat() if as_of else None,
        "draws": draws,
        "seed": seed,
        "headline": {"model": choice.model, "why": choice.why},
        "contests": [{
            "id": run.contest.id,
            "question": run.contest.question,
            "kind": run.contest.kind,
            "first": _iso(run.contest.first),
            "last": _iso(run.contest.last),
            "articles": [_article(a) for a in run.contest.articles],
            "files": {k: p.relative_to(out).as_posix() for k, p in run.files.items()},
            "issues": headlines(run.forecast, choice.model),
            "notes": run.forecast.get("notes", []),
        } for run in runs],
        "without_contest": [_article(a) for a in articles if a.id not in placed],
    }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _article(article: Article) -> dict[str, Any]:
    """An article as ``greatgame contests --json`` lists it."""
    return {"id": article.id, "source": article.source, "title": article.title,
            "published": _iso(article.published)}


def analyze_contests(
    articles: Sequence[Article],
    extractions: Sequence[Extraction],
    found: Sequence[Contest],
    *,
    out: Path,
    as_of: dt.date | None,
    kinds: Sequence[Any] | None,
    half_life_days: float,
    draws: int,
    seed: int,
    shocks: Sequence[str],
    every: str | None,
    db: str | Path | None,
    say: Progress,
    counted: Counted | None = None,
) -> Analysis:
    """The corpus path of :func:`greatgame.api.analyze` (see the module's docstring):
    each contest of ``found`` run on its own, followed period by period when ``every``
    is given, then every file written and the runs stored."""
    count = counted or (lambda _done, _total: None)
    say("system")
    imported = imported_events(db)
    systems = []
    for number, contest in enumerate(found, 1):  # a system.yaml an analyst edited is kept
        previous = previous_scenario(contest_files(out, contest)["system"])
        systems.append(contest_system(contest, as_of=as_of, half_life_days=half_life_days,
                                      kinds=kinds, previous=previous, imported=imported))
        count(number, len(found))
    say("forecast")
    runs = []
    for number, (contest, system) in enumerate(zip(found, systems, strict=True), 1):
        files = contest_files(out, contest)
        baseline, whatifs = forecast_system(system, shocks, draws=draws, seed=seed,
                                            where=files["system"])
        runs.append(ContestRun(contest, system, baseline, tuple(whatifs), files))
        count(number, len(found))
    timelines: list[Timeline] = []
    if every is not None:
        say("contests")
        for number, contest in enumerate(found, 1):
            timelines.append(timeline(contest, every=every, as_of=as_of, kinds=kinds,
                                      half_life_days=half_life_days, draws=draws, seed=seed))
            count(number, len(found))
    dates = [a.published for a in articles if a.published]
    corpus = union([r.system for r in runs], name=f"{len(articles)} articles, "
                   f"{len(runs)} contests", date=as_of or max(dates, default=dt.date.today()))
    index = contest_index(runs, articles, out=out, as_of=as_of, draws=draws, seed=seed)
    files = write_corpus(runs, timelines, corpus, index, extractions, out=out, say=say)
    if db is not None:
        say("store")
        with open_store(db, articles, extractions) as store, store.transaction():
            for run in runs:  # every contest's run and forecasts, committed together
                store_run(store, run.system.scenario, run.forecast, run.whatifs,
                          contest=run.contest.id)
    return Analysis(articles=tuple(articles), extractions=tuple(extractions), system=corpus,
                    forecast=index, whatifs=(), files=files, contests=tuple(runs))


def write_corpus(
    runs: Sequence[ContestRun],
    timelines: Sequence[Timeline],
    corpus: System,
    index: dict[str, Any],
    extractions: Sequence[Extraction],
    *,
    out: Path,
    say: Callable[[str], None],
) -> dict[str, Path]:
    """Every contest's folder, the index, the events, the graph and the report."""
    from greatgame.report.export import write_events_jsonl, write_graphml
    from greatgame.report.inputs import ContestInputs, ReportInputs
    from greatgame.report.render import render_report
    from greatgame.scenario import save

    say("report")
    for run in runs:
        run.files["system"].parent.mkdir(parents=True, exist_ok=True)
        save(run.system.scenario, run.files["system"])
        write_json(run.forecast, run.files["forecast"])
        write_json(list(run.whatifs), run.files["whatif"])
    files = {"forecast": out / "forecast.json", "events": out / "events.jsonl",
             "graph": out / "graph.graphml", "report": out / "report.html"}
    write_json(index, files["forecast"])
    write_events_jsonl(extractions, files["events"])
    write_graphml(corpus.graph, files["graph"])
    render_report(ReportInputs(
        scenario=corpus.scenario, forecast={k: index[k] for k in ("draws", "seed")},
        extractions=extractions, graph=corpus.graph, timelines=timelines,
        contests=[ContestInputs(
            contest=run.contest, scenario=run.system.scenario, forecast=run.forecast,
            whatifs=run.whatifs, graph=run.system.graph,
            folder=run.files["system"].parent.relative_to(out).as_posix())
            for run in runs],
    ), files["report"])
    return files
