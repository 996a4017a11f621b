"""Global sensitivity: Sobol indices over every input range at once (SALib), beside the tornado.

The tornado (:mod:`greatgame.models.sensitivity`) moves one input at a time; Sobol's
variance decomposition (Sobol 2001; Saltelli 2002, 2010) moves all of them together and
says how much of the forecast's variance each input explains:

* first order ``S1``: the share of the variance due to that input alone;
* total order ``ST``: its share including every interaction with the other inputs.
  ``ST - S1`` large means the input matters through others (a salience that counts only
  where the position is far from the rest, say).

Inputs are the actors' position, salience and capability with a range of non-zero width,
named ``ACTOR.position`` etc. Each is sampled **uniformly** over its range (Sobol's
method needs independent inputs with known marginals; the triangular draws of the Monte
Carlo would weigh the analyst's point value more; ``distribution="triangular"`` maps
SALib's unit-cube sample through the same triangular law, the point value as its mode).

Saltelli's scheme evaluates the model ``base * (k + 2)`` times for ``k`` inputs
(``calc_second_order=False``), all in one vectorised ``run_batch`` call; ``base`` should be
a power of two (SALib's scrambled Sobol sequence, drawn from ``seed``). The indices carry
95 % bootstrap half-widths (``S1_conf``, ``ST_conf``). Small ``base`` (64 in tests) gives
noisy indices; 1024 or more for a figure one reports.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np

from greatgame.models.base import IssueInputs, IssueModel, IssueRanges
from greatgame.models.montecarlo import triangular_ppf

_FIELDS = ("position", "salience", "capability")
DISTRIBUTIONS = ("uniform", "triangular")


@dataclass(frozen=True)
class SobolIndex:
    """The Sobol indices of one input."""

    actor: str
    input: str
    low: float
    high: float
    S1: float
    S1_conf: float
    ST: float
    ST_conf: float

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def _varying(inputs: IssueInputs, ranges: IssueRanges) -> list[tuple[str, int, float, float]]:
    out = []
    for field in _FIELDS:
        low, high = ranges.fields[field]
        for i in range(len(inputs.actor_ids)):
            if high[i] > low[i]:
                out.append((field, i, float(low[i]), float(high[i])))
    return out


def _problem(inputs: IssueInputs, cases: list[tuple[str, int, float, float]]) -> dict:
    """A SALib problem over the unit cube; :func:`_scaled` maps it onto the ranges."""
    names = [f"{inputs.actor_ids[i]}.{field}" for field, i, _, _ in cases]
    return {"num_vars": len(cases), "names": names, "bounds": [[0.0, 1.0]] * len(cases)}


def _scaled(u: np.ndarray, inputs: IssueInputs, case: tuple[str, int, float, float],
            distribution: str) -> np.ndarray:
    field, i, lo, hi = case
    if distribution == "uniform":
        return lo + u * (hi - lo)
    mode = float(getattr(inputs, field)[i])
    return triangular_ppf(u, np.float64(lo), np.float64(mode), np.float64(hi))


def sobol_indices(
    model: IssueModel,
    inputs: IssueInputs,
    ranges: IssueRanges,
    *,
    base: int = 256,
    seed: int = 0,
    distribution: str = "uniform",
) -> list[SobolIndex]:
    """First- and total-order Sobol indices of every ranged input, largest ``ST`` first."""
    from SALib.analyze import sobol as analyze
    from SALib.sample import sobol as sample

    if distribution not in DISTRIBUTIONS:
        raise ValueError(f"distribution {distribution!r}: use one of {DISTRIBUTIONS}")
    cases = _varying(inputs, ranges)
    if not cases:
        return []
    problem = _problem(inputs, cases)
    with warnings.catch_warnings():  # SALib warns when base is no power of two
        warnings.simplefilter("ignore")
        X = sample.sample(problem, base, calc_second_order=False, seed=seed)
    rows = {f: np.repeat(getattr(inputs, f)[None, :], len(X), axis=0) for f in _FIELDS}
    for k, (field, i, _, _) in enumerate(cases):
        rows[field][:, i] = _scaled(X[:, k], inputs, cases[k], distribution)
    Y = np.asarray(
        model.run_batch(rows["capability"], rows["position"], rows["salience"], inputs.scale),
        dtype=float,
    )
    if np.ptp(Y) == 0:  # the forecast never moves: no variance to share out
        zero = {"S1": 0.0, "S1_conf": 0.0, "ST": 0.0, "ST_conf": 0.0}
        return [SobolIndex(inputs.actor_ids[i], f, lo, hi, **zero) for f, i, lo, hi in cases]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        si = analyze.analyze(problem, Y, calc_second_order=False, seed=seed)
    out = [
        SobolIndex(inputs.actor_ids[i], field, lo, hi, S1=float(si["S1"][k]),
                   S1_conf=float(si["S1_conf"][k]), ST=float(si["ST"][k]),
                   ST_conf=float(si["ST_conf"][k]))
        for k, (field, i, lo, hi) in enumerate(cases)
    ]
    return sorted(out, key=lambda s: -s.ST)
