"""Backtests: every model over reference cases whose outcome, or published forecast, is known.

The cases ship inside the package (``greatgame/data/backtest``, see its ``cases.yaml`` and
``data/NOTICE.md``), so a backtest never reads the source data folder:

- EC auto-emission standards (BDM 1994; Scholz et al. 2011, Table 1): actual outcome 8.833
  years on the 4..10 scale; BDM's published forecasts 9.05 and 8.35.
- KTAB's SOE cases (KAPSARC): policy, published forecast about 30; the combined
  policy/competitive case, also against the final state of KTAB's 2017 reference run.

Each row is one case and model: the model's forecast, the case's first reference (an outcome
where one is known) and the error, forecast minus reference.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from importlib import resources
from typing import Any

import yaml

from greatgame.errors import InputError
from greatgame.records import Scenario

DATA = "greatgame.data"
FOLDER = "backtest"


@dataclass(frozen=True)
class Reference:
    kind: str  # outcome, published or reference-run
    value: float
    source: str


@dataclass(frozen=True)
class Case:
    id: str
    name: str
    file: str
    issue: str
    references: tuple[Reference, ...]
    scale: tuple[float, float] | None = None

    @property
    def reference(self) -> Reference:
        """The reference errors are measured against: the first listed."""
        return self.references[0]


@dataclass(frozen=True)
class Row:
    case: str
    issue: str
    model: str
    forecast: float
    reference: float
    against: str  # the reference's kind
    error: float  # forecast - reference
    source: str

    @property
    def abs_error(self) -> float:
        return abs(self.error)


def cases() -> list[Case]:
    """The packaged reference cases, in the order of ``cases.yaml``."""
    text = resources.files(DATA).joinpath(FOLDER).joinpath("cases.yaml").read_text(encoding="utf-8")
    out = []
    for item in yaml.safe_load(text)["cases"]:
        refs = tuple(
            Reference(r["kind"], float(r["value"]), r["source"]) for r in item["references"]
        )
        scale = tuple(item["scale"]) if item.get("scale") else None
        out.append(Case(item["id"], item["name"], item["file"], item["issue"], refs, scale))  # type: ignore[arg-type]
    return out


def case_scenario(case: Case) -> Scenario:
    """The scenario of a packaged case, read from inside the installed package."""
    from greatgame.scenario import load

    with resources.as_file(resources.files(DATA).joinpath(FOLDER).joinpath(case.file)) as path:
        return load(path, scale=case.scale)


def select(names: Iterable[str] | None) -> list[Case]:
    """The cases named (all when None); an unknown name is an InputError."""
    every = cases()
    if names is None:
        return every
    wanted = list(names)
    known = {c.id: c for c in every}
    for name in wanted:
        if name not in known:
            raise InputError("--case", f"unknown case {name!r} (known: {', '.join(known)})")
    return [known[n] for n in wanted]


Forecaster = Callable[..., Any]


def backtest(
    *,
    case_ids: Sequence[str] | None = None,
    forecaster: Forecaster | None = None,
    **forecast_options: Any,
) -> list[Row]:
    """Forecast every case with every model and score it against the case's reference.

    ``forecaster`` defaults to :func:`greatgame.models.forecast.forecast`; the
    ``forecast_options`` (models, draws, seed) are passed to it. Its result is read through
    the forecast JSON shape (``{"issues": [{"id", "models": {MODEL: {"forecast"}}}]}``).
    """
    from greatgame.models.shocks import as_json

    chosen = select(case_ids)
    if forecaster is None:
        from greatgame.models.forecast import forecast as forecaster
    rows: list[Row] = []
    for case in chosen:
        result = as_json(forecaster(case_scenario(case), issue=case.issue, **forecast_options))
        issue = next(i for i in result["issues"] if i["id"] == case.issue)
        ref = case.reference
        for model, out in issue["models"].items():
            value = float(out["forecast"])
            rows.append(
                Row(
                    case.id,
                    case.issue,
                    model,
                    value,
                    ref.value,
                    ref.kind,
                    value - ref.value,
                    ref.source,
                )
            )
    return rows


def to_json(rows: Sequence[Row]) -> dict[str, Any]:
    """The JSON of ``greatgame backtest --json``: the rows, the cases and each model's MAE."""
    by_model: dict[str, list[float]] = {}
    for r in rows:
        by_model.setdefault(r.model, []).append(r.abs_error)
    used = {r.case for r in rows}
    return {
        "rows": [asdict(r) | {"abs_error": r.abs_error} for r in rows],
        "mean_abs_error": {m: sum(v) / len(v) for m, v in by_model.items()},
        "cases": [
            {
                "id": c.id,
                "name": c.name,
                "issue": c.issue,
                "references": [asdict(ref) for ref in c.references],
            }
            for c in cases()
            if c.id in used
        ],
    }
