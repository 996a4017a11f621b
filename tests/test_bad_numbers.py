"""Scenario numbers are finite numbers, never text; params name their model (issue 18)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from greatgame.errors import InputError, one_line
from greatgame.records import LIMIT, Actor, Issue, Position, Scenario


@pytest.mark.parametrize("value", ["500", "5e2", True, float("inf"), float("nan"), 2 * LIMIT])
def test_a_capability_must_be_a_finite_number_not_text(value):
    with pytest.raises(ValidationError):
        Actor(id="A", name="A", capability=value)


@pytest.mark.parametrize("field", ["position", "salience"])
def test_a_position_is_never_coerced_from_text(field):
    values = {"position": 10, "salience": 0.5} | {field: "0.5"}
    with pytest.raises(ValidationError, match="must be a number"):
        Position(actor="A", issue="x", **values)


def test_an_issue_scale_must_be_finite():
    with pytest.raises(ValidationError, match="finite"):
        Issue(id="x", name="X", low=0, high=float("inf"))


def _scenario(**changes):
    fields = {
        "name": "t",
        "actors": (Actor(id="A", name="A", capability=1), Actor(id="B", name="B", capability=2)),
        "issues": (Issue(id="x", name="X"),),
        "positions": (Position(actor="A", issue="x", position=10, salience=0.5),
                      Position(actor="B", issue="x", position=80, salience=0.7)),
    } | changes  # fmt: skip
    return Scenario(**fields)


def test_params_name_their_model():
    assert _scenario(params={"eum.rounds": 8}).params == {"eum.rounds": 8}
    with pytest.raises(ValidationError, match="names no model"):
        _scenario(params={"rounds": 8})
    with pytest.raises(ValidationError, match="names no model"):
        _scenario(params={"nosuch.rounds": 8})


def test_an_issue_where_nobody_has_weight_is_refused():
    zero = (Actor(id="A", name="A", capability=0), Actor(id="B", name="B", capability=0))
    with pytest.raises(ValidationError, match="capability 0 or salience 0"):
        _scenario(actors=zero)


def test_every_error_message_is_one_line():
    error = InputError("a\nb.yaml", "first line\nsecond line", where="line 3\n")
    assert str(error) == "a\\nb.yaml, line 3: first line second line"
    assert one_line("tab\there\x07") == "tab here\\x07"
