"""Typed records passed between the stages.

Every record is a frozen pydantic model: validated where it is built (readers, YAML,
CLI options), trusted inside the pipeline. Each record that stands for something read
from text carries its evidence; each number carries its source, or is marked a default.

Scales: issue positions live on the issue's own scale (``Issue.low .. Issue.high``,
0-100 unless declared otherwise); salience is a fraction in 0..1; capability is any
non-negative number (models normalise it where they need to).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

ActorKind = Literal["state", "organisation", "armed_group", "person", "source", "other"]
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "ELI"})
"""CAMEO sectors of a state's own organs: a person or body of one speaks for the state."""
SetBy = Literal["evidence", "analyst", "import", "default"]

# The largest magnitude a scenario number may have: well past any capability index, GDP in
# dollars or issue scale, and far enough below the float limit that the models' sums and
# products of a few such numbers stay finite.
LIMIT = 1e15
# Scopes of ``Scenario.params`` keys ("eum.rounds"): the models, and what a KTAB file carries.
PARAM_SCOPES = ("compromise", "median", "mean", "eum", "exchange", "nash", "ks", "smp", "ktab")


def _not_text(value: Any) -> Any:
    """Refuse text and booleans where a number belongs: "500" or `yes` is a slip, not a number."""
    if isinstance(value, str | bytes | bool):
        raise ValueError(f"must be a number, not {type(value).__name__} {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"must be a finite number, not {value!r}")
    return value


# A finite number within +-LIMIT, never coerced from text. Every number of a scenario is one.
Number = Annotated[
    float, BeforeValidator(_not_text), Field(allow_inf_nan=False, ge=-LIMIT, le=LIMIT)
]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --- evidence ---------------------------------------------------------------------------


class Evidence(Record):
    """Where a number or a claim comes from: a sentence, a dataset row, or a default."""

    kind: Literal["sentence", "event", "quote", "stance", "dataset", "default", "analyst"]
    text: str = ""
    article_id: str | None = None
    start: int | None = None
    end: int | None = None
    source: str | None = None  # dataset name, e.g. "COW NMC 6.0"
    year: int | None = None


# --- scenario: actors, issues, positions, relations --------------------------------------


class Actor(Record):
    id: str = Field(min_length=1)
    name: str
    kind: ActorKind = "other"
    country: str | None = None
    sector: str | None = None
    capability: Number = Field(ge=0)
    capability_low: Number | None = Field(default=None, ge=0)
    capability_high: Number | None = Field(default=None, ge=0)
    capability_source: str = "default"
    capability_year: int | None = None
    aliases: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _range_holds_value(self) -> Actor:
        low = self.capability if self.capability_low is None else self.capability_low
        high = self.capability if self.capability_high is None else self.capability_high
        if not low <= self.capability <= high:
            raise ValueError(
                f"capability {self.capability} is outside its range [{low}, {high}]"
            )
        return self

    @property
    def capability_range(self) -> tuple[float, float]:
        low = self.capability if self.capability_low is None else self.capability_low
        high = self.capability if self.capability_high is None else self.capability_high
        return (low, high)


class Issue(Record):
    id: str = Field(min_length=1)
    name: str
    low: Number = 0.0
    high: Number = 100.0
    low_label: str = ""
    high_label: str = ""
    cues: tuple[str, ...] = ()  # phrases that put a statement on this issue
    low_cues: tuple[str, ...] = ()  # phrases that point a statement toward the low pole
    high_cues: tuple[str, ...] = ()  # ... and toward the high pole
    description: str = ""

    @model_validator(mode="after")
    def _scale_is_ordered(self) -> Issue:
        if not self.low < self.high:
            raise ValueError(f"scale low {self.low} must be below high {self.high}")
        return self


class Position(Record):
    """One actor's stance on one issue: where it stands and how much it cares."""

    actor: str
    issue: str
    position: Number
    position_low: Number | None = None
    position_high: Number | None = None
    salience: Number = Field(ge=0, le=1)
    salience_low: Number | None = Field(default=None, ge=0, le=1)
    salience_high: Number | None = Field(default=None, ge=0, le=1)
    set_by: SetBy = "import"
    evidence: tuple[Evidence, ...] = ()

    @model_validator(mode="after")
    def _ranges_hold_values(self) -> Position:
        p_lo, p_hi = self.position_range
        s_lo, s_hi = self.salience_range
        if not p_lo <= self.position <= p_hi:
            raise ValueError(f"position {self.position} is outside its range [{p_lo}, {p_hi}]")
        if not s_lo <= self.salience <= s_hi:
            raise ValueError(f"salience {self.salience} is outside its range [{s_lo}, {s_hi}]")
        return self

    @property
    def position_range(self) -> tuple[float, float]:
        low = self.position if self.position_low is None else self.position_low
        high = self.position if self.position_high is None else self.position_high
        return (low, high)

    @property
    def salience_range(self) -> tuple[float, float]:
        low = self.salience if self.salience_low is None else self.salience_low
        high = self.salience if self.salience_high is None else self.salience_high
        return (low, high)


class Relation(Record):
    """A signed, weighted tie between two actors: +1 firm allies, -1 open enemies."""

    a: str
    b: str
    weight: Number = Field(ge=-1, le=1)
    evidence: tuple[Evidence, ...] = ()


class Scenario(Record):
    """Everything a model needs: the analyst's hand-off point, read from and written to YAML."""

    name: str
    description: str = ""
    date: dt.date | None = None
    actors: tuple[Actor, ...]
    issues: tuple[Issue, ...]
    positions: tuple[Position, ...]
    relations: tuple[Relation, ...] = ()
    params: dict[str, float | int | str | bool] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _someone_has_weight(self) -> Scenario:
        """Refuse an issue on which no actor has weight: every model weighs an actor by
        capability x salience, and with all weights 0 each model falls back to another guess."""
        capability = {a.id: a.capability for a in self.actors}
        weight: dict[str, float] = {}
        for p in self.positions:
            weight[p.issue] = weight.get(p.issue, 0.0) + capability.get(p.actor, 0.0) * p.salience
        for issue_id, total in weight.items():
            if total <= 0:
                raise ValueError(
                    f"on issue {issue_id!r} every actor has capability 0 or salience 0: "
                    "at least one needs both above 0"
                )
        return self

    @field_validator("params")
    @classmethod
    def _params_are_scoped(
        cls, params: dict[str, float | int | str | bool]
    ) -> dict[str, float | int | str | bool]:
        """Each key names its scope ("eum.rounds"): a bare "rounds" would be silently ignored."""
        for key, value in params.items():
            scope = key.partition(".")[0]
            if "." not in key or scope not in PARAM_SCOPES:
                raise ValueError(
                    f"key {key!r} names no model: write SCOPE.SWITCH with SCOPE one of "
                    f"{', '.join(PARAM_SCOPES)} (e.g. 'eum.rounds')"
                )
            if isinstance(value, float) and not abs(value) <= LIMIT:
                raise ValueError(f"{key}: {value!r} is not a finite number")
        return params

    def actor(self, actor_id: str) -> Actor:
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        raise KeyError(actor_id)

    def issue(self, issue_id: str) -> Issue:
        for issue in self.issues:
            if issue.id == issue_id:
                return issue
        raise KeyError(issue_id)

    def positions_on(self, issue_id: str) -> tuple[Position, ...]:
        """Positions on one issue, in the order the actors are listed."""
        order = {a.id: i for i, a in enumerate(self.actors)}
        found = [p for p in self.positions if p.issue == issue_id]
        return tuple(sorted(found, key=lambda p: order.get(p.actor, len(order))))


# --- text: articles and what is read from them ------------------------------------------


class Article(Record):
    id: str
    source: str
    sha256: str
    title: str = ""
    author: str = ""
    published: dt.date | None = None
    url: str = ""
    raw_text: str = ""
    text: str = ""
    provenance_note: str = ""
    ingested_at: dt.datetime | None = None


class Mention(Record):
    start: int
    end: int
    text: str


class ActorRef(Record):
    """An actor as found in one article, with every mention."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    # a person's organisation, armed group or regional government, where the text ties
    # them to one ("Ontario Premier Doug Ford": ONTARIO); None for a state's own people
    affiliation: str | None = None


class TimeRef(Record):
    text: str
    value: str  # ISO 8601 reduced precision: 2017-02-13, 2017-02, 2016, 198X, 2017-W11
    start: int
    end: int


class Quote(Record):
    speaker: str | None
    speaker_text: str
    text: str
    direct: bool
    cue: str
    start: int
    end: int


class Stance(Record):
    holder: str | None
    target: str | None
    polarity: int = Field(ge=-1, le=1)
    cue: str
    text: str
    sentence: str
    start: int
    end: int


class Event(Record):
    type: str
    mode: str = ""
    context: str = ""
    cameo: str = ""
    goldstein: float | None = None
    intensity: float | None = None
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    sentence: str = ""
    start: int = 0
    end: int = 0
    date: str | None = None
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    historical: bool = False
    attributed_to: str | None = None
    # the type and CAMEO code PLOVER's conventions give the sentence: a refused cooperative
    # act REJECT, an intention to cooperate AGREE, of material conflict THREATEN
    # (greatgame.extract.conventions); empty in records written before they were kept
    coded_type: str = ""
    coded_cameo: str = ""


class Extraction(Record):
    """Everything read from one article."""

    article: Article
    actors: tuple[ActorRef, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    stances: tuple[Stance, ...] = ()
    dates: tuple[TimeRef, ...] = ()
