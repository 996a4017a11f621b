"""The demo report in headless Chromium at a desktop's and a phone's width (issue 19):
it answers first, fits a 390 px screen, and an evidence link scrolls to its sentence.

Screenshots (looked at when the layout changes): screenshots/report-1280-top.png,
report-1280-issue.png, report-390-top.png, report-390-issue.png.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from greatgame.api import analyze

from .test_chromium import SCREENSHOTS, _chromium_or_skip, open_in_chromium

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[object, object]]:
    _chromium_or_skip()
    folder = tmp_path_factory.mktemp("answers")
    article = Path(str(resources.files("greatgame") / "examples" / "afghanistan-2017.txt"))
    analysis = analyze([article], out=folder / "out", date=dt.date(2017, 3, 16), draws=300)
    with open_in_chromium(analysis.files["report"], folder) as (driver, _):
        yield driver, analysis


def _viewport(driver, width: int, height: int) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.refresh()
    driver.execute_script("window.scrollTo({top: 0, behavior: 'instant'})")
    driver.execute_async_script(
        "var done = arguments[0]; (function wait() { if (window.ggReport && "
        "window.ggReport.ready) { done(); } else { setTimeout(wait, 50); } })();")


def _shot(driver, name: str, selector: str | None = None) -> None:
    if selector:
        driver.execute_script(
            f"document.querySelector('{selector}').scrollIntoView({{behavior: 'instant'}})")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
    SCREENSHOTS.mkdir(exist_ok=True)
    (SCREENSHOTS / name).write_bytes(base64.b64decode(shot["data"]))


def test_the_top_answers_each_issue_in_one_sentence(demo) -> None:
    driver, analysis = demo
    _viewport(driver, 1280, 900)
    items = driver.execute_script(
        "return Array.from(document.querySelectorAll('#summary .answers li'))"
        ".map(li => li.textContent)")
    issues = analysis.system.scenario.issues
    assert len(items) == len(issues) > 0
    model = analysis.forecast["headline"]["model"]
    for text, issue in zip(items, issues, strict=True):
        assert issue.name in text and "Most likely outcome" in text
        assert f"({model} model, 80 % interval" in text
    first = driver.execute_script(
        "return document.querySelector('#summary .answers').getBoundingClientRect().top")
    assert first < 900  # on the first screen
    _shot(driver, "report-1280-top.png")
    _shot(driver, "report-1280-issue.png", "#issue0")


def test_at_390_px_the_page_is_as_wide_as_the_screen(demo) -> None:
    driver, _ = demo
    _viewport(driver, 390, 844)
    widths = driver.execute_script(
        "return [document.documentElement.scrollWidth, document.body.scrollWidth,"
        " window.innerWidth]")
    assert widths == [390, 390, 390]
    # every chart is drawn as wide as its card allows, and keeps a plotting area
    charts = driver.execute_script(
        "return Array.from(document.querySelectorAll('.js-plotly-plot')).map(d => {"
        " var r = d.getBoundingClientRect(); var p = d.querySelector('.nsewdrag');"
        " return [r.right, p ? p.getBoundingClientRect().height : 0]; })")
    assert charts and all(right <= 390 and plot_height >= 60 for right, plot_height in charts)
    _shot(driver, "report-390-top.png")
    _shot(driver, "report-390-issue.png", "#issue0")


def test_clicking_an_evidence_item_scrolls_to_its_sentence_highlighted(demo) -> None:
    driver, _ = demo
    _viewport(driver, 1280, 900)
    driver.execute_script("document.querySelector('td.pos details').open = true")
    link = driver.execute_script("return document.querySelector('td.pos details a.ev-link')")
    target = link.get_attribute("href").split("#", 1)[1]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});"
                          " arguments[0].click()", link)
    state = driver.execute_script(
        "var m = document.querySelector('mark.hit'); if (!m) return null;"
        " var r = m.getBoundingClientRect();"
        " return {open: m.closest('details').open, top: r.top, bottom: r.bottom,"
        " ids: [m.id].concat(Array.from(m.querySelectorAll('[id]')).map(e => e.id)),"
        " text: m.textContent, hash: location.hash, height: window.innerHeight};")
    assert state is not None
    assert target in state["ids"] and state["open"] and state["hash"] == "#" + target
    assert 0 <= state["top"] and state["bottom"] <= state["height"]  # scrolled into view
    evidence = link.text.strip()
    assert evidence[:40] in " ".join(state["text"].split())
