"""One round of the expected-utility model, compiled with numba, for one draw at a time.

The equations are those of :mod:`greatgame.models.eum` (Scholz, Calbert & Smith 2011); the
arithmetic follows the vectorised reference, :mod:`greatgame.models.eum_numpy`, step for
step and in the same order, so the two agree to rounding (tests/models/test_eum_kernel.py
holds them to 1e-9). What changes is the shape of the work:

* one draw at a time, so a round needs a few n x n tables (about 9 MB for 300 actors,
  reused round after round, see :class:`Work`) where the reference builds n x n x draws
  tables for a whole chunk of draws;
* the midpoint counts of the vote sums come from one walk per actor over the voters sorted
  by position (O(n^2) a round, not n^2 binary searches);
* the powers ``d ** r`` go through :mod:`greatgame.models.vecmath`, whose loops run several
  lanes at a time, and the hot loops have no data-dependent branches.

:mod:`greatgame.models.eum_batch` runs rounds into draws and draws into blocks on threads.
The compiled functions are cached beside this module (numba ``cache=True``): the first run
after an install compiles them (15-30 s on the project's VM), later runs load them (0.5 s).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import numpy as np
from numba import njit

from greatgame.models import vecmath
from greatgame.models.vecmath import exp_into, log_into

# nogil: blocks of draws run in threads; error_model numpy: IEEE division (inf, nan) as in
# the reference, with no zero checks in the loops, so that they vectorise.
JIT = {"cache": True, "nogil": True, "error_model": "numpy"}


def drop_stale_caches(module_file: str, sources: Iterable[str]) -> None:
    """Make the compiled functions of ``module_file`` compile again if one of ``sources``,
    whose code they inline, changed since they were cached.

    numba's cache checks only the file a function is written in, not the files of the
    functions it calls. Deleting the cache's index (``__pycache__/<module>.*.nbi``) makes
    numba compile and cache afresh; a cache kept elsewhere (``NUMBA_CACHE_DIR``) is not
    looked at.
    """
    here = Path(module_file)
    newest = max(Path(source).stat().st_mtime for source in sources)
    for index in (here.parent / "__pycache__").glob(f"{here.stem}.*.nbi"):
        try:
            if index.stat().st_mtime < newest:
                index.unlink()
        except FileNotFoundError:  # another process dropped it first
            pass


drop_stale_caches(__file__, [vecmath.__file__])
INITIAL, CURRENT, SCALE = 0, 1, 2
NONE, CONFLICT, COMPROMISE, CAPITULATION = 0, 1, 2, 3


class Settings(NamedTuple):
    """The model's switches as the compiled code reads them (see ``ExpectedUtility``)."""

    rounds: int
    stop: bool
    stop_tol: float
    stop_patience: int
    q: float
    t: float
    future_sign: float
    pair: bool
    vote_risk: bool
    risk: bool
    own_view: bool
    target: bool
    loser_moves: bool
    capitulation: bool
    least_move: bool
    range_mode: int
    weighted_median: bool
    mean_outcome: bool
    width: float


