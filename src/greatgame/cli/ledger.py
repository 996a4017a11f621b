"""`greatgame ledger`: the forecasts kept in the store, what happened, and how they scored.

    greatgame ledger --db out/greatgame.duckdb
    greatgame ledger resolve presence-afg --outcome 20 --date 2021-08-31 --db out/greatgame.duckdb
    greatgame ledger score --db out/greatgame.duckdb --json
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from greatgame.cli.help import date_option, examples
from greatgame.errors import InputError

ledger_app = typer.Typer(help="Forecasts kept in the store: list, resolve, score.",
                         invoke_without_command=True, epilog=examples(
                             "greatgame ledger --db out/greatgame.duckdb",
                             "greatgame ledger --db out/greatgame.duckdb --json"))
DB_HELP = "The store (the one `analyze --db` or `analyze --out` wrote)."


def register(app: typer.Typer) -> None:
    app.add_typer(ledger_app, name="ledger")


def _open(db: Path, *, read_only: bool):  # noqa: ANN202 - a Store
    from greatgame.store import Store

    if not db.is_file():
        raise InputError(db, "no store here (run `greatgame analyze ... --db` first)")
    return Store(db, read_only=read_only)


@ledger_app.callback()
def listing(
    ctx: typer.Context,
    db: Path = typer.Option(Path("greatgame.duckdb"), "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object on stdout."),
) -> None:
    """List every forecast kept, with its outcome once resolved."""
    if ctx.invoked_subcommand is not None:
        return
    from greatgame.store.ledger import forecasts

    with _open(db, read_only=True) as store:
        rows = forecasts(store)
    if as_json:
        typer.echo(json.dumps({"forecasts": rows}, indent=2))
        return
    table = Table("issue", "model", "as of", "forecast", "80% interval", "P(above mid)",
                  "outcome")
    for r in rows:
        ci = r["ci80"]
        table.add_row(r["issue"], r["model"], r["as_of"] or "-", f"{r['forecast']:.1f}",
                      f"{ci[0]:.1f}-{ci[1]:.1f}" if ci else "-", f"{r['p_above_mid']:.2f}",
                      "-" if r["outcome"] is None else f"{r['outcome']:g}")
    Console().print(table)


@ledger_app.command("resolve", epilog=examples(
    "greatgame ledger resolve sanctions-irn --outcome 90 --date 2025-09-28 --db g.duckdb",
    "greatgame ledger resolve sanctions-irn --outcome 80 --date 2025-10-01 --amend "
    "--note 'the snapback was partial' --db g.duckdb"))
def resolve(
    issue: str = typer.Argument(..., help="The issue id, as the ledger lists it."),
    outcome: float = typer.Option(..., "--outcome", help="Where it settled, on its scale."),
    date: str = typer.Option(..., "--date", help="When it settled, YYYY-MM-DD."),
    amend: bool = typer.Option(False, "--amend", help="Change an earlier resolution."),
    note: str = typer.Option("", "--note", help="Why (needed with --amend)."),
    db: Path = typer.Option(Path("greatgame.duckdb"), "--db", help=DB_HELP),
) -> None:
    """Record what happened to an issue (once; --amend with a --note to change it)."""
    from greatgame.store.ledger import resolve as record_outcome

    day = date_option(date)
    with _open(db, read_only=False) as store:
        record_outcome(store, issue, outcome, date=day, amend=amend, note=note)
    typer.echo(f"{issue}: outcome {outcome:g} on {day.isoformat()} recorded")


@ledger_app.command("score", epilog=examples(
    "greatgame ledger score --db out/greatgame.duckdb",
    "greatgame ledger score --db dev.duckdb --json"))
def score(
    db: Path = typer.Option(Path("greatgame.duckdb"), "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object on stdout."),
) -> None:
    """Each model's error and Brier score over the resolved forecasts."""
    from greatgame.store.ledger import score as scores

    with _open(db, read_only=True) as store:
        result = scores(store)
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    table = Table("model", "resolved forecasts", "mean |error|", "Brier")
    for model, s in result.items():
        table.add_row(model, str(s["n"]), f"{s['mae']:.1f}", f"{s['brier']:.3f}")
    Console().print(table)
