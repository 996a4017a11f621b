"""Scoring the event coder against gold sets (PLOVER GSR, PETRARCH-2 validation sentences).

``read_plover_gold`` / ``read_petrarch_gold`` read the JSON Lines gold files a user names;
``evaluate_plover`` / ``evaluate_petrarch`` code each sentence and score it. Nothing here
reads the source data folder: the gold path is always given by the caller.
"""

from greatgame.eval.gold import (
    GoldActor,
    GoldEvent,
    GoldRecord,
    read_petrarch_gold,
    read_plover_gold,
)
from greatgame.eval.score import (
    Report,
    evaluate_petrarch,
    evaluate_plover,
    gold_reading,
)

__all__ = [
    "GoldActor", "GoldEvent", "GoldRecord", "Report", "evaluate_petrarch", "evaluate_plover",
    "gold_reading", "read_petrarch_gold", "read_plover_gold",
]
