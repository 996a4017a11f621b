"""Run every benchmark in this folder (bench_*.py) and print its figures."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path


def main(names: list[str]) -> None:
    here = Path(__file__).parent
    for path in sorted(here.glob("bench_*.py")):
        if names and path.stem.removeprefix("bench_") not in names:
            continue
        print(f"== {path.stem}", flush=True)
        runpy.run_path(str(path), run_name="__main__")


if __name__ == "__main__":  # engines' workers import this module again: they must not run it
    main(sys.argv[1:])
