"""One-at-a-time sensitivity: a tornado over every input range.

For each actor and each of its position, salience and capability with a range of non-zero
width, the input is set to its low end and then to its high end, everything else held at its
point value, and the model is rerun. The swing is ``|forecast(high) - forecast(low)|``; bars
are sorted by swing, largest first. All variants of one model run as one vectorised batch.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from greatgame.models.base import IssueInputs, IssueModel, IssueRanges

_FIELDS = ("position", "salience", "capability")


@dataclass(frozen=True)
class Bar:
    """One bar of the tornado: an input moved across its range, and what the forecast did."""

    model: str
    actor: str
    input: str  # position | salience | capability
    low: float
    high: float
    forecast_low: float
    forecast_high: float
    baseline: float

    @property
    def swing(self) -> float:
        return abs(self.forecast_high - self.forecast_low)

    def to_dict(self) -> dict:
        return {**asdict(self), "swing": self.swing}


def tornado(model: IssueModel, inputs: IssueInputs, ranges: IssueRanges) -> list[Bar]:
    """Every non-zero-width input range of one issue, as tornado bars sorted by swing."""
    base = {f: getattr(inputs, f) for f in ("capability", "position", "salience")}
    cases: list[tuple[str, int, float, float]] = []
    for field in _FIELDS:
        low, high = ranges.fields[field]
        for i in range(len(inputs.actor_ids)):
            if high[i] > low[i]:
                cases.append((field, i, float(low[i]), float(high[i])))
    baseline = float(model.run(inputs).forecast)
    if not cases:
        return []
    rows = {f: np.repeat(v[None, :], 2 * len(cases), axis=0) for f, v in base.items()}
    for k, (field, i, low, high) in enumerate(cases):
        rows[field][2 * k, i] = low
        rows[field][2 * k + 1, i] = high
    out = model.run_batch(rows["capability"], rows["position"], rows["salience"], inputs.scale)
    bars = [
        Bar(
            model=model.name,
            actor=inputs.actor_ids[i],
            input=field,
            low=low,
            high=high,
            forecast_low=float(out[2 * k]),
            forecast_high=float(out[2 * k + 1]),
            baseline=baseline,
        )
        for k, (field, i, low, high) in enumerate(cases)
    ]
    return sorted(bars, key=lambda b: -b.swing)
