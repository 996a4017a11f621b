"""The report `greatgame demo` writes, in headless Chromium: offline, no errors, charts and
network drawn for the system the bundled article gives. Screenshot: screenshots/demo-1280.png.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from greatgame.api import analyze

from .test_chromium import SCREENSHOTS, _chromium_or_skip, open_in_chromium, requested_urls

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[object, object, list]]:
    _chromium_or_skip()
    folder = tmp_path_factory.mktemp("demo")
    article = Path(str(resources.files("greatgame") / "examples" / "afghanistan-2017.txt"))
    analysis = analyze([article], out=folder / "out", date=dt.date(2017, 3, 16), draws=300)
    with open_in_chromium(analysis.files["report"], folder) as (driver, performance):
        yield driver, analysis, performance


def test_demo_report_has_no_errors_and_asks_for_nothing(demo) -> None:
    driver, analysis, performance = demo
    assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
    assert driver.execute_script("return window.ggReport.errors") == []
    page = analysis.files["report"].as_uri()
    by_page, anywhere = requested_urls(performance, page)
    assert {u for u in by_page if not u.startswith(("data:", "blob:"))} == {page}
    assert {u for u in anywhere if u.startswith(("http:", "https:", "ws:", "wss:"))} == set()


def test_demo_report_draws_the_system(demo) -> None:
    driver, analysis, _ = demo
    nodes = driver.execute_script("return window.ggCy.nodes().length")
    assert nodes == analysis.system.graph.number_of_nodes() > 5
    figures = driver.execute_script(
        "return Array.from(document.querySelectorAll('[data-figure]'))"
        ".filter(d => (d.data || []).length > 0).map(d => d.getAttribute('data-figure'))"
    )
    for k in range(len(analysis.system.scenario.issues)):
        assert {f"issue{k}-forecast", f"issue{k}-distribution", f"issue{k}-trajectory"} <= set(
            figures
        )
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png",
                                                             "captureBeyondViewport": True})
    SCREENSHOTS.mkdir(exist_ok=True)
    (SCREENSHOTS / "demo-1280.png").write_bytes(base64.b64decode(shot["data"]))
