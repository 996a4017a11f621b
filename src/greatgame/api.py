"""The Python API: runs the stages in order and hands records to the store.

``analyze`` is the whole pipeline: ingest -> nlp -> extract -> system -> forecast ->
what-ifs -> report. Each stage is also callable on its own (``read_articles``,
``extract_articles``, ``build_system`` in greatgame.system.build, ``forecast`` in
greatgame.models.forecast), so a notebook can stop and look at any point.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from greatgame.engine import Engine, current, use
from greatgame.errors import InputError
from greatgame.records import Article, Extraction, Scenario
from greatgame.system.build import (
    HALF_LIFE_DAYS,
    System,
    build_system,
    most_capable_outsider,
)
from greatgame.system.corpus import Contest, find_contests
from greatgame.system.timeline import ForecastPoint, Timeline, contest_steps, position_points

Progress = Callable[[str], None]
Tick = Callable[[Article], None]  # called once per article read or extracted
Counted = Callable[[int, int], None]  # (done, total): called once per contest done

NO_CONTEST = ("no contested issue found: declare one in {system} (an issue with cues, "
              "high_cues and low_cues; see the README, 'Declaring an issue') and run again")


@dataclass(frozen=True)
class Analysis:
    """What ``analyze`` produced, and where it wrote it. For a corpus of several contests
    (``contests`` not empty), ``system`` holds the contests' players side by side and no
    issue, ``forecast`` is the index of the contests and ``whatifs`` is empty: each
    contest's own are in its :class:`ContestRun`."""

    articles: tuple[Article, ...]
    extractions: tuple[Extraction, ...]
    system: System
    forecast: dict[str, Any]
    whatifs: tuple[dict[str, Any], ...]
    files: dict[str, Path]
    contests: tuple[ContestRun, ...] = ()


@dataclass(frozen=True)
class ContestRun:
    """One contest of a corpus run: its own system, forecast and what-ifs, and its files."""

    contest: Contest
    system: System
    forecast: dict[str, Any]
    whatifs: tuple[dict[str, Any], ...]
    files: dict[str, Path]


def read_articles(paths: Iterable[str | Path], *, date: dt.date | None = None) -> list[Article]:
    """Every article under ``paths`` (files or directories); the first bad file raises."""
    from greatgame.ingest import read_path

    articles: list[Article] = []
    for path in paths:
        articles.extend(read_path(path, date=date))
    if not articles:
        raise InputError(", ".join(map(str, paths)) or None, "no article found")
    return articles


def extract_articles(articles: Sequence[Article], *, nlp: Any = None,
                     tick: Tick | None = None, engine: Engine | None = None) -> list[Extraction]:
    """Actors, events, quotes, stances and dates of each article (``tick`` after each).

    Batches of articles are extracted by tasks on ``engine`` (default:
    :func:`greatgame.engine.current`, this process); given ``nlp``, every article is
    extracted here with that pipeline."""
    from greatgame.batches import extract_batches
    from greatgame.extract.pipeline import extract_article

    out: list[Extraction] = []
    if nlp is not None:
        for article in articles:
            out.append(extract_article(article, nlp))
            if tick is not None:
                tick(article)
        return out
    for batch in extract_batches(articles, engine=engine):
        out.extend(batch)
        for extraction in batch if tick is not None else ():
            tick(extraction.article)
    return out


def published_by(articles: Sequence[Article], as_of: dt.date | None) -> list[Article]:
    """The articles published on or before ``as_of`` (all when None); one without a date
    cannot be placed in time and is left out when a date is given. None left is an error."""
    if as_of is None:
        return list(articles)
    kept = [a for a in articles if a.published and a.published <= as_of]
    if not kept:
        raise InputError(None, f"no article published by {as_of} (of {len(articles)} read; "
                               "articles without a date are left out with --as-of)")
    return kept


