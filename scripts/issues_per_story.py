"""Run `analyze` on each story of a JSON Lines file alone and list the issues it finds.

    python scripts/issues_per_story.py ../shared/data/voa/voa_stories.jsonl [--limit N]

Prints one line per story (id, title, issues found) and the totals: stories with at least
one issue, stories that ended in an error (there should be none).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from greatgame.api import analyze


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--draws", type=int, default=100)
    args = parser.parse_args()
    lines = [line for line in args.stories.read_text(encoding="utf-8").splitlines() if line.strip()]
    with_issue = errors = 0
    for line in lines[: args.limit]:
        story = json.loads(line)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "story.jsonl"
            path.write_text(line + "\n", encoding="utf-8")
            try:
                run = analyze([path], out=Path(tmp) / "out", draws=args.draws, seed=0)
            except Exception as exc:  # noqa: BLE001 - the point is to count them
                errors += 1
                print(f"{story['id']}\tERROR {type(exc).__name__}: {exc}")
                continue
        names = [i.name for i in run.system.scenario.issues]
        with_issue += bool(names)
        print(f"{story['id']}\t{story.get('title', '')[:70]}\t" + " | ".join(names or ["-"]))
    total = len(lines[: args.limit])
    print(f"\n{with_issue} of {total} stories give at least one issue; {errors} errors")


if __name__ == "__main__":
    main()
