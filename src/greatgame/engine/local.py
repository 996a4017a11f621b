"""The local engine: a pool of worker processes on this machine, one per core by default.

Workers are started with ``spawn`` (a clean interpreter: no copy of the parent's threads,
locks or open store), only when a map has two tasks or more, and kept for the engine's
life, so whatever a worker caches (the spaCy pipeline, :func:`greatgame.nlp.load`) is
loaded once per worker, not once per task. With one worker the tasks run in this process.

A worker that dies (killed, out of memory) breaks a ``ProcessPoolExecutor``: every task
not yet finished fails with ``BrokenProcessPool``. The engine then starts a new pool and
runs those tasks again, each at most :data:`~greatgame.engine.base.RETRIES` more times;
results already returned are kept. A worker whose parent is gone exits by itself.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent import futures
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, count, islice
from typing import Any, TypeVar

from greatgame.engine.base import AHEAD, RETRIES, Engine, EngineError
from greatgame.registry import engines

T = TypeVar("T")
R = TypeVar("R")
_END = object()


@dataclass
class _Task:
    number: int
    item: Any
    future: futures.Future
    attempts: int = 1


@engines.register("local.v1")
class LocalEngine(Engine):
    """Tasks on ``workers`` local processes (every core by default; 1: in this process)."""

    name = "local"

    def __init__(self, *, workers: int | None = None, retries: int = RETRIES) -> None:
        super().__init__(workers=workers)
        self.retries = retries
        self._pool: futures.ProcessPoolExecutor | None = None

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        source = iter(items)
        head = list(islice(source, 2))
        if self.workers == 1 or len(head) < 2:  # a pool would only add its start-up
            return (fn(item) for item in chain(head, source))
        return self._pooled(fn, chain(head, source))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _pooled(self, fn: Callable[[T], R], source: Iterator[T]) -> Iterator[R]:
        pending: deque[_Task] = deque()
        numbers = count()
        while True:
            while len(pending) < AHEAD * self.workers:
                item = next(source, _END)
                if item is _END:
                    break
                pending.append(_Task(next(numbers), item, self._submit(fn, item)))
            if not pending:
                return
            try:
                result = pending[0].future.result()
            except BrokenProcessPool:
                self._recover(fn, pending)
                continue
            pending.popleft()
            yield result

    def _submit(self, fn: Callable[[T], R], item: T) -> futures.Future:
        if self._pool is None:
            self._pool = futures.ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=watch_parent,
                initargs=(os.getpid(),),
            )
        return self._pool.submit(fn, item)

    def _recover(self, fn: Callable[[T], R], pending: deque[_Task]) -> None:
        """A worker died: a new pool, and every task it took down is submitted again."""
        futures.wait([task.future for task in pending])
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        for task in pending:
            if not isinstance(task.future.exception(), BrokenProcessPool):
                continue  # finished before the break (or raised on its own): kept as it is
            if task.attempts > self.retries:
                raise EngineError(
                    f"task {task.number + 1}: its worker process died {task.attempts} times "
                    "(killed, or out of memory?); the results before it were kept")
            task.attempts += 1
            task.future = self._submit(fn, task.item)


def watch_parent(parent: int, every: float = 1.0) -> None:
    """Run in each worker as it starts: exit when the process that started it is gone
    (``kill -9`` of the command would otherwise leave its workers waiting forever)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="greatgame-watch-parent", daemon=True).start()
