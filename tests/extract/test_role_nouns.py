"""The role nouns of ``data/gazetteer/role_nouns.json``: the file loads into the sector
corrections and the international bodies the gazetteer reads, and an international role
noun is placed by its owner, never by the state of its sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from greatgame.extract import gazetteer
from greatgame.extract.gazetteer import AGENT_SECTORS, INTERNATIONAL_AGENTS

FILE = Path(gazetteer.__file__).parent.parent / "data" / "gazetteer" / "role_nouns.json"


def test_every_group_says_why_and_every_sector_is_a_code() -> None:
    data = json.loads(FILE.read_text(encoding="utf-8"))
    assert all(group["why"].strip() and group["words"] for group in data["sectors"])
    assert all(len(s) == 3 and s.isupper() for s in AGENT_SECTORS.values())
    assert {body for body, _ in INTERNATIONAL_AGENTS.values()} == {"IGO", "NGO"}
    assert set(INTERNATIONAL_AGENTS) <= set(AGENT_SECTORS)  # the gazetteer finds them


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    from greatgame.nlp import load

    return load()


@pytest.mark.parametrize(("text", "phrase", "country", "sector"), [
    ("Rebels attacked peacekeepers in eastern Congo on Tuesday.", "peacekeepers", None, "IGO"),
    ("Militants kidnapped three aid workers in northern Mali.", "aid workers", None, "NGO"),
    ("Nigerian peacekeepers arrived in Monrovia on Monday.", "peacekeepers", "NGA", "MIL"),
    ("Iranian aid workers handed out food in Herat.", "aid workers", "IRN", "NGO"),
])
def test_an_international_role_noun_is_placed_by_its_owner_only(
        nlp, text: str, phrase: str, country: str | None, sector: str) -> None:  # noqa: ANN001
    from greatgame.extract.pipeline import read_doc

    reading = read_doc(nlp(text), nlp)
    start = text.index(phrase)
    refs = [r for r in reading.index.refs
            if reading.doc[r.start:r.end].start_char <= start < reading.doc[r.start:r.end].end_char]
    actor = reading.index.actors[refs[0].actor]
    assert (actor.country, actor.sector) == (country, sector)
