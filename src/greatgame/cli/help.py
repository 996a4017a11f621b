"""What every command's ``--help`` shares: examples, plain option types, model choices.

typer prints the Python type of each parameter (``<list[Path]>``, ``<bool>``, ``<int
range>``); an analyst reading ``--help`` wants what to type instead. :func:`plain_types`
shows click's plain names (``PATH``, ``TEXT``, ``N``), nothing for a flag, and leaves an
argument to its name. Each command passes ``epilog=examples(...)``: real command lines a
user can paste.
"""

from __future__ import annotations

import functools
from typing import Any

import click

#: click's type names, as ``--help`` shows them.
PLAIN = {"integer": "N", "integer range": "N", "float": "NUMBER", "float range": "NUMBER",
         "text": "TEXT", "path": "PATH", "file": "FILE", "boolean": "", "choice": "CHOICE"}


def examples(*lines: str) -> str:
    """The epilog of a command's help: one example per paragraph (rich keeps them apart)."""
    return "Examples:\n\n" + "\n\n".join(f"  {line}" for line in lines)


def _option_type(self: Any, ctx: click.Context) -> str | None:
    if self.metavar is not None:
        return self.metavar
    if getattr(self, "is_flag", False) or getattr(self, "count", False):
        return None
    if isinstance(self.type, click.Choice):
        return "|".join(map(str, self.type.choices))
    return PLAIN.get(self.type.name, self.type.name.upper()) or None


def _argument_type(self: Any, ctx: click.Context) -> str | None:
    return None  # the name column already says it (PATHS..., GOLD)


@functools.cache
def plain_types() -> None:
    """Make ``--help`` show plain types: PATH, TEXT, N; nothing for flags and arguments."""
    from typer.core import TyperArgument, TyperOption

    TyperOption.display_type_rich = _option_type  # type: ignore[method-assign]
    TyperArgument.display_type_rich = _argument_type  # type: ignore[method-assign]


@functools.cache
def model_choice(*, every: bool = True) -> click.Choice:
    """The registered models (and ``all``): an unknown --model is a usage error (exit 2)."""
    from greatgame.models.forecast import MODELS

    return click.Choice([*MODELS, *(["all"] if every else [])], case_sensitive=False)
