"""The pieces of KTAB's spatial model of politics (see :mod:`greatgame.models.smp`):
salience-weighted distances and utilities, votes, coalitions and victory chances, the
probabilistic Condorcet election, risk attitudes, challenges and bargains. Each is a
vectorised numpy function; :mod:`greatgame.models.smp` runs them step by step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

VOTING_RULES = ("proportional", "binary", "prop_bin", "prop_cubic", "cubic", "asym_prospect")
VICTORY_MODELS = ("linear", "square", "quartic", "octic", "binary")
PCE_MODELS = ("conditional", "markov_incentive", "markov_uniform")
BIG_R_RANGES = ("min", "mid", "max")
BIG_R_ADJUSTS = ("full", "two_thirds", "half", "one_third", "none")
THIRD_PARTY = ("semi", "full", "none")
INTERPOLATIONS = ("s1p1", "s2p2", "s2pmax")
TRANSITIONS = ("deterministic", "stochastic")
SALIENCE_SUMS = ("clip", "mean")
MIN_COALITION = 1e-8  # KTAB Model::coalitions minC
MIN_CHALLENGE = 1e-10  # KTAB probEduChlg minCltn
MIN_GAIN = 1e-5  # KTAB bestChallenge minSigEDU
COALITION_BLOCK = 1 << 18  # actors x options^2 voted at once (2 MB a table)


@dataclass(frozen=True)
class Switches:
    """The SMP's switches; KTAB's names (``smpSchema.xsd`` ModelParameters) in brackets.

    - ``voting_rule`` [VotingRule]: an actor's vote for i over j given the utility gap
      ``du``: ``proportional`` w du [Prop], ``binary`` w sign(du) [Binary], ``prop_bin``
      0.8 prop + 0.2 binary [PropBin], ``prop_cubic`` (du + du^3)/2 [PropCbc], ``cubic``
      w du^3 [Cubic], ``asym_prospect`` w du, gains at 2/3 [ASymProsp].
    - ``victory_model`` [VictoryProbModel]: P(i beats j) = f(C_ij) / (f(C_ij) + f(C_ji))
      with f = x, x^2, x^4, x^8, or ``binary`` (a 10 % edge wins outright).
    - ``pce_model`` [PCEModel]: ``conditional`` (P_i proportional to prod_j P_ij),
      ``markov_incentive`` [MarkovIncentive], ``markov_uniform`` [MarkovUniform].
    - ``transition`` [StateTransitions]: ``deterministic`` takes the most likely bargain,
      ``stochastic`` draws one (greatgame's seeded generator, not KTAB's PRNG).
    - ``big_r_range`` [BigRRange]: R from the PCE chance, on [0,1] ``min``, [-1/2,1] ``mid``,
      [-1,1] ``max``. Where every chance is equal KTAB divides by zero; here R = 0.
    - ``big_r_adjust`` [BigRAdjust]: h's estimate of i's R: ``full`` R_i, ``two_thirds``
      (R_h + 2R_i)/3, ``half``, ``one_third`` (2R_h + R_i)/3, ``none`` R_h.
    - ``third_party`` [ThirdPartyCommit]: ``semi``, ``full`` or ``none`` commitment of a
      third party to the side it joins (the utilities of the little contest).
    - ``interpolation`` [InterVecBrgn]: bargain weights s^2 p^2 ``s2p2``, s p ``s1p1``, or
      ``s2pmax``. ``round_bargains``: round bargains to 1e-4 on the unit scale, as KTAB.
    - ``tolerance`` [minDeltaRatio 0.02], ``min_steps`` [2], ``max_steps`` [100],
      ``min_significant`` [minSigDelta 1e-4, added to the first step's move].
    - ``position_tolerance`` [posTol 1e-3]: positions closer than this are one option when
      the winning chances are computed.
    - ``win_rule``: the voting rule of the winning chances reported per state: ``model``
      (``voting_rule``, as in the 2017-05-30 smpc logs) or ``proportional`` (hard-coded in
      KTAB's 2016 ``SMPState::pDist``). The two agree under the default rule.
    - ``salience_sum``: how per-issue saliences become KTAB's (see :func:`smp_arrays`).
    """

    voting_rule: str = "proportional"
    victory_model: str = "linear"
    pce_model: str = "conditional"
    transition: str = "deterministic"
    big_r_range: str = "mid"
    big_r_adjust: str = "one_third"
    third_party: str = "semi"
    interpolation: str = "s2p2"
    round_bargains: bool = True
    tolerance: float = 0.02
    min_steps: int = 2
    max_steps: int = 100
    min_significant: float = 1e-4
    position_tolerance: float = 1e-3
    salience_sum: str = "clip"
    win_rule: str = "model"

    def __post_init__(self) -> None:
        choices = {
            "voting_rule": VOTING_RULES, "victory_model": VICTORY_MODELS,
            "pce_model": PCE_MODELS, "transition": TRANSITIONS, "big_r_range": BIG_R_RANGES,
            "big_r_adjust": BIG_R_ADJUSTS, "third_party": THIRD_PARTY,
            "interpolation": INTERPOLATIONS, "salience_sum": SALIENCE_SUMS,
            "win_rule": ("model", "proportional"),
        }
        for name, allowed in choices.items():
            if getattr(self, name) not in allowed:
                raise ValueError(f"smp switch {name}={getattr(self, name)!r}: use one of "
                                 f"{', '.join(allowed)}")
        if not (0 < self.tolerance and 1 <= self.min_steps <= self.max_steps):
            raise ValueError("smp: need tolerance > 0 and 1 <= min_steps <= max_steps")

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def vdiff(ideal: np.ndarray, pos: np.ndarray, s: np.ndarray) -> np.ndarray:
    """d[i, j]: distance from ``ideal[i]`` to ``pos[j]`` weighted by i's saliences,
    normalised so that 1 is the full width of every axis (KTAB ``bvDiff``)."""
    gap = (ideal[:, None, :] - pos[None, :, :]) * s[:, None, :]
    return np.sqrt((gap**2).sum(axis=-1) / (s**2).sum(axis=1)[:, None])


def utility(d: np.ndarray | float, risk: np.ndarray | float) -> np.ndarray:
    """KTAB ``bsUtil``: (1 - d)(1 + d R), and (1 - d)(1 + R) beyond d = 1 (round-off)."""
    d = np.asarray(d, dtype=float)
    return (1 - d) * (1 + np.minimum(d, 1.0) * risk)


def vote(rule: str, w: np.ndarray | float, du: np.ndarray) -> np.ndarray:
    """KTAB ``Model::vote``: weight ``w`` times the response to the utility gap ``du``."""
    if rule == "proportional":
        return w * du
    if rule == "binary":
        return w * np.clip(du / 1e-8, -1, 1)
    if rule == "prop_bin":
        return w * (0.8 * du + 0.2 * np.clip(du / 1e-8, -1, 1))
    if rule == "prop_cubic":
        return w * 0.5 * (du + du**3)
    if rule == "cubic":
        return w * du**3
    return w * np.where(du > 0, 2.0 * du / 3.0, du)  # asym_prospect


def coalitions(u: np.ndarray, w: np.ndarray, rule: str) -> np.ndarray:
    """C[i, j]: strength of the coalition for option i against j (KTAB ``coalitions``).

    ``u[k, i]`` is actor k's utility of option i; as in KTAB, each pair i > j is voted once
    and the votes against i go to C[j, i] (which matters for an asymmetric voting rule).
    Up to ``COALITION_BLOCK`` actors x options^2 votes are cast in one array, larger
    elections one actor at a time (memory options^2); the actors are added in order either
    way, so both give the same numbers."""
    n_act, n_opt = u.shape
    if n_act * n_opt * n_opt <= COALITION_BLOCK:  # all votes at once: small elections
        v = vote(rule, w[:, None, None], u[:, :, None] - u[:, None, :])
        # cumsum adds the actors in order, as the loop below: the same bits either way
        pos = np.cumsum(np.maximum(v, 0.0), axis=0)[-1]
        neg = np.cumsum(np.maximum(-v, 0.0), axis=0)[-1]
    else:  # one actor at a time keeps memory at options^2
        pos = np.zeros((n_opt, n_opt))
        neg = np.zeros((n_opt, n_opt))
        for k in range(n_act):
            v = vote(rule, w[k], u[k][:, None] - u[k][None, :])
            pos += np.maximum(v, 0.0)
            neg += np.maximum(-v, 0.0)
    lower = np.tril(np.ones((n_opt, n_opt), dtype=bool), -1)
    c = np.where(lower, pos, neg.T) + MIN_COALITION
    np.fill_diagonal(c, MIN_COALITION)
    return c


def victory(c: np.ndarray, model: str) -> np.ndarray:
    """P[i, j] = chance option i beats j from the coalition strengths (KTAB ``vProb``)."""
    if model == "binary":
        ratio = c / (c + c.T)
        p = np.clip((ratio * 2.1 - 1.0) / 0.1, 0.0, 1.0)
        p = np.where(c >= 1.1 * c.T, 1.0, np.where(c.T >= 1.1 * c, 1e-6, p))
        q = np.where(c.T >= 1.1 * c, 1.0, np.where(c >= 1.1 * c.T, 1e-6, 1 - p))
        out = p / (p + q)
    else:
        power = {"linear": 1, "square": 2, "quartic": 4, "octic": 8}[model]
        f = c**power
        out = f / (f + f.T)
    np.fill_diagonal(out, 0.5)
    return out


def pce(u: np.ndarray, w: np.ndarray, rule: str, vmodel: str, pmodel: str) -> np.ndarray:
    """The probabilistic Condorcet election: each option's chance of winning
    (KTAB ``scalarPCE``), from ``u[actor, option]`` and the actors' weights ``w``."""
    c = coalitions(u, w, rule)
    p = victory(c, vmodel)
    if pmodel == "conditional":
        win = np.prod(p, axis=1)
        return win / win.sum()
    if pmodel == "markov_uniform":
        return _markov(lambda q: (p * (q[:, None] + q[None, :])).sum(axis=1) / len(q),
                       len(p), 1e-6)
    incentive = c * p + np.diag(np.full(len(p), 1e-10))
    chlg = incentive / incentive.sum(axis=0, keepdims=True)  # chlg[i, j]: i challenges j

    def move(q: np.ndarray) -> np.ndarray:
        ct = q[:, None] * chlg.T
        return (p * (ct + ct.T)).sum(axis=1)

    return _markov(move, len(p), 1e-8)


def _markov(move: Any, n: int, tol: float) -> np.ndarray:
    """Iterate p <- (p + move(p)) / 2 from the uniform chance until it changes < tol."""
    p = np.full(n, 1.0 / n)
    for _ in range(1000):
        q = move(p)
        change = np.max(np.abs(q - p))
        p = 0.5 * (p + q)
        if change <= tol:
            return p
    raise ValueError("smp: the Markov election did not settle in 1000 iterations")


def big_r(p: np.ndarray, how: str) -> np.ndarray:
    """Risk attitudes from the PCE chances (KTAB ``bigRfromProb``); 0 when all are equal."""
    lo, hi = float(p.min()), float(p.max())
    if hi - lo < 1e-12:
        return np.zeros_like(p)
    if how == "min":
        return (p - lo) / (hi - lo)
    if how == "mid":
        return (3 * p - (hi + 2 * lo)) / (2 * (hi - lo))
    return (2 * p - (hi + lo)) / (hi - lo)


def estimate_r(r: np.ndarray, how: str) -> np.ndarray:
    """rh[h, i]: h's estimate of i's risk attitude (KTAB ``estNRA``)."""
    weight = {"full": 1.0, "two_thirds": 2.0, "half": 1.0, "one_third": 1.0, "none": 0.0}
    anchor = {"full": 0.0, "two_thirds": 1.0, "half": 1.0, "one_third": 2.0, "none": 1.0}
    a, b = anchor[how], weight[how]
    return (a * r[:, None] + b * r[None, :]) / (a + b)


def risk_attitudes(x: np.ndarray, s: np.ndarray, c: np.ndarray,
                   sw: Switches) -> tuple[np.ndarray, np.ndarray]:
    """R (the risk-neutral election's verdict) and aware[h, i, j], h's estimate of i's
    utility of j's position (KTAB ``setAllAUtil``)."""
    d = vdiff(x, x, s)
    neutral = utility(d, 0.0)
    r = big_r(pce(neutral, c, sw.voting_rule, sw.victory_model, sw.pce_model), sw.big_r_range)
    rh = estimate_r(r, sw.big_r_adjust)
    return r, utility(d[None, :, :], rh[:, :, None])


def _pos(v: np.ndarray) -> np.ndarray:
    return np.maximum(v, 0.0)


def _third_party_utils(how: str, uni: np.ndarray, unj: np.ndarray,
                       unn: np.ndarray) -> tuple[Any, Any, Any, Any]:
    """Utilities to n of (i+n beats j, j beats i+n, i beats j+n, j+n beats i), each summed
    over the three positions (KTAB ``thirdPartyVoteSU``)."""
    if how == "full":
        return 3 * uni, 3 * unj, 3 * uni, 3 * unj
    if how == "semi":
        return 2 * uni + unn, 3 * unj, 3 * uni, 2 * unj + unn
    return 2 * uni + unn, 2 * unj + unn, 2 * uni + unn, 2 * unj + unn


def challenges(aware: np.ndarray, stot: np.ndarray, c: np.ndarray,
               sw: Switches) -> tuple[np.ndarray, np.ndarray]:
    """Each actor's best target (-1 for none) and its estimate of beating it.

    i's estimate (KTAB ``probEduChlg(i, i, i, j)``): the principals vote with weight
    ``c s``; each third party n joins the side it prefers in the little contest of i, j
    and n alone; P = C_ij / (C_ij + C_ji). The gain over the status quo is
    ``(1 - s_j) 2u_ii + s_j (P 2u_ii + (1 - P) 2u_ij) - (u_ii + u_ij)``; the target is the
    j of greatest gain above 1e-5, the first on ties (KTAB ``bestChallenge``)."""
    n = len(c)
    idx = np.arange(n)
    w = stot * c
    a = aware  # a[h, :, :] is h's estimate of every utility; below i = h
    uii = a[idx, idx, idx][:, None]  # (h, 1)
    uij = a[idx, idx, :]  # (h, j)
    uji = a[idx, :, idx]  # (h, j): u_j(i) by h
    ujj = np.einsum("hjj->hj", a)
    vi = vote(sw.voting_rule, w[:, None], uii - uij)
    vj = vote(sw.voting_rule, w[None, :], uji - ujj)
    cij0 = MIN_CHALLENGE + _pos(vi) + _pos(vj)
    cji0 = MIN_CHALLENGE + _pos(-vi) + _pos(-vj)
    uni = a[idx, :, idx][:, None, :]  # (h, 1, n): u_n(i)
    unj = np.transpose(a, (0, 2, 1))  # (h, j, n): u_n(j)
    unn = np.einsum("hnn->hn", a)[:, None, :]
    vn = vote(sw.voting_rule, w, uni - unj)
    pin = (cij0[..., None] + _pos(vn)) / (cij0[..., None] + _pos(vn) + cji0[..., None]
                                          + _pos(-vn))
    ikj, jik, ijk, jki = _third_party_utils(sw.third_party, uni, unj, unn)
    vk = vote(sw.voting_rule, w, (pin * ikj + (1 - pin) * jik) - (pin * ijk + (1 - pin) * jki))
    third = np.ones((n, n, n), dtype=bool)
    third[idx, :, idx] = False
    third[:, idx, idx] = False
    cij = cij0 + (_pos(vk) * third).sum(axis=-1)
    cji = cji0 + (_pos(-vk) * third).sum(axis=-1)
    p = cij / (cij + cji)
    sj = stot[None, :]
    gain = (1 - sj) * 2 * uii + sj * (p * 2 * uii + (1 - p) * 2 * uij) - (uii + uij)
    gain[idx, idx] = -np.inf
    best = np.argmax(np.where(gain > MIN_GAIN, gain, -np.inf), axis=1)
    ok = gain[idx, best] > MIN_GAIN
    return np.where(ok, best, -1), p[idx, best]


def interpolate(xi: np.ndarray, si: np.ndarray, pi: float, xj: np.ndarray, sj: np.ndarray,
                pj: float, sw: Switches) -> tuple[np.ndarray, np.ndarray]:
    """The bargain i proposes: the points i and j adopt, per issue (KTAB
    ``interpBrgnSnPm`` with n = m = 2 or 1, and ``interpBrgnS2PMax``). The 1e-6 added to
    i's weight is KTAB's guard against 0/0; it makes the two points differ by < 1e-5."""
    if sw.interpolation == "s2pmax":
        di, dj = max(0.0, pj - pi), max(0.0, pi - pj)
        ki = di * sj**2 / (di * sj**2 + 1e-6 + (1 - di) * si**2)
        kj = dj * si**2 / (dj * si**2 + 1e-6 + (1 - dj) * sj**2)
        return xi + ki * (xj - xi), xj + kj * (xi - xj)
    e = 2 if sw.interpolation == "s2p2" else 1
    wi, wj = si**e * pi**e, sj**e * pj**e
    total = wi + 1e-6 + wj
    bi = ((wi + 1e-6) * xi + wj * xj) / total
    bj = (wi * xi + (1e-6 + wj) * xj) / total
    if sw.round_bargains:
        bi, bj = np.floor(0.5 + bi * 1e4) / 1e4, np.floor(0.5 + bj * 1e4) / 1e4
    return bi, bj
