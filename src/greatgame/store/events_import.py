"""Event data (GDELT, ICEWS, POLECAT, ACLED) brought into the store, and its dyad-months.

    from greatgame.store import Store
    from greatgame.store.events_import import import_events
    with Store("g.duckdb") as store:
        result = import_events(store, "gdelt", ["20150218230000.export.CSV"])
        frame = store.frame("imported_events")      # or "dyad_months"

How: DuckDB's own CSV reader reads each file with the columns greatgame uses typed (an
id, a date, a Goldstein score), so a row it cannot read is rejected by the reader with its
line, and the good rows are kept. The rows land in a staging table as (row id, date, actor
keys, event key, Goldstein); the *distinct* keys are mapped in Python
(:mod:`greatgame.store.event_codes`) and joined back in SQL. Rows are keyed by
(source, row id): importing a file again replaces its rows.

Tables:

- ``imported_events``: one row per event: ``source`` (gdelt, icews, polecat, acled),
  ``row_id`` (the dataset's event id; ICEWS's with its date, as ICEWS reuses ids),
  ``file``, ``date``, ``actor1``/``actor2`` (greatgame actor ids, NULL when unmapped),
  ``actor1_code``/``actor2_code`` (the dataset's words: a CAMEO code, or country, sector
  and name joined by ``|``), ``event_code``, ``plover_type``, ``plover_mode``,
  ``quad_class`` (1 verbal cooperation .. 4 material conflict), ``goldstein`` (the
  file's, else the CAMEO code's; NULL for PLOVER-native data) and ``intensity`` (PLOVER).
- ``dyad_months`` (a view): per source, directed dyad (``actor1`` -> ``actor2``, both
  mapped and distinct) and month: ``events``, ``mean_goldstein``, ``mean_intensity`` and
  the count of each PLOVER quad class (``verbal_coop``, ``material_coop``,
  ``verbal_conflict``, ``material_conflict``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from greatgame.errors import InputError
from greatgame.store import event_codes as codes

if TYPE_CHECKING:
    from greatgame.store.core import Store

TABLE = "imported_events"
DDL = (
    f"CREATE TABLE IF NOT EXISTS {TABLE} (source VARCHAR, row_id VARCHAR, file VARCHAR, "
    "date DATE, actor1 VARCHAR, actor2 VARCHAR, actor1_code VARCHAR, actor2_code VARCHAR, "
    "event_code VARCHAR, plover_type VARCHAR, plover_mode VARCHAR, quad_class TINYINT, "
    "goldstein DOUBLE, intensity DOUBLE, PRIMARY KEY (source, row_id))",
    "CREATE OR REPLACE VIEW dyad_months AS "
    "SELECT source, actor1, actor2, CAST(date_trunc('month', date) AS DATE) AS month, "
    "count(*) AS events, avg(goldstein) AS mean_goldstein, avg(intensity) AS mean_intensity, "
    "count(*) FILTER (WHERE quad_class = 1) AS verbal_coop, "
    "count(*) FILTER (WHERE quad_class = 2) AS material_coop, "
    "count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict, "
    "count(*) FILTER (WHERE quad_class = 4) AS material_conflict "
    f"FROM {TABLE} WHERE actor1 IS NOT NULL AND actor2 IS NOT NULL AND actor1 <> actor2 "
    "GROUP BY ALL",
)
_STAGED = ("CREATE OR REPLACE TEMP TABLE gg_staged (file VARCHAR, row_id VARCHAR, date DATE, "
           "a1 VARCHAR, a2 VARCHAR, ev VARCHAR, goldstein DOUBLE)")
SEP = "|"  # between the parts of a composite actor or event key


def key_sql(*columns: str) -> str:
    """SQL for a composite key of quoted columns: NULL when all are empty, else the
    parts joined by ``|`` (empty parts kept, so positions hold)."""
    quoted = [f'"{c}"' for c in columns]
    parts = f", '{SEP}', ".join(f"coalesce({q}, '')" for q in quoted)
    return f"CASE WHEN coalesce({', '.join(quoted)}) IS NULL THEN NULL ELSE concat({parts}) END"


def _split(mapper: Callable[..., str | None]) -> Callable[[str], str | None]:
    return lambda key: mapper(*key.split(SEP, 2))


@dataclass(frozen=True)
class EventFormat:
    """How to read one dataset: CSV options, the typed columns, the SQL that makes its
    staging row, and the mappers of its actor and event keys."""

    name: str
    delim: str
    quote: str
    header: bool
    dateformat: str
    types: Mapping[str, str]  # the columns greatgame reads, with their DuckDB types
    select: str  # row_id, date, a1, a2, ev, goldstein over those columns
    actor: Callable[[str], str | None]
    event: Callable[[str], codes.EventCoding | None]
    names: Mapping[int, str] = field(default_factory=dict)  # headerless: position -> name


def _plover_key(key: str) -> codes.EventCoding | None:
    type_, _, mode = key.partition(SEP)
    return codes.plover_event(type_, mode)


# GDELT 1.0 and 2.0 event files share the first 35 columns (GDELT 2.0 Event Codebook).
GDELT = EventFormat(
    "gdelt", "\t", "", False, "%Y%m%d",
    types={"GLOBALEVENTID": "BIGINT", "SQLDATE": "DATE", "Actor1Code": "VARCHAR",
           "Actor2Code": "VARCHAR", "EventCode": "VARCHAR", "GoldsteinScale": "DOUBLE"},
    select='CAST("GLOBALEVENTID" AS VARCHAR), "SQLDATE", "Actor1Code", "Actor2Code", '
           '"EventCode", "GoldsteinScale"',
    actor=codes.cameo_actor, event=codes.cameo_event,
    names={0: "GLOBALEVENTID", 1: "SQLDATE", 5: "Actor1Code", 15: "Actor2Code",
           26: "EventCode", 30: "GoldsteinScale"},
)
# ICEWS coded event data (Harvard Dataverse), tab-separated with a header.
ICEWS = EventFormat(
    "icews", "\t", "", True, "%Y-%m-%d",
    types={"Event ID": "VARCHAR", "Event Date": "DATE", "Source Name": "VARCHAR",
           "Source Sectors": "VARCHAR", "Source Country": "VARCHAR", "CAMEO Code": "VARCHAR",
           "Intensity": "DOUBLE", "Target Name": "VARCHAR", "Target Sectors": "VARCHAR",
           "Target Country": "VARCHAR"},
    select=f'concat("Event ID", \':\', "Event Date"), "Event Date", '
           f'{key_sql("Source Country", "Source Sectors", "Source Name")}, '
           f'{key_sql("Target Country", "Target Sectors", "Target Name")}, '
           '"CAMEO Code", "Intensity"',
    actor=_split(codes.named_actor), event=codes.cameo_event,
)
# POLECAT (Harvard Dataverse; PLOVER-coded), tab-separated with a header.
POLECAT = EventFormat(
    "polecat", "\t", "", True, "%Y-%m-%d",
    types={"Event ID": "VARCHAR", "Event Date": "DATE", "Event Type": "VARCHAR",
           "Event Mode": "VARCHAR", "Actor Name": "VARCHAR", "Actor Country": "VARCHAR",
           "Primary Actor Sector": "VARCHAR", "Recipient Name": "VARCHAR",
           "Recipient Country": "VARCHAR", "Primary Recipient Sector": "VARCHAR"},
    select=f'"Event ID", "Event Date", '
           f'{key_sql("Actor Country", "Primary Actor Sector", "Actor Name")}, '
           f'{key_sql("Recipient Country", "Primary Recipient Sector", "Recipient Name")}, '
           f'{key_sql("Event Type", "Event Mode")}, NULL',
    actor=_split(codes.named_actor), event=_plover_key,
)
# ACLED exports (ACLED codebook 2023), comma-separated with a header; dates Year-Month-Day.
ACLED = EventFormat(
    "acled", ",", '"', True, "%Y-%m-%d",
    types={"event_id_cnty": "VARCHAR", "event_date": "DATE", "sub_event_type": "VARCHAR",
           "actor1": "VARCHAR", "inter1": "VARCHAR", "actor2": "VARCHAR",
           "inter2": "VARCHAR", "country": "VARCHAR"},
    select=f'"event_id_cnty", "event_date", {key_sql("country", "inter1", "actor1")}, '
           f'CASE WHEN "actor2" IS NULL THEN NULL ELSE {key_sql("country", "inter2", "actor2")}'
           ' END, "sub_event_type", NULL',
    actor=lambda key: codes.acled_actor(*reversed(key.split(SEP, 2))),
    event=codes.acled_event,
)
FORMATS: dict[str, EventFormat] = {f.name: f for f in (GDELT, ICEWS, POLECAT, ACLED)}


@dataclass(frozen=True)
class ImportResult:
    """What an import did. ``rows`` counts the data rows read (good and bad), ``stored``
    the events written; the shares are of non-empty actor keys and of events."""

    format: str
    files: int
    rows: int
    stored: int
    bad_rows: int
    actors_mapped: float
    events_mapped: float
    unmapped: dict[str, int]
    problems: tuple[InputError, ...] = ()

    def as_json(self) -> dict[str, Any]:
        """The JSON of ``greatgame import --json`` (problems go to stderr, not here)."""
        return {"format": self.format, "files": self.files, "rows": self.rows,
                "stored": self.stored, "bad_rows": self.bad_rows,
                "actors_mapped": round(self.actors_mapped, 4),
                "events_mapped": round(self.events_mapped, 4), "unmapped": self.unmapped}


def import_events(store: Store, fmt: str, files: Sequence[str | Path]) -> ImportResult:
    """Load event files of one format into ``imported_events``, in one transaction."""
    spec = FORMATS.get(fmt)
    if spec is None:
        raise InputError(None, f"unknown event format {fmt!r}; one of {', '.join(FORMATS)}")
    paths = [Path(f) for f in files]
    for path in paths:
        if not path.is_file():
            raise InputError(path, "no such file")
    with store.transaction() as con:
        con.execute(_STAGED)
        problems = [p for path in paths for p in _stage(con, spec, path)]
        _map_keys(con, spec)
        stored = _insert(con, spec.name)
        counts = _mapping_counts(con)
        con.execute("DROP TABLE gg_staged; DROP TABLE gg_actor_map; DROP TABLE gg_event_map")
    return ImportResult(spec.name, len(paths), stored + len(problems), stored, len(problems),
                        problems=tuple(problems), **counts)


def _columns(spec: EventFormat, path: Path) -> dict[str, str]:
    """Every column of the file (from its first line) with its DuckDB type: the ones
    greatgame reads typed, the rest VARCHAR, so no other column can reject a row."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        first = handle.readline().rstrip("\r\n")
    cells = first.split(spec.delim) if first else []
    if spec.header:
        names = [c.strip().strip('"') for c in cells]
        missing = [c for c in spec.types if c not in names]
        if missing:
            raise InputError(path, f"not a {spec.name} file: no column "
                             f"{', '.join(map(repr, missing))} in its header", where="line 1")
    else:
        if len(cells) <= max(spec.names):
            raise InputError(path, f"not a {spec.name} file: {len(cells)} columns, "
                             f"at least {max(spec.names) + 1} expected", where="line 1")
        names = [spec.names.get(i, f"column{i:02d}") for i in range(len(cells))]
    return {name: spec.types.get(name, "VARCHAR") for name in names}


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _stage(con: duckdb.DuckDBPyConnection, spec: EventFormat, path: Path) -> list[InputError]:
    """Read one file into gg_staged; return its rejected rows, one problem per line."""
    columns = "{" + ", ".join(f"{_literal(n)}: {_literal(t)}"
                              for n, t in _columns(spec, path).items()) + "}"
    read = (f"read_csv({_literal(str(path))}, delim={_literal(spec.delim)}, "
            f"quote={_literal(spec.quote)}, escape={_literal(spec.quote)}, "
            f"header={str(spec.header).lower()}, columns={columns}, "
            f"dateformat={_literal(spec.dateformat)}, store_rejects=true, "
            "rejects_table='gg_rejects', rejects_scan='gg_scans', null_padding=false)")
    try:
        con.execute(f"INSERT INTO gg_staged SELECT {_literal(str(path))}, {spec.select} "
                    f"FROM {read}")
        rejected = con.execute(
            "SELECT line, arg_min(error_message, column_idx) FROM gg_rejects "
            "GROUP BY line ORDER BY line").fetchall()
        con.execute("DROP TABLE IF EXISTS gg_rejects; DROP TABLE IF EXISTS gg_scans")
    except duckdb.Error as exc:
        raise InputError(path, f"cannot read it as {spec.name}: {exc}") from exc
    return [InputError(path, _problem(message), where=f"line {line}")
            for line, message in rejected]


