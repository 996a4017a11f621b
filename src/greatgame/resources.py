"""Packaged reference data: gazetteer, event tables and capability tables.

Every stage reads the files under ``greatgame/data/{gazetteer,events,capability}`` through
this module (never the source data folder). The files are built by ``scripts/build_data.py`` (``make
data``); their sources and licences are in ``greatgame/data/NOTICE.md`` and each folder's
NOTICE.md. Loaders are cached: the first call reads the file, later calls are free. This
module must not import spaCy.

Gazetteer phrases are lower-case words separated by single spaces (``"al-qaeda in iraq"``).
Country codes are ISO 3166-1 alpha-3 for current states; former states keep their CAMEO
or ISO 3166-3 codes (SUN, USR, YUG, DDR, CSK).
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

__all__ = [
    "ActorEntry", "ActorRole", "AgentEntry", "CameoCode", "CapabilityRow", "Country",
    "GdpRow", "Place", "PloverMapping", "PloverType", "Seat", "VerbEntry", "VerbPattern",
    "actor", "actor_index", "actors", "agent_index", "agents", "cameo_code", "cameo_codes",
    "cameo_to_plover", "cinc", "countries", "country", "country_index", "discard_phrases",
    "gdp", "gdp_share", "places", "plover_contexts", "plover_intensity", "plover_types",
    "seats_of_government", "verb_patterns", "verb_synonyms", "verbs", "world_gdp",
]


def _read(folder: str, name: str) -> Any:
    """Load one packaged JSON file (gzipped when its name ends in .gz)."""
    data = resources.files("greatgame").joinpath("data", folder, name).read_bytes()
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    return json.loads(data)


def _rows(table: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Column table -> list of dicts."""
    cols = table["columns"]
    return [dict(zip(cols, row, strict=True)) for row in table["rows"]]


# --- gazetteer ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    """A state or territory from CountryInfo: codes, names, demonyms and places."""

    iso3: str
    iso2: str | None
    name: str
    cameo: str
    cow_code: int | None
    cow_alpha: str | None
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    cities: tuple[str, ...]
    regions: tuple[str, ...]
    source: str

    @property
    def capital(self) -> str | None:
        return self.capitals[0] if self.capitals else None


@dataclass(frozen=True)
class Place:
    """A place name that belongs to a country: kind is capital, city or region."""

    phrase: str
    country: str
    kind: str


@dataclass(frozen=True)
class ActorRole:
    """One dated CAMEO code of an actor (``AFGGOV`` from 2001-12-22 on)."""

    code: str
    country: str | None
    sector: str | None
    start: dt.date | None
    end: dt.date | None

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ActorEntry:
    """A named actor: states (id = ISO3), organisations, armed groups, persons, others.

    ``kind`` is one of state, organisation, armed_group, person, other; a state organ such
    as the Kremlin is kind ``state`` with its country and sector. ``roles`` keep the
    dictionary's CAMEO codes with their date limits.
    """

    id: str
    name: str
    kind: str
    phrases: tuple[str, ...]
    roles: tuple[ActorRole, ...]
    source: str

    @property
    def code(self) -> str:
        return self.roles[0].code if self.roles else ""

    @property
    def country(self) -> str | None:
        return next((r.country for r in self.roles if r.country), None)

    @property
    def sector(self) -> str | None:
        return next((r.sector for r in self.roles if r.sector), None)

    def role_on(self, day: dt.date | None) -> ActorRole | None:
        """The role held on ``day`` (undated roles always hold); the first role if no day."""
        if not self.roles:
            return None
        if day is None:
            return self.roles[0]
        dated = [r for r in self.roles if (r.start or r.end) and r.holds_on(day)]
        undated = [r for r in self.roles if not (r.start or r.end)]
        return (dated or undated or [None])[0]


@dataclass(frozen=True)
class AgentEntry:
    """A role noun and its sector code (``ambassador`` -> GOV, ``rebel`` -> REB)."""

    phrase: str
    plurals: tuple[str, ...]
    code: str
    sector: str
    source: str


@dataclass(frozen=True)
class Seat:
    """A seat-of-government metonym (``the kremlin`` -> RUS GOV); a table of ours."""

    phrase: str
    country: str
    sector: str
    name: str


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:  # 31 Nov and the like in the source dictionaries
        year, month, _ = (int(p) for p in text.split("-"))
        return dt.date(year, month, 28)


@cache
def countries() -> tuple[Country, ...]:
    """Every country, sorted by ISO3."""
    out = []
    for row in _rows(_read("gazetteer", "countries.json.gz")):
        for key in ("names", "demonyms", "capitals", "cities", "regions"):
            row[key] = tuple(row[key])
        out.append(Country(**row))
    return tuple(out)


