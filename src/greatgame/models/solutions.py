"""Axiomatic bargaining solutions over the actors' utilities: asymmetric Nash and Kalai-Smorodinsky.

Each actor ``i`` has a position ``x_i`` on the issue's scale ``[low, high]`` (span ``R``),
a capability ``c_i`` and a salience ``s_i``. Its bargaining power is ``w_i = c_i s_i``, the
weight every other model gives it. Utilities and the disagreement point are switches:

``utility``
    ``"linear"`` (default): ``u_i(y) = 1 - |x_i - y| / R``;
    ``"quadratic"``: ``u_i(y) = 1 - ((x_i - y) / R) ** 2``.
``disagreement``
    ``"worst"`` (default): ``d_i`` is the utility of the scale's end farthest from ``x_i``
    (no deal means the issue may end anywhere, at worst at the far pole: a security level);
    ``"zero"``: ``d_i = 0``, the utility at a full scale's distance.

The gain of an outcome is ``g_i(y) = u_i(y) - d_i`` (at least 0 on the scale); an actor's
ideal gain is ``G_i = g_i(x_i) = 1 - d_i``. Outcomes are searched between the lowest and
highest position held (the Pareto set of single-peaked utilities on a line).

* :class:`NashBargaining` (``nash.v1``) -- the asymmetric Nash bargaining solution
  (Kalai 1977; Roth 1979): ``argmax_y sum_i w_i log g_i(y)``. The objective is concave, so
  the maximum is unique; it is found by bisection on the sign of its (sub)gradient. With
  two actors at the poles and linear utilities it is ``low + R w_2 / (w_1 + w_2)``, the
  compromise; with quadratic utilities and zero disagreement the compromise is its
  first-order approximation (Achen 2006).
* :class:`KalaiSmorodinsky` (``ks.v1``) -- Kalai & Smorodinsky (1975): every actor gets the
  same share of its ideal gain. With more than two actors on a line equal shares are not
  feasible in general, so the solution is the leximin generalisation (Imai 1983):
  ``argmin_y max_i v_i (1 - g_i(y) / G_i)``, the outcome whose largest relative concession
  is smallest. ``weights="power"`` (default) takes ``v_i = w_i``, an actor's concession
  counting in proportion to its power (a weighted KS); ``weights="equal"`` takes ``v_i = 1``,
  the symmetric original, in which capability and salience play no part. An actor with no
  power (``w_i = 0``) then constrains nothing.

Both are one-shot: round 0 is the input, round 1 everyone stands at the solution.

>>> from greatgame.models.solutions import nash_outcome
>>> float(nash_outcome(np.array([1.0, 3.0]), np.array([0.0, 100.0]), (0.0, 100.0))[0])
75.0
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np

from greatgame.models.baselines import _OneShot
from greatgame.registry import models

UTILITIES = ("linear", "quadratic")
DISAGREEMENTS = ("worst", "zero")
KS_WEIGHTS = ("power", "equal")
# Bisection halves the search interval each step: 2 ** -60 of the span is below float noise.
_STEPS = 60
_TINY = 1e-300


def _check(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValueError(f"switch {name}={value!r}: use one of {', '.join(allowed)}")


def _gains(
    position: np.ndarray, y: np.ndarray, scale: tuple[float, float], utility: str,
    disagreement: str,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Gain ``g_i(y)``, its slope in ``y`` and the ideal gain ``G_i``; shapes (d, n)."""
    low, high = scale
    span = high - low
    gap = (y[:, None] - position) / span  # signed distance from each actor, in spans
    dist = np.abs(gap)
    far = np.maximum(position - low, high - position) / span
    if utility == "linear":
        u, slope, u_far = 1 - dist, -np.sign(gap) / span, 1 - far
    else:
        u, slope, u_far = 1 - dist**2, -2 * gap / span, 1 - far**2
    d = u_far if disagreement == "worst" else np.zeros_like(u_far)
    return u - d, slope, 1 - d