def _problem(message: str) -> str:
    """DuckDB's reject message without its boilerplate."""
    return message.replace("Error when converting column", "column").strip()


def _map_keys(con: duckdb.DuckDBPyConnection, spec: EventFormat) -> None:
    """Map the distinct actor and event keys in Python; keep the answers in two tables."""
    actor_keys = [k for (k,) in con.execute(
        "SELECT a1 FROM gg_staged WHERE a1 IS NOT NULL UNION "
        "SELECT a2 FROM gg_staged WHERE a2 IS NOT NULL").fetchall()]
    ids = [spec.actor(k) for k in actor_keys]
    con.execute("CREATE OR REPLACE TEMP TABLE gg_actor_map AS SELECT unnest(?::VARCHAR[]) "
                "AS key, unnest(?::VARCHAR[]) AS id", [actor_keys, ids])
    event_keys = [k for (k,) in con.execute(
        "SELECT DISTINCT ev FROM gg_staged WHERE ev IS NOT NULL").fetchall()]
    found = [(k, spec.event(k)) for k in event_keys]
    mapped = [(k, e) for k, e in found if e is not None]
    con.execute(
        "CREATE OR REPLACE TEMP TABLE gg_event_map AS SELECT unnest(?::VARCHAR[]) AS key, "
        "unnest(?::VARCHAR[]) AS type, unnest(?::VARCHAR[]) AS mode, "
        "unnest(?::TINYINT[]) AS quad, unnest(?::DOUBLE[]) AS goldstein, "
        "unnest(?::DOUBLE[]) AS intensity",
        [[k for k, _ in mapped], *([list(col) for col in zip(*[e for _, e in mapped],
                                                             strict=True)] or [[]] * 5)])