class Work(NamedTuple):
    """One draw's tables, reused round after round and draw after draw: every cell is
    written before it is read, so what an earlier draw left never shows."""

    order: np.ndarray  # (n,) actors sorted by position, ties in actor order
    twice: np.ndarray  # (n,) twice the sorted positions
    count: np.ndarray  # (n, n) voters strictly below the midpoint of x_i and x_j
    dist: np.ndarray  # (n, n) |x_a - x_b| / R
    util: np.ndarray  # (n, n) w_k times voter k's disutility of x_j
    near: np.ndarray  # (n, n) (1 - d_ab) ** r_a
    far: np.ndarray  # (n, n) (1 + d_ab) ** r_a
    logs: np.ndarray  # (n, n) scratch: the logarithms of a table of powers
    bits: np.ndarray  # (n, n) int64 scratch of exp_into and log_into
    prefix: np.ndarray  # (n + 1, n) running vote sums over the sorted voters
    p: np.ndarray  # (n, n) probability of success
    pt: np.ndarray  # (n, n) its transpose, p[b, a] at [a, b]
    e: np.ndarray  # (n, n) EU(a challenges b) as a perceives it
    f: np.ndarray  # (n, n) EU(b challenges a) as a perceives it
    r: np.ndarray  # (n,) risk exponents
    h4: np.ndarray  # (n,) 4 (0.5 ** r)
    gap: np.ndarray  # (n,) |x_a - median| / R
    scratch: np.ndarray  # (n,) the risk step's securities, offer keys, median losses
    sums: np.ndarray  # (n,) the risk step's sums of distances
    held: np.ndarray  # (n,) the risk step's sums of P_ji d_ij
    moved: np.ndarray  # (n,) the positions after the round's offers


@njit(**JIT)
def workspace(n):
    """Empty tables for n actors, in the order of :class:`Work`'s fields."""
    table = (n, n)
    return Work(
        np.arange(n), np.empty(n), np.empty(table, dtype=np.int32),  # order, twice, count
        np.empty(table), np.empty(table), np.empty(table), np.empty(table),  # dist .. far
        np.empty(table), np.empty(table, dtype=np.int64), np.empty((n + 1, n)),  # .. prefix
        np.empty(table), np.empty(table), np.empty(table), np.empty(table),  # p, pt, e, f
        np.ones(n), np.empty(n), np.empty(n), np.empty(n), np.empty(n), np.empty(n),  # r ..
        np.empty(n),  # moved
    )


@njit(**JIT)
def _pow(base, exponent):
    """``base ** exponent`` as the reference computes it, ``exp(log(base) exponent)``."""
    return math.exp(math.log(base) * exponent)


@njit(**JIT, inline="always")
def bounds(v):
    """(min, max) of a 1-d array. Loops like this one, rather than numpy calls, keep the
    compile time down."""
    lo, hi = v[0], v[0]
    for t in range(1, v.size):
        lo, hi = min(lo, v[t]), max(hi, v[t])
    return lo, hi


@njit(**JIT)
def span(v):
    lo, hi = bounds(v)
    return hi - lo


@njit(**JIT, inline="always")
def _copy(src, dst, transpose):
    """dst = src, or its transpose."""
    n = src.shape[0]
    for a in range(n):
        for b in range(n):
            dst[a, b] = src[b, a] if transpose else src[a, b]


# --- one round ---------------------------------------------------------------------------


@njit(**JIT)
def sort_positions(x, order):
    """Sort ``order`` by position, ties by actor (numpy's stable argsort of x).

    Insertion sort from the last round's order: positions move little from one round to
    the next, so this is close to one pass.
    """
    for t in range(1, x.size):
        k = order[t]
        u = t
        while u > 0 and _after(x, order[u - 1], k):
            order[u] = order[u - 1]
            u -= 1
        order[u] = k


@njit(**JIT)
def _after(x, a, b):
    """Whether actor a sorts after actor b: by position, then by actor."""
    return x[a] > x[b] or (x[a] == x[b] and a > b)


@njit(**JIT)
def _geometry(x, mu, spread, work):
    """Distances, the median's distance and the midpoint counts of the vote sums."""
    n = x.size
    for a in range(n):
        work.gap[a] = abs(x[a] - mu) / spread
        for b in range(n):
            work.dist[a, b] = abs(x[a] - x[b]) / spread
    sort_positions(x, work.order)
    _counts(x, work.order, work.twice, work.count)


