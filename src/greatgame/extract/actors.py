"""Actors of one article: canonical ids, kinds, countries, sectors and every mention.

Id scheme: a state is its ISO 3166 alpha-3 code (``RUS``) and stands for the state and
its government (capital and seat metonymy, "the Russian government", "the US spokesman"
all go there, and give the actor sector ``GOV``); another organ of a state is the code
plus its CAMEO sector (``AFGMIL`` for "Afghan regular forces", ``USAMIL`` for "the US
Department of Defense"); gazetteer organisations, armed groups and persons keep their
gazetteer id (``TALIBAN``, ``THE_ISLAMIC_STATE``, ``ZAMIR_KABULOV``; IGOs share one id
per CAMEO code); persons the gazetteer lacks get their name in the same style
(``SAYYED_MOHAMMAD_AKBAR_AGHA``); unnamed sources are ``SRC_`` plus their description
(``SRC_WESTERN_DIPLOMAT``).

``build_index(doc)`` runs on a Doc that went through ``greatgame_gazetteer`` and
``greatgame_metonymy``; persons, sources and coreference are added by
:mod:`~greatgame.extract.persons` and :mod:`~greatgame.extract.coref`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from greatgame import resources
from greatgame.extract.gazetteer import SPANS_KEY
from greatgame.extract.index import ActorIndex, ActorInfo, Ref
from greatgame.extract.lexicon import REMOVAL_VERBS
from greatgame.records import STATE_SECTORS, ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SECTOR_NAMES = {
    "MIL": "military", "COP": "police", "SPY": "intelligence services", "LEG": "legislature",
    "JUD": "judiciary", "REB": "rebels", "INS": "insurgents", "OPP": "opposition",
    "CVL": "civilians", "BUS": "business", "EDU": "education", "PTY": "political parties",
    "ELI": "elites", "CRM": "criminals", "REF": "refugees", "LAB": "labour",
    "UAF": "armed forces", "GOV": "government", "JRN": "journalists", "MED": "media",
    "REL": "clergy", "RAD": "radicals", "AGR": "farmers",
}  # fmt: skip
ARMED_SECTORS = frozenset({"REB", "INS", "UAF", "SEP", "IMG"})
GOVERNMENT_SECTORS = frozenset({"GOV", "ELI", "PRE", "PRM"})
# Groups that belong to the country they are "in" ("rebels in the Ivory Coast", "students
# throughout Indonesia"); not troops or refugees, who are as often foreign there.
RESIDENT_SECTORS = frozenset({"REB", "INS", "OPP", "CVL", "LAB", "EDU", "COP", "JUD", "LEG",
                              "PTY", "BUS"})
EXTRA = {"WST": ActorInfo("WST", "the West", "other", None, None)}
NP_INNER_POS = frozenset({"ADJ", "PROPN", "NOUN", "NUM", "PUNCT", "ADV"})
# Role nouns that name one person ("the US spokesman": he, not it).
PERSON_ROLE = re.compile(
    r"^(?:secretary|general|president|chief|spokes\w+|envoy|head|director|chair\w*|"
    r"commissioner|official|representative|ambassador|minister|commander|diplomat|"
    r"advis[eo]r|aide|premier|chancellor|governor|leader|\w+man|\w+woman)$", re.I)
_SLUG = re.compile(r"[^A-Z0-9]+")


def slug(text: str) -> str:
    """``"Sayyed Mohammad Akbar Agha"`` -> ``"SAYYED_MOHAMMAD_AKBAR_AGHA"``."""
    return _SLUG.sub("_", text.upper()).strip("_")


def country_name(iso3: str) -> str:
    country = resources.country(iso3)
    if country is not None:
        return country.name
    entry = resources.actor(iso3)
    return entry.name if entry is not None and entry.name != iso3 else iso3


def state_info(iso3: str, sector: str | None = None, *, name: str | None = None) -> ActorInfo:
    """The state itself (government sectors) or one of its organs (``AFGMIL``)."""
    if sector is None or sector in GOVERNMENT_SECTORS:
        return ActorInfo(iso3, name or country_name(iso3), "state", iso3, sector)
    kind: ActorKind = ("state" if sector in STATE_SECTORS else
                       "armed_group" if sector in ARMED_SECTORS else "other")
    name = f"{country_name(iso3)} {SECTOR_NAMES.get(sector, sector.lower())}"
    return ActorInfo(f"{iso3}{sector}", name, kind, iso3, sector)


@cache
def _igo_canonical() -> dict[str, str]:
    """Acronym entry id -> the spelled-out entry with the same IGO code (UN -> UNITED_NATIONS)."""
    groups: dict[str, list[resources.ActorEntry]] = {}
    for entry in resources.actors():
        if entry.code.startswith("IGO") and entry.kind == "organisation":
            groups.setdefault(entry.code, []).append(entry)
    out: dict[str, str] = {}
    for entries in groups.values():
        initials = {
            "".join(w[0] for w in e.name.split() if w[0].isupper()): e.id
            for e in entries if len(e.name.split()) > 1
        }
        for e in entries:
            if e.name.isupper() and e.name in initials:
                out[e.id] = initials[e.name]
    return out


def entry_info(entry_id: str, published: dt.date | None = None) -> ActorInfo | None:
    """The ActorInfo a gazetteer id stands for on the publication date."""
    if entry_id in EXTRA:
        return EXTRA[entry_id]
    entry = resources.actor(entry_id)
    if entry is None:
        return None
    role = entry.role_on(published) or (entry.roles[0] if entry.roles else None)
    country = role.country if role else entry.country
    sector = (role.sector or "")[:3] or None if role else None
    iso = resources.country(entry.id)
    if entry.kind == "state" and iso is not None:
        return ActorInfo(iso.iso3, iso.name, "state", iso.iso3, None)
    if entry.kind in ("state", "organisation") and country and role and (
        role.code[:3] == country and entry.kind == "state" or role.code == country
    ):
        if resources.country(country) is None and role.code == country:
            return state_info(country, sector, name=entry.name)  # a former state: SUN
        return state_info(country, sector)
    if entry.kind == "person":
        return ActorInfo(entry.id, entry.name, "person", country, sector)
    actor_id = _igo_canonical().get(entry.id, entry.id)
    if actor_id != entry.id:
        canonical = resources.actor(actor_id)
        name = canonical.name if canonical else entry.name
    else:
        name = entry.name
    kind: ActorKind = entry.kind if entry.kind in ("organisation", "armed_group") else "other"
    return ActorInfo(actor_id, name, kind, country, sector)


def heading_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of short lines without final punctuation: section headings."""
    out, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and len(stripped.split()) <= 8 and stripped[-1] not in ".!?\"”’:;,)":
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _in_heading(span: Span, headings: list[tuple[int, int]]) -> bool:
    return any(a <= span.start_char and span.end_char <= b for a, b in headings)