def _insert(con: duckdb.DuckDBPyConnection, source: str) -> int:
    """Write the staged rows, mapped, into imported_events; returns how many. A row id
    seen twice in one import is stored once (the row from the last file)."""
    (count,) = con.execute(
        f"INSERT OR REPLACE INTO {TABLE} SELECT ?, s.row_id, s.file, s.date, m1.id, m2.id, "
        "s.a1, s.a2, s.ev, e.type, e.mode, e.quad, coalesce(s.goldstein, e.goldstein), "
        "e.intensity FROM (SELECT * FROM gg_staged QUALIFY row_number() OVER "
        "(PARTITION BY row_id ORDER BY file DESC) = 1) s "
        "LEFT JOIN gg_actor_map m1 ON s.a1 = m1.key LEFT JOIN gg_actor_map m2 ON s.a2 = m2.key "
        "LEFT JOIN gg_event_map e ON s.ev = e.key", [source]).fetchone()
    return int(count)


def _mapping_counts(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Shares of actor keys and events mapped, and the unmapped keys with their counts."""
    actors = con.execute(
        "SELECT count(*), count(m.id) FROM (SELECT a1 AS k FROM gg_staged UNION ALL "
        "SELECT a2 FROM gg_staged) s JOIN gg_actor_map m ON s.k = m.key").fetchone()
    events = con.execute(
        "SELECT count(*), count(e.key) FROM gg_staged s "
        "LEFT JOIN gg_event_map e ON s.ev = e.key").fetchone()
    unmapped = con.execute(
        "SELECT k, count(*) AS n FROM (SELECT a1 AS k FROM gg_staged UNION ALL "
        "SELECT a2 FROM gg_staged) s JOIN gg_actor_map m ON s.k = m.key WHERE m.id IS NULL "
        "GROUP BY k UNION ALL SELECT coalesce(ev, '(none)'), count(*) FROM gg_staged s "
        "WHERE NOT EXISTS (SELECT 1 FROM gg_event_map e WHERE e.key = s.ev) GROUP BY ALL "
        "ORDER BY n DESC, k").fetchall()
    return {
        "actors_mapped": actors[1] / actors[0] if actors[0] else 0.0,
        "events_mapped": events[1] / events[0] if events[0] else 0.0,
        "unmapped": dict(Counter(dict(unmapped)).most_common()),
    }


def dyad_months(store: Store, *, source: str | None = None,
                since: dt.date | None = None) -> Any:
    """The dyad-month aggregates as a pandas frame, for one source and from a month on."""
    where = ["TRUE"]
    params: list[Any] = []
    if source:
        where.append("source = ?")
        params.append(source)
    if since:
        where.append("month >= ?")
        params.append(since)
    sql = (f"SELECT * FROM dyad_months WHERE {' AND '.join(where)} "
           "ORDER BY month, actor1, actor2, source")
    return store.connection.execute(sql, params).df()


def relation_events(store: Store, *, source: str | None = None) -> list[tuple[Any, ...]]:
    """Imported dyadic events as (source, row_id, date, actor1, actor2, intensity) rows,
    the shape of ``system.relations.ImportedEvent``, for the relation graph; none in a
    store nothing was imported into."""
    tables = {name for (name,) in store.connection.execute("SHOW TABLES").fetchall()}
    if TABLE not in tables:
        return []
    sql = (f"SELECT source, row_id, date, actor1, actor2, intensity FROM {TABLE} "
           "WHERE actor1 IS NOT NULL AND actor2 IS NOT NULL AND actor1 <> actor2 "
           "AND intensity IS NOT NULL" + (" AND source = ?" if source else "")
           + " ORDER BY source, row_id")
    return store.connection.execute(sql, [source] if source else []).fetchall()
