"""Extraction tables: what the extract stage read from each article, one row per item.

Each table starts with ``article_id`` and ``seq`` (the item's place in its tuple), so an
`Extraction` comes back exactly as it was saved. Saving an article's extraction replaces any
earlier one for that article; ``extractions`` records when it was made. A batch is saved
with one DELETE and one INSERT per table (`save_many`), not a statement per row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import duckdb

from greatgame.records import ActorRef, Article, Event, Extraction, Mention, Quote, Stance, TimeRef
from greatgame.store.tables import Table

_ITEM = (("article_id", "VARCHAR"), ("seq", "INTEGER"))

EXTRACTIONS = "extractions"
ACTORS = Table("article_actors", ActorRef, keys=_ITEM, skip=frozenset({"mentions"}))
MENTIONS = Table(
    "article_mentions",
    Mention,
    keys=(*_ITEM, ("actor_seq", "INTEGER"), ("actor_id", "VARCHAR")),
)
EVENTS = Table("article_events", Event, keys=_ITEM)
QUOTES = Table("article_quotes", Quote, keys=_ITEM)
STANCES = Table("article_stances", Stance, keys=_ITEM)
DATES = Table("article_dates", TimeRef, keys=_ITEM)

# Extraction field -> table holding its items (actors' mentions go to MENTIONS).
ITEM_TABLES: dict[str, Table] = {
    "actors": ACTORS,
    "events": EVENTS,
    "quotes": QUOTES,
    "stances": STANCES,
    "dates": DATES,
}
TABLES: tuple[Table, ...] = (*ITEM_TABLES.values(), MENTIONS)
DDL = (
    f'CREATE TABLE IF NOT EXISTS "{EXTRACTIONS}" '
    '("article_id" VARCHAR PRIMARY KEY, "extracted_at" TIMESTAMP)'
)


def save(con: duckdb.DuckDBPyConnection, extraction: Extraction) -> None:
    """Replace the stored extraction of one article (the caller holds the transaction)."""
    save_many(con, [extraction])


def save_many(con: duckdb.DuckDBPyConnection, batch: Sequence[Extraction]) -> None:
    """Replace the stored extractions of a batch's articles (the caller holds the
    transaction): one DELETE and one INSERT per table for the whole batch. Of two
    extractions of one article in the batch, the later stands, as if saved one by one."""
    latest = {extraction.article.id: extraction for extraction in batch}
    if not latest:
        return
    ids = list(latest)
    delete_many(con, ids)
    con.execute(
        f'INSERT INTO "{EXTRACTIONS}" SELECT unnest(?::VARCHAR[]), ?',
        [ids, dt.datetime.now(dt.UTC).replace(tzinfo=None)],
    )
    rows: dict[str, list[list[Any]]] = {table.name: [] for table in TABLES}
    for article_id, extraction in latest.items():
        for field, table in ITEM_TABLES.items():
            rows[table.name] += [
                table.row(item, article_id, seq)
                for seq, item in enumerate(getattr(extraction, field))
            ]
        rows[MENTIONS.name] += [
            MENTIONS.row(mention, article_id, seq, actor_seq, actor.id)
            for actor_seq, actor in enumerate(extraction.actors)
            for seq, mention in enumerate(actor.mentions)
        ]
    for table in TABLES:
        table.insert(con, rows[table.name])


def delete(con: duckdb.DuckDBPyConnection, article_id: str) -> None:
    """Remove one article's extraction from every extraction table."""
    delete_many(con, [article_id])


def delete_many(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> None:
    """Remove these articles' extractions from every extraction table."""
    for name in (EXTRACTIONS, *(table.name for table in TABLES)):
        con.execute(
            f'DELETE FROM "{name}" WHERE article_id IN (SELECT unnest(?::VARCHAR[]))',
            [list(article_ids)],
        )


def load(
    con: duckdb.DuckDBPyConnection, article: Article, columns: dict[str, set[str]]
) -> Extraction | None:
    """The stored extraction of an article, or None when it has not been extracted.

    ``columns`` maps each table to the columns it has (a store written by an older
    greatgame may lack newer ones).
    """
    found = con.execute(
        f'SELECT 1 FROM "{EXTRACTIONS}" WHERE article_id = ?', [article.id]
    ).fetchone()
    if found is None:
        return None
    mentions: dict[int, list[Mention]] = {}
    present = columns[MENTIONS.name]
    sql = MENTIONS.select_sql(
        present, keys=("actor_seq",), where="article_id = ?", order="actor_seq, seq"
    )
    for actor_seq, *values in con.execute(sql, [article.id]).fetchall():
        mentions.setdefault(actor_seq, []).append(MENTIONS.load(tuple(values), present))  # type: ignore[arg-type]
    items: dict[str, Any] = {}
    for field, table in ITEM_TABLES.items():
        present = columns[table.name]
        sql = table.select_sql(present, keys=("seq",), where="article_id = ?", order="seq")
        rows = con.execute(sql, [article.id]).fetchall()
        if table is ACTORS:
            items[field] = tuple(
                table.load(tuple(values), present, mentions=tuple(mentions.get(seq, ())))
                for seq, *values in rows
            )
        else:
            items[field] = tuple(table.load(tuple(values), present) for _, *values in rows)
    return Extraction(article=article, **items)
