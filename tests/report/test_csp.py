"""The report's Content-Security-Policy: only the page's own scripts run, no eval (item 12).

Escaping keeps article text from becoming markup; the CSP is the second barrier. These
tests put a script into the page *after* rendering, as if escaping had failed, and check
that Chromium refuses to run it while the report's own scripts still draw the page.
"""

from __future__ import annotations

import base64
import hashlib
import re

from greatgame.report import render_report
from greatgame.report.render import render_html

from .conftest import build_inputs
from .test_chromium import open_in_chromium

SMUGGLED = (
    "<script>window.pwned = 'script'</script>"
    "<img src=x onerror=\"window.pwned = 'handler'\">"
    "<a id=gg-js href=\"javascript:window.pwned = 'link'\">x</a>"
)


def _policy(page: str) -> str:
    return re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)[1]


def test_script_source_is_hashes_only_without_inline_or_eval():
    page = render_html(build_inputs())
    script_src = re.search(r"script-src ([^;]*);", _policy(page))[1].split()
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    bodies = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    expected = {
        "'sha256-" + base64.b64encode(hashlib.sha256(b.encode()).digest()).decode() + "'"
        for b in bodies
    }
    assert len(bodies) == 3  # plotly.js, cytoscape.js, the page's own script
    assert set(script_src) == expected


def test_a_script_smuggled_into_the_page_does_not_run(tmp_path):
    report = render_report(build_inputs(), tmp_path / "report.html")
    page = report.read_text(encoding="utf-8")
    report.write_text(page.replace("</main>", SMUGGLED + "</main>", 1), encoding="utf-8")
    with open_in_chromium(report, tmp_path) as (driver, _):
        assert driver.execute_script("return window.ggReport.ready") is True
        driver.execute_script("document.getElementById('gg-js').click()")
        assert driver.execute_script("return window.pwned === undefined")
        assert driver.execute_script("return window.ggCy.nodes().length") > 0
