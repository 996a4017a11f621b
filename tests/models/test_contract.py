"""The contract every registered one-issue model meets (scikit-learn style suite)."""

from __future__ import annotations

import numpy as np
import pytest

import greatgame.models.forecast  # noqa: F401  (registers every model)
from greatgame.models.base import IssueInputs, IssueModel, IssueRanges
from greatgame.models.montecarlo import monte_carlo
from greatgame.registry import models

from .conftest import ec_scenario


def _one_issue_models() -> list[str]:
    names = []
    for name in models.names():
        if isinstance(models.get(name)(), IssueModel):
            names.append(name)
    return names


ONE_ISSUE = _one_issue_models()


def test_every_baseline_and_the_eum_are_covered():
    assert {"compromise", "median", "mean", "eum"} <= set(ONE_ISSUE)


def _cases() -> list[IssueInputs]:
    rng = np.random.default_rng(2024)
    ec = IssueInputs.from_scenario(ec_scenario(), "ec")
    out = [ec]
    for n in (2, 5, 13):
        out.append(IssueInputs(
            issue=ec.issue.model_copy(update={"low": 0.0, "high": 100.0}),
            actor_ids=tuple(f"A{i}" for i in range(n)),
            capability=rng.uniform(0, 2, n),
            position=rng.uniform(0, 100, n),
            salience=rng.uniform(0, 1, n),
        ))
    return out


@pytest.mark.parametrize("name", ONE_ISSUE)
def test_model_contract(name):
    model = models.get(name)()
    for inputs in _cases():
        arrays = [a.copy() for a in (inputs.capability, inputs.position, inputs.salience)]
        first, second = model.run(inputs), model.run(inputs)
        # inputs unchanged
        for a, b in zip(arrays, (inputs.capability, inputs.position, inputs.salience),
                        strict=True):
            np.testing.assert_array_equal(a, b)
        # same inputs, same result
        assert first.forecast == second.forecast
        np.testing.assert_array_equal(first.positions, second.positions)
        # round 0 is the input
        np.testing.assert_array_equal(first.positions[0], inputs.position)
        # inside the scale
        low, high = inputs.scale
        assert low <= first.forecast <= high
        assert np.all((first.positions >= low) & (first.positions <= high))
        assert np.all((first.medians >= low) & (first.medians <= high))
        assert first.actor_ids == inputs.actor_ids
        assert isinstance(model.switches(), dict)
        # the batch path agrees with the single run
        batch = model.run_batch(inputs.capability[None], inputs.position[None],
                                inputs.salience[None], inputs.scale)
        assert batch.shape == (1,)
        assert batch[0] == pytest.approx(first.forecast, abs=1e-12)


@pytest.mark.parametrize("name", ONE_ISSUE)
def test_model_contract_same_seed_same_distribution(name):
    scenario = ec_scenario(spread=0.15)
    inputs = IssueInputs.from_scenario(scenario, "ec")
    ranges = IssueRanges.from_scenario(scenario, "ec")
    model = models.get(name)()
    a = monte_carlo(model, inputs, ranges, draws=64, seed=4)
    b = monte_carlo(model, inputs, ranges, draws=64, seed=4)
    np.testing.assert_array_equal(a.values, b.values)
    assert np.all((a.values >= 4) & (a.values <= 10))
