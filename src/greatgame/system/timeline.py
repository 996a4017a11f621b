"""A contest over time: its system at the end of each week or month.

The forecast at each period's end (:class:`ForecastPoint`) is made by
:func:`greatgame.api.timeline`, which runs a model on each step's scenario; this module
holds the records only, as ``system`` never runs a model.

An analyst follows a question through months of reporting. For each period from the one
holding the contest's first article to the one holding its last, the contest's system is
built from the articles published by the period's end
(:func:`greatgame.system.corpus.contest_system` with ``as_of`` the period's end), older
evidence weighing ``0.5 ** (age / half_life)``. A period without a new article still has
its step: the evidence it holds has aged, so saliences fall (positions stay where the
evidence put them until new evidence moves them).

Periods end on a Sunday (ISO weeks, Monday to Sunday) or on a month's last day. A contest
whose articles carry no date has one step, dated as its system is.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from greatgame.system.build import HALF_LIFE_DAYS, System
from greatgame.system.corpus import Contest, contest_system, published_by
from greatgame.system.kinds import IssueKind

PERIODS: tuple[str, ...] = ("week", "month")


class PositionPoint(NamedTuple):
    """One actor's position and salience on one issue at the end of one period."""

    period: dt.date
    issue: str
    actor: str
    position: float
    salience: float


@dataclass(frozen=True)
class Step:
    """A contest's system at the end of one period, and how many articles it read."""

    period: dt.date
    articles: int
    system: System


class ForecastPoint(NamedTuple):
    """The headline forecast of one issue at the end of one period."""

    period: dt.date
    issue: str
    model: str
    forecast: float
    ci80: tuple[float, float] | None
    articles: int  # articles published by the period's end


@dataclass(frozen=True)
class Timeline:
    """A contest period by period: each actor's position and salience, and the forecast."""

    contest: Contest
    every: str
    steps: tuple[Step, ...]
    positions: tuple[PositionPoint, ...]
    forecasts: tuple[ForecastPoint, ...]

    def as_json(self) -> dict[str, Any]:
        """``{"every", "positions": [{"period", "issue", "actor", "position", "salience"}],
        "forecasts": [{"period", "issue", "model", "forecast", "ci80", "articles"}]}``."""
        def row(point: NamedTuple) -> dict[str, Any]:
            return {k: v.isoformat() if isinstance(v, dt.date) else v
                    for k, v in point._asdict().items()}

        return {"every": self.every, "positions": [row(p) for p in self.positions],
                "forecasts": [row(f) for f in self.forecasts]}


def period_end(day: dt.date, every: str) -> dt.date:
    """The last day of the period (``"week"``: Monday to Sunday; ``"month"``) holding ``day``.

    >>> period_end(dt.date(2020, 2, 14), "month"), period_end(dt.date(2020, 2, 14), "week")
    (datetime.date(2020, 2, 29), datetime.date(2020, 2, 16))
    """
    if every == "week":
        return day + dt.timedelta(days=6 - day.weekday())
    if every == "month":
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    raise ValueError(f"unknown period {every!r} (use one of {', '.join(PERIODS)})")


def period_ends(first: dt.date, last: dt.date, every: str) -> list[dt.date]:
    """The end of every period from the one holding ``first`` to the one holding ``last``.

    >>> period_ends(dt.date(2019, 12, 18), dt.date(2020, 2, 14), "month")
    [datetime.date(2019, 12, 31), datetime.date(2020, 1, 31), datetime.date(2020, 2, 29)]
    """
    ends = [period_end(first, every)]
    while ends[-1] < last:
        ends.append(period_end(ends[-1] + dt.timedelta(days=1), every))
    return ends


def contest_steps(
    contest: Contest,
    *,
    every: str = "month",
    half_life_days: float = HALF_LIFE_DAYS,
    as_of: dt.date | None = None,
    kinds: Sequence[IssueKind] | None = None,
) -> list[Step]:
    """The contest's system at the end of each period (see the module's docstring), up to
    ``as_of`` when given (its last step is then dated ``as_of``)."""
    first, last = contest.first, contest.last
    if first is None or last is None:
        system = contest_system(contest, half_life_days=half_life_days, kinds=kinds)
        return [Step(system.scenario.date, len(contest.extractions), system)]
    if as_of is not None and as_of < first:
        return []
    ends = period_ends(first, max(last, as_of or last), every)
    if as_of is not None:
        ends = [e for e in ends if e < as_of] + [as_of]
    return [Step(end, len(published_by(contest.extractions, end)),
                 contest_system(contest, as_of=end, half_life_days=half_life_days,
                                kinds=kinds))
            for end in ends]


def position_points(steps: list[Step]) -> list[PositionPoint]:
    """Every position of every step, as rows: period, issue, actor, position, salience."""
    return [PositionPoint(step.period, p.issue, p.actor, p.position, p.salience)
            for step in steps for p in step.system.scenario.positions]