@njit(**JIT)
def _counts(x, order, twice, count):
    """``count[i, j]``: how many voters lie strictly below ``(x_i + x_j) / 2``.

    Compared as ``2 x_t < x_i + x_j``, which is exact. The table is symmetric, and for i
    fixed the midpoints rise with x_j, so one walk over the sorted voters per i, over the j
    at or above it, counts them all; each walk starts where the last one's first step ended.
    """
    n = x.size
    for t in range(n):
        twice[t] = 2.0 * x[order[t]]
    start = 0
    for ii in range(n):
        i = order[ii]
        while start < n and twice[start] < 2.0 * x[i]:
            start += 1
        below = start
        for jj in range(ii, n):
            j = order[jj]
            mid2 = x[i] + x[j]
            while below < n and twice[below] < mid2:
                below += 1
            count[i, j] = below
            count[j, i] = below


@njit(**JIT, inline="always")
def _power_rows(base, out, work):
    """``out[a, b] = base[a, b] ** r_a`` as the reference computes it, exp(log(base) r)."""
    n = base.shape[0]
    logs, bits, r = work.logs, work.bits.reshape(n * n), work.r
    log_into(base.reshape(n * n), logs.reshape(n * n), bits)
    for a in range(n):
        for b in range(n):
            logs[a, b] *= r[a]
    exp_into(logs.reshape(n * n), out.reshape(n * n), bits)


@njit(**JIT, inline="always")
def _utilities(w, risky, work):
    """util[k, j] = w_k (|x_k - x_j| / R) ** r_k, or w_k |x_k - x_j| / R unless ``risky``."""
    n = w.size
    util = work.util
    if risky:
        _power_rows(work.dist, util, work)
    else:
        _copy(work.dist, util, False)
    for k in range(n):
        for j in range(n):
            util[k, j] *= w[k]


@njit(**JIT, inline="always")
def _probabilities(x, w, risky, pair, work):
    """p[i, j], i's chance against j (Scholz eq. 2), from prefix sums of the votes.

    k backs x_i over x_j exactly when it lies on x_i's side of their midpoint, so the vote
    sum is a difference of running sums over the voters sorted by position.
    """
    n = x.size
    prefix, p, util, order, count = work.prefix, work.p, work.util, work.order, work.count
    _utilities(w, risky, work)
    for j in range(n):
        prefix[0, j] = 0.0
    for t in range(n):
        k = order[t]
        for j in range(n):
            prefix[t + 1, j] = prefix[t, j] + util[k, j]
    total = 0.0
    for i in range(n):
        for j in range(n):
            c = count[i, j]
            below = prefix[c, j] - prefix[c, i]  # voters left of the midpoint
            above = prefix[n, j] - prefix[n, i] - below
            support = below if x[i] - x[j] < 0.0 else above
            p[i, j] = 0.0 if support < 0.0 else support
            total += p[i, j]
    _normalise(p, pair, total)


@njit(**JIT, inline="always")
def _normalise(p, pair, total):
    """Divide by the sum over every ordered pair (``total``, "global") or by
    p[i, j] + p[j, i] ("pair")."""
    n = p.shape[0]
    if pair:
        for i in range(n):
            for j in range(i, n):
                norm = p[i, j] + p[j, i]
                safe = norm if norm > 0.0 else 1.0
                p[i, j] /= safe
                if j != i:
                    p[j, i] /= safe
        return
    norm = 2.0 * total  # sum of |v| over voters and ordered pairs
    safe = norm if norm > 0.0 else 1.0
    for i in range(n):
        for j in range(n):
            p[i, j] /= safe


@njit(**JIT)
def _future(d, gap, r, risky, t):
    """T U_b + (1 - T) U_w (Scholz eq. 6-7): the value of not challenging when Q < 1."""
    spread = 0.25 * (gap + d)
    if risky:
        better = 2.0 - 4.0 * _pow(max(0.5 - spread, 0.0), r)
        worse = 2.0 - 4.0 * _pow(0.5 + spread, r)
    else:
        better, worse = 4.0 * spread, -4.0 * spread
    return t * better + (1.0 - t) * worse


