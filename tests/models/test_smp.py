"""KTAB's spatial model of politics (greatgame.models.smp).

Reference numbers: KTAB ``smpc 0.1`` runs of 2017-05-30 in
``../shared/data/bargaining/ktab/20170530_ref-*.txt`` (MIT, KAPSARC; read at test time,
never copied). Their "History of actor positions" prints each coordinate with printf
``%5.1f`` and "History of actors' winning probabilities" with ``%.4f``, so a value matches
when it is within half a printed unit: 0.05 (+1e-9 for binary round-off) for positions,
5e-5 (+1e-9) for chances. Those are the tightest tolerances the logs allow. The
smpExample run is stochastic (KTAB's own PRNG) and moves ideals by an accommodation
matrix greatgame's reader does not keep, so only its first state is compared: the winning
chances (printed %.4f), the targets and the first bargain (printed %.3f, tolerance 5e-4).
"""

from __future__ import annotations

import numpy as np
import pytest

from greatgame.models import smp, smp_core
from greatgame.models.forecast import forecast
from greatgame.models.smp import Switches, run_smp
from greatgame.records import Actor, Issue, Position, Scenario

POS_TOL = 0.05 + 1e-9
PROB_TOL = 5e-5 + 1e-9


def _ktab(shared_data):
    return shared_data / "bargaining" / "ktab"


def _history(path) -> tuple[np.ndarray, np.ndarray]:
    """(positions: actor x issue rows, states) and (chances: actors, states) from a log."""
    text = path.read_text()
    a = text.index("History of actor positions over time")
    b = text.index("History of actors' winning probabilities")
    pos = [[float(v) for v in line.split(":")[1].split()]
           for line in text[a:b].splitlines()[1:] if ":" in line]
    prob = [[float(v) for v in line.split(":")[1].split()]
            for line in text[b:].splitlines()[1:] if " prob " in line]
    return np.array(pos), np.array(prob)


@pytest.mark.parametrize(("scenario", "log", "steps"), [
    ("dummyData_3Dim.csv", "20170530_ref-dummyData_3Dim.txt", 10),
    ("SOE-Pol-Comp.csv", "20170530_ref-SOE-Pol-Comp.txt", 27),
])
def test_every_state_matches_the_ktab_reference_run(shared_data, scenario, log, steps):
    """Deterministic runs with KTAB's defaults: all positions of all states, the winning
    chances of all states and the number of steps agree with the log."""
    from greatgame.scenario.ktab import read_ktab_csv

    res = run_smp(read_ktab_csv(_ktab(shared_data) / scenario))
    want_pos, want_prob = _history(_ktab(shared_data) / log)
    assert res.steps == steps and res.converged
    got = res.positions.transpose(1, 2, 0).reshape(-1, res.steps + 1)  # actor x issue rows
    np.testing.assert_allclose(got, want_pos, rtol=0, atol=POS_TOL)
    np.testing.assert_allclose(res.win_prob.T, want_prob, rtol=0, atol=PROB_TOL)


def test_smp_example_first_state_matches_the_ktab_log(shared_data):
    """smpExample (PropCbc voting, MarkovIncentive PCE): the first state's winning chances
    (log, last block, column 0), the targets ("has most advantageous target") and actor 4's
    bargain with 2 ("4 proposes 4 adopt: 70.060 76.000 34.980", "... 2 adopt: ... 76.010")."""
    from greatgame.scenario.ktab import read_ktab_xml

    path = _ktab(shared_data) / "smpExample_as-of-2016-11-29.xml"
    sc = read_ktab_xml(path)
    sw = Switches(voting_rule="prop_cubic", pce_model="markov_incentive")
    _, _, x, s, c, _ = smp.smp_arrays(sc, sw)
    risk, aware = smp.risk_attitudes(x, s, c, sw)
    np.testing.assert_allclose(risk, [1.0, -0.387, -0.5, -0.001, -0.298], atol=5e-4)
    _, want_prob = _history(_ktab(shared_data) / "20170530_ref-smpExample.txt")
    np.testing.assert_allclose(smp.win_probs(x, s, c, risk, sw), want_prob[:, 0],
                               atol=PROB_TOL)
    target, p = smp.challenges(aware, s.sum(axis=1), c, sw)
    assert target.tolist() == [4, 2, 0, 2, 2]
    assert p[4] == pytest.approx(0.5467, abs=PROB_TOL)
    bi, bj = smp.interpolate(x[4], s[4], p[4], x[2], s[2], 1 - p[4], sw)
    np.testing.assert_allclose(100 * bi, [70.06, 76.00, 34.98], atol=5e-4)
    np.testing.assert_allclose(100 * bj, [70.06, 76.01, 34.98], atol=5e-4)


# --- hand-checked cases -----------------------------------------------------------------


def _scenario(rows, issues=("x",)) -> Scenario:
    """rows: (actor, capability, [(position, salience) per issue])."""
    return Scenario(
        name="hand",
        actors=tuple(Actor(id=a, name=a, capability=cap) for a, cap, _ in rows),
        issues=tuple(Issue(id=i, name=i) for i in issues),
        positions=tuple(Position(actor=a, issue=i, position=p, salience=s)
                        for a, _, stances in rows
                        for i, (p, s) in zip(issues, stances, strict=True)),
    )


