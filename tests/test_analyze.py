"""`greatgame analyze` end to end: files written, determinism, the seed's contest."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from greatgame.api import analyze
from greatgame.cli.app import app
from greatgame.models.smp_mc import SMP_DRAWS

pytestmark = pytest.mark.slow

DEMO = Path(str(resources.files("greatgame") / "examples" / "afghanistan-2017.txt"))
OUTPUTS = ("report.html", "system.yaml", "forecast.json", "whatif.json", "events.jsonl",
           "graph.graphml")


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory, seed_path):
    out = tmp_path_factory.mktemp("seed")
    return analyze([seed_path], out=out, date=dt.date(2017, 3, 15), draws=300, seed=7,
                   db=out / "g.duckdb", shocks=["remove:USA"])


def test_demo_writes_every_output_and_the_same_bytes_twice(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        analyze([DEMO], out=out, date=dt.date(2017, 3, 16), draws=200, seed=3)
    for name in OUTPUTS:
        assert (first / name).stat().st_size > 0, name
    for name in ("system.yaml", "forecast.json"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_forecast_json_keeps_the_engine_contract(tmp_path):
    analyze([DEMO], out=tmp_path, date=dt.date(2017, 3, 16), draws=200, seed=3)
    data = json.loads((tmp_path / "forecast.json").read_text())
    assert data["issues"]
    for issue in data["issues"]:
        assert {"id", "name", "models"} <= set(issue)
        for entry in issue["models"].values():
            assert entry["rounds"][0]["round"] == 0
            assert {"forecast", "rounds", "draws", "ci80"} <= set(entry)


def test_the_analysts_positions_are_kept_on_a_rerun(tmp_path):
    analyze([DEMO], out=tmp_path, date=dt.date(2017, 3, 16), draws=50, seed=3)
    system = yaml.safe_load((tmp_path / "system.yaml").read_text())
    issue = next(iter(system["positions"]))
    actor = next(iter(system["positions"][issue]))
    entry = system["positions"][issue][actor]
    entry.update({"position": 42.0, "range": [40.0, 44.0], "set_by": "analyst"})
    entry.pop("evidence", None)
    (tmp_path / "system.yaml").write_text(yaml.safe_dump(system, sort_keys=False))
    again = analyze([DEMO], out=tmp_path, date=dt.date(2017, 3, 16), draws=50, seed=3)
    kept = next(p for p in again.system.scenario.positions
                if (p.issue, p.actor) == (issue, actor))
    assert (kept.position, kept.set_by) == (42.0, "analyst")


def test_seed_sides_on_the_taliban_question(seed_run):
    scenario = seed_run.system.scenario
    role = next(i for i in scenario.issues if "taliban" in i.id)
    assert role.name == "The Taliban's place in Afghanistan politics"
    at = {p.actor: p.position for p in scenario.positions_on(role.id)}
    assert at["RUS"] > 50 and at["TALIBAN"] > 50
    assert at["AFG"] < 50


def test_seed_places_its_players_on_the_presence_question(seed_run):
    scenario = seed_run.system.scenario
    placed = {p.actor for p in scenario.positions_on("presence-afg")}
    assert {"RUS", "USA", "TALIBAN"} <= placed
    assert not any("rebel" in i.name.lower() for i in scenario.issues)
    assert all(i.name and "{" not in i.name for i in scenario.issues)


def test_seed_has_presence_and_taliban_issues_with_intervals(seed_run):
    issues = {i["id"]: i for i in seed_run.forecast["issues"]}
    assert "presence-afg" in issues and any("taliban" in k for k in issues)
    for issue in issues.values():
        for model, entry in issue["models"].items():
            if model == "exchange":  # no Monte Carlo of every draw (see models.md)
                assert entry["ci80"] is None or entry["draws"] > 0
                continue
            lo, hi = entry["ci80"]
            assert 0 <= lo < hi <= 100
            if model == "smp":  # rerun per draw: at most SMP_DRAWS; its point run inside
                assert entry["draws"] == SMP_DRAWS
                assert lo <= entry["forecast"] <= hi
                continue
            assert entry["draws"] == 300


def test_seed_without_the_us_moves_presence_toward_the_others(seed_run):
    """The compromise without the US is the c x s weighted mean of the others."""
    scenario = seed_run.system.scenario
    whatif = next(w for w in seed_run.whatifs if w["shocks"] == ["remove:USA"])
    presence = next(i for i in whatif["issues"] if i["id"] == "presence-afg")
    cap = {a.id: a.capability for a in scenario.actors}
    others = [p for p in scenario.positions_on("presence-afg") if p.actor != "USA"]
    weights = [cap[p.actor] * p.salience for p in others]
    expected = sum(w * p.position for w, p in zip(weights, others, strict=True)) / sum(weights)
    row = presence["models"]["compromise"]
    assert row["baseline"] + row["shift"] == pytest.approx(expected, abs=0.5)


def test_cli_analyze_reports_where_the_report_is(tmp_path):
    result = CliRunner().invoke(app, ["analyze", str(DEMO), "--date", "2017-03-16", "--out",
                                      str(tmp_path), "--draws", "50", "--db",
                                      str(tmp_path / "g.duckdb")])
    assert result.exit_code == 0, result.output
    assert f"report: {tmp_path / 'report.html'}" in result.output


def test_cli_analyze_names_a_bad_file_and_exits_1(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    db = tmp_path / "g.duckdb"
    result = CliRunner().invoke(app, ["analyze", str(empty), "--out", str(tmp_path / "o"),
                                      "--db", str(db)])
    assert result.exit_code == 1
    assert "empty.txt" in result.output


def test_a_story_with_no_contest_still_gives_every_output(tmp_path):
    story = tmp_path / "weather.txt"
    story.write_text("Heavy rain fell on the capital on Monday. Forecasters expect more rain "
                     "this week, and the city opened two shelters for travellers.\n")
    result = CliRunner().invoke(app, ["analyze", str(story), "--date", "2024-05-01", "--out",
                                      str(tmp_path / "o"), "--draws", "20", "--db",
                                      str(tmp_path / "g.duckdb")])
    assert result.exit_code == 0, result.output
    assert "no contested issue found" in result.output
    for name in OUTPUTS:
        assert (tmp_path / "o" / name).is_file(), name


def test_analyze_runs_again_into_the_folder_demo_wrote(tmp_path):
    for _ in range(2):
        again = analyze([DEMO], out=tmp_path, date=dt.date(2017, 3, 16), draws=30, seed=3)
    assert again.system.scenario.issues


def test_the_headline_lies_inside_its_interval(tmp_path):
    from greatgame.report.context import headlines
    from greatgame.report.inputs import ReportInputs

    run = analyze([DEMO], out=tmp_path, date=dt.date(2017, 3, 16), draws=200, seed=3)
    rows = headlines(ReportInputs(scenario=run.system.scenario, forecast=run.forecast))
    assert rows and run.forecast["headline"]["model"] == rows[0]["model"]
    for row in rows:
        low, high = row["ci80"]
        assert low <= row["forecast"] <= high


DAM_STORY = (
    "Egypt and Ethiopia argue over a dam on the Nile.\n\n"
    "Egypt's foreign minister said on Monday that Ethiopia must not fill the dam before a "
    "binding deal is signed. Ethiopia said it will fill the dam in July on its own timetable. "
    "Sudan urged both countries to return to talks.\n"
)
DAM_ISSUE = {
    "id": "dam",
    "name": "Ethiopia fills the dam before a deal on the Nile's water",
    "poles": ["Filling waits for a binding deal", "Ethiopia fills the dam on its own timetable"],
    "cues": ["dam", "filling", "Nile"],
    "high_cues": ["fill", "start", "proceed", "unilateral"],
    "low_cues": ["binding deal", "agreement", "halt", "wait", "postpone"],
}


def test_an_issue_declared_in_system_yaml_is_kept_and_read(tmp_path):
    story = tmp_path / "dam.txt"
    story.write_text(DAM_STORY)
    analyze([story], out=tmp_path / "o", date=dt.date(2021, 7, 8), draws=20)
    path = tmp_path / "o" / "system.yaml"
    system = yaml.safe_load(path.read_text())
    system["issues"] = [*(system.get("issues") or []), DAM_ISSUE]
    system.setdefault("positions", {})["dam"] = {
        "EGY": {"position": 10, "salience": 0.9, "set_by": "analyst"}}
    path.write_text(yaml.safe_dump(system, sort_keys=False))
    again = analyze([story], out=tmp_path / "o", date=dt.date(2021, 7, 8), draws=20)
    scenario = again.system.scenario
    assert scenario.issue("dam").name.startswith("Ethiopia fills the dam")
    at = {p.actor: p for p in scenario.positions_on("dam")}
    assert at["EGY"].set_by == "analyst" and at["EGY"].position == 10
    assert at["ETH"].position > 50  # "will fill the dam": read from the text
