"""`greatgame export --format plover`: stored events as PLOVER-style JSON records.

Each record follows the PLOVER gold-standard layout (``id``, ``date``, ``source``,
``target``, ``event``, ``mode``, ``context``, ``text``) with greatgame's additions: the CAMEO
code, Goldstein score, PLOVER intensity, the statement flags, ``attributed_to``, the
character span and the article it was read from.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import typer

from greatgame.records import ActorRef, Event, Extraction

FORMATS = ("plover",)


def register(app: typer.Typer) -> None:
    from greatgame.cli.help import examples

    app.command("export", epilog=examples(*EXPORT_EXAMPLES))(export)


def _actor(actor_id: str, known: dict[str, ActorRef]) -> dict[str, Any]:
    ref = known.get(actor_id)
    out: dict[str, Any] = {"actor": actor_id}
    if ref is not None:
        out.update(actorText=ref.name, code=ref.country or actor_id, sector=ref.sector or "")
    else:
        out.update(actorText=actor_id, code=actor_id, sector="")
    return out


def plover_record(event: Event, extraction: Extraction, seq: int) -> dict[str, Any]:
    """One event as a PLOVER-style JSON object."""
    article = extraction.article
    known = {a.id: a for a in extraction.actors}
    published = article.published.isoformat() if article.published else None
    return {
        "id": f"{article.id}-{seq:04d}",
        "date": event.date or published,
        "source": [_actor(a, known) for a in event.source],
        "target": [_actor(a, known) for a in event.target],
        "event": event.type,
        "mode": event.mode,
        "context": event.context,
        "text": event.sentence,
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "intensity": event.intensity,
        "negated": event.negated,
        "future": event.future,
        "hypothetical": event.hypothetical,
        "historical": event.historical,
        "attributed_to": event.attributed_to,
        "start": event.start,
        "end": event.end,
        "article_id": article.id,
        "publication": article.source,
        "published": published,
        "url": article.url,
    }


def plover_records(extractions: Iterable[Extraction]) -> Iterator[dict[str, Any]]:
    """Every stored event, article by article, in text order."""
    for extraction in extractions:
        for seq, event in enumerate(extraction.events):
            yield plover_record(event, extraction, seq)


EXPORT_EXAMPLES = (
    "greatgame export --format plover --db news.duckdb --out events.jsonl",
    "greatgame export --db turkey/greatgame.duckdb | head",
)


def export(
    format: str = typer.Option("plover", "--format", help="Output format: plover."),
    db: Path = typer.Option(Path("greatgame.duckdb"), "--db", help="The greatgame store."),
    out: Path | None = typer.Option(None, "--out", help="Write here (default: stdout)."),
) -> None:
    """Write the events stored in the database as PLOVER-style JSON Lines records."""
    from greatgame.errors import GreatgameError

    try:
        count = _export(format, db, out)
    except GreatgameError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    if out is not None:
        typer.echo(f"{count} events written to {out}", err=True)


def _export(format: str, db: Path, out: Path | None) -> int:
    from greatgame.errors import InputError
    from greatgame.store import Store

    if format not in FORMATS:
        raise typer.BadParameter(f"unknown format {format!r} (known: {', '.join(FORMATS)})",
                                 param_hint="--format")
    if not db.is_file():
        raise InputError(db, "no greatgame store here (run `greatgame ingest` first)")
    with Store(db, read_only=True) as store:
        extractions = [x for i in store.extracted_ids() if (x := store.extraction(i))]
    lines = [json.dumps(r, ensure_ascii=False) for r in plover_records(extractions)]
    text = "\n".join(lines) + ("\n" if lines else "")
    if out is None:
        typer.echo(text, nl=False)
    else:
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise InputError(out, f"cannot write ({exc.strerror})") from None
    return len(lines)
