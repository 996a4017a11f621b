"""greatgame YAML: the hand-written example reads, and write -> read gives an equal scenario."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from greatgame.records import Actor, Evidence, Issue, Position, Relation, Scenario
from greatgame.scenario import load, read_yaml, save, write_yaml

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_hand_written_example_reads():
    s = load(FIXTURES / "afghanistan.yaml")
    assert s.name == "Afghanistan 2017" and s.date == dt.date(2017, 3, 15)
    assert [i.id for i in s.issues] == ["presence", "taliban"]
    assert s.issue("taliban").low == 0 and s.issue("taliban").high == 100  # default scale
    assert s.issue("presence").low_label == "complete withdrawal"
    usa = s.actor("USA")
    assert usa.capability_range == (0.12, 0.16) and usa.capability_year == 2016
    assert s.actor("RUS").capability_source == "default"
    assert s.actor("RUS").aliases == ("Moscow", "the Kremlin")
    p = next(p for p in s.positions if p.actor == "USA" and p.issue == "presence")
    assert p.position_range == (50, 85) and p.salience_range == (0.4, 0.8)
    assert p.set_by == "evidence" and p.evidence[0].article_id == "a140b6fa"
    short = next(p for p in s.positions if p.actor == "RUS" and p.issue == "presence")
    assert (short.position, short.salience, short.set_by) == (20, 0.7, "analyst")
    assert [(r.a, r.b, r.weight) for r in s.relations][:2] == [("USA", "RUS", -0.5),
                                                                ("USA", "AFG", 0.7)]
    assert s.params == {"eum.rounds": 8}


def test_example_round_trips(tmp_path):
    s = load(FIXTURES / "afghanistan.yaml")
    write_yaml(s, tmp_path / "out.yaml")
    assert read_yaml(tmp_path / "out.yaml") == s


def test_every_field_round_trips(tmp_path):
    ev = Evidence(kind="dataset", source="COW NMC 6.0", year=2016, text="row 12")
    s = Scenario(
        name="full",
        description="every field set",
        date=dt.date(2020, 2, 29),
        actors=(
            Actor(id="A", name="Alpha", kind="organisation", country="XYZ", sector="GOV",
                  capability=1.5, capability_low=1.0, capability_high=2.0,
                  capability_source="analyst", capability_year=2019, aliases=("al", "AA")),
            Actor(id="B", name="Beta", capability=0.1 + 0.2),  # a float with a long repr
        ),
        issues=(
            Issue(id="i", name="Issue", low=-5, high=5, low_label="no", high_label="yes",
                  cues=("cue one",), low_cues=("stop",), high_cues=("go", "more"),
                  description="what it is"),
        ),
        positions=(
            Position(actor="A", issue="i", position=1 / 3, position_low=-1, salience=0.5,
                     salience_high=0.7, set_by="default", evidence=(ev,)),
            Position(actor="B", issue="i", position=-5, salience=1.0, set_by="import"),
        ),
        relations=(Relation(a="A", b="B", weight=-0.25, evidence=(ev,)),),
        params={"eum.rounds": 3, "eum.q": 1.0, "ktab.mode": "paper", "eum.vote_risk": True},
    )
    save(s, tmp_path / "full.yaml")
    assert load(tmp_path / "full.yaml") == s


def test_file_written_uses_short_forms(tmp_path):
    s = load(FIXTURES / "afghanistan.yaml")
    write_yaml(s, tmp_path / "out.yaml")
    text = (tmp_path / "out.yaml").read_text()
    assert "RUS: [20.0, 0.7]" in text
    assert "- [USA, RUS, -0.5]" in text


def test_yaml_found_by_content_without_extension(tmp_path):
    target = tmp_path / "scenario.txt"
    target.write_text((FIXTURES / "afghanistan.yaml").read_text())
    assert load(target).name == "Afghanistan 2017"


@pytest.mark.parametrize("bad", ["", "   \n"])
def test_blank_file_is_empty(tmp_path, bad):
    from greatgame.errors import InputError

    (tmp_path / "s.yaml").write_text(bad)
    with pytest.raises(InputError, match="empty file"):
        load(tmp_path / "s.yaml")
