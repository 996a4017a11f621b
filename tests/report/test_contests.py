"""The report of a corpus: the index of contests and each contest's course over time.

Two hand-built contests on the conftest's Afghanistan scenario: the foreign presence over
three months, the US turning from 80 to 40 in May (the forecast falls with it), and the
Taliban's place over one month.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

import networkx as nx

from greatgame.records import Article, Extraction
from greatgame.report import render_html
from greatgame.report.contests import index_rows, trend
from greatgame.system.build import System
from greatgame.system.corpus import Contest
from greatgame.system.timeline import ForecastPoint, PositionPoint, Step, Timeline

from .conftest import HOSTILE, build_inputs

MARCH, APRIL, MAY = dt.date(2017, 3, 31), dt.date(2017, 4, 30), dt.date(2017, 5, 31)


def _article(article_id: str, published: dt.date, title: str) -> Extraction:
    return Extraction(article=Article(id=article_id, source=f"{article_id}.txt",
                                      sha256=article_id * 64, title=title,
                                      published=published))


def _line(inputs, issue_id: str, question: str, moves: dict[dt.date, dict[str, float]],
          forecasts: dict[dt.date, float], stories: list[Extraction]) -> Timeline:
    scenario = inputs.scenario.model_copy(update={
        "issues": tuple(i for i in inputs.scenario.issues if i.id == issue_id)})
    system = System(scenario=scenario, graph=nx.Graph(), blocs=(), hosts=(), found=())
    contest = Contest(id=f"{issue_id}-2017-03", key=issue_id, kind=issue_id,
                      question=question, extractions=tuple(stories), found=())
    steps = tuple(Step(day, sum(s.article.published <= day for s in stories), system)
                  for day in moves)
    positions = tuple(PositionPoint(day, issue_id, actor, value, 0.5 + 0.1 * n)
                      for n, (day, held) in enumerate(moves.items())
                      for actor, value in held.items())
    points = tuple(ForecastPoint(day, issue_id, "compromise", value, (value - 10, value + 10),
                                 step.articles)
                   for (day, value), step in zip(forecasts.items(), steps, strict=True))
    return Timeline(contest, "month", steps, positions, points)


def _inputs():
    inputs = build_inputs()
    presence = _line(
        inputs, "presence", "Foreign military presence in Afghanistan",
        {MARCH: {"USA": 80, "RUS": 15}, APRIL: {"USA": 80, "RUS": 15},
         MAY: {"USA": 40, "RUS": 15}},
        {MARCH: 62.0, APRIL: 61.5, MAY: 35.0},
        [_article("a1", dt.date(2017, 3, 15), "Russia and the Taliban"),
         _article("b2", dt.date(2017, 5, 2), HOSTILE)])
    taliban = _line(inputs, "taliban_role", "The Taliban's place", {MARCH: {"RUS": 60}},
                    {MARCH: 55.0}, [_article("a1", dt.date(2017, 3, 15), "Russia")])
    return dataclasses.replace(inputs, timelines=(presence, taliban))


def test_the_trend_is_the_change_since_the_period_before():
    presence, taliban = _inputs().timelines
    assert trend(presence) == -26.5
    assert trend(taliban) is None
    rows = index_rows([presence, taliban])
    assert [(r["key"], r["forecast"], r["ci80"], r["articles"]) for r in rows] == [
        ("contest0", 35.0, (25.0, 45.0), 2), ("contest1", 55.0, (45.0, 65.0), 1)]


def test_the_report_opens_on_the_index_of_contests_linking_to_each():
    page = render_html(_inputs())
    index = page.index('id="contests"')
    assert index < page.index('id="summary"')
    table = page[index:page.index("</table>", index)]
    assert 'href="#contest0"' in table and 'href="#contest1"' in table
    assert "▼ -26.5" in table and "one period" in table
    assert "25.0–45.0" in table
    assert 'id="contest0"' in page and 'id="contest1"' in page
    assert HOSTILE not in page  # an article's title is escaped in the contest's list


def test_each_contest_draws_positions_over_time_and_the_forecast_band():
    page = render_html(_inputs())
    figures = json.loads(re.search(
        r'<script type="application/json" id="gg-figures">(.*?)</script>', page).group(1))
    figure = figures["contest0-positions"]
    by_name = {t.get("name"): t for t in figure["data"]}
    assert by_name["United States"]["x"] == ["2017-03-31", "2017-04-30", "2017-05-31"]
    assert by_name["United States"]["y"] == [80, 80, 40]
    assert by_name["forecast (compromise)"]["y"] == [62.0, 61.5, 35.0]
    assert by_name["80 % interval"]["fill"] == "tonexty"
    assert 'data-figure="contest1-positions"' in page


def test_a_single_system_report_has_no_contest_section():
    page = render_html(build_inputs())
    assert 'id="contests"' not in page and 'id="contest0"' not in page
