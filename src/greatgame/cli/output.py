"""How every command reports an error: one line on stderr, markup in the message left as text."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from greatgame.errors import GreatgameError, InputError, one_line


def print_error(exc: GreatgameError | str, *, label: str = "error") -> None:
    """Print ``label: message`` on stderr as one line; brackets in file names stay as they are."""
    Console(stderr=True).print(
        f"[bold red]{label}:[/] {escape(one_line(str(exc)))}", highlight=False, soft_wrap=True
    )


def fail(exc: GreatgameError, path: str | Path | None = None) -> NoReturn:
    """Report ``exc`` (an InputError that names no file is said of ``path``) and exit 1."""
    if path is not None and isinstance(exc, InputError) and exc.path is None:
        exc = InputError(path, exc.problem, where=exc.where)
    print_error(exc)
    raise typer.Exit(1) from None


def check_counts(path: str | Path | None, **options: int | None) -> None:
    """Refuse a negative count or seed (``draws=-1``) as an InputError naming its option."""
    for name, value in options.items():
        if value is not None and value < 0:
            raise InputError(path, f"{name} must be 0 or more, not {value}", where=f"--{name}")
