"""Stage 6: the self-contained HTML report and the exports.

Usage::

    from greatgame.report import ReportInputs, render_report
    render_report(ReportInputs(scenario, forecast, whatifs, extractions, graph), "report.html")
"""

from greatgame.report.export import write_events_jsonl, write_graphml, write_tables
from greatgame.report.inputs import ReportInputs
from greatgame.report.render import render_html, render_report

__all__ = [
    "ReportInputs",
    "render_html",
    "render_report",
    "write_events_jsonl",
    "write_graphml",
    "write_tables",
]
