"""Ingest throughput: reading + cleaning (articles/s, words/s) and storing, on real text.

Inputs: the 89 Voice of America stories (JSON Lines) and the founding op-ed, from
../shared (or $GREATGAME_SHARED). Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from greatgame.ingest import read_path, read_text
from greatgame.ingest.decode import decode
from greatgame.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GREATGAME_SHARED", ROOT.parent / "shared"))
VOA = SHARED / "data" / "voa" / "voa_stories.jsonl"
SEED = SHARED / "seeds" / "000_a140b6fa069e0c74.txt"


def _best(run, repeats: int) -> float:
    """Best wall time of several runs, in seconds (the least disturbed by other work)."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _report(name: str, articles: int, words: int, seconds: float) -> None:
    print(
        f"{name:<34} {articles:>5} articles {words:>8,} words  {seconds * 1000:8.1f} ms  "
        f"{articles / seconds:9,.0f} articles/s  {words / seconds:11,.0f} words/s"
    )


def main() -> None:
    if not VOA.is_file() or not SEED.is_file():
        print(f"skipped: ../shared not found at {SHARED} (set GREATGAME_SHARED)")
        return
    voa = read_path(VOA)
    voa_words = sum(len(a.text.split()) for a in voa)
    _report("read+clean VOA (JSON Lines)", len(voa), voa_words, _best(lambda: read_path(VOA), 5))

    seed_text = decode(SEED.read_bytes(), source=SEED)
    (seed,) = read_path(SEED)
    seed_words = len(seed.text.split())
    seconds = _best(lambda: [read_text(seed_text, source="seed") for _ in range(50)], 3)
    _report("read+clean seed x50 (in memory)", 50, 50 * seed_words, seconds)
    _report("read+clean seed (file)", 1, seed_words, _best(lambda: read_path(SEED), 20))

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.duckdb"
        start = time.perf_counter()
        store = Store(db)
        opened = time.perf_counter() - start
        seconds = _best(lambda: store.add_articles(voa), 1)
        _report("store VOA (new, one transaction)", len(voa), voa_words, seconds)
        seconds = _best(lambda: store.add_articles(voa), 3)
        _report("store VOA again (all duplicates)", len(voa), voa_words, seconds)
        seconds = _best(store.articles, 3)
        _report("load all articles back", len(voa), voa_words, seconds)
        store.close()
        print(f"create a store: {opened * 1000:.1f} ms; file size {db.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
