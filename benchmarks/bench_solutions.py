"""Bargaining solutions, power indices, the exchange Monte Carlo, Sobol indices and levers:
the figures of issue 22 and their timings. Prints figures; asserts nothing.

The EC case (Scholz et al. 2011, Table 1) with "+-15 %" ranges: capability x (1 +- 0.15),
position +- 0.9 years (15 % of the 4..10 scale), salience +- 0.15 (of 0..1).
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import numpy as np

from greatgame.models.base import IssueInputs, IssueRanges
from greatgame.models.baselines import Compromise
from greatgame.models.eum import ExpectedUtility
from greatgame.models.exchange import ExchangeModel
from greatgame.models.exchange_mc import exchange_monte_carlo
from greatgame.models.levers import advise
from greatgame.models.montecarlo import monte_carlo
from greatgame.models.power import banzhaf, power_indices, shapley_shubik
from greatgame.models.sobol import sobol_indices
from greatgame.models.solutions import KalaiSmorodinsky, NashBargaining
from greatgame.records import Actor, Issue, Position, Scenario
from greatgame.scenario import load

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "bargaining"
EC = (  # Scholz et al. (2011) Table 1: actor, capability, position, salience (0-100)
    ("Netherlands", 0.08, 4, 80), ("Belgium", 0.08, 7, 40), ("Luxembourg", 0.03, 4, 20),
    ("Germany", 0.16, 4, 80), ("France", 0.16, 10, 60), ("Italy", 0.16, 10, 60),
    ("UK", 0.16, 10, 90), ("Ireland", 0.05, 7, 10), ("Denmark", 0.05, 4, 100),
    ("Greece", 0.08, 7, 70),
)


def ec(spread: float = 0.15) -> Scenario:
    actors, positions = [], []
    for name, c, x, s in EC:
        s = s / 100
        actors.append(Actor(id=name, name=name, capability=c, capability_low=c * (1 - spread),
                            capability_high=c * (1 + spread)))
        positions.append(Position(
            actor=name, issue="ec", position=x, position_low=max(4, x - 6 * spread),
            position_high=min(10, x + 6 * spread), salience=s,
            salience_low=max(0, s - spread), salience_high=min(1, s + spread)))
    return Scenario(name="EC", actors=tuple(actors), positions=tuple(positions),
                    issues=(Issue(id="ec", name="EC emission standards", low=4, high=10),))


def random_case(n: int, seed: int = 0) -> tuple[IssueInputs, IssueRanges]:
    rng = np.random.default_rng(seed)
    c, x, s = rng.uniform(0.01, 1, n), rng.uniform(0, 100, n), rng.uniform(0.1, 1, n)
    issue = Issue(id="r", name="random")
    scenario = Scenario(
        name="random", issues=(issue,),
        actors=tuple(Actor(id=f"A{k}", name=f"A{k}", capability=float(c[k]),
                           capability_low=float(c[k]) * 0.8, capability_high=float(c[k]) * 1.2)
                     for k in range(n)),
        positions=tuple(Position(actor=f"A{k}", issue="r", position=float(x[k]),
                                 position_low=max(0.0, float(x[k]) - 10),
                                 position_high=min(100.0, float(x[k]) + 10),
                                 salience=float(s[k])) for k in range(n)),
    )
    return IssueInputs.from_scenario(scenario, "r"), IssueRanges.from_scenario(scenario, "r")


def timed(fn, *args, memory: bool = True, **kwargs):
    """Seconds and peak traced MB of one call (tracemalloc slows pure-Python code: the
    exchange model is timed without it)."""
    if not memory:
        start = time.perf_counter()
        out = fn(*args, **kwargs)
        return out, time.perf_counter() - start, float("nan")
    tracemalloc.start()
    start = time.perf_counter()
    out = fn(*args, **kwargs)
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return out, seconds, peak


def solutions_on_ec() -> None:
    inputs = IssueInputs.from_scenario(ec(0.0), "ec")
    print("EC case (Scholz 2011 Table 1), forecast in years:")
    for model in (Compromise(), NashBargaining(), NashBargaining(utility="quadratic"),
                  NashBargaining(utility="quadratic", disagreement="zero"), KalaiSmorodinsky(),
                  KalaiSmorodinsky(weights="equal"), KalaiSmorodinsky(utility="quadratic")):
        switches = ", ".join(f"{k}={v}" for k, v in model.switches().items()) or "-"
        print(f"  {model.name:<10} {switches:<55} {model.run(inputs).forecast:8.4f}")


def solution_speed() -> None:
    print("Monte Carlo timings (seconds, peak traced MB):")
    for n, draws in ((10, 10_000), (100, 1_000), (300, 1_000)):
        inputs, ranges = random_case(n)
        for model in (Compromise(), NashBargaining(), KalaiSmorodinsky()):
            dist, sec, mb = timed(monte_carlo, model, inputs, ranges, draws=draws, seed=0)
            print(f"  {model.name:<10} {n:>4} actors x {draws:>6} draws  {sec:7.3f} s "
                  f"{mb:7.1f} MB  ci80 {dist.ci80[0]:.2f}-{dist.ci80[1]:.2f}")


def power_speed() -> None:
    print("Power indices (EEC 1958, quota 12 of 17; Felsenthal & Machover 1998):")
    w = np.array([4, 4, 4, 2, 2, 1.0])
    print("  Shapley-Shubik x 60:", np.round(shapley_shubik(w, quota=12 / 17, strict=False)
                                              * 60, 6).tolist())
    print("  Banzhaf swings of 32:", np.round(banzhaf(w, quota=12 / 17, strict=False) * 32,
                                              6).tolist())
    inputs = IssueInputs.from_scenario(ec(0.0), "ec")
    ec_power = power_indices(inputs.actor_ids, inputs.capability, inputs.salience).to_dict()
    print("  EC case, majority of c x s:", {k: round(v, 3) for k, v in
                                             ec_power["shapley_shubik"].items()})
    for n in (10, 16, 100, 300):
        inputs, _ = random_case(n)
        _, sec, mb = timed(power_indices, inputs.actor_ids, inputs.capability, inputs.salience)
        kind = "exact" if n <= 16 else "sampled, 20,000"
        print(f"  {n:>4} actors ({kind}): {sec:.3f} s, {mb:.1f} MB")


def exchange_speed() -> None:
    print("Exchange model Monte Carlo:")
    cases = [("afghanistan fixture (4 actors, 2 issues)",
              ROOT / "tests" / "fixtures" / "afghanistan.yaml", 200)]
    sample = SHARED / "exchange" / "sample_data.txt"
    if sample.exists():
        cases.append(("decide sample_data (10 actors, 6 issues)", sample, 26))
    for label, path, draws in cases:
        scenario = load(path)
        out, sec, mb = timed(exchange_monte_carlo, scenario, ExchangeModel(), draws=draws,
                             seed=0, memory=False)
        first = next(iter(out.values()))
        print(f"  {label}: {draws} draws {sec:.2f} s ({sec / draws * 1000:.1f} ms a draw), "
              f"first issue ci80 {first.ci80[0]:.2f}-{first.ci80[1]:.2f}")


def sobol_on_ec(base: int = 1024) -> None:
    scenario = ec(0.15)
    inputs = IssueInputs.from_scenario(scenario, "ec")
    ranges = IssueRanges.from_scenario(scenario, "ec")
    for model in (Compromise(), NashBargaining(), ExpectedUtility()):
        out, sec, _ = timed(sobol_indices, model, inputs, ranges, base=base, seed=0)
        print(f"Sobol, EC +-15 %, {model.name}, base {base} ({base * 32} runs): {sec:.2f} s;"
              f" sum S1 {sum(i.S1 for i in out):.3f}, sum ST {sum(i.ST for i in out):.3f}")
        for i in out[:6]:
            print(f"  {i.actor:<12} {i.input:<11} S1 {i.S1:6.3f} +-{i.S1_conf:.3f}  "
                  f"ST {i.ST:6.3f} +-{i.ST_conf:.3f}")


def advise_speed() -> None:
    scenario = load(ROOT / "tests" / "fixtures" / "afghanistan.yaml")
    out, sec, mb = timed(advise, scenario, "RUS", issue="taliban", draws=200, seed=0)
    best = {m: e["levers"][0]["text"] for m, e in out["issues"][0]["models"].items()}
    print(f"advise RUS on the fixture's taliban issue, 6 models, 200 draws: {sec:.2f} s, "
          f"{mb:.1f} MB")
    for model, text in best.items():
        print(f"  {model:<10} {text}")


if __name__ == "__main__":
    solutions_on_ec()
    solution_speed()
    power_speed()
    exchange_speed()
    sobol_on_ec()
    advise_speed()
