"""exp and log over arrays (greatgame.models.vecmath) against numpy's, to one unit in the
last place, with numpy's answers at the special values (0, subnormals, inf, nan)."""

from __future__ import annotations

import numpy as np

from greatgame.models.vecmath import exp_into, log_into


def ulps(got: np.ndarray, want: np.ndarray) -> np.ndarray:
    return np.abs(got - want) / np.spacing(np.abs(want))


def test_exp_agrees_with_numpy_to_one_ulp():
    rng = np.random.default_rng(0)
    x = np.concatenate([rng.uniform(-745, 709, 100_000), rng.uniform(-1, 1, 100_000),
                        [-745.13, -708.4, -700.5, 700.5, 709.78, 0.0, -0.0, 1e-300]])
    out = np.empty_like(x)
    exp_into(x, out, np.empty(x.size, dtype=np.int64))
    want = np.exp(x)
    normal = want >= np.finfo(float).tiny  # below it numpy's and ours are both subnormal
    assert ulps(out[normal], want[normal]).max() <= 1.0
    assert np.all(np.abs(out[~normal] - want[~normal]) <= 2 * 5e-324)


def test_exp_far_ends_and_nan_as_numpy():
    x = np.array([-np.inf, -1000.0, -746.0, 710.0, 1000.0, np.inf, np.nan])
    out = np.empty_like(x)
    exp_into(x, out, np.empty(x.size, dtype=np.int64))
    with np.errstate(over="ignore"):
        np.testing.assert_array_equal(out, np.exp(x))


def test_exp_in_place_gives_the_same_numbers():
    x = np.random.default_rng(1).uniform(-20, 5, 1000)
    apart = np.empty_like(x)
    bits = np.empty(x.size, dtype=np.int64)
    exp_into(x, apart, bits)
    exp_into(x, x, bits)
    np.testing.assert_array_equal(x, apart)


def test_log_agrees_with_numpy_to_one_ulp():
    rng = np.random.default_rng(2)
    x = np.concatenate([np.exp(rng.uniform(-744, 709, 100_000)), rng.uniform(0, 2, 100_000),
                        [5e-324, 1e-310, 2.2250738585072014e-308, 0.5, 2.0, np.sqrt(2.0)]])
    out = np.empty_like(x)
    log_into(x, out, np.empty(x.size, dtype=np.int64))
    want = np.log(x)
    nonzero = want != 0
    assert ulps(out[nonzero], want[nonzero]).max() <= 1.0
    assert np.all(out[~nonzero] == 0.0)


def test_log_special_values_as_numpy():
    x = np.array([0.0, -0.0, -1.0, -np.inf, np.inf, np.nan, 1.0])
    out = np.empty_like(x)
    log_into(x, out, np.empty(x.size, dtype=np.int64))
    with np.errstate(divide="ignore", invalid="ignore"):
        np.testing.assert_array_equal(out, np.log(x))
