"""Tables backed by records: the DuckDB columns are read off a `greatgame.records` model.

A `Table` names a record type, the key columns that come before the record's own fields
(``article_id``, ``seq``), the fields it leaves to another table (an actor's mentions), and
its constraints. From that it writes its DDL, turns records into rows (many rows into one
INSERT, `Table.insert`) and rows back into records. A field later added to the record
becomes a new, nullable column the next time the store is opened for writing; renaming or
removing a field needs a numbered migration in `greatgame.store.core`.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, get_args, get_origin

from greatgame.records import Record

if TYPE_CHECKING:
    import duckdb
    import pyarrow as pa

_SCALARS: dict[type, str] = {
    str: "VARCHAR",
    int: "BIGINT",
    float: "DOUBLE",
    bool: "BOOLEAN",
    dt.date: "DATE",
    dt.datetime: "TIMESTAMP",  # stored as naive UTC; read back as aware UTC
}
# The Arrow type of each column type, as pyarrow's factory and its arguments, for inserting
# many rows at once (`Table.insert`); pyarrow is imported only then (it takes 0.15 s).
_ARROW: dict[str, tuple[str, ...]] = {
    "VARCHAR": ("string",),
    "BIGINT": ("int64",),
    "INTEGER": ("int32",),
    "DOUBLE": ("float64",),
    "BOOLEAN": ("bool_",),
    "DATE": ("date32",),
    "TIMESTAMP": ("timestamp", "us"),  # naive UTC, as `_to_sql` makes it
}


def sql_type(annotation: Any) -> str:
    """The DuckDB type of a record field: scalars, optionals, literals and tuples of str."""
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in get_args(annotation) if a is not type(None)]
        if len(inner) == 1:
            return sql_type(inner[0])
        raise TypeError(f"no column type for union {annotation}")
    if origin is Literal:
        return "VARCHAR"
    if origin is tuple:
        return f"{sql_type(get_args(annotation)[0])}[]"
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    raise TypeError(f"no column type for {annotation}")


def arrow_type(kind: str) -> pa.DataType:
    """The Arrow type of a DuckDB column type that `sql_type` gives (``VARCHAR[]``, ...)."""
    import pyarrow as pa

    if kind.endswith("[]"):
        return pa.list_(arrow_type(kind[:-2]))
    factory, *args = _ARROW[kind]
    return getattr(pa, factory)(*args)


@dataclass(frozen=True)
class Table:
    """A DuckDB table holding one record type, after some key columns."""

    name: str
    record: type[Record]
    keys: tuple[tuple[str, str], ...] = ()  # (column, SQL type) before the record's fields
    skip: frozenset[str] = frozenset()  # fields stored in another table
    constraints: tuple[str, ...] = ()  # e.g. "PRIMARY KEY (id)", "UNIQUE (sha256)"

    @property
    def fields(self) -> list[str]:
        return [f for f in self.record.model_fields if f not in self.skip]

    def columns(self) -> list[tuple[str, str]]:
        fields = self.record.model_fields
        return [*self.keys, *((f, sql_type(fields[f].annotation)) for f in self.fields)]

    def ddl(self) -> str:
        parts = [f'"{name}" {kind}' for name, kind in self.columns()] + list(self.constraints)
        return f'CREATE TABLE IF NOT EXISTS "{self.name}" ({", ".join(parts)})'

    def insert_sql(self) -> str:
        names = [name for name, _ in self.columns()]
        quoted = ", ".join(f'"{n}"' for n in names)
        return f'INSERT INTO "{self.name}" ({quoted}) VALUES ({", ".join("?" * len(names))})'

    def insert_select_sql(self, relation: str) -> str:
        """`insert_sql` with its VALUES replaced by every column of ``relation``, in order."""
        head, _, _ = self.insert_sql().rpartition(" VALUES ")
        return f'{head} SELECT * FROM "{relation}"'

    def arrow(self, rows: Sequence[Sequence[Any]]) -> pa.Table:
        """Rows as `row` makes them, as an Arrow table with this table's columns and types."""
        import pyarrow as pa

        columns = self.columns()
        values = zip(*rows, strict=True) if rows else ([] for _ in columns)
        return pa.table(
            {
                name: pa.array(list(column), type=arrow_type(kind))
                for (name, kind), column in zip(columns, values, strict=True)
            }
        )

    def insert(self, con: duckdb.DuckDBPyConnection, rows: Sequence[Sequence[Any]]) -> None:
        """Append rows in one statement (DuckDB's ``executemany`` runs one per row)."""
        if not rows:
            return
        relation = f"_new_{self.name}"
        con.register(relation, self.arrow(rows))
        try:
            con.execute(self.insert_select_sql(relation))
        finally:
            con.unregister(relation)

    def row(self, record: Record, *keys: Any) -> list[Any]:
        """The values of one row: the keys, then the record's fields in column order."""
        return [*keys, *(_to_sql(getattr(record, f)) for f in self.fields)]

    def select_sql(
        self, present: set[str], *, keys: tuple[str, ...] = (), where: str = "", order: str = ""
    ) -> str:
        """A SELECT of some key columns, then the record's fields that exist in the table
        (a store written by an older greatgame lacks fields added since)."""
        names = [*keys, *(f for f in self.fields if f in present)]
        quoted = ", ".join(f'"{n}"' for n in names) or "NULL"
        sql = f'SELECT {quoted} FROM "{self.name}"'
        if where:
            sql += f" WHERE {where}"
        if order:
            sql += f" ORDER BY {order}"
        return sql

    def load(self, values: tuple[Any, ...], present: set[str], **extra: Any) -> Record:
        """Rebuild a record from the values `select_sql` selected (plus nested fields)."""
        fields = self.record.model_fields
        names = [f for f in self.fields if f in present]
        data = {
            name: _from_sql(value)
            for name, value in zip(names, values, strict=True)
            # NULL in a column added after the row was written: let the field's default stand
            if value is not None or fields[name].is_required()
        }
        return self.record(**data, **extra)


def _to_sql(value: Any) -> Any:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    if isinstance(value, tuple):
        return [_to_sql(v) for v in value]
    return value


def _from_sql(value: Any) -> Any:
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    if isinstance(value, list):
        return tuple(_from_sql(v) for v in value)
    return value
