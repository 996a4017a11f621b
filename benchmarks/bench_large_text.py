"""Ingest time of one large text file: 1, 10 and 100 MB of generated prose.

Each file is one article of varied paragraphs (some repeated, some pull quotes), written to
a temporary folder and read with `greatgame ingest`'s reader, cleaning included, then stored.
The repeated-paragraph check is linear, so the time should grow about tenfold per step.
Prints figures; asserts nothing. `python benchmarks/bench_large_text.py 1 10` runs fewer sizes.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from greatgame.cli.ingest import ingest_paths

WORDS = (
    "the minister said talks with Kabul and Moscow would resume after the border clashes "
    "officials in Beijing expect pressure on the corridor from militants and traders while "
    "analysts doubt that sanctions will change the course of the government this year"
).split()
SIZES_MB = (1, 10, 100)


def prose(megabytes: int, *, seed: int = 0) -> str:
    """About ``megabytes`` MB of paragraphs of 40-120 words; one in 50 repeats an earlier one."""
    rng = random.Random(seed)
    target = megabytes * 1_000_000
    paragraphs: list[str] = ["A large test article"]
    size = 0
    while size < target:
        if len(paragraphs) > 10 and rng.random() < 0.02:
            text = rng.choice(paragraphs[1:])
        else:
            words = [rng.choice(WORDS) for _ in range(rng.randint(40, 120))]
            words.append(str(len(paragraphs)))  # every paragraph its own
            text = " ".join(words).capitalize() + "."
        paragraphs.append(text)
        size += len(text) + 2
    return "\n\n".join(paragraphs)


def main(sizes: tuple[int, ...]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in sizes:
            path = Path(folder, f"large-{megabytes}mb.txt")
            path.write_text(prose(megabytes), encoding="utf-8")
            start = time.perf_counter()
            summary = ingest_paths([path], db=Path(folder, f"bench-{megabytes}.duckdb"))
            seconds = time.perf_counter() - start
            mb = path.stat().st_size / 1_000_000
            ok = "stored" if summary.new else f"failed: {summary.failed[0].message}"
            print(f"ingest one {mb:6.1f} MB text file  {seconds:8.2f} s  "
                  f"{mb / seconds:6.2f} MB/s  ({ok})", flush=True)


if __name__ == "__main__":
    main(tuple(int(a) for a in sys.argv[1:] if a.isdigit()) or SIZES_MB)
