"""Monte Carlo over input uncertainty: draw every range, run a model on every draw.

Each actor's position, salience and capability carries a (low, high) range around its point
value (``IssueRanges``). A draw picks one value in each range, independently:

* ``"triangular"`` (default): low, point value, high as minimum, mode and maximum, so the
  analyst's best guess is the likeliest value and the ends are rare;
* ``"uniform"``: every value in [low, high] equally likely.

A zero-width range always gives its value, so a scenario without ranges collapses onto the
deterministic forecast.

**Reproducibility on any engine.** Draws come in fixed chunks of :data:`CHUNK` draws. Chunk
``k`` of an issue has its own stream, ``SeedSequence(seed, spawn_key=(issue_key, k))``,
which is the k-th child that ``SeedSequence(seed)`` would spawn under that issue. So a
local run, a Dask run that farms chunks out, or a run that draws chunk 7 alone all produce
the same numbers; and the first ``m`` draws of a larger run equal an ``m``-draw run.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

import numpy as np

from greatgame.engine import Engine, current
from greatgame.models.allocator import keep_temporaries_warm
from greatgame.models.base import IssueInputs, IssueModel, IssueRanges

CHUNK = 1024
DISTRIBUTIONS = ("triangular", "uniform")
_FIELDS = ("capability", "position", "salience")


def issue_key(issue_id: str) -> int:
    """A stable 32-bit key for an issue's random streams (CRC-32 of its id)."""
    return zlib.crc32(issue_id.encode("utf-8"))


def chunk_seed(seed: int, issue_id: str, chunk: int) -> np.random.SeedSequence:
    """The seed sequence of one chunk of draws of one issue."""
    return np.random.SeedSequence(seed, spawn_key=(issue_key(issue_id), chunk))


def draw_chunk(
    inputs: IssueInputs,
    ranges: IssueRanges,
    *,
    seed: int,
    chunk: int,
    size: int,
    distribution: str = "triangular",
) -> dict[str, np.ndarray]:
    """Draw ``size`` rows of chunk ``chunk``: {"capability", "position", "salience"}: (size, n)."""
    if distribution not in DISTRIBUTIONS:
        raise ValueError(f"distribution {distribution!r}: use one of {DISTRIBUTIONS}")
    rng = np.random.Generator(np.random.PCG64(chunk_seed(seed, inputs.issue.id, chunk)))
    n = len(inputs.actor_ids)
    uniform = rng.random((size, len(_FIELDS), n))
    out = {}
    for f, field in enumerate(_FIELDS):
        low, high = ranges.fields[field]
        mode = getattr(inputs, field)
        u = uniform[:, f, :]
        if distribution == "uniform":
            out[field] = low + u * (high - low)
        else:
            out[field] = triangular_ppf(u, low, mode, high)
    return out


def draw_inputs(
    inputs: IssueInputs,
    ranges: IssueRanges,
    *,
    draws: int,
    seed: int,
    distribution: str = "triangular",
) -> dict[str, np.ndarray]:
    """All ``draws`` rows, chunk by chunk (identical to drawing each chunk on its own)."""
    parts = [
        draw_chunk(inputs, ranges, seed=seed, chunk=k, size=min(CHUNK, draws - start),
                   distribution=distribution)
        for k, start in enumerate(range(0, draws, CHUNK))
    ]
    n = len(inputs.actor_ids)
    if not parts:
        return {field: np.empty((0, n)) for field in _FIELDS}
    return {field: np.concatenate([p[field] for p in parts]) for field in _FIELDS}


def triangular_ppf(
    u: np.ndarray, low: np.ndarray, mode: np.ndarray, high: np.ndarray
) -> np.ndarray:
    """Inverse CDF of the triangular distribution (min ``low``, mode ``mode``, max ``high``)."""
    width = high - low
    safe = np.where(width > 0, width, 1.0)
    split = (mode - low) / safe
    rising = low + np.sqrt(u * width * (mode - low))
    falling = high - np.sqrt((1 - u) * width * (high - mode))
    return np.where(width > 0, np.where(u < split, rising, falling), low)


