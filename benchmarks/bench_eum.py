"""EUM Monte Carlo timings: 10 actors x 10,000 draws (target < 0.5 s on 2 cores), the
convergence of the median and 80 % interval as draws grow, and 30 / 100 actors x 1,000 draws
with peak memory. Prints figures; asserts nothing."""

from __future__ import annotations

import os
import time
import tracemalloc

import numpy as np

from greatgame.models import eum
from greatgame.models.base import IssueInputs, IssueRanges
from greatgame.models.eum import ExpectedUtility
from greatgame.models.montecarlo import monte_carlo
from greatgame.records import Actor, Issue, Position, Scenario

EC = (  # Scholz et al. (2011) Table 1: capability, position, salience (0-100)
    (0.08, 4, 80), (0.08, 7, 40), (0.03, 4, 20), (0.16, 4, 80), (0.16, 10, 60),
    (0.16, 10, 60), (0.16, 10, 90), (0.05, 7, 10), (0.05, 4, 100), (0.08, 7, 70),
)


def ec_with_ranges(spread: float = 0.15) -> Scenario:
    issue = Issue(id="ec", name="EC emission standards", low=4, high=10)
    actors, positions = [], []
    for k, (c, x, s) in enumerate(EC):
        s = s / 100
        actors.append(Actor(id=f"A{k}", name=f"A{k}", capability=c,
                            capability_low=c * (1 - spread), capability_high=c * (1 + spread)))
        positions.append(Position(
            actor=f"A{k}", issue="ec", position=x, position_low=max(4, x - 1.5),
            position_high=min(10, x + 1.5), salience=s, salience_low=max(0, s - spread),
            salience_high=min(1, s + spread)))
    return Scenario(name="EC", actors=tuple(actors), issues=(issue,), positions=tuple(positions))


def random_arrays(n: int, draws: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    return (rng.uniform(0.1, 1, (draws, n)), rng.uniform(0, 100, (draws, n)),
            rng.uniform(0.1, 1, (draws, n)))


def best_of(repeats: int, fn):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return min(times), out


def main() -> None:
    model = ExpectedUtility()
    scenario = ec_with_ranges()
    inputs = IssueInputs.from_scenario(scenario, "ec")
    ranges = IssueRanges.from_scenario(scenario, "ec")
    print(f"EUM defaults: {model.rounds} rounds; threads {eum._WORKERS}; "
          f"chunk {eum._CHUNK_ELEMENTS} pair cells")

    seconds, dist = best_of(3, lambda: monte_carlo(model, inputs, ranges, draws=10_000, seed=0))
    print(f"10 actors x 10,000 draws (EC with ranges, draws + model): {seconds:.3f} s "
          f"(target < 0.5 s); median {dist.median:.3f}, ci80 "
          f"[{dist.ci80[0]:.3f}, {dist.ci80[1]:.3f}]")

    threads = eum._WORKERS
    eum._WORKERS = 1
    cpu = time.process_time()
    seconds1, _ = best_of(3, lambda: monte_carlo(model, inputs, ranges, draws=10_000, seed=0))
    cpu = (time.process_time() - cpu) / 3
    eum._WORKERS = threads
    print(f"  same on one thread: {seconds1:.3f} s wall, {cpu:.3f} s CPU a run")
    print(f"  load average now: {', '.join(f'{v:.2f}' for v in os.getloadavg())} "
          f"on {os.cpu_count()} cores (other work on the machine slows every figure)")

    print("convergence (EC with ranges, seed 0):")
    print(f"  {'draws':>6}  {'median':>7}  {'p10':>7}  {'p90':>7}  {'seconds':>7}")
    for draws in (100, 300, 1_000, 3_000, 10_000, 30_000):
        start = time.perf_counter()
        d = monte_carlo(model, inputs, ranges, draws=draws, seed=0)
        took = time.perf_counter() - start
        print(f"  {draws:>6}  {d.median:7.3f}  {d.ci80[0]:7.3f}  {d.ci80[1]:7.3f}  {took:7.3f}")

    for n in (10, 30, 100):
        draws = 10_000 if n == 10 else 1_000
        cap, pos, sal = random_arrays(n, draws)
        tracemalloc.start()
        seconds, _ = best_of(1, lambda: model.run_batch(cap, pos, sal, (0, 100)))  # noqa: B023
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        per = seconds / draws * 1e3
        print(f"{n:>3} random actors x {draws:>6,} draws: {seconds:6.2f} s "
              f"({per:.3f} ms a draw), peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
