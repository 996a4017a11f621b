"""`greatgame backtest`: every model over the packaged reference cases."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from greatgame.cli.help import choice, examples, known_models
from greatgame.cli.output import check_counts, print_error
from greatgame.cli.whatif import forecast_options
from greatgame.errors import GreatgameError


def register(app: typer.Typer) -> None:
    app.command("backtest", epilog=examples(
        "greatgame backtest", "greatgame backtest --case ec-emissions --model eum --json",
    ))(backtest)


def backtest(
    case: list[str] | None = typer.Option(
        None, "--case", help="Only this case (repeatable): ec-emissions, soe-policy, ..."
    ),
    model: str = typer.Option("all", "--model", help="A model, or all of them.",
                              callback=choice(known_models)),
    draws: int | None = typer.Option(None, "--draws", help="Monte Carlo draws."),
    seed: int | None = typer.Option(None, "--seed", help="Random seed."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object on stdout."),
) -> None:
    """Score each model against cases with a known outcome or published forecast.

    EC emission standards (actual 8.833 years; BDM's forecast 9.05) and KTAB's China SOE
    cases (published policy forecast about 30). The error is forecast minus reference.
    """
    from greatgame.models import backtest as bt

    try:
        check_counts(None, draws=draws, seed=seed)
        options = forecast_options(issue=None, model=model, draws=draws, seed=seed)
        options.pop("issue")
        rows = bt.backtest(case_ids=case or None, **options)
    except GreatgameError as exc:
        print_error(exc)
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(json.dumps(bt.to_json(rows)))
        return
    table = Table(title="greatgame backtest")
    for name, justify in (
        ("case", "left"),
        ("model", "left"),
        ("forecast", "right"),
        ("reference", "right"),
        ("against", "left"),
        ("error", "right"),
    ):
        table.add_column(name, justify=justify, no_wrap=name == "case")  # type: ignore[arg-type]
    for r in rows:
        table.add_row(
            r.case, r.model, f"{r.forecast:.3f}", f"{r.reference:g}", r.against, f"{r.error:+.3f}"
        )
    Console().print(table)
    summary = bt.to_json(rows)["mean_abs_error"]
    Console().print("mean |error|: " + ", ".join(f"{m} {v:.3f}" for m, v in summary.items()))
