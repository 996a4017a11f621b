"""Event import at scale: a generated 1,000,000-event GDELT-shaped file into a fresh
store, then the dyad-month aggregate over it.

The file is the real GDELT 2.0 sample (../shared/data/gdelt, 2,271 events) repeated with
fresh event ids and dates spread over 2010-2019, so its codes are real GDELT codes in
GDELT's proportions. Prints figures; asserts nothing. ``python benchmarks/bench_import.py
[N]`` (default 1,000,000).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from greatgame.store import Store
from greatgame.store.events_import import import_events

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GREATGAME_SHARED", ROOT.parent / "shared"))
SAMPLE = SHARED / "data" / "gdelt" / "20150218230000.export.CSV"


def generate(path: Path, events: int) -> None:
    """Write ``events`` GDELT-shaped rows (tab-separated, no header) built from SAMPLE."""
    con = duckdb.connect()
    con.execute(f"CREATE TABLE sample AS SELECT row_number() OVER () - 1 AS i, * FROM "
                f"read_csv('{SAMPLE}', delim='\\t', header=false, quote='', all_varchar=true)")
    (rows,) = con.execute("SELECT count(*) FROM sample").fetchone()
    columns = [c for (c,) in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'sample' "
        "AND column_name <> 'i' ORDER BY ordinal_position").fetchall()]
    values = ", ".join(
        "CAST(500000000 + n AS VARCHAR)" if c == "column00" else
        "strftime(DATE '2010-01-01' + CAST(n % 3650 AS INTEGER), '%Y%m%d')" if c == "column01"
        else f'"{c}"' for c in columns)
    con.execute(f"COPY (SELECT {values} FROM range({events}) r(n) JOIN sample s "
                f"ON s.i = n % {rows} ORDER BY n) TO '{path}' "
                "(DELIMITER '\t', HEADER false, QUOTE '')")


def main(events: int = 1_000_000) -> None:
    if not SAMPLE.is_file():
        print(f"skipped: GDELT sample not found at {SAMPLE}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "gdelt-generated.export.CSV"
        start = time.perf_counter()
        generate(data, events)
        print(f"generate {events:,} events   {time.perf_counter() - start:6.2f} s  "
              f"({data.stat().st_size / 1e6:,.0f} MB)")
        with Store(Path(tmp) / "bench.duckdb") as store:
            start = time.perf_counter()
            result = import_events(store, "gdelt", [data])
            took = time.perf_counter() - start
            print(f"import                     {took:6.2f} s  {result.stored:,} stored, "
                  f"{result.bad_rows} bad, actors {result.actors_mapped:.1%}, "
                  f"events {result.events_mapped:.1%}  ({result.stored / took:,.0f} events/s)")
            start = time.perf_counter()
            dyads = len(store.frame("dyad_months"))  # computed in full, into pandas
            print(f"dyad-month aggregate       {time.perf_counter() - start:6.2f} s  "
                  f"{dyads:,} dyad-months")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
