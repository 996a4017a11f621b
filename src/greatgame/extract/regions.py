"""Regional governments: a region, province or state within a country, named with an office
of its own, is an actor of its own.

"Ontario Premier Doug Ford", "Ontario's provincial leader", "the governor of Aceh", "the
Punjab chief minister": the office is the region's government, which may stand against
its country's (a province's levy on exports, a state suing the federal government), so it
is not folded into the country. The region is one the gazetteer lists under a state (not
a capital or a city, which stand for the state's government); the office nouns and the
adjectives that mark an office as sub-national are the word classes ``regional_offices``
and ``regional_modifiers``. The regional government is an organisation of its country
(sector ``GOV``) named after the region; the office's mention becomes a role mention of
it, so a person it describes (a title before the name, an apposition after it) speaks for
the region (:func:`greatgame.extract.persons.add_persons` joins them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from greatgame import resources
from greatgame.extract.actors import slug
from greatgame.extract.gazetteer import SPANS_KEY
from greatgame.extract.index import ActorIndex, ActorInfo, Ref
from greatgame.extract.lexicon import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

OFFICES = word_class("regional_offices")
MODIFIERS = word_class("regional_modifiers")
# An office noun that names a regional office only after a modifier ("chief minister",
# "provincial leader"): alone it is as often the country's ("the minister of Ontario"?).
NEEDS_MODIFIER = frozenset({"minister", "leader"})
_ARTICLES = frozenset({"the", "a", "an"})


def add_regional_governments(doc: Doc, index: ActorIndex) -> None:
    """Make each office of a region named beside it a mention of the region's government
    (see the module docstring). Run after the actor index is built, before persons."""
    for span in doc.spans.get(SPANS_KEY, ()):
        if span.label_ != "PLACE" or (country := region_country(span)) is None:
            continue
        found = _office_after(doc, span) or _office_before(doc, span)
        if found is None:
            continue
        start, end = found
        name = " ".join(t.text for t in span if t.lower_ not in _ARTICLES)
        info = index.add_actor(ActorInfo(slug(name), name, "organisation", country, "GOV"))
        for i in range(start, end):
            if (ref := index.ref_at(i)) is not None:
                index.remove(ref)
        index.add(Ref(start, end, info.id, "role"))


def region_country(span: Span) -> str | None:
    """The state a place span names a region of; never its capital, which stands for the
    state's government ("the Moscow government"). A region that shares its name with a
    city ("New York", "Sao Paulo") is the region where an office of one is named."""
    country = span.kb_id_.partition(":")[0]
    named = resources.places().get(span.text.lower().removeprefix("the "), ())
    kinds = {place.kind for place in named if place.country == country}
    return country if "region" in kinds and "capital" not in kinds else None


def _office(doc: Doc, i: int, stop: int) -> int | None:
    """The index of the office noun at or after ``i`` (before ``stop``), past
    sub-national modifiers; "leader" and "minister" only after one."""
    modified = False
    while i < stop and doc[i].lower_ in MODIFIERS:
        modified, i = True, i + 1
    if i >= stop or doc[i].lemma_.lower() not in OFFICES and doc[i].lower_ not in OFFICES:
        return None
    return None if doc[i].lower_ in NEEDS_MODIFIER and not modified else i


def _office_after(doc: Doc, span: Span) -> tuple[int, int] | None:
    """ "Ontario Premier", "Ontario's provincial leader", "the Texas state legislature"."""
    j = span.end
    if j < len(doc) and doc[j].lower_ in ("'s", "’s"):
        j += 1
    found = _office(doc, j, min(len(doc), j + 3))
    return (span.start, found + 1) if found is not None else None


def _office_before(doc: Doc, span: Span) -> tuple[int, int] | None:
    """ "the governor of Aceh", "the provincial government of Ontario"."""
    k = span.start - 1
    if k >= 0 and doc[k].lower_ in _ARTICLES:
        k -= 1
    if k < 1 or doc[k].lower_ != "of":
        return None
    start = k - 1
    while start > 0 and doc[start - 1].lower_ in MODIFIERS:
        start -= 1
    return (start, span.end) if _office(doc, start, k) == k - 1 else None
