"""Tasks that check an engine keeps its promises: results in order, and a task whose worker
died run again. The engine tests run them on every engine; they must live in the package
so that any worker (a spawned process, a Dask worker elsewhere) can import them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


def square(x: int) -> int:
    """A task: ``x`` squared."""
    return x * x


def where(x: int) -> tuple[int, int]:
    """A task: ``x`` and the id of the process that ran it."""
    return x, os.getpid()


def fail(x: int) -> int:
    """A task that raises ValueError for 3 (an error of the task's own, not of a worker)."""
    if x == 3:
        raise ValueError("3 is refused")
    return x


@dataclass(frozen=True)
class DiesOnce:
    """Runs ``fn``, but the first worker to run it dies first (``os._exit``): ``marker``,
    a file every worker can see, records that one did. Never kills the process that made
    it (an engine that runs a task in place)."""

    fn: Callable[[Any], Any]
    marker: str
    always: bool = False  # every worker that runs it dies: the task can never finish
    parent: int = field(default_factory=os.getpid)

    def __call__(self, item: Any) -> Any:
        if os.getpid() != self.parent and self._first():
            os._exit(1)
        return self.fn(item)

    def _first(self) -> bool:
        if self.always:
            return True
        try:
            os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            return False
        return True
