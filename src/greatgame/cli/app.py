"""The `greatgame` command: a typer app that each command module adds itself to.

Each command module defines ``register(app)``. Errors that greatgame raises on purpose
(``GreatgameError``) become one line on stderr and exit code 1; usage errors exit 2.
"""

from __future__ import annotations

import functools
import importlib
import sys
from collections.abc import Callable
from typing import Any

import typer

from greatgame import __version__
from greatgame.cli.help import plain_types
from greatgame.cli.output import print_error
from greatgame.errors import GreatgameError

# Command modules, in the order `--help` lists them. Each defines register(app).
COMMAND_MODULES: tuple[str, ...] = (
    "analyze",
    "ingest",
    "extract",
    "contests",
    "forecast",
    "whatif",
    "advise",
    "backtest",
    "eval",
    "ledger",
    "importer",
    "export",
)

app = typer.Typer(
    name="greatgame",
    help="Turn geopolitical reporting into a model of the contest it describes, and forecast it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


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


def report_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Run a command, turning greatgame's own errors into one line on stderr and exit 1."""

    @functools.wraps(command)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except GreatgameError as exc:
            print_error(exc)
            raise typer.Exit(1) from exc

    return guarded


def _guard_all(typer_app: typer.Typer) -> None:
    for info in typer_app.registered_commands:
        if info.callback is not None:
            info.callback = report_errors(info.callback)
    for group in typer_app.registered_groups:
        if group.typer_instance is not None:
            _guard_all(group.typer_instance)


plain_types()  # --help shows PATH, TEXT, N, not Python types
for _name in COMMAND_MODULES:
    importlib.import_module(f"greatgame.cli.{_name}").register(app)
_guard_all(app)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app (exit 0 ok, 1 error, 2 usage)."""
    try:
        app(args=argv, standalone_mode=True)
    except GreatgameError as exc:  # raised outside a command, e.g. in an option callback
        print_error(exc)
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
