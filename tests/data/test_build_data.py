"""scripts/build_data.py: TABARI syntax read right, output deterministic and up to date."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from _build_common import parse_date_restriction, phrase_variants  # noqa: E402
from _build_gazetteer import agent_sector  # noqa: E402
from _build_phoenix import parse_actor_file, parse_agent_file  # noqa: E402
from build_data import build  # noqa: E402

ACTORS = """# a comment
AFGHANISTAN_  [AFG]
+AFGHAN_ +AFGANISTAN_

LEONID_BREZHNEV_  # CountryInfo.txt
LEONID_ILYICH_BREZHNEV
\t[RUSELI 19240101-641014]
\t[RUSGOV 641014-821110]
NO_CODE_HERE_

TALIBAN_ [AFGREB] #  kkl 21 Mar 13
+TALEBAN_
ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB]
"""

AGENTS = """!PERSON! = MAN, MEN
CATTLE!PERSON! [~AGR]
THIEF {THIEVES} [~CRM]
AMBASSADOR_TO {} [~GOV]
"""


def test_actor_dictionary_syntax(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    entries, dropped = parse_actor_file(path, "test")
    assert dropped == 1  # NO_CODE_HERE_ ends at a blank line without a code
    by_root = {e.root: e for e in entries}
    assert by_root["afghanistan"].phrases == ["afghanistan", "afghan", "afganistan"]
    brezhnev = by_root["leonid brezhnev"]
    assert brezhnev.phrases == ["leonid brezhnev", "leonid ilyich brezhnev"]
    assert brezhnev.roles == [("RUSELI", "1924-01-01", "1964-10-14"),
                              ("RUSGOV", "1964-10-14", "1982-11-10")]
    assert by_root["taliban"].phrases == ["taliban", "taleban"]
    assert by_root["aden abyan islamic army (aaia)"].phrases == [
        "aden abyan islamic army (aaia)", "aden abyan islamic army", "aaia"]


def test_agent_dictionary_syntax(tmp_path):
    path = tmp_path / "agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    assert parse_agent_file(path) == [
        ("cattleman", [], "AGR"), ("cattlemen", [], "AGR"),
        ("thief", ["thieves"], "CRM"), ("ambassador to", [], "GOV"),
    ]


def test_an_agent_takes_the_armed_sector_its_code_combines():
    assert agent_sector("RELUAF") == "UAF"  # "Islamic militant": a militant, not a cleric
    assert agent_sector("RELREB") == "REB"
    assert agent_sector("GOVMIL") == "GOV"  # a state's organ stays what its first part says
    assert agent_sector("CVLOPP") == "CVL"


def test_date_restrictions():
    assert parse_date_restriction(">20130408") == ("2013-04-08", None, True)
    assert parse_date_restriction("<20041231") == (None, "2004-12-31", True)
    assert parse_date_restriction("970101-061231") == ("1997-01-01", "2006-12-31", True)
    assert parse_date_restriction("2004017-20061201")[2] is False
    assert phrase_variants("U.N._") == ["u.n."]


@pytest.mark.shared
def test_build_is_deterministic_and_matches_the_committed_files(shared_data, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    build(shared_data, first, ["events"])
    build(shared_data, second, ["events"])
    committed = ROOT / "src" / "greatgame" / "data" / "events"
    for name in ("cameo.json", "plover.json", "verbs.json.gz"):
        data = (first / "events" / name).read_bytes()
        assert data == (second / "events" / name).read_bytes(), name
        assert data == (committed / name).read_bytes(), f"{name}: run `make data`"


@pytest.mark.shared
@pytest.mark.slow
def test_gazetteer_rebuild_matches_the_committed_files(shared_data, tmp_path):
    build(shared_data, tmp_path, ["gazetteer", "capability"])
    data = ROOT / "src" / "greatgame" / "data"
    for name in ("gazetteer/countries.json.gz", "gazetteer/actors.json.gz",
                 "capability/nmc.json.gz", "capability/gdp.json.gz"):
        assert (tmp_path / name).read_bytes() == (data / name).read_bytes(), name
