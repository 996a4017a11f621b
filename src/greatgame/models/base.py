"""The one interface every bargaining model meets, and the statistics models share.

A model takes one issue's inputs as arrays and returns a round-by-round trajectory.
Round 0 is the input. Arrays may carry a leading batch axis of Monte Carlo draws:
``capability``, ``position`` and ``salience`` of shape ``(n,)`` for one run or ``(d, n)``
for ``d`` draws; a model's ``run_batch`` returns the forecast of each draw, shape ``(d,)``.
Models keep no state between runs; switches are constructor parameters, stored and
never changed (scikit-learn style).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, runtime_checkable

import numpy as np

from greatgame.records import Issue, Scenario


@dataclass(frozen=True)
class IssueInputs:
    """One issue's inputs: the actors holding a position on it, as parallel arrays."""

    issue: Issue
    actor_ids: tuple[str, ...]
    capability: np.ndarray
    position: np.ndarray
    salience: np.ndarray

    @classmethod
    def from_scenario(cls, scenario: Scenario, issue_id: str) -> IssueInputs:
        issue = scenario.issue(issue_id)
        held = scenario.positions_on(issue_id)
        caps = {a.id: a.capability for a in scenario.actors}
        return cls(
            issue=issue,
            actor_ids=tuple(p.actor for p in held),
            capability=np.array([caps[p.actor] for p in held], dtype=float),
            position=np.array([p.position for p in held], dtype=float),
            salience=np.array([p.salience for p in held], dtype=float),
        )

    @property
    def scale(self) -> tuple[float, float]:
        return (self.issue.low, self.issue.high)


@dataclass(frozen=True)
class IssueRanges:
    """Each input's (low, high) range on one issue, as arrays parallel to ``IssueInputs``.

    A number given without a range has low = high = the value (a zero-width range).
    """

    actor_ids: tuple[str, ...]
    capability: tuple[np.ndarray, np.ndarray]
    position: tuple[np.ndarray, np.ndarray]
    salience: tuple[np.ndarray, np.ndarray]

    @classmethod
    def from_scenario(cls, scenario: Scenario, issue_id: str) -> IssueRanges:
        held = scenario.positions_on(issue_id)
        actors = {a.id: a for a in scenario.actors}
        cap = [actors[p.actor].capability_range for p in held]
        pos = [p.position_range for p in held]
        sal = [p.salience_range for p in held]

        def pair(rows: list[tuple[float, float]]) -> tuple[np.ndarray, np.ndarray]:
            arr = np.array(rows, dtype=float).reshape(-1, 2)
            return (arr[:, 0].copy(), arr[:, 1].copy())

        return cls(
            actor_ids=tuple(p.actor for p in held),
            capability=pair(cap),
            position=pair(pos),
            salience=pair(sal),
        )

    @property
    def fields(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        return {"capability": self.capability, "position": self.position, "salience": self.salience}


@dataclass(frozen=True)
class Trajectory:
    """What a model did round by round, and where it says the issue settles."""

    model: str
    issue: str
    actor_ids: tuple[str, ...]
    positions: np.ndarray  # (rounds + 1, n); row 0 is the input
    means: np.ndarray  # (rounds + 1,) capability x salience weighted mean each round
    medians: np.ndarray  # (rounds + 1,) weighted median each round
    forecast: float
    switches: dict[str, Any] = field(default_factory=dict)

    @property
    def rounds(self) -> int:
        return len(self.positions) - 1


@runtime_checkable
class IssueModel(Protocol):
    """A one-issue model: ``run`` for a trajectory, ``run_batch`` for Monte Carlo draws."""

    name: ClassVar[str]

    def run(self, inputs: IssueInputs) -> Trajectory: ...

    def run_batch(
        self,
        capability: np.ndarray,
        position: np.ndarray,
        salience: np.ndarray,
        scale: tuple[float, float],
    ) -> np.ndarray: ...

    def switches(self) -> dict[str, Any]: ...


# --- statistics shared by the models --------------------------------------------------


def weighted_mean(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Weighted mean along the last axis; the plain mean where all weights are zero."""
    values = np.asarray(values, dtype=float)
    weights = np.broadcast_to(np.asarray(weights, dtype=float), values.shape)
    total = weights.sum(axis=-1)
    safe = np.where(total > 0, total, 1.0)
    mean = (weights * values).sum(axis=-1) / safe
    return np.where(total > 0, mean, values.mean(axis=-1))


def weighted_median(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Lower weighted median along the last axis.

    The smallest value at which the cumulative weight of the sorted values reaches half the
    total weight: the position that minimises ``sum(w * |x - y|)`` (Black's median voter
    with weighted votes). Where all weights are zero, every value weighs one.

    >>> float(weighted_median(np.array([4.0, 7.0, 10.0]), np.array([24.8, 9.3, 33.6])))
    7.0
    """
    values = np.asarray(values, dtype=float)
    weights = np.broadcast_to(np.asarray(weights, dtype=float), values.shape)
    total = weights.sum(axis=-1, keepdims=True)
    weights = np.where(total > 0, weights, 1.0)
    order = np.argsort(values, axis=-1, kind="stable")
    ordered = np.take_along_axis(values, order, axis=-1)
    cum = np.cumsum(np.take_along_axis(weights, order, axis=-1), axis=-1)
    half = 0.5 * cum[..., -1:]
    # A relative tolerance keeps an exact half (e.g. 0.5 of 1.0 built from tenths) a tie.
    reached = cum >= half * (1 - 1e-12)
    index = np.argmax(reached, axis=-1)[..., None]
    return np.take_along_axis(ordered, index, axis=-1)[..., 0]
