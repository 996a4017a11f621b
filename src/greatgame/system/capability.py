"""Capabilities: how strong each actor is, always with its source and year.

States: ``w x CINC + (1 - w) x GDP share``, both shares of the world total, each from
the latest year not after the system's date (COW National Material Capabilities 6.0,
Singer, Bremer & Stuckey 1972; World Bank WDI NY.GDP.MKTP.CD). The range runs from the
smaller to the larger of the two figures: where military-industrial weight and economic
weight disagree, the forecast should say how much that matters. ``w`` = 0.5 by default.

Non-state actors have no such tables. Their capabilities are documented defaults on
the same scale (share of world capability), marked ``default`` so that the report says
so and the analyst can override them in the scenario YAML:

- armed group: 0.002 (0.001-0.005): about the weight of the state it fights in when that
  state is small (Afghanistan's 2016 CINC is 0.0028);
- organisation / IGO: 0.01 (0.003-0.03): a coalition's voice, not the sum of its members;
- anything else a player: 0.001 (0.0005-0.003).
"""

from __future__ import annotations

from dataclasses import dataclass

from greatgame import resources

DEFAULTS: dict[str, tuple[float, float, float]] = {
    "armed_group": (0.002, 0.001, 0.005),
    "organisation": (0.01, 0.003, 0.03),
    "other": (0.001, 0.0005, 0.003),
}


@dataclass(frozen=True)
class Capability:
    """A capability with its range, source and year, and the raw figures behind it."""

    value: float
    low: float
    high: float
    source: str
    year: int | None
    raw: tuple[tuple[str, float], ...] = ()


def state_capability(iso3: str, year: int, *, cinc_weight: float = 0.5) -> Capability | None:
    """A state's blended capability as of ``year``, or None when neither table has it."""
    row = resources.cinc(iso3, year)
    share = resources.gdp_share(iso3, year)
    cinc = row.cinc if row is not None else None
    if cinc is None and share is None:
        return None
    if cinc is None:
        gdp, gdp_year = share  # type: ignore[misc]
        return Capability(gdp, gdp, gdp, "World Bank GDP share", gdp_year,
                          (("gdp_share", gdp),))
    if share is None:
        return Capability(cinc, cinc, cinc, "COW NMC 6.0 CINC", row.year, (("cinc", cinc),))
    gdp, gdp_year = share
    value = cinc_weight * cinc + (1 - cinc_weight) * gdp
    return Capability(
        value=value,
        low=min(cinc, gdp),
        high=max(cinc, gdp),
        source=f"COW NMC 6.0 CINC {row.year} x {cinc_weight:g} + World Bank GDP share "
        f"{gdp_year} x {1 - cinc_weight:g}",
        year=max(row.year, gdp_year),
        raw=(("cinc", cinc), ("gdp_share", gdp), ("cinc_year", row.year),
             ("gdp_year", gdp_year)),
    )


def default_capability(kind: str) -> Capability:
    """The documented default for a non-state actor of ``kind``."""
    value, low, high = DEFAULTS.get(kind, DEFAULTS["other"])
    return Capability(value, low, high, f"default for {kind.replace('_', ' ')}", None)


def capability_of(
    actor_id: str, kind: str, year: int, *, cinc_weight: float = 0.5
) -> Capability:
    """Table figures for states, documented defaults for everyone else."""
    if kind == "state":
        found = state_capability(actor_id, year, cinc_weight=cinc_weight)
        if found is not None:
            return found
    return default_capability(kind)
