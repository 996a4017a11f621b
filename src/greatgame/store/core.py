"""The `Store`: one DuckDB file, schema-versioned, one writer at a time, writes in transactions.

Adding tables for a later stage (systems, runs, forecasts, ...):

1. Describe each table as a `Table` over its record in a module of this package
   (see `greatgame.store.extractions`), with key columns first (``run_id``, ``seq``).
2. Write ``save(con, ...)`` / ``load(con, ...)`` functions there that take the connection;
   ``save`` runs inside the caller's transaction.
3. Add the tables to `TABLES` below (they are created the next time a store is opened for
   writing; fields added to a record later become new columns the same way) and add thin
   `Store` methods that open a transaction and call them.
4. A change that is not additive (renaming, dropping, re-keying) bumps `SCHEMA_VERSION` and
   adds a step to `MIGRATIONS`, which runs once on stores of an older version.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from greatgame.errors import InputError, StoreError, StoreLocked
from greatgame.records import Article, Extraction
from greatgame.store import events_import, extractions, ledger, runs
from greatgame.store.tables import Table

DEFAULT_PATH = Path("greatgame.duckdb")
SCHEMA_VERSION = 1
META = "greatgame_meta"

ARTICLES = Table("articles", Article, constraints=("PRIMARY KEY (id)", "UNIQUE (sha256)"))
TABLES: tuple[Table, ...] = (ARTICLES, *extractions.TABLES)
EXTRA_DDL: tuple[str, ...] = (extractions.DDL, *runs.DDL, *ledger.DDL, *events_import.DDL)
# DuckDB's words when another process holds the file ("Could not set lock on file ...:
# Conflicting lock is held in ... (PID 123)"); a damaged "block" must not read as a lock.
_LOCK_HELD = re.compile(r"could not set lock|conflicting lock", re.IGNORECASE)
# version -> step that brings a store of (version - 1) up to it.
MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {}


@dataclass(frozen=True)
class AddResult:
    """What `Store.add_articles` did: articles stored, and those already there (same bytes)."""

    new: tuple[Article, ...]
    duplicates: tuple[Article, ...]


class Store:
    """A greatgame store in a DuckDB file. Use as a context manager, or call `close()`.

    Opening for writing takes DuckDB's file lock: a second writer (or reader) in another
    process gets `StoreLocked`. A file that is not a DuckDB database gets `StoreError`.
    """

    def __init__(self, path: str | Path = DEFAULT_PATH, *, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        self._depth = 0  # nesting of transaction() blocks; only the outermost commits
        self._con = _connect(self.path, read_only=read_only)
        try:
            self._prepare()
        except BaseException:
            self._con.close()
            raise
        self._columns = self._table_columns()

    # --- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for queries this class has no method for."""
        return self._con

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All writes inside commit together or not at all; DuckDB errors become StoreError.

        Blocks nest: an inner block joins the outer transaction, which commits at its end.
        """
        if self.read_only:
            raise StoreError(f"{self.path}: the store was opened read-only")
        if self._depth:
            self._depth += 1
            try:
                yield self._con
            finally:
                self._depth -= 1
            return
        self._con.begin()
        self._depth = 1
        try:
            yield self._con
        except BaseException as exc:
            self._con.rollback()
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"{self.path}: write failed, nothing was stored: {exc}") from exc
            raise
        else:
            self._con.commit()
        finally:
            self._depth = 0

    # --- articles --------------------------------------------------------------------------

    def add_articles(self, articles: Iterable[Article]) -> AddResult:
        """Store articles in one transaction; those whose bytes are stored already are skipped."""
        batch = list(articles)
        new: list[Article] = []
        duplicates: list[Article] = []
        with self.transaction() as con:
            seen = {
                sha
                for (sha,) in con.execute(
                    "SELECT sha256 FROM articles WHERE list_contains(?::VARCHAR[], sha256)",
                    [[a.sha256 for a in batch]],
                ).fetchall()
            }
            for article in batch:
                (duplicates if article.sha256 in seen else new).append(article)
                seen.add(article.sha256)
            ARTICLES.insert(con, [ARTICLES.row(a) for a in new])
        return AddResult(new=tuple(new), duplicates=tuple(duplicates))

    def articles(self) -> list[Article]:
        """Every stored article, oldest ingest first."""
        sql = ARTICLES.select_sql(self._columns["articles"], order="ingested_at, id")
        return [self._article(values) for values in self._query(sql)]

    def article(self, article_id: str) -> Article:
        """One article by id; InputError naming the store when there is none."""
        sql = ARTICLES.select_sql(self._columns["articles"], where="id = ?")
        rows = self._query(sql, [article_id])
        if not rows:
            raise InputError(self.path, f"no article with id {article_id!r} in the store")
        return self._article(rows[0])

    def count(self, table: str = "articles") -> int:
        """Number of rows in a table."""
        if table not in self._columns:
            raise InputError(self.path, f"no table {table!r} in the store")
        return int(self._query(f'SELECT count(*) FROM "{table}"')[0][0])

    def frame(self, table: str = "articles") -> Any:
        """A whole table as a pandas DataFrame, for notebooks."""
        if table not in self._columns:
            raise InputError(self.path, f"no table {table!r} in the store")
        try:
            return self._con.execute(f'SELECT * FROM "{table}"').df()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot read table {table!r}: {exc}") from exc

    # --- extractions -----------------------------------------------------------------------

    def save_extraction(self, extraction: Extraction) -> None:
        """Store what was read from one article, replacing an earlier extraction of it.

        The article itself is stored too when it is not yet there.
        """
        self.save_extractions([extraction])

    def save_extractions(self, batch: Iterable[Extraction]) -> None:
        """Store what was read from many articles in one transaction, each replacing an
        earlier extraction of its article; articles not yet stored are stored too.

        One DELETE and one INSERT per table for the whole batch: saving the 89 VOA
        stories one by one took seconds, almost all of it DuckDB's per-row ``executemany``.
        """
        batch = list(batch)
        with self.transaction() as con:
            articles: dict[str, Article] = {}
            for extraction in batch:  # the first of an article's copies, as one by one
                articles.setdefault(extraction.article.id, extraction.article)
            known = {
                i
                for (i,) in con.execute(
                    "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                    [list(articles)],
                ).fetchall()
            }
            missing = [a for i, a in articles.items() if i not in known]
            ARTICLES.insert(con, [ARTICLES.row(a) for a in missing])
            extractions.save_many(con, batch)

    def extraction(self, article_id: str) -> Extraction | None:
        """The stored extraction of an article, or None when it has not been extracted."""
        article = self.article(article_id)
        try:
            return extractions.load(self._con, article, self._columns)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot read extraction: {exc}") from exc

    def extracted_ids(self) -> list[str]:
        """Ids of the articles that have a stored extraction."""
        return [i for (i,) in self._query("SELECT article_id FROM extractions ORDER BY 1")]

    # --- internals -------------------------------------------------------------------------

    def _article(self, values: tuple[Any, ...]) -> Article:
        return ARTICLES.load(values, self._columns["articles"])  # type: ignore[return-value]

    def _query(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        try:
            return self._con.execute(sql, params or []).fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot read the store: {exc}") from exc

    def _prepare(self) -> None:
        """Check the schema version; when writable, create or migrate the tables."""
        try:
            tables = {name for (name,) in self._con.execute("SHOW TABLES").fetchall()}
            version = None
            if META in tables:
                row = self._con.execute(
                    f"SELECT value FROM {META} WHERE key = 'schema_version'"
                ).fetchone()
                version = int(row[0]) if row else None
        except (duckdb.Error, ValueError) as exc:
            raise StoreError(f"{self.path}: cannot read the store's schema: {exc}") from exc
        if version is None and tables:
            raise StoreError(f"{self.path}: a DuckDB database, but not a greatgame store")
        if version is not None and version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema version {version} is newer than this greatgame "
                f"understands ({SCHEMA_VERSION}); upgrade greatgame"
            )
        if self.read_only:
            return
        with self.transaction() as con:
            con.execute(f"CREATE TABLE IF NOT EXISTS {META} (key VARCHAR PRIMARY KEY, value TEXT)")
            for step in range((version or SCHEMA_VERSION) + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[step](con)
            for table in TABLES:
                con.execute(table.ddl())
                _add_new_columns(con, table)
            for ddl in EXTRA_DDL:
                con.execute(ddl)
            con.execute(
                f"INSERT OR REPLACE INTO {META} VALUES ('schema_version', ?), ('created', ?)"
                if version is None
                else f"INSERT OR REPLACE INTO {META} VALUES ('schema_version', ?)",
                [str(SCHEMA_VERSION), dt.datetime.now(dt.UTC).isoformat()]
                if version is None
                else [str(SCHEMA_VERSION)],
            )

    def _table_columns(self) -> dict[str, set[str]]:
        columns: dict[str, set[str]] = {table.name: set() for table in TABLES}
        rows = self._query(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema()"
        )
        for table, column in rows:
            columns.setdefault(table, set()).add(column)
        return columns


def _add_new_columns(con: duckdb.DuckDBPyConnection, table: Table) -> None:
    """Add columns for record fields the table lacks (the record gained a field)."""
    have = {
        name
        for (name,) in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "AND table_schema = current_schema()",
            [table.name],
        ).fetchall()
    }
    for name, kind in table.columns():
        if name not in have:
            con.execute(f'ALTER TABLE "{table.name}" ADD COLUMN "{name}" {kind}')


def _connect(path: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Open the file, turning DuckDB's errors into greatgame's."""
    if read_only and not path.exists():
        raise StoreError(f"{path}: no store here (run `greatgame ingest` to create one)")
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a store file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        message = str(exc)
        if _LOCK_HELD.search(message):
            pid = re.search(r"PID (\d+)", message)
            holder = f"process {pid[1]}" if pid else "another process"
            raise StoreLocked(
                f"{path} is locked: {holder} has it open. One writer at a time: wait for it "
                "to finish, or choose another store with --db."
            ) from None
        if "different configuration" in message:
            raise StoreLocked(
                f"{path} is already open in this process with other settings; close it first."
            ) from None
        if "corrupt" in message.casefold():
            raise StoreError(
                f"{path}: the store is damaged ({_first_line(message)}); restore it from a "
                "copy, or choose another store with --db"
            ) from None
        if "not a valid DuckDB database" in message:
            raise StoreError(
                f"{path}: not a DuckDB database (corrupt, or some other kind of file)"
            ) from None
        raise StoreError(f"{path}: cannot open the store: {_first_line(message)}") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store: {exc.strerror or exc}") from None


def _first_line(message: str) -> str:
    return message.strip().splitlines()[0] if message.strip() else message
