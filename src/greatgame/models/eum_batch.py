"""The compiled expected-utility model over draws: rounds into a draw, draws into blocks.

A draw runs :func:`greatgame.models.eum_kernel.play_round` round after round, recording the
round's median and mean and applying the stopping rule, as the reference does. Blocks of
draws run in threads on every core (the compiled code releases the GIL); each draw is
computed on its own, so the result never depends on the blocks or the threads, and memory
is a few n x n tables per thread whatever the number of draws. A run estimated to take more
than :data:`PROGRESS_AFTER` seconds shows a progress bar on standard error, when standard
error is a terminal.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
from numba import njit

from greatgame.models import eum_kernel, vecmath
from greatgame.models.eum_kernel import (
    CURRENT,
    INITIAL,
    JIT,
    SCALE,
    Settings,
    bounds,
    play_round,
    sort_positions,
    span,
    workspace,
)

# Seconds one core spends on a round, per pair of actors and per actor, measured on the
# 2-core project VM; only used to size blocks of draws and to decide on progress.
PAIR_ROUND_SECONDS = 25e-9
ACTOR_ROUND_SECONDS = 300e-9
# Show a progress bar for runs estimated to take longer than this (seconds).
PROGRESS_AFTER = 2.0
# A block of draws is at most this much work (seconds on one core), and each thread gets
# at least BLOCKS_A_THREAD blocks: short enough for a progress bar to move and for the
# threads to share the work evenly when other work slows one of them.
BLOCK_SECONDS = 0.25
BLOCKS_A_THREAD = 4
# Threads for blocks of draws; None: every core this process may use. An engine that runs
# several Monte Carlo tasks side by side on one machine may set it to 1.
THREADS: int | None = None
_ROUTES = {"initial": INITIAL, "current": CURRENT, "scale": SCALE}

eum_kernel.drop_stale_caches(__file__, [eum_kernel.__file__, vecmath.__file__])


def settings(switches: dict[str, Any], scale: tuple[float, float]) -> Settings:
    """The compiled form of ``ExpectedUtility.switches()`` on an issue with ``scale``."""
    tol = switches["stop_tol"]
    return Settings(
        rounds=int(switches["rounds"]),
        stop=tol is not None,
        stop_tol=float(tol) if tol is not None else 0.0,
        stop_patience=int(switches["stop_patience"]),
        q=float(switches["q"]),
        t=float(switches["t"]),
        future_sign=float(switches["future_sign"]),
        pair=switches["probability"] == "pair",
        vote_risk=bool(switches["vote_risk"]),
        risk=switches["risk"] == "actors",
        own_view=switches["risk_perspective"] == "own",
        target=switches["challenge_salience"] == "target",
        loser_moves=switches["conflict"] == "loser_moves",
        capitulation=bool(switches["capitulation"]),
        least_move=switches["offer_choice"] == "least_move",
        range_mode=_ROUTES[switches["range_mode"]],
        weighted_median=switches["round_median"] == "weighted",
        mean_outcome=switches["outcome"] == "mean",
        width=float(scale[1] - scale[0]),
    )


@njit(**JIT)
def _condorcet(x, w, loss):
    """The Condorcet winner among current positions: the lowest of the minimisers of
    ``sum_k w_k |x_k - y|`` (Scholz, Appendix), with the reference's tie tolerance."""
    n = x.size
    for j in range(n):
        loss[j] = 0.0
    for k in range(n):  # sums over k in order, for all j at once
        for j in range(n):
            loss[j] += abs(x[k] - x[j]) * w[k]
    best = bounds(loss)[0]
    winner = np.inf
    for j in range(n):
        if loss[j] <= best + 1e-12 * max(1.0, abs(best)):
            winner = min(winner, x[j])
    return winner


@njit(**JIT)
def _weighted_median(x, w, order, cum):
    """Lower weighted median, as ``greatgame.models.base.weighted_median``: the first sorted
    position where the running weight reaches half the total (every weight 1 if all are 0).
    """
    n = x.size
    sort_positions(x, order)
    total = 0.0
    for k in range(n):
        total += w[k]
    running = 0.0
    for t in range(n):
        running += w[order[t]] if total > 0.0 else 1.0
        cum[t] = running
    half = 0.5 * cum[n - 1]
    for t in range(n):
        if cum[t] >= half * (1.0 - 1e-12):
            return x[order[t]]
    return x[order[0]]


@njit(**JIT)
def _median(x, w, cfg, work):
    """The round's median (``round_median``); ``work.order`` may be re-sorted, which the
    next round's sort does not mind."""
    if cfg.weighted_median:
        return _weighted_median(x, w, work.order, work.scratch)
    return _condorcet(x, w, work.scratch)


@njit(**JIT)
def _mean(x, w):
    """Weighted mean; the plain mean where all weights are zero."""
    total, weighted, plain = 0.0, 0.0, 0.0
    for k in range(x.size):
        total += w[k]
        weighted += w[k] * x[k]
        plain += x[k]
    return weighted / total if total > 0.0 else plain / x.size


@njit(**JIT)
def _keep(x, history, rnd):
    for k in range(x.size):
        history[rnd, k] = x[k]


