"""`analyze` over a corpus: unrelated stories never share a system.

Four VOA stories of ../shared/data/voa (skipped when ../shared is absent) that tell
unrelated stories: US tariffs on Canada (8006924, March 2025), the EU's tariffs on Chinese
cars (7808748, October 2024) and US sanctions on Turkey over the S-400 (6180015 and
6180932, November-December 2019). Each contest gets its own folder, system, forecast and
what-if; the top-level forecast.json is their index; the ledger records each contest's
forecasts under its id.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from greatgame.api import analyze
from greatgame.store import Store
from greatgame.store.ledger import forecasts

pytestmark = [pytest.mark.slow, pytest.mark.shared]

STORIES = ("8006924", "7808748", "6180015", "6180932")


def _story(article) -> str:
    return article.source.rsplit("#", 1)[-1]


@pytest.fixture(scope="module")
def corpus(shared_data, tmp_path_factory) -> Path:
    """The four stories as a JSON Lines file of their own."""
    lines = [line for line in (shared_data / "voa" / "voa_stories.jsonl").read_text(
        encoding="utf-8").splitlines() if json.loads(line)["id"] in STORIES]
    assert len(lines) == len(STORIES)
    path = tmp_path_factory.mktemp("corpus") / "four.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def run(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    return analyze([corpus], out=out, draws=50, seed=1, db=out / "g.duckdb"), out


def test_each_contest_gets_its_own_folder_and_no_merged_system(run):
    analysis, out = run
    assert len(analysis.contests) > 1
    folders = {p.name for p in (out / "contests").iterdir()}
    assert folders == {r.contest.id for r in analysis.contests}
    for folder in folders:
        for name in ("system.yaml", "forecast.json", "whatif.json"):
            assert (out / "contests" / folder / name).stat().st_size > 0, (folder, name)
    assert not (out / "system.yaml").exists()  # no soup of unrelated stories
    assert {"tariffs-can", "tariffs-chn", "sanctions-tur"} <= {
        r.contest.key for r in analysis.contests}


def test_no_contest_mixes_the_stories_or_their_actors(run):
    analysis, out = run
    actors_of = {_story(e.article): {ref.id for ref in e.actors}  # and their states
                 | {ref.country for ref in e.actors if ref.country}
                 for e in analysis.extractions}
    groups = [{"8006924"}, {"7808748"}, {"6180015", "6180932"}]
    for contest_run in analysis.contests:
        stories = {_story(a) for a in contest_run.contest.articles}
        group = next(g for g in groups if stories <= g)  # never two stories' worth
        written = yaml.safe_load((contest_run.files["system"]).read_text())
        placed = {a["id"] for a in written["actors"]} if isinstance(written["actors"], list) \
            else set(written["actors"])
        mentioned = set().union(*(actors_of[s] for s in group))
        assert placed <= mentioned, (contest_run.contest.id, placed - mentioned)


def test_forecast_json_is_the_index_of_the_contests(run):
    analysis, out = run
    index = json.loads((out / "forecast.json").read_text())
    assert [c["id"] for c in index["contests"]] == [r.contest.id for r in analysis.contests]
    for entry, contest_run in zip(index["contests"], analysis.contests, strict=True):
        own = json.loads((out / entry["files"]["forecast"]).read_text())
        assert [i["id"] for i in entry["issues"]] == [i["id"] for i in own["issues"]]
        head = entry["issues"][0]
        low, high = head["ci80"]
        assert low <= head["forecast"] <= high
        assert {a["id"] for a in entry["articles"]} == {
            a.id for a in contest_run.contest.articles}
        assert json.loads((out / entry["files"]["whatif"]).read_text()) == list(
            contest_run.whatifs)


def test_the_ledger_holds_each_contests_forecasts_under_its_id(run):
    analysis, out = run
    with Store(out / "g.duckdb", read_only=True) as store:
        rows = forecasts(store)
    expected = {(r.contest.id, i.id) for r in analysis.contests
                for i in r.system.scenario.issues}
    assert {(row["contest"], row["issue"]) for row in rows} == expected
    keys = [(row["contest"], row["issue"], row["model"]) for row in rows]
    assert len(keys) == len(set(keys))  # one record per contest, issue and model


def test_the_report_shows_each_contests_own_system(run):
    analysis, out = run
    page = (out / "report.html").read_text(encoding="utf-8")
    for number, contest_run in enumerate(analysis.contests):
        start = page.index(f'<section id="contest{number}"')
        section = page[start:page.index("</section>", start)]
        assert contest_run.system.scenario.issues[0].name in section
        assert "Forecast by model" in section
        assert f"contests/{contest_run.contest.id}/system.yaml" in section
        others = [r for r in analysis.contests if r.contest.key != contest_run.contest.key]
        for other in others:  # another contest's players are not listed as this one's
            only_there = {a.id for a in other.system.scenario.actors} - {
                a.id for a in contest_run.system.scenario.actors}
            for actor in only_there:
                assert f'<code class="id">{actor}</code>' not in section, (
                    contest_run.contest.id, actor)


def test_an_analysts_edit_of_a_contest_system_is_kept(corpus, tmp_path):
    first = analyze([corpus], out=tmp_path, draws=20, seed=1, every=None)
    chosen = next(r for r in first.contests if r.contest.key == "sanctions-tur")
    path = chosen.files["system"]
    system = yaml.safe_load(path.read_text())
    issue = next(iter(system["positions"]))
    actor = next(iter(system["positions"][issue]))
    entry = system["positions"][issue][actor]
    entry.update({"position": 42.0, "range": [40.0, 44.0], "set_by": "analyst"})
    entry.pop("evidence", None)
    path.write_text(yaml.safe_dump(system, sort_keys=False))
    again = analyze([corpus], out=tmp_path, draws=20, seed=1, every=None)
    rerun = next(r for r in again.contests if r.contest.id == chosen.contest.id)
    kept = next(p for p in rerun.system.scenario.positions
                if (p.issue, p.actor) == (issue, actor))
    assert (kept.position, kept.set_by) == (42.0, "analyst")
    others = [r for r in again.contests if r.contest.id != chosen.contest.id]
    assert all(p.set_by != "analyst" for r in others for p in r.system.scenario.positions)


def test_one_article_still_gives_one_system(corpus, tmp_path):
    """A single story keeps the single-system outputs: no contests folder, and
    forecast.json the engine's contract."""
    single = tmp_path / "one.jsonl"
    single.write_text(corpus.read_text(encoding="utf-8").splitlines()[0] + "\n",
                      encoding="utf-8")
    analysis = analyze([single], out=tmp_path / "out", draws=20, seed=1)
    assert analysis.contests == ()
    assert (tmp_path / "out" / "system.yaml").is_file()
    assert not (tmp_path / "out" / "contests").exists()
    assert "issues" in json.loads((tmp_path / "out" / "forecast.json").read_text())
