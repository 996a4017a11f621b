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


@pytest.mark.parametrize(("text", "agent"), [
    ("Intelligence on the plotters was passed to Spanish police by Moroccan authorities.",
     "authorities"),
    ("Medicine was flown to the refugees by Jordanian army planes on Sunday.", "planes"),
])
def test_a_passive_takes_the_by_phrase_hung_on_its_oblique(nlp, text, agent) -> None:  # noqa: ANN001
    doc = nlp(text)
    found = next(t for t in doc if t.lower_ == agent)
    assert (found.dep_, found.head.tag_) == ("obl:agent", "VBN")


def test_a_participle_with_an_object_is_the_opening_phrase_s_verb(nlp) -> None:  # noqa: ANN001
    doc = nlp("Al-Shabaab fighters ambushed a convoy carrying Kenyan soldiers near the "
              "border on Wednesday, officials said.")
    verb = next(t for t in doc if t.lower_ == "ambushed")
    assert verb.dep_ != "acl"
    assert [c.lower_ for c in verb.children if c.dep_ == "nsubj"] == ["fighters"]
