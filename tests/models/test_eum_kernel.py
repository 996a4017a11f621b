"""The compiled expected-utility kernel (``kernel="numba"``) against the numpy reference.

The reference is the vectorised code that reproduces Scholz, Calbert & Smith (2011),
Table 2 (tests/models/test_eum.py). The kernel computes the same equations in the same
order, one draw at a time; its numbers may differ from the reference's only by rounding
(exp and log to one unit in the last place), so every comparison here holds to 1e-9.
"""

from __future__ import annotations

import numpy as np
import pytest

from greatgame.models import eum_batch
from greatgame.models.eum import ExpectedUtility

TOL = 1e-9
# Every switch away from its default, alone or with the one it interacts with.
SWITCHES = [
    {"q": 0.5},
    {"q": 0.7, "t": 0.3, "future_sign": 1},
    {"q": 0.5, "risk": "none"},
    {"q": 0.5, "challenge_salience": "challenger"},
    {"probability": "pair"},
    {"vote_risk": False},
    {"risk": "none"},
    {"risk_perspective": "own"},
    {"challenge_salience": "challenger"},
    {"conflict": "none"},
    {"capitulation": True},
    {"capitulation": True, "offer_choice": "least_move"},
    {"offer_choice": "least_move"},
    {"range_mode": "current"},
    {"range_mode": "scale"},
    {"round_median": "weighted"},
    {"outcome": "mean"},
    {"rounds": 30, "risk": "none", "stop_tol": 0.001, "stop_patience": 2},
    {"rounds": 0},
]
# Without conflicts, EC's point case has actors creep onto 4.0 by compromises: by round 6
# one of them is 4.0 in the reference and 4.0 + 2e-15 here (exp and log differ in the last
# place), so it coincides with three others in one kernel and not in the other, and the
# paths part. Its perturbed draws are compared; its point path is not.
CHAOTIC_PATHS = [{"conflict": "none"}]


def random_case(n: int, draws: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Capabilities, positions (0-100) and saliences drawn uniformly, (draws, n) each."""
    rng = np.random.default_rng(seed)
    return (rng.uniform(0.1, 1, (draws, n)), rng.uniform(0, 100, (draws, n)),
            rng.uniform(0.1, 1, (draws, n)))


def ec_draws(ec_arrays, draws: int = 30, seed: int = 7):
    """The EC case with every number perturbed; positions clipped to the scale, so many
    actors share its ends (ties the kernel must break as the reference does)."""
    cap, pos, sal = ec_arrays
    rng = np.random.default_rng(seed)
    return (cap * rng.uniform(0.8, 1.2, (draws, 10)),
            np.clip(pos + rng.normal(0, 1.5, (draws, 10)), 4, 10),
            np.clip(sal + rng.normal(0, 0.1, (draws, 10)), 0, 1))


def test_scholz_table2_path_equals_the_reference(ec_inputs):
    compiled = ExpectedUtility(rounds=10).run(ec_inputs)
    reference = ExpectedUtility(rounds=10, kernel="numpy").run(ec_inputs)
    for field in ("positions", "medians", "means"):
        np.testing.assert_allclose(getattr(compiled, field), getattr(reference, field),
                                   rtol=0, atol=TOL, err_msg=field)
    assert compiled.forecast == pytest.approx(reference.forecast, abs=TOL)


def test_random_100_actors_equal_the_reference():
    cap, pos, sal = random_case(100, 50, seed=2024)
    compiled = ExpectedUtility().run_batch(cap, pos, sal, (0, 100))
    reference = ExpectedUtility(kernel="numpy").run_batch(cap, pos, sal, (0, 100))
    np.testing.assert_allclose(compiled, reference, rtol=0, atol=TOL)


@pytest.mark.parametrize("switches", SWITCHES, ids=lambda sw: ",".join(f"{k}={v}" for k, v in
                                                                      sw.items()))
def test_every_switch_equals_the_reference(ec_inputs, ec_arrays, switches):
    cap, pos, sal = ec_draws(ec_arrays)
    compiled = ExpectedUtility(**switches)
    reference = ExpectedUtility(**switches, kernel="numpy")
    np.testing.assert_allclose(compiled.run_batch(cap, pos, sal, (4, 10)),
                               reference.run_batch(cap, pos, sal, (4, 10)), rtol=0, atol=TOL)
    if switches in CHAOTIC_PATHS:
        return
    path, ref_path = compiled.run(ec_inputs), reference.run(ec_inputs)
    assert path.rounds == ref_path.rounds
    np.testing.assert_allclose(path.positions, ref_path.positions, rtol=0, atol=TOL)
    np.testing.assert_allclose(path.medians, ref_path.medians, rtol=0, atol=TOL)


@pytest.mark.parametrize("switches", [{}, {"probability": "pair", "q": 0.5}])
def test_random_30_actors_equal_the_reference_with_switches(switches):
    cap, pos, sal = random_case(30, 20, seed=11)
    np.testing.assert_allclose(
        ExpectedUtility(**switches).run_batch(cap, pos, sal, (0, 100)),
        ExpectedUtility(**switches, kernel="numpy").run_batch(cap, pos, sal, (0, 100)),
        rtol=0, atol=TOL)


def test_blocks_threads_and_order_never_change_the_numbers(monkeypatch):
    cap, pos, sal = random_case(12, 40, seed=5)
    cfg = eum_batch.settings(ExpectedUtility().switches(), (0, 100))
    whole = eum_batch.forecasts(cfg, cap, pos, sal, threads=1)
    monkeypatch.setattr(eum_batch, "BLOCK_SECONDS", 0.0)  # blocks of one draw
    split = eum_batch.forecasts(cfg, cap, pos, sal, threads=2)
    # a block's draws share tables: in reverse order each draw follows a different one
    backwards = eum_batch.forecasts(cfg, cap[::-1], pos[::-1], sal[::-1], threads=1)
    np.testing.assert_array_equal(whole, split)
    np.testing.assert_array_equal(whole, backwards[::-1])


def test_inputs_are_not_mutated_by_the_compiled_kernel():
    arrays = random_case(8, 5, seed=3)
    before = [a.copy() for a in arrays]
    ExpectedUtility().run_batch(*arrays, (0, 100))
    for a, b in zip(arrays, before, strict=True):
        np.testing.assert_array_equal(a, b)


def test_progress_stays_off_standard_error_when_it_is_no_terminal(capsys):
    cap, pos, sal = random_case(5, 4, seed=1)
    cfg = eum_batch.settings(ExpectedUtility().switches(), (0, 100))
    eum_batch.forecasts(cfg, cap, pos, sal, progress=True)
    assert capsys.readouterr().err == ""


def test_unknown_kernel_is_refused():
    with pytest.raises(ValueError, match="kernel"):
        ExpectedUtility(kernel="fortran").run_batch(np.ones((1, 2)), np.array([[0.0, 1.0]]),
                                                    np.ones((1, 2)), (0, 1))