def _affiliation_left(doc: Doc, agent: Span, index: ActorIndex,
                      demonyms: dict[int, str]) -> tuple[int, str] | None:
    """The country or group named inside the noun phrase before a role noun:
    "the Russian Ambassador", "Afghan regular forces", "Taliban representatives",
    "Russia's special envoy", "Vietnamese-led forces" (but not "Russian-backed rebels");
    never across a sentence end ("… approach. President")."""
    i = agent.start - 1
    while i >= 0 and agent.start - i <= 5:
        tok = doc[i]
        if i in demonyms:  # its first word ("South Korean"); not a people's: "ethnic
            while i > 0 and demonyms.get(i - 1) == demonyms[i]:  # Hungarian students" in
                i -= 1  # Romania are placed where they live
            return None if i > 0 and doc[i - 1].lower_ == "ethnic" else (i, demonyms[i])
        ref = index.ref_at(i)
        if ref is not None and index.actors[ref.actor].kind != "person":
            owner = _owner_before(doc, ref.start, index) \
                if index.actors[ref.actor].sector == "IGO" else None
            return owner or (ref.start, ref.actor)  # "China's U.N. ambassador": China's
        possessive = tok.tag_ == "POS" or tok.lower_ in ("'s", "’s")
        led = tok.lower_ == "led" and i > 0 and doc[i - 1].text == "-"  # "Vietnamese-led"
        if not led and i >= 2 and doc[i - 1].text == "-" and i - 2 not in demonyms \
                and index.ref_at(i - 2) is None and doc[i - 2].pos_ in NP_INNER_POS:
            i -= 3  # "Egypt's state-owned newspapers": over a compound no actor makes
            continue
        if (tok.pos_ not in NP_INNER_POS and not possessive and not led) or tok.is_quote or \
                tok.text in (",", "(", ")", ".", ";", ":", "!", "?") or "\n" in tok.text or \
                doc[i + 1].is_sent_start or _predicate(tok):
            return None
        i -= 1
    return None


