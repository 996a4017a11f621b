"""NLP benchmark: model load time and pipeline throughput on the 89 VOA stories.

Prints figures (targets: load under 2 s, at least 5,000 words/s). Words are the Doc's
non-space, non-punctuation tokens. Reads ../shared/data/voa (benchmarks are not the package).
Threads are pinned to one, as on the shared build machine; set GREATGAME_BENCH_THREADS to change.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

THREADS = os.environ.get("GREATGAME_BENCH_THREADS", "1")
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, THREADS)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GREATGAME_SHARED", ROOT.parent / "shared"))
VOA = SHARED / "data" / "voa" / "voa_stories.jsonl"

LOAD_SNIPPET = """
import time
t0 = time.perf_counter()
import greatgame.nlp as g
t1 = time.perf_counter()
g.load()
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def load_times(repeats: int = 3) -> list[tuple[float, float]]:
    """(import seconds, load() seconds) in fresh processes, so nothing is cached."""
    out = []
    for _ in range(repeats):
        done = subprocess.run([sys.executable, "-c", LOAD_SNIPPET], check=True,
                              capture_output=True, text=True, env=os.environ.copy())
        imp, load = (float(x) for x in done.stdout.split())
        out.append((imp, load))
    return out


def voa_texts() -> list[str]:
    """Title and body of each VOA story."""
    with VOA.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [f"{row.get('title', '')}\n{row['text']}" for row in rows]


def throughput(texts: list[str], batch_size: int) -> tuple[int, float]:
    """(words, seconds) for one pass of the whole pipeline over ``texts``."""
    from greatgame.nlp import load

    nlp = load()
    list(nlp.pipe(texts[:2]))  # warm up
    start = time.perf_counter()
    words = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        words += sum(1 for t in doc if not (t.is_space or t.is_punct))
    return words, time.perf_counter() - start


def main() -> None:
    times = load_times()
    best_imp, best_load = min(t[0] for t in times), min(t[1] for t in times)
    print(f"model load: load() {best_load:.2f} s, import greatgame.nlp {best_imp:.2f} s, "
          f"cold total {best_imp + best_load:.2f} s (best of {len(times)}; target load < 2 s)")
    if not VOA.is_file():
        print(f"throughput: skipped, {VOA} not found")
        return
    texts = voa_texts()
    for batch_size in (16, 64):
        words, seconds = throughput(texts, batch_size)
        print(f"throughput: {len(texts)} VOA stories, {words:,} words in {seconds:.1f} s = "
              f"{words / seconds:,.0f} words/s (batch {batch_size}, {THREADS} thread; "
              f"target >= 5,000)")


if __name__ == "__main__":
    main()
