import pytest
from pydantic import ValidationError

from greatgame.records import Actor, Issue, Position


def test_position_outside_its_own_range_is_refused():
    with pytest.raises(ValidationError, match="outside its range"):
        Position(actor="USA", issue="presence", position=50, position_low=60, salience=0.5)


def test_salience_is_a_fraction():
    with pytest.raises(ValidationError):
        Position(actor="USA", issue="presence", position=50, salience=1.5)


def test_negative_capability_is_refused():
    with pytest.raises(ValidationError):
        Actor(id="USA", name="United States", capability=-1)


def test_issue_scale_must_be_ordered():
    with pytest.raises(ValidationError, match="must be below"):
        Issue(id="x", name="x", low=10, high=4)


def test_ranges_default_to_the_point_value():
    p = Position(actor="RUS", issue="presence", position=20, salience=0.8)
    assert p.position_range == (20, 20)
    assert p.salience_range == (0.8, 0.8)
