"""Actors of news sentences read by the whole pipeline: weapons acting for their military,
groups placed by the capital their sentence names, capitals owned by one state."""

from __future__ import annotations

import pytest

from greatgame import resources
from greatgame.extract.pipeline import read_doc
from greatgame.nlp import load


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    return load()


def _actors(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:  # noqa: ANN001
    index = read_doc(nlp(text), nlp).index
    return {a.id: (a.country, a.sector) for a in index.actors.values()}


def test_a_states_tanks_are_its_military(nlp) -> None:  # noqa: ANN001
    assert _actors(nlp, "Israeli tanks shelled the town.")["ISRMIL"] == ("ISR", "MIL")


def test_a_group_acting_in_a_capital_belongs_to_its_state(nlp) -> None:  # noqa: ANN001
    assert _actors(nlp, "Students marched in Belgrade.")["SRBEDU"] == ("SRB", "EDU")


def test_a_capital_belongs_to_one_state() -> None:
    assert [p.country for p in resources.places()["belgrade"]] == ["SRB"]
