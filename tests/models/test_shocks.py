"""What-if shocks: parsing, applying (purely), comparing forecast results."""

from __future__ import annotations

from pathlib import Path

import pytest

from greatgame.errors import InputError
from greatgame.models.shocks import Shock, apply_shocks, compare, overlap, parse_shock
from greatgame.scenario import load

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def afg():
    return load(FIXTURES / "afghanistan.yaml")


@pytest.fixture(scope="module")
def ec():
    return load(FIXTURES / "ec_emissions.csv")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("remove:USA", Shock("remove", "USA", "remove:USA")),
        ("capability:RUS*1.5", Shock("capability", "RUS", "capability:RUS*1.5", None, "*", 1.5)),
        ("capability:RUS=0.2", Shock("capability", "RUS", "capability:RUS=0.2", None, "=", 0.2)),
        ("position:USA@presence=10",
         Shock("position", "USA", "position:USA@presence=10", "presence", "=", 10.0)),
        ("salience:USA@presence=0.2",
         Shock("salience", "USA", "salience:USA@presence=0.2", "presence", "=", 0.2)),
        ("relation:USA-RUS=-0.5", Shock("relation", "USA-RUS", "relation:USA-RUS=-0.5", None, "=",
                                        -0.5)),
    ],
)
def test_documented_syntax_parses(text, expected):
    assert parse_shock(text) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("kill:USA", "cannot read shock"),
        ("remove:USA=3", "malformed remove shock"),
        ("capability:RUS", "malformed capability shock"),
        ("position:USA@presence*2", "malformed position shock"),
        ("position:USA@presence=ten", "'ten' is not a number"),
        ("salience:USA@presence=1.5", "salience 1.5 is outside 0..1"),
        ("relation:USA-RUS=-2", "relation weight -2 is outside -1..1"),
        ("capability:RUS*-1", "capability -1 is negative"),
    ],
)
def test_bad_syntax_is_an_input_error(text, problem):
    with pytest.raises(InputError, match=problem) as info:
        parse_shock(text)
    assert str(info.value).startswith(f"--shock, {text!r}")


def test_remove_drops_actor_positions_and_relations(afg):
    out = apply_shocks(afg, ["remove:RUS"])
    assert [a.id for a in out.actors] == ["USA", "AFG", "TAL"]
    assert all(p.actor != "RUS" for p in out.positions)
    assert [(r.a, r.b) for r in out.relations] == [("USA", "AFG")]
    assert len(afg.actors) == 4  # the input is unchanged


def test_capability_scales_value_and_range(afg):
    out = apply_shocks(afg, ["capability:USA*1.5"])
    usa = out.actor("USA")
    assert usa.capability == pytest.approx(0.21)
    assert usa.capability_range == (pytest.approx(0.18), pytest.approx(0.24))
    assert usa.capability_source == "analyst"
    assert apply_shocks(afg, ["capability:RUS=0.2"]).actor("RUS").capability == 0.2


def test_position_moves_with_its_range_clipped_to_the_scale(afg):
    out = apply_shocks(afg, ["position:USA@presence=10"])
    p = next(p for p in out.positions if p.actor == "USA" and p.issue == "presence")
    # was 70 in [50, 85]: moved by -60 -> [-10, 25], clipped to the 0..100 scale
    assert (p.position, p.position_range, p.set_by) == (10, (0, 25), "analyst")


def test_salience_is_set(afg):
    out = apply_shocks(afg, ["salience:USA@presence=0.2"])
    p = next(p for p in out.positions if p.actor == "USA" and p.issue == "presence")
    assert p.salience == 0.2 and p.salience_range == pytest.approx((0.0, 0.4), abs=1e-12)


def test_issue_may_be_left_out_on_a_one_issue_scenario(ec):
    out = apply_shocks(ec, ["position:UK=4"])
    assert next(p for p in out.positions if p.actor == "UK").position == 4


def test_relation_is_replaced_or_added(afg):
    out = apply_shocks(afg, ["relation:USA-RUS=0.1", "relation:AFG-TAL=-0.9"])
    weights = {(r.a, r.b): r.weight for r in out.relations}
    assert weights == {("USA", "AFG"): 0.7, ("RUS", "TAL"): 0.3, ("USA", "RUS"): 0.1,
                       ("AFG", "TAL"): -0.9}


def test_relation_between_ids_with_hyphens(shared_data):
    s = load(shared_data / "bargaining" / "ktab" / "dummyData-a040.csv")
    out = apply_shocks(s, ["relation:Act-1001-Act-1002=0.5"])
    assert [(r.a, r.b, r.weight) for r in out.relations] == [("Act-1001", "Act-1002", 0.5)]


@pytest.mark.parametrize(
    ("shock", "problem"),
    [
        ("remove:CHN", r"unknown actor 'CHN' \(known: USA, RUS, AFG, TAL\)"),
        ("capability:CHN*2", "unknown actor 'CHN'"),
        ("position:USA@opium=10", r"unknown issue 'opium' \(known: presence, taliban\)"),
        ("position:USA=10", "name the issue"),
        ("position:USA@presence=120", "outside the scale 0..100"),
        ("relation:USA-CHN=0.5", "relation needs two known actors"),
        ("relation:USA-USA=0.5", "two different actors"),
    ],
)
def test_unknown_names_are_input_errors(afg, shock, problem):
    with pytest.raises(InputError, match=problem):
        apply_shocks(afg, [shock])


def test_overlap():
    assert overlap([1, 2], [2, 3]) is True
    assert overlap([1, 2], [2.5, 3]) is False
    assert overlap([1, 2], None) is None


def _result(forecast: float, ci80: list[float] | None) -> dict:
    return {
        "scenario": "s",
        "issues": [{"id": "i", "name": "Issue", "models": {
            "compromise": {"forecast": forecast, "rounds": [], "draws": 100, "ci80": ci80},
        }}],
    }


def test_compare_reports_shift_and_overlap():
    out = compare(_result(7.39, [7.0, 7.8]), _result(6.0, [5.5, 6.5]))
    row = out["issues"][0]["models"]["compromise"]
    assert row["baseline"] == 7.39 and row["scenario"] == 6.0
    assert row["shift"] == pytest.approx(-1.39)
    assert row["overlap"] is False
    same = compare(_result(7.39, [7.0, 7.8]), _result(7.5, [7.1, 7.9]))
    assert same["issues"][0]["models"]["compromise"]["overlap"] is True


@pytest.mark.parametrize("shock", ["capability:RUS*nan", "capability:RUS=inf", "salience:R@x=nan"])
def test_a_non_finite_shock_is_refused(shock):
    """Issue 18, item 3: 'capability:RUS*nan' once shifted the results with exit 0."""
    with pytest.raises(InputError, match="finite number"):
        parse_shock(shock)


def test_a_shocked_scenario_passes_the_checks_of_a_file():
    s = load(FIXTURES / "afghanistan.yaml")
    zero_all = [f"capability:{a.id}=0" for a in s.actors]
    with pytest.raises(InputError, match="after the shocks: .*capability 0 or salience 0"):
        apply_shocks(s, zero_all)