def _bisect(position: np.ndarray, direction) -> np.ndarray:
    """The point in [min x, max x] where ``direction(y)`` (+1 go right, -1 go left) flips."""
    lo = position.min(axis=-1)
    hi = position.max(axis=-1)
    for _ in range(_STEPS):
        mid = 0.5 * (lo + hi)
        right = direction(mid) > 0
        lo = np.where(right, mid, lo)
        hi = np.where(right, hi, mid)
    return 0.5 * (lo + hi)


def nash_outcome(
    weight: np.ndarray,
    position: np.ndarray,
    scale: tuple[float, float],
    *,
    utility: str = "linear",
    disagreement: str = "worst",
) -> np.ndarray:
    """``argmax_y sum_i w_i log g_i(y)`` per row of (d, n) arrays; shape (d,)."""
    w, x = np.broadcast_arrays(np.atleast_2d(weight), np.atleast_2d(position))
    total = w.sum(axis=-1, keepdims=True)
    w = np.where(total > 0, w, 1.0)  # no one has power: every actor counts alike

    def direction(y: np.ndarray) -> np.ndarray:
        g, slope, _ = _gains(x, y, scale, utility, disagreement)
        return (w * slope / np.maximum(g, _TINY)).sum(axis=-1)

    return _bisect(x, direction)


def ks_outcome(
    weight: np.ndarray,
    position: np.ndarray,
    scale: tuple[float, float],
    *,
    utility: str = "linear",
    disagreement: str = "worst",
    weights: str = "power",
) -> np.ndarray:
    """``argmin_y max_i v_i (1 - g_i(y) / G_i)`` per row of (d, n) arrays; shape (d,)."""
    w, x = np.broadcast_arrays(np.atleast_2d(weight), np.atleast_2d(position))
    if weights == "equal":
        v = np.ones_like(w)
    else:
        total = w.sum(axis=-1, keepdims=True)
        v = np.where(total > 0, w / np.where(total > 0, total, 1.0), 1.0)
    rows = np.arange(x.shape[0])

    def direction(y: np.ndarray) -> np.ndarray:
        g, slope, ideal = _gains(x, y, scale, utility, disagreement)
        safe = np.maximum(ideal, _TINY)
        concession = v * (1 - g / safe)
        worst = np.argmax(concession, axis=-1)
        # Moving right lowers the worst concession when that actor gains by it.
        return (v * slope / safe)[rows, worst]

    return _bisect(x, direction)


class NashBargaining(_OneShot):
    """The asymmetric Nash bargaining solution over the actors' utilities (module docstring)."""

    name: ClassVar[str] = "nash"

    def __init__(self, *, utility: str = "linear", disagreement: str = "worst"):
        self.utility = utility
        self.disagreement = disagreement

    def switches(self) -> dict[str, Any]:
        return {"utility": self.utility, "disagreement": self.disagreement}

    def _check(self) -> None:
        _check("utility", self.utility, UTILITIES)
        _check("disagreement", self.disagreement, DISAGREEMENTS)

    def _outcome(self, capability, position, salience, scale):
        self._check()
        out = nash_outcome(capability * salience, position, scale,
                           utility=self.utility, disagreement=self.disagreement)
        return out if np.ndim(position) > 1 else out[0]


class KalaiSmorodinsky(NashBargaining):
    """The (weighted) Kalai-Smorodinsky solution, leximin on a line (module docstring)."""

    name: ClassVar[str] = "ks"

    def __init__(self, *, utility: str = "linear", disagreement: str = "worst",
                 weights: str = "power"):
        super().__init__(utility=utility, disagreement=disagreement)
        self.weights = weights

    def switches(self) -> dict[str, Any]:
        return {**super().switches(), "weights": self.weights}

    def _check(self) -> None:
        super()._check()
        _check("weights", self.weights, KS_WEIGHTS)

    def _outcome(self, capability, position, salience, scale):
        self._check()
        out = ks_outcome(capability * salience, position, scale, utility=self.utility,
                         disagreement=self.disagreement, weights=self.weights)
        return out if np.ndim(position) > 1 else out[0]


models.register("nash.v1")(NashBargaining)
models.register("ks.v1")(KalaiSmorodinsky)
