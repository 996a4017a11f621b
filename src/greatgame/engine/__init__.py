"""Engines: where a stage's tasks run — this process, a local process pool, or Dask.

The API other stages call::

    from greatgame.engine import current, open_engine

    with open_engine("dask", scheduler="tcp://10.0.0.5:8786") as engine:
        for result in engine.map(task, items):   # in the items' order, retried when a
            ...                                  # worker dies
    current().map(task, items)                   # the engine entered last, else here

Engines are looked up by name in :data:`greatgame.registry.engines` (``local.v1``,
``dask.v1``). Reading a corpus (:mod:`greatgame.batches`) and the Monte Carlo
(:func:`greatgame.models.montecarlo.monte_carlo`) go through them; see docs/engines.md.
"""

from greatgame.engine.base import (
    RETRIES,
    Engine,
    EngineError,
    batches,
    cores,
    current,
    use,
)
from greatgame.engine.cluster import DaskEngine
from greatgame.engine.local import LocalEngine
from greatgame.registry import engines

ENGINES = ("local", "dask")


def open_engine(name: str = "local", *, workers: int | None = None,
                scheduler: str | None = None) -> Engine:
    """The engine ``name`` (local or dask) with ``workers`` (default: every core) or, for
    dask, on the cluster at ``scheduler``. Not started: use it as ``with engine:``."""
    if name not in ENGINES:
        raise EngineError(f"engine {name!r}: use one of {', '.join(ENGINES)}")
    if scheduler is not None and name != "dask":
        raise EngineError(f"--scheduler {scheduler} is a Dask scheduler: it needs --engine dask")
    if name == "dask":
        return engines.get(name)(workers=workers, scheduler=scheduler)
    return engines.get(name)(workers=workers)


__all__ = [
    "ENGINES",
    "RETRIES",
    "DaskEngine",
    "Engine",
    "EngineError",
    "LocalEngine",
    "batches",
    "cores",
    "current",
    "open_engine",
    "use",
]
