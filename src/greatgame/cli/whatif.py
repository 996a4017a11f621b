"""`greatgame whatif INPUT --shock SPEC ...`: forecast with and without shocks, side by side."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from greatgame.cli.help import choice, examples, known_models
from greatgame.cli.output import check_counts, print_error
from greatgame.errors import GreatgameError, InputError

SHOCK_HELP = (
    "A shock: remove:ACTOR, capability:ACTOR*FACTOR, capability:ACTOR=VALUE, "
    "position:ACTOR@ISSUE=VALUE, salience:ACTOR@ISSUE=VALUE (0..1), relation:A-B=WEIGHT "
    "(-1..1). Repeat --shock to apply several, in order."
)


def register(app: typer.Typer) -> None:
    app.command("whatif", epilog=examples(
        "greatgame whatif out/system.yaml --shock remove:USA",
        "greatgame whatif out/system.yaml --shock capability:RUS*1.5 --shock "
        "position:USA@presence=10 --model compromise",
    ))(whatif)


def forecast_options(
    *, issue: str | None, model: str, draws: int | None, seed: int | None
) -> dict[str, Any]:
    """The options given on the command line, in the keywords of ``forecast``."""
    options: dict[str, Any] = {"issue": issue}
    if model != "all":
        options["models"] = (model,)
    if draws is not None:
        options["draws"] = draws
    if seed is not None:
        options["seed"] = seed
    return options


def whatif(
    input: Path = typer.Argument(..., help="A scenario file: greatgame YAML or any format read."),
    shock: list[str] = typer.Option(..., "--shock", "-s", help=SHOCK_HELP),
    issue: str | None = typer.Option(None, "--issue", help="Only this issue (its id)."),
    model: str = typer.Option("all", "--model", help="A model, or all of them.",
                              callback=choice(known_models)),
    draws: int | None = typer.Option(None, "--draws", help="Monte Carlo draws."),
    seed: int | None = typer.Option(None, "--seed", help="Random seed (same seed both runs)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object on stdout."),
) -> None:
    """Apply what-if shocks and compare each model's forecast with the baseline.

    Shows per issue and model the baseline and scenario forecasts, the shift, and whether
    the two 80 % intervals overlap (a shift inside the noise when they do).
    """
    from greatgame.models.shocks import parse_shock
    from greatgame.models.shocks import whatif as run_whatif
    from greatgame.scenario import load

    try:
        check_counts(input, draws=draws, seed=seed)
        parsed = [parse_shock(s) for s in shock]
        scenario = load(input)
        if issue is not None and issue not in {i.id for i in scenario.issues}:
            known = ", ".join(i.id for i in scenario.issues)
            raise InputError(input, f"unknown issue {issue!r} (known: {known})", where="--issue")
        result = run_whatif(
            scenario, parsed, **forecast_options(issue=issue, model=model, draws=draws, seed=seed)
        )
    except GreatgameError as exc:
        print_error(exc)
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(json.dumps(result))
    else:
        render(result, Console())


def render(result: dict[str, Any], out: Console) -> None:
    """A rich table: one row per issue and model."""
    table = Table(title=f"{result.get('scenario', '')}: " + ", ".join(result.get("shocks", [])))
    for name, justify in (
        ("issue", "left"),
        ("model", "left"),
        ("baseline", "right"),
        ("scenario", "right"),
        ("shift", "right"),
        ("80% overlap", "center"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for issue in result["issues"]:
        for model, row in issue["models"].items():
            overlap = {True: "yes", False: "[bold]no[/]", None: "-"}[row["overlap"]]
            table.add_row(
                issue["id"],
                model,
                _num(row["baseline"], row["baseline_ci80"]),
                _num(row["scenario"], row["scenario_ci80"]),
                f"{row['shift']:+.2f}",
                overlap,
            )
    out.print(table)


def _num(value: float, ci80: list[float] | None) -> str:
    return f"{value:.2f}" + (f" [{ci80[0]:.2f}, {ci80[1]:.2f}]" if ci80 else "")
