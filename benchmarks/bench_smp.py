"""KTAB's spatial model of politics: replication of the 2017-05-30 reference runs and
timings. Prints figures; asserts nothing.

For each reference input: the steps (ours | KTAB's), the largest gap between our positions
and the log's (printed %5.1f, so up to 0.05 is a match) and between the winning chances
(printed %.4f), and the time of our run (KTAB's logged 1.21 s, 0.16 s and 0.22 s are
2017 hardware and include SQLite logging). Then the run time on random games of growing
size (10 to 80 actors, 3 issues), and the KTAB scaling inputs dummyData-a040/a080 (1 issue).
Last, the Monte Carlo (:mod:`greatgame.models.smp_mc`) on smpExample and on a random
10-actor, 2-issue game, every input given a range (positions +-10 on 0-100, saliences
+-0.1, capabilities +-20 %): the draws the forecast runs, the time, the steps a draw and
the intervals beside the point run.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from greatgame.models import smp
from greatgame.models.smp import SMPModel, run_smp
from greatgame.models.smp_mc import smp_draws, smp_monte_carlo
from greatgame.records import Actor, Issue, Position, Scenario
from greatgame.scenario.ktab import read_ktab_csv, read_ktab_xml

KTAB = Path(__file__).resolve().parents[2] / "shared" / "data" / "bargaining" / "ktab"
RUNS = (
    ("dummyData_3Dim.csv", "20170530_ref-dummyData_3Dim.txt", {}),
    ("SOE-Pol-Comp.csv", "20170530_ref-SOE-Pol-Comp.txt", {}),
)


def history(path: Path) -> tuple[np.ndarray, np.ndarray]:
    text = path.read_text()
    a = text.index("History of actor positions over time")
    b = text.index("History of actors' winning probabilities")
    pos = [[float(v) for v in ln.split(":")[1].split()]
           for ln in text[a:b].splitlines()[1:] if ":" in ln]
    prob = [[float(v) for v in ln.split(":")[1].split()]
            for ln in text[b:].splitlines()[1:] if " prob " in ln]
    return np.array(pos), np.array(prob)


def timed(fn, repeat: int = 3):
    best, out = np.inf, None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return out, best


def replication() -> None:
    print("KTAB reference runs (deterministic, KTAB defaults)")
    print(f"{'input':22} {'steps':>9} {'max |dpos|':>11} {'max |dprob|':>12} {'time':>8}")
    for csv, log, sw in RUNS:
        sc = read_ktab_csv(KTAB / csv)
        res, secs = timed(lambda sc=sc, sw=sw: run_smp(sc, **sw))
        pos, prob = history(KTAB / log)
        got = res.positions.transpose(1, 2, 0).reshape(-1, res.steps + 1)
        n = min(got.shape[1], pos.shape[1])
        dpos = np.abs(got[:, :n] - pos[:, :n]).max()
        dprob = np.abs(res.win_prob.T[:, :n] - prob[:, :n]).max()
        print(f"{csv:22} {res.steps:>4} | {pos.shape[1] - 1:<2} {dpos:>11.3f} {dprob:>12.5f} "
              f"{secs:>7.3f}s")
    sc = read_ktab_xml(KTAB / "smpExample_as-of-2016-11-29.xml")
    sw = smp.Switches(voting_rule="prop_cubic", pce_model="markov_incentive")
    _, _, x, s, c, _ = smp.smp_arrays(sc, sw)
    risk, _ = smp.risk_attitudes(x, s, c, sw)
    _, prob = history(KTAB / "20170530_ref-smpExample.txt")
    ours = smp.win_probs(x, s, c, risk, sw)
    print("smpExample state 0 chances (PropCbc, MarkovIncentive):")
    print("  ours ", " ".join(f"{v:.4f}" for v in ours))
    print("  KTAB ", " ".join(f"{v:.4f}" for v in prob[:, 0]))
    det = run_smp(sc, **sw.to_dict())
    print(f"  whole run: KTAB {prob.shape[1] - 1} stochastic steps with ideal accommodation; "
          f"ours deterministic, no accommodation: {det.steps} steps (not comparable)")


def random_game(n: int, dims: int, seed: int) -> Scenario:
    rng = np.random.default_rng(seed)
    issues = tuple(Issue(id=f"d{k}", name=f"d{k}") for k in range(dims))
    actors = tuple(Actor(id=f"A{i}", name=f"A{i}", capability=float(rng.uniform(10, 200)))
                   for i in range(n))
    sal = rng.uniform(0.1, 1.0, (n, dims))
    sal = sal / sal.sum(axis=1, keepdims=True) * rng.uniform(0.75, 0.99, (n, 1))
    positions = tuple(Position(actor=a.id, issue=i.id, position=float(rng.uniform(0, 100)),
                               salience=float(sal[k, d]))
                      for k, a in enumerate(actors) for d, i in enumerate(issues))
    return Scenario(name=f"random-{n}", actors=actors, issues=issues, positions=positions)


def scaling() -> None:
    print("\nRun time by size (3 issues, random KTAB-like actors; best of 3)")
    print(f"{'actors':>6} {'steps':>6} {'time':>8} {'per step':>9}")
    for n in (10, 20, 40, 80):
        res, secs = timed(lambda n=n: run_smp(random_game(n, 3, seed=n)))
        print(f"{n:>6} {res.steps:>6} {secs:>7.2f}s {secs / res.steps * 1000:>7.1f}ms")
    for name in ("dummyData-a040.csv", "dummyData-a080.csv"):
        sc = read_ktab_csv(KTAB / name)
        res, secs = timed(lambda sc=sc: run_smp(sc), repeat=1)
        print(f"{name:>22}: {len(res.actor_ids)} actors, {res.steps} steps, {secs:.2f}s")


def with_ranges(sc: Scenario) -> Scenario:
    """``sc`` with every input given a range: positions +-10 % of the scale, saliences
    +-0.1, capabilities +-20 %."""
    width = {i.id: i.high - i.low for i in sc.issues}
    bounds = {i.id: (i.low, i.high) for i in sc.issues}
    actors = tuple(a.model_copy(update={"capability_low": 0.8 * a.capability,
                                        "capability_high": 1.2 * a.capability})
                   for a in sc.actors)
    positions = tuple(p.model_copy(update={
        "position_low": max(bounds[p.issue][0], p.position - 0.1 * width[p.issue]),
        "position_high": min(bounds[p.issue][1], p.position + 0.1 * width[p.issue]),
        "salience_low": max(0.0, p.salience - 0.1), "salience_high": min(1.0, p.salience + 0.1)})
        for p in sc.positions)
    return sc.model_copy(update={"actors": actors, "positions": positions})


def monte_carlo() -> None:
    print("\nMonte Carlo (ranged inputs; the draws forecast runs at 1,000; one process)")
    games = (("smpExample", read_ktab_xml(KTAB / "smpExample_as-of-2016-11-29.xml")),
             ("random 10 x 2", random_game(10, 2, seed=10)))
    for name, sc in games:
        sc = with_ranges(sc)
        model = SMPModel()
        point = run_smp(sc)
        n = smp_draws(1000, actors=len(point.actor_ids))
        mc, secs = timed(lambda sc=sc, model=model, n=n: smp_monte_carlo(sc, model, draws=n),
                         repeat=1)
        print(f"{name}: {len(point.actor_ids)} actors, {len(point.issue_ids)} issues, "
              f"{n} draws in {secs:.2f}s ({secs / n * 1000:.1f} ms a draw), steps a draw "
              f"{mc.steps.mean():.1f} (max {mc.steps.max()}), {mc.stopped} at max_steps")
        for d, issue in enumerate(point.issue_ids):
            lo, hi = mc.distributions[issue].ci80
            print(f"  {issue:>10}: point {point.outcome()[d]:6.2f}  median "
                  f"{mc.distributions[issue].median:6.2f}  ci80 [{lo:6.2f}, {hi:6.2f}]")


if __name__ == "__main__":
    if not KTAB.is_dir():
        raise SystemExit(f"KTAB reference data not found at {KTAB}")
    replication()
    scaling()
    monte_carlo()
