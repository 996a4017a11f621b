"""`greatgame advise INPUT --actor RUS [--toward N]`: the levers open to one actor, per model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from greatgame.cli.help import examples
from greatgame.cli.output import check_counts, fail
from greatgame.errors import GreatgameError


def register(app: typer.Typer) -> None:
    app.command("advise", epilog=examples(
        "greatgame advise tests/fixtures/afghanistan.yaml --actor RUS --issue taliban",
        "greatgame advise out/system.yaml --actor USA --toward 80 --json",
    ))(advise_command)


def advise_command(
    input: Path = typer.Argument(..., help="A scenario file: greatgame YAML or any format read."),
    actor: str = typer.Option(..., "--actor", "-a", help="The actor to advise (its id)."),
    toward: float | None = typer.Option(
        None, "--toward", help="Where the actor wants the issue to end (default: its position)."
    ),
    issue: str | None = typer.Option(None, "--issue", help="Only this issue (its id)."),
    model: str = typer.Option(
        "all", "--model", help="compromise, median, mean, nash, ks, eum or all."
    ),
    draws: int = typer.Option(200, "--draws", help="Monte Carlo draws for each interval."),
    seed: int = typer.Option(0, "--seed", help="Random seed: the same seed, the same numbers."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object on stdout."),
) -> None:
    """Which single change open to an actor moves each model's forecast most its way.

    Four kinds of lever: its position, its salience, its capability within its range, and
    winning one other actor over to its position. Each comes with its effect on the
    forecast and the 80 % interval of that effect over the input ranges.
    """
    from greatgame.models.levers import advise
    from greatgame.scenario import load

    try:
        check_counts(input, draws=draws, seed=seed)
        scenario = load(input)
        result = advise(scenario, actor, toward=toward, issue=issue, models=model,
                        draws=draws, seed=seed)
    except GreatgameError as exc:
        fail(exc, input)
    if as_json:
        typer.echo(json.dumps(result))
    else:
        render(result, Console())


def render(result: dict[str, Any], out: Console) -> None:
    """One table per issue: per model, each lever with its effect and interval."""
    for issue in result["issues"]:
        table = Table(title=f"{result['actor']} on {issue['name']} ({issue['id']}): "
                      f"toward {issue['toward']:g}")
        for name, justify in (("model", "left"), ("lever", "left"), ("forecast", "right"),
                              ("effect", "right"), ("80% of effect", "right"),
                              ("closer", "right")):
            table.add_column(name, justify=justify)  # type: ignore[arg-type]
        for model, entry in issue["models"].items():
            for k, lever in enumerate(entry["levers"]):
                ci = lever["effect_ci80"]
                table.add_row(
                    model if k == 0 else "",
                    lever["text"],
                    f"{entry['baseline']:.2f} -> {lever['forecast']:.2f}",
                    f"{lever['effect']:+.2f}",
                    f"{ci[0]:+.2f} .. {ci[1]:+.2f}" if ci else "-",
                    f"{lever['closer']:+.2f}",
                )
        out.print(table)
    for note in result.get("notes", []):
        out.print(f"note: {note}", highlight=False)
