"""The report's first lines: per issue, one sentence that answers the analyst's question.

"Most likely outcome: 28 on 0-100, closer to “…” (compromise model, 80 % interval 21-37).
If the United States left, it would move 21 points toward “…”: significant, the 80 %
intervals do not overlap." The model is the headline model the forecast names
(:mod:`greatgame.models.headline`); the what-if is the first of the run (the default one,
the most capable outside actor leaving). A shift is *significant* only when the baseline's
and the scenario's 80 % intervals do not overlap; with no interval to judge by, the
sentence says so rather than guess.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from greatgame.records import Issue
from greatgame.report.inputs import ReportInputs, finite, forecast_issues


class Shift(NamedTuple):
    """The default what-if's effect on one issue's headline model."""

    shocks: tuple[str, ...]
    shift: float
    significant: bool | None  # None: no interval to judge by
    scenario: float


class Answer(NamedTuple):
    issue_id: str
    model: str | None
    value: float | None
    ci80: tuple[float, float] | None
    why: str
    shift: Shift | None
    sentence: str


def _fmt(value: float) -> str:
    return f"{value:.0f}"


def leaning(issue: Issue, value: float) -> str:
    """Where ``value`` lies between the poles, in words."""
    share = (value - issue.low) / (issue.high - issue.low) if issue.high > issue.low else 0.5
    low, high = issue.low_label or "low", issue.high_label or "high"
    if 0.45 <= share <= 0.55:
        return f"midway between “{low}” and “{high}”"
    return f"closer to “{high if share > 0.5 else low}”"


def with_article(name: str) -> str:
    """A state's name as a sentence uses it: "the United States", "the Netherlands",
    "Russia"; names that already start with an article or are not states' stay."""
    words = name.split()
    takes_the = bool(words) and (
        words[0] in ("United", "Republic", "Kingdom", "Democratic", "Islamic", "European")
        or words[-1] in ("States", "Emirates", "Islands", "Netherlands", "Philippines",
                         "Union", "Republic", "Kingdom", "Nations", "Bahamas", "Maldives"))
    return f"the {name}" if takes_the and words[0].lower() != "the" else name


def shock_phrase(shocks: tuple[str, ...], names: Mapping[str, str]) -> str:
    """``("remove:USA",)`` -> "If the United States left"; other shocks by their spec."""
    if len(shocks) == 1 and shocks[0].startswith("remove:"):
        actor = shocks[0].split(":", 1)[1]
        return f"If {with_article(names.get(actor, actor))} left"
    return "Under the what-if " + "; ".join(shocks)


def is_significant(overlap: bool | None, shift: float | None) -> bool | None:
    """A shift is significant when the two 80 % intervals do not overlap and it moves the
    forecast at all (a +0.0 is never significant); None when there is no interval."""
    if overlap is None or shift is None:
        return None
    return not overlap and abs(shift) >= 0.05


def default_shift(inputs: ReportInputs, issue_id: str, model: str) -> Shift | None:
    """The first what-if's shift of ``model`` on ``issue_id``, and whether it is significant."""
    for whatif in inputs.whatifs[:1]:
        for entry in whatif.get("issues", ()) or ():
            row = (entry.get("models") or {}).get(model) if entry.get("id") == issue_id else None
            shift = finite(row.get("shift")) if row else None
            if row is None or shift is None:
                continue
            return Shift(tuple(whatif.get("shocks", ())), shift,
                         is_significant(row.get("overlap"), shift),
                         finite(row.get("scenario")) or 0.0)
    return None


def _shift_sentence(issue: Issue, shift: Shift, names: Mapping[str, str]) -> str:
    opening = shock_phrase(shift.shocks, names)
    if abs(shift.shift) < 0.05:
        return f"{opening}, it would not move."
    pole = issue.high_label if shift.shift > 0 else issue.low_label
    moved = f"{opening}, it would move {abs(shift.shift):.1f} points toward “{pole}”"
    if shift.significant is None:
        return f"{moved} (no interval to judge whether that is beyond the noise)."
    if shift.significant:
        return f"{moved}: significant, the 80 % intervals do not overlap."
    return f"{moved}, within the noise: the 80 % intervals overlap."


def answers(inputs: ReportInputs, names: Mapping[str, str]) -> list[Answer]:
    """One answer per issue of the scenario, in the scenario's order."""
    from greatgame.models.headline import choose, headline

    chosen = (inputs.forecast.get("headline") or {})
    model_wanted = chosen.get("model") or choose().model
    why = chosen.get("why") or choose().why
    by_id = forecast_issues(inputs.forecast)
    found = []
    for issue in inputs.scenario.issues:
        head = headline(by_id.get(issue.id, {}), model_wanted)
        value = finite(head["value"]) if head else None
        if head is None or value is None:
            found.append(Answer(issue.id, None, None, None, why, None,
                                "No forecast: no model ran on this issue."))
            continue
        ci = head.get("ci80")
        interval = (float(ci[0]), float(ci[1])) if ci else None
        text = (f"Most likely outcome: {_fmt(value)} on {_fmt(issue.low)}–{_fmt(issue.high)}, "
                f"{leaning(issue, value)} ({head['model']} model"
                + (f", 80 % interval {_fmt(interval[0])}–{_fmt(interval[1])}" if interval else "")
                + ").")
        shift = default_shift(inputs, issue.id, head["model"])
        if shift is not None:
            text += " " + _shift_sentence(issue, shift, names)
        found.append(Answer(issue.id, head["model"], value, interval, why, shift, text))
    return found


def as_rows(found: list[Answer]) -> list[dict[str, Any]]:
    """The answers as the template reads them."""
    return [a._asdict() | {"shift": a.shift._asdict() if a.shift else None} for a in found]
