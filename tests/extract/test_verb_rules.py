"""The event coder's rules (``data/events/verb_rules.json``): the file loads into the
tables the coder reads, every row says where it came from and gives an example, every code
is one of the CAMEO table greatgame ships, and every example, run through the extractor
as ``greatgame extract`` reads an article, gives an event of the row's expected code.

A row the coder does not code says why in ``fails`` and is a strict xfail, so a fix shows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from greatgame.extract import verb_tables
from greatgame.extract.verb_tables import rule_file, rule_rows

CAMEO = {row[0] for row in json.loads(
    (Path(verb_tables.__file__).parent.parent / "data" / "events" / "cameo.json")
    .read_text(encoding="utf-8"))["rows"]}
TABLES = rule_file()["tables"]
ROWS = [(name, row) for name in TABLES for row in rule_rows(name)]
# The words a row is keyed by, besides "word".
SECOND_KEYS = ("particle", "modifier", "mode", "block", "from", "noun")


def _row_id(name: str, row: dict[str, Any]) -> str:
    words = [row.get("word", row.get("code", ""))] + [row[k] for k in SECOND_KEYS if k in row]
    if "block" in row:  # a dropped pattern: its block and code
        words.append(row["code"])
    return f"{name}:{'+'.join(w for w in words if w)}"


IDS = [_row_id(name, row) for name, row in ROWS]


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    from greatgame.nlp import load

    return load()


@pytest.mark.parametrize(("name", "row"), ROWS, ids=IDS)
def test_each_row_has_its_origin_an_example_and_known_codes(name: str,
                                                            row: dict[str, Any]) -> None:
    assert row["origin"].strip() and row["example"].strip(), row
    assert row["origin"].startswith(("greatgame: ", "CAMEO ", "PLOVER ")), row
    assert row.get("code", "") in CAMEO | {verb_tables.NO_EVENT}, row
    assert row["expect"] in CAMEO or (row["expect"] is None and row.get("fails")), row


@pytest.mark.parametrize("name", sorted(TABLES))
def test_a_table_says_what_it_decides_and_lists_each_key_once(name: str) -> None:
    table = TABLES[name]
    assert table["about"].strip()
    assert "code" not in table or table["code"] in CAMEO  # a rule's own code
    keys = [_row_id(name, row) for row in rule_rows(name)]
    assert len(keys) == len(set(keys))
    assert set(table.get("of", ())) <= CAMEO
    assert set(table.get("also", ())) <= set(TABLES)


def test_the_object_tables_pair_verb_groups_with_their_nouns_in_order() -> None:
    pairs = rule_file()["object_tables"]
    assert all(verbs in TABLES and nouns in TABLES for verbs, nouns in pairs)
    assert [nouns for _, nouns in verb_tables.OBJECT_TABLES] == [
        {row["word"]: row["code"] for row in rule_rows(nouns)} for _, nouns in pairs]


def test_the_loader_keeps_the_types_the_coder_reads() -> None:
    assert isinstance(verb_tables.VERB_CODES, dict)
    assert isinstance(verb_tables.ACCEDING_VERBS, frozenset)
    assert verb_tables.ACCEDING_TO_VERBS < verb_tables.ACCEDING_VERBS  # its "also"
    assert verb_tables.PHRASAL_CODES[("step", "up")] == verb_tables.NO_EVENT
    assert ("host", "053") in verb_tables.DROPPED_PATTERNS
    assert set(verb_tables.GOODS) <= verb_tables.GENERIC_NOUNS <= set(verb_tables.EVENT_NOUNS)
    assert verb_tables.EVENT_NOUNS.items() >= verb_tables.GOODS.items()


def _example_params() -> list[Any]:
    params = []
    for (_name, row), row_id in zip(ROWS, IDS, strict=True):
        marks = [pytest.mark.xfail(strict=True, reason=row["fails"])] if row.get("fails") else []
        params.append(pytest.param(row["example"], row["expect"], id=row_id, marks=marks))
    return params


@pytest.mark.parametrize(("example", "expect"), _example_params())
def test_each_example_gives_its_code(nlp, example: str, expect: str | None) -> None:  # noqa: ANN001
    from greatgame.extract.pipeline import read_doc

    codes = [e.cameo for e in read_doc(nlp(example), nlp).events]
    assert expect in codes, codes
