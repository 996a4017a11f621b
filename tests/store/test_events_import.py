"""Event data import: the real GDELT sample, small files in each other format written from
their codebooks, bad rows reported with file and line, and the dyad-month aggregates."""

from __future__ import annotations

import datetime as dt

import pytest

from greatgame import resources
from greatgame.errors import InputError
from greatgame.extract import actors as extract_actors
from greatgame.store import Store
from greatgame.store import event_codes as codes
from greatgame.store.events_import import dyad_months, import_events, relation_events

# ICEWS coded event data (Dataverse "events.YYYY.tab"): tab-separated, header.
ICEWS_HEADER = ("Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\t"
                "Event Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\t"
                "Target Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\t"
                "Province\tCountry\tLatitude\tLongitude")
ICEWS_ROWS = (
    "926685\t2019-01-01\tVladimir Putin\tElite,Executive,Executive Office,Government\t"
    "Russian Federation\tMake statement\t010\t0.0\tUnited States\t\tUnited States\t1\t1\t"
    "Interfax\tMoscow\t\tMoskva\tRussian Federation\t55.75\t37.61",
    "926686\t2019-01-02\tRussian Army\tMilitary,Army\tRussian Federation\tUse conventional "
    "military force\t190\t-10.0\tCitizen (Ukraine)\tGeneral Population / Public\tUkraine\t2\t1"
    "\tUNIAN\tKyiv\t\tKyiv\tUkraine\t50.45\t30.52",
    "926687\t2019-02-11\tChina\t\tChina\tHost a visit\t043\t2.8\tRussia\t\tRussian Federation"
    "\t3\t2\tXinhua\tBeijing\t\tBeijing\tChina\t39.9\t116.4",
    "926688\t2019-02-30\tChina\t\tChina\tHost a visit\t043\t2.8\tRussia\t\tRussian Federation"
    "\t3\t3\tXinhua\tBeijing\t\tBeijing\tChina\t39.9\t116.4",
)
# POLECAT (Dataverse weekly files): tab-separated, header, PLOVER types in lower case.
POLECAT_HEADER = ("Event ID\tEvent Date\tEvent Type\tEvent Mode\tEvent Intensity\tQuad Code\t"
                  "Contexts\tActor Name\tActor Country\tActor COW\tPrimary Actor Sector\t"
                  "Recipient Name\tRecipient Country\tRecipient COW\tPrimary Recipient Sector"
                  "\tStory ID")
POLECAT_ROWS = (
    "20230102-1\t2023-01-02\taccuse\tdisapprove\t-3\t3\t\tUnited States\tUSA\t2\tGovernment\t"
    "Iran\tIRN\t630\tGovernment\ts1",
    "20230103-2\t2023-01-03\tconsult\tvisit\t4\t1\t\tIndia\tIND\t750\tGovernment\tChina\tCHN\t"
    "710\tGovernment\ts2",
    "20230104-3\t2023-01-04\tsing\t\t0\t0\t\tIndia\tIND\t750\tGovernment\t\t\t\t\ts3",
)
# ACLED export (ACLED codebook 2023): comma-separated, header, dates Year-Month-Day.
ACLED_HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
                "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,"
                "interaction,civilian_targeting,iso,region,country,admin1,location,latitude,"
                "longitude,source,notes,fatalities")
ACLED_ROWS = (
    'SUD1,2023-04-15,2023,1,Political violence,Battles,Armed clash,'
    '"Military Forces of Sudan (2019-)",,1,"Rapid Support Forces",,2,12,,729,'
    'Northern Africa,Sudan,Khartoum,Khartoum,15.5,32.5,Reuters,"Clashes, heavy",10',
    'IND2,2023-05-01,2023,1,Demonstrations,Protests,Peaceful protest,Protesters (India),,6,,,'
    '0,60,,356,Southern Asia,India,Delhi,New Delhi,28.6,77.2,PTI,March,0',
    'IND3,2023-05-02,2023,1,Demonstrations,Protests,Peaceful protest,Protesters (India),,6,,,'
    '0,60,,356,Southern Asia,India,Delhi,New Delhi,28.6,77.2,PTI',
)


def write(tmp_path, name, header, rows):
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def gdelt_sample(shared_data):
    path = shared_data / "gdelt" / "20150218230000.export.CSV"
    if not path.is_file():
        pytest.skip(f"GDELT sample not found at {path}")
    return path


