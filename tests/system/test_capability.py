import pytest

from greatgame.system.capability import capability_of, default_capability, state_capability


def test_us_capability_blends_cinc_and_gdp_share_of_2016_2017():
    cap = state_capability("USA", 2017)
    raw = dict(cap.raw)
    # COW NMC 6.0 ends in 2016: USA CINC 0.13305758 (NMC-60-abridged.csv, 2016 row)
    assert raw["cinc_year"] == 2016
    assert raw["cinc"] == pytest.approx(0.13305758)
    assert raw["gdp_year"] == 2017
    assert cap.value == pytest.approx(0.5 * raw["cinc"] + 0.5 * raw["gdp_share"])
    assert cap.low == min(raw["cinc"], raw["gdp_share"]) <= cap.value <= cap.high
    assert "COW" in cap.source and "World Bank" in cap.source


def test_latest_year_not_after_the_system_date_is_used():
    cap = state_capability("RUS", 2005)
    assert dict(cap.raw)["cinc_year"] == 2005
    assert dict(cap.raw)["gdp_year"] == 2005


def test_great_powers_outweigh_afghanistan():
    caps = {c: capability_of(c, "state", 2017).value for c in ("USA", "CHN", "RUS", "AFG")}
    assert caps["CHN"] > caps["USA"] * 0.7
    assert caps["USA"] > caps["RUS"] > caps["AFG"]


def test_non_state_actors_get_marked_defaults():
    cap = capability_of("TALIBAN", "armed_group", 2017)
    assert cap == default_capability("armed_group")
    assert cap.source.startswith("default") and cap.year is None
    assert cap.low < cap.value < cap.high


def test_unknown_state_code_falls_back_to_default():
    assert capability_of("XXX", "state", 2017).source.startswith("default")
