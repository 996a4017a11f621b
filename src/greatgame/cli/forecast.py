"""`greatgame forecast INPUT`: every model's forecast per issue, with its 80 % interval."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from greatgame.cli.engine import ENGINE, SCHEDULER, WORKERS, engine_option
from greatgame.cli.help import choice, examples, known_models
from greatgame.cli.output import check_counts, fail
from greatgame.errors import GreatgameError, InputError

MODEL_HELP = "A model, or all of them."


def register(app: typer.Typer) -> None:
    app.command("forecast", epilog=examples(
        "greatgame forecast out/system.yaml",
        "greatgame forecast out/system.yaml --model compromise --draws 2000 --seed 1 --json",
        "greatgame forecast src/greatgame/data/backtest/ec_emissions.csv --model eum",
    ))(forecast_command)


def forecast_command(
    input: Path = typer.Argument(
        ..., help="A scenario: greatgame YAML, KTAB CSV/XML, a Scholz CSV or decide input."
    ),
    issue: str | None = typer.Option(None, "--issue", help="Only this issue (its id)."),
    model: str = typer.Option("all", "--model", help=MODEL_HELP, callback=choice(known_models)),
    draws: int = typer.Option(1000, "--draws", help="Monte Carlo draws over the input ranges."),
    seed: int = typer.Option(0, "--seed", help="Random seed: the same seed, the same numbers."),
    sampling: str = typer.Option(
        "triangular", "--sampling", help="How ranges are drawn.",
        callback=choice(("triangular", "uniform")),
    ),
    sensitivity: bool = typer.Option(
        False, "--sensitivity", help="Also show the one-at-a-time tornado over every range."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object on stdout."),
    engine: str | None = ENGINE,
    workers: int | None = WORKERS,
    scheduler: str | None = SCHEDULER,
) -> None:
    """Forecast where each issue settles, by model, with an 80 % interval from Monte Carlo.

    Round 0 is the input; the forecast is each model's outcome at the point values and
    the 80 % interval the 10th-90th percentile over the draws.
    """
    from greatgame.models.forecast import forecast, resolve_models
    from greatgame.scenario import load

    try:
        check_counts(input, draws=draws, seed=seed)
        models = resolve_models(model)
        scenario = load(input)
        if issue is not None and issue not in {i.id for i in scenario.issues}:
            known = ", ".join(i.id for i in scenario.issues)
            raise InputError(input, f"unknown issue {issue!r} (known: {known})", where="--issue")
        with engine_option(engine, workers, scheduler):  # the draws run their chunks on it
            result = forecast(scenario, issue=issue, models=models, draws=draws, seed=seed,
                              sampling=sampling, sensitivity=sensitivity)
    except GreatgameError as exc:
        fail(exc, input)
    if as_json:
        typer.echo(result.to_json())
        return
    out = Console()
    render(result.to_dict(), out)
    if sensitivity:
        render_tornado(result.to_dict(), out)


def render(result: dict, out: Console) -> None:
    """One table per issue: model, forecast, 80 % interval, rounds, draws."""
    for issue in result["issues"]:
        table = Table(title=f"{result['scenario']}: {issue['name']} ({issue['id']})")
        for name, justify in (("model", "left"), ("forecast", "right"),
                              ("80% interval", "right"), ("rounds", "right"),
                              ("draws", "right")):
            table.add_column(name, justify=justify)  # type: ignore[arg-type]
        for name, m in issue["models"].items():
            ci = m["ci80"]
            interval = f"{ci[0]:.2f} - {ci[1]:.2f}" if ci else "-"
            table.add_row(name, f"{m['forecast']:.2f}", interval,
                          str(len(m["rounds"]) - 1), str(m["draws"]))
        out.print(table)
    for note in result.get("notes", []):
        out.print(f"note: {note}", highlight=False)


def render_tornado(result: dict, out: Console, *, top: int = 10) -> None:
    """The largest swings per issue and model."""
    for issue in result["issues"]:
        for name, m in issue["models"].items():
            bars = m.get("tornado") or []
            if not bars:
                continue
            table = Table(title=f"sensitivity: {issue['id']} / {name}")
            for col in ("actor", "input", "range", "forecast low", "forecast high", "swing"):
                table.add_column(col, justify="left" if col in ("actor", "input") else "right")
            for bar in bars[:top]:
                table.add_row(bar["actor"], bar["input"], f"{bar['low']:g} - {bar['high']:g}",
                              f"{bar['forecast_low']:.2f}", f"{bar['forecast_high']:.2f}",
                              f"{bar['swing']:.2f}")
            out.print(table)