@pytest.mark.shared
def test_gdelt_sample_is_imported_whole_and_mapped(tmp_path, gdelt_sample):
    with Store(tmp_path / "g.duckdb") as store:
        result = import_events(store, "gdelt", [gdelt_sample])
        frame = store.frame("imported_events")
    # 2,271 events (the sample's PROVENANCE.md), none rejected.
    assert (result.rows, result.stored, result.bad_rows) == (2271, 2271, 0)
    assert len(frame) == 2271 and set(frame["source"]) == {"gdelt"}
    # Measured on this file: 62 % of actor codes (bare sectors such as GOV name no
    # country), 83 % of events (CAMEO roots 01 and 02 have no PLOVER type).
    assert result.actors_mapped == pytest.approx(0.62, abs=0.02)
    assert result.events_mapped == pytest.approx(0.83, abs=0.02)
    assert result.unmapped["GOV"] > 100 and "010" in result.unmapped
    first = frame.set_index("row_id").loc["410412348"]  # no Actor1; Actor2 IND; CAMEO 042
    assert (first["actor2"], first["plover_type"], first["goldstein"]) == ("IND", "CONSULT", 1.9)
    assert first["actor1"] is None or first["actor1"] != first["actor1"]  # None or NaN
    assert str(first["date"])[:10] == "2014-02-18"


@pytest.mark.shared
def test_bad_gdelt_rows_are_reported_by_line_and_good_ones_kept(tmp_path, gdelt_sample):
    lines = gdelt_sample.read_text(encoding="utf-8").splitlines()[:5]
    cells = lines[1].split("\t")
    cells[1] = "2014XX18"  # SQLDATE
    lines[1] = "\t".join(cells)
    lines[3] = "\t".join(lines[3].split("\t")[:20])  # a truncated row
    path = tmp_path / "broken.export.CSV"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Store(tmp_path / "g.duckdb") as store:
        result = import_events(store, "gdelt", [path])
    assert (result.rows, result.stored, result.bad_rows) == (5, 3, 2)
    assert [p.where for p in result.problems] == ["line 2", "line 4"]
    assert "SQLDATE" in str(result.problems[0]) and str(path) in str(result.problems[0])


def test_importing_twice_replaces_rather_than_duplicates(tmp_path):
    path = write(tmp_path, "acled.csv", ACLED_HEADER, ACLED_ROWS)
    with Store(tmp_path / "g.duckdb") as store:
        import_events(store, "acled", [path])
        again = import_events(store, "acled", [path])
        assert store.count("imported_events") == again.stored == 2  # a third row is short


def test_icews_actors_by_country_and_sector_and_a_bad_date_by_line(tmp_path):
    path = write(tmp_path, "events.2019.tab", ICEWS_HEADER, ICEWS_ROWS)
    with Store(tmp_path / "g.duckdb") as store:
        result = import_events(store, "icews", [path])
        rows = store.connection.execute(
            "SELECT row_id, actor1, actor2, plover_type, goldstein FROM imported_events "
            "ORDER BY row_id").fetchall()
    assert (result.rows, result.stored, result.bad_rows) == (4, 3, 1)
    assert result.problems[0].where == "line 5"  # 30 February, after the header line
    assert rows == [
        ("926685:2019-01-01", "RUS", "USA", None, 0.0),  # CAMEO 010: no PLOVER type
        ("926686:2019-01-02", "RUSMIL", "UKRCVL", "ASSAULT", -10.0),
        ("926687:2019-02-11", "CHN", "RUS", "CONSULT", 2.8),
    ]


def test_polecat_types_and_intensities_come_from_plover(tmp_path):
    path = write(tmp_path, "ngec_2023.txt", POLECAT_HEADER, POLECAT_ROWS)
    with Store(tmp_path / "g.duckdb") as store:
        result = import_events(store, "polecat", [path])
        rows = store.connection.execute(
            "SELECT actor1, actor2, plover_type, plover_mode, quad_class, intensity "
            "FROM imported_events ORDER BY row_id").fetchall()
    accuse = resources.plover_intensity("ACCUSE", "disapprove")
    assert rows[:2] == [
        ("USA", "IRN", "ACCUSE", "disapprove", 3, accuse),
        ("IND", "CHN", "CONSULT", "visit", 1, 4.0),
    ]
    assert rows[2][2] is None and result.unmapped == {"sing|": 1}
    assert result.events_mapped == pytest.approx(2 / 3)


def test_acled_actors_take_their_country_and_inter_code(tmp_path):
    path = write(tmp_path, "acled.csv", ACLED_HEADER, ACLED_ROWS)
    with Store(tmp_path / "g.duckdb") as store:
        result = import_events(store, "acled", [path])
        rows = store.connection.execute(
            "SELECT actor1, actor2, plover_type, plover_mode FROM imported_events "
            "ORDER BY row_id").fetchall()
    assert result.bad_rows == 1 and result.problems[0].where == "line 4"  # a column short
    assert rows == [("INDCVL", None, "PROTEST", "demo"),
                    ("SDNMIL", "SDNREB", "ASSAULT", "firearms")]


