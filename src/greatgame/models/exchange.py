"""The equal-gain exchange model of Stokman & Van Oosten (1994), across issues.

Stokman, F. N. & Van Oosten, R. (1994), "The exchange of voting positions: an
object-oriented model of policy networks", in Bueno de Mesquita & Stokman (eds.),
*European Community Decision Making*, Yale UP, ch. 5. The numbers follow the open
implementation ``decide`` (J. Draaijer; github.com/foarsitter/decide-exchange-model), whose
hand-checkable cases this module reproduces exactly (tests/models/test_exchange.py).

Each issue's expected outcome is the Nash bargaining solution of the voting positions,
the capability x salience weighted mean ``O_d = sum(c s x) / sum(c s)``. One round:

1. On each pair of issues (p, q) the actors fall into four groups by the side of each
   outcome they sit on. Actors on opposite sides of *both* outcomes can trade.
2. Of two such actors, the one that cares relatively more about p (higher ``s_p / s_q``)
   *demands* p and *supplies* q: it moves its voting position on q toward its partner,
   which in turn moves on p. Moving ``m`` points shifts the outcome by ``m c s / sum(c s)``.
3. The exchange rate gives both the same gain (equal gain): with outcome shifts ``dp, dq``,
   ``dq = dp (s_ap + s_bp) / (s_aq + s_bq)`` and each gains ``dp s_p - dq s_q`` (its own
   saliences; the gain on its demand issue less the loss on its supply issue). The exchange
   is the largest one where neither actor moves past its partner's position, nor pushes an
   outcome past the position of the actor who demanded it (``cap_at_demand``).
4. The exchange with the highest gain is realised, the exchanges sharing one of its issues
   are recomputed from the new positions (an actor never moves back and forth on an issue
   within a round), and so on until none is left.
5. The round's outcome is the weighted mean of the voting positions. Each actor that moved
   starts the next round from ``x + (0.1 + 0.4 (1 - s)) (y - x)`` (``fixed_weight``,
   ``salience_weight``): part of the way to its voting position ``y``, further the less it
   cares.

Gains are computed on issues rescaled to 0..100 (``normalise``), as decide does, so that an
issue measured in years weighs like one in percent. Ties between equal gains go to the first
exchange in issue-pair then actor order (decide breaks them at random). Randomised ("p")
variants of decide are not modelled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, ClassVar, NamedTuple

import numpy as np

from greatgame.errors import InputError
from greatgame.models.base import IssueInputs, Trajectory
from greatgame.models.eum import MAX_ROUNDS
from greatgame.records import Scenario
from greatgame.registry import models

_EPS = 1e-10


def nbs(position: np.ndarray, salience: np.ndarray, capability: np.ndarray) -> float:
    """The Nash bargaining solution as decide computes it: the c x s weighted mean.

    >>> nbs(np.array([0.0, 100, 100]), np.ones(3), np.ones(3))
    66.66666666666667
    """
    weight = capability * salience
    total = weight.sum()
    return float((weight * position).sum() / total) if total > 0 else float(position.mean())


def nbs_after_moves(
    position: np.ndarray,
    salience: np.ndarray,
    capability: np.ndarray,
    moves: dict[int, float],
) -> float:
    """The outcome once the actors in ``moves`` (index -> new position) have moved.

    The denominator sum(c s) does not change, since a move changes positions only.
    """
    moved = position.astype(float).copy()
    for k, x in moves.items():
        moved[k] = x
    return nbs(moved, salience, capability)


def move_for_shift(shift: float, total_weight: float, weight: float) -> float:
    """How far an actor of weight ``c s`` must move to shift the outcome by ``shift``."""
    return shift * total_weight / weight


def new_start_position(
    salience: float, x: float, y: float, *, salience_weight: float = 0.4, fixed_weight: float = 0.1
) -> float:
    """Next round's starting position: from ``x`` toward the voting position ``y``.

    ``(1 - s) w_s y + w_f y + (1 - (1 - s) w_s - w_f) x``; with s = 1, x = 0, y = 100: 10.
    """
    step = (1 - salience) * salience_weight + fixed_weight
    return step * y + (1 - step) * x


@dataclass(frozen=True)
class Exchange:
    """One equal-gain exchange: ``actor_p`` moves on issue p, ``actor_q`` moves on issue q.

    ``actor_p`` supplies p and demands q; ``actor_q`` supplies q and demands p. Shifts are
    the (positive) moves of the outcomes, moves are signed moves of the voting positions.
    """

    issue_p: int
    issue_q: int
    actor_p: int
    actor_q: int
    move_p: float
    move_q: float
    shift_p: float
    shift_q: float
    gain: float

    @property
    def valid(self) -> bool:
        return self.gain > _EPS and abs(self.move_p) > _EPS and abs(self.move_q) > _EPS


@dataclass
class RoundState:
    """Positions of one round (0..100 when normalised), NaN where an actor holds none."""

    x: np.ndarray  # (actors, issues) current voting positions
    start: np.ndarray  # positions at the start of the round
    s: np.ndarray
    c: np.ndarray  # (actors,)
    weight_total: np.ndarray  # (issues,) sum of c s over the actors holding a position
    direction: dict[tuple[int, int], float] = field(default_factory=dict)
    # Each issue's outcome, computed once until a position on it moves (:meth:`move`).
    _outcomes: dict[int, float] = field(default_factory=dict, repr=False)

    @classmethod
    def initial(cls, x: np.ndarray, s: np.ndarray, c: np.ndarray) -> RoundState:
        """A round starting from positions ``x`` (actors x issues, NaN where none is held)."""
        x = np.asarray(x, dtype=float)
        s = np.asarray(s, dtype=float)
        c = np.asarray(c, dtype=float)
        held = ~np.isnan(x)
        total = np.array([(c * s[:, d])[held[:, d]].sum() for d in range(x.shape[1])])
        return cls(x=x.copy(), start=x.copy(), s=s, c=c, weight_total=total)

    def outcome(self, d: int) -> float:
        if d not in self._outcomes:
            held = ~np.isnan(self.x[:, d])
            self._outcomes[d] = nbs(self.x[held, d], self.s[held, d], self.c[held])
        return self._outcomes[d]

    def move(self, actor: int, d: int, by: float) -> None:
        """Move ``actor``'s voting position on issue ``d`` by ``by``."""
        self.x[actor, d] += by
        self._outcomes.pop(d, None)


