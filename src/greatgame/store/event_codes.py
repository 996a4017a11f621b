"""What the codes of event datasets stand for in greatgame: actor ids and PLOVER types.

Each mapper takes one *distinct* key of a dataset (an actor code, an event code) and
returns what greatgame makes of it, or None; the importer maps the distinct keys of a file
here and joins the answers back in SQL, so no Python runs per row.

Actor ids follow greatgame's id scheme (:mod:`greatgame.extract.actors`): a state is its
ISO 3166 alpha-3 code and stands for its government too (``RUS``); another organ of a
state is the code plus its CAMEO sector (``AFGMIL``); international actors keep their
gazetteer id (``WORLD_ECONOMIC_FORUM``).

- **GDELT** actor codes are CAMEO codes: a country (ISO3 or CAMEO) and then sectors
  (``USAGOV`` -> ``USA``, ``AFGMIL`` -> ``AFGMIL``); an international code (``IGONAMDEV``)
  maps to the gazetteer organisation that holds it. A bare sector (``GOV``) names no one.
- **ICEWS** and **POLECAT** give a country (name or ISO3), sector words and a name: the
  sector words become a CAMEO sector (:data:`SECTOR_WORDS`); an actor whose name is its
  country's is the state.
- **ACLED** gives an actor name, its ``inter`` code and the event's country: the country
  named in the actor ("Military Forces of Sudan (2019-)") or else the event's, and the
  sector from the name or, failing that, from the inter code (:data:`ACLED_INTER`).

Events: CAMEO codes (GDELT, ICEWS) go through ``resources.cameo_to_plover`` with the code's
Goldstein score; POLECAT's codes are PLOVER already; ACLED's sub-event types go through
:data:`ACLED_PLOVER`. Intensity is ``resources.plover_intensity`` of the type and mode.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from greatgame import resources

# Sectors that stand for the state itself; the same set as extract.actors.GOVERNMENT_SECTORS
# (a test holds them equal: store may not import extract).
GOVERNMENT_SECTORS = frozenset({"GOV", "ELI", "PRE", "PRM"})

# Words of ICEWS and POLECAT sector names -> CAMEO sector, the first match wins (ICEWS
# sector list; POLECAT codebook's "Primary Actor Sector"; CAMEO manual ch. 3 codes).
SECTOR_WORDS: tuple[tuple[str, str], ...] = (
    ("government", "GOV"), ("executive", "GOV"), ("cabinet", "GOV"), ("ministry", "GOV"),
    ("head of state", "GOV"), ("elite", "ELI"), ("legislat", "LEG"), ("parliament", "LEG"),
    ("judicia", "JUD"), ("court", "JUD"), ("military", "MIL"), ("army", "MIL"),
    ("armed forces", "MIL"), ("navy", "MIL"), ("air force", "MIL"), ("police", "COP"),
    ("intelligence", "SPY"), ("rebel", "REB"), ("insurgen", "INS"), ("separatist", "SEP"),
    ("militia", "UAF"), ("armed group", "UAF"), ("opposition", "OPP"), ("dissident", "OPP"),
    ("party", "PTY"), ("business", "BUS"), ("media", "MED"), ("journalist", "JRN"),
    ("education", "EDU"), ("student", "EDU"), ("religio", "REL"), ("labor", "LAB"),
    ("labour", "LAB"), ("refugee", "REF"), ("criminal", "CRM"), ("civilian", "CVL"),
    ("citizen", "CVL"), ("general population", "CVL"), ("protester", "CVL"),
    ("rioter", "CVL"),
)  # fmt: skip

# ACLED inter codes (ACLED codebook, "Actor type") -> CAMEO sector, when the name says none.
ACLED_INTER: dict[str, str | None] = {
    "1": "MIL", "2": "REB", "3": "UAF", "4": "UAF", "5": "CVL", "6": "CVL", "7": "CVL",
    "8": None,
}  # fmt: skip

# ACLED sub-event types (ACLED codebook 2023) -> PLOVER type and mode (PLOVER manual);
# types with no PLOVER counterpart ("Change to group/activity", "Other") are left out.
ACLED_PLOVER: dict[str, tuple[str, str]] = {
    "armed clash": ("ASSAULT", "firearms"),
    "government regains territory": ("ASSAULT", "firearms"),
    "non-state actor overtakes territory": ("ASSAULT", "firearms"),
    "chemical weapon": ("ASSAULT", "unconventional"),
    "air/drone strike": ("ASSAULT", "aerial"),
    "suicide bomb": ("ASSAULT", "suicide-attack"),
    "shelling/artillery/missile attack": ("ASSAULT", "heavy-weapons"),
    "remote explosive/landmine/ied": ("ASSAULT", "explosives"),
    "grenade": ("ASSAULT", "explosives"),
    "sexual violence": ("ASSAULT", "sexual"),
    "attack": ("ASSAULT", ""),
    "abduction/forced disappearance": ("ASSAULT", "abduct"),
    "peaceful protest": ("PROTEST", "demo"),
    "protest with intervention": ("PROTEST", "demo"),
    "excessive force against protesters": ("ASSAULT", "crowd-control"),
    "violent demonstration": ("PROTEST", "riot"),
    "mob violence": ("PROTEST", "riot"),
    "agreement": ("AGREE", ""),
    "arrests": ("COERCE", "arrest"),
    "headquarters or base established": ("MOBILIZE", "troops"),
    "looting/property destruction": ("ASSAULT", "destroy"),
    "non-violent transfer of territory": ("RETREAT", "withdraw"),
}


class EventCoding(NamedTuple):
    """A PLOVER event with its quad class, Goldstein score (CAMEO only) and intensity."""

    type: str
    mode: str
    quad_class: int
    goldstein: float | None
    intensity: float | None


# --- countries ----------------------------------------------------------------------------


@cache
def country_codes() -> dict[str, str]:
    """ISO3 and plain three-letter CAMEO country codes -> ISO3."""
    out: dict[str, str] = {}
    for c in resources.countries():
        out[c.iso3] = c.iso3
        if re.fullmatch(r"[A-Z]{3}", c.cameo or ""):
            out.setdefault(c.cameo, c.iso3)
    return out


@cache
def country_names() -> dict[str, str]:
    """Lower-case country names and their variants -> ISO3."""
    out: dict[str, str] = {}
    for c in resources.countries():
        for name in (c.name.lower(), *c.names):
            out.setdefault(name, c.iso3)
    return out


def country_of(text: str | None) -> str | None:
    """ISO3 of a country given by code (``RUS``) or name (``Russian Federation``)."""
    if not text:
        return None
    text = text.strip()
    return country_codes().get(text.upper()) or country_names().get(text.lower())


def state_id(iso3: str, sector: str | None) -> str:
    """A state (``RUS``) or one of its organs (``RUSMIL``), as extract.actors names them."""
    return iso3 if sector is None or sector in GOVERNMENT_SECTORS else f"{iso3}{sector}"


def sector_of(text: str | None) -> str | None:
    """The CAMEO sector of sector words or an actor name (``Military Forces`` -> MIL)."""
    low = (text or "").lower()
    return next((code for word, code in SECTOR_WORDS if word in low), None)


# --- actors -------------------------------------------------------------------------------


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


@cache
def _international_codes() -> dict[str, str]:
    """CAMEO codes of international actors (``IGONAMDEV``) -> one gazetteer id: the one
    organisation holding the code, or the spelled-out name of the acronym holding it
    (``OIC`` -> ``ORGANIZATION_OF_ISLAMIC_CONFERENCES``) when that picks exactly one."""
    holders: dict[str, list[resources.ActorEntry]] = {}
    for entry in resources.actors():
        if entry.kind in ("organisation", "armed_group"):
            for code in {r.code for r in entry.roles}:
                holders.setdefault(code, []).append(entry)
    out: dict[str, str] = {}
    for code, entries in holders.items():
        if len(entries) == 1:
            out[code] = entries[0].id
            continue
        spelled = {_initials(e.name): e.id for e in entries if len(e.name.split()) > 1}
        picks = {spelled[e.name] for e in entries if e.name.isupper() and e.name in spelled}
        if len(picks) == 1:
            out[code] = picks.pop()
    return out


def cameo_actor(code: str) -> str | None:
    """The greatgame id of a CAMEO actor code (GDELT), or None.

    >>> cameo_actor("USAGOV"), cameo_actor("AFGMIL"), cameo_actor("GOV")
    ('USA', 'AFGMIL', None)
    """
    code = code.strip().upper()
    iso3 = country_codes().get(code[:3])
    if iso3 is not None:
        return state_id(iso3, code[3:6] or None)
    return _international_codes().get(code)


def named_actor(country: str | None, sectors: str | None, name: str | None) -> str | None:
    """The greatgame id of an ICEWS or POLECAT actor: country, sector words, name.

    >>> named_actor("Russian Federation", "Military,Army", "Russian Army")
    'RUSMIL'
    >>> named_actor("India", "", "India"), named_actor("", "Government", "Someone")
    ('IND', None)
    """
    iso3 = country_of(country)
    if iso3 is None:
        return None
    sector = sector_of(sectors) or sector_of(name)
    if sector is not None:
        return state_id(iso3, sector)
    return iso3 if country_of(name) == iso3 else None


_PAREN_OR_OF = re.compile(r"\(([^)]*)\)|\bof (?:the )?([A-Z][\w' .-]+?)(?= \(|$)")


def acled_actor(name: str | None, inter: str | None, country: str | None) -> str | None:
    """The greatgame id of an ACLED actor: the country its name gives, or the event's,
    and the sector its name gives, or its inter code's.

    >>> acled_actor("Military Forces of Sudan (2019-)", "1", "Sudan")
    'SDNMIL'
    >>> acled_actor("Protesters (India)", "6", "India")
    'INDCVL'
    """
    if not name:
        return None
    named = [country_of(a or b) for a, b in _PAREN_OR_OF.findall(name)]
    iso3 = next((c for c in named if c), None) or country_of(country)
    if iso3 is None:
        return None
    sector = sector_of(name) or ACLED_INTER.get((inter or "").strip())
    return state_id(iso3, sector)


# --- events -------------------------------------------------------------------------------


def plover_event(type_: str, mode: str = "", goldstein: float | None = None
                 ) -> EventCoding | None:
    """A PLOVER type and mode with its quad class and intensity; None for unknown types."""
    spec = resources.plover_types().get(type_.strip().upper())
    if spec is None:
        return None
    mode = mode.strip().lower()
    return EventCoding(spec.name, mode, spec.quad_class, goldstein,
                       resources.plover_intensity(spec.name, mode or None))


def cameo_event(code: str) -> EventCoding | None:
    """A CAMEO event code in PLOVER, with the code's Goldstein score.

    >>> cameo_event("043")
    EventCoding(type='CONSULT', mode='visit', quad_class=1, goldstein=2.8, intensity=4.0)
    """
    mapping = resources.cameo_to_plover(code.strip())
    if mapping is None:
        return None
    row = resources.cameo_code(code.strip()) or resources.cameo_code(mapping.via)
    return plover_event(mapping.type, mapping.mode, row.goldstein if row else None)


def acled_event(sub_event_type: str) -> EventCoding | None:
    """An ACLED sub-event type in PLOVER (no Goldstein score: ACLED has no CAMEO code)."""
    found = ACLED_PLOVER.get(sub_event_type.strip().lower())
    return plover_event(*found) if found else None
