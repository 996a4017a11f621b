"""Power indices of a weighted voting game: Shapley-Shubik and Banzhaf.

The game of one issue: each actor casts ``w_i = c_i s_i`` votes (capability times salience,
the weight every model gives it), and a coalition wins when its votes reach the quota.

Quota (switches ``quota`` and ``strict``): by default a coalition wins when it holds *more
than half* of all votes (``quota=0.5, strict=True``, simple majority). ``quota`` is a share
of the total in (0, 1]; with ``strict=False`` a coalition wins when it holds *at least*
that share (so ``quota=12/17, strict=False`` is "12 votes of 17").

* Shapley-Shubik (Shapley & Shubik 1954): the share of the n! orderings of the actors in
  which actor i is pivotal (its joining turns a losing coalition into a winning one),
  ``sum over coalitions S without i, S losing, S + i winning, of |S|! (n - |S| - 1)! / n!``.
* Banzhaf (Banzhaf 1965; Penrose 1946): the number of coalitions in which i is a swing,
  over ``2 ** (n - 1)`` (``raw``, the probability of being decisive), and normalised to sum
  to one (``normalised``).

Both are exact up to ``exact_up_to`` actors (default 16: every one of the 2^n coalitions
is enumerated). Beyond, they are estimated from ``samples`` random orderings (Shapley-
Shubik) and random coalitions (Banzhaf), drawn from ``seed`` (Mann & Shapley 1960).

Known answer (Felsenthal & Machover 1998, *The Measurement of Voting Power*, the EEC
Council of Ministers 1958: France, Germany, Italy 4 votes, Belgium and the Netherlands 2,
Luxembourg 1, quota 12 of 17): Shapley-Shubik 14/60 for each large member, 9/60 for each
middle one and 0 for Luxembourg; Banzhaf swings 10, 6 and 0 of 32.

>>> ss = shapley_shubik(np.array([4, 4, 4, 2, 2, 1.0]), quota=12 / 17, strict=False)
>>> [round(float(v) * 60, 6) for v in ss]
[14.0, 14.0, 14.0, 9.0, 9.0, 0.0]
"""

from __future__ import annotations

from dataclasses import dataclass
from math import lgamma

import numpy as np

EXACT_UP_TO = 16
SAMPLES = 20_000
# Vote sums are compared with the quota up to this share of the total, so that 0.1 + 0.2
# reaches a quota of 0.3.
_TOLERANCE = 1e-12


def _threshold(weights: np.ndarray, quota: float, strict: bool) -> tuple[float, bool]:
    if not 0 < quota <= 1:
        raise ValueError(f"quota {quota!r} must be a share of the votes in (0, 1]")
    return quota * float(weights.sum()), strict


def _wins(votes: np.ndarray, level: float, strict: bool, total: float) -> np.ndarray:
    slack = _TOLERANCE * total
    return votes > level + slack if strict else votes >= level - slack


def _coalitions(n: int) -> np.ndarray:
    """Every subset of n actors as a (2^n, n) boolean matrix."""
    codes = np.arange(1 << n, dtype=np.int64)
    return ((codes[:, None] >> np.arange(n)) & 1).astype(bool)


def _swings(weights: np.ndarray, quota: float, strict: bool):
    """For each actor i: the coalitions without i in which i is a swing, and their sizes."""
    w = np.asarray(weights, dtype=float)
    level, strict = _threshold(w, quota, strict)
    total = float(w.sum())
    members = _coalitions(len(w))
    votes = members @ w
    sizes = members.sum(axis=1)
    wins = _wins(votes, level, strict, total)
    for i in range(len(w)):
        without = ~members[:, i]
        turned = without & ~wins & _wins(votes + w[i], level, strict, total)
        yield sizes[turned]