@njit(**JIT)
def _draw(cap, pos, sal, cfg, work, history, medians, means):
    """Run one draw: fills medians and means (rounds + 1), history if it has rows; returns
    the round the stopping rule ended it (``rounds`` when it did not).

    ``work`` may hold an earlier draw's tables: every cell is written before it is read,
    and the sort of the positions gives the same order from any starting order.
    """
    n = pos.size
    x, w = np.empty(n), np.empty(n)
    for k in range(n):
        x[k], w[k] = pos[k], cap[k] * sal[k]
    spread = cfg.width if cfg.range_mode == SCALE else span(x)
    medians[0], means[0] = _median(x, w, cfg, work), _mean(x, w)
    keep = history.shape[0] > 0
    if keep:
        _keep(x, history, 0)
    done, calm = cfg.rounds, 0
    for rnd in range(1, cfg.rounds + 1):
        if done < cfg.rounds:  # stopped: the positions stay, and so do their statistics
            medians[rnd], means[rnd] = medians[rnd - 1], means[rnd - 1]
        else:
            if cfg.range_mode == CURRENT:
                spread = span(x)
            play_round(x, w, sal, medians[rnd - 1], spread if spread > 0.0 else 1.0, cfg, work)
            for k in range(n):
                x[k] = work.moved[k]
            medians[rnd], means[rnd] = _median(x, w, cfg, work), _mean(x, w)
            if cfg.stop:
                calm = calm + 1 if abs(medians[rnd] - medians[rnd - 1]) <= (
                    cfg.stop_tol * spread) else 0
                if calm >= cfg.stop_patience:
                    done = rnd
        if keep:
            _keep(x, history, rnd)
    return done


@njit(**JIT)
def _forecast_block(cap, pos, sal, cfg, out):
    """The forecast of each draw (row) of one block: the last round's median or mean."""
    draws, n = pos.shape
    medians, means = np.empty(cfg.rounds + 1), np.empty(cfg.rounds + 1)
    none = np.empty((0, n))
    work = workspace(n)
    for d in range(draws):
        _draw(cap[d], pos[d], sal[d], cfg, work, none, medians, means)
        out[d] = means[-1] if cfg.mean_outcome else medians[-1]


# --- the Python side -----------------------------------------------------------------------


def path(
    cfg: Settings, capability: np.ndarray, position: np.ndarray, salience: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """One draw's whole run: positions (rounds + 1, n), medians, means and the stop round."""
    cap, pos, sal = (np.ascontiguousarray(a, dtype=np.float64) for a in
                     (capability, position, salience))
    if pos.size == 0:
        raise ValueError("the expected-utility model needs at least one actor")
    history = np.empty((cfg.rounds + 1, pos.size))
    medians, means = np.empty(cfg.rounds + 1), np.empty(cfg.rounds + 1)
    done = _draw(cap, pos, sal, cfg, workspace(pos.size), history, medians, means)
    return history, medians, means, int(done)


def workers() -> int:
    """Threads for blocks of draws: :data:`THREADS`, or the cores this process may use."""
    if THREADS is not None:
        return max(1, THREADS)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def draw_seconds(cfg: Settings, n: int) -> float:
    """A rough time one core spends on a draw of n actors."""
    return max(cfg.rounds, 1) * (n * n * PAIR_ROUND_SECONDS + n * ACTOR_ROUND_SECONDS)


def forecasts(
    cfg: Settings,
    capability: np.ndarray,
    position: np.ndarray,
    salience: np.ndarray,
    *,
    threads: int | None = None,
    progress: bool | None = None,
) -> np.ndarray:
    """The forecast of each draw (row) of (draws, n) arrays, in blocks on ``threads`` threads.

    ``progress`` None shows a bar on a terminal's standard error for long runs only.
    """
    cap, pos, sal = (np.ascontiguousarray(a, dtype=np.float64) for a in
                     (capability, position, salience))
    draws, n = pos.shape
    if n == 0:
        raise ValueError("the expected-utility model needs at least one actor")
    out = np.empty(draws)
    threads = threads or workers()
    per_draw = draw_seconds(cfg, n)
    block = max(1, min(int(BLOCK_SECONDS / per_draw), -(-draws // (threads * BLOCKS_A_THREAD))))
    starts = range(0, draws, block)

    def work(start: int) -> int:
        part = slice(start, start + block)
        _forecast_block(cap[part], pos[part], sal[part], cfg, out[part])
        return out[part].size

    if progress is None:
        progress = draws * per_draw / threads > PROGRESS_AFTER
    pool_size = min(threads, len(starts))
    if pool_size <= 1:
        _report(map(work, starts), draws, n, show=progress)
        return out
    with ThreadPoolExecutor(max_workers=pool_size) as pool:
        _report(pool.map(work, starts), draws, n, show=progress)
    return out


def _report(done: Iterable[int], draws: int, n: int, *, show: bool) -> None:
    """Consume the finished blocks, advancing a progress bar on standard error if asked."""
    bar = _progress_bar() if show else None
    if bar is None:
        for _ in done:
            pass
        return
    with bar:
        task = bar.add_task(f"EUM, {n} actors", total=draws)
        for rows in done:
            bar.advance(task, rows)


def _progress_bar() -> Any | None:
    """A transient rich progress bar on standard error, or None when that is no terminal."""
    from rich.console import Console

    from greatgame.progress import counting_bar

    console = Console(stderr=True)
    return counting_bar(console) if console.is_terminal else None

