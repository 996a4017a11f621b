"""Scoring the event coder against gold sets (PLOVER GSR, PETRARCH-2 validation sentences).

``read_plover_gold`` / ``read_petrarch_gold`` read the JSON Lines gold files a user names;
``evaluate_plover`` / ``evaluate_petrarch`` code each sentence and score it: strictly (the
type the extractor writes; the headline) and, in the report's ``lenient`` block, by the
CAMEO-era reading ``gold_reading``. Nothing here reads the source data folder: the gold
path is always given by the caller.
"""

from greatgame.eval.gold import (
    GoldActor,
    GoldEvent,
    GoldRecord,
    read_petrarch_gold,
    read_plover_gold,
)
from greatgame.eval.score import (
    LENIENT,
    STRICT,
    Report,
    evaluate_petrarch,
    evaluate_plover,
    event_key,
    gold_reading,
)

__all__ = [
    "LENIENT", "STRICT", "GoldActor", "GoldEvent", "GoldRecord", "Report", "evaluate_petrarch",
    "evaluate_plover", "event_key", "gold_reading", "read_petrarch_gold", "read_plover_gold",
]
