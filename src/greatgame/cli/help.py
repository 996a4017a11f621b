"""What every command's ``--help`` shares: examples, plain option types, model choices.

typer prints the Python type of each parameter (``<list[Path]>``, ``<bool>``, ``<int
range>``); an analyst reading ``--help`` wants what to type instead. :func:`plain_types`
shows click's plain names (``PATH``, ``TEXT``, ``N``), nothing for a flag, and leaves an
argument to its name. Each command passes ``epilog=examples(...)``: real command lines a
user can paste.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import typer

#: click's type names, as ``--help`` shows them.
PLAIN = {"int": "N", "float": "NUMBER", "str": "TEXT", "Path": "PATH", "bool": ""}


def examples(*lines: str) -> str:
    """The epilog of a command's help: one example per paragraph (rich keeps them apart)."""
    return "Examples:\n\n" + "\n\n".join(f"  {line}" for line in lines)


def _option_type(self: Any, ctx: Any) -> str | None:
    if self.metavar is not None:
        return self.metavar
    if getattr(self, "is_flag", False) or getattr(self, "count", False):
        return None
    if self.type_descriptor.is_path:
        return "PATH"
    bare = self.bare_type()
    bare = bare[5:-1] if bare.startswith("list[") else bare
    return PLAIN.get(bare, bare.upper()) or None


def _argument_type(self: Any, ctx: Any) -> str | None:
    return None  # the name column already says it (PATHS..., GOLD)


@functools.cache
def plain_types() -> None:
    """Make ``--help`` show plain types: PATH, TEXT, N; nothing for flags and arguments."""
    from typer.core import TyperArgument, TyperOption

    TyperOption.display_type_rich = _option_type  # type: ignore[method-assign]
    TyperArgument.display_type_rich = _argument_type  # type: ignore[method-assign]


def known_models() -> tuple[str, ...]:
    from greatgame.models.forecast import MODELS

    return (*MODELS, "all")


def choice(values: tuple[str, ...] | Any) -> Any:
    """An option callback that refuses a value outside ``values`` (a callable giving them)
    as a usage error: exit 2 and the list of what is allowed."""

    def check(value: str | None) -> str | None:
        allowed = values() if callable(values) else values
        if value is not None and value.lower() not in allowed:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(allowed)}")
        return value.lower() if value is not None else None

    return check


def date_option(value: str | None, option: str = "--date") -> dt.date | None:
    """A date option's value (YYYY-MM-DD), or None; anything else is a usage error."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD",
                                 param_hint=option) from None
