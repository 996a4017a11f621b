"""The report of a corpus run: each contest's section shows its own system.

Two hand-built contests on the conftest's Afghanistan scenario, each narrowed to one
issue and its players, as :func:`greatgame.system.corpus.contest_system` narrows them:
the foreign presence (the US, Russia, the Taliban) and the Taliban's place (all five).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from greatgame.records import Article, Extraction
from greatgame.report import render_html
from greatgame.report.contests import own_rows
from greatgame.report.inputs import ContestInputs, ReportInputs
from greatgame.system.corpus import Contest

from .conftest import build_inputs


def _contest(inputs: ReportInputs, issue_id: str, actors: set[str]) -> ContestInputs:
    base = inputs.scenario
    scenario = base.model_copy(update={
        "issues": tuple(i for i in base.issues if i.id == issue_id),
        "positions": tuple(p for p in base.positions if p.issue == issue_id),
        "actors": tuple(a for a in base.actors if a.id in actors)})
    forecast = dict(inputs.forecast) | {
        "issues": [i for i in inputs.forecast["issues"] if i["id"] == issue_id]}
    whatifs = [{"shocks": w["shocks"], "issues": [i for i in w["issues"] if i["id"] == issue_id]}
               for w in inputs.whatifs]
    story = Extraction(article=Article(id=f"{issue_id}-a", source=f"{issue_id}.txt",
                                       sha256="0" * 64, title=f"A story on {issue_id}",
                                       published=dt.date(2017, 3, 15)))
    contest = Contest(id=f"{issue_id}-2017-03", key=issue_id, kind=issue_id,
                      question=scenario.issues[0].name, extractions=(story,), found=())
    return ContestInputs(contest=contest, scenario=scenario, forecast=forecast,
                         whatifs=whatifs, folder=f"contests/{contest.id}")


def _corpus() -> ReportInputs:
    inputs = build_inputs()
    contests = (_contest(inputs, "presence", {"USA", "RUS", "TAL"}),
                _contest(inputs, "taliban_role", {"USA", "RUS", "AFGGOV", "TAL", "PAK"}))
    corpus = inputs.scenario.model_copy(update={"issues": (), "positions": ()})
    return dataclasses.replace(inputs, scenario=corpus, forecast={"draws": 400, "seed": 7},
                               whatifs=(), contests=contests)


def test_the_index_gives_each_contests_own_headline_forecast():
    rows = own_rows(_corpus().contests)
    # the conftest's compromise forecasts: 55 - 6 and 30 - 6, their medians absent
    assert [(r["id"], r["model"], r["forecast"]) for r in rows] == [
        ("presence-2017-03", "compromise", 49.0), ("taliban_role-2017-03", "compromise", 24.0)]


def test_each_section_shows_its_own_issue_players_and_files_only():
    page = render_html(_corpus())
    start = page.index('<section id="contest0"')
    presence = page[start:page.index("</section>", start)]
    start = page.index('<section id="contest1"')
    taliban = page[start:page.index("</section>", start)]
    assert "Foreign military presence" in presence and "Afghan government" not in presence
    assert '<code class="id">PAK</code>' not in presence
    assert '<code class="id">PAK</code>' in taliban
    assert "contests/presence-2017-03/system.yaml" in presence
    assert "remove United States" in taliban  # its own what-if
    assert "Most likely outcome" in presence and "Most likely outcome" in taliban


def test_the_answer_points_to_the_contests_not_to_a_merged_system():
    page = render_html(_corpus())
    summary = page[page.index('id="summary"'):page.index('id="actors"')]
    assert "2 contests, each with its own system" in summary
    assert "No contested issue was found" not in summary
