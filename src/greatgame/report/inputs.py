"""What the report is made from: one typed container for every stage's output.

The report reads the scenario (actors, issues, positions, relations), the engine's forecast
JSON, the what-if comparisons, the per-article extractions and the relation graph. Only the
scenario is required; every other part may be empty and its section then says so.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from greatgame.records import Extraction, Scenario
from greatgame.system.corpus import Contest
from greatgame.system.timeline import Timeline

#: Models in the order the report lists them; any other model follows, alphabetically.
MODEL_ORDER: tuple[str, ...] = ("eum", "exchange", "compromise", "median", "mean")

#: One colour per known model, kept the same in every chart.
MODEL_COLOURS: dict[str, str] = {
    "eum": "#d1495b",
    "exchange": "#2e86ab",
    "compromise": "#3a7d44",
    "median": "#edae49",
    "mean": "#7d5ba6",
}
_SPARE_COLOURS = ("#8c564b", "#e377c2", "#7f7f7f", "#17becf", "#bcbd22")


@dataclass(frozen=True)
class ReportInputs:
    """Everything one report shows.

    ``forecast`` is the engine's JSON contract (``{"scenario", "issues": [{"id", "name",
    "models": {MODEL: {"forecast", "rounds", "draws", "ci80", "distribution"?}}}]}``);
    ``whatifs`` one entry per shock set (``{"shocks": [...], "issues": [{"id", "models":
    {MODEL: {"baseline", "scenario", "shift", "overlap"}}}]}``). ``generated`` is printed
    as given (the report never reads the clock, so the same inputs give the same bytes).
    ``timelines``: the contests of a corpus, each period by period
    (:func:`greatgame.api.timeline`); with more than one, the report opens on their index.
    ``contests``: each contest's own system, forecast and what-ifs (a corpus run,
    :mod:`greatgame.api_corpus`); each contest's section then shows them, and the
    ``scenario`` holds the corpus's actors only, no issue of its own.
    """

    scenario: Scenario
    forecast: Mapping[str, Any] = field(default_factory=dict)
    whatifs: Sequence[Mapping[str, Any]] = ()
    extractions: Sequence[Extraction] = ()
    graph: nx.Graph | None = None
    blocs: Sequence[Iterable[str]] = ()
    title: str | None = None
    generated: str | None = None
    timelines: Sequence[Timeline] = ()
    contests: Sequence[ContestInputs] = ()


@dataclass(frozen=True)
class ContestInputs:
    """One contest's own system as a corpus run made it: the scenario (its question, its
    players), the forecast JSON and what-ifs as in :class:`ReportInputs`, its relation
    graph and the folder, relative to the report, holding its files."""

    contest: Contest
    scenario: Scenario
    forecast: Mapping[str, Any] = field(default_factory=dict)
    whatifs: Sequence[Mapping[str, Any]] = ()
    graph: nx.Graph | None = None
    folder: str | None = None

    def as_report(self) -> ReportInputs:
        """The contest as a report of its own would read it."""
        return ReportInputs(scenario=self.scenario, forecast=self.forecast,
                            whatifs=self.whatifs, graph=self.graph)


def ordered_models(names: Iterable[str]) -> list[str]:
    """Model names in report order: the known ones first, then the rest alphabetically."""
    names = set(names)
    known = [m for m in MODEL_ORDER if m in names]
    return known + sorted(names - set(MODEL_ORDER))


def model_colour(name: str) -> str:
    """A stable colour for a model name."""
    if name in MODEL_COLOURS:
        return MODEL_COLOURS[name]
    return _SPARE_COLOURS[sum(map(ord, name)) % len(_SPARE_COLOURS)]


def finite(value: Any) -> float | None:
    """``value`` as a float, or None when it is missing, not a number, NaN or infinite."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def forecast_issues(forecast: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """The forecast's issue entries keyed by issue id, in the order given."""
    found: dict[str, Mapping[str, Any]] = {}
    for entry in forecast.get("issues", ()) or ():
        if isinstance(entry, Mapping) and entry.get("id") is not None:
            found[str(entry["id"])] = entry
    return found


def ci80(entry: Mapping[str, Any]) -> tuple[float, float] | None:
    """A model entry's 80 % interval as (low, high), or None when absent or malformed."""
    interval = entry.get("ci80")
    if not isinstance(interval, Sequence) or isinstance(interval, str) or len(interval) != 2:
        return None
    low, high = finite(interval[0]), finite(interval[1])
    if low is None or high is None:
        return None
    return (min(low, high), max(low, high))
