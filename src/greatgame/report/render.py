"""Render the report: one HTML file with every script, style and datum inlined.

The page makes no request to any address: plotly.js (from the installed plotly package)
and cytoscape.js (vendored from npm, see ``scripts/vendor_js.sh``) are inlined with their
licence notices, and the data travels in ``<script type="application/json">`` blocks whose
``<`` characters are escaped, so no text from an article can close the block. Output is a
pure function of the inputs: no clock, no random numbers, stable ordering.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import math
import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

import greatgame
from greatgame.errors import GreatgameError
from greatgame.report import answers, charts, contests, context, network
from greatgame.report.inputs import ReportInputs
from greatgame.report.issue_sections import issue_sections
from greatgame.report.sources import Sources

_PACKAGE = resources.files("greatgame.report")
_DIGITS = 4
#: A table of more rows than this starts collapsed (a 100-article report stays readable).
COLLAPSE_OVER = 25
# The page's Content-Security-Policy, with the hash of each inline script put in for SCRIPTS.
# Only the scripts the page itself carries may run: an injected <script> has no hash, and
# no 'unsafe-inline' lets it through. No 'unsafe-eval' either: plotly.js needs eval only for
# its WebGL traces (regl compiles shaders with Function), which the report does not draw,
# and cytoscape.js and the page script need none. Styles stay 'unsafe-inline': plotly sets
# element styles from script, and a style cannot run code.
CSP = (
    "default-src 'none'; script-src SCRIPTS; style-src 'unsafe-inline'; "
    "img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; "
    "form-action 'none'"
)
_CSP_SLOT = "gg-content-security-policy"  # stands in the template until the hashes are known
# An executable inline script: <script> with no type, or a JavaScript one (not JSON data).
_SCRIPT = re.compile(
    r"<script(?![^>]*\btype=\"application/json\")[^>]*>(.*?)</script>", re.DOTALL
)


# --- assets -------------------------------------------------------------------------------


def _read(*parts: str) -> str:
    return _PACKAGE.joinpath(*parts).read_text(encoding="utf-8")


@functools.cache
def plotly_js() -> tuple[str, str, str]:
    """plotly.js as shipped inside the installed plotly package, its version and copyright."""
    from plotly import offline

    source = offline.get_plotlyjs()
    header = [line.strip(" */") for line in source[: source.find("*/")].splitlines()]
    version = next((h.split(" v", 1)[1] for h in header if h.startswith("plotly.js v")), "?")
    copyright_line = next(
        (h for h in header if h.startswith("Copyright")), "Copyright Plotly, Inc."
    )
    return source, version, copyright_line


@functools.cache
def cytoscape_js() -> tuple[str, str, str]:
    """cytoscape.min.js, its licence text and its version, as vendored under assets/."""
    try:
        source = _read("assets", "cytoscape.min.js")
        licence = _read("assets", "cytoscape.LICENSE")
        version = _read("assets", "cytoscape.VERSION").strip()
    except FileNotFoundError as missing:
        raise GreatgameError(
            f"the report's vendored cytoscape.js is missing ({missing.filename}); "
            "run scripts/vendor_js.sh"
        ) from missing
    return source, licence, version


def inline_script(source: str) -> Markup:
    """Script text safe inside <script>: no ``</script`` can end the element early."""
    return Markup(source.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT"))


# --- data ---------------------------------------------------------------------------------


def clean(value: Any) -> Any:
    """JSON-ready copy: floats rounded, NaN and infinities to null, tuples to lists."""
    if isinstance(value, bool) or value is None or isinstance(value, str | int):
        return value
    if isinstance(value, float):
        return round(value, _DIGITS) if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {str(k): clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean(v) for v in value]
    try:
        return clean(float(value))  # numpy scalars
    except (TypeError, ValueError):
        return str(value)


def json_block(value: Any) -> Markup:
    """JSON for a ``<script type="application/json">`` element, with ``<``, ``>``, ``&``
    written as unicode escapes so the text can never close the element or open a comment."""
    text = json.dumps(clean(value), ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)


# --- template -----------------------------------------------------------------------------


def fmt(value: Any, digits: int = 1) -> str:
    """A number for the page; an em dash when there is none."""
    if value is None or isinstance(value, bool):
        return "\u2014"
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if not math.isfinite(number):
        return "\u2014"
    return f"{number:.{digits}f}"


def fmt_sig(value: Any) -> str:
    """A number to three significant figures (capabilities span many magnitudes)."""
    if value is None:
        return "\u2014"
    return f"{float(value):.3g}"


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("greatgame.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["num"] = fmt
    env.filters["sig"] = fmt_sig
    env.filters["signed"] = lambda v, d=1: "\u2014" if v is None else f"{float(v):+.{d}f}"
    return env


def build_context(inputs: ReportInputs) -> dict[str, Any]:
    """Everything the template shows, and the JSON the page script draws from."""
    scenario = inputs.scenario
    names = context.actor_names(inputs)
    events = context.event_rows(inputs, names)
    sources = Sources(x.article for x in inputs.extractions)
    issues, figures = issue_sections(inputs, names)
    timeline = charts.timeline_figure(events)
    if timeline is not None:
        figures["timeline"] = timeline
    contest_sections, contest_figures = contests.sections(inputs.timelines, sources,
                                                          systems=inputs.contests)
    figures.update(contest_figures)
    actor_rows = context.actor_rows(inputs, sources)
    graph = network.network(inputs, names, sources)
    plotly_source, plotly_version, plotly_copyright = plotly_js()
    cytoscape_source, cytoscape_licence, cytoscape_version = cytoscape_js()
    return {
        "csp": _CSP_SLOT,
        "title": inputs.title or scenario.name,
        "scenario": scenario,
        "generated": inputs.generated,
        "version": greatgame.__version__,
        "run": {k: inputs.forecast.get(k) for k in ("seed", "draws") if k in inputs.forecast},
        "summary": context.summary(inputs),
        "answers": answers.as_rows(answers.answers(inputs, names)),
        "actors": actor_rows,
        "contests": contest_sections,
        "collapse_over": COLLAPSE_OVER,
        "issue_list": scenario.issues,
        "network": graph,
        "events": events[: context.EVENT_TABLE_LIMIT],
        "events_total": len(events),
        "events_undated": sum(context.plottable_date(e["date"]) is None for e in events),
        "quotes": context.quote_rows(inputs, names, sources),
        "stances": context.stance_rows(inputs, names, sources),
        "articles": sources.articles(),
        "issues": issues,
        "has_timeline": timeline is not None,
        "figures_json": json_block(figures),
        "network_json": json_block({"nodes": graph["nodes"], "edges": graph["edges"]}),
        "style": Markup(_read("templates", "report.css")),
        "page_js": inline_script(_read("templates", "report.js")),
        "plotly_js": inline_script(plotly_source),
        "plotly_version": plotly_version,
        "plotly_copyright": plotly_copyright,
        "mit_text": _read("assets", "MIT-LICENSE.txt"),
        "cytoscape_js": inline_script(cytoscape_source),
        "cytoscape_licence": cytoscape_licence,
        "cytoscape_version": cytoscape_version,
    }


def render_html(inputs: ReportInputs) -> str:
    """The report as one HTML string, its CSP naming the hash of every script it carries."""
    context_ = build_context(inputs)
    page = environment().get_template("report.html.j2").render(context_)
    ours = [str(context_[key]) for key in ("plotly_js", "cytoscape_js", "page_js")]
    return page.replace(_CSP_SLOT, content_security_policy(page, ours), 1)


def content_security_policy(page: str, sources: list[str]) -> str:
    """The CSP that lets run the inline scripts of ``page`` holding one of ``sources``, and
    no other, by their SHA-256 (a script that got into the page some other way has no hash)."""
    hashes = sorted(
        {
            "'sha256-"
            + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
            + "'"
            for body in _SCRIPT.findall(page)
            if any(source in body for source in sources)
        }
    )
    return CSP.replace("SCRIPTS", " ".join(hashes) or "'none'")


def render_report(inputs: ReportInputs, path: str | Path) -> Path:
    """Write the report to ``path`` (parent folders are created) and return the path."""
    target = Path(path)
    page = render_html(inputs)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8", newline="\n")
    except OSError as error:
        raise GreatgameError(f"{target}: cannot write the report ({error.strerror})") from error
    return target