def test_two_actors_one_issue_meet_where_the_hand_computation_says():
    """A (capability 3, at 0) and B (1, at 100), salience 1. A's chance against B is
    3 / (3 + 1) = 0.75 (B's vote for itself is 1 x (1 - 0)); the s^2 p^2 bargain is
    (0.75^2 x 0 + 0.25^2 x 100) / (0.75^2 + 0.25^2) = 10. B (R = -1/2) loses the
    election over the two options 3 x (0.99 - 0.5) to 1 x (0.5 - 0.055), so both move to
    10; the second step moves nothing and the run stops at min_steps = 2."""
    res = run_smp(_scenario([("A", 3.0, [(0.0, 1.0)]), ("B", 1.0, [(100.0, 1.0)])]))
    np.testing.assert_allclose(res.risk[0], [1.0, -0.5])
    np.testing.assert_allclose(res.positions[1, :, 0], [10.0, 10.0])
    assert res.steps == 2 and res.converged
    assert res.outcome()[0] == pytest.approx(10.0)


def test_two_equal_actors_stay_put():
    """Equal capability, salience 1: each beats the other with chance 1/2, so a challenge
    gains 2 x 0.5 x 1 + 0.5 x 2u - (1 + u) = 0, below KTAB's 1e-5: nobody moves. (KTAB
    would divide by zero for R, as every chance is equal; here R = 0.)"""
    res = run_smp(_scenario([("A", 1.0, [(20.0, 1.0)]), ("B", 1.0, [(80.0, 1.0)])]))
    np.testing.assert_array_equal(res.positions[-1, :, 0], [20.0, 80.0])
    np.testing.assert_array_equal(res.risk, 0.0)
    np.testing.assert_allclose(res.win_prob[-1], [0.5, 0.5])


def test_ties_go_to_the_first_option_as_in_ktab():
    """Salience 1/2: now j yields unopposed half the time, both challenge, and both
    bargains are the midpoint 50. Each actor values its status quo and the bargain alike
    ((1 + 0.4) / 2 = 0.7 both), so the election ties and, as KTAB's ``ndxMaxAbs`` does,
    the first option wins: A's list starts with its status quo, B's with A's bargain."""
    res = run_smp(_scenario([("A", 1.0, [(20.0, 0.5)]), ("B", 1.0, [(80.0, 0.5)])]))
    np.testing.assert_allclose(res.positions[1, :, 0], [20.0, 50.0])


@pytest.mark.parametrize("issues", [1, 2])
def test_reflecting_every_position_reflects_the_run(issues):
    """x -> 100 - x keeps every distance, and the actors' order (hence every tie-break):
    the run on the mirror image is the mirror image of the run."""
    rows = [("L", 1.0, [(10.0, 0.6), (35.0, 0.3)]), ("C", 2.0, [(50.0, 0.6), (80.0, 0.2)]),
            ("R", 1.5, [(90.0, 0.5), (20.0, 0.4)])]
    rows = [(a, c, st[:issues]) for a, c, st in rows]
    names = ("x", "y")[:issues]
    mirror = [(a, c, [(100.0 - p, s) for p, s in st]) for a, c, st in rows]
    res, ref = run_smp(_scenario(rows, names)), run_smp(_scenario(mirror, names))
    assert res.steps == ref.steps
    np.testing.assert_allclose(res.positions, 100.0 - ref.positions, atol=1e-9)
    np.testing.assert_allclose(res.win_prob, ref.win_prob, atol=1e-12)


def test_scaling_an_issue_moves_nothing_but_the_scale():
    """Positions are taken to the unit interval per issue: the same game on 0..10 gives the
    0..100 answer divided by ten."""
    rows = [("A", 3.0, [(0.0, 1.0), (30.0, 0.2)]), ("B", 1.0, [(100.0, 1.0), (70.0, 0.4)]),
            ("C", 2.0, [(40.0, 0.5), (90.0, 0.9)])]
    big = run_smp(_scenario(rows, issues=("x", "y")))
    small_rows = [(a, c, [(p / 10, s) for p, s in st]) for a, c, st in rows]
    sc = _scenario(small_rows, issues=("x", "y"))
    sc = sc.model_copy(update={"issues": tuple(i.model_copy(update={"high": 10.0})
                                               for i in sc.issues)})
    small = run_smp(sc)
    np.testing.assert_allclose(small.positions * 10, big.positions, atol=1e-9)


def test_saliences_above_one_in_sum_are_scaled_down_only_with_clip():
    s = np.array([[0.8, 0.6], [0.3, 0.2]])
    np.testing.assert_allclose(smp.overall_salience(s, "clip"), [[0.8 / 1.4, 0.6 / 1.4],
                                                                 [0.3, 0.2]])
    np.testing.assert_allclose(smp.overall_salience(s, "mean"), s / 2)


