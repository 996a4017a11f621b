"""Baseline one-issue models: compromise, weighted median voter, mean voter.

Each is a one-shot bargain: round 0 is the input and in round 1 every actor stands at
the model's outcome. They are the yardsticks every richer model is read against.

Weights (``c`` capability, ``s`` salience in 0..1, ``x`` position):

* :class:`Compromise` -- ``sum(c s x) / sum(c s)``. Actors pull the outcome toward them in
  proportion to the power they bring to bear on this issue (capability times salience);
  for quadratic losses this is the first-order approximation of the asymmetric Nash
  bargaining solution (Achen 2006, "Institutional realism and bargaining models", in
  Thomson et al., *The European Union Decides*, ch. 4).
* :class:`WeightedMedian` -- the lower c x s weighted median: the position that beats every
  other in pairwise votes weighted by c x s (Black 1948, with weighted votes).
* :class:`MeanVoter` -- ``sum(c x) / sum(c)``: the mean of positions weighted by capability
  only. Salience is left out on purpose: it is the "mean voter" of a body in which every
  member casts its full vote whatever it cares, which separates it from the compromise
  (whose weights c x s are also the "mean" column of Scholz et al. 2011, Table 2).

EC emission standards (BDM 1994 via Scholz et al. 2011, Table 1): compromise 7.38996,
weighted median 7.0, mean voter 7.4752.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np

from greatgame.models.base import IssueInputs, Trajectory, weighted_mean, weighted_median
from greatgame.registry import models


class _OneShot:
    """A one-round bargain: everyone moves to ``_outcome`` of the inputs."""

    name: ClassVar[str]

    def switches(self) -> dict[str, Any]:
        return {}

    def _outcome(self, capability, position, salience, scale) -> np.ndarray:
        raise NotImplementedError

    def run(self, inputs: IssueInputs) -> Trajectory:
        c, x, s = inputs.capability, inputs.position, inputs.salience
        outcome = float(self._outcome(c, x, s, inputs.scale))
        rows = np.vstack([x, np.full_like(x, outcome)])
        w = c * s
        return Trajectory(
            model=self.name,
            issue=inputs.issue.id,
            actor_ids=inputs.actor_ids,
            positions=rows,
            means=np.array([float(weighted_mean(x, w)), outcome]),
            medians=np.array([float(weighted_median(x, w)), outcome]),
            forecast=outcome,
            switches=self.switches(),
        )

    def run_batch(
        self,
        capability: np.ndarray,
        position: np.ndarray,
        salience: np.ndarray,
        scale: tuple[float, float],
    ) -> np.ndarray:
        c, x, s = np.broadcast_arrays(
            np.atleast_2d(capability), np.atleast_2d(position), np.atleast_2d(salience)
        )
        return np.asarray(self._outcome(c, x, s, scale), dtype=float).reshape(x.shape[0])


class Compromise(_OneShot):
    """Capability x salience weighted mean of positions (first-order Nash bargaining)."""

    name: ClassVar[str] = "compromise"

    def _outcome(self, capability, position, salience, scale):
        return weighted_mean(position, capability * salience)


class WeightedMedian(_OneShot):
    """Capability x salience weighted median of positions (median voter, weighted votes)."""

    name: ClassVar[str] = "median"

    def _outcome(self, capability, position, salience, scale):
        return weighted_median(position, capability * salience)


class MeanVoter(_OneShot):
    """Capability-weighted mean of positions, salience ignored (see the module docstring)."""

    name: ClassVar[str] = "mean"

    def _outcome(self, capability, position, salience, scale):
        return weighted_mean(position, capability)


models.register("compromise.v1")(Compromise)
models.register("median.v1")(WeightedMedian)
models.register("mean.v1")(MeanVoter)
