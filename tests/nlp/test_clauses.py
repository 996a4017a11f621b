"""Clause repairs with no second parse (sentences written for these tests)."""

from __future__ import annotations

import pytest

from greatgame.nlp import load


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    return load()


@pytest.mark.parametrize("text", [
    "Outgoing Prime Minister Mark Carney retaliated by announcing new duties on steel.",
    "President Emmanuel Macron retaliated by recalling the ambassador.",
])
def test_an_active_verb_keeps_its_subject(nlp, text) -> None:  # noqa: ANN001
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ == "retaliated")
    assert [c.dep_ for c in verb.children if c.dep_.startswith("nsubj")] == ["nsubj"]


@pytest.mark.parametrize("text", [
    "The envoy was expelled by the government on Monday.",
    "Two journalists were detained in the capital on Friday.",
])
def test_a_true_passive_stays_passive(nlp, text) -> None:  # noqa: ANN001
    assert any(t.dep_ == "nsubj:pass" for t in nlp(text))


def test_a_clause_after_a_subordinator_gets_its_own_subject(nlp) -> None:  # noqa: ANN001
    doc = nlp("Japan raised its tariffs on rice to 40% after Korea's trade minister said he "
              "would cut the quotas.")
    said = next(t for t in doc if t.lower_ == "said")
    subject = next(c for c in said.children if c.dep_ == "nsubj")
    assert subject.lower_ == "minister"