@njit(**JIT)
def _eu(base, span, p, resist, d, gap, r, risky, cfg):
    """Eq. 8 for one direction: ``base - resist (1 - P) span`` plus the Q < 1 term."""
    eu = base - (1.0 - p) * resist * span
    if cfg.q < 1.0:
        eu += cfg.future_sign * (1.0 - cfg.q) * _future(d, gap, r, risky, cfg.t)
    return eu


@njit(**JIT)
def _challenge_rows(s, risky, cfg, work):
    """e and (unless f is e's transpose) f, row a with a's risk exponent.

    Eq. 8 as ``U_s - Q U_sq - s_res (1 - P)(U_s - U_f)`` (+ the Q < 1 term), where
    ``U_s = 2 - 4 h (1 - d)^r``, ``U_f = 2 - 4 h (1 + d)^r`` and ``h = 0.5^r``.
    """
    dist, near, far, p, p_back = work.dist, work.near, work.far, work.p, work.pt
    e, f, gap, r, h4 = work.e, work.f, work.gap, work.r, work.h4
    both = not (risky and cfg.own_view)
    for a in range(s.size):
        for b in range(s.size):
            d = dist[a, b]
            if risky:
                span = (far[a, b] - near[a, b]) * h4[a]  # U_s - U_f
                base = (cfg.q - near[a, b]) * h4[a]  # U_s - Q U_sq
                if cfg.q != 1.0:
                    base += 2.0 - 2.0 * cfg.q
            else:  # r = 1: U_s = 2d, U_f = -2d, U_sq = 0
                base, span = 2.0 * d, 4.0 * d
            resist_e, resist_f = (s[b], s[a]) if cfg.target else (s[a], s[b])
            e[a, b] = _eu(base, span, p[a, b], resist_e, d, gap[a], r[a], risky, cfg)
            if both:
                f[a, b] = _eu(base, span, p_back[a, b], resist_f, d, gap[b], r[a], risky, cfg)


@njit(**JIT)
def _challenges(s, risky, cfg, work):
    """e[a, b] = EU(a challenges b) and f[a, b] = EU(b challenges a), as a perceives them."""
    n = s.size
    if risky:  # (1 - d) ** r_a and (1 + d) ** r_a, by way of e and f as scratch
        for a in range(n):
            work.h4[a] = 4.0 * 0.5 ** work.r[a]
            for b in range(n):
                work.e[a, b] = max(1.0 - work.dist[a, b], 0.0)
                work.f[a, b] = 1.0 + work.dist[a, b]
        _power_rows(work.e, work.near, work)
        _power_rows(work.f, work.far, work)
    _copy(work.p, work.pt, True)
    _challenge_rows(s, risky, cfg, work)
    if risky and cfg.own_view:  # f is b's own view, with r_b
        _copy(work.e, work.f, True)


@njit(**JIT, inline="always")
def _risk_exponents(x, w, s, cfg, work):
    """Risk exponents r_i (Scholz eq. 9-10) from securities computed with r = 1."""
    n = x.size
    security, dist = work.scratch, work.dist
    linear = np.bool_(False)  # a plain bool, not a constant: callees compile once for both uses
    _probabilities(x, w, linear, cfg.pair, work)
    if cfg.q == 1.0 and cfg.target:
        # With r = 1, EU(j challenges i) = 2 d_ij - 4 s_i (1 - P_ji) d_ij, so
        # sum_j = (2 - 4 s_i) sum_j d_ij + 4 s_i sum_j P_ji d_ij (d_ii = 0).
        # Sums over b in order, for all a at once (dist is symmetric).
        total, held = work.sums, work.held
        for a in range(n):
            total[a], held[a] = dist[0, a], work.p[0, a] * dist[0, a]
        for b in range(1, n):
            for a in range(n):
                total[a] += dist[b, a]
                held[a] += work.p[b, a] * dist[b, a]
        for a in range(n):
            security[a] = (2.0 - 4.0 * s[a]) * total[a] + 4.0 * s[a] * held[a]
    else:
        _challenges(s, linear, cfg, work)
        for a in range(n):
            total = 0.0
            for b in range(n):
                total += work.f[a, b] if b != a else 0.0
            security[a] = total  # sum_j EU(j challenges i)
    lo, hi = bounds(security)
    width = hi - lo
    for a in range(n):
        ratio = (2.0 * security[a] - hi - lo) / width if width > 0.0 else 0.0
        work.r[a] = (1.0 - ratio / 3.0) / (1.0 + ratio / 3.0)


