"""A word the dictionary files as one state's institution ("Senate": the US Congress) is
another state's when that state is named right before it (``extract.institutions``)."""

from __future__ import annotations

import pytest

from greatgame.extract.pipeline import read_doc
from greatgame.nlp import load


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    return load()


@pytest.mark.parametrize(("text", "source"), [
    ("Rwanda's Senate rejected the bill.", "RWALEG"),
    ("The Brazilian Senate rejected the bill.", "BRALEG"),
    ("The U.S. Senate rejected the bill.", "USA"),  # its own state: unchanged
])
def test_an_institution_belongs_to_the_state_named_before_it(nlp, text, source) -> None:  # noqa: ANN001
    events = read_doc(nlp(text), nlp).events
    assert [e.source for e in events] == [(source,)]
