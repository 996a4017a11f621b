"""The one interface every bargaining model meets.

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
