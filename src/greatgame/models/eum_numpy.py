"""The expected-utility model vectorised in numpy across draws: the reference kernel.

``ExpectedUtility(kernel="numpy")`` runs this code; the default compiled kernel
(:mod:`greatgame.models.eum_kernel`) is held to it in the tests. Every elementwise step runs
over all pairs of actors and an axis of draws at once, so a chunk of draws builds several
(n, n, draws) tables: fast for many small problems, but memory grows with n^2 x draws.
Vote sums use a sort and prefix sums (O(n^2 log n) per draw, not O(n^3)): voter k prefers
x_i to x_j exactly when k lies on x_i's side of their midpoint, so the sum over k is a
difference of prefix sums over voters sorted by position.

``model`` is an ``ExpectedUtility``: only its switches are read.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np

from greatgame.models.base import weighted_mean, weighted_median

# Elements per (n, n, draws) array in one chunk (1 MB of float64): long rows, few passes.
_CHUNK_ELEMENTS = 1 << 18
# Threads over chunks: each chunk is computed on its own, so the result never depends on it.
_WORKERS = min(2, os.cpu_count() or 1)


def forecasts(
    model: Any,
    capability: np.ndarray,
    position: np.ndarray,
    salience: np.ndarray,
    scale: tuple[float, float],
) -> np.ndarray:
    """The forecast of each draw (row of (draws, n) arrays), in cache-sized chunks."""
    draws, n = position.shape
    step = max(32, _CHUNK_ELEMENTS // max(1, n * n))
    out = np.empty(draws)

    def work(start: int) -> None:
        part = slice(start, start + step)
        _, medians, means, _ = simulate(
            model, capability[part], position[part], salience[part], scale
        )
        out[part] = medians[-1] if model.outcome == "median" else means[-1]

    starts = range(0, draws, step)
    workers = min(_WORKERS, len(starts))
    if workers > 1:  # numpy releases the GIL inside its loops; chunks are independent
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(work, starts))
    else:
        for start in starts:
            work(start)
    return out


# --- the vectorised round ----------------------------------------------------------------
#
# Internally the draw axis comes LAST: positions are (n, D), pair tables (n, n, D) indexed
# [a, b, draw]. Every elementwise op and every reduction over actors then runs along long
# contiguous rows of draws, which is what makes numpy fast for many small problems.


def simulate(
    model: Any,
    cap: np.ndarray,
    pos: np.ndarray,
    sal: np.ndarray,
    scale: tuple[float, float],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Run every draw: positions (rounds+1, d, n), medians and means (rounds+1, d), stop round."""
    cap, pos, sal = (np.asarray(a, dtype=float) for a in (cap, pos, sal))
    single = pos.shape[0] == 1
    if single:  # reductions then run over a strided axis exactly as in larger batches
        cap, pos, sal = (np.repeat(a, 2, axis=0) for a in (cap, pos, sal))
    x = np.array(pos.T, order="C")
    s = np.array(sal.T, order="C")
    w = cap.T * s
    _, draws = x.shape
    if model.range_mode == "scale":
        spread = np.full(draws, float(scale[1] - scale[0]))
    else:
        spread = x.max(axis=0) - x.min(axis=0)
    history = np.empty((model.rounds + 1, *x.shape))
    medians = np.empty((model.rounds + 1, draws))
    means = np.empty((model.rounds + 1, draws))
    history[0], medians[0], means[0] = x, _median(model, x, w), _mean(x, w)
    done = np.full(draws, model.rounds)
    calm = np.zeros(draws, dtype=int)
    active = np.ones(draws, dtype=bool)
    for rnd in range(1, model.rounds + 1):
        if model.range_mode == "current":
            spread = x.max(axis=0) - x.min(axis=0)
        frame = _Frame(x, np.where(spread > 0, spread, 1.0))
        moved = _round(model, frame, w, s, medians[rnd - 1])
        x = np.where(active, moved, x)
        history[rnd], medians[rnd], means[rnd] = x, _median(model, x, w), _mean(x, w)
        if model.stop_tol is not None:
            step = np.abs(medians[rnd] - medians[rnd - 1])
            calm = np.where(step <= model.stop_tol * spread, calm + 1, 0)
            stopping = active & (calm >= model.stop_patience)
            done = np.where(stopping, rnd, done)
            active &= ~stopping
    if single:
        history, medians, means, done = history[:, :, :1], medians[:, :1], means[:, :1], done[:1]
    return history.transpose(0, 2, 1), medians, means, done


