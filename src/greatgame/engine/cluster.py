"""The Dask engine: tasks on a ``dask.distributed`` cluster.

Without a scheduler address the engine starts a ``LocalCluster`` of ``workers`` processes
(one thread each: the tasks are CPU-bound Python) and stops it on close; with one
(``tcp://HOST:PORT``) it connects to a cluster someone else runs, whose workers must have
greatgame installed. Needs the ``dask`` extra (``pip install 'greatgame[dask]'``).

Dask reschedules a task whose worker died on another worker, up to its
``distributed.scheduler.allowed-failures`` setting (3 by default); past that the task's
``KilledWorker`` becomes an :class:`~greatgame.engine.base.EngineError`. A worker process
keeps what it caches between tasks, so the spaCy pipeline is loaded once per worker.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from greatgame.engine.base import AHEAD, Engine, EngineError
from greatgame.registry import engines

T = TypeVar("T")
R = TypeVar("R")
TIMEOUT = 10.0  # seconds to reach a scheduler, and for it to have a worker
INSTALL = "the dask engine needs dask.distributed: pip install 'greatgame[dask]'"


def distributed() -> Any:
    """The ``distributed`` module, or EngineError saying how to install it."""
    try:
        import distributed as module
    except ImportError as exc:
        raise EngineError(INSTALL) from exc
    return module


@engines.register("dask.v1")
class DaskEngine(Engine):
    """Tasks on a Dask cluster: a new ``LocalCluster`` of ``workers`` processes (every
    core by default), or the existing cluster whose scheduler is at ``scheduler``."""

    name = "dask"

    def __init__(self, *, workers: int | None = None, scheduler: str | None = None,
                 timeout: float | None = None) -> None:
        if workers is not None and scheduler is not None:
            raise EngineError("--workers sizes a cluster greatgame starts; with --scheduler "
                              "the cluster's own workers run the tasks: give one or the other")
        super().__init__(workers=workers)
        self.scheduler = scheduler
        self.timeout = timeout if timeout is not None else TIMEOUT
        self._client: Any = None
        self._cluster: Any = None

    def start(self) -> None:
        if self._client is not None:
            return
        module = distributed()
        if self.scheduler is None:
            self._cluster = module.LocalCluster(
                n_workers=self.workers, threads_per_worker=1, processes=True,
                dashboard_address=None, silence_logs=logging.ERROR,
                scheduler_kwargs={"dashboard_address": ":0"})  # no dashboard; no fixed port
            self._client = module.Client(self._cluster)
            return
        self._client = self._connect(module)
        nthreads = self._client.nthreads()
        self.workers = max(1, sum(nthreads.values()))

    def _connect(self, module: Any) -> Any:
        where = f"the Dask scheduler at {self.scheduler!r}"
        try:
            client = module.Client(self.scheduler, timeout=self.timeout)
        except (OSError, TimeoutError, ValueError, TypeError) as exc:
            raise EngineError(f"cannot reach {where}: {exc}") from None
        try:
            client.wait_for_workers(1, timeout=self.timeout)
        except (OSError, TimeoutError) as exc:
            client.close()
            raise EngineError(f"{where} has no worker ({exc})") from None
        return client

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        self.start()
        return self._ordered(fn, items)

    def _ordered(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        pending: deque[Any] = deque()
        for item in items:
            pending.append(self._client.submit(fn, item, pure=False))
            if len(pending) >= AHEAD * self.workers:
                yield self._result(pending.popleft())
        while pending:
            yield self._result(pending.popleft())

    def _result(self, future: Any) -> Any:
        killed = distributed().KilledWorker
        try:
            return future.result()
        except killed as exc:
            raise EngineError(f"a task killed every Dask worker that ran it ({exc})") from None
        finally:
            future.release()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def describe(self) -> str:
        where = self.scheduler or "a LocalCluster"
        return f"{super().describe()} on {where}"
