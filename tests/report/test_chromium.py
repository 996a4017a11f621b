"""The report in headless Chromium: it loads offline, draws the network and the charts.

Skips with the reason when selenium, Debian's chromium or chromedriver are missing
(``apt-get install chromium chromium-driver``; ``pip install selenium``). The run writes a
full-page screenshot to ``screenshots/report-1280.png`` for a person to look at.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from greatgame.report import render_report

from .conftest import build_inputs

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"
CHROMIUM = os.environ.get("GREATGAME_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("GREATGAME_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
    "--window-size=1280,900",
)


def _chromium_or_skip() -> tuple[str, str]:
    pytest.importorskip("selenium", reason="selenium is not installed (pip install selenium)")
    browser = CHROMIUM if Path(CHROMIUM).is_file() else shutil.which("chromium")
    driver = CHROMEDRIVER if Path(CHROMEDRIVER).is_file() else shutil.which("chromedriver")
    if not browser or not driver:
        pytest.skip("chromium or chromedriver not found (apt-get install chromium chromium-driver)")
    return browser, driver


@contextmanager
def open_in_chromium(report: Path, folder: Path) -> Iterator[tuple[object, list]]:
    """A report open in headless Chromium once its script is done, with the performance
    log of everything the page did (Chromium's own start-up left out)."""
    browser, driver_path = _chromium_or_skip()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={folder / 'profile'}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        driver.get_log("performance")  # drop what the browser did before the page was opened
        driver.get(report.as_uri())
        # Waiting for the page script to finish is not a timing assertion: the limit only
        # stops a broken page from hanging the run.
        WebDriverWait(driver, 120).until(
            lambda d: d.execute_script("return !!(window.ggReport && window.ggReport.ready)")
        )
        yield driver, driver.get_log("performance")
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[object, Path, list]]:
    """The rendered fixture report open in headless Chromium, with its performance log."""
    _chromium_or_skip()
    folder = tmp_path_factory.mktemp("chromium")
    report = render_report(build_inputs(), folder / "report.html")
    with open_in_chromium(report, folder) as (driver, performance):
        yield driver, report, performance


def test_page_loads_without_console_errors(page) -> None:
    driver, _, _ = page
    severe = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert severe == []
    assert driver.execute_script("return window.ggReport.errors") == []


def requested_urls(performance: list, page_uri: str) -> tuple[set[str], set[str]]:
    """(URLs the page asked for, URLs anything in the browser asked for), from Chromium's
    performance log."""
    by_page, anywhere = set(), set()
    for entry in performance:
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            anywhere.add(url)
            if message["params"].get("documentURL") == page_uri:
                by_page.add(url)
    return by_page, anywhere


def test_page_requests_nothing_but_itself(page) -> None:
    _, report, performance = page
    by_page, anywhere = requested_urls(performance, report.as_uri())
    assert report.as_uri() in by_page
    assert {u for u in by_page if not u.startswith(("data:", "blob:"))} == {report.as_uri()}
    assert {u for u in anywhere if u.startswith(("http:", "https:", "ws:", "wss:"))} == set()


def test_network_nodes_are_drawn(page) -> None:
    driver, _, _ = page
    expected = build_inputs().graph.number_of_nodes()
    drawn = driver.execute_script(
        """
        const cy = window.ggCy, box = document.getElementById('cy').getBoundingClientRect();
        const inside = cy.nodes().filter(n => {
          const p = n.renderedPosition();
          return p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height && n.visible();
        });
        return {nodes: cy.nodes().length, edges: cy.edges().length, inside: inside.length,
                canvases: document.querySelectorAll('#cy canvas').length};
        """
    )
    assert drawn["nodes"] == expected
    assert drawn["inside"] == expected
    assert drawn["edges"] == build_inputs().graph.number_of_edges()
    assert drawn["canvases"] > 0


def test_forecast_charts_have_data(page) -> None:
    driver, _, _ = page
    charts = driver.execute_script(
        """
        return Array.from(document.querySelectorAll('[data-figure]')).map(div => ({
          figure: div.getAttribute('data-figure'),
          traces: (div.data || []).length,
          svg: div.querySelectorAll('svg.main-svg').length,
        }));
        """
    )
    names = {c["figure"] for c in charts}
    for issue in ("issue0", "issue1"):
        assert {f"{issue}-forecast", f"{issue}-distribution", f"{issue}-trajectory"} <= names
    assert {"issue1-whatif", "timeline"} <= names
    assert all(c["traces"] > 0 and c["svg"] > 0 for c in charts), charts


def test_article_text_cannot_run_script(page) -> None:
    driver, _, _ = page
    assert driver.execute_script("return window.pwned === undefined")


def test_screenshot_for_a_person(page) -> None:
    driver, _, _ = page
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics["cssContentSize"]
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": 1280, "height": size["height"], "scale": 1},
        },
    )
    SCREENSHOTS.mkdir(exist_ok=True)
    target = SCREENSHOTS / "report-1280.png"
    target.write_bytes(base64.b64decode(shot["data"]))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
