"""Reading every published scenario file in ../shared/data/bargaining, and writing them back.

Counts and values are from each folder's PROVENANCE.md and the files themselves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from greatgame.scenario import detect, load, read_scholz, save
from greatgame.scenario._text import read_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_ec_emissions_table_reads_on_its_4_to_10_scale():
    s = load(FIXTURES / "ec_emissions.csv")
    issue = s.issues[0]
    assert (issue.low, issue.high) == (4.0, 10.0)  # min and max of the positions
    assert [a.id for a in s.actors][:3] == ["Netherlands", "Belgium", "Luxembourg"]
    uk = next(p for p in s.positions if p.actor == "UK")
    assert (uk.position, uk.salience) == (10.0, 0.9)  # salience 90 on 0-100 -> 0.9
    assert s.actor("France").capability == 0.16
    assert sum(a.capability for a in s.actors) == pytest.approx(1.01)  # PROVENANCE.md


def test_scholz_table_takes_a_scale_from_the_caller():
    s = read_scholz(FIXTURES / "ec_emissions.csv", scale=(0, 12))
    assert (s.issues[0].low, s.issues[0].high) == (0, 12)


@pytest.mark.parametrize(
    ("name", "actors", "first_salience", "scale"),
    [
        ("dmasad/ChinaData.csv", 24, 0.5, (10, 100)),  # bare CR, 0-100 salience
        ("dmasad/HondurasCrisisData.csv", 5, 1.0, (0, 1)),  # bare CR, 0-1 salience
        ("jmckib/Sultan.csv", 17, 0.8, (12.85, 14.25)),
        ("decisionmechanics/argentina.txt", 17, 0.99, (0, 100)),  # tab, BOM, x c s order
        ("decisionmechanics/iranian-election.txt", 8, 0.7, (1, 10)),
    ],
)
def test_scholz_replication_files(shared_data, name, actors, first_salience, scale):
    s = load(shared_data / "bargaining" / "eum" / name)
    assert len(s.actors) == actors
    assert s.positions[0].salience == pytest.approx(first_salience)
    assert (s.issues[0].low, s.issues[0].high) == scale


def test_decisionmechanics_column_order_is_position_capability_salience(shared_data):
    s = load(shared_data / "bargaining" / "eum" / "decisionmechanics" / "argentina.txt")
    macri = next(p for p in s.positions if p.actor == "Macri")
    assert macri.position == 100 and macri.salience == 0.99
    assert s.actor("Macri").capability == pytest.approx(0.159058374)


@pytest.mark.parametrize(
    ("name", "actors", "issues", "cells"),
    [
        ("sample_data.txt", 10, 6, 60),
        ("cop21.csv", 15, 13, 181),
        ("copenhagen.csv", 11, 7, 75),
    ],
)
def test_decide_files(shared_data, name, actors, issues, cells):  # counts: PROVENANCE.md
    s = load(shared_data / "bargaining" / "exchange" / name)
    assert (len(s.actors), len(s.issues), len(s.positions)) == (actors, issues, cells)


def test_decide_scale_comes_from_m_rows(shared_data):
    s = load(shared_data / "bargaining" / "exchange" / "sample_data.txt")
    hoogte = s.issue("tol-hoogte")
    assert (hoogte.low, hoogte.high) == (0.5, 7.0)
    willems = next(p for p in s.positions if p.actor == "Willems" and p.issue == "tol-hoogte")
    assert (willems.position, willems.salience) == (3.0, 0.7)
    assert s.actor("Wcentr").capability == 0.9


@pytest.mark.parametrize(
    ("name", "actors", "dims"),
    [
        ("SOE-Policy.csv", 26, 1),
        ("SOE-Competitive.csv", 34, 1),
        ("SOE-Pol-Comp.csv", 13, 2),
        ("dummyData_3Dim.csv", 7, 3),
        ("dummyData_3Dim.xml", 7, 3),
        ("dummyData_6Dim.csv", 27, 6),
        ("dummyData-a040.csv", 40, 1),
        ("dummyData-a160.csv", 160, 1),
        ("smpExample_as-of-2016-11-29.xml", 5, 3),
    ],
)
def test_ktab_files(shared_data, name, actors, dims):  # counts: ktab/PROVENANCE.md
    s = load(shared_data / "bargaining" / "ktab" / name)
    assert (len(s.actors), len(s.issues)) == (actors, dims)
    assert all((i.low, i.high) == (0, 100) for i in s.issues)


def test_ktab_soe_values(shared_data):
    s = load(shared_data / "bargaining" / "ktab" / "SOE-Pol-Comp.csv")
    assert [i.id for i in s.issues] == ["policy", "competitive"]
    assert s.actor("XJ").capability == 100.0 and s.actor("XJ").name == "Xi Jinping"
    xj = {p.issue: p for p in s.positions if p.actor == "XJ"}
    assert (xj["policy"].position, xj["policy"].salience) == (30, 0.24)
    assert (xj["competitive"].position, xj["competitive"].salience) == (20, 0.48)


def test_ktab_xml_and_csv_agree(shared_data):
    a = load(shared_data / "bargaining" / "ktab" / "dummyData_3Dim.csv")
    b = load(shared_data / "bargaining" / "ktab" / "dummyData_3Dim.xml")
    assert [(p.actor, p.issue, p.position, p.salience) for p in a.positions] == [
        (p.actor, p.issue, p.position, p.salience) for p in b.positions
    ]
    assert b.params["ktab.prngSeed"] == "03707583219545544125"


def test_ktab_xml_model_parameters_are_kept(shared_data):
    s = load(shared_data / "bargaining" / "ktab" / "smpExample_as-of-2016-11-29.xml")
    assert s.params["ktab.VotingRule"] == "PropCbc"
    assert s.actor("Alice").capability == 117.7


def test_ktab_xml_with_blank_coordinate_is_refused(shared_data):
    # HEAD's smpExample.xml blanks Alice's first <dCoord> (ktab/PROVENANCE.md)
    from greatgame.errors import InputError

    with pytest.raises(InputError, match=r"smpExample\.xml, <Actor> 1 \(Alice\): .*empty"):
        load(shared_data / "bargaining" / "ktab" / "smpExample.xml")


def test_write_ktab_csv_reads_back(tmp_path, shared_data):
    s = load(shared_data / "bargaining" / "ktab" / "SOE-Pol-Comp.csv")
    out = tmp_path / "soe.csv"
    save(s, out)
    back = load(out)
    assert [(p.actor, p.issue, p.position, p.salience) for p in back.positions] == [
        (p.actor, p.issue, p.position, p.salience) for p in s.positions
    ]
    assert [a.capability for a in back.actors] == [a.capability for a in s.actors]


def test_write_ktab_csv_rescales_positions_to_0_100(tmp_path):
    s = load(FIXTURES / "ec_emissions.csv")
    out = tmp_path / "ec.csv"
    save(s, out, fmt="ktab-csv")
    back = load(out)
    uk = next(p for p in back.positions if p.actor == "UK")
    be = next(p for p in back.positions if p.actor == "Belgium")
    assert (uk.position, be.position) == (100, 50)  # 10 and 7 years on 4..10
    assert detect(out, read_text(out)) == "ktab-csv"


def test_every_decide_file_writes_to_yaml_and_back(tmp_path, shared_data):
    for path in sorted((shared_data / "bargaining" / "exchange").glob("*.[ct][sx][vt]")):
        s = load(path)
        save(s, tmp_path / "x.yaml")
        assert load(tmp_path / "x.yaml") == s, path.name