@cache
def country_index() -> Mapping[str, Country]:
    """ISO3 -> Country."""
    return MappingProxyType({c.iso3: c for c in countries()})


def country(iso3: str) -> Country | None:
    """The country with this ISO3 code, or None."""
    return country_index().get(iso3.upper())


@cache
def places() -> Mapping[str, tuple[Place, ...]]:
    """Phrase -> the places it names (capitals first): ``"moscow"`` -> (RUS capital,)."""
    index: dict[str, list[Place]] = {}
    for kind, key in (("capital", "capitals"), ("city", "cities"), ("region", "regions")):
        for c in countries():
            for phrase in getattr(c, key):
                index.setdefault(phrase, []).append(Place(phrase, c.iso3, kind))
    return MappingProxyType({k: tuple(v) for k, v in index.items()})


@cache
def actors() -> tuple[ActorEntry, ...]:
    """Every gazetteer actor, sorted by id."""
    out = []
    for row in _rows(_read("gazetteer", "actors.json.gz")):
        roles = tuple(
            ActorRole(code, country_, sector, _date(start), _date(end))
            for code, country_, sector, start, end in row["roles"]
        )
        out.append(ActorEntry(row["id"], row["name"], row["kind"], tuple(row["phrases"]),
                              roles, row["source"]))
    return tuple(out)


@cache
def actor_index() -> Mapping[str, tuple[ActorEntry, ...]]:
    """Phrase -> the actors it names (states first, then by id)."""
    rank = {"state": 0, "armed_group": 1, "organisation": 2, "person": 3, "other": 4}
    index: dict[str, list[ActorEntry]] = {}
    for entry in actors():
        for phrase in entry.phrases:
            index.setdefault(phrase, []).append(entry)
    return MappingProxyType({
        k: tuple(sorted(v, key=lambda e: (rank.get(e.kind, 9), e.id))) for k, v in index.items()
    })


# States whose people bear a father's and a mother's surname, the mother's last.
SPANISH_NAMING = frozenset(
    "ESP MEX GTM HND SLV NIC CRI PAN CUB DOM PRI COL VEN ECU PER BOL CHL ARG URY PRY GNQ".split()
)


@cache
def person_names() -> Mapping[str, tuple[tuple[tuple[str, ...], ActorEntry], ...]]:
    """Surname -> (the words of a name, its person) for every person's name of two words
    or more, hyphens read as spaces: ``"bashir"`` -> ((omar, hassan, ahmad, al, bashir), …).
    The surname is the last word; of a Spanish-speaking state's person named with three or
    more, the last but one too, as Spanish names put the mother's surname last ("Augusto
    Pinochet Ugarte"), where a Chinese name's last two words are one given name ("Yao
    Ming Tang")."""
    index: dict[str, dict[tuple[str, ...], ActorEntry]] = {}
    for entry in actors():
        if entry.kind != "person":
            continue
        spanish = any(r.country in SPANISH_NAMING for r in entry.roles)
        for phrase in entry.phrases:
            words = tuple(phrase.replace("-", " ").split())
            surnames = words[-2:] if spanish and len(words) > 2 else words[-1:]
            for surname in surnames if len(words) > 1 else ():
                index.setdefault(surname, {}).setdefault(words, entry)
    return MappingProxyType({k: tuple(v.items()) for k, v in index.items()})


def actor(actor_id: str) -> ActorEntry | None:
    """The actor with this id (``"RUS"``, ``"TALIBAN"``, ``"ZAMIR_KABULOV"``), or None."""
    return _actors_by_id().get(actor_id)


@cache
def _actors_by_id() -> Mapping[str, ActorEntry]:
    return MappingProxyType({a.id: a for a in actors()})

@cache
def agents() -> tuple[AgentEntry, ...]:
    """Role nouns with their sector codes, sorted by phrase."""
    return tuple(
        AgentEntry(r["phrase"], tuple(r["plurals"]), r["code"], r["sector"], r["source"])
        for r in _rows(_read("gazetteer", "agents.json.gz"))
    )


@cache
def agent_index() -> Mapping[str, AgentEntry]:
    """Phrase (and each explicit plural) -> its AgentEntry."""
    index: dict[str, AgentEntry] = {}
    for entry in agents():
        for phrase in (entry.phrase, *entry.plurals):
            index.setdefault(phrase, entry)
    return MappingProxyType(index)


