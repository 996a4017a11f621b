"""The errors greatgame raises. The CLI turns each into one message and exit code 1."""

from __future__ import annotations

from pathlib import Path


class GreatgameError(Exception):
    """Base class of every error greatgame raises on purpose."""


class InputError(GreatgameError):
    """Bad input: names the file, the place in it (line, field) and the problem."""

    def __init__(self, path: str | Path | None, problem: str, where: str | None = None):
        self.path = str(path) if path is not None else None
        self.where = where
        self.problem = problem
        super().__init__(self.message)

    @property
    def message(self) -> str:
        head = self.path or "<input>"
        if self.where:
            head = f"{head}, {self.where}"
        return f"{head}: {self.problem}"


class StoreLocked(GreatgameError):
    """Another process holds the store's write lock."""


class StoreError(GreatgameError):
    """The store is corrupt or cannot be written."""


class ModelMissing(GreatgameError):
    """The packaged NLP model is missing or damaged."""
