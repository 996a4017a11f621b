"""Provenance: what it takes to reproduce a forecast exactly.

Every forecast records the SHA-256 of its inputs (the canonical JSON of the scenario: keys
sorted, no whitespace, UTF-8), the greatgame and numpy versions, the seed, the draw count,
the sampling distribution and every switch of every model that ran. Rerunning the same
scenario with the same record gives the same numbers.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import numpy as np

from greatgame import __version__
from greatgame.records import Scenario


def canonical_json(scenario: Scenario) -> str:
    """The scenario as canonical JSON: sorted keys, compact separators, no ASCII escaping."""
    data = scenario.model_dump(mode="json")
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def scenario_sha256(scenario: Scenario) -> str:
    """SHA-256 (hex) of the scenario's canonical JSON."""
    return hashlib.sha256(canonical_json(scenario).encode("utf-8")).hexdigest()


def provenance(
    scenario: Scenario,
    *,
    seed: int,
    draws: int,
    sampling: str,
    switches: dict[str, dict[str, Any]],
    issues: list[str],
) -> dict[str, Any]:
    """The provenance record of one forecast run (plain JSON values)."""
    return {
        "inputs_sha256": scenario_sha256(scenario),
        "greatgame_version": __version__,
        "numpy_version": np.__version__,
        "seed": seed,
        "draws": draws,
        "sampling": sampling,
        "issues": list(issues),
        "switches": {name: dict(sw) for name, sw in switches.items()},
    }