@cache
def seats_of_government() -> Mapping[str, Seat]:
    """Phrase -> Seat for seat-of-government metonyms (ours, see the gazetteer NOTICE)."""
    return MappingProxyType({
        r["phrase"]: Seat(**r) for r in _rows(_read("gazetteer", "seats.json"))
    })


@cache
def discard_phrases() -> Mapping[str, bool]:
    """Phoenix discard phrases (sports, entertainment ...) -> True when the whole story goes."""
    return MappingProxyType({
        r["phrase"]: r["whole_story"] for r in _rows(_read("gazetteer", "discards.json.gz"))
    })


# --- event tables -------------------------------------------------------------------------


@dataclass(frozen=True)
class CameoCode:
    """A CAMEO event code with its Goldstein score and PLOVER mapping."""

    code: str
    label: str
    goldstein: float | None
    quad_class: int
    plover_type: str
    plover_mode: str
    plover_context: str


@dataclass(frozen=True)
class PloverMapping:
    """Where a CAMEO code lands in PLOVER; ``via`` is the code whose row was used."""

    type: str
    mode: str
    context: str
    via: str


@dataclass(frozen=True)
class PloverType:
    """One of PLOVER's 16 event types with its quad class and allowed modes."""

    name: str
    quad_class: int
    quad_category: str
    requires_recipient: bool
    modes: tuple[str, ...]


@dataclass(frozen=True)
class VerbEntry:
    """A verb of the CAMEO verb dictionary: lemma, particle (``call`` + ``off``), block."""

    lemma: str
    particle: str
    block: str
    code: str
    reverse_code: str
    forms: tuple[str, ...]


@dataclass(frozen=True)
class VerbPattern:
    """A CAMEO verb pattern: the verb block it belongs to, the words around the verb.

    ``before``/``after`` keep the pattern's tokens (``$`` source, ``+`` target, ``^`` skip,
    ``%`` compound, ``&SET`` a synonym set from ``verb_synonyms()``, ``{ }`` a noun phrase,
    ``( )`` a prepositional phrase); ``objects`` are the words after the verb outside
    prepositional phrases; ``preps`` are (preposition, object words) pairs. ``code`` is the
    source->target CAMEO code ("" = no event), ``reverse_code`` the target->source one.
    """

    block: str
    code: str
    reverse_code: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    objects: tuple[str, ...]
    preps: tuple[tuple[str, tuple[str, ...]], ...]
    source_verb: str


@cache
def cameo_codes() -> Mapping[str, CameoCode]:
    """CAMEO code (``"036"``) -> CameoCode, for all 313 codes."""
    rows = _rows(_read("events", "cameo.json"))
    return MappingProxyType({r["code"]: CameoCode(**r) for r in rows})


def cameo_code(code: str) -> CameoCode | None:
    """The CameoCode for ``code``, or None."""
    return cameo_codes().get(code)


def cameo_to_plover(code: str) -> PloverMapping | None:
    """The PLOVER type, mode and context of a CAMEO code, falling back to its parent code
    (``0314`` -> ``031`` -> ``03``); None for codes PLOVER drops (roots 01 and 02)."""
    table = cameo_codes()
    for length in range(len(code), 1, -1):
        row = table.get(code[:length])
        if row is not None and row.plover_type:
            return PloverMapping(row.plover_type, row.plover_mode, row.plover_context, row.code)
    return None


@cache
def _plover() -> dict[str, Any]:
    return _read("events", "plover.json")


@cache
def plover_types() -> Mapping[str, PloverType]:
    """PLOVER type name -> PloverType, in the manual's order."""
    out = {}
    for r in _rows(_plover()["types"]):
        out[r["type"]] = PloverType(r["type"], r["quad_class"], r["quad_category"],
                                    r["requires_recipient"], tuple(r["modes"]))
    return MappingProxyType(out)


@cache
def _scores() -> Mapping[tuple[str, str], float]:
    rows = _rows(_plover()["scores"])
    return MappingProxyType({(r["type"], r["mode"]): r["score"] for r in rows})


def plover_intensity(type_: str, mode: str | None = None) -> float | None:
    """PLOVER conflict-cooperation score of a type, or of its mode when the manual scores it.

    Scores are as printed in the PLOVER manual (tab:ploverscores), with one correction:
    ACCUSE's base score is printed +3 there, while every ACCUSE mode scores -2 to -3.5 and
    ACCUSE is verbal conflict (quad class 3); a misprinted sign, so -3 is returned.
    """
    scores = _scores()
    if mode and (type_, mode) in scores:
        return scores[(type_, mode)]
    base = scores.get((type_, ""))
    if type_ == "ACCUSE" and base is not None and base > 0:
        return -base
    return base