def _owner_before(doc: Doc, start: int, index: ActorIndex) -> tuple[int, str] | None:
    """The state whose possessive stands right before a phrase ("China's U.N. ambassador":
    China's, the ambassador it sends to the U.N.)."""
    if start < 2 or doc[start - 1].lower_ not in ("'s", "’s"):
        return None
    ref = index.ref_at(start - 2)
    if ref is None or index.actors[ref.actor].kind != "state":
        return None
    return ref.start, ref.actor


def _predicate(tok: Token) -> bool:
    """A word with a subject is a clause's predicate, whatever its tag ("Indian troops
    shot[NN] dead two militants"): a noun phrase does not reach across it."""
    return any(c.dep_ in ("nsubj", "nsubj:pass") for c in tok.children)


# Role nouns that speak or act for the party their "for" phrase names.
SPEAKING_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen",
                          "negotiator", "negotiators", "envoy", "representative"})


def _affiliation_right(doc: Doc, agent: Span, index: ActorIndex, capitals: dict[int, str],
                       regions: dict[int, str] | None = None) -> tuple[int, str] | None:
    """ "government of Afghanistan", "a former commander of Taliban", "diplomats from the
    Group of Seven"; a government role
    in a capital: "the government in Kabul", "officials in Moscow"; a resident group in a
    state, region or city: "rebels in the Ivory Coast", "separatist rebels in Aceh"."""
    j = agent.end
    if j + 1 < len(doc) and (doc[j].lower_ == "of" or doc[j].lower_ == "from"
                             and not _place_left(agent) or doc[j].lower_ == "for"
                             and agent.text.lower() in SPEAKING_FOR):  # "spokesman for X"
        k = j + 1
        while k < len(doc) and doc[k].lower_ in ("the", "a", "an"):
            k += 1
        ref = index.ref_at(k) if k < len(doc) else None
        if ref is not None and index.actors[ref.actor].kind != "person":
            return ref.end, ref.actor
        if regions and k in regions:  # "the governor of Aceh"
            return _place_end(regions, k), regions[k]
    if j + 1 < len(doc) and doc[j].lower_ in ("in", "throughout") and \
            agent.kb_id_ in RESIDENT_SECTORS:  # "rebels in the Ivory Coast"
        k = j + 1
        while k < len(doc) and doc[k].lower_ in ("the", "a", "an"):
            k += 1
        ref = index.ref_at(k) if k < len(doc) else None
        if ref is not None and ref.start == k and index.actors[ref.actor].kind == "state":
            return ref.end, ref.actor
        if regions and k in regions:  # "separatist rebels in Aceh"
            return _place_end(regions, k), regions[k]
    if j + 1 < len(doc) and doc[j].lower_ == "in" and agent.kb_id_ in GOVERNMENT_SECTORS \
            and j + 1 in capitals:
        k = j + 1
        while k < len(doc) and capitals.get(k) == capitals[j + 1]:
            k += 1
        return k, capitals[j + 1]
    return None


def _place_left(agent: Span) -> bool:
    """Is the "from" phrase after a role noun the place its people leave, not whom they
    are from? So it is when an owner is named ("its troops from Mali") or a verb of
    removal moves them ("France withdrew troops from Mali")."""
    root = agent.root
    if any(c.dep_ == "nmod:poss" for c in root.children):
        return True
    return root.dep_ == "obj" and root.head.lemma_.lower() in REMOVAL_VERBS


def _place_end(places: dict[int, str], start: int) -> int:
    """The token index just past the place name that starts at ``start``."""
    end = start
    while places.get(end) == places[start]:
        end += 1
    return end


def compose(affiliation: ActorInfo, sector: str) -> ActorInfo:
    """The actor a role noun names given its affiliation: a state organ, or the group."""
    if affiliation.kind == "state" and affiliation.country:
        return state_info(affiliation.country, sector)
    return affiliation


