"""Build the actor gazetteer: countries, places, actors, agents, discards, seats of government.

Sources: CountryInfo.140728.txt and the Phoenix dictionaries (both MIT, Open Event Data
Alliance); the seats-of-government table is ours. Output: ``data/gazetteer/*.json.gz``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from _build_common import write_json, write_table
from _build_countryinfo import parse_countryinfo
from _build_phoenix import RawEntry, parse_actor_file, parse_agent_file, parse_discards

# CAMEO codes for states that differ from ISO 3166-1 alpha-3 (ours).
CAMEO_TO_ISO3 = {"TMP": "TLS", "ROM": "ROU", "ZAR": "COD", "ANG": "AGO"}  # ANG: UNITA's
# CAMEO region, religion and other non-state prefixes (CAMEO manual, actor codebook).
REGIONS = {
    "AFR", "ASA", "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM",
    "MEA", "MED", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SEA", "WAF", "WEU", "WST",
}
HISTORIC_STATES = {"SUN", "USR", "YUG", "DDR", "CSK", "SCG", "FRY", "KRJ", "SRP"}
# Religion and movement codes that follow IMG/NGO prefixes; MUS is not Mauritius there.
NOT_COUNTRIES = {"MUS", "SHI", "SUN", "CHR", "JEW", "BUD", "HIN", "CTH", "ORT", "PRO", "SIK",
                 "ALQ", "ISI", "TAL", "UAF", "SEC", "MOS"}
ORG_PREFIXES = {"IGO", "NGO", "MNC", "IMG", "INT", "UIS"}
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI"}
ARMED_SECTORS = {"REB", "INS", "SEP", "IMG", "UAF"}
INSTITUTION_WORDS = {
    "government", "ministry", "council", "party", "assembly", "court", "army", "forces",
    "union", "republic", "committee", "federation", "police", "state", "bureau", "office",
    "department", "agency", "service", "front", "movement", "parliament", "congress",
    "senate", "soviet", "kingdom", "commission", "national", "organization",
    "organisation", "association", "bank", "company", "group", "brigade", "brigades",
}
PLACE_WORDS = {"ocean", "sea", "gulf", "river", "mountains", "lake", "desert", "valley"}

# Seats of government and their metonyms (ours): phrase -> (ISO3, sector, display name).
SEATS: list[tuple[str, str, str, str]] = [
    ("kremlin", "RUS", "GOV", "the Kremlin"),
    ("the kremlin", "RUS", "GOV", "the Kremlin"),
    ("white house", "USA", "GOV", "the White House"),
    ("the white house", "USA", "GOV", "the White House"),
    ("pentagon", "USA", "MIL", "the Pentagon"),
    ("the pentagon", "USA", "MIL", "the Pentagon"),
    ("foggy bottom", "USA", "GOV", "Foggy Bottom (State Department)"),
    ("state department", "USA", "GOV", "the State Department"),
    ("the state department", "USA", "GOV", "the State Department"),
    ("capitol hill", "USA", "LEG", "Capitol Hill"),
    ("oval office", "USA", "GOV", "the Oval Office"),
    ("the oval office", "USA", "GOV", "the Oval Office"),
    ("downing street", "GBR", "GOV", "Downing Street"),
    ("number 10", "GBR", "GOV", "Downing Street"),
    ("whitehall", "GBR", "GOV", "Whitehall"),
    ("elysee", "FRA", "GOV", "the Élysée"),
    ("élysée", "FRA", "GOV", "the Élysée"),
    ("elysee palace", "FRA", "GOV", "the Élysée"),
    ("quai d'orsay", "FRA", "GOV", "Quai d'Orsay (foreign ministry)"),
    ("zhongnanhai", "CHN", "GOV", "Zhongnanhai"),
    ("south block", "IND", "GOV", "South Block"),
    ("raisina hill", "IND", "GOV", "Raisina Hill"),
    ("arg palace", "AFG", "GOV", "the Arg (presidential palace, Kabul)"),
    ("blue house", "KOR", "GOV", "the Blue House"),
    ("chancellery", "DEU", "GOV", "the Chancellery"),
    ("kantei", "JPN", "GOV", "the Kantei"),
    ("aiwan-e-sadr", "PAK", "GOV", "Aiwan-e-Sadr"),
    ("ghq rawalpindi", "PAK", "MIL", "GHQ Rawalpindi"),
    ("rawalpindi", "PAK", "MIL", "GHQ Rawalpindi (army command)"),
    ("smolensk square", "RUS", "GOV", "Smolensk Square (foreign ministry)"),
    ("lubyanka", "RUS", "SPY", "the Lubyanka"),
    ("langley", "USA", "SPY", "Langley (CIA)"),
    ("the knesset", "ISR", "LEG", "the Knesset"),
    ("bankova", "UKR", "GOV", "Bankova (presidential office)"),
]

# Armed groups the Phoenix files lack or code only generically (ours).
EXTRA_ACTORS: list[dict[str, Any]] = [
    {"id": "HAQQANI_NETWORK", "name": "Haqqani network", "kind": "armed_group",
     "phrases": ["haqqani network", "haqqanis", "haqqani group"],
     "roles": [["AFGREB", "AFG", "REB", None, None]], "source": "greatgame"},
    {"id": "TEHRIK_I_TALIBAN_PAKISTAN", "name": "Tehrik-i-Taliban Pakistan",
     "kind": "armed_group",
     "phrases": ["tehrik-i-taliban pakistan", "tehrik-e-taliban pakistan",
                 "pakistani taliban", "ttp"],
     "roles": [["PAKREB", "PAK", "REB", None, None]], "source": "greatgame"},
    {"id": "ISLAMIC_STATE_KHORASAN", "name": "Islamic State Khorasan Province",
     "kind": "armed_group",
     "phrases": ["islamic state khorasan", "islamic state khorasan province", "isis-k",
                 "is-k", "iskp", "islamic state in khorasan"],
     "roles": [["IMGMUSISI", None, "IMG", None, None]], "source": "greatgame"},
    {"id": "HOLY_SEE", "name": "Holy See", "kind": "organisation",
     "phrases": ["holy see", "the holy see", "vatican", "the vatican", "vatican city",
                 "pope", "the pope", "pope john paul ii", "pope john paul", "john paul ii",
                 "pope benedict xvi", "pope benedict", "pope francis", "pope paul vi"],
     "roles": [["VATGOV", "VAT", "GOV", None, None]], "source": "greatgame"},
    # state news agencies and papers, which speak for their state (ours)
    {"id": "KCNA", "name": "Korean Central News Agency", "kind": "organisation",
     "phrases": ["kcna", "korean central news agency"],
     "roles": [["PRKMED", "PRK", "MED", None, None]], "source": "greatgame"},
    {"id": "TASS", "name": "TASS", "kind": "organisation",
     "phrases": ["tass", "itar-tass", "itar tass"],
     "roles": [["RUSMED", "RUS", "MED", None, None]], "source": "greatgame"},
    {"id": "INTERFAX", "name": "Interfax", "kind": "organisation",
     "phrases": ["interfax"],
     "roles": [["RUSMED", "RUS", "MED", None, None]], "source": "greatgame"},
    {"id": "RIA_NOVOSTI", "name": "RIA Novosti", "kind": "organisation",
     "phrases": ["ria novosti", "novosti"],
     "roles": [["RUSMED", "RUS", "MED", None, None]], "source": "greatgame"},
    {"id": "IRNA", "name": "Islamic Republic News Agency", "kind": "organisation",
     "phrases": ["irna", "islamic republic news agency"],
     "roles": [["IRNMED", "IRN", "MED", None, None]], "source": "greatgame"},
    {"id": "SANA", "name": "Syrian Arab News Agency", "kind": "organisation",
     "phrases": ["syrian arab news agency", "sana news agency"],
     "roles": [["SYRMED", "SYR", "MED", None, None]], "source": "greatgame"},
    {"id": "MENA", "name": "Middle East News Agency", "kind": "organisation",
     "phrases": ["mena", "middle east news agency"],
     "roles": [["EGYMED", "EGY", "MED", None, None]], "source": "greatgame"},
    {"id": "WAFA", "name": "WAFA", "kind": "organisation",
     "phrases": ["wafa"],
     "roles": [["PSEMED", "PSE", "MED", None, None]], "source": "greatgame"},
    {"id": "TANJUG", "name": "Tanjug", "kind": "organisation",
     "phrases": ["tanjug"],
     "roles": [["SRBMED", "SRB", "MED", None, None]], "source": "greatgame"},
    {"id": "YONHAP", "name": "Yonhap", "kind": "organisation",
     "phrases": ["yonhap"],
     "roles": [["KORMED", "KOR", "MED", None, None]], "source": "greatgame"},
    {"id": "KYODO", "name": "Kyodo", "kind": "organisation",
     "phrases": ["kyodo"],
     "roles": [["JPNMED", "JPN", "MED", None, None]], "source": "greatgame"},
    {"id": "PETRA", "name": "Petra", "kind": "organisation",
     "phrases": ["petra news agency"],
     "roles": [["JORMED", "JOR", "MED", None, None]], "source": "greatgame"},
    {"id": "IRAQI_NEWS_AGENCY", "name": "Iraqi News Agency", "kind": "organisation",
     "phrases": ["iraqi news agency"],
     "roles": [["IRQMED", "IRQ", "MED", None, None]], "source": "greatgame"},
    {"id": "SAUDI_PRESS_AGENCY", "name": "Saudi Press Agency", "kind": "organisation",
     "phrases": ["saudi press agency"],
     "roles": [["SAUMED", "SAU", "MED", None, None]], "source": "greatgame"},
    {"id": "KUWAIT_NEWS_AGENCY", "name": "Kuwait News Agency", "kind": "organisation",
     "phrases": ["kuna", "kuwait news agency"],
     "roles": [["KWTMED", "KWT", "MED", None, None]], "source": "greatgame"},
    {"id": "ANTARA", "name": "Antara", "kind": "organisation",
     "phrases": ["antara"],
     "roles": [["IDNMED", "IDN", "MED", None, None]], "source": "greatgame"},
    {"id": "PRESS_TRUST_OF_INDIA", "name": "Press Trust of India", "kind": "organisation",
     "phrases": ["press trust of india", "pti"],
     "roles": [["INDMED", "IND", "MED", None, None]], "source": "greatgame"},
    {"id": "ASSOCIATED_PRESS_OF_PAKISTAN", "name": "Associated Press of Pakistan",
     "kind": "organisation",
     "phrases": ["associated press of pakistan"],
     "roles": [["PAKMED", "PAK", "MED", None, None]], "source": "greatgame"},
    {"id": "CETEKA", "name": "CTK", "kind": "organisation",
     "phrases": ["ceteka", "ctk"],
     "roles": [["CZEMED", "CZE", "MED", None, None]], "source": "greatgame"},
    {"id": "PRAVDA", "name": "Pravda", "kind": "organisation",
     "phrases": ["pravda"],
     "roles": [["RUSMED", "RUS", "MED", None, None]], "source": "greatgame"},
    {"id": "AL_AHRAM", "name": "Al-Ahram", "kind": "organisation",
     "phrases": ["al-ahram", "al ahram"],
     "roles": [["EGYMED", "EGY", "MED", None, None]], "source": "greatgame"},
    {"id": "PEOPLES_DAILY", "name": "People's Daily", "kind": "organisation",
     "phrases": ["people's daily"],
     "roles": [["CHNMED", "CHN", "MED", None, None]], "source": "greatgame"},
    {"id": "AFRICAN_UNION", "name": "African Union", "kind": "organisation",
     "phrases": ["african union", "the african union"],
     "roles": [["IGOAFRAU", None, "IGO", None, None]], "source": "greatgame"},
    {"id": "GULF_COOPERATION_COUNCIL", "name": "Gulf Cooperation Council",
     "kind": "organisation", "phrases": ["gulf cooperation council", "gcc"],
     "roles": [["IGOMEAGCC", None, "IGO", None, None]], "source": "greatgame"},
    {"id": "OSCE", "name": "Organization for Security and Co-operation in Europe",
     "kind": "organisation",
     "phrases": ["osce", "organization for security and cooperation in europe",
                 "organization for security and co-operation in europe",
                 "conference on security and cooperation in europe", "csce"],
     "roles": [["IGOEUROSC", None, "IGO", None, None]], "source": "greatgame"},
    {"id": "WARSAW_PACT", "name": "Warsaw Pact", "kind": "organisation",
     "phrases": ["warsaw pact", "the warsaw pact"],
     "roles": [["IGOEEUWAR", None, "IGO", None, "1991-07-01"]], "source": "greatgame"},
    {"id": "COMECON", "name": "Comecon", "kind": "organisation",
     "phrases": ["comecon", "council for mutual economic assistance"],
     "roles": [["IGOEEUCMN", None, "IGO", None, "1991-06-28"]], "source": "greatgame"},
    {"id": "UNRWA", "name": "UNRWA", "kind": "organisation",
     "phrases": ["unrwa", "united nations relief and works agency",
                 "u.n. relief and works agency", "un relief and works agency"],
     "roles": [["IGOUNOREF", None, "IGO", None, None]], "source": "greatgame"},
    {"id": "WORLD_TRADE_ORGANIZATION", "name": "World Trade Organization",
     "kind": "organisation",
     "phrases": ["world trade organization", "world trade organisation", "wto", "gatt",
                 "general agreement on tariffs and trade"],
     "roles": [["IGOWTO", None, "IGO", None, None]], "source": "greatgame"},
    {"id": "APEC", "name": "Asia-Pacific Economic Cooperation", "kind": "organisation",
     "phrases": ["apec", "asia-pacific economic cooperation"],
     "roles": [["IGOASAAPC", None, "IGO", None, None]], "source": "greatgame"},
    {"id": "ECOMOG", "name": "ECOMOG", "kind": "organisation",
     "phrases": ["ecomog", "ecowas monitoring group"],
     "roles": [["IGOWAFWAM", None, "IGO", None, None]], "source": "greatgame"},
    {"id": "UN_PEACEKEEPING_FORCES", "name": "U.N. peacekeeping forces", "kind": "organisation",
     "phrases": ["unprofor", "unifil", "minurso", "unamsil", "unamir", "untac", "unosom",
                 "untaet", "unmik"],
     "roles": [["IGOUNO", None, "IGO", None, None]], "source": "greatgame"},
    {"id": "NATO_PEACEKEEPING_FORCES", "name": "NATO-led peacekeeping forces",
     "kind": "organisation", "phrases": ["kfor", "sfor", "ifor"],
     "roles": [["IGOWSTNAT", None, "IGO", None, None]], "source": "greatgame"},
    {"id": "SINN_FEIN", "name": "Sinn Fein", "kind": "organisation",
     "phrases": ["sinn fein"], "roles": [["GBROPP", "GBR", "OPP", None, None]],
     "source": "greatgame"},
    {"id": "LIKUD", "name": "Likud", "kind": "organisation", "phrases": ["likud"],
     "roles": [["ISRPTY", "ISR", "PTY", None, None]], "source": "greatgame"},
    {"id": "INKATHA_FREEDOM_PARTY", "name": "Inkatha Freedom Party", "kind": "organisation",
     "phrases": ["inkatha", "inkatha freedom party"],
     "roles": [["ZAFOPP", "ZAF", "OPP", None, None]], "source": "greatgame"},
    {"id": "MUSLIM_BROTHERHOOD", "name": "Muslim Brotherhood", "kind": "organisation",
     "phrases": ["muslim brotherhood"], "roles": [["EGYOPP", "EGY", "OPP", None, None]],
     "source": "greatgame"},
    {"id": "LEBANESE_FORCES", "name": "Lebanese Forces", "kind": "armed_group",
     "phrases": ["lebanese forces militia"], "roles": [["LBNREB", "LBN", "REB", None, None]],
     "source": "greatgame"},
    {"id": "SOUTH_LEBANON_ARMY", "name": "South Lebanon Army", "kind": "armed_group",
     "phrases": ["south lebanon army", "sla"], "roles": [["LBNREB", "LBN", "REB", None, None]],
     "source": "greatgame"},
    {"id": "ZAMIR_KABULOV", "name": "Zamir Kabulov", "kind": "person",
     "phrases": ["zamir kabulov", "kabulov", "zamir nabievich kabulov"],
     "roles": [["RUSGOV", "RUS", "GOV", "2004-01-01", None]], "source": "greatgame"},
]

# Leaders of the conflicts of 1980-2005 whom the Phoenix files lack (ours): id, names, and
# roles as (code, start, end), the last without dates for the rest of the time.
EXTRA_PERSONS: list[tuple[str, list[str], list[tuple[str, str | None, str | None]]]] = [
    ("SLOBODAN_MILOSEVIC", ["slobodan milosevic", "milosevic"],
     [("SRBGOV", "1989-05-08", "2000-10-07"), ("SRBELI", None, None)]),
    ("JONAS_SAVIMBI", ["jonas savimbi", "savimbi"], [("AGOREB", None, None)]),
    ("ABDULLAH_OCALAN", ["abdullah ocalan", "ocalan"], [("TURREB", None, None)]),
    ("RADOVAN_KARADZIC", ["radovan karadzic", "karadzic"], [("BIHREB", None, None)]),
    ("RATKO_MLADIC", ["ratko mladic", "mladic"], [("BIHREB", None, None)]),
    ("ALIJA_IZETBEGOVIC", ["alija izetbegovic", "izetbegovic"],
     [("BIHGOV", "1990-12-20", "2000-10-14"), ("BIHELI", None, None)]),
    ("HAFEZ_AL_ASSAD", ["hafez al-assad", "hafez al assad", "hafez assad", "hafiz al-asad"],
     [("SYRGOV", "1971-03-12", "2000-06-10"), ("SYRELI", None, None)]),
    ("MOHAMED_FARAH_AIDID", ["mohamed farah aidid", "mohammed farah aideed", "aidid",
                            "aideed"], [("SOMREB", None, None)]),
    ("HASSAN_AL_TURABI", ["hassan al-turabi", "hassan turabi", "turabi"],
     [("SDNELI", None, None)]),
    ("JOHN_GARANG", ["john garang", "garang"],
     [("SDNGOV", "2005-07-09", "2005-07-30"), ("SDNREB", None, None)]),
    ("DZHOKHAR_DUDAYEV", ["dzhokhar dudayev", "dzhokhar dudaev", "dudayev", "dudaev"],
     [("RUSREB", None, None)]),
    ("ASLAN_MASKHADOV", ["aslan maskhadov", "maskhadov"], [("RUSREB", None, None)]),
    ("SHAMIL_BASAYEV", ["shamil basayev", "basayev"], [("RUSREB", None, None)]),
    ("AUNG_SAN_SUU_KYI", ["aung san suu kyi", "suu kyi"],
     [("MMRGOV", "2016-03-30", "2021-02-01"), ("MMROPP", None, None)]),
    ("GERRY_ADAMS", ["gerry adams"], [("GBROPP", None, None)]),
    ("IAN_PAISLEY", ["ian paisley", "paisley"], [("GBROPP", None, None)]),
    ("DAVID_TRIMBLE", ["david trimble", "trimble"],
     [("GBRGOV", "1998-07-01", "2002-10-14"), ("GBRELI", None, None)]),
    ("MANUEL_MARULANDA", ["manuel marulanda", "marulanda", "tirofijo"],
     [("COLREB", None, None)]),
    ("ABIMAEL_GUZMAN", ["abimael guzman"], [("PERREB", None, None)]),
    ("ABDUL_RASHID_DOSTUM", ["abdul rashid dostum", "rashid dostum", "dostum"],
     [("AFGREB", None, None)]),
    ("ABDEL_AZIZ_RANTISI", ["abdel aziz rantisi", "abdel-aziz rantisi",
                           "abdel-aziz al-rantissi", "rantisi", "rantissi"],
     [("PSEREB", None, None)]),
    ("WALID_JUMBLATT", ["walid jumblatt", "walid jumblat", "jumblatt"],
     [("LBNELI", None, None)]),
    ("NABIH_BERRI", ["nabih berri", "berri"],
     [("LBNLEG", "1992-10-20", None), ("LBNELI", None, None)]),
    ("ZAYED_BIN_SULTAN_AL_NAHYAN", ["zayed bin sultan al nahyan", "sheikh zayed"],
     [("AREGOV", "1971-12-02", "2004-11-02"), ("AREELI", None, None)]),
    ("LIAMINE_ZEROUAL", ["liamine zeroual", "zeroual"],
     [("DZAGOV", "1994-01-31", "1999-04-27"), ("DZAELI", None, None)]),
    ("ABASSI_MADANI", ["abassi madani", "abbassi madani"], [("DZAOPP", None, None)]),
    ("FELIX_HOUPHOUET_BOIGNY", ["felix houphouet-boigny", "houphouet-boigny"],
     [("CIVGOV", "1960-08-07", "1993-12-07"), ("CIVELI", None, None)]),
    ("AFONSO_DHLAKAMA", ["afonso dhlakama", "dhlakama"], [("MOZREB", None, None)]),
    ("ISAIAS_AFWERKI", ["isaias afwerki", "isaias afewerki", "afwerki", "afewerki"],
     [("ERIGOV", "1993-05-24", None), ("ERIREB", None, None)]),
    ("FODAY_SANKOH", ["foday sankoh", "sankoh"], [("SLEREB", None, None)]),
    ("SAMUEL_DOE", ["samuel doe", "samuel k. doe"],
     [("LBRGOV", "1980-04-12", "1990-09-09"), ("LBRELI", None, None)]),
    ("MOHAMMAD_OMAR", ["mullah omar", "mullah mohammad omar", "mullah mohammed omar"],
     [("AFGGOV", "1996-09-27", "2001-11-13"), ("AFGREB", None, None)]),
    ("SUBCOMANDANTE_MARCOS", ["subcomandante marcos"], [("MEXREB", None, None)]),
    ("VELUPILLAI_PRABHAKARAN", ["velupillai prabhakaran", "prabhakaran", "prabakaran"],
     [("LKAREB", None, None)]),
    ("MOBUTU_SESE_SEKO", ["mobutu sese seko", "mobutu"],
     [("CODGOV", "1965-11-24", "1997-05-16"), ("CODELI", None, None)]),
]
# More names of dictionary actors (ours): former names, spelled-out offices, spellings.
EXTRA_PHRASES: dict[str, list[str]] = {
    "THE_EUROPEAN_UNION": ["european community", "the european community",
                           "european economic community", "eec", "european communities"],
    "INTERNATIONAL_LABOR_ORGANIZATION": ["international labor office",
                                         "international labour office", "ilo"],
    "ALYAKSANDR_LUKASHENKA": ["alexander lukashenko", "aleksandr lukashenko", "lukashenko"],
    "FREDERICK_WILLEM_DE_KLERK": ["f.w. de klerk", "f. w. de klerk", "de klerk"],
    "RAFIQ_HARIRI": ["rafik hariri", "rafic hariri"],
    "SADDAM_HUSSEIN": ["saddam"],  # named by his given name alone in news
    "MUAMMAR_GADDAFI": ["gadhafi", "gaddafi", "kadhafi", "qadhafi", "moammar gadhafi",
                        "muammar gadhafi", "muammar qaddafi", "moammar kadhafi"],
    "MOHAMMAD_NAJIBULLAH": ["najibullah"], "QABOOS_BIN_SAID_AL_SAID": ["qaboos"],
    "AHMAD_TEJAN_KABBAH": ["ahmed tejan kabbah", "kabbah"],
    "AFRICAN_NATIONAL_CONGRESS_SOUTH_AFRICA": ["anc"],
    "MOZAMBIQUE_NATIONAL_RESISTANCE_MOVEMENT": ["renamo"],
    "FARABUNDO_MARTI_NATIONAL_LIBERATION_FRONT": ["fmln"],
    "EZLN": ["zapatistas", "zapatista rebels", "zapatista"],
    "NATIONAL_LIBERATION_ARMY_COLOMBIA": ["eln"],
    "ARMED_ISLAMIC_GROUP": ["gia"],
    "ISLAMIC_SALVATION_FRONT": ["fis"],
    "POLISARIO_FRONT": ["polisario"],
    "COMMONWEALTH_OF_NATIONS": ["commonwealth", "the commonwealth", "british commonwealth"],
    "ORGANIZATION_OF_NON_ALIGNED_COUNTRIES": ["non-aligned movement", "nonaligned movement",
                                              "non-aligned countries", "non-aligned nations"],
    "ARAB_LEAGUE": ["league of arab states"],
    "ORGANIZATION_OF_AFRICAN_UNITY": ["organisation of african unity"],
    "ORGANIZATION_OF_THE_ISLAMIC_CONFERENCE": ["organisation of the islamic conference",
                                               "islamic conference organization"],
}
# Home states of armed groups the Phoenix files code by region only (ours).
GROUP_HOMES: dict[str, str] = {
    "XINHUA": "CHN", "HAARETZ": "ISR",
    "AL_AQSA_MARTYRS_BRIGADES": "PSE", "AL_FATAH": "PSE", "BLACK_SEPTEMBER": "PSE",
    "POPULAR_FRONT_FOR_THE_LIBERATION_OF_PALESTINE": "PSE",
    "POPULAR_FRONT_FOR_THE_LIBERATION_OF_PALESTINE_GENERAL_COMMAND": "PSE",
    "POPULAR_RESISTANCE_COMMITTEES": "PSE", "TANZIM": "PSE", "KACH": "ISR",
    "HIZB_I_ISLAMI_GULBUDDIN": "AFG", "LASHKAR_E_TAIBA_LET": "PAK",
    "JAISH_E_MOHAMMAD_JEM": "PAK", "HARKAT_UL_ANSAR": "PAK", "HIZBUL_MUJAHIDEEN_HM": "IND",
    "COMMUNIST_PARTY_OF_NEPAL_MAOIST_CPN_M": "NPL", "REVOLUTIONARY_UNITED_FRONT": "SLE",
    "LORDS_RESISTANCE_ARMY": "UGA", "NATIONAL_PATRIOTIC_FRONT_OF_LIBERIA": "LBR",
    "SOUTH_WEST_AFRICA_PEOPLES_ORGANIZATION": "NAM",
    "NATIONAL_FRONT_FOR_THE_LIBERATION_OF_ANGOLA": "AGO",
    "OGADEN_NATIONAL_LIBERATION_FRONT": "ETH", "OROMO_LIBERATION_FRONT": "ETH",
    "JEMAAH_ISLAMIYA_JI": "IDN", "FREE_PAPUA_MOVEMENT": "IDN", "KAYIN_NATIONAL_UNION_KNU": "MMR",
    "DEMOCRATIC_KAREN_BUDDHIST_ARMY_DKBA": "MMR",
    "PATTANI_UNITED_LIBERATION_ORGANIZATION": "THA", "REAL_IRISH_REPUBLICAN_ARMY": "GBR",
    "OFFICIAL_IRA": "GBR", "CONTINUITY_IRISH_REPUBLICAN_ARMY_CIRA": "GBR",
    "ISLAMIC_MOVEMENT_OF_UZBEKISTAN": "UZB",
    "MOVEMENT_FOR_DEMOCRACY_AND_JUSTICE_IN_CHAD_MDJT": "TCD",
    "AL_QAEDA_ORGANIZATION_IN_THE_ISLAMIC_MAGHREB": "DZA",
    "ARMY_FOR_THE_LIBERATION_OF_RWANDA": "RWA", "BAADER_MEINHOF_GROUP": "DEU",
    "ISLAMIC_SALVATION_FRONT": "DZA", "POLISARIO_FRONT": "ESH", "ABU_SAYYAF": "PHL",
    "EXTREMIST_ABU_SAYYAF": "PHL", "MORO_ISLAMIC_LIBERATION_FRONT": "PHL",
    "PHILIPPINE_SECESSIONIST_GROUP_MORO_ISLAMIC_LIBERATION_FRONT": "PHL",
    "FREE_ACEH_MOVEMENT_GAM": "IDN", "SOUTH_MALUKU_REPUBLIC": "IDN",
    "MUJAHEDIN_E_KHALQ_MEK": "IRN", "EGYPTIAN_ISLAMIC_JIHAD_EIJ": "EGY",
    "JAMMU_KASHMIR_LIBERATION_FRONT": "IND", "JKLF": "IND",
    "ABU_NIDAL_ORGANIZATION": "PSE", "PALESTINE_LIBERATION_FRONT": "PSE",
    "JAPANESE_RED_ARMY_JRA": "JPN", "AUM_SHINRIKYO_ALEPH": "JPN",
    "HARKAT_UL_MUJAHIDEEN": "PAK", "HARAKAT_UL_MUJAHIDIN_HUM": "PAK",
    "YEMEN_ISLAMIC_JIHAD": "YEM", "MOROCCAN_ISLAMIC_COMBATANT_GROUP": "MAR",
    **{key: "PAK" for key in ("LASHKAR_E_TAYYABA", "LASHKAR_E_TAYYIBA", "LASHKAR_E_TOIBA",
                              "LASHKAR_I_TAIBA", "LASHKAR_I_TAYYABA", "LASKAR_E_TAIBA",
                              "LASKAR_E_TAYYABA", "LASKAR_E_TAYYIBA", "LASKAR_E_TOIBA",
                              "LASKAR_I_TAIBA", "LASKAR_I_TAYYABA", "LASKAR_I_TOIBA")},
    **{key: "IDN" for key in ("JEMAAH_ISLAMI", "JEMAAH_ISLAMIAH", "JEMAAH_ISLAMIYA",
                              "JEMAAH_ISLAMIYAH", "JAMAAH_ISLAMI", "JAMAAH_ISLAMIYA")},
}


def agent_sector(code: str) -> str:
    """The sector of an agent code: its first, or the armed one it combines, which says
    what the agent does ("RELUAF" for "Islamic militant", "RELREB" for "Muslim
    extremist")."""
    parts = [code[i:i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    return next((p for p in parts if p in ARMED_SECTORS), code[:3])


def split_code(code: str, states: set[str]) -> tuple[str | None, str | None]:
    """A CAMEO actor code as (country ISO3 or None, sector): ``AFGGOV`` -> (AFG, GOV),
    ``IGOUNO`` -> (None, IGO), ``NGOGBRCHR`` -> (GBR, NGO), ``AFRREB`` -> (None, REB)."""
    head, rest = code[:3], code[3:]
    chunks = [rest[i : i + 3] for i in range(0, len(rest), 3)]
    if head in ORG_PREFIXES:
        country = next((CAMEO_TO_ISO3.get(c, c) for c in chunks
                       if c in states and c not in NOT_COUNTRIES), None)
        return country, head
    head = CAMEO_TO_ISO3.get(head, head)
    sector = chunks[0] if chunks else None
    if head in states or head in HISTORIC_STATES:
        return head, sector
    if head in REGIONS:
        return None, sector
    return None, sector or head


def slug(text: str) -> str:
    """Stable upper-case id from a phrase: ``al-qa'ida`` -> ``AL_QAIDA``."""
    text = text.replace("'", "")
    return re.sub(r"[^A-Z0-9]+", "_", text.upper()).strip("_") or "ACTOR"


def _kind(entry: RawEntry, roles: list[list[Any]], persons: set[str]) -> str:
    sectors = {r[2] for r in roles}
    codes = {r[0] for r in roles}
    dated = any(r[3] or r[4] for r in roles)
    words = set(entry.root.split())
    if (
        "countryinfo" in entry.comment.lower().replace(".", "")
        or entry.root in persons
        or "ELI" in codes
        or (dated and 2 <= len(words) <= 5 and not words & INSTITUTION_WORDS
            and not any(r[2] is None for r in roles))
    ):
        return "person"
    if entry.source == "phoenix_milnonstate" or sectors & ARMED_SECTORS:
        return "armed_group"
    if sectors & {"IGO", "NGO", "MNC", "INT"}:
        return "organisation"
    if any(r[1] for r in roles) and sectors <= STATE_SECTORS | {None}:
        return "state"
    return "organisation" if sectors - {None} else "other"


def build_actors(
    entries: list[RawEntry], countries: list[dict[str, Any]], persons: set[str]
) -> list[dict[str, Any]]:
    """Merge country names and dictionary entries into actors keyed by a stable id."""
    states = {c["iso3"] for c in countries}
    places = {
        (p, c["iso3"]) for c in countries for key in ("capitals", "cities", "regions")
        for p in c[key]
    }
    actors: dict[str, dict[str, Any]] = {}
    for c in countries:
        actors[c["iso3"]] = {
            "id": c["iso3"], "name": c["name"], "kind": "state",
            "phrases": list(dict.fromkeys(c["names"] + c["demonyms"])),
            "roles": [[c["iso3"], c["iso3"], None, None, None]], "source": c["source"],
        }
    for entry in entries:
        roles = []
        for code, start, end in entry.roles:
            country, sector = split_code(code, states)
            roles.append([code, country, sector, start, end])
        bare = [r for r in roles if r[0] in states or CAMEO_TO_ISO3.get(r[0]) in states]
        if bare and len(roles) == len(bare) and len({r[1] for r in bare}) == 1:
            iso3 = bare[0][1]
            target = actors[iso3]
            for phrase in entry.phrases:
                if (phrase, iso3) not in places and phrase not in target["phrases"]:
                    target["phrases"].append(phrase)
            continue
        kind = _kind(entry, roles, persons)
        key = slug(entry.root)
        if key in actors and actors[key]["kind"] != kind:
            key = f"{key}__{kind.upper()}"
        if key in actors:
            known = actors[key]
            known["phrases"] += [p for p in entry.phrases if p not in known["phrases"]]
            known["roles"] += [r for r in roles if r not in known["roles"]]
            continue
        actors[key] = {
            "id": key, "name": display(entry.root), "kind": kind,
            "phrases": list(entry.phrases), "roles": roles, "source": entry.source,
        }
    for extra in EXTRA_ACTORS:
        actors.setdefault(extra["id"], extra)
    for key, phrases, person_roles in EXTRA_PERSONS:
        actors.setdefault(key, {
            "id": key, "name": display(phrases[0]), "kind": "person", "phrases": phrases,
            "roles": [[code, *split_code(code, states), start, end]
                      for code, start, end in person_roles], "source": "greatgame"})
    add_leaders(actors, states)
    add_groups(actors, states)
    for key, iso3 in GROUP_HOMES.items():
        for role in actors[key]["roles"]:
            role[1] = role[1] or iso3
    place_by_name(actors.values(), countries)
    for actor_id, phrases in EXTRA_PHRASES.items():
        known = actors[actor_id]["phrases"]
        known += [p for p in phrases if p not in known]
    for actor in actors.values():  # "Organisation of American States" as news spells it
        actor["phrases"] += [v for p in actor["phrases"] for v in _spellings(p)
                             if v not in actor["phrases"]]
    return [actors[k] for k in sorted(actors)]


LEADERS = Path(__file__).resolve().parent / "data" / "leaders.yaml"


def add_leaders(actors: dict[str, dict[str, Any]], states: set[str]) -> None:
    """Office holders of 2014-2025 (``scripts/data/leaders.yaml``, ours): new persons, or
    names and dated roles put before the roles of a person the dictionaries have."""
    for row in yaml.safe_load(LEADERS.read_text(encoding="utf-8")):
        roles = [[code, *split_code(code, states), _day(start), _day(end)]
                 for code, start, end in row["roles"]]
        known = actors.get(row["id"])
        if known is None:
            actors[row["id"]] = {"id": row["id"], "name": display(row["names"][0]),
                                 "kind": "person", "phrases": list(row["names"]),
                                 "roles": roles, "source": "greatgame"}
            continue
        known["phrases"] += [n for n in row["names"] if n not in known["phrases"]]
        dated = [r for r in roles if r[3] or r[4]]
        known["roles"] = dated + [r for r in known["roles"] if r not in dated]


GROUPS = Path(__file__).resolve().parent / "data" / "groups.yaml"


def add_groups(actors: dict[str, dict[str, Any]], states: set[str]) -> None:
    """Armed groups, movements and regional entities of 2014-2025
    (``scripts/data/groups.yaml``, ours): new entries, or entries that replace the
    dictionaries' kind, name and roles of the same id (keeping their names)."""
    for row in yaml.safe_load(GROUPS.read_text(encoding="utf-8")):
        roles = [[code, *split_code(code, states), _day(start), _day(end)]
                 for code, start, end in row["roles"]]
        known = actors.get(row["id"], {"phrases": []})
        phrases = list(dict.fromkeys([*row["names"], *known["phrases"]]))
        actors[row["id"]] = {"id": row["id"], "name": row["name"], "kind": row["kind"],
                             "phrases": phrases, "roles": roles, "source": "greatgame"}


def _day(value: Any) -> str | None:
    return None if value is None else str(value)


# American and British spellings of words in organisations' names.
SPELLINGS = (("organization", "organisation"), ("labor", "labour"), ("defense", "defence"),
             ("center", "centre"))


def _spellings(phrase: str) -> list[str]:
    """The phrase with each word of ``SPELLINGS`` spelled the other way."""
    out = []
    for one, other in SPELLINGS:
        for a, b in ((one, other), (other, one)):
            if re.search(rf"\b{a}\b", phrase):
                out.append(re.sub(rf"\b{a}\b", b, phrase))
    return out


def place_by_name(actors: Any, countries: list[dict[str, Any]]) -> None:
    """A group the dictionary files under a region only ("Palestinian Islamic Jihad",
    MEAREB) belongs to the country its name opens with."""
    opener = {name: c["iso3"] for c in countries for name in (*c["names"], *c["demonyms"])
              if len(name) > 3 and "." not in name}  # not "us", "u. s."
    for actor in actors:
        if actor["kind"] not in ("armed_group", "organisation") or any(
                r[1] or r[2] in ORG_PREFIXES for r in actor["roles"]) or \
                actor["name"].lower().split()[-1] in PLACE_WORDS:
            continue
        words = actor["name"].lower().split()
        iso3 = opener.get(" ".join(words[:2])) or opener.get(words[0]) if len(words) > 1 else None
        if iso3:
            for role in actor["roles"]:
                role[1] = iso3


def display(phrase: str) -> str:
    """``al-qa'ida`` -> ``Al-Qa'ida``; short all-letter words (acronyms) stay upper-case."""
    out = []
    for word in phrase.split():
        if word in {"of", "and", "the", "for", "in", "on"} and out:
            out.append(word)
        elif (len(word) <= 4 and "." in word) or (len(phrase.split()) == 1 and len(word) <= 4):
            out.append(word.upper())
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
    return " ".join(out)


def build_gazetteer(shared: Path, out: Path) -> dict[str, int]:
    """Write every gazetteer table under ``out``; return row counts by file name."""
    countries, persons = parse_countryinfo(shared / "countryinfo" / "CountryInfo.140728.txt")
    phoenix = shared / "phoenix"
    entries: list[RawEntry] = []
    dropped = 0
    for name, source in (
        ("Phoenix.Countries.actors.txt", "phoenix_countries"),
        ("Phoenix.International.actors.txt", "phoenix_international"),
        ("Phoenix.MilNonState.actors.txt", "phoenix_milnonstate"),
    ):
        found, lost = parse_actor_file(phoenix / name, source)
        entries += found
        dropped += lost
    actors = build_actors(entries, countries, persons)
    counts: dict[str, int] = {}
    country_cols = ["iso3", "iso2", "name", "cameo", "cow_code", "cow_alpha", "names",
                    "demonyms", "capitals", "cities", "regions", "source"]
    counts["countries"] = write_table(
        out / "countries.json.gz", country_cols, ([c[k] for k in country_cols] for c in countries)
    )
    actor_cols = ["id", "name", "kind", "phrases", "roles", "source"]
    counts["actors"] = write_table(
        out / "actors.json.gz", actor_cols, ([a[k] for k in actor_cols] for a in actors),
        role_columns=["code", "country", "sector", "start", "end"], entries_without_code=dropped,
    )
    agents: dict[str, list[Any]] = {}
    for file_name, source in (("PLOVER_agents.txt", "plover_agents"),
                              ("Phoenix.agents.txt", "phoenix_agents")):
        for phrase, plurals, code in parse_agent_file(phoenix / file_name):
            agents.setdefault(phrase, [phrase, plurals, code, agent_sector(code), source])
    counts["agents"] = write_table(
        out / "agents.json.gz", ["phrase", "plurals", "code", "sector", "source"],
        (agents[k] for k in sorted(agents)),
    )
    discards = parse_discards(phoenix / "Phoenix.discards.txt")
    counts["discards"] = write_table(
        out / "discards.json.gz", ["phrase", "whole_story"], sorted(discards)
    )
    counts["seats"] = len(SEATS)
    write_json(out / "seats.json", {"columns": ["phrase", "country", "sector", "name"],
                                    "rows": [list(s) for s in SEATS]})
    return counts
