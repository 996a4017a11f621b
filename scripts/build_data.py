"""Rebuild greatgame's packaged data from ../shared/data, byte for byte reproducibly.

Usage: ``python scripts/build_data.py --shared ../shared [--out src/greatgame/data]
[--only gazetteer,events,capability]``. Each part writes compact JSON (gzipped where
large) next to its notice; ``greatgame.resources`` reads them through importlib.resources.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _build_capability import build_capability  # noqa: E402
from _build_events import build_events  # noqa: E402
from _build_gazetteer import build_gazetteer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PARTS: dict[str, Callable[[Path, Path], dict[str, int]]] = {
    "gazetteer": build_gazetteer,
    "events": build_events,
    "capability": build_capability,
}


def build(shared_data: Path, out: Path, only: list[str] | None = None) -> dict[str, dict[str, int]]:
    """Build the chosen parts from ``shared_data`` (the ``data`` folder) into ``out``."""
    counts: dict[str, dict[str, int]] = {}
    for name in only or list(PARTS):
        counts[name] = PARTS[name](shared_data, out / name)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared folder (its data/ subfolder is read)")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "greatgame" / "data")
    parser.add_argument("--only", default="", help="comma-separated parts: " + ",".join(PARTS))
    args = parser.parse_args(argv)
    data = args.shared / "data" if (args.shared / "data").is_dir() else args.shared
    if not data.is_dir():
        print(f"{data}: not a folder", file=sys.stderr)
        return 1
    only = [p for p in args.only.split(",") if p] or None
    unknown = set(only or []) - set(PARTS)
    if unknown:
        print(f"unknown part(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    for part, table in build(data, args.out, only).items():
        for name, rows in table.items():
            print(f"{part}/{name}: {rows}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
