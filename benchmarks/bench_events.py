"""Event coding speed on the PLOVER gold dev split: sentences and events per second.

Parsing (the spaCy pipeline) and coding (``code_events``) are timed separately, so the
coder's own cost is visible. Needs ../shared/data/plover/gsr.jsonl (or GREATGAME_SHARED).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from greatgame.eval.gold import read_plover_gold
from greatgame.extract.events import code_events
from greatgame.extract.span_actors import gazetteer_actors
from greatgame.extract.verbs import default_lexicon
from greatgame.nlp import load

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GREATGAME_SHARED", ROOT.parent / "shared"))


def main() -> None:
    gold = SHARED / "data" / "plover" / "gsr.jsonl"
    if not gold.is_file():
        print(f"skipped: {gold} not found")
        return
    records = read_plover_gold(gold, split="dev")
    nlp = load()
    default_lexicon()
    start = time.perf_counter()
    docs = list(nlp.pipe(r.text for r in records))
    parsed = time.perf_counter() - start
    start = time.perf_counter()
    events = sum(len(list(code_events(doc, actors_of_span=gazetteer_actors))) for doc in docs)
    coded = time.perf_counter() - start
    sentences = sum(1 for doc in docs for _ in doc.sents)
    print(f"records: {len(records)}, sentences: {sentences}, events: {events}")
    print(f"parse:  {parsed:.2f} s, {sentences / parsed:.1f} sentences/s")
    print(f"code:   {coded:.2f} s, {sentences / coded:.1f} sentences/s, "
          f"{events / coded:.1f} events/s")
    total = parsed + coded
    print(f"total:  {sentences / total:.1f} sentences/s, {events / total:.1f} events/s")


if __name__ == "__main__":
    main()
