"""`greatgame import`: event data (GDELT, ICEWS, POLECAT, ACLED) into the store.

    greatgame import gdelt 20150218230000.export.CSV --db g.duckdb
    greatgame import acled acled-2024.csv --db g.duckdb --json

Rows the reader rejects are reported on stderr (file, line, problem); the good rows are
stored. See docs/import.md.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from greatgame.cli.help import examples
from greatgame.cli.output import print_error

SHOWN_PROBLEMS = 20  # bad rows listed one by one; the rest are counted


def register(app: typer.Typer) -> None:
    app.command("import", epilog=examples(
        "greatgame import gdelt 20150218230000.export.CSV --db g.duckdb",
        "greatgame import icews events.2019.tab events.2020.tab --db g.duckdb --json",
    ))(import_command)


def import_command(
    fmt: str = typer.Argument(..., metavar="FORMAT",
                              help="The dataset: gdelt, icews, polecat or acled."),
    files: list[Path] = typer.Argument(..., metavar="FILE...", help="Event files to load."),
    db: Path = typer.Option(Path("greatgame.duckdb"), "--db", help="The store to load into."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object on stdout."),
) -> None:
    """Load event files into the store: actors to greatgame ids, events to PLOVER."""
    from greatgame.store import Store
    from greatgame.store.events_import import import_events

    with Store(db) as store:
        result = import_events(store, fmt.lower(), files)
    for problem in result.problems[:SHOWN_PROBLEMS]:
        print_error(problem, label="bad row")
    if len(result.problems) > SHOWN_PROBLEMS:
        print_error(f"... and {len(result.problems) - SHOWN_PROBLEMS} more bad rows",
                    label="bad row")
    if as_json:
        typer.echo(json.dumps(result.as_json(), indent=2))
        return
    _render(result.as_json())


def _render(summary: dict) -> None:
    table = Table("format", "files", "rows", "stored", "bad rows", "actors mapped",
                  "events mapped")
    table.add_row(summary["format"], str(summary["files"]), str(summary["rows"]),
                  str(summary["stored"]), str(summary["bad_rows"]),
                  f"{summary['actors_mapped']:.0%}", f"{summary['events_mapped']:.0%}")
    console = Console()
    console.print(table)
    top = list(summary["unmapped"].items())[:10]
    if top:
        console.print("most frequent unmapped codes: "
                      + ", ".join(f"{code} ({n})" for code, n in top), highlight=False)
