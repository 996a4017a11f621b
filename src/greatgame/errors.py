"""The errors greatgame raises. The CLI turns each into one message and exit code 1."""

from __future__ import annotations

from pathlib import Path


def one_line(text: str) -> str:
    """Text on one line: runs of whitespace become one space, other control characters are
    written as escapes (a file name holding a newline stays one line, and stays readable)."""
    flat = " ".join(text.split())
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in flat)


def printable_path(path: str | Path) -> str:
    """A path with control characters escaped (not collapsed: it must still name the file)."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in str(path))


class GreatgameError(Exception):
    """Base class of every error greatgame raises on purpose; its text is always one line."""

    def __str__(self) -> str:
        return one_line(super().__str__())


class InputError(GreatgameError):
    """Bad input: names the file, the place in it (line, field) and the problem."""

    def __init__(self, path: str | Path | None, problem: str, where: str | None = None):
        self.path = str(path) if path is not None else None
        self.where = where
        self.problem = problem
        super().__init__(self.message)

    def __reduce__(self) -> tuple[type, tuple[str | None, str, str | None]]:
        """Pickled by its parts, so it survives the trip back from an engine's worker."""
        return (type(self), (self.path, self.problem, self.where))

    @property
    def message(self) -> str:
        head = printable_path(self.path) if self.path is not None else "<input>"
        if self.where:
            head = f"{head}, {one_line(self.where)}"
        return f"{head}: {one_line(self.problem)}"

    def __str__(self) -> str:
        return self.message


class StoreLocked(GreatgameError):
    """Another process holds the store's write lock."""


class StoreError(GreatgameError):
    """The store is corrupt or cannot be written."""


class ModelMissing(GreatgameError):
    """The packaged NLP model is missing or damaged."""
