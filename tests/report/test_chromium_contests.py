"""The report of a corpus in headless Chromium: its index of contests and each contest's
chart drawn, an index link leading to its contest.

Screenshots (looked at when the layout changes): screenshots/contests-1280-index.png,
contests-1280-contest.png.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest

from greatgame.report import render_report

from .test_chromium import SCREENSHOTS, _chromium_or_skip, open_in_chromium
from .test_contests import _inputs

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    _chromium_or_skip()
    folder = tmp_path_factory.mktemp("contests")
    report = render_report(_inputs(), folder / "report.html")
    with open_in_chromium(report, folder) as (found, _):
        yield found


def _shot(driver, name: str) -> None:
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
    SCREENSHOTS.mkdir(exist_ok=True)
    (SCREENSHOTS / name).write_bytes(base64.b64decode(shot["data"]))


def test_every_contest_chart_is_drawn_without_error(driver) -> None:
    status = driver.execute_script("return window.ggReport")
    assert status["errors"] == []
    drawn = driver.execute_script(
        "return Array.from(document.querySelectorAll('.contest .chart'))"
        ".map(d => d.querySelectorAll('.scatterlayer .trace').length)")
    assert drawn == [5, 4]  # band (2), forecast, two actors; band (2), forecast, one actor
    _shot(driver, "contests-1280-index.png")


def test_an_index_link_leads_to_its_contest(driver) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    driver.execute_script("document.querySelector('a[href=\"#contest0\"]').click()")
    # the page scrolls smoothly: wait until it has arrived (the limit only stops a hang)
    WebDriverWait(driver, 10).until(lambda d: abs(d.execute_script(
        "return document.getElementById('contest0').getBoundingClientRect().top") - 12) < 3)
    assert driver.execute_script("return location.hash") == "#contest0"
    _shot(driver, "contests-1280-contest.png")