def build_index(doc: Doc, *, published: dt.date | None = None,
                text: str | None = None) -> ActorIndex:
    """Named actors, government metonyms and affiliated role nouns of a gazetteered Doc.

    The gazetteer's spans outside headings are read first (``_read_spans``: actors and
    seats of government join the index; demonyms, places and role nouns are kept aside);
    then each role noun is tied to the state or group it belongs to (``_add_affiliated``)
    and the demonyms left over name their states."""
    index = ActorIndex(doc)
    spans = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
    headings = heading_lines(doc.text if text is None else text)
    seen = _read_spans(doc, index, [s for s in spans if not _in_heading(s, headings)],
                       published)
    for i in sorted(seen.demonyms):  # "Bosnian Serbs", "Bosnian Serb forces": Bosnia's
        if i - 1 in seen.demonyms and doc[i - 1].whitespace_ \
                and seen.demonyms[i - 1] != seen.demonyms[i]:
            seen.demonyms[i] = seen.demonyms[i - 1]
    for agent in seen.agents:
        _add_affiliated(doc, index, agent, seen)
    _add_demonyms(doc, index, seen.demonyms)
    return index


@dataclass
class _Spans:
    """What the gazetteer's spans leave for later: demonyms, capitals read as places
    ("the government in Kabul") and other places ("in Aceh", "in Jaffna") by token, and
    role nouns (AGENT spans) in text order."""

    demonyms: dict[int, str] = field(default_factory=dict)
    capitals: dict[int, str] = field(default_factory=dict)
    regions: dict[int, str] = field(default_factory=dict)
    agents: list[Span] = field(default_factory=list)


def _read_spans(doc: Doc, index: ActorIndex, spans: list[Span],
                published: dt.date | None) -> _Spans:
    """Add named actors ("name") and seats of government ("capital", the state as its
    government) to the index; keep demonyms, places and role nouns for later."""
    seen = _Spans()
    for span in spans:
        label = span.label_
        if label == "ACTOR":
            info = entry_info(span.kb_id_, published)
            if info is not None:
                index.add_actor(info)
                index.add(Ref(span.start, span.end, info.id, "name"))
        elif label == "GOVERNMENT":
            iso3, _, sector = span.kb_id_.partition(":")
            info = index.add_actor(state_info(iso3, sector or "GOV"))
            index.add(Ref(span.start, span.end, info.id, "capital"))
            if info.id == iso3:
                index.update_actor(ActorInfo(iso3, info.name, "state", iso3, "GOV"))
        elif label == "AGENT":
            seen.agents.append(span)
        elif label in ("DEMONYM", "PLACE"):
            _mark_place(seen, span)
    return seen


def _mark_place(seen: _Spans, span: Span) -> None:
    """Note by token a demonym's state, a capital's state (a place with ":GOV") or a
    region's or city's state ("rebels in Aceh")."""
    if span.label_ == "DEMONYM":
        where, value = seen.demonyms, span.kb_id_
    elif span.kb_id_.endswith(":GOV"):
        where, value = seen.capitals, span.kb_id_.partition(":")[0]
    else:
        where, value = seen.regions, span.kb_id_.partition(":")[0]
    for i in range(span.start, span.end):
        where[i] = value


def _add_affiliated(doc: Doc, index: ActorIndex, agent: Span, seen: _Spans) -> None:
    """Tie a role noun to the state or group named beside it ("Afghan forces", "rebels
    in Aceh"): the composed actor replaces the mentions it spans, a state's government
    organ makes the state its government, and conjoined role nouns share it."""
    sector = agent.kb_id_
    found = _affiliation_left(doc, agent, index, seen.demonyms) or \
        _affiliation_right(doc, agent, index, seen.capitals, seen.regions)
    if found is None:
        return
    where, affiliated = found
    base = (index.actors.get(affiliated) or state_info(affiliated))
    info = compose(base, sector)
    index.add_actor(info)
    if info.id == base.id and base.kind == "state" and sector in GOVERNMENT_SECTORS:
        index.update_actor(ActorInfo(info.id, info.name, "state", info.country, "GOV"))
    start, end = (where, agent.end) if where < agent.start else (agent.start, where)
    for i in range(start, end):
        ref = index.ref_at(i)
        if ref is not None:
            index.remove(ref)
    index.add(Ref(start, end, info.id, "role"))
    if where < agent.start:
        _conjoined_affiliations(doc, index, seen.demonyms, agent, where, info)


