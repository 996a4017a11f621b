"""Where a command's work runs: ``--engine``, ``--workers``, ``--scheduler``, defined once.

``ingest``, ``extract``, ``analyze`` and ``forecast`` declare the three options with these
defaults and turn them into an engine with :func:`engine_option` (see docs/engines.md)::

    engine: str | None = ENGINE, workers: int | None = WORKERS,
    scheduler: str | None = SCHEDULER,
    ...
    with engine_option(engine, workers, scheduler):
        ...

A bad combination or an unreachable scheduler is an EngineError: one line, exit 1.
"""

from __future__ import annotations

import typer

from greatgame.cli.help import choice
from greatgame.engine import ENGINES, Engine, open_engine

ENGINE = typer.Option(
    None, "--engine", callback=choice(ENGINES),
    help="Where the work runs: local (a process pool on this machine) or dask "
         "[default: local; dask with --scheduler].")
WORKERS = typer.Option(
    None, "--workers", min=1,
    help="Worker processes [default: every core]; 1 runs everything in this process.")
SCHEDULER = typer.Option(
    None, "--scheduler", metavar="ADDRESS",
    help="The scheduler of a running Dask cluster, tcp://HOST:PORT [default: dask starts "
         "a LocalCluster].")


def engine_option(engine: str | None, workers: int | None, scheduler: str | None) -> Engine:
    """The engine the three options name (not started: enter it with ``with``)."""
    name = engine or ("dask" if scheduler is not None else "local")
    return open_engine(name, workers=workers, scheduler=scheduler)
