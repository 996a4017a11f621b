"""`greatgame extract PATH...` and `greatgame extract --jsonl FILE`: read the players.

Per article: actors, quotes, stances and dates (events are the event coder's), printed as
rich tables or, with ``--json``, one JSON object per article (JSON Lines when several).
Results are saved to the store, replacing an earlier extraction of the same article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from greatgame.engine import Engine
from greatgame.errors import InputError
from greatgame.files import MiB, read_limited
from greatgame.records import Article, Extraction
from greatgame.store import DEFAULT_PATH, Store

out = Console()
LIMIT = 256 * MiB  # a --jsonl file: its articles are all parsed in one go


def as_json(extraction: Extraction) -> dict[str, Any]:
    """The JSON shape other tools read (issue 5's contract; keep the keys)."""
    a = extraction.article
    return {
        "article": {"id": a.id, "title": a.title, "author": a.author,
                    "published": a.published.isoformat() if a.published else None,
                    "source": a.source},
        "actors": [
            {"id": r.id, "name": r.name, "kind": r.kind, "country": r.country,
             "sector": r.sector, "aliases": list(r.aliases),
             "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in r.mentions]}
            for r in extraction.actors
        ],
        "events": [e.model_dump(mode="json") for e in extraction.events],
        "quotes": [q.model_dump(mode="json") for q in extraction.quotes],
        "stances": [s.model_dump(mode="json") for s in extraction.stances],
        "dates": [d.model_dump(mode="json") for d in extraction.dates],
    }


def read_jsonl(path: Path) -> Iterator[tuple[str, Article]]:
    """Lines ``{"id","text","date"}`` as (line id, Article); InputError names the line."""
    data = read_limited(path, limit=LIMIT)
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise InputError(path, f"cannot be read as UTF-8 text ({exc.reason})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"not valid JSON ({exc.msg})", where=where) from exc
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise InputError(path, 'each line needs a "text" string', where=where)
        if not row["text"].strip():
            raise InputError(path, '"text" is empty', where=where)
        date = _parse_date(row.get("date"), path, where)
        line_id = str(row.get("id", number))
        yield line_id, _line_article(row["text"], f"{path}#{line_id}", date)


def _line_article(text: str, source: str, date: dt.date | None) -> Article:
    """A line's text as it is: a single sentence must not be cleaned away as page debris."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(id=digest[:16], source=source, sha256=digest, published=date,
                   raw_text=text, text=text.strip())


def _parse_date(value: object, path: Path | str, where: str | None) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InputError(path, f"date {value!r} is not YYYY-MM-DD", where=where) from exc


def extract(articles: Sequence[Article], *, db: str | Path | None = DEFAULT_PATH,
            engine: Engine | None = None) -> list[Extraction]:
    """Read every article and save each extraction to the store at ``db`` (None: don't).

    Batches of articles are extracted by tasks on ``engine`` (default: this process); each
    batch's extractions are saved in one transaction as it comes back."""
    from greatgame.batches import extract_batches

    results: list[Extraction] = []
    store = Store(db) if db is not None and articles else None
    try:
        for batch in extract_batches(articles, engine=engine):
            results.extend(batch)
            if store is not None:
                store.save_extractions(batch)
    finally:
        if store is not None:
            store.close()
    return results


def render(extraction: Extraction, console: Console = out) -> None:
    a = extraction.article
    console.rule(f"[bold]{a.title or a.source}[/]  {a.published or ''}")
    actors = Table("id", "name", "kind", "country", "sector", "mentions", title="Actors")
    for r in extraction.actors:
        actors.add_row(r.id, r.name, r.kind, r.country or "", r.sector or "",
                       str(len(r.mentions)))
    quotes = Table("speaker", "cue", "direct", "text", title="Quotes")
    for q in extraction.quotes:
        quotes.add_row(q.speaker or f"({q.speaker_text or '?'})", q.cue,
                       "yes" if q.direct else "", _short(q.text))
    stances = Table("holder", "cue", "target", "±", "proposition", title="Stances")
    for s in extraction.stances:
        stances.add_row(s.holder or "", s.cue, s.target or "", f"{s.polarity:+d}",
                        _short(s.text))
    dates = Table("text", "value", title="Dates")
    for d in extraction.dates:
        dates.add_row(d.text, d.value)
    for table in (actors, quotes, stances, dates):
        console.print(table)


def _short(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _articles(paths: Iterable[str], date: dt.date | None) -> list[Article]:
    from greatgame.ingest import read_path

    found: list[Article] = []
    for path in paths:
        found.extend(read_path(path, date=date))
    return found


def register(app: typer.Typer) -> None:
    from greatgame.cli.engine import ENGINE, SCHEDULER, WORKERS, engine_option
    from greatgame.cli.help import examples

    @app.command("extract", epilog=examples(
        "greatgame extract story.txt --date 2017-03-15 --db news.duckdb",
        "greatgame extract news/ --json --db news.duckdb > extractions.jsonl",
    ))
    def extract_command(
        paths: list[str] = typer.Argument(None, help="Files or folders to read."),
        date: str = typer.Option(None, "--date", help="Publication date YYYY-MM-DD."),
        as_json_flag: bool = typer.Option(False, "--json", help="Print JSON (Lines)."),
        jsonl: Path = typer.Option(None, "--jsonl", help='Read lines {"id","text","date"}.'),
        db: Path = typer.Option(DEFAULT_PATH, "--db", help="The store to save results to."),
        engine: str | None = ENGINE,
        workers: int | None = WORKERS,
        scheduler: str | None = SCHEDULER,
    ) -> None:
        """Read the players of each article: actors, quotes, stances and dates."""
        if jsonl is None and not paths:
            raise typer.BadParameter("give PATH... or --jsonl FILE")
        running = engine_option(engine, workers, scheduler)
        if jsonl is not None:
            pairs = list(read_jsonl(jsonl))
            with running:
                results = extract([a for _, a in pairs], db=db, engine=running)
            for (line_id, _), extraction in zip(pairs, results, strict=True):
                typer.echo(json.dumps({"id": line_id, **as_json(extraction)},
                                      ensure_ascii=False))
            return
        day = _parse_date(date, "--date", None)
        articles = _articles(paths, day)
        with running:
            results = extract(articles, db=db, engine=running)
        for extraction in results:
            if as_json_flag:
                typer.echo(json.dumps(as_json(extraction), ensure_ascii=False))
            else:
                render(extraction)
