"""The `greatgame` command: a typer app that each command module adds itself to.

Each command module defines ``register(app)``. Errors that greatgame raises on purpose
(``GreatgameError``) become one line on stderr and exit code 1; usage errors exit 2.
"""

from __future__ import annotations

import importlib
import sys

import typer
from rich.console import Console

from greatgame import __version__
from greatgame.errors import GreatgameError

# Command modules, in the order `--help` lists them. Each defines register(app).
COMMAND_MODULES: tuple[str, ...] = (
    "analyze",
    "ingest",
    "extract",
    "forecast",
    "whatif",
    "backtest",
    "eval",
    "export",
)

app = typer.Typer(
    name="greatgame",
    help="Turn geopolitical reporting into a model of the contest it describes, and forecast it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"greatgame {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """greatgame: actors, positions, salience, capability -> bargaining forecasts."""


for _name in COMMAND_MODULES:
    importlib.import_module(f"greatgame.cli.{_name}").register(app)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app, turning greatgame's own errors into exit code 1."""
    try:
        app(args=argv, standalone_mode=True)
    except GreatgameError as exc:
        err.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