@dataclass(frozen=True)
class Distribution:
    """The outcome distribution of one model on one issue."""

    values: np.ndarray  # (draws,) one forecast per draw, in draw order
    seed: int
    distribution: str

    @property
    def draws(self) -> int:
        return int(self.values.size)

    @property
    def median(self) -> float:
        return float(np.median(self.values))

    @property
    def ci80(self) -> tuple[float, float]:
        """The 80 % interval: 10th to 90th percentile of the draws."""
        lo, hi = np.percentile(self.values, [10, 90])
        return (float(lo), float(hi))

    def summary(self, *, bins: int = 20, scale: tuple[float, float] | None = None) -> dict:
        """Median, mean, spread, percentiles and a histogram, as plain JSON values."""
        v = self.values
        qs = [5, 10, 25, 50, 75, 90, 95]
        pct = np.percentile(v, qs)
        span = scale if scale is not None else (float(v.min()), float(v.max()))
        if span[0] == span[1]:
            span = (span[0] - 0.5, span[1] + 0.5)
        counts, edges = np.histogram(v, bins=bins, range=span)
        return {
            "draws": self.draws,
            "seed": self.seed,
            "sampling": self.distribution,
            "median": self.median,
            "mean": float(v.mean()),
            "std": float(v.std()),
            "percentiles": {f"p{q:02d}": float(p) for q, p in zip(qs, pct, strict=True)},
            "histogram": {"edges": [float(e) for e in edges], "counts": counts.tolist()},
        }


def monte_carlo(
    model: IssueModel,
    inputs: IssueInputs,
    ranges: IssueRanges,
    *,
    draws: int = 1000,
    seed: int = 0,
    distribution: str = "triangular",
    engine: Engine | None = None,
) -> Distribution:
    """Run ``model`` on ``draws`` draws of the input ranges, vectorised across the draws of
    each chunk; groups of chunks run as tasks on ``engine`` (default:
    :func:`greatgame.engine.current`). The model runs on one chunk at a time wherever it
    runs, so every engine and any number of workers give the same values, bit for bit."""
    if draws < 1:
        raise ValueError(f"draws must be at least 1, not {draws}")
    if distribution not in DISTRIBUTIONS:
        raise ValueError(f"distribution {distribution!r}: use one of {DISTRIBUTIONS}")
    runner = engine if engine is not None else current()
    tasks = [Chunks(model, inputs, ranges, seed=seed, draws=draws, distribution=distribution,
                    chunks=group)
             for group in chunk_groups(-(-draws // CHUNK), runner.workers)]
    values = np.concatenate(list(runner.map(run_chunks, tasks)))
    return Distribution(values=values, seed=seed, distribution=distribution)


#: Chunks per task at least: a task must outweigh shipping it to another process.
TASK_CHUNKS = 8


@dataclass(frozen=True)
class Chunks:
    """One Monte Carlo task: ``model`` on the chunks ``chunks`` of a ``draws``-draw run."""

    model: IssueModel
    inputs: IssueInputs
    ranges: IssueRanges
    seed: int
    draws: int
    distribution: str
    chunks: range


def chunk_groups(chunks: int, workers: int) -> list[range]:
    """Chunks ``0 .. chunks-1`` cut into consecutive groups, one task each: one group on
    one worker, else about two per worker and at least :data:`TASK_CHUNKS` chunks each.

    >>> chunk_groups(98, 2)
    [range(0, 25), range(25, 50), range(50, 75), range(75, 98)]
    >>> chunk_groups(3, 2)
    [range(0, 3)]
    """
    size = chunks if workers == 1 else max(TASK_CHUNKS, -(-chunks // (2 * workers)))
    return [range(start, min(start + size, chunks)) for start in range(0, chunks, max(size, 1))]


def run_chunks(task: Chunks) -> np.ndarray:
    """The model's forecast for each draw of the task's chunks, in draw order."""
    keep_temporaries_warm()
    out = []
    for k in task.chunks:
        drawn = draw_chunk(task.inputs, task.ranges, seed=task.seed, chunk=k,
                           size=min(CHUNK, task.draws - k * CHUNK),
                           distribution=task.distribution)
        values = task.model.run_batch(drawn["capability"], drawn["position"],
                                      drawn["salience"], task.inputs.scale)
        out.append(np.asarray(values, dtype=float))
    return np.concatenate(out) if out else np.empty(0)
