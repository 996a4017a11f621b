"""A state's institution named by a word the dictionary files under one state.

The actor dictionary knows "Senate" as the United States Congress and "Parliament" as one
country's legislature. Named with another state before it ("Rwanda's Senate", "the
Brazilian Senate"), the word is that state's institution: the mention becomes the named
state's organ with the dictionary entry's sector (``RWALEG``). A name that is the named
state's own stays as it is, and so does any entry that is no state organ (an armed group,
a party, a company).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from greatgame import resources
from greatgame.extract.actors import state_info
from greatgame.extract.gazetteer import SPANS_KEY
from greatgame.extract.index import ActorIndex, Ref
from greatgame.records import STATE_SECTORS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Gazetteer labels of a word that names a state before an institution.
STATE_WORDS = frozenset({"ACTOR", "DEMONYM"})


def rebind_institutions(doc: Doc, index: ActorIndex) -> None:
    """Give an institution named after another state's name, possessive or demonym to
    that state (see the module docstring)."""
    spans = sorted(doc.spans.get(SPANS_KEY, ()), key=lambda s: s.start)
    for before, span in zip(spans, spans[1:], strict=False):
        sector = _organ_sector(span)
        owner = _owner(doc, index, before, span)
        if sector is None or owner is None:
            continue
        ref = index.ref_at(span.start)
        if ref is None or ref.end != span.end or ref.actor[:3] == owner:
            continue
        index.remove(ref)
        info = index.add_actor(state_info(owner, sector))
        index.add(Ref(span.start, span.end, info.id, "name"))


def _organ_sector(span: Span) -> str | None:
    """The sector of a dictionary entry that is one state's organ, else None."""
    if span.label_ != "ACTOR":
        return None
    entry = resources.actor(span.kb_id_)
    if entry is None or resources.country(entry.id) is not None:
        return None  # a state's own name
    sectors = {_last_organ(r.code) for r in entry.roles if r.country} - {None}
    return sectors.pop() if len(sectors) == 1 else None


def _last_organ(code: str) -> str | None:
    """The most specific state sector of a CAMEO actor code ("USAGOVLEG": LEG)."""
    parts = [code[i : i + 3] for i in range(3, len(code), 3)]
    return next((p for p in reversed(parts) if p in STATE_SECTORS), None)


def _owner(doc: Doc, index: ActorIndex, before: Span, span: Span) -> str | None:
    """The state named right before the institution: "Rwanda's", "Brazilian"."""
    gap = [t for t in doc[before.end : span.start] if t.lower_ not in ("'s", "’s", "the")]
    if gap or before.label_ not in STATE_WORDS:
        return None
    ref = index.ref_at(before.start)
    if ref is None:
        return None
    info = index.actors.get(ref.actor)
    return info.country if info is not None and info.kind == "state" else None
