"""Build the capability tables: COW National Material Capabilities 6.0 and World Bank GDP.

COW state numbers are mapped to ISO3 through CountryInfo's COW-Numeric field, with the
table below for states CountryInfo does not carry (ours; ISO 3166-3 codes for former
states). World Bank rows whose code is not a country (aggregates such as WLD, ARB, EUU)
are kept apart; WLD gives the world total used for GDP shares.
"""

from __future__ import annotations

import csv
from pathlib import Path

from _build_common import write_table
from _build_countryinfo import parse_countryinfo

# COW ccode -> ISO3 where CountryInfo has no entry or a different state (ours).
COW_TO_ISO3 = {
    260: "DEU",  # German Federal Republic 1955-1990: continued by Germany (255)
    265: "DDR",  # German Democratic Republic (ISO 3166-3)
    315: "CSK",  # Czechoslovakia (ISO 3166-3)
    345: "SRB",  # Yugoslavia / Serbia: COW keeps one series
    678: "YEM",  # Yemen Arab Republic, continued by Yemen (679) from 1990
    680: "YMD",  # People's Democratic Republic of Yemen (ISO 3166-3)
    817: "VDR",  # Republic of Vietnam (South); ISO 3166-3 VDR is the North's old code
    347: "KSV",  # Kosovo
    730: "KOR",  # Korea 1887-1905, continued by South Korea (732)
    404: "GNB", 910: "PNG", 835: "BRN", 341: "MNE", 346: "BIH", 349: "SVN",
}
# World Bank codes for countries that CountryInfo spells differently (ours).
WB_TO_ISO3 = {"XKX": "KSV"}
# World Bank economies that are territories, not aggregates, though CountryInfo lacks them.
WB_TERRITORIES = {"CHI", "CUW", "MAC", "MAF", "MNP", "SXM", "TCA"}
NMC_COLUMNS = ["milex", "milper", "irst", "pec", "tpop", "upop"]


def _number(text: str) -> float | None:
    value = float(text)
    return None if value == -9 else value


def build_capability(shared: Path, out: Path) -> dict[str, int]:
    """Write ``nmc.json.gz`` and ``gdp.json.gz`` under ``out``; return row counts."""
    countries, _ = parse_countryinfo(shared / "countryinfo" / "CountryInfo.140728.txt")
    by_cow: dict[int, str] = {}
    for c in countries:
        if c["cow_code"] is not None:
            by_cow.setdefault(c["cow_code"], c["iso3"])
    by_cow.update(COW_TO_ISO3)
    rows: dict[tuple[str, int], list] = {}
    unmapped: set[str] = set()
    with (shared / "cow-nmc" / "NMC-60-abridged.csv").open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            ccode, year = int(rec["ccode"]), int(rec["year"])
            iso3 = by_cow.get(ccode)
            if iso3 is None:
                unmapped.add(f"{rec['stateabb']}:{ccode}")
                iso3 = f"COW{ccode}"
            row = [iso3, year, float(rec["cinc"]) if rec["cinc"] != "-9" else None,
                   *[_number(rec[k]) for k in NMC_COLUMNS], ccode, rec["stateabb"]]
            # When two COW states share an ISO3 in one year (1990 Germany), keep the larger.
            old = rows.get((iso3, year))
            if old is None or (row[2] or 0) > (old[2] or 0):
                rows[(iso3, year)] = row
    counts = {"nmc": write_table(
        out / "nmc.json.gz",
        ["iso3", "year", "cinc", *NMC_COLUMNS, "cow_code", "cow_abbrev"],
        (rows[k] for k in sorted(rows)),
        source="COW National Material Capabilities 6.0", unmapped=sorted(unmapped),
    )}
    states = {c["iso3"] for c in countries}
    gdp_rows = []
    with (shared / "worldbank-gdp" / "gdp.csv").open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            code = WB_TO_ISO3.get(rec["Country Code"], rec["Country Code"])
            aggregate = code not in states and code not in WB_TERRITORIES
            gdp_rows.append([code, int(rec["Year"]), float(rec["Value"]), aggregate,
                             rec["Country Name"]])
    gdp_rows.sort(key=lambda r: (r[0], r[1]))
    counts["gdp"] = write_table(
        out / "gdp.json.gz", ["code", "year", "gdp_usd", "aggregate", "name"], gdp_rows,
        source="World Bank WDI NY.GDP.MKTP.CD (datasets/gdp 2024)",
    )
    return counts
