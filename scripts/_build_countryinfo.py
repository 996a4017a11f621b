"""Read CountryInfo.140728.txt (Open Event Data Alliance, MIT) into plain country dicts.

The file is "almost XML": ``<Country>`` blocks hold tagged fields whose entries sit one
per line as UPPERCASE_WITH_UNDERSCORES tokens, ``#`` starts a comment. Only the fields an
extractor needs are kept: codes, names, demonyms, capitals, major cities, regions, and
the names of leaders (used to tell persons from institutions in the Phoenix files).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from _build_common import phrase_words, read_text, strip_comment

# Errors in the alpha-3 field of CountryInfo.140728.txt, corrected here (ours).
ALPHA3_FIXES = {"IL": "ISR", "JON": "JPN", "GUATEMALA": "GTM", "GUAM_": "GUM"}
# Names whose CountryInfo spelling is formal or misspelt; display names are ours.
DISPLAY_NAMES = {
    "BOL": "Bolivia", "BRN": "Brunei", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "FRO": "Faroe Islands", "GBR": "United Kingdom",
    "IRN": "Iran", "KOR": "South Korea", "LAO": "Laos", "MDG": "Madagascar",
    "MKD": "North Macedonia", "PRK": "North Korea", "RUS": "Russia", "SYR": "Syria",
    "TZA": "Tanzania", "USA": "United States", "VEN": "Venezuela", "VNM": "Vietnam",
    "ZAF": "South Africa", "CIV": "Côte d'Ivoire", "TLS": "Timor-Leste", "SSD": "South Sudan",
}
# COW numeric codes missing from CountryInfo (ours, from the COW state list).
COW_FIXES = {"USA": 2, "SSD": 626}
# CountryInfo.140728.txt has no block for Serbia alone; this entry is ours. Yugoslavia is
# named as Serbia: the Correlates of War carry Yugoslavia's state (345, YUG) on as Serbia's,
# and ISO 3166 gives Serbia (SRB) as the successor of Yugoslavia and Serbia and Montenegro.
SUPPLEMENT: list[dict[str, Any]] = [
    {
        "iso3": "SRB", "iso2": "RS", "name": "Serbia", "cameo": "SRB", "cow_code": 345,
        "cow_alpha": "YUG", "names": ["serbia", "republic of serbia", "yugoslavia",
                                        "federal republic of yugoslavia"],
        "demonyms": ["serbian", "serb", "yugoslav"], "capitals": ["belgrade", "beograd"],
        "cities": ["novi sad", "nis"], "regions": ["vojvodina"], "source": "greatgame",
    },
]
# Places CountryInfo.140728.txt does not list but news of its era names all the time (ours):
# West Bank and Gaza towns the Phoenix dictionaries do not already name as Palestine, and
# Kashmir, which event data files under India; Macedonia's name of 1993-2019, which
# would otherwise read as Yugoslavia (Serbia) and Macedonia; and the names of peoples of
# one state's region.
PLACE_SUPPLEMENT: dict[str, dict[str, list[str]]] = {
    "MKD": {"names": ["former yugoslav republic of macedonia", "fyrom"]},
    "PSE": {"cities": ["jericho", "jenin", "tulkarem", "khan younis", "rafah", "nablus",
                       "hebron", "bethlehem", "gaza city"],
            "capitals": ["ramallah"],  # the Palestinian Authority's seat
            # with "the", so that no "the West" (the Western powers) is read in them
            "regions": ["the west bank", "the gaza strip", "east jerusalem"]},
    "SYR": {"regions": ["the golan heights"]},
    # capitals moved or spelled otherwise since the file was written, or in older news
    "MMR": {"capitals": ["naypyitaw", "naypyidaw", "nay pyi taw"]},
    "TKM": {"capitals": ["ashkhabad"]},
    "LBN": {"cities": ["tripoli"]},  # Lebanon's second city, named as Libya's capital
    "IND": {"regions": ["kashmir", "jammu and kashmir"], "demonyms": ["kashmiri"]},
    # peoples of one state's region, whom event data codes as that state's ("Chechen
    # rebels": Russia's, "Tamil Tigers": Sri Lanka's)
    "RUS": {"demonyms": ["chechen"]},
    "LKA": {"demonyms": ["tamil"]},
    "ESP": {"demonyms": ["basque"]},
    "CHN": {"demonyms": ["tibetan", "uighur", "uyghur"], "capitals": ["peking"],
            "cities": ["lhasa", "urumqi"]},
    "FRA": {"demonyms": ["corsican"]},
    "GEO": {"demonyms": ["abkhaz", "abkhazian", "ossetian"]},
    # national adjectives CountryInfo leaves out, without which "Swedish troops" is no
    # actor of its own and its role noun falls to the nearest country named
    "SWE": {"demonyms": ["swedish"]},
    "ISL": {"demonyms": ["icelandic"]},
    "KAZ": {"demonyms": ["kazakh"]},
    "NPL": {"demonyms": ["nepali"]},
    "LUX": {"demonyms": ["luxembourgish"]},
    "DJI": {"demonyms": ["djiboutian"]},
    "WSM": {"demonyms": ["samoan"]},
    "GBR": {"demonyms": ["scottish"]},
}
_DEMONYM_END = re.compile(r"(AN|ESE|ISH|I|CH|ER|IC|OT|INE|ENE|EK|AIS|X)$")
_PLACE_END = re.compile(r"(STAN|LAND|IA|ISTAN|ESTAN)$")
_LOWER_WORDS = {"and", "of", "the", "d'", "da", "de"}


def display_name(token: str) -> str:
    """``BOSNIA_AND_HERZEGOVINA`` -> ``Bosnia and Herzegovina``."""
    words = phrase_words(token).split()
    out = [w if (w in _LOWER_WORDS and i) else w[:1].upper() + w[1:] for i, w in enumerate(words)]
    return " ".join(out)


def _field(block: str, tag: str) -> str:
    found = re.search(rf"<{re.escape(tag)}>(.*?)</{re.escape(tag)}>", block, re.S)
    return found.group(1) if found else ""


def _entries(text: str) -> list[str]:
    """The phrase tokens of a multi-line field, comments and date brackets removed."""
    out: list[str] = []
    for line in text.splitlines():
        content, _ = strip_comment(line)
        content = re.sub(r"\[[^\]]*\]", " ", content).strip()
        if content and not content.startswith("<"):
            phrase = phrase_words(content)
            if phrase and phrase not in out:
                out.append(phrase)
    return out


def _code(value: str) -> str | None:
    value = value.strip()
    return None if not value or set(value) <= {"-", "0"} else value


def _is_demonym(phrase: str) -> bool:
    """Adjectival forms (``afghan``, ``chinese``) rather than name variants: a heuristic."""
    last = phrase.upper().split()[-1]
    words = len(phrase.split())
    return words <= 2 and bool(_DEMONYM_END.search(last)) and not _PLACE_END.search(last)


def _persons(block: str) -> list[str]:
    names: list[str] = []
    for tag in ("Leaders", "Government"):
        for line in _field(block, tag).splitlines():
            content, _ = strip_comment(line)
            if "[" in content:
                name = phrase_words(content.split("[", 1)[0])
                if name:
                    names.append(name)
    return names


def parse_countryinfo(path: Path) -> tuple[list[dict[str, Any]], set[str]]:
    """Countries (one dict each, sorted by ISO3) and the set of every person's name."""
    text = read_text(path)
    text = text[text.index("-->") :] if "-->" in text else text
    countries: dict[str, dict[str, Any]] = {}
    persons: set[str] = set()
    # Some Yugoslav successor blocks sit inside <Comment> wrappers ("need work"); they are
    # the only entries of BIH, KSV, MNE, SVN and are kept. Blocks without an alpha-3
    # code (Serbia and Montenegro, sub-state units) are skipped.
    for block in text.split("<Country>")[1:]:
        block = block.split("</Country>", 1)[0]
        persons.update(_persons(block))
        raw = _field(block, "ISO3166-alpha3").strip()
        raw_name = _field(block, "CountryName").strip()
        iso3 = ALPHA3_FIXES.get(raw, ALPHA3_FIXES.get(raw_name, raw))
        cameo = _field(block, "CountryCode").split("#")[0].strip()
        if not re.fullmatch(r"[A-Z]{3}", iso3 or "") or iso3 in countries:
            continue  # sub-state units without a code, or a second block of one state
        nationality = _entries(_field(block, "Nationality"))
        name = phrase_words(raw_name)
        demonyms = [
            n for i, n in enumerate(nationality)
            if (i == 0 and n != name) or _is_demonym(n)
        ]
        # the name news uses: the file may give only "Republic of South Africa"
        shown = DISPLAY_NAMES.get(iso3, "").lower()
        names = [n for n in [name, *nationality, shown] if n and n not in demonyms]
        names = list(dict.fromkeys(names))
        cow = _code(_field(block, "COW-Numeric"))
        countries[iso3] = {
            "iso3": iso3,
            "iso2": _code(_field(block, "ISO3166-alpha2")),
            "name": DISPLAY_NAMES.get(iso3) or display_name(raw_name) or iso3,
            "cameo": cameo,
            "cow_code": int(cow) if cow and cow.isdigit() else COW_FIXES.get(iso3),
            "cow_alpha": _code(_field(block, "COW-Alpha")),
            "names": names,
            "demonyms": demonyms,
            "capitals": _entries(_field(block, "Capital")),
            "cities": _entries(_field(block, "MajorCities")),
            "regions": _entries(_field(block, "Regions")),
            "source": "countryinfo",
        }
    for iso3, places in PLACE_SUPPLEMENT.items():
        if iso3 in countries:
            for key, words in places.items():
                countries[iso3][key] = list(dict.fromkeys([*countries[iso3][key], *words]))
    for extra in SUPPLEMENT:
        countries.setdefault(extra["iso3"], extra)
        for other in countries.values():  # Belgrade and "Serbian" are Serbia's, not Montenegro's
            if other["iso3"] != extra["iso3"]:
                other["capitals"] = [c for c in other["capitals"] if c not in extra["capitals"]]
                other["demonyms"] = [d for d in other["demonyms"] if d not in extra["demonyms"]]
    return [countries[k] for k in sorted(countries)], persons