def equal_gain(
    state: RoundState, a: int, b: int, p: int, q: int, *, cap_at_demand: bool = True
) -> Exchange:
    """The equal-gain exchange between actors ``a`` and ``b`` on issues ``p`` and ``q``."""
    s, c, x0 = state.s, state.c, state.start
    # The actor with the higher s_p / s_q demands p (and so supplies q).
    if s[a, p] * s[b, q] < s[b, p] * s[a, q]:
        a, b = b, a
    dem_p, dem_q = a, b  # dem_p supplies q, dem_q supplies p
    w_p = c[dem_q] * s[dem_q, p]
    w_q = c[dem_p] * s[dem_p, q]
    if w_p <= 0 or w_q <= 0:
        return Exchange(p, q, dem_q, dem_p, 0.0, 0.0, 0.0, 0.0, 0.0)
    ratio = (s[dem_p, p] + s[dem_q, p]) / (s[dem_p, q] + s[dem_q, q])  # dq = dp * ratio
    gap_p = x0[dem_p, p] - state.x[dem_q, p]  # supplier of p moves toward dem_p's position
    gap_q = x0[dem_q, q] - state.x[dem_p, q]
    full_p = abs(gap_p) * w_p / state.weight_total[p]
    full_q = abs(gap_q) * w_q / state.weight_total[q]
    shift_p = min(full_p, full_q / ratio)
    if cap_at_demand:
        shift_p = min(shift_p, _room(state, p, gap_p, x0[dem_p, p]))
        shift_p = min(shift_p, _room(state, q, gap_q, x0[dem_q, q]) / ratio)
    shift_p = max(shift_p, 0.0)
    shift_q = shift_p * ratio
    move_p = np.sign(gap_p) * move_for_shift(shift_p, state.weight_total[p], w_p)
    move_q = np.sign(gap_q) * move_for_shift(shift_q, state.weight_total[q], w_q)
    gain = shift_p * s[dem_p, p] - shift_q * s[dem_p, q]
    moves = (float(move_p), float(move_q), float(shift_p), float(shift_q))
    return Exchange(p, q, dem_q, dem_p, *moves, gain=float(gain))


class BreakEven(NamedTuple):
    """The range of ``actor_q``'s move that leaves both sides no worse off, ``actor_p``'s move
    held where the equal-gain exchange puts it; and each side's gain at the far end of it."""

    move_q_low: float  # actor_p only breaks even
    move_q_high: float  # actor_q only breaks even
    max_gain_p: float  # actor_p's gain when actor_q breaks even (decide's eu_max)
    max_gain_q: float  # actor_q's gain when actor_p breaks even