def read_corpus(
    paths: Sequence[str | Path],
    *,
    db: str | Path | None = None,
    as_of: dt.date | None = None,
    date: dt.date | None = None,
    tick: Tick | None = None,
    size: Callable[[int], None] | None = None,
    engine: Engine | None = None,
) -> list[Extraction]:
    """The extractions of a corpus: of the articles under ``paths`` or, with none given,
    of every article in the store at ``db``, published by ``as_of``. An article the store
    has extracted already is not extracted again, and what is extracted anew is saved
    there (the store is the corpus's cache), a batch per transaction as tasks on
    ``engine`` return them. ``size`` is told how many articles there are, then ``tick``
    is called after each."""
    from greatgame.batches import extract_batches
    from greatgame.store import Store

    if not paths and (db is None or not Path(db).is_file()):
        raise InputError(db, "no articles: give files or directories, or a store with --db")
    store = Store(db) if db is not None else None
    try:
        articles = read_articles(paths, date=date) if paths else store.articles()  # type: ignore[union-attr]
        articles = published_by(articles, as_of)
        if size is not None:
            size(len(articles))
        done = set(store.extracted_ids()) if store is not None else set()
        stored = {a.id: store.extraction(a.id) for a in articles if a.id in done}  # type: ignore[union-attr]
        for article in articles:
            if tick is not None and stored.get(article.id) is not None:
                tick(article)
        todo = [a for a in articles if stored.get(a.id) is None]
        if store is not None and todo:
            store.add_articles(articles)
        new: list[Extraction] = []
        for batch in extract_batches(todo, engine=engine):
            new.extend(batch)
            if store is not None:
                store.save_extractions(batch)  # one transaction per batch
            for extraction in batch if tick is not None else ():
                tick(extraction.article)
    finally:
        if store is not None:
            store.close()
    fresh = {e.article.id: e for e in new}
    return [stored.get(a.id) or fresh[a.id] for a in articles]


def contests(
    paths: Sequence[str | Path],
    *,
    db: str | Path | None = None,
    as_of: dt.date | None = None,
    kinds: Sequence[Any] | None = None,
    tick: Tick | None = None,
) -> list[Contest]:
    """The contests of a corpus (:mod:`greatgame.system.corpus`): its articles read,
    extracted (or taken from the store at ``db``) and grouped by the question they raise."""
    extractions = read_corpus(paths, db=db, as_of=as_of, tick=tick)
    return find_contests(extractions, as_of=as_of, kinds=kinds)


def timeline(
    contest: Contest,
    *,
    every: str = "month",
    as_of: dt.date | None = None,
    half_life_days: float = HALF_LIFE_DAYS,
    kinds: Sequence[Any] | None = None,
    draws: int = 1000,
    seed: int = 0,
    model: str | None = None,
) -> Timeline:
    """``contest`` at the end of each week or month (``every``) up to its last article or
    ``as_of``: the positions and saliences read from the evidence published by then
    (:func:`greatgame.system.timeline.contest_steps`), and per issue the forecast of
    ``model`` (the headline model by default, :func:`greatgame.models.headline.choose`):
    the median of ``draws`` Monte Carlo draws from ``seed`` and its 80 % interval."""
    from greatgame.models.forecast import forecast
    from greatgame.models.headline import choose, headline

    wanted = model or choose().model
    steps = contest_steps(contest, every=every, as_of=as_of, half_life_days=half_life_days,
                          kinds=kinds)
    forecasts = []
    for step in steps:
        if not step.system.scenario.positions:
            continue
        result = forecast(step.system.scenario, models=(wanted,), draws=draws, seed=seed,
                          power=False).to_dict()
        for entry in result["issues"]:
            head = headline(entry, wanted)
            if head is None or head["value"] is None:
                continue
            ci = head.get("ci80")
            forecasts.append(ForecastPoint(step.period, entry["id"], head["model"],
                                           float(head["value"]),
                                           (float(ci[0]), float(ci[1])) if ci else None,
                                           step.articles))
    return Timeline(contest, every, tuple(steps), tuple(position_points(steps)),
                    tuple(forecasts))


def contest_timelines(
    extractions: Sequence[Extraction],
    *,
    every: str = "month",
    as_of: dt.date | None = None,
    tick: Tick | None = None,
    **options: Any,
) -> list[Timeline]:
    """Every contest of a corpus (:func:`greatgame.system.corpus.find_contests`, those with
    most articles first), each period by period (:func:`timeline`, given ``options``)."""
    found = find_contests(extractions, as_of=as_of, kinds=options.get("kinds"))
    lines = []
    for contest in found:
        lines.append(timeline(contest, every=every, as_of=as_of, **options))
        if tick is not None:
            tick(contest.articles[-1])
    return lines


def default_shocks(system: System) -> list[str]:
    """The what-if every system gets: the most capable outside actor leaves."""
    outsider = most_capable_outsider(system)
    return [f"remove:{outsider}"] if outsider else []


