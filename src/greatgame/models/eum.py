"""Bueno de Mesquita's expected-utility model, as specified by Scholz, Calbert & Smith (2011).

Reference: J. B. Scholz, G. J. Calbert, G. A. Smith, "Unravelling Bueno De Mesquita's Group
Decision Model", Proc. ICAART 2011, pp. 18-30 (journal version: J. Theoretical Politics
23(4):510). The model itself is Bueno de Mesquita (1994), "Political Forecasting: An
Expected Utility Method". The equation labels (eq. 1-10) number the steps in the order the
paper's section 2 presents them; they are this module's labels, not the paper's numbering.

Each round, for every ordered pair of actors (i, j) at different positions:

* votes (Scholz eq. 1): actor k's vote for x_i over x_j is
  ``v_k(i, j) = c_k s_k (u_k(x_i) - u_k(x_j))`` with ``u_k(x) = -(|x_k - x| / R) ** r_k``;
* probability of success (eq. 2): ``P(i, j) = sum_k max(0, v_k(i, j)) / norm``;
* utilities (eq. 3-7) with risk exponent r:
  ``U_s = 2 - 4 (0.5 - 0.5 d) ** r``, ``U_f = 2 - 4 (0.5 + 0.5 d) ** r``,
  ``U_b = 2 - 4 (0.5 - 0.25 (e + d)) ** r``, ``U_w = 2 - 4 (0.5 + 0.25 (e + d)) ** r``,
  ``U_sq = 2 - 4 (0.5) ** r``, where ``d = |x_i - x_j| / R`` and ``e = |x_i - mu| / R``;
* expected utility of i challenging j (eq. 8):
  ``EU = s (P U_s + (1 - P) U_f) + (1 - s) U_s - Q U_sq - (1 - Q) (T U_b + (1 - T) U_w)``;
* risk (eq. 9-10): actor i's security ``S_i = sum_j EU(j challenges i)`` computed with
  r = 1, ``R_i = (2 S_i - max S - min S) / (max S - min S)``, ``r_i = (1 - R_i/3) / (1 + R_i/3)``;
* offers (the paper's octant diagram): receiver a and proposer b, with
  E = EU(a challenges b) and F = EU(b challenges a), both as a perceives them:
  conflict if F > E > 0 (a loses and takes x_b), compromise if F > 0 > E and F > |E|
  (a moves ``|E|/F`` of the way to x_b),
  capitulation if F > 0 > E and F < |E| (a takes x_b); each actor accepts one offer;
* positions change at once; the round's median and mean are recorded.

Where the paper is ambiguous, a switch (constructor keyword) chooses; the defaults
reproduce Scholz's Table 2 (see ``SCHOLZ_TABLE2`` and tests/models/test_eum.py).

Two kernels compute the same numbers (``kernel``). ``"numba"``, the default, compiles the
round (:mod:`greatgame.models.eum_kernel`) and runs one draw at a time on every core
(:mod:`greatgame.models.eum_batch`), in O(n^2) memory a thread. ``"numpy"``
(:mod:`greatgame.models.eum_numpy`) is the vectorised reference, over all pairs and an axis
of draws at once, in O(n^2 x draws) memory a chunk. Both sum votes with a sort and prefix
sums (O(n^2 log n) a round, not O(n^3)).
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np

from greatgame.models import eum_numpy
from greatgame.models.base import IssueInputs, Trajectory
from greatgame.registry import models

# Scholz et al. (2011) Table 2, p. 28: median and mean voter positions after rounds 1-8.
SCHOLZ_TABLE2 = {
    "median": (8.4, 9.9, 9.9, 9.9, 9.9, 7.4, 8.8, 9.6),
    "mean": (7.4, 7.5, 7.6, 7.3, 7.3, 7.4, 7.5, 7.6),
}

_CHOICES: dict[str, tuple[str, ...]] = {
    "probability": ("global", "pair"),
    "risk": ("actors", "none"),
    "risk_perspective": ("perceiver", "own"),
    "challenge_salience": ("target", "challenger"),
    "conflict": ("loser_moves", "none"),
    "offer_choice": ("scholz_code", "least_move"),
    "range_mode": ("initial", "current", "scale"),
    "round_median": ("condorcet", "weighted"),
    "outcome": ("median", "mean"),
}
# Scholz et al. run 8 rounds; a position history of more than this many rounds per draw
# is a typing slip (1000000000 would ask for terabytes), not a model setting.
MAX_ROUNDS = 1000
KERNELS = ("numba", "numpy")


class ExpectedUtility:
    """The Scholz et al. (2011) expected-utility model with every ambiguity a switch.

    Parameters (keyword-only, stored unchanged):

    rounds
        Rounds to run (Scholz Table 2 reports 8; "in general the results do not
        stabilise", p. 28). The forecast is the last round's median (or mean, ``outcome``).
    stop_tol, stop_patience
        Optional stopping rule: stop once the median moved by at most ``stop_tol`` x R for
        ``stop_patience`` rounds in a row. ``None`` runs all ``rounds``.
    q
        Q of eq. 8, the probability that the status quo persists if i does not challenge.
        Scholz p. 26: "No value for Q was given. We chose Q=1.0."
    t
        T of eq. 8, the probability that things get better for i without a challenge
        (only matters when q < 1).
    future_sign
        Sign of the ``(1 - Q)(T U_b + (1 - T) U_w)`` term of eq. 8. -1 subtracts the whole
        expected utility of not challenging (BDM 1994); +1 is the sign as some readings of
        the typeset equation give it (a known typo). Irrelevant when q = 1.
    probability
        Normalisation of eq. 2. ``"global"``: divide by the sum of |v_k(a, b)| over every
        voter and every ordered pair of actors (the authors' code, as replicated by
        jmckib); ``"pair"``: divide by sum_k |v_k(i, j)|, so P(i, j) + P(j, i) = 1.
    vote_risk
        Whether votes use each voter's risk exponent r_k (True, authors' code) or linear
        distance (False).
    risk
        ``"actors"``: r_i from eq. 9-10, comparing i's security with every actor's
        (Scholz); ``"none"``: r = 1 for everyone.
    risk_perspective
        Whose risk exponent values a challenge. ``"perceiver"``: the actor weighing its
        offers uses its own r for both E and F (authors' code); ``"own"``: each side's
        expected utility uses that side's own r.
    challenge_salience
        Whose salience is the probability of resistance in eq. 8: ``"target"`` (s_j, the
        challenged actor resists; BDM 1994) or ``"challenger"`` (s_i).
    conflict
        What a conflict (both expect to gain) does: ``"loser_moves"`` (the actor expecting
        less takes the other's position) or ``"none"`` (no move).
    capitulation
        Whether the capitulation octant moves the receiver (True) or is ignored (False,
        the authors' code as replicated: its capitulation test can never hold).
    offer_choice
        How an actor picks among its offers. ``"scholz_code"``: conflicts first (the
        nearest), then compromises (the one whose |EU|-weighted average of the two
        positions is lowest), then capitulations (the nearest), as the authors' code does;
        ``"least_move"``: the offer nearest its position, whatever its kind (the paper's
        text: each actor takes the offer that moves it least).
    range_mode
        R of eq. 1 and 3-7: ``"initial"`` (max - min of the input positions, fixed),
        ``"current"`` (recomputed each round) or ``"scale"`` (the issue's scale).
    round_median
        The round's median: ``"condorcet"`` (winner of pairwise c x s votes among current
        positions, Scholz Appendix) or ``"weighted"`` (c x s weighted median). They differ
        only on exact ties.
    outcome
        ``"median"`` or ``"mean"`` of the last round as the forecast.

    kernel
        How the rounds are computed, not a model switch (both give the same numbers, and
        ``switches()`` leaves it out): ``"numba"``, compiled, one draw at a time, or
        ``"numpy"``, the vectorised reference.
    """

    name: ClassVar[str] = "eum"

    def __init__(
        self,
        *,
        rounds: int = 8,
        stop_tol: float | None = None,
        stop_patience: int = 2,
        q: float = 1.0,
        t: float = 1.0,
        future_sign: int = -1,
        probability: str = "global",
        vote_risk: bool = True,
        risk: str = "actors",
        risk_perspective: str = "perceiver",
        challenge_salience: str = "target",
        conflict: str = "loser_moves",
        capitulation: bool = False,
        offer_choice: str = "scholz_code",
        range_mode: str = "initial",
        round_median: str = "condorcet",
        outcome: str = "median",
        kernel: str = "numba",
    ):
        self.rounds = rounds
        self.stop_tol = stop_tol
        self.stop_patience = stop_patience
        self.q = q
        self.t = t
        self.future_sign = future_sign
        self.probability = probability
        self.vote_risk = vote_risk
        self.risk = risk
        self.risk_perspective = risk_perspective
        self.challenge_salience = challenge_salience
        self.conflict = conflict
        self.capitulation = capitulation
        self.offer_choice = offer_choice
        self.range_mode = range_mode
        self.round_median = round_median
        self.outcome = outcome
        self.kernel = kernel

    def switches(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in _SWITCH_NAMES}

    def _check(self) -> None:
        for key, allowed in _CHOICES.items():
            if getattr(self, key) not in allowed:
                raise ValueError(f"eum switch {key}={getattr(self, key)!r}: use one of {allowed}")
        if isinstance(self.rounds, bool) or not (
            isinstance(self.rounds, int) and 0 <= self.rounds <= MAX_ROUNDS
        ):
            raise ValueError(
                f"eum switch rounds={self.rounds!r}: use a whole number from 0 to {MAX_ROUNDS}"
            )
        if not 0 <= self.q <= 1 or not 0 <= self.t <= 1:
            raise ValueError("eum switches q and t are probabilities in [0, 1]")
        if self.future_sign not in (-1, 1):
            raise ValueError("eum switch future_sign is -1 or +1")
        if self.kernel not in KERNELS:
            raise ValueError(f"eum kernel={self.kernel!r}: use one of {KERNELS}")

    # --- the IssueModel interface ---------------------------------------------------

    def run(self, inputs: IssueInputs) -> Trajectory:
        self._check()
        if self.kernel == "numba":
            from greatgame.models import eum_batch  # numba loads only when it is used

            positions, medians, means, done = eum_batch.path(
                eum_batch.settings(self.switches(), inputs.scale), inputs.capability,
                inputs.position, inputs.salience)
        else:
            positions, medians, means, stops = eum_numpy.simulate(
                self, inputs.capability[None], inputs.position[None], inputs.salience[None],
                inputs.scale)
            positions, medians, means, done = positions[:, 0], medians[:, 0], means[:, 0], stops[0]
        last = int(done) if self.stop_tol is not None else self.rounds
        rows = positions[: last + 1]
        med, mean = medians[: last + 1], means[: last + 1]
        return Trajectory(
            model=self.name,
            issue=inputs.issue.id,
            actor_ids=inputs.actor_ids,
            positions=rows,
            means=mean,
            medians=med,
            forecast=float(med[-1] if self.outcome == "median" else mean[-1]),
            switches=self.switches(),
        )

    def run_batch(
        self,
        capability: np.ndarray,
        position: np.ndarray,
        salience: np.ndarray,
        scale: tuple[float, float],
    ) -> np.ndarray:
        """The forecast of each draw (row); either kernel gives the same numbers."""
        self._check()
        capability, position, salience = np.broadcast_arrays(
            np.atleast_2d(capability), np.atleast_2d(position), np.atleast_2d(salience)
        )
        if self.kernel == "numpy":
            return eum_numpy.forecasts(self, capability, position, salience, scale)
        from greatgame.models import eum_batch  # numba loads only when it is used

        cfg = eum_batch.settings(self.switches(), scale)
        return eum_batch.forecasts(cfg, capability, position, salience)


_SWITCH_NAMES = tuple(
    "rounds stop_tol stop_patience q t future_sign probability vote_risk risk "
    "risk_perspective challenge_salience conflict capitulation offer_choice range_mode "
    "round_median outcome".split()
)

models.register("eum.v1")(ExpectedUtility)
