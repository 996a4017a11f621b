"""The HTML report: self-contained, escaped, traceable and byte-for-byte reproducible."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from greatgame.records import Actor, Issue, Position, Scenario
from greatgame.report import ReportInputs, render_html, render_report
from greatgame.report.charts import histogram
from greatgame.report.context import shock_label

from .conftest import HOSTILE, build_inputs

HERE = Path(__file__).resolve().parent


def _json_block(page: str, block_id: str) -> dict:
    found = re.search(rf'<script type="application/json" id="{block_id}">(.*?)</script>', page)
    assert found, block_id
    return json.loads(found.group(1))


def _markup(page: str) -> str:
    """The page without the bodies of its script and style elements."""
    page = re.sub(r"<script([^>]*)>.*?</script>", r"<script\1></script>", page, flags=re.S)
    return re.sub(r"<style>.*?</style>", "<style></style>", page, flags=re.S)


def test_render_report_writes_the_file_and_returns_its_path(inputs, tmp_path) -> None:
    target = tmp_path / "out" / "report.html"
    assert render_report(inputs, target) == target
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_same_inputs_give_the_same_bytes(inputs, tmp_path) -> None:
    first = render_report(inputs, tmp_path / "a.html").read_bytes()
    second = render_report(build_inputs(), tmp_path / "b.html").read_bytes()
    assert first == second


def test_same_bytes_across_processes_with_different_hash_seeds(tmp_path) -> None:
    """Blocs are sets: their order must not leak into the page (set order follows the seed)."""
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import conftest; "
        "from greatgame.report import render_report; "
        "render_report(conftest.build_inputs(), sys.argv[2])"
    )
    pages = []
    for seed in ("1", "2"):
        target = tmp_path / f"seed{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(HERE), str(target)], env=env, check=True)
        pages.append(target.read_bytes())
    assert pages[0] == pages[1]


def test_nothing_is_loaded_from_any_address(inputs) -> None:
    markup = _markup(render_html(inputs))
    assert "<script src" not in markup
    assert "<link" not in markup
    assert re.findall(r'\b(?:src|href)="(?!#)[^"]*"', markup) == []
    assert "url(" not in markup
    assert "default-src 'none'" in markup  # the page's own policy forbids any request


def test_licence_notices_of_the_inlined_libraries(inputs) -> None:
    page = render_html(inputs)
    assert "plotly.js v" in page
    assert "The Cytoscape Consortium" in page
    assert page.count("Permission is hereby granted") >= 2


def test_article_text_is_escaped_everywhere(inputs) -> None:
    page = render_html(inputs)
    # Three code scripts and two data blocks; the hostile text closes none of them.
    assert page.count("<script") == 5
    assert page.count("</script>") == 5
    assert "window.pwned" in page
    assert HOSTILE not in page
    assert html.escape(HOSTILE, quote=False) in _markup(page)


def test_data_blocks_round_trip(inputs) -> None:
    page = render_html(inputs)
    figures = _json_block(page, "gg-figures")
    for issue in ("issue0", "issue1"):
        for chart in ("forecast", "distribution", "trajectory"):
            assert figures[f"{issue}-{chart}"]["data"], (issue, chart)
    assert "issue1-whatif" in figures and "timeline" in figures
    network = _json_block(page, "gg-network")
    assert {n["data"]["id"] for n in network["nodes"]} == set(inputs.graph.nodes)
    assert len(network["edges"]) == inputs.graph.number_of_edges()
    hover = json.dumps(figures["timeline"])
    assert "\\u003c" not in hover  # no raw '<' of article text inside the JSON
    assert "&lt;/script&gt;" in hover  # plotly shows it as text


def test_every_number_says_where_it_comes_from(inputs) -> None:
    markup = _markup(render_html(inputs))
    assert "COW NMC 6.0 + WB GDP, 2016" in markup  # capability with source and year
    assert markup.count('<span class="tag default">default</span>') >= 3  # TAL, KABULOV, note
    assert "The US keeps 8,400 troops in Afghanistan." in markup  # evidence of a position
    # the evidence links to its sentence in the article embedded in the page
    links = set(re.findall(r'class="ev-link" href="#(src-a1-\d+)"', markup))
    assert links and all(f'id="{anchor}"' in markup for anchor in links)
    assert '<span class="tag analyst">analyst</span>' in markup


def test_actors_without_evidence_on_an_issue_get_no_position(inputs) -> None:
    markup = _markup(render_html(inputs))
    row = re.search(r"<strong>Zamir Kabulov</strong>.*?</tr>", markup, flags=re.S).group(0)
    assert row.count('<span class="muted">\u2014</span>') == 2


def test_what_ifs_name_the_actors(inputs) -> None:
    markup = _markup(render_html(inputs))
    assert "remove United States" in markup
    assert "capability Russia*2" in markup
    assert "+28.0" in markup and "47.0\u201369.5" in markup


def test_no_clock_unless_a_date_is_passed(inputs) -> None:
    assert "generated" not in _markup(render_html(inputs)).split("</header>")[0]
    stamped = ReportInputs(**{**inputs.__dict__, "generated": "2017-03-16 09:00"})
    assert "generated 2017-03-16 09:00" in render_html(stamped)


def test_a_scenario_alone_renders() -> None:
    scenario = Scenario(
        name="bare",
        actors=(Actor(id="A", name="A", capability=1.0), Actor(id="B", name="B", capability=2)),
        issues=(Issue(id="i", name="An issue"),),
        positions=(
            Position(actor="A", issue="i", position=10, salience=0.5),
            Position(actor="B", issue="i", position=90, salience=0.5),
        ),
    )
    page = render_html(ReportInputs(scenario=scenario))
    markup = _markup(page)
    assert "No forecast for this issue." in markup
    assert "No events were extracted." in markup
    assert "No relations between actors were found." not in markup  # two lone nodes are drawn
    assert len(_json_block(page, "gg-network")["nodes"]) == 2


def test_broken_numbers_in_the_forecast_do_not_break_the_page(inputs) -> None:
    forecast = json.loads(json.dumps(inputs.forecast))
    entry = forecast["issues"][0]["models"]["eum"]
    entry["forecast"], entry["ci80"] = float("nan"), [float("inf"), 3]
    entry["distribution"] = {"edges": [0, 1], "counts": [1, 2]}  # malformed: skipped
    page = render_html(ReportInputs(**{**inputs.__dict__, "forecast": forecast}))
    assert "NaN" not in page.split('id="gg-figures">')[1].split("</script>")[0]


@pytest.mark.parametrize(
    "distribution",
    [
        [10.0, 10.0, 20.0, 90.0],
        {"edges": [0, 25, 50, 75, 100], "counts": [2, 1, 0, 1]},
        {"draws": 4, "median": 15.0, "histogram": {"edges": [0, 50, 100], "counts": [3, 1]}},
    ],
)
def test_distribution_from_draws_or_histogram(distribution) -> None:
    edges, shares = histogram(distribution, 0, 100)
    assert len(edges) == len(shares) + 1
    assert sum(shares) == pytest.approx(100.0)


def test_shock_labels_use_actor_names() -> None:
    names = {"USA": "United States", "RUS": "Russia"}
    assert shock_label("remove:USA", names) == "remove United States"
    assert shock_label("relation:USA-RUS=-0.5", names) == "relation United States-Russia=-0.5"
    assert shock_label("position:USA@presence=10", names) == "position United States@presence=10"


def test_the_report_package_never_imports_spacy() -> None:
    code = "import sys, greatgame.report; sys.exit('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