def plover_contexts() -> tuple[str, ...]:
    """The 37 general PLOVER contexts."""
    return tuple(_plover()["contexts"])


@cache
def _verb_file() -> dict[str, Any]:
    return _read("events", "verbs.json.gz")


@cache
def verbs() -> Mapping[str, tuple[VerbEntry, ...]]:
    """Verb lemma -> its entries (a lemma can sit in several blocks, with particles)."""
    index: dict[str, list[VerbEntry]] = {}
    for r in _rows(_verb_file()["verbs"]):
        entry = VerbEntry(r["lemma"], r["particle"], r["block"], r["code"], r["reverse_code"],
                          tuple(r["forms"]))
        index.setdefault(entry.lemma, []).append(entry)
    return MappingProxyType({k: tuple(v) for k, v in index.items()})


@cache
def verb_patterns() -> Mapping[str, tuple[VerbPattern, ...]]:
    """Verb block name (``"accelerate"``) -> its patterns; find a lemma's blocks via verbs()."""
    index: dict[str, list[VerbPattern]] = {}
    for r in _rows(_verb_file()["patterns"]):
        pattern = VerbPattern(
            r["block"], r["code"], r["reverse_code"], tuple(r["before"]), tuple(r["after"]),
            tuple(r["objects"]), tuple((p, tuple(ws)) for p, ws in r["preps"]), r["source_verb"],
        )
        index.setdefault(pattern.block, []).append(pattern)
    return MappingProxyType({k: tuple(v) for k, v in index.items()})


@cache
def verb_synonyms() -> Mapping[str, tuple[str, ...]]:
    """Synonym set (``"&CURRENCY"``) -> its words, as used in verb patterns."""
    return MappingProxyType({k: tuple(v) for k, v in _verb_file()["synsets"].items()})


# --- capabilities -------------------------------------------------------------------------


@dataclass(frozen=True)
class CapabilityRow:
    """One COW NMC 6.0 state-year; components as in the source (thousands; milex in
    current US$, pec in coal-ton equivalents); missing values (-9) are None."""

    iso3: str
    year: int
    cinc: float | None
    milex: float | None
    milper: float | None
    irst: float | None
    pec: float | None
    tpop: float | None
    upop: float | None
    cow_code: int
    cow_abbrev: str
    source: str = "COW National Material Capabilities 6.0"


@dataclass(frozen=True)
class GdpRow:
    """GDP in current US$ for one economy (or aggregate such as WLD) and year."""

    code: str
    year: int
    gdp_usd: float
    aggregate: bool
    name: str
    source: str = "World Bank WDI NY.GDP.MKTP.CD"


def _latest(series: Mapping[str, tuple[Any, ...]], code: str, year: int) -> Any | None:
    rows = series.get(code.upper(), ())
    best = None
    for row in rows:  # sorted by year
        if row.year > year:
            break
        best = row
    return best


@cache
def _nmc() -> Mapping[str, tuple[CapabilityRow, ...]]:
    index: dict[str, list[CapabilityRow]] = {}
    for r in _rows(_read("capability", "nmc.json.gz")):
        index.setdefault(r["iso3"], []).append(CapabilityRow(**r))
    return MappingProxyType({k: tuple(v) for k, v in index.items()})


def cinc(iso3: str, year: int) -> CapabilityRow | None:
    """The state's COW NMC row for the latest year not after ``year`` (None before its
    first year or for unknown codes). The row carries the year used and raw components."""
    return _latest(_nmc(), iso3, year)


@cache
def _gdp() -> Mapping[str, tuple[GdpRow, ...]]:
    index: dict[str, list[GdpRow]] = {}
    for r in _rows(_read("capability", "gdp.json.gz")):
        index.setdefault(r["code"], []).append(GdpRow(**r))
    return MappingProxyType({k: tuple(v) for k, v in index.items()})


def gdp(iso3: str, year: int) -> GdpRow | None:
    """GDP (current US$) for the latest year not after ``year``, or None."""
    return _latest(_gdp(), iso3, year)


def world_gdp(year: int) -> GdpRow | None:
    """World GDP (the World Bank's WLD aggregate) for the latest year not after ``year``."""
    return gdp("WLD", year)


def gdp_share(iso3: str, year: int) -> tuple[float, int] | None:
    """The economy's share of world GDP and the year used (both from the same year)."""
    row = gdp(iso3, year)
    if row is None:
        return None
    world = _latest(_gdp(), "WLD", row.year)
    if world is None or world.year != row.year or world.gdp_usd <= 0:
        return None
    return row.gdp_usd / world.gdp_usd, row.year