@njit(**JIT, inline="always")
def _kind(e, f, cfg):
    """The octant of an offer (Scholz et al., section 2); equal positions give NONE (E = F).

    Compromise: E < 0 < |E| < F, the receiver moves |E| / F of the way. Capitulation (if
    switched on): E < 0 < F < |E|. Conflict (if the loser moves): 0 < E < F, both gain and
    the proposer more. Written without branches: the octants are exclusive.
    """
    compromise = (e < 0.0) & (f > -e)
    capitulation = cfg.capitulation & (e < 0.0) & (f > 0.0) & (f < -e)
    conflict = cfg.loser_moves & (e > 0.0) & (f > e)
    return CONFLICT * conflict + COMPROMISE * compromise + CAPITULATION * capitulation


@njit(**JIT, inline="always")
def _keys(a, x, cfg, work, key):
    """key[b]: how receiver a ranks proposer b's offer; the lowest finite key wins.

    ``least_move``: the distance a would move. ``scholz_code``: conflicts first (nearest),
    then compromises by ``(|E| x_a + F x_b) / (|E| + F)``, then capitulations (nearest).
    """
    n = x.size
    e, f = work.e, work.f
    any_conflict, any_compromise = False, False
    for b in range(n):
        kind = _kind(e[a, b], f[a, b], cfg)
        any_conflict |= kind == CONFLICT
        any_compromise |= kind == COMPROMISE
    for b in range(n):
        kind = _kind(e[a, b], f[a, b], cfg)
        gap = x[a] - x[b]
        if cfg.least_move:
            move = abs(gap) * (-e[a, b] / f[a, b]) if kind == COMPROMISE else abs(gap)
            key[b] = move if kind != NONE else np.inf
            continue
        blend = e[a, b] / (e[a, b] - f[a, b]) * gap + x[b]
        other = abs(gap) if kind == CAPITULATION and not any_compromise else np.inf
        usual = blend if kind == COMPROMISE else other
        key[b] = (abs(gap) if kind == CONFLICT else np.inf) if any_conflict else usual


@njit(**JIT)
def _offers(x, cfg, work):
    """Each actor takes its best offer (first proposer on ties); positions change at once."""
    n = x.size
    key = work.scratch
    for a in range(n):
        _keys(a, x, cfg, work, key)
        best, pick = key[0], 0
        for b in range(1, n):
            if key[b] < best:
                best, pick = key[b], b
            elif key[b] != key[b]:  # a NaN key poisons the minimum, as np.minimum does
                best = key[b]
        if not np.isfinite(best):
            work.moved[a] = x[a]
            continue
        e, f = work.e[a, pick], work.f[a, pick]
        share = -e / f if _kind(e, f, cfg) == COMPROMISE else 1.0
        work.moved[a] = x[pick] + (x[a] - x[pick]) * (1.0 - share)


@njit(**JIT, inline="always")
def play_round(x, w, s, mu, spread, cfg, work):
    """One round of offers (Scholz et al., section 2); the new positions go to work.moved."""
    _geometry(x, mu, spread, work)
    if cfg.risk:
        _risk_exponents(x, w, s, cfg, work)
    _probabilities(x, w, cfg.risk and cfg.vote_risk, cfg.pair, work)
    _challenges(s, cfg.risk, cfg, work)
    _offers(x, cfg, work)
