"""A small span -> actor-id lookup over the packaged gazetteer.

The event coder asks "which actors does this noun phrase denote?" through a callable. The
actor extraction answers from its resolved mentions (coreference, metonymy, persons); this
module is the stand-alone answer used by the gold-set evaluation and by tests: longest
gazetteer phrase first, capitals and seats of government standing for their state
("Moscow", "the Kremlin" -> RUS), "US" only in capitals (never the pronoun "us").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from greatgame import resources
from greatgame.extract.gazetteer import AGENT_STOP, GENERIC_NAMES, SPANS_KEY

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

MAX_WORDS = 6
STOP = frozenset({"the", "a", "an", "of", "and", "its", "their", "his", "her", "this", "that"})


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], int]:
    index: dict[str, str] = {}
    for phrase, entries in resources.actor_index().items():
        if phrase not in AGENT_STOP and phrase not in GENERIC_NAMES:  # not "Republic" alone
            index[phrase] = entries[0].id
    for phrase, places in resources.places().items():
        # a capital names its state; a city or region too, as where something happens
        # ("a bombing in Tel Aviv", "fighting in Chechnya")
        place = next((p for p in places if p.kind == "capital"), None) or next(
            (p for p in places if p.kind in ("city", "region")), None)
        if place is not None and phrase not in AGENT_STOP:
            index.setdefault(phrase, place.country)
    for phrase, seat in resources.seats_of_government().items():
        index[phrase] = seat.country
        if phrase.startswith("the "):
            index.setdefault(phrase[4:], seat.country)
    longest = max(len(p.split()) for p in index)
    return index, min(longest, MAX_WORDS)


def gazetteer_actors(span: Span, places: dict[int, tuple[int, str]] | None = None
                     ) -> tuple[str, ...]:
    """Actor ids named in ``span``, in text order, each once (``()`` when none). A place
    the article's gazetteer pass gave a state ("Tripoli" in a story on Lebanon) names that
    state (``places``: ``resolved_places`` of the Doc, read once by a caller asking about
    many spans)."""
    index, longest = _tables()
    placed = resolved_places(span.doc) if places is None else places
    words = [t.text if t.pos_ != "PRON" else "" for t in span]
    lower = [w.lower() for w in words]
    found: list[str] = []
    i = 0
    while i < len(words):
        hit = placed.get(span.start + i)
        if hit is not None and span.start + i + hit[0] > span.end:
            hit = None  # a place that runs past the span
        if hit is None:
            hit = _longest_phrase(index, longest, words, lower, i)
        if hit is None:
            i += 1
            continue
        if hit[1] not in found:
            found.append(hit[1])
        i += hit[0]
    return tuple(found)


def _longest_phrase(index: dict[str, str], longest: int, words: list[str], lower: list[str],
                    i: int) -> tuple[int, str] | None:
    """(length, actor id) of the longest gazetteer phrase starting at word ``i``."""
    named = next((w for w in words[i:] if w.lower() != "the"), "")
    if not named[:1].isupper():
        return None  # a name is written as one: "the west bank of the Dnipro" is no West Bank
    for n in range(min(longest, len(words) - i), 0, -1):
        phrase = " ".join(lower[i : i + n])
        if phrase in index and not (n == 1 and _ambiguous(words[i])):
            return n, index[phrase]
    return None


def resolved_places(doc: Doc) -> dict[int, tuple[int, str]]:
    """Start -> (length, state) of the places the gazetteer pass resolved in the Doc."""
    return {s.start: (s.end - s.start, s.kb_id_.partition(":")[0])
            for s in doc.spans.get(SPANS_KEY, ()) if s.label_ == "PLACE"}


def _ambiguous(word: str) -> bool:
    """A single word names an actor only when capitalised ("US", not "us")."""
    return word.lower() in STOP or not word[:1].isupper()
