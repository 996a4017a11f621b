"""Engines (issue 21): where the corpus is read and the Monte Carlo drawn.

* Reading 890 articles — the 89 VOA stories of ../shared/data/voa ten times, as distinct
  ids (each copy's raw bytes carry its number; its text is the story's) — through the
  store as ``greatgame extract`` does: in one process, on the local pool of every core,
  and on Dask with as many workers (a LocalCluster, or the cluster at
  GREATGAME_DASK_SCHEDULER). Wall time including the workers' start-up and model load,
  the speed-up over one process, the CPU time spent (this process and its workers) and
  the load average before (other work on the machine slows every row), and a digest of
  the stored extractions, which must be the same on every row.
* The Monte Carlo of 10 actors x 100,000 draws (the EUM on the EC case with ranges) here,
  on the local pool and on Dask: wall time and whether the numbers are identical.

Prints figures; asserts nothing. Needs ../shared, and dask[distributed] for the Dask rows.
"""

from __future__ import annotations

import hashlib
import os
import resource
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GREATGAME_SHARED", ROOT.parent / "shared"))
VOA = SHARED / "data" / "voa" / "voa_stories.jsonl"
COPIES = 10
DRAWS = 100_000


def corpus(copies: int = COPIES) -> list:
    """The VOA stories ``copies`` times, each copy an article of its own."""
    from greatgame.api import read_articles

    stories = read_articles([VOA])
    out = []
    for k in range(copies):
        for story in stories:
            raw = f"{story.raw_text}\n\ncopy {k}"
            digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()
            out.append(story.model_copy(update={
                "id": digest[:16], "sha256": digest, "raw_text": raw,
                "source": f"{story.source}#copy{k}"}))
    return out


def engines() -> list:
    from greatgame.engine import DaskEngine, LocalEngine, cores

    found = [LocalEngine(workers=1), LocalEngine(workers=cores())]
    try:
        import distributed  # noqa: F401
    except ImportError:
        print("  (dask[distributed] not installed: no Dask rows)")
        return found
    address = os.environ.get("GREATGAME_DASK_SCHEDULER")
    found.append(DaskEngine(scheduler=address) if address else DaskEngine(workers=cores()))
    return found


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (pool workers)."""
    return sum(getattr(resource.getrusage(who), field)
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
               for field in ("ru_utime", "ru_stime"))


def read_corpus_on(engine, articles: list, db: Path) -> tuple[float, float, float, str]:
    """(start-up s, reading s, CPU s, digest of the stored extractions) on ``engine``."""
    from greatgame.api import read_corpus
    from greatgame.store import Store

    with Store(db) as store:
        store.add_articles(articles)
    cpu = cpu_seconds()
    t0 = time.perf_counter()
    with engine:
        t1 = time.perf_counter()
        read_corpus([], db=db, engine=engine)
        t2 = time.perf_counter()
    cpu = cpu_seconds() - cpu
    with Store(db, read_only=True) as store:
        ids = sorted(store.extracted_ids())
        digest = hashlib.sha256()
        for article_id in ids:  # all but when each article was stored
            extraction = store.extraction(article_id).model_dump_json(
                exclude={"article": {"ingested_at"}})
            digest.update(extraction.encode("utf-8"))
    return t1 - t0, t2 - t1, cpu, f"{len(ids)} extractions, sha256 {digest.hexdigest()[:16]}"


def bench_reading() -> None:
    articles = corpus()
    words = sum(len(a.text.split()) for a in articles)
    print(f"reading {len(articles)} articles ({words:,} words), the store as the one writer:")
    base = None
    with tempfile.TemporaryDirectory() as folder:
        for n, engine in enumerate(engines()):
            load = os.getloadavg()[0]
            start, seconds, cpu, digest = read_corpus_on(engine, articles,
                                                         Path(folder) / f"{n}.db")
            base = base or seconds
            print(f"  {engine.describe():<36} {seconds:6.1f} s  {words / seconds:5.0f} words/s"
                  f"  x{base / seconds:4.2f}  start-up {start:.1f} s, CPU {cpu:.0f} s, "
                  f"load before {load:.1f}  {digest}", flush=True)


def bench_monte_carlo() -> None:
    from bench_eum import ec_with_ranges

    from greatgame.models.base import IssueInputs, IssueRanges
    from greatgame.models.eum import ExpectedUtility
    from greatgame.models.montecarlo import monte_carlo

    scenario = ec_with_ranges()
    inputs = IssueInputs.from_scenario(scenario, "ec")
    ranges = IssueRanges.from_scenario(scenario, "ec")
    model = ExpectedUtility()
    monte_carlo(model, inputs, ranges, draws=2048, seed=0)  # compiled kernels, warm caches
    print(f"Monte Carlo, EUM, {len(inputs.actor_ids)} actors x {DRAWS:,} draws, seed 1:")
    first = None
    for engine in engines():
        with engine:
            monte_carlo(model, inputs, ranges, draws=2048 * 8 * engine.workers, seed=0,
                        engine=engine)  # every worker started and warm
            t0 = time.perf_counter()
            dist = monte_carlo(model, inputs, ranges, draws=DRAWS, seed=1, engine=engine)
            seconds = time.perf_counter() - t0
        first = first if first is not None else dist.values
        same = "identical" if np.array_equal(first, dist.values) else "DIFFERENT"
        lo, hi = dist.ci80
        print(f"  {engine.describe():<44} {seconds:6.2f} s  median {dist.median:.6f}  "
              f"80 % {lo:.6f}-{hi:.6f}  {same}")


def main() -> None:
    if not VOA.is_file():
        print(f"skipped: {VOA} not found")
        return
    bench_monte_carlo()
    bench_reading()


if __name__ == "__main__":
    main()
