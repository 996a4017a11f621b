"""Organisations the dictionaries lack, found by the shape of their names.

"The Third World Water Forum concluded ...", "the Umma party said ...": a run of capitalised
words that ends in an organisation word ("Forum", "Party", "Front"), or opens with one and
goes on with "of" or "for" ("Movement for Democratic Change"), names an organisation. It
becomes an actor of kind ``organisation`` (id in the gazetteer's style) unless a word of it
is already an actor's mention. An international name ("World", "International", "Global",
"United Nations") is an IGO when its head is an organ of states ("Organization", "Office",
"Fund") and an NGO otherwise; any other organisation belongs to the state its sentence
names nearest to it when it is a political or armed body (a party, a union, a front), as
event data codes a domestic group, with the sector its head word gives; an institute or an
association keeps no country the text does not give.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from greatgame.extract.actors import residence, slug
from greatgame.extract.gazetteer import SPANS_KEY
from greatgame.extract.index import ActorIndex, ActorInfo, Ref

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Head words of organisation names, with the CAMEO sector a domestic one of them has.
HEADS: dict[str, str | None] = {
    "party": "PTY", "union": "LAB", "forum": None, "front": None, "movement": None,
    "council": None, "committee": None, "association": None, "federation": None,
    "organization": None, "organisation": None, "league": None, "alliance": None,
    "congress": None, "foundation": None, "institute": None, "agency": None, "office": None,
    "fund": None, "commission": None, "network": None, "coalition": None, "watch": None,
    "society": None, "brigade": "REB", "brigades": "REB", "army": None, "militia": "REB",
    "group": None,
}  # fmt: skip
INTERNATIONAL = frozenset({"world", "international", "global", "united", "inter", "u.n."})
# Heads of organs that states set up (IGO); other international bodies are NGOs.
STATE_ORGANS = frozenset({"organization", "organisation", "office", "fund", "agency",
                          "commission", "council", "union", "league", "congress"})
# Political and armed bodies, which event data places by the state their sentence names;
# institutes, foundations and associations keep no country the text does not give.
PLACED = frozenset({"party", "union", "front", "movement", "militia", "brigade", "brigades",
                    "army", "congress", "league", "alliance", "coalition"})
# Capitalised words that describe a group rather than name it.
DESCRIPTORS = frozenset({
    "islamist", "islamic", "muslim", "christian", "jewish", "militant", "rebel", "opposition",
    "ruling", "radical", "extremist", "separatist", "armed", "terrorist", "jihadist",
    "communist", "socialist", "nationalist", "conservative", "liberal", "shiite", "shia",
    "sunni", "kurdish", "arab", "western",
})  # fmt: skip
# Heads news writes in lower case after a name ("the Umma party").
LOWER_HEADS = frozenset({"party", "movement", "front", "militia", "group"})
LINKS = frozenset({"of", "for", "and", "'s", "the", "on"})
MAX_WORDS = 8


def add_organisations(doc: Doc, index: ActorIndex) -> None:
    """Add an actor for each organisation name no dictionary knows (see module doc)."""
    claimed = {i for span in doc.spans.get(SPANS_KEY, ()) for i in range(span.start, span.end)}
    for start, end in _names(doc):
        if any(index.ref_at(i) is not None or i in claimed for i in range(start, end)):
            continue
        info = _info(doc, index, start, end)
        index.add_actor(info)
        index.add(Ref(start, end, info.id, "name"))


def _names(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the organisation names of ``doc`` (see module doc)."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not _capital(doc, i):
            i += 1
            continue
        end = i
        while end < len(doc) and end - i < MAX_WORDS:
            if end + 3 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
                    and _capital(doc, end + 1) and (_capital(doc, end + 3)
                                                    or doc[end + 3].lower_ in LOWER_HEADS):
                end += 3  # "the Umma (Nation) party": a gloss inside the name
            elif _capital(doc, end) or doc[end].lower_ in LINKS and end + 1 < len(doc) \
                    and _capital(doc, end + 1):
                end += 1
            else:
                break
        if end < len(doc) and doc[end].lower_ in LOWER_HEADS and doc[end].pos_ == "NOUN":
            end += 1  # "the Umma party", "the Likud party"
        words = [t.lower_ for t in doc[i:end]]
        named = any(w not in DESCRIPTORS for w in words[:-1])  # not "the Islamist group"
        if words[-1] in HEADS and len(words) > 1 and named:
            out.append((i, end))
        elif words[0] in HEADS and len(words) > 2 and words[1] in ("of", "for"):
            out.append((i, end))
        i = end
    return out


def _capital(doc: Doc, i: int) -> bool:
    """A capitalised word of a name: any noun or adjective inside a sentence, a proper noun
    at its start (where every word is capitalised)."""
    tok = doc[i]
    if tok.is_sent_start:
        return tok.pos_ == "PROPN"
    return tok.text[:1].isupper() and tok.is_alpha and tok.pos_ in ("PROPN", "NOUN", "ADJ")


def _info(doc: Doc, index: ActorIndex, start: int, end: int) -> ActorInfo:
    words = [t.lower_ for t in doc[start:end]]
    name = doc[start:end].text
    head = words[-1] if words[-1] in HEADS else words[0]
    if set(words) & INTERNATIONAL:
        sector = "IGO" if head in STATE_ORGANS else "NGO"
        return ActorInfo(slug(name), name, "organisation", None, sector)
    country = residence(doc, index, start, None) if head in PLACED else None
    return ActorInfo(slug(name), name, "organisation", country, HEADS.get(head))
