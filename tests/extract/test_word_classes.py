"""The word classes of ``data/events/word_classes.json``: one definition of each (speech
verbs, support verbs, negators), every example reads its word, every variant leaves out
only words of its class and says why, and no extractor writes a rival list."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from greatgame.extract import event_flags, lexicon
from greatgame.extract.lexicon import WordEntry, forms, word_class, word_entries

EXTRACT = Path(lexicon.__file__).parent
TABLE = json.loads((EXTRACT.parent / "data" / "events" / "word_classes.json")
                   .read_text(encoding="utf-8"))
ORIGINS = {"quotes", "events", "stances", "actors"}  # its readers (the file's "about")
# Inflections of the examples that ``lexicon.forms`` (regular English inflection) does not
# make: irregular pasts and doubled final consonants.
IRREGULAR = {
    "hold": {"held"}, "begin": {"began", "begun"}, "make": {"made"}, "take": {"took"},
    "undertake": {"undertook"}, "give": {"gave"}, "send": {"sent"}, "lay": {"laid"},
    "go": {"went"}, "fly": {"flew"}, "have": {"has", "had"}, "step": {"stepped"},
    "ship": {"shipped"}, "quip": {"quipped"}, "admit": {"admitted"},
    "withdraw": {"withdrew", "withdrawn"}, "rebut": {"rebutted"},
}  # fmt: skip
ENTRIES = [(name, entry) for name in TABLE["classes"] for entry in word_entries(name)]
# The names a word class goes by; only lexicon.py may define them.
CLASS_NAMES = {"SPEECH_VERBS", "SUPPORT_VERBS", "NEGATORS"}


@pytest.mark.parametrize(("name", "entry"), ENTRIES,
                         ids=[f"{name}:{entry.word}" for name, entry in ENTRIES])
def test_each_example_reads_its_word(name: str, entry: WordEntry) -> None:
    words = {w.strip(".,\u201c\u201d\"'").lower() for w in entry.example.split()}
    readings = forms(frozenset({entry.word})) | set(entry.forms) | IRREGULAR.get(entry.word,
                                                                                set())
    assert words & readings, entry
    assert {o.strip() for o in entry.origin.split(",")} <= ORIGINS, entry


@pytest.mark.parametrize("name", sorted(TABLE["classes"]))
def test_a_class_lists_each_word_once(name: str) -> None:
    words = [e.word for e in word_entries(name)]
    assert len(words) == len(set(words))


@pytest.mark.parametrize("name", sorted(TABLE["variants"]))
def test_a_variant_leaves_out_only_words_of_its_class_and_says_why(name: str) -> None:
    variant = TABLE["variants"][name]
    whole = word_class(variant["of"])
    assert set(variant["without"]) <= whole
    assert all(reason.strip() for reason in variant["without"].values())
    assert word_class(name) == whole - set(variant["without"])


def test_reporting_verbs_carry_their_irregular_forms() -> None:
    # "told" and "says" were words of the event coder's own list; they are forms now
    assert {"told", "says", "said"} <= lexicon.REPORTING_VERBS <= event_flags.ATTRIBUTION_VERBS
    assert "tell" in lexicon.REPORTING_VERBS and "reiterate" not in lexicon.REPORTING_VERBS
    assert lexicon.IRREGULAR["told"] == "tell"


def test_downtoners_flip_an_evaluation_but_deny_no_act() -> None:
    # "yet charge less" is no denied accusation; "less threatening" is less bad
    assert "less" in lexicon.DOWNTONERS and "less" not in lexicon.NEGATORS
    assert not lexicon.DOWNTONERS & lexicon.NEGATORS


def test_no_extractor_defines_a_word_class_of_its_own() -> None:
    # one definition of each word class (STYLE): two SPEECH_VERBS with different contents
    # were one bug waiting to happen
    for path in sorted(EXTRACT.glob("*.py")):
        if path.name == "lexicon.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assigned = {t.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
                    for t in node.targets if isinstance(t, ast.Name)}
        assert not assigned & CLASS_NAMES, path.name
