"""The packaged tables, read through greatgame.resources, hold what the sources say."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from greatgame import resources


def test_russia_has_capital_moscow_and_demonym_russian():
    russia = resources.country("RUS")
    assert russia is not None
    assert russia.name == "Russia"
    assert russia.capital == "moscow"
    assert "russian" in russia.demonyms
    assert russia.cow_code == 365


def test_capitals_are_places_of_their_country():
    assert resources.places()["kabul"][0] == resources.Place("kabul", "AFG", "capital")
    assert resources.places()["moscow"][0].country == "RUS"


def test_taliban_is_an_armed_group_in_afghanistan():
    (taliban,) = resources.actor_index()["taliban"]
    assert taliban.kind == "armed_group"
    assert taliban.country == "AFG"
    assert taliban.sector == "REB"


def test_islamic_state_and_al_qaeda_are_armed_groups():
    for phrase in ("isis", "al-qaeda", "haqqani network"):
        kinds = {e.kind for e in resources.actor_index()[phrase]}
        assert "armed_group" in kinds, phrase


def test_state_names_resolve_to_iso3():
    assert resources.actor_index()["russia"][0].id == "RUS"
    assert resources.actor_index()["afghan"][0].id == "AFG"
    assert resources.actor_index()["united states"][0].id == "USA"


def test_former_and_spelled_out_names_of_organisations():
    index = resources.actor_index()
    assert index["european community"][0].id == "THE_EUROPEAN_UNION"
    assert index["international labor office"][0].id == "INTERNATIONAL_LABOR_ORGANIZATION"
    for phrase in ("african union", "gcc", "osce", "warsaw pact", "unrwa"):
        (entry,) = index[phrase]
        assert (entry.kind, entry.sector) == ("organisation", "IGO"), phrase


def test_a_group_filed_under_a_region_takes_the_country_its_name_opens_with():
    assert resources.actor("PALESTINIAN_ISLAMIC_JIHAD").country == "PSE"
    assert resources.actor("KOSOVO_LIBERATION_ARMY").country == "KSV"
    assert resources.actor("INDIAN_OCEAN").country is None  # a place, not an Indian group


def test_kabulov_is_a_russian_government_person():
    kabulov = resources.actor("ZAMIR_KABULOV")
    assert kabulov is not None
    assert (kabulov.kind, kabulov.country, kabulov.sector) == ("person", "RUS", "GOV")
    assert "kabulov" in kabulov.phrases


def test_dated_roles_pick_the_office_held_on_a_day():
    karzai = resources.actor("HAMID_KARZAI")
    assert karzai is not None and karzai.kind == "person"
    role = karzai.role_on(dt.date(2005, 1, 1))
    assert role is not None and role.code == "AFGGOV"


def test_igo_codes_have_no_country():
    un = resources.actor("THE_UNITED_NATIONS")
    assert un is not None and un.kind == "organisation"
    assert un.code == "IGOUNO" and un.country is None


def test_seats_of_government_are_metonyms_for_states():
    seats = resources.seats_of_government()
    assert (seats["the kremlin"].country, seats["the kremlin"].sector) == ("RUS", "GOV")
    assert seats["white house"].country == "USA"
    assert seats["downing street"].country == "GBR"


def test_agents_map_role_nouns_to_sectors():
    agents = resources.agent_index()
    assert agents["ambassador"].sector == "GOV"
    assert agents["rebel"].sector == "REB"
    assert agents["cattleman"].sector == "AGR"  # expanded from CATTLE!PERSON!


def test_cameo_036_maps_to_plover_agree():
    assert resources.cameo_code("036").goldstein == 4.0
    mapping = resources.cameo_to_plover("036")
    assert mapping is not None and mapping.type == "AGREE"


def test_cameo_to_plover_falls_back_to_the_parent_and_drops_roots_01_02():
    assert resources.cameo_to_plover("190").type == "ASSAULT"
    assert resources.cameo_to_plover("010") is None


def test_plover_types_and_intensity():
    types = resources.plover_types()
    assert len(types) == 16
    assert "visit" in types["CONSULT"].modes
    assert resources.plover_intensity("CONSULT", "visit") == 4.0
    assert resources.plover_intensity("CONSULT") == 2.5
    assert resources.plover_intensity("CONSULT", "no-such-mode") == 2.5
    assert len(resources.plover_contexts()) == 37


def test_verb_patterns_keep_code_verb_and_prepositions():
    (withdraw,) = [v for v in resources.verbs()["withdraw"] if v.particle == ""][:1]
    assert withdraw.code.startswith("08")
    rush = [p for p in resources.verb_patterns()["accelerate"] if p.code == "042"]
    assert rush and rush[0].reverse_code == "043" and rush[0].preps == (("to", ()),)
    assert "money" in resources.verb_synonyms()["&CURRENCY"]


def test_cinc_uses_the_latest_year_not_after(shared_data):
    with (shared_data / "cow-nmc" / "NMC-60-abridged.csv").open() as fh:
        csv_value = next(
            float(r["cinc"]) for r in csv.DictReader(fh) if r["stateabb"] == "RUS"
            and r["year"] == "2012"
        )
    assert resources.cinc("RUS", 2012).cinc == pytest.approx(csv_value)
    later = resources.cinc("RUS", 2017)
    assert later is not None and later.year == 2016  # NMC 6.0 ends in 2016
    assert resources.cinc("RUS", 1700) is None


def test_gdp_and_world_share(shared_data):
    with (shared_data / "worldbank-gdp" / "gdp.csv").open() as fh:
        value = next(float(r["Value"]) for r in csv.DictReader(fh)
                     if r["Country Code"] == "AFG" and r["Year"] == "2016")
    assert resources.gdp("AFG", 2016).gdp_usd == pytest.approx(value)
    share, year = resources.gdp_share("USA", 2016)
    assert year == 2016 and 0.1 < share < 0.4  # US share of world GDP, about a quarter
    assert resources.world_gdp(2016).aggregate


def test_loader_does_not_import_spacy():
    assert "import spacy" not in resources.__loader__.get_source(resources.__name__)
    assert resources.countries()


def test_office_holders_of_recent_years_are_known_with_their_state():
    import datetime as dt

    from greatgame import resources

    (trump,) = resources.actor_index()["donald trump"]
    assert trump.role_on(dt.date(2019, 11, 25)).country == "USA"
    (akar,) = resources.actor_index()["hulusi akar"]
    assert akar.role_on(dt.date(2019, 11, 25)).country == "TUR"
    (guterres,) = resources.actor_index()["antonio guterres"]
    assert guterres.role_on(dt.date(2001, 1, 1)).country == "PRT"


def test_armed_groups_and_entities_of_recent_years_have_their_home():
    from greatgame import resources

    (houthis,) = resources.actor_index()["houthis"]
    assert houthis.kind == "armed_group" and houthis.roles[0].country == "YEM"
    (srpska,) = resources.actor_index()["republika srpska"]
    assert srpska.kind == "organisation" and srpska.roles[0].country == "BIH"
