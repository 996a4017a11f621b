"""The 89 VOA stories of ../shared/data/voa as a corpus: `analyze` end to end on one core
(issue 20's target: under 40 s; each contest's own system, forecast and what-if, and its
timeline by month for the report), the contests found, their systems and their
timelines by week. Prints figures; asserts nothing. Needs ../shared.

Run it on one core: ``taskset -c 0 python benchmarks/bench_corpus.py``."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VOA = Path(os.environ.get("GREATGAME_SHARED", ROOT.parent / "shared")) / "data" / "voa" / (
    "voa_stories.jsonl")


def main() -> None:
    if not VOA.is_file():
        print(f"skipped: {VOA} not found")
        return
    start = time.perf_counter()
    from greatgame.api import analyze, contest_timelines, read_corpus
    from greatgame.system.corpus import contest_system, find_contests

    marks: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as out:
        result = analyze([VOA], out=out, draws=1000, seed=0, db=Path(out) / "g.duckdb",
                         progress=lambda stage: marks.append((stage, time.perf_counter())))
        end = time.perf_counter()
        print(f"analyze {len(result.articles)} VOA stories (1,000 draws): {end - start:.1f} s "
              "end to end (target < 40 s on one core, imports and model load included)")
        edges = [("import", start), *marks, ("end", end)]
        for (name, t0), (_, t1) in zip(edges, edges[1:], strict=False):
            print(f"  {name:<9} {t1 - t0:6.2f} s")
        folders = sorted(p.name for p in (Path(out) / "contests").iterdir())
        print(f"  {len(result.contests)} contests, each its own system, forecast and what-if "
              f"({len(folders)} folders in contests/); "
              f"{len(result.forecast['without_contest'])} stories raise none; "
              f"max actors in a contest system "
              f"{max(len(r.system.scenario.actors) for r in result.contests)}")

        t0 = time.perf_counter()
        extractions = read_corpus([], db=Path(out) / "g.duckdb")
        t1 = time.perf_counter()
        contests = find_contests(extractions)
        t2 = time.perf_counter()
        systems = [contest_system(c) for c in contests]
        t3 = time.perf_counter()
        weekly = contest_timelines(extractions, every="week")
        t4 = time.perf_counter()
    several = [c for c in contests if len(c.extractions) > 1]
    print(f"contests: {len(contests)} in {len(extractions)} stories, {len(several)} with two "
          f"or more articles; stored extractions read back {t1 - t0:.1f} s, contests found "
          f"{t2 - t1:.1f} s, one system per contest {t3 - t2:.1f} s")
    for c in several:
        ids = ", ".join(a.source.rsplit("#", 1)[-1] for a in c.articles)
        print(f"  {c.id:<28} {c.first} .. {c.last}  [{ids}]  {c.question}")
    print(f"  actors per contest system: max {max(len(s.scenario.actors) for s in systems)}")
    print(f"timelines by week: {sum(len(t.steps) for t in weekly)} steps over {len(weekly)} "
          f"contests, {t4 - t3:.1f} s (contests found again, a system and a forecast per step)")


if __name__ == "__main__":
    main()