def break_even(state: RoundState, ex: Exchange) -> BreakEven:
    """How far the exchange rate can go either way before one side stops gaining."""
    s = state.s
    gain_q = ex.shift_p * s[ex.actor_q, ex.issue_p]  # actor_q's gain on its demand issue p
    loss_p = ex.shift_p * s[ex.actor_p, ex.issue_p]  # actor_p's loss on its supply issue p
    share = state.c[ex.actor_q] * s[ex.actor_q, ex.issue_q] / state.weight_total[ex.issue_q]
    shift_high = gain_q / s[ex.actor_q, ex.issue_q]
    shift_low = loss_p / s[ex.actor_p, ex.issue_q]
    return BreakEven(
        move_q_low=float(shift_low / share),
        move_q_high=float(shift_high / share),
        max_gain_p=float(shift_high * s[ex.actor_p, ex.issue_q] - loss_p),
        max_gain_q=float(gain_q - shift_low * s[ex.actor_q, ex.issue_q]),
    )


def _room(state: RoundState, d: int, gap: float, target: float) -> float:
    """How far the outcome on ``d`` can move toward ``target`` before passing it."""
    room = (target - state.outcome(d)) * np.sign(gap)
    return max(room, 0.0)


def _allowed(state: RoundState, ex: Exchange) -> bool:
    """Valid, and no actor reverses the direction it already moved in this round."""
    if not ex.valid:
        return False
    for actor, issue, move in ((ex.actor_p, ex.issue_p, ex.move_p), (ex.actor_q, ex.issue_q,
                                                                       ex.move_q)):
        before = state.direction.get((actor, issue))
        if before is not None and np.sign(move) != before:
            return False
    return True


def candidates(state: RoundState) -> list[tuple[int, int, int, int]]:
    """Every (a, b, p, q) that may trade: on opposite sides of both outcomes (groups a-d, b-c).

    An actor is on the left of an outcome when its position is below it (decide's rule).
    """
    n_issues = state.x.shape[1]
    out = []
    left = {d: state.x[:, d] < state.outcome(d) for d in range(n_issues)}
    for p, q in combinations(range(n_issues), 2):
        held = np.flatnonzero(~np.isnan(state.x[:, p]) & ~np.isnan(state.x[:, q]))
        group = {k: int(left[p][k]) | int(left[q][k]) << 1 for k in held}
        for g_a, g_b in ((0, 3), (1, 2)):
            for a in (k for k in held if group[k] == g_a):
                for b in (k for k in held if group[k] == g_b):
                    out.append((int(a), int(b), p, q))
    return out


def play_round(state: RoundState, *, cap_at_demand: bool = True) -> list[Exchange]:
    """Realise exchanges, best first, until none is left; return them in order."""
    live = {key: equal_gain(state, *key, cap_at_demand=cap_at_demand) for key in candidates(state)}
    live = {k: e for k, e in live.items() if _allowed(state, e)}
    done: list[Exchange] = []
    while live:
        key = max(live, key=lambda k: live[k].gain)  # first of equal gains wins
        ex = live.pop(key)
        done.append(ex)
        for actor, issue, move in ((ex.actor_p, ex.issue_p, ex.move_p),
                                   (ex.actor_q, ex.issue_q, ex.move_q)):
            state.move(actor, issue, move)
            state.direction[(actor, issue)] = float(np.sign(move))
        touched = {ex.issue_p, ex.issue_q}
        for k in [k for k in live if k[2] in touched or k[3] in touched]:
            redo = equal_gain(state, *k, cap_at_demand=cap_at_demand)
            if _allowed(state, redo):
                live[k] = redo
            else:
                del live[k]
    return done


