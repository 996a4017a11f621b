"""What every engine is: ``map(fn, items)`` yields ``fn(item)`` per item, in the items' order.

A stage cuts its work into tasks (a batch of articles, a group of Monte Carlo chunks) whose
results do not depend on where or when they run, so every engine, on any number of workers,
gives the same results in the same order. The engine a stage uses is the one passed to it,
else the one entered last (``with engine: ...``, like joblib's ``parallel_backend``), else
:func:`current`'s default: this process, one task after the other.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from greatgame.errors import GreatgameError

T = TypeVar("T")
R = TypeVar("R")

#: A task whose worker process dies is run again up to this many times (then EngineError).
RETRIES = 2
#: Tasks handed out ahead of the one whose result is awaited, per worker: enough to keep
#: every worker busy while the parent stores a result, few enough to bound memory.
AHEAD = 2


class EngineError(GreatgameError):
    """An engine cannot start or reach its cluster, or a task's workers kept dying."""


def cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


class Engine(ABC):
    """Runs tasks. Subclasses set ``name`` and implement :meth:`map`.

    The constructor only stores parameters; :meth:`start` acquires what the engine runs
    on (a cluster connection) and :meth:`close` releases it. ``with engine:`` does both
    and makes the engine the one :func:`current` returns inside the block.
    """

    name = ""

    def __init__(self, *, workers: int | None = None) -> None:
        if workers is not None and workers < 1:
            raise EngineError(f"--workers must be 1 or more, not {workers}")
        self.workers = workers if workers is not None else cores()
        self._tokens: list[contextvars.Token[Engine | None]] = []

    @abstractmethod
    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """``fn(item)`` for each item, in order. ``fn`` must be a module-level function and
        items and results picklable: they may travel to another process or machine."""

    def start(self) -> None:  # noqa: B027 - a hook; the local engine needs none
        """Acquire what the engine runs on (nothing, for some engines)."""

    def close(self) -> None:  # noqa: B027 - a hook
        """Release what :meth:`start` or :meth:`map` acquired."""

    def describe(self) -> str:
        """One line for a log or a benchmark: the engine and its workers."""
        return f"{self.name}, {self.workers} worker{'s' if self.workers != 1 else ''}"

    def __enter__(self) -> Engine:
        self.start()
        self._tokens.append(_current.set(self))
        return self

    def __exit__(self, *exc: object) -> None:
        _current.reset(self._tokens.pop())
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.describe()}>"


_current: contextvars.ContextVar[Engine | None] = contextvars.ContextVar(
    "greatgame_engine", default=None
)


def current() -> Engine:
    """The engine entered last, or one that runs every task here, in order."""
    engine = _current.get()
    if engine is not None:
        return engine
    from greatgame.engine.local import LocalEngine

    return LocalEngine(workers=1)


@contextlib.contextmanager
def use(engine: Engine) -> Iterator[Engine]:
    """Make ``engine`` the one :func:`current` returns inside the block, without starting
    or closing it (its owner does: ``with engine:``)."""
    token = _current.set(engine)
    try:
        yield engine
    finally:
        _current.reset(token)


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last may be shorter), lazily.

    >>> list(batches(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    if size < 1:
        raise ValueError(f"batch size must be 1 or more, not {size}")
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
