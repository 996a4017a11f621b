"""`greatgame eval contests`: the scoring rules, and a run on development stories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from greatgame.errors import InputError
from greatgame.eval.contests import (
    evaluate_contests,
    match_issue,
    oriented,
    read_gold,
    score_issue,
    side_of,
    stands_for,
)
from greatgame.records import Actor, Evidence, Issue, Position, Scenario

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "contests"

GOLD_ISSUE = {
    "id": "dam", "question": "Will Ethiopia fill the dam before a deal?",
    "low_pole": "Filling waits for a binding deal", "high_pole": "Ethiopia fills the dam now",
    "cue_words": ["dam"],
    "actors": [
        {"name": "Ethiopia (Prime Minister)", "iso3_or_code": "ETH", "side": "high",
         "position": 90, "salience": 0.9, "evidence": "Ethiopia will fill the dam in July."},
        {"name": "Egypt", "iso3_or_code": "EGY", "side": "low", "position": 10,
         "salience": 0.9, "evidence": "Egypt said the filling must wait for a deal."},
    ],
}


def _scenario(eth: float, egy: float, *, low: str, high: str) -> Scenario:
    def pos(actor: str, value: float, text: str) -> Position:
        return Position(actor=actor, issue="i", position=value, salience=0.5,
                        evidence=(Evidence(kind="sentence", text=text),))

    return Scenario(
        name="t",
        actors=(Actor(id="ETH", name="Ethiopia", kind="state", capability=0.01),
                Actor(id="EGY", name="Egypt", kind="state", capability=0.01)),
        issues=(Issue(id="i", name="The dam", low_label=low, high_label=high),),
        positions=(pos("ETH", eth, "Ethiopia will fill the dam in July."),
                   pos("EGY", egy, "Cairo protested.")),
    )


def test_an_issue_is_found_by_a_shared_sentence_and_read_the_right_way_round():
    same = _scenario(85, 20, low="Filling waits for a deal", high="Ethiopia fills the dam")
    assert match_issue(same, GOLD_ISSUE) == "i"
    score = score_issue("s", same, {"issues": [{"id": "i", "models": {
        "compromise": {"forecast": 70.0}}}]}, GOLD_ISSUE, outcome=80)
    assert (score.placed, score.sides_right, score.reversed) == (2, 2, False)
    assert score.directions == {"compromise": True}


def test_an_issue_running_the_other_way_is_flipped_before_sides_are_judged():
    flipped = _scenario(15, 80, low="Ethiopia fills the dam now", high="Filling waits")
    assert not oriented("Ethiopia fills the dam now", "Filling waits", GOLD_ISSUE)
    score = score_issue("s", flipped, {"issues": []}, GOLD_ISSUE, outcome=None)
    assert score.reversed and score.sides_right == 2


def test_sides_actors_and_gold_files():
    assert [side_of(x) for x in (39.9, 40, 60, 60.1)] == ["low", "middle", "middle", "high"]
    eth = Actor(id="ETH", name="Ethiopia", kind="state", capability=0.1)
    assert stands_for(eth, {"name": "Ethiopia (Prime Minister)", "iso3_or_code": "X"})
    assert not stands_for(eth, {"name": "Egypt", "iso3_or_code": "EGY"})


def test_a_bad_gold_line_is_one_error_naming_it(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text(json.dumps({"story_id": "1", "issues": []}) + "\n{not json\n")
    with pytest.raises(InputError, match="gold.jsonl.*line 1"):
        read_gold(bad)


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "dev.jsonl").is_file(), reason="needs ../shared/data")
def test_the_s400_story_gives_turkey_and_the_us_their_sides(tmp_path):
    line = next(x for x in (SHARED / "dev.jsonl").read_text().splitlines()
                if '"6180015"' in x)
    gold = tmp_path / "contests" / "one.jsonl"
    gold.parent.mkdir()
    gold.write_text(line + "\n")
    report = evaluate_contests(gold, stories=SHARED.parent / "voa" / "voa_stories.jsonl",
                               draws=20).to_dict()
    assert report["analyzed"] == 1 and not report["failures"]
    s400 = next(d for d in report["details"] if d["gold_issue"] == "tur_s400")
    assert s400["found"] and s400["placed"] == 2 and s400["sides_right"] == 2


def test_one_system_issue_stands_for_one_gold_issue_of_a_story():
    from greatgame.eval.contests import match_story

    scenario = _scenario(85, 20, low="Filling waits for a deal", high="Ethiopia fills the dam")
    second = dict(GOLD_ISSUE, id="dam2")
    assert match_story(scenario, [GOLD_ISSUE, second]) == {"dam": "i", "dam2": None}