def shapley_shubik(
    weights: np.ndarray, *, quota: float = 0.5, strict: bool = True,
    exact_up_to: int = EXACT_UP_TO, samples: int = SAMPLES, seed: int = 0,
) -> np.ndarray:
    """The Shapley-Shubik index of each actor (sums to 1 when some coalition wins)."""
    w = np.asarray(weights, dtype=float)
    n = len(w)
    if n > exact_up_to:
        return _shapley_sampled(w, quota, strict, samples, seed)
    # |S|! (n - |S| - 1)! / n! by log-gamma, exact to float precision for these n.
    share = np.array([np.exp(lgamma(k + 1) + lgamma(n - k) - lgamma(n + 1)) for k in range(n)])
    return np.array([share[sizes].sum() for sizes in _swings(w, quota, strict)])


def banzhaf(
    weights: np.ndarray, *, quota: float = 0.5, strict: bool = True,
    exact_up_to: int = EXACT_UP_TO, samples: int = SAMPLES, seed: int = 0,
) -> np.ndarray:
    """The raw Banzhaf index of each actor: swings over 2^(n-1)."""
    w = np.asarray(weights, dtype=float)
    n = len(w)
    if n > exact_up_to:
        return _banzhaf_sampled(w, quota, strict, samples, seed)
    return np.array([len(sizes) for sizes in _swings(w, quota, strict)]) / 2.0 ** (n - 1)


def _shapley_sampled(w, quota, strict, samples, seed) -> np.ndarray:
    level, strict = _threshold(w, quota, strict)
    total = float(w.sum())
    rng = np.random.default_rng(seed)
    counts = np.zeros(len(w))
    for start in range(0, samples, 1024):
        size = min(1024, samples - start)
        order = np.argsort(rng.random((size, len(w))), axis=1)
        running = np.cumsum(w[order], axis=1)
        pivot = np.argmax(_wins(running, level, strict, total), axis=1)
        won = _wins(running[:, -1], level, strict, total)
        np.add.at(counts, order[np.arange(size), pivot][won], 1)
    return counts / samples


def _banzhaf_sampled(w, quota, strict, samples, seed) -> np.ndarray:
    level, strict = _threshold(w, quota, strict)
    total = float(w.sum())
    rng = np.random.default_rng(seed)
    counts = np.zeros(len(w))
    for start in range(0, samples, 1024):
        size = min(1024, samples - start)
        members = rng.random((size, len(w))) < 0.5
        votes = members @ w
        others = votes[:, None] - members * w  # each coalition's votes without actor i
        counts += (~_wins(others, level, strict, total)
                   & _wins(others + w, level, strict, total)).sum(axis=0)
    return counts / samples


@dataclass(frozen=True)
class PowerIndices:
    """The power indices of one issue's actors, for the forecast JSON."""

    actor_ids: tuple[str, ...]
    weights: np.ndarray
    shapley_shubik: np.ndarray
    banzhaf: np.ndarray
    quota: float
    strict: bool
    exact: bool

    def to_dict(self) -> dict:
        total = float(self.banzhaf.sum())
        normalised = self.banzhaf / total if total > 0 else self.banzhaf

        def keyed(values: np.ndarray) -> dict[str, float]:
            return {a: float(v) for a, v in zip(self.actor_ids, values, strict=True)}

        return {
            "weights": keyed(self.weights),
            "shapley_shubik": keyed(self.shapley_shubik),
            "banzhaf": keyed(normalised),
            "banzhaf_raw": keyed(self.banzhaf),
            "quota": self.quota,
            "strict": self.strict,
            "exact": self.exact,
            "rule": ("a coalition wins with " + ("more than " if self.strict else "at least ")
                     + f"{self.quota:g} of the capability x salience votes"),
        }


def power_indices(
    actor_ids: tuple[str, ...], capability: np.ndarray, salience: np.ndarray, *,
    quota: float = 0.5, strict: bool = True, seed: int = 0,
) -> PowerIndices:
    """Both indices of one issue's actors, with weights capability x salience."""
    w = np.asarray(capability, dtype=float) * np.asarray(salience, dtype=float)
    options = {"quota": quota, "strict": strict, "seed": seed}
    return PowerIndices(
        actor_ids=tuple(actor_ids), weights=w,
        shapley_shubik=shapley_shubik(w, **options), banzhaf=banzhaf(w, **options),
        quota=quota, strict=strict, exact=len(w) <= EXACT_UP_TO,
    )
