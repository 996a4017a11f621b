"""`greatgame ingest PATH...`: read articles, clean them, store them; report what happened."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from greatgame.cli.engine import ENGINE, SCHEDULER, WORKERS, engine_option
from greatgame.cli.help import date_option, examples
from greatgame.cli.output import print_error
from greatgame.engine import Engine, current
from greatgame.errors import InputError
from greatgame.ingest import expand
from greatgame.records import Article
from greatgame.store import DEFAULT_PATH, Store

BATCH = 256  # articles per transaction
LISTED = 25  # list every article in the summary up to this many


@dataclass
class IngestSummary:
    """What one ingest did: articles stored, already there, and items that failed."""

    db: Path
    files: int = 0
    new: list[Article] = field(default_factory=list)
    duplicates: list[Article] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "db": str(self.db),
            "files": self.files,
            "new": len(self.new),
            "duplicates": len(self.duplicates),
            "failed": len(self.failed),
            "articles": [_entry(a, "new") for a in self.new]
            + [_entry(a, "duplicate") for a in self.duplicates],
            "errors": [
                {"path": e.path, "where": e.where, "problem": e.problem, "message": e.message}
                for e in self.failed
            ],
        }


def ingest_paths(
    paths: Sequence[str | Path],
    *,
    db: str | Path = DEFAULT_PATH,
    date: dt.date | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    engine: Engine | None = None,
) -> IngestSummary:
    """Read every file under ``paths`` into the store at ``db``, a batch per transaction.

    Files (and runs of JSON lines) are read and cleaned by tasks on ``engine`` (default:
    :func:`greatgame.engine.current`, this process); this process alone writes, committing
    every BATCH articles, within a file as across files, so a JSON Lines file of thousands
    of records is streamed and an interrupted ingest keeps every batch committed before the
    interruption.

    Bad files (and bad JSON lines) are collected in the summary, not raised; store errors
    (locked, corrupt) are raised before anything is read. ``progress(done, total, name)`` is
    called before the first file and after each one.
    """
    from greatgame.batches import read_task, read_tasks

    summary = IngestSummary(db=Path(db))
    runner = engine if engine is not None else current()
    with Store(db) as store:
        files = list(expand(paths))
        summary.files = sum(1 for file in files if not isinstance(file, InputError))
        pending: list[Article] = []
        done = 0
        if progress is not None:
            progress(0, len(files), "")

        def flush() -> None:
            result = store.add_articles(pending)
            summary.new.extend(result.new)
            summary.duplicates.extend(result.duplicates)
            pending.clear()

        for read in chain.from_iterable(runner.map(read_task, read_tasks(files, date=date))):
            for item in read.items:
                if isinstance(item, InputError):
                    summary.failed.append(item)
                else:
                    pending.append(item)
                if len(pending) >= BATCH:  # within a file too: a kill keeps what came
                    flush()
            if read.finished is not None and progress is not None:
                done += 1
                progress(done, len(files), read.finished)
        if pending:
            flush()
    return summary


def register(app: typer.Typer) -> None:
    app.command("ingest", epilog=examples(
        "greatgame ingest story.html --date 2017-03-15 --db news.duckdb",
        "greatgame ingest voa/voa_stories.jsonl news/ --db news.duckdb --json",
    ))(ingest)


def ingest(
    paths: list[Path] = typer.Argument(
        ..., help="Files or directories: .txt, .html, .jsonl (directories are walked)."
    ),
    date: str | None = typer.Option(
        None, "--date", help="Publication date YYYY-MM-DD; overrides the page's own date."
    ),
    db: Path = typer.Option(DEFAULT_PATH, "--db", help="The DuckDB store to write to."),
    as_json: bool = typer.Option(False, "--json", help="Print a machine-readable summary."),
    engine: str | None = ENGINE,
    workers: int | None = WORKERS,
    scheduler: str | None = SCHEDULER,
) -> None:
    """Read articles, remove page debris, and store them (same bytes twice are stored once).

    Exit code 1 when any file or line could not be read; the others are stored anyway.
    """
    published = date_option(date)
    out = Console()
    err = Console(stderr=True)
    show_progress = not as_json and err.is_terminal
    with engine_option(engine, workers, scheduler) as running, Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not show_progress,
    ) as progress:
        task = progress.add_task("", total=None)

        def advance(done: int, total: int, name: str) -> None:
            progress.update(task, total=total, completed=done, description=name)

        summary = ingest_paths(paths, db=db, date=published, progress=advance,
                               engine=running)
    if as_json:
        out.print_json(json.dumps(summary.as_dict()))
    else:
        _render(summary, out, err)
    if summary.failed:
        raise typer.Exit(1)


def _entry(article: Article, status: str) -> dict[str, object]:
    return {
        "id": article.id,
        "status": status,
        "source": article.source,
        "title": article.title,
        "author": article.author,
        "published": article.published.isoformat() if article.published else None,
        "words": len(article.text.split()),
    }


def _render(summary: IngestSummary, out: Console, err: Console) -> None:
    rows = [(a, "new") for a in summary.new] + [(a, "duplicate") for a in summary.duplicates]
    if 0 < len(rows) <= LISTED:
        listing = Table(title="Articles", title_justify="left")
        for name in ("id", "status", "title", "author", "published", "words"):
            listing.add_column(name, overflow="fold", no_wrap=name in ("id", "published"))
        for article, status in rows:
            entry = _entry(article, status)
            listing.add_row(
                *(str(entry[k] or "") for k in ("id", "status", "title", "author")),
                str(entry["published"] or ""),
                str(entry["words"]),
            )
        out.print(listing)
    totals = Table(title=f"Ingested into {summary.db}", title_justify="left")
    totals.add_column("files", justify="right")
    totals.add_column("new", justify="right", style="green")
    totals.add_column("duplicate", justify="right")
    totals.add_column("failed", justify="right", style="red" if summary.failed else None)
    totals.add_row(
        *map(str, (summary.files, len(summary.new), len(summary.duplicates), len(summary.failed)))
    )
    out.print(totals)
    for error in summary.failed:
        print_error(error, label="failed")