def test_dyad_months_count_and_average_per_directed_pair(tmp_path):
    rows = [f"{i}\t2019-01-{d:02d}\tChina\t\tChina\tx\t{code}\t{g}\tRussia\t\tRussia"
            "\t1\t1\tX\t\t\t\tChina\t0\t0"
            for i, (d, code, g) in enumerate([(1, "043", 2.0), (2, "190", -10.0),
                                              (3, "043", 4.0)])]
    rows.append("9\t2019-02-01\tRussia\t\tRussia\tx\t043\t1.0\tChina\t\tChina\t1\t1\tX\t\t\t\t"
                "China\t0\t0")
    path = write(tmp_path, "e.tab", ICEWS_HEADER, rows)
    with Store(tmp_path / "g.duckdb") as store:
        import_events(store, "icews", [path])
        frame = dyad_months(store, source="icews")
    january = frame[(frame.actor1 == "CHN") & (frame.actor2 == "RUS")].iloc[0]
    assert (january.events, january.verbal_coop, january.material_conflict) == (3, 2, 1)
    assert january.mean_goldstein == pytest.approx((2.0 - 10.0 + 4.0) / 3)
    assert len(frame) == 2 and str(frame.month.iloc[1])[:10] == "2019-02-01"


def test_a_file_without_the_format_s_columns_is_refused(tmp_path):
    path = write(tmp_path, "acled.csv", ACLED_HEADER, ACLED_ROWS)
    with Store(tmp_path / "g.duckdb") as store, pytest.raises(InputError, match="Event ID"):
        import_events(store, "icews", [path])
    with Store(tmp_path / "g.duckdb") as store, pytest.raises(InputError, match="unknown"):
        import_events(store, "phoenix", [path])


def test_government_sectors_match_the_extractor_s():
    assert codes.GOVERNMENT_SECTORS == extract_actors.GOVERNMENT_SECTORS


def test_imported_events_feed_the_relation_graph_marked_by_source(tmp_path):
    from greatgame.system.relations import ImportedEvent, relation_graph

    path = write(tmp_path, "events.2019.tab", ICEWS_HEADER, ICEWS_ROWS)
    with Store(tmp_path / "g.duckdb") as store:
        import_events(store, "icews", [path])
        rows = relation_events(store, source="icews")
    graph = relation_graph([], imported=[ImportedEvent(*row) for row in rows])
    # 190 (ASSAULT) from RUSMIL to UKRCVL, 043 (CONSULT visit, +4) from CHN to RUS.
    assert set(graph.edges) == {("RUSMIL", "UKRCVL"), ("CHN", "RUS")}
    assert graph.edges["CHN", "RUS"]["weight"] > 0 > graph.edges["RUSMIL", "UKRCVL"]["weight"]
    evidence = graph.edges["CHN", "RUS"]["evidence"][0]
    assert (evidence.kind, evidence.source, evidence.text) == (
        "dataset", "icews",
        "icews: 1 event, 2019-02-11 to 2019-02-11 (first: icews event 926687:2019-02-11)")
    assert relation_graph([]).number_of_edges() == 0  # nothing imported, nothing added


def test_a_dyads_imported_events_are_one_tie_that_never_outweighs_its_cap():
    from greatgame.system.relations import ImportedEvent, imported_ties

    day = dt.date(2020, 1, 1)
    many = [ImportedEvent("gdelt", str(k), day, "USA", "CHN", -10.0) for k in range(1000)]
    one = [ImportedEvent("gdelt", "x", day, "RUS", "UKR", -10.0)]
    ties = {(t.a, t.b): t for t in imported_ties(many + one, as_of=day)}
    assert set(ties) == {("CHN", "USA"), ("RUS", "UKR")}  # one tie per dyad and source
    assert -1.0 < ties["CHN", "USA"].score < -0.99  # a thousand events: near the cap
    assert ties["RUS", "UKR"].score == pytest.approx(-1 / 6)  # one event counts little
    assert ties["CHN", "USA"].evidence.text.startswith("gdelt: 1000 events")


def test_analyze_reads_the_event_data_imported_into_its_store(tmp_path):
    from greatgame.api import analyze

    db = tmp_path / "g.duckdb"
    path = write(tmp_path, "events.2019.tab", ICEWS_HEADER, ICEWS_ROWS)
    with Store(db) as store:
        import_events(store, "icews", [path])
    article = tmp_path / "story.txt"
    article.write_text("Chinese President Xi Jinping met Russian President Vladimir Putin in "
                       "Moscow on Monday. China and Russia agreed to expand trade and to "
                       "hold joint military exercises next year.\n")
    run = analyze([article], out=tmp_path / "out", date=dt.date(2019, 3, 1), draws=20, db=db)
    evidence = run.system.graph.edges["CHN", "RUS"]["evidence"]
    assert any(e.kind == "dataset" and e.source == "icews" for e in evidence)
    # the ICEWS dyad of Russia's military and Ukraine's civilians names no actor of the story
    assert not run.system.graph.has_edge("RUSMIL", "UKRCVL")