def forecast_with_whatifs(
    scenario: Scenario,
    shock_sets: Sequence[Sequence[str]],
    *,
    draws: int,
    seed: int,
    optional: frozenset[int] = frozenset(),
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The baseline forecast and, per shock set, its comparison with the baseline. A
    shock set whose index is in ``optional`` and that cannot apply (it would leave an
    issue without actors) is recorded as skipped, with the reason, instead of stopping
    the run."""
    from greatgame.models.forecast import forecast
    from greatgame.models.headline import choose
    from greatgame.models.shocks import apply_shocks, compare

    options = {"draws": draws, "seed": seed}
    baseline = _as_dict(forecast(scenario, **options))
    choice = choose()
    baseline["headline"] = {"model": choice.model, "why": choice.why}
    whatifs = []
    for number, shocks in enumerate(shock_sets):
        try:
            shocked_scenario = apply_shocks(scenario, shocks)
        except InputError as exc:
            if number not in optional:
                raise
            whatifs.append({"shocks": list(shocks), "skipped": exc.problem, "issues": []})
            continue
        result = compare(baseline, _as_dict(forecast(shocked_scenario, **options)))
        result["shocks"] = list(shocks)
        whatifs.append(result)
    return baseline, whatifs


def _as_dict(result: Any) -> dict[str, Any]:
    from greatgame.models.shocks import as_json

    return as_json(result)


def previous_scenario(path: Path) -> Scenario | None:
    """The system an earlier run wrote to ``path`` (and an analyst may have edited), or
    None when there is none."""
    if not path.is_file():
        return None
    from greatgame.scenario import load

    return load(path)


def imported_events(db: str | Path | None) -> list[Any]:
    """The event data imported into the store at ``db`` (``greatgame import``), as the
    relation graph reads them; none without a store or an import."""
    if db is None or not Path(db).exists():
        return []
    from greatgame.store import Store
    from greatgame.store.events_import import relation_events
    from greatgame.system.relations import ImportedEvent

    with Store(db, read_only=True) as store:
        return [ImportedEvent(*row) for row in relation_events(store)]


def analyze(
    paths: Sequence[str | Path],
    *,
    out: str | Path,
    date: dt.date | None = None,
    draws: int = 1000,
    seed: int = 0,
    shocks: Sequence[str] = (),
    db: str | Path | None = None,
    progress: Progress | None = None,
    kinds: Sequence[Any] | None = None,
    as_of: dt.date | None = None,
    half_life_days: float = HALF_LIFE_DAYS,
    tick: Tick | None = None,
    every: str | None = "month",
    engine: Engine | None = None,
    counted: Counted | None = None,
) -> Analysis:
    """Articles in, report out: the whole pipeline over ``paths``.

    Writes ``report.html``, ``system.yaml``, ``forecast.json``, ``whatif.json``,
    ``events.jsonl`` and ``graph.graphml`` into ``out``. An existing ``out/system.yaml``
    is read first: the issues, positions and capabilities an analyst set there are kept.
    Everything is stored in the DuckDB store at ``db`` (when given); event data imported
    into it (``greatgame import``) between the articles' actors join the relation graph,
    one tie per dyad and source. A text that holds no
    contest still gives every output, with a note (``forecast["notes"]``) saying how to
    declare an issue; a default what-if that cannot apply is skipped with a note.
    ``kinds``: the issue kinds to look for (:func:`greatgame.system.kinds.load_kinds`).
    ``as_of``: only articles published by that date are read, and the system is dated
    then; evidence loses half its weight every ``half_life_days`` before it. ``tick`` is
    called after each article is extracted (a progress bar).

    Articles that raise more than one contest (:func:`greatgame.system.corpus.find_contests`)
    never share a system: each contest gets its own system, forecast and what-ifs in
    ``out/contests/<id>/`` and ``forecast.json`` is their index
    (:func:`greatgame.api_corpus.analyze_contests`; ``counted`` is told each contest
    done). With more than one article, the report also follows each contest at the end
    of every ``every`` (week or month; None: no timelines). The articles are
    extracted, and the Monte Carlo draws run, by tasks on ``engine`` (default:
    :func:`greatgame.engine.current`); every engine gives the same outputs, byte for byte.
    """
    from greatgame.report.export import write_events_jsonl, write_graphml
    from greatgame.report.inputs import ReportInputs
    from greatgame.report.render import render_report
    from greatgame.scenario import save

    say = progress or (lambda _stage: None)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)

    running = engine if engine is not None else current()
    with use(running):  # the Monte Carlo below runs its chunks on it
        say("ingest")
        articles = published_by(read_articles(paths, date=date), as_of)
        say("extract")
        extractions = extract_articles(articles, tick=tick, engine=running)
        found = find_contests(extractions, as_of=as_of, kinds=kinds) \
            if len(extractions) > 1 else []
        if len(found) > 1:
            from greatgame.api_corpus import analyze_contests

            return analyze_contests(
                articles, extractions, found, out=out, as_of=as_of, kinds=kinds,
                half_life_days=half_life_days, draws=draws, seed=seed, shocks=shocks,
                every=every, db=db, say=say, counted=counted)
        say("system")
        system = build_system(extractions, previous=previous_scenario(out / "system.yaml"),
                              kinds=kinds, as_of=as_of, half_life_days=half_life_days,
                              imported=imported_events(db))
        say("forecast")
        baseline, whatifs = forecast_system(system, shocks, draws=draws, seed=seed,
                                            where=out / "system.yaml")
        timelines: list[Timeline] = []
        if every is not None and found:
            say("contests")
            timelines = [timeline(c, every=every, as_of=as_of, kinds=kinds,
                                  half_life_days=half_life_days, draws=draws, seed=seed)
                         for c in found]
    say("report")
    files = {
        "system": out / "system.yaml",
        "forecast": out / "forecast.json",
        "whatif": out / "whatif.json",
        "events": out / "events.jsonl",
        "graph": out / "graph.graphml",
        "report": out / "report.html",
    }
    save(system.scenario, files["system"])
    write_json(baseline, files["forecast"])
    write_json(whatifs, files["whatif"])
    write_events_jsonl(extractions, files["events"])
    write_graphml(system.graph, files["graph"])
    render_report(
        ReportInputs(
            scenario=system.scenario,
            forecast=baseline,
            whatifs=whatifs,
            extractions=extractions,
            graph=system.graph,
            blocs=[sorted(b) for b in system.blocs],
            timelines=timelines,
        ),
        files["report"],
    )
    if db is not None:
        say("store")
        with open_store(db, articles, extractions) as store:
            store_run(store, system.scenario, baseline, whatifs)
    return Analysis(
        articles=tuple(articles),
        extractions=tuple(extractions),
        system=system,
        forecast=baseline,
        whatifs=tuple(whatifs),
        files=files,
    )


def write_json(value: Any, path: Path) -> None:
    """``value`` as indented JSON (non-ASCII kept), ending with a newline."""
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def forecast_system(
    system: System, shocks: Sequence[str], *, draws: int, seed: int, where: Path
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The forecast of ``system`` and its what-ifs: the default one (the most capable
    outsider leaves, skipped with a note when it cannot apply) and ``shocks`` when given.
    A system without an issue gets a note saying how to declare one in ``where``."""
    notes = [] if system.scenario.issues else [NO_CONTEST.format(system=where)]
    default = default_shocks(system)
    shock_sets = ([default] if default else []) + ([list(shocks)] if shocks else [])
    optional = range(len(shock_sets) if not system.scenario.issues else int(bool(default)))
    baseline, whatifs = forecast_with_whatifs(system.scenario, shock_sets, draws=draws,
                                              seed=seed, optional=frozenset(optional))
    notes += [f"what-if {' '.join(w['shocks'])} skipped: {w['skipped']}"
              for w in whatifs if w.get("skipped")]
    baseline["notes"] = [*baseline.get("notes", []), *notes]
    return baseline, whatifs


@contextlib.contextmanager
def open_store(db: str | Path, articles: Sequence[Article],
               extractions: Sequence[Extraction]) -> Iterator[Any]:
    """The store at ``db`` holding ``articles`` and their ``extractions`` (added now)."""
    from greatgame.store import Store

    with Store(db) as store:
        store.add_articles(articles)
        store.save_extractions(extractions)
        yield store


def store_run(store: Any, scenario: Scenario, forecast: dict[str, Any],
              whatifs: Sequence[dict[str, Any]], *, contest: str | None = None) -> None:
    """One system's run in the store, and its forecasts in the ledger under ``contest``
    (the scenario's name when None)."""
    from greatgame.store.ledger import record
    from greatgame.store.runs import save_run

    save_run(store, scenario, forecast, list(whatifs))
    record(store, scenario, forecast, contest=contest)
