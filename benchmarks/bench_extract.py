"""Extraction throughput end to end (ingest + nlp + extract) on the VOA stories.

Prints words per second; the gazetteer is built and the model loaded before timing (a
once-per-process cost, printed separately). Target: at least 3,000 words/s.

    .venv/bin/python benchmarks/bench_extract.py [PATH_TO_voa_stories.jsonl]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "voa" / "voa_stories.jsonl"


def main(path: Path = DEFAULT) -> None:
    from greatgame.extract.pipeline import extract_articles, warm_up
    from greatgame.ingest import read_path
    from greatgame.nlp import load

    t0 = time.perf_counter()
    nlp = load()
    warm_up(nlp)
    setup = time.perf_counter() - t0

    t1 = time.perf_counter()
    articles = read_path(path)
    results = list(extract_articles(articles, nlp))
    elapsed = time.perf_counter() - t1
    words = sum(len(a.text.split()) for a in articles)
    print(f"setup (model, gazetteer, dateparser): {setup:.1f} s")
    print(f"{len(articles)} articles, {words} words in {elapsed:.1f} s: "
          f"{words / elapsed:,.0f} words/s (target 3,000)")
    print(f"actors {sum(len(r.actors) for r in results)}, quotes "
          f"{sum(len(r.quotes) for r in results)}, stances "
          f"{sum(len(r.stances) for r in results)}, dates {sum(len(r.dates) for r in results)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