def _conjoined_affiliations(doc: Doc, index: ActorIndex, demonyms: dict[int, str],
                            agent: Span, where: int, info: ActorInfo) -> None:
    """ "Hungarian and Romanian officials", "US, British and French forces": the role noun
    names one organ of each state, as a group (``index.groups``) on the noun."""
    group = [info.id]
    i = where
    while i >= 2 and doc[i - 1].lower_ in ("and", ",", "&"):
        j = i - 2
        if doc[j].lower_ == "," and j >= 1:  # the Oxford comma: "US, British, and French"
            j -= 1
        ref = index.ref_at(j)
        if j in demonyms:
            affiliated, k = demonyms[j], j
            while k > 0 and demonyms.get(k - 1) == affiliated:
                k -= 1
        elif ref is not None and ref.end == j + 1 and index.actors[ref.actor].kind == "state" \
                and ref.how == "name":  # not "Angola's government and UNITA rebels"
            affiliated, k = ref.actor, ref.start
        else:
            break
        other = index.add_actor(compose(index.actors.get(affiliated) or state_info(affiliated),
                                        agent.kb_id_))
        if ref is not None:
            index.remove(ref)
        index.add(Ref(k, j + 1, other.id, "role"))
        group.insert(0, other.id)
        i = k
    if len(group) > 1:
        index.groups[agent.end - 1] = list(dict.fromkeys(group))


def _add_demonyms(doc: Doc, index: ActorIndex, demonyms: dict[int, str]) -> None:
    """A national adjective modifying a noun names its state ("Russian foreign policy");
    a plural national noun names its people ("Afghans"), or its state when definite, as
    news uses it ("if the Americans leave")."""
    for i, iso3 in sorted(demonyms.items()):
        if index.ref_at(i) is not None:
            continue
        tok = doc[i]
        if i > 0 and doc[i - 1].lower_ == "ethnic":
            home = residence(doc, index, i, iso3)
            if home is not None:  # "ethnic Albanians in Serbia": Serbia's civilians
                info = index.add_actor(state_info(home, "CVL"))
                index.add(Ref(i - 1, i + 1, info.id, "demonym"))
                continue
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_.endswith("s") and tok.pos_ in (
            "NOUN", "PROPN")
        place = index.ref_at(i - 1) if plural and i > 0 else None
        if place is not None and place.end == i and place.how == "name" \
                and index.actors[place.actor].kind == "state" \
                and index.actors[place.actor].country not in (None, iso3):
            # "Kosovo Albanians", "Krajina Serbs": the people of the place named first
            info = index.add_actor(state_info(index.actors[place.actor].country, "CVL"))
            index.remove(place)
            index.add(Ref(place.start, i + 1, info.id, "demonym"))
            continue
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ") and not nxt.is_punct \
                and not nxt.is_sent_start:
            info = index.add_actor(state_info(iso3))
            index.add(Ref(i, i + 1, info.id, "demonym"))
        elif plural and i > 0 and doc[i - 1].lower_ == "the":
            info = index.add_actor(state_info(iso3))
            index.add(Ref(i - 1, i + 1, info.id, "demonym"))
        elif plural:
            info = index.add_actor(state_info(iso3, "CVL"))
            index.add(Ref(i, i + 1, info.id, "demonym"))


def residence(doc: Doc, index: ActorIndex, i: int, iso3: str | None,
              avoid: frozenset[int] = frozenset(), *, names_too: bool = False) -> str | None:
    """Where an ethnic group lives ("ethnic Albanians demonstrated in Serbia"): the state
    named nearest to it in its sentence (by name or by its capital) other than its
    nation's (``iso3``; None: any state), as event data codes a minority by the state it
    lives in; None when the sentence names no other. Role nouns and nationalities at the
    tokens ``avoid`` do not count, nor (``names_too``) the states named there."""
    sent = doc[i].sent
    named = [(ref.start, ref.end, index.actors[ref.actor].country)
             for ref in index.refs_in(sent.start, sent.end)
             if ref.start not in avoid or (ref.how in ("name", "capital") and not names_too)]
    named += [(span.start, span.end, span.kb_id_.partition(":")[0])  # "in Kabul"
              for span in doc.spans.get(SPANS_KEY, ())
              if span.label_ in ("CAPITAL", "PLACE") and sent.start <= span.start < sent.end]
    best: tuple[int, str] | None = None
    for start, end, country in named:
        if country and country != iso3:
            distance = min(abs(start - i), abs(end - 1 - i))
            if best is None or distance < best[0]:
                best = (distance, country)
    return best[1] if best else None