def test_vote_rules_at_a_known_gap():
    """KTAB Model::vote at du = 0.5, w = 2: Prop 1, PropCbc 2 x (0.5 + 0.125)/2,
    Cubic 0.25, ASymProsp 2/3, Binary 2, PropBin 2 x (0.4 + 0.2)."""
    got = {r: float(smp.vote(r, 2.0, np.array(0.5))) for r in smp.VOTING_RULES}
    assert got == pytest.approx({"proportional": 1.0, "prop_cubic": 0.625, "cubic": 0.25,
                                 "asym_prospect": 2 / 3, "binary": 2.0, "prop_bin": 1.2})


@pytest.mark.parametrize("pce_model", smp.PCE_MODELS)
def test_every_pce_model_gives_a_distribution_favouring_the_strong(pce_model):
    u = np.array([[1.0, 0.2], [0.2, 1.0], [0.9, 0.4]])
    p = smp.pce(u, np.array([1.0, 1.0, 1.0]), "proportional", "linear", pce_model)
    assert p.sum() == pytest.approx(1.0) and p[0] > p[1]


def test_bad_switch_is_refused():
    with pytest.raises(ValueError, match="voting_rule"):
        Switches(voting_rule="plurality")


def test_stochastic_runs_repeat_with_the_seed():
    rows = [("A", 3.0, [(0.0, 1.0), (30.0, 0.2)]), ("B", 1.0, [(100.0, 1.0), (70.0, 0.4)]),
            ("C", 2.0, [(40.0, 0.5), (90.0, 0.9)])]
    sc = _scenario(rows, issues=("x", "y"))
    before = sc.model_dump()
    a = run_smp(sc, seed=7, transition="stochastic")
    b = run_smp(sc, seed=7, transition="stochastic")
    np.testing.assert_array_equal(a.positions, b.positions)
    assert sc.model_dump() == before


def test_forecast_runs_smp_on_several_issues_and_skips_one():
    rows = [("A", 3.0, [(0.0, 1.0), (30.0, 0.2)]), ("B", 1.0, [(100.0, 1.0), (70.0, 0.4)])]
    result = forecast(_scenario(rows, issues=("x", "y")), models=("smp",), draws=0).to_dict()
    entry = result["issues"][0]["models"]["smp"]
    assert 0.0 <= entry["forecast"] <= 100.0 and entry["draws"] == 0
    assert entry["rounds"][0]["positions"] == {"A": 0.0, "B": 100.0}
    assert entry["switches"]["interpolation"] == "s2p2"
    single = _scenario([("A", 3.0, [(0.0, 1.0)]), ("B", 1.0, [(100.0, 1.0)])])
    one = forecast(single, models=("smp",), draws=0).to_dict()
    assert any("smp skipped" in n for n in one["notes"])


def test_outcome_stays_on_the_scale_when_near_positions_share_one_chance():
    """A Monte Carlo draw of the Afghanistan fixture ended with three actors within
    ``position_tolerance`` (1e-3) but not on one point: :func:`smp.win_probs` gives each the
    option's whole chance (0.937), and weighting each by it put the outcome at 110 on a
    0-100 scale. The option's chance is now split among its holders."""
    last = np.array([[0.5434, 0.2093], [0.5709, 0.1819], [0.571, 0.1818], [0.5709, 0.1819]])
    prob = np.array([0.0629035, 0.9370965, 0.9370965, 0.9370965])
    got = smp.outcome(last, prob)
    want = 0.0629035 * last[0] + 0.9370965 * last[1:].mean(axis=0)
    np.testing.assert_allclose(got, want, atol=1e-12)
    assert np.all((got >= last.min(axis=0)) & (got <= last.max(axis=0)))


@pytest.mark.parametrize("rule", smp.VOTING_RULES)
def test_coalitions_cast_at_once_equal_the_actor_by_actor_sum(monkeypatch, rule):
    """Small elections vote in one array, large ones actor by actor: the same bits."""
    rng = np.random.default_rng(0)
    u, w = rng.random((7, 5)), rng.random(7)
    at_once = smp_core.coalitions(u, w, rule)
    monkeypatch.setattr(smp_core, "COALITION_BLOCK", 0)
    np.testing.assert_array_equal(smp_core.coalitions(u, w, rule), at_once)


def test_actors_left_out_are_one_note_and_those_on_no_issue_none():
    from greatgame.models.smp import Switches, smp_arrays
    from greatgame.records import Actor, Issue, Position, Scenario

    def actor(i):
        return Actor(id=i, name=i, capability=1.0)

    issues = (Issue(id="a", name="A"), Issue(id="b", name="B"))
    positions = [Position(actor=x, issue=i, position=p, salience=0.5)
                 for x, i, p in (("X", "a", 10), ("X", "b", 20), ("Y", "a", 90),
                                 ("Y", "b", 80), ("Z", "a", 50))]
    scenario = Scenario(name="t", actors=tuple(actor(i) for i in "XYZW"), issues=issues,
                        positions=tuple(positions))
    actors, _, _, _, _, notes = smp_arrays(scenario, Switches())
    assert actors == ("X", "Y")
    assert notes == ["smp: left out, with a position on some issues only: Z"]  # not W
