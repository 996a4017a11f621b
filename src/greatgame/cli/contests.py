"""`greatgame contests [PATHS...]`: the questions a corpus follows, one line each."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from greatgame.cli.help import date_option, examples
from greatgame.progress import counting_bar
from greatgame.system.build import HALF_LIFE_DAYS
from greatgame.system.timeline import PERIODS

err = Console(stderr=True)

CONTESTS_EXAMPLES = examples(
    "greatgame contests voa_stories.jsonl",
    "greatgame contests news/ --db corpus.duckdb --as-of 2020-02-29",
    "greatgame contests --db corpus.duckdb --json",
    "greatgame contests --db corpus.duckdb --contest sanctions-tur-2019-11 --timeline week",
    "greatgame contests --db corpus.duckdb --timeline month --half-life 180 --json",
)


def register(app: typer.Typer) -> None:
    app.command("contests", epilog=CONTESTS_EXAMPLES)(contests)


@contextmanager
def article_bar(description: str = "reading articles") -> Iterator[Any]:
    """A progress bar on stderr over a corpus's articles (articles read, time left); the
    yielded function is called once per article, its ``size(total)`` once."""
    with counting_bar(err) as progress:
        task = progress.add_task(description, total=None)

        def tick(_article: object = None) -> None:
            progress.advance(task)

        tick.size = lambda total: progress.update(task, total=total)  # type: ignore[attr-defined]
        yield tick


def as_json(contest: Any) -> dict[str, Any]:
    """One contest as the interface of issue 20 gives it (keep these keys)."""
    return {
        "id": contest.id,
        "question": contest.question,
        "kind": contest.kind,
        "first": contest.first.isoformat() if contest.first else None,
        "last": contest.last.isoformat() if contest.last else None,
        "actors": contest.actors(),
        "articles": [
            {"id": a.id, "source": a.source, "title": a.title,
             "published": a.published.isoformat() if a.published else None}
            for a in contest.articles
        ],
    }


def contests(
    paths: list[Path] = typer.Argument(
        None, help="Article files, directories or JSON Lines [default: the store's articles]."),
    db: Path | None = typer.Option(
        None, "--db", help="A store: its articles when no PATHS are given; what is "
                           "extracted is kept there and not extracted again."),
    as_of: str | None = typer.Option(
        None, "--as-of", help="Only articles published by this date, YYYY-MM-DD."),
    contest: list[str] = typer.Option(
        [], "--contest", help="Only this contest (its id; repeatable)."),
    every: str | None = typer.Option(
        None, "--timeline", help="Each contest period by period: week or month (positions, "
                                 "saliences and the headline forecast at each period's end)."),
    half_life: float = typer.Option(
        HALF_LIFE_DAYS, "--half-life", min=1.0,
        help="Days after which evidence weighs half (with --timeline)."),
    draws: int = typer.Option(1000, "--draws", min=0,
                              help="Monte Carlo draws per forecast (with --timeline)."),
    seed: int = typer.Option(0, "--seed", help="Random seed (with --timeline)."),
    as_json_: bool = typer.Option(False, "--json", help="Print one JSON object on stdout."),
) -> None:
    """List the contests of a corpus: the same question (kind, focus, weapon system) across
    articles is one contest; unrelated stories never share one.

    Each line: the question, its span of dates, its articles and its top actors. With
    --timeline, each contest's positions and forecast at the end of every week or month.
    """
    from greatgame.api import read_corpus, timeline
    from greatgame.system.corpus import find_contests

    when = date_option(as_of, "--as-of")
    if every is not None and every not in PERIODS:
        raise typer.BadParameter(f"{every!r}: use one of {', '.join(PERIODS)}",
                                 param_hint="--timeline")
    with article_bar() as tick:
        extractions = read_corpus(paths or [], db=db, as_of=when, tick=tick, size=tick.size)
    with article_bar("finding contests") as tick:
        tick.size(len(extractions))
        found = find_contests(extractions, tick=tick)
    if contest:
        unknown = sorted(set(contest) - {c.id for c in found})
        if unknown:
            raise typer.BadParameter(f"no contest {', '.join(unknown)} in this corpus "
                                     f"(list them without --contest)", param_hint="--contest")
        found = [c for c in found if c.id in contest]
    timelines = {}
    if every is not None:
        with article_bar("contests over time") as tick:
            tick.size(len(found))
            for c in found:
                timelines[c.id] = timeline(c, every=every, as_of=when, draws=draws, seed=seed,
                                           half_life_days=half_life)
                tick()
    if as_json_:
        listed = [as_json(c) | ({"timeline": timelines[c.id].as_json()} if timelines else {})
                  for c in found]
        typer.echo(json.dumps({"contests": listed}, indent=2, ensure_ascii=False))
        return
    out = Console()
    several = sum(len(c.extractions) > 1 for c in found)
    table = Table("contest", "question", "first", "last", "articles", "top actors",
                  title=f"{len(found)} contests in {len(extractions)} articles "
                        f"({several} with two or more)", title_justify="left")
    table.columns[0].no_wrap = True
    for c in found:
        table.add_row(c.id, c.question, str(c.first or "-"), str(c.last or "-"),
                      str(len(c.extractions)), ", ".join(c.actors()))
    out.print(table)
    for c in found:
        if c.id in timelines:
            out.print(history_table(timelines[c.id]))


def history_table(line: Any) -> Table:
    """A contest's forecast at the end of each period, with the articles read by then."""
    table = Table("period", "issue", "articles", "forecast", "80% interval", "model",
                  title=f"{line.contest.id}: {line.contest.question}, by {line.every}",
                  title_justify="left")
    for f in line.forecasts:
        table.add_row(str(f.period), f.issue, str(f.articles), f"{f.forecast:.1f}",
                      f"{f.ci80[0]:.1f}-{f.ci80[1]:.1f}" if f.ci80 else "-", f.model)
    return table
