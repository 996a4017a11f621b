"""Shared inputs for the one-issue model tests.

EC auto-emission standards: Bueno de Mesquita (1994, p. 78) as reprinted in Scholz,
Calbert & Smith (2011), Table 1 (p. 19); salience rescaled from 0-100 to 0-1.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from greatgame.models.base import IssueInputs
from greatgame.records import Actor, Issue, Position, Scenario

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# actor, capability, position (years), salience (0-100)
EC_TABLE = (
    ("Netherlands", 0.08, 4, 80),
    ("Belgium", 0.08, 7, 40),
    ("Luxembourg", 0.03, 4, 20),
    ("Germany", 0.16, 4, 80),
    ("France", 0.16, 10, 60),
    ("Italy", 0.16, 10, 60),
    ("UK", 0.16, 10, 90),
    ("Ireland", 0.05, 7, 10),
    ("Denmark", 0.05, 4, 100),
    ("Greece", 0.08, 7, 70),
)


def ec_scenario(*, spread: float = 0.0) -> Scenario:
    """The EC case as a scenario; ``spread`` > 0 gives every number a range around it."""
    issue = Issue(id="ec", name="EC emission standards (years)", low=4, high=10)
    actors, positions = [], []
    for name, cap, pos, sal in EC_TABLE:
        s = sal / 100
        actors.append(Actor(
            id=name, name=name, capability=cap,
            capability_low=cap * (1 - spread) if spread else None,
            capability_high=cap * (1 + spread) if spread else None,
        ))
        positions.append(Position(
            actor=name, issue="ec", position=pos, salience=s,
            position_low=max(4.0, pos - 6 * spread) if spread else None,
            position_high=min(10.0, pos + 6 * spread) if spread else None,
            salience_low=max(0.0, s - spread) if spread else None,
            salience_high=min(1.0, s + spread) if spread else None,
        ))
    return Scenario(name="EC emissions", actors=tuple(actors), issues=(issue,),
                    positions=tuple(positions))


@pytest.fixture
def ec_inputs() -> IssueInputs:
    return IssueInputs.from_scenario(ec_scenario(), "ec")


@pytest.fixture
def ec_arrays() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    cap = np.array([row[1] for row in EC_TABLE], dtype=float)
    pos = np.array([row[2] for row in EC_TABLE], dtype=float)
    sal = np.array([row[3] for row in EC_TABLE], dtype=float) / 100
    return cap, pos, sal
