"""`greatgame analyze PATH...` and `greatgame demo`: articles in, report out."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from greatgame.cli.engine import ENGINE, SCHEDULER, WORKERS, engine_option
from greatgame.cli.help import date_option, examples
from greatgame.engine import Engine, open_engine
from greatgame.system.build import HALF_LIFE_DAYS
from greatgame.system.timeline import PERIODS

if TYPE_CHECKING:
    from greatgame.api import Analysis

STAGES = ("ingest", "extract", "system", "forecast", "contests", "report", "store")
DEMO_ARTICLE = "afghanistan-2017.txt"
DEMO_DATE = dt.date(2017, 3, 16)

err = Console(stderr=True)
out = Console()


ANALYZE_EXAMPLES = examples(
    "greatgame analyze story.txt --date 2021-07-08 --out out/",
    "greatgame analyze turkey.jsonl --out turkey/ --shock capability:RUS*1.5",
    "greatgame analyze news/ --out corpus/ --db corpus.duckdb --draws 2000 --seed 1",
    "greatgame analyze voa.jsonl --as-of 2019-12-31 --half-life 180 --out voa-2019/",
    "greatgame analyze voa.jsonl --timeline week --out voa/",
)
DEMO_EXAMPLES = examples("greatgame demo", "greatgame demo --out demo/ --draws 200")


def register(app: typer.Typer) -> None:
    app.command("analyze", epilog=ANALYZE_EXAMPLES)(analyze)
    app.command("demo", epilog=DEMO_EXAMPLES)(demo)


def store_path(db: Path | None, out_dir: Path) -> Path:
    """Where the run is stored: ``--db`` when given, else beside the outputs in ``out_dir``
    (never in the current directory unless the user says so)."""
    return db if db is not None else out_dir / "greatgame.duckdb"


def run(
    paths: list[Path],
    *,
    date: dt.date | None,
    out_dir: Path,
    draws: int,
    seed: int,
    shocks: list[str],
    db: Path | None,
    kinds: Path | None = None,
    as_of: dt.date | None = None,
    half_life_days: float = HALF_LIFE_DAYS,
    every: str | None = "month",
    engine: Engine | None = None,
) -> None:
    """Run the pipeline with a progress line per stage (and a bar over the articles while
    they are extracted), then print the summary. ``engine``: where the articles are
    extracted and the draws run (default: every core of this machine)."""
    from greatgame.api import analyze as run_analysis
    from greatgame.system.kinds import load_kinds

    issue_kinds = load_kinds(kinds) if kinds is not None else None

    with engine if engine is not None else open_engine() as running, Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=err, transient=True,
    ) as progress:
        task = progress.add_task("starting", total=len(STAGES))
        articles = progress.add_task("articles extracted", total=None, visible=False)
        contests = progress.add_task("contests", total=None, visible=False)

        def stage(name: str) -> None:
            progress.update(task, description=f"{name} ...", advance=1)
            progress.update(articles, visible=name == "extract")
            progress.update(contests, visible=name in ("system", "contests"), completed=0)

        analysis = run_analysis(
            paths, out=out_dir, date=date, draws=draws, seed=seed, shocks=shocks, db=db,
            progress=stage, kinds=issue_kinds, as_of=as_of, half_life_days=half_life_days,
            tick=lambda _article: progress.advance(articles), every=every, engine=running,
            counted=lambda done, total: progress.update(contests, completed=done, total=total),
        )
    if analysis.contests:
        print_contests(analysis)
    else:
        print_system(analysis)
    out.print(f"report: {analysis.files['report']}", soft_wrap=True, highlight=False)
    if db is not None:
        out.print(f"store: {db}", soft_wrap=True, highlight=False)


def print_system(analysis: Analysis) -> None:
    """The summary of a run that built one system: its size, answers and notes."""
    scenario = analysis.system.scenario
    out.print(
        f"[bold]{scenario.name}[/]: {len(analysis.articles)} article(s), "
        f"{len(scenario.actors)} actors, {len(scenario.issues)} issues",
        soft_wrap=True,
    )
    if scenario.issues:
        out.print(answer_table(analysis))
    for note in analysis.forecast.get("notes", []):
        if "exchange skipped" not in note:
            out.print(f"note: {note}", soft_wrap=True, highlight=False)


def print_contests(analysis: Analysis) -> None:
    """The summary of a corpus run: one row per contest (its question, the headline
    forecast of its issue, its articles and its folder), then the articles in none."""
    index = analysis.forecast
    listed = index["contests"]
    out.print(f"[bold]{len(analysis.articles)} articles[/]: {len(listed)} contests, "
              f"each with its own system", soft_wrap=True)
    table = Table("contest", "question", "forecast", "80% interval", "articles",
                  title="Contests (headline model; each contest's files in contests/ID/)",
                  title_justify="left")
    table.columns[0].no_wrap = True
    for contest in listed:
        head = next(iter(contest["issues"]), {})
        value, ci = head.get("forecast"), head.get("ci80")
        table.add_row(contest["id"], contest["question"],
                      "-" if value is None else f"{value:.1f}",
                      f"{ci[0]:.1f}-{ci[1]:.1f}" if ci else "-", str(len(contest["articles"])))
    out.print(table)
    if index["without_contest"]:
        out.print(f"{len(index['without_contest'])} article(s) raise no contest (their events "
                  "are in events.jsonl and the report)", soft_wrap=True, highlight=False)


def answer_table(analysis: object) -> Table:
    """One row per issue, as the report's first lines: the headline model's forecast, its
    interval and the default what-if's shift; the issue id is never cut (every model's
    numbers are in forecast.json and the report)."""
    from greatgame.report.answers import answers
    from greatgame.report.context import actor_names
    from greatgame.report.inputs import ReportInputs

    system = analysis.system  # type: ignore[attr-defined]
    inputs = ReportInputs(scenario=system.scenario, forecast=analysis.forecast,  # type: ignore[attr-defined]
                          whatifs=list(analysis.whatifs), graph=system.graph)  # type: ignore[attr-defined]
    table = Table("issue", "forecast", "80% interval", "model", "what-if shift",
                  title="Most likely outcomes (0-100; every model in forecast.json)",
                  title_justify="left")
    table.columns[0].no_wrap = True
    for answer in answers(inputs, actor_names(inputs)):
        shift = answer.shift
        table.add_row(
            answer.issue_id,
            "-" if answer.value is None else f"{answer.value:.1f}",
            f"{answer.ci80[0]:.1f}-{answer.ci80[1]:.1f}" if answer.ci80 else "-",
            answer.model or "-",
            "-" if shift is None else f"{shift.shift:+.1f} {' '.join(shift.shocks)}"
            + (" (significant)" if shift.significant else ""),
        )
    return table


def analyze(
    paths: list[Path] = typer.Argument(..., help="Article files or directories."),
    date: str | None = typer.Option(None, "--date", help="Publication date, YYYY-MM-DD."),
    out_dir: Path = typer.Option(Path("greatgame-out"), "--out", help="Folder for the outputs."),
    draws: int = typer.Option(1000, "--draws", min=0, help="Monte Carlo draws."),
    seed: int = typer.Option(0, "--seed", help="Random seed (same seed, same numbers)."),
    shock: list[str] = typer.Option(
        [], "--shock", help="A what-if shock, e.g. remove:USA (repeatable; see `whatif`)."
    ),
    db: Path | None = typer.Option(
        None, "--db", help="The DuckDB store to add the run to [default: OUT/greatgame.duckdb]."
    ),
    kinds: Path | None = typer.Option(
        None, "--kinds", help="A folder of your own issue kinds (YAML), besides the packaged."
    ),
    as_of: str | None = typer.Option(
        None, "--as-of", help="Only articles published by this date, YYYY-MM-DD; the "
                              "system and its forecast are dated then."),
    half_life: float = typer.Option(
        HALF_LIFE_DAYS, "--half-life", min=1.0,
        help="Days after which evidence weighs half (positions and relations)."),
    every: str = typer.Option(
        "month", "--timeline",
        help="With several articles, the report follows each contest by week or month "
             "(none: no contests)."),
    engine: str | None = ENGINE,
    workers: int | None = WORKERS,
    scheduler: str | None = SCHEDULER,
) -> None:
    """Read articles, build the actor system, forecast every issue and write the report.

    Writes OUT/report.html, system.yaml, forecast.json, whatif.json, events.jsonl and
    graph.graphml. Edit system.yaml and run again: what you set there is kept. Articles
    that raise several contests never share a system: each contest gets
    OUT/contests/ID/system.yaml, forecast.json and whatif.json, and OUT/forecast.json
    lists them.
    """
    if every not in (*PERIODS, "none"):
        raise typer.BadParameter(f"{every!r}: use one of {', '.join(PERIODS)}, none",
                                 param_hint="--timeline")
    run(paths, date=date_option(date), out_dir=out_dir, draws=draws, seed=seed, shocks=shock,
        db=store_path(db, out_dir), kinds=kinds, as_of=date_option(as_of, "--as-of"),
        half_life_days=half_life, every=None if every == "none" else every,
        engine=engine_option(engine, workers, scheduler))


def demo(
    out_dir: Path = typer.Option(Path("greatgame-out"), "--out", help="Folder for the outputs."),
    draws: int = typer.Option(1000, "--draws", min=0, help="Monte Carlo draws."),
    seed: int = typer.Option(0, "--seed", help="Random seed."),
) -> None:
    """Analyze the bundled example: Russia, the Taliban and the US in Afghanistan, 2017."""
    article = resources.files("greatgame").joinpath("examples", DEMO_ARTICLE)
    with resources.as_file(article) as path:
        run([path], date=DEMO_DATE, out_dir=out_dir, draws=draws, seed=seed, shocks=[],
            db=store_path(None, out_dir))