@dataclass(frozen=True)
class ExchangeModel:
    """Equal-gain exchange across every issue of a scenario (``exchange.v1``)."""

    name: ClassVar[str] = "exchange"
    rounds: int = 10
    salience_weight: float = 0.4
    fixed_weight: float = 0.1
    normalise: bool = True
    cap_at_demand: bool = True

    def __post_init__(self) -> None:
        if isinstance(self.rounds, bool) or not (
            isinstance(self.rounds, int) and 0 <= self.rounds <= MAX_ROUNDS
        ):
            raise InputError(
                None,
                f"exchange switch rounds={self.rounds!r}: use a whole number from 0 to "
                f"{MAX_ROUNDS}",
                where="params",
            )

    def switches(self) -> dict[str, Any]:
        return {
            "rounds": self.rounds,
            "salience_weight": self.salience_weight,
            "fixed_weight": self.fixed_weight,
            "normalise": self.normalise,
            "cap_at_demand": self.cap_at_demand,
        }

    def run_scenario(self, scenario: Scenario) -> dict[str, Trajectory]:
        """Trajectories of every issue; round 0 is the input, round r the voting positions."""
        actor_ids = [a.id for a in scenario.actors]
        issues, x, s, c = scenario_arrays(scenario)
        low = np.array([i.low for i in issues])
        span = np.array([i.high - i.low for i in issues])
        history = self.play(x, s, c, low, span)
        return {
            issue.id: self._trajectory(issue.id, d, history, actor_ids, s, c)
            for d, issue in enumerate(issues)
        }

    def play(
        self, x: np.ndarray, s: np.ndarray, c: np.ndarray, low: np.ndarray, span: np.ndarray
    ) -> list[np.ndarray]:
        """Voting positions (actors x issues, NaN where none is held) after each round.

        Element 0 is ``x`` itself; the play stops early when a round has no exchange left.
        """
        raw = x
        if self.normalise:
            x = (x - low) / span * 100
        history = [x.copy()]
        start = x.copy()
        for _ in range(self.rounds):
            state = RoundState.initial(start, s, c)
            done = play_round(state, cap_at_demand=self.cap_at_demand)
            if not done:
                break
            history.append(state.x.copy())
            moved = ~np.isclose(state.x, start) & ~np.isnan(start)
            step = (1 - s) * self.salience_weight + self.fixed_weight
            start = np.where(moved, step * state.x + (1 - step) * start, start)
        if self.normalise:
            history = [h / 100 * span + low for h in history]
        history[0] = raw.copy()  # round 0 is the input, exactly
        return history

    def _trajectory(
        self,
        issue_id: str,
        d: int,
        history: list[np.ndarray],
        actor_ids: list[str],
        s: np.ndarray,
        c: np.ndarray,
    ) -> Trajectory:
        held = ~np.isnan(history[0][:, d])
        positions = np.array([h[held, d] for h in history])
        weight = c[held] * s[held, d]
        means = np.array([nbs(row, s[held, d], c[held]) for row in positions])
        medians = np.array([weighted_median(row, weight) for row in positions])
        return Trajectory(
            model=self.name,
            issue=issue_id,
            actor_ids=tuple(a for a, h in zip(actor_ids, held, strict=True) if h),
            positions=positions,
            means=means,
            medians=medians,
            forecast=float(means[-1]),
            switches=self.switches(),
        )

    def run(self, inputs: IssueInputs) -> Trajectory:
        """One issue alone: no exchange is possible, so the forecast is the weighted mean."""
        weight = inputs.capability * inputs.salience
        mean = nbs(inputs.position, inputs.salience, inputs.capability)
        return Trajectory(
            model=self.name,
            issue=inputs.issue.id,
            actor_ids=inputs.actor_ids,
            positions=inputs.position[None, :].astype(float),
            means=np.array([mean]),
            medians=np.array([weighted_median(inputs.position, weight)]),
            forecast=mean,
            switches=self.switches(),
        )

    def run_batch(
        self,
        capability: np.ndarray,
        position: np.ndarray,
        salience: np.ndarray,
        scale: tuple[float, float],
    ) -> np.ndarray:
        """One issue alone, per draw: the weighted mean (see :meth:`run`)."""
        weight = np.atleast_2d(capability * salience)
        pos = np.atleast_2d(position)
        total = weight.sum(axis=-1)
        return np.where(total > 0, (weight * pos).sum(axis=-1) / np.where(total > 0, total, 1),
                        pos.mean(axis=-1))


def scenario_arrays(scenario: Scenario) -> tuple[list, np.ndarray, np.ndarray, np.ndarray]:
    """The issues anyone holds a position on, positions and saliences (actors x issues, NaN
    and 0 where none is held) and capabilities (actors,), in the scenario's order."""
    row = {a.id: k for k, a in enumerate(scenario.actors)}
    issues = [i for i in scenario.issues if scenario.positions_on(i.id)]
    x = np.full((len(row), len(issues)), np.nan)
    s = np.zeros_like(x)
    for d, issue in enumerate(issues):
        for pos in scenario.positions_on(issue.id):
            x[row[pos.actor], d] = pos.position
            s[row[pos.actor], d] = pos.salience
    c = np.array([a.capability for a in scenario.actors], dtype=float)
    return issues, x, s, c


def weighted_median(position: np.ndarray, weight: np.ndarray) -> float:
    """The position where the cumulative weight, in position order, first reaches half."""
    order = np.argsort(position, kind="stable")
    cum = np.cumsum(weight[order])
    if cum[-1] <= 0:
        return float(np.median(position))
    k = int(np.searchsorted(cum, cum[-1] / 2, side="left"))
    return float(position[order][k])


models.register("exchange.v1")(ExchangeModel)


def run_exchange(scenario: Scenario, **switches: Any) -> dict[str, Trajectory]:
    """Run the equal-gain exchange model over every issue: issue id -> trajectory."""
    return ExchangeModel(**switches).run_scenario(scenario)
