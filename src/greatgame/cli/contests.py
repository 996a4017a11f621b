"""`greatgame contests [PATHS...]`: the questions a corpus follows, one line each."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from greatgame.cli.help import examples

err = Console(stderr=True)

CONTESTS_EXAMPLES = examples(
    "greatgame contests voa_stories.jsonl",
    "greatgame contests news/ --db corpus.duckdb --as-of 2020-02-29",
    "greatgame contests --db corpus.duckdb --json",
)


def register(app: typer.Typer) -> None:
    app.command("contests", epilog=CONTESTS_EXAMPLES)(contests)


@contextmanager
def article_bar(description: str = "reading articles") -> Iterator[Any]:
    """A progress bar on stderr over a corpus's articles (articles read, time left); the
    yielded function is called once per article, its ``size(total)`` once."""
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(),
        console=err, transient=True,
    ) as progress:
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


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD",
                                 param_hint="--as-of") from None


def contests(
    paths: list[Path] = typer.Argument(
        None, help="Article files, directories or JSON Lines [default: the store's articles]."),
    db: Path | None = typer.Option(
        None, "--db", help="A store: its articles when no PATHS are given; what is "
                           "extracted is kept there and not extracted again."),
    as_of: str | None = typer.Option(
        None, "--as-of", help="Only articles published by this date, YYYY-MM-DD."),
    as_json_: bool = typer.Option(False, "--json", help="Print one JSON object on stdout."),
) -> None:
    """List the contests of a corpus: the same question (kind, focus, weapon system) across
    articles is one contest; unrelated stories never share one.

    Each line: the question, its span of dates, its articles and its top actors.
    """
    from greatgame.api import read_corpus
    from greatgame.system.corpus import find_contests

    when = _date(as_of)
    with article_bar() as tick:
        extractions = read_corpus(paths or [], db=db, as_of=when, tick=tick, size=tick.size)
    with article_bar("finding contests") as tick:
        tick.size(len(extractions))
        found = find_contests(extractions, tick=tick)
    if as_json_:
        typer.echo(json.dumps({"contests": [as_json(c) for c in found]}, indent=2,
                              ensure_ascii=False))
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