def _mean(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return weighted_mean(x.T, w.T)


def _median(model: Any, x: np.ndarray, w: np.ndarray) -> np.ndarray:
    if model.round_median == "weighted":
        return weighted_median(x.T, w.T)
    # Condorcet winner among current positions (Scholz, Appendix): x_b beats x_a when
    # sum_k w_k (|x_k - x_a| - |x_k - x_b|) > 0, so the winner minimises sum_k w_k |x_k - y|.
    # Sequential pairwise votes in ascending order keep the lowest of tied winners.
    loss = (np.abs(x[:, None, :] - x[None, :, :]) * w[:, None, :]).sum(axis=0)
    best = loss.min(axis=0)
    tied = loss <= best + 1e-12 * np.maximum(1.0, np.abs(best))
    return np.where(tied, x, np.inf).min(axis=0)


class _Frame:
    """One round's geometry, shared by the risk step and the offer step."""

    def __init__(self, x: np.ndarray, spread: np.ndarray):
        n, draws = x.shape
        self.x = x
        self.spread = spread
        self.gap = x[:, None, :] - x[None, :, :]  # x_a - x_b
        self.absgap = np.abs(self.gap)
        self.dist = self.absgap / spread
        self.lower = self.gap < 0  # x_a < x_b
        self.order = np.argsort(x, axis=0, kind="stable")
        ranked = np.take_along_axis(x, self.order, axis=0)
        cells = (np.arange(n) * draws)[:, None] + np.arange(draws)  # flat (j, draw) offsets
        # Voters' rows of the distance table, sorted by the voter's position.
        self.ranked_rows = self.order[:, None, :] * (n * draws) + cells
        self.ranked_dist = np.take(self.dist, self.ranked_rows)
        left = _count_below(2.0 * ranked, x[:, None, :] + x[None, :, :]).astype(np.intp)
        # Flat index into an (n + 1, n, D) prefix table: row = voters left of mid(i, j).
        left *= n * draws
        left += cells
        self.prefix_index = left


def _count_below(ranked2: np.ndarray, sums: np.ndarray) -> np.ndarray:
    """Per draw, how many sorted positions lie strictly below each midpoint (exact counts).

    ``ranked2`` is twice the sorted positions (n, D) and ``sums`` is x_i + x_j (n, n, D):
    doubling is exact, so the comparison is exactly ``x_t < (x_i + x_j) / 2``. Both paths
    count exactly the same, so the result never depends on which one ran.
    """
    n, draws = ranked2.shape
    if n <= 32:  # n cheap vectorised passes over one-byte counters
        count = np.zeros(sums.shape, dtype=np.int8)
        below = np.empty(sums.shape, dtype=bool)
        for t in range(n):
            np.less(ranked2[t], sums, out=below)
            count += below
        return count
    # n^2 binary searches per draw; each draw's queries made contiguous first.
    per_draw = np.ascontiguousarray(sums.transpose(2, 0, 1))
    rows = np.ascontiguousarray(ranked2.T)
    count = np.empty(per_draw.shape, dtype=np.intp)
    for d in range(draws):
        count[d] = np.searchsorted(rows[d], per_draw[d], side="left")
    return count.transpose(1, 2, 0)


def _vote_sums(frame: _Frame, weighted: np.ndarray) -> np.ndarray:
    """N[i, j] = sum_k w_k max(0, util[k, j] - util[k, i]): the votes for x_i over x_j.

    ``weighted[k, j] = w_k util[k, j]`` with voters k sorted by position, where ``util`` is
    voter k's disutility of x_j, increasing in |x_k - x_j|, so k backs x_i exactly when it
    lies on x_i's side of the midpoint of x_i and x_j. With voters sorted by position that
    side is a prefix (or suffix), so the sum is a difference of prefix sums: O(n^2 log n)
    per draw instead of O(n^3). Equal positions get exactly 0.
    """
    n = frame.x.shape[0]
    prefix = np.empty((n + 1, *weighted.shape[1:]))
    prefix[0] = 0.0
    for t in range(n):  # a running sum row by row (np.cumsum is slow along a leading axis)
        np.add(prefix[t], weighted[t], out=prefix[t + 1])
    g = np.take(prefix, frame.prefix_index)
    below = g - g.transpose(1, 0, 2)  # voters left of mid(i, j): sum w (u_j - u_i)
    total = prefix[n]
    above = total[None, :, :] - total[:, None, :]
    above -= below  # voters right of mid(i, j)
    support = np.where(frame.lower, below, above)
    return np.maximum(support, 0.0, out=support)


def _probabilities(model: Any, frame: _Frame, w, risk) -> np.ndarray:
    """P[a, b], a's chance against b (Scholz eq. 2), normalised per ``probability``.

    Voter k's disutility of x_j is ``(|x_k - x_j| / R) ** r_k`` (linear without risk).
    """
    ranked_w = np.take_along_axis(w, frame.order, axis=0)[:, None, :]
    if risk is None or not model.vote_risk:
        weighted = frame.ranked_dist * ranked_w
    else:
        ranked_r = np.take_along_axis(risk, frame.order, axis=0)[:, None, :]
        weighted = _power(frame.ranked_dist, ranked_r)
        weighted *= ranked_w
    support = _vote_sums(frame, weighted)
    if model.probability == "global":
        # sum over voters and ordered pairs of |v| is twice the sum of positive parts.
        norm = 2.0 * support.sum(axis=(0, 1))
    else:
        norm = support + support.transpose(1, 0, 2)
    safe = np.where(norm > 0, norm, 1.0)
    support /= safe
    return support


def _power(base: np.ndarray, exponent: np.ndarray) -> np.ndarray:
    """``base ** exponent`` for base >= 0 via exp and log (SIMD in numpy; 0 ** r = 0)."""
    with np.errstate(divide="ignore"):
        out = np.log(base)
    out *= exponent
    return np.exp(out, out=out)


def _future(model: Any, dist, gap, r):
    """T U_b + (1 - T) U_w (Scholz eq. 6-7): the value of not challenging when Q < 1."""
    spread = 0.25 * (gap + dist)
    if r is None:
        better, worse = 4 * spread, -4 * spread
    else:
        better = 2 - 4 * _power(np.maximum(0.5 - spread, 0.0), r)
        worse = 2 - 4 * _power(0.5 + spread, r)
    return model.t * better + (1 - model.t) * worse


def _challenges(model: Any, frame: _Frame, w, s, mu, risk, *, want_e=True):
    """E[a, b] = EU(a challenges b) and F[a, b] = EU(b challenges a), as a perceives them.

    Eq. 8 rewritten as ``U_s - Q U_sq - s_res (1 - P)(U_s - U_f)`` (+ the Q < 1 term), with
    ``U_s = 2 - 4 h (1 - d)^r``, ``U_f = 2 - 4 h (1 + d)^r`` and ``h = 0.5^r``.
    """
    dist = frame.dist
    linear = risk is None
    p = _probabilities(model, frame, w, risk)
    if linear:  # r = 1: U_s = 2d, U_f = -2d, U_sq = 0
        r = None
        base, span = 2 * dist, 4 * dist
    else:
        r = risk[:, None, :]
        h4 = 4.0 * np.power(0.5, r)
        near = np.subtract(1.0, dist)
        np.maximum(near, 0.0, out=near)
        near = _power(near, r)  # (1 - d)^r
        span = _power(np.add(1.0, dist), r)
        span -= near
        span *= h4  # U_s - U_f = 4 h ((1 + d)^r - (1 - d)^r)
        base = np.subtract(model.q, near, out=near)
        base *= h4  # U_s - Q U_sq = 4 h (Q - (1 - d)^r) + 2 - 2Q
        if model.q != 1:
            base += 2.0 - 2.0 * model.q
    s_a, s_b = s[:, None, :], s[None, :, :]
    resist_e, resist_f = (s_b, s_a) if model.challenge_salience == "target" else (s_a, s_b)
    gap = np.abs(frame.x - mu) / frame.spread
    e = _eu(model, base, span, p, resist_e, dist, gap[:, None, :], r) if want_e else None
    if linear or model.risk_perspective == "perceiver":
        f = _eu(model, base, span, p.transpose(1, 0, 2), resist_f, dist, gap[None, :, :], r)
    else:
        f = e.transpose(1, 0, 2)  # b's own view of b challenging a, with r_b
    return e, f


def _eu(model: Any, base, span, p, resist, dist, gap, r) -> np.ndarray:
    """Eq. 8 for one direction: ``base - resist (1 - P) span`` plus the Q < 1 term."""
    loss = np.subtract(1.0, p)
    loss *= resist
    loss *= span
    eu = np.subtract(base, loss, out=loss)
    if model.q < 1:
        eu += model.future_sign * (1 - model.q) * _future(model, dist, gap, r)
    return eu


def _risk(model: Any, frame: _Frame, w, s, mu) -> np.ndarray | None:
    """Risk exponents r_i (Scholz eq. 9-10) from securities computed with r = 1."""
    if model.risk == "none":
        return None
    if model.q == 1 and model.challenge_salience == "target":
        # With r = 1, EU(j challenges i) = 2 d_ij - 4 s_i (1 - P_ji) d_ij, so
        # sum_j = (2 - 4 s_i) sum_j d_ij + 4 s_i sum_j P_ji d_ij (d_ii = 0).
        p = _probabilities(model, frame, w, None)
        dist = frame.dist
        held = (p.transpose(1, 0, 2) * dist).sum(axis=1)
        security = (2.0 - 4.0 * s) * dist.sum(axis=1) + 4.0 * s * held
    else:
        _, f = _challenges(model, frame, w, s, mu, None, want_e=False)
        n = frame.x.shape[0]
        f[np.arange(n), np.arange(n)] = 0.0
        security = f.sum(axis=1)  # sum_j EU(j challenges i)
    hi = security.max(axis=0)
    lo = security.min(axis=0)
    width = hi - lo
    ratio = (2 * security - hi - lo) / np.where(width > 0, width, 1.0)
    ratio = np.where(width > 0, ratio, 0.0)
    return (1 - ratio / 3) / (1 + ratio / 3)


def _round(model: Any, frame: _Frame, w, s, mu) -> np.ndarray:
    """One round of offers (Scholz et al., section 2); returns every draw's new positions.

    Actors at the same position never make offers: there E = F, so no octant holds.
    """
    risk = _risk(model, frame, w, s, mu)
    e, f = _challenges(model, frame, w, s, mu, risk)
    x = frame.x
    n, draws = x.shape
    inf = np.inf
    neg = e < 0
    compromise = np.greater(f, -e)
    compromise &= neg  # E < 0 < |E| < F: the receiver moves |E| / F of the way
    if model.conflict == "loser_moves":
        conflict = (f > e) & (e > 0)  # both gain, the proposer more: take x_b
    else:
        conflict = np.zeros(e.shape, dtype=bool)
    capitulate = neg & (f > 0) & np.less(f, -e) if model.capitulation else None
    with np.errstate(divide="ignore", invalid="ignore"):  # only masked cells divide by 0
        if model.offer_choice == "least_move":
            move = np.where(compromise, frame.absgap * (-e / f), frame.absgap)
            offered = conflict | compromise
            if capitulate is not None:
                offered |= capitulate
            key = np.where(offered, move, inf)
        else:
            # Compromises ranked by (|E| x_a + F x_b) / (|E| + F) = x_b + (x_a - x_b) E / (E - F).
            blend = np.subtract(e, f)
            np.divide(e, blend, out=blend)
            blend *= frame.gap
            blend += x[None, :, :]
            key = np.where(compromise, blend, inf)
            if capitulate is not None:
                key = np.where(compromise.any(axis=1)[:, None, :], key,
                               np.where(capitulate, frame.absgap, inf))
            key = np.where(conflict.any(axis=1)[:, None, :],
                           np.where(conflict, frame.absgap, inf), key)
    # argmin over proposers b, first index on ties (the authors' loop order).
    best = key[:, 0, :].copy()
    pick = np.zeros(best.shape, dtype=np.intp)
    for b in range(1, n):
        better = key[:, b, :] < best
        np.minimum(best, key[:, b, :], out=best)
        np.copyto(pick, b, where=better)
    # The chosen offer: x_b + (x_a - x_b)(1 - share), share = |E| / F for a compromise, else 1.
    cell = (np.arange(n)[:, None] * n + pick) * draws + np.arange(draws)
    x_b = np.take(x, pick * draws + np.arange(draws))
    e_p, f_p = np.take(e, cell), np.take(f, cell)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(np.take(compromise, cell), -e_p / f_p, 1.0)
    offer = x_b + (x - x_b) * (1.0 - share)
    return np.where(np.isfinite(best), offer, x)
