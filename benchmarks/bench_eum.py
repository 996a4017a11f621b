"""EUM Monte Carlo timings and memory: the three scale aims of issue 22 (10 actors x 10,000
draws, 100 and 300 actors x 1,000 draws), one thread against all, the convergence of the
median and 80 % interval as draws grow. Prints figures; asserts nothing.

Each aim runs in a fresh process, so its peak resident memory is its own (interpreter,
numpy and numba included; the line says how much of it was there before the run).
``python benchmarks/bench_eum.py --reference`` also runs the numpy reference kernel on the
same aims (minutes: the 300-actor case takes one to three).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time

import numpy as np

from greatgame.models import eum_batch
from greatgame.models.base import IssueInputs, IssueRanges
from greatgame.models.eum import ExpectedUtility
from greatgame.models.montecarlo import draw_inputs, monte_carlo
from greatgame.records import Actor, Issue, Position, Scenario

EC = (  # Scholz et al. (2011) Table 1: capability, position, salience (0-100)
    (0.08, 4, 80), (0.08, 7, 40), (0.03, 4, 20), (0.16, 4, 80), (0.16, 10, 60),
    (0.16, 10, 60), (0.16, 10, 90), (0.05, 7, 10), (0.05, 4, 100), (0.08, 7, 70),
)
# (label, actors, draws, aim in seconds on the 2-core VM, aim in MB or None)
AIMS = (("ec", 10, 10_000, 0.25, None), ("random", 100, 1_000, 3.0, None),
        ("random", 300, 1_000, 30.0, 300))


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


def ec_case() -> tuple[IssueInputs, IssueRanges]:
    scenario = ec_with_ranges()
    return IssueInputs.from_scenario(scenario, "ec"), IssueRanges.from_scenario(scenario, "ec")


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


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def one_aim(label: str, n: int, draws: int, kernel: str) -> dict:
    """Run one aim in this process: warm-up (compile or load), then the timed run(s).

    ``cpu`` is the CPU time of a run, all threads together: on a machine shared with other
    work it says more than the wall time, which it bounds from above on an idle machine.
    """
    model = ExpectedUtility(kernel=kernel)
    start = time.perf_counter()
    if label == "ec":
        inputs, ranges = ec_case()
        monte_carlo(model, inputs, ranges, draws=64, seed=1)
        repeats, run = 3, lambda: monte_carlo(model, inputs, ranges, draws=draws, seed=0)
    else:
        cap, pos, sal = random_arrays(n, draws)
        model.run_batch(cap[:2], pos[:2], sal[:2], (0, 100))
        repeats, run = 1, lambda: model.run_batch(cap, pos, sal, (0, 100))
    warm = time.perf_counter() - start
    before = peak_mb()
    cpu = time.process_time()
    seconds, _ = best_of(repeats, run)
    cpu = (time.process_time() - cpu) / repeats
    return {"seconds": seconds, "cpu": cpu, "warm": warm, "before": before, "peak": peak_mb()}


def run_aim(label: str, n: int, draws: int, kernel: str) -> dict:
    """``one_aim`` in a fresh interpreter, so that the peak memory is the aim's alone."""
    code = (f"import json, sys; sys.path.insert(0, {os.path.dirname(__file__)!r}); "
            f"import bench_eum as b; print(json.dumps(b.one_aim({label!r}, {n}, {draws}, "
            f"{kernel!r})))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def print_aims(kernel: str) -> None:
    print(f"{kernel} kernel, each aim in a fresh process (time: best of 3 for 10 actors):")
    for label, n, draws, aim, aim_mb in AIMS:
        r = run_aim(label, n, draws, kernel)
        memory = f"peak memory {r['peak']:.0f} MB ({r['before']:.0f} MB before the run)"
        aims = f"aim <= {aim:g} s" + (f", <= {aim_mb} MB" if aim_mb else "")
        name = "EC with ranges" if label == "ec" else "random"
        print(f"  {n:>3} actors x {draws:>6,} draws ({name}): {r['seconds']:7.2f} s "
              f"({r['cpu']:.2f} s CPU), {memory}; {aims}; start-up {r['warm']:.2f} s",
              flush=True)


def print_threads() -> None:
    """The 10-actor aim on one thread and on all, kernel only (draws made beforehand)."""
    model = ExpectedUtility()
    inputs, ranges = ec_case()
    drawn = draw_inputs(inputs, ranges, draws=10_000, seed=0)
    cfg = eum_batch.settings(model.switches(), inputs.scale)
    args = (cfg, drawn["capability"], drawn["position"], drawn["salience"])
    eum_batch.forecasts(*args)
    for threads in (1, eum_batch.workers()):
        cpu = time.process_time()
        seconds, _ = best_of(3, lambda: eum_batch.forecasts(*args, threads=threads))  # noqa: B023
        cpu = (time.process_time() - cpu) / 3
        print(f"  10 actors x 10,000 draws, model only, {threads} thread(s): {seconds:.3f} s "
              f"wall, {cpu:.3f} s CPU a run")


def print_convergence() -> None:
    model = ExpectedUtility()
    inputs, ranges = ec_case()
    print("convergence (EC with ranges, seed 0):")
    print(f"  {'draws':>6}  {'median':>7}  {'p10':>7}  {'p90':>7}  {'seconds':>7}")
    for draws in (100, 300, 1_000, 3_000, 10_000, 30_000):
        start = time.perf_counter()
        d = monte_carlo(model, inputs, ranges, draws=draws, seed=0)
        took = time.perf_counter() - start
        print(f"  {draws:>6}  {d.median:7.3f}  {d.ci80[0]:7.3f}  {d.ci80[1]:7.3f}  {took:7.3f}")


def main() -> None:
    print(f"EUM defaults: {ExpectedUtility().rounds} rounds; {eum_batch.workers()} threads; "
          f"load average {', '.join(f'{v:.2f}' for v in os.getloadavg())} on "
          f"{os.cpu_count()} cores (other work on the machine slows every figure)")
    print_aims("numba")
    print_threads()
    print_convergence()
    if "--reference" in sys.argv[1:]:
        print_aims("numpy")


if __name__ == "__main__":
    main()
