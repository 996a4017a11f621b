"""`greatgame analyze` end to end on the seed article (target: under 10 s, model load
included), stage by stage. Prints figures; asserts nothing. Needs ../shared for the seed;
falls back to the bundled demo article."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = Path(os.environ.get("GREATGAME_SHARED", ROOT.parent / "shared")) / "seeds" / (
    "000_a140b6fa069e0c74.txt"
)


def main() -> None:
    start = time.perf_counter()
    from greatgame.api import analyze

    if SEED.is_file():
        path, date = SEED, dt.date(2017, 3, 15)
    else:
        path = Path(str(resources.files("greatgame") / "examples" / "afghanistan-2017.txt"))
        date = dt.date(2017, 3, 16)
    marks: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as out:
        result = analyze([path], out=out, date=date, draws=1000, seed=0,
                         db=Path(out) / "g.duckdb",
                         progress=lambda stage: marks.append((stage, time.perf_counter())))
    end = time.perf_counter()
    words = sum(len(a.text.split()) for a in result.articles)
    print(f"analyze {path.name} ({words} words, 1,000 draws): {end - start:.2f} s end to end "
          f"(target < 10 s, imports and model load included)")
    edges = [("import", start), *marks, ("end", end)]
    for (name, t0), (_, t1) in zip(edges, edges[1:], strict=False):
        print(f"  {name:<9} {t1 - t0:6.2f} s")
    scenario = result.system.scenario
    print(f"  {len(scenario.actors)} actors, {len(scenario.issues)} issues, "
          f"{sum(len(e.events) for e in result.extractions)} events")


if __name__ == "__main__":
    main()
