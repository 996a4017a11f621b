"""Gold-set readers and scoring rules (no NLP model needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from greatgame.errors import InputError
from greatgame.eval.gold import (
    GoldActor,
    GoldEvent,
    GoldRecord,
    read_petrarch_gold,
    read_plover_gold,
)
from greatgame.eval.score import actors_match, gold_reading, score_records
from greatgame.records import Event

PLOVER = {
    "id": "X-1",
    "date": "2000-01-01",
    "event": "DEMAND",
    "event_current": "REQUEST",
    "source": [{"code": "USA", "sector": "GOV"}],
    "target": "",
    "text": "A.",
    "split": "dev",
}


def write(path: Path, *records: object) -> Path:
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n",
        encoding="utf-8",
    )
    return path


def test_plover_reader_uses_the_current_type_and_split(tmp_path: Path) -> None:
    path = write(tmp_path / "g.jsonl", PLOVER, {**PLOVER, "id": "X-2", "split": "test"})
    [record] = read_plover_gold(path, split="dev")
    assert record.events[0].type == "REQUEST"
    assert record.events[0].source == (GoldActor("USA", "GOV", ""),)
    assert record.events[0].target == ()


def test_gold_codes_are_mapped_to_iso(tmp_path: Path) -> None:
    path = write(tmp_path / "g.jsonl", {**PLOVER, "target": [{"code": "JAP"}]})
    assert read_plover_gold(path)[0].events[0].target[0].code == "JPN"


def test_malformed_line_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / "g.jsonl", PLOVER, "{not json")
    with pytest.raises(InputError, match=r"g\.jsonl, line 2: not JSON"):
        read_plover_gold(path)


def test_record_without_text_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "g.jsonl", {"id": "a", "events": []})
    with pytest.raises(InputError, match="line 1: record has no 'text'"):
        read_petrarch_gold(path)


def test_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="gold file not found"):
        read_plover_gold(tmp_path / "none.jsonl")


def test_petrarch_reader_splits_country_and_sector(tmp_path: Path) -> None:
    path = write(
        tmp_path / "p.jsonl",
        {
            "id": "s1",
            "date": "20080806",
            "text": "T.",
            "events": [{"source": "GUYJUD", "target": "---", "code": "173"}],
        },
    )
    [event] = read_petrarch_gold(path)[0].events
    assert event.source == (GoldActor("GUY", "JUD"),) and event.cameo == "173"


def test_actor_match_by_country_then_sector() -> None:
    gold = (GoldActor("AFG", "REB"),)
    assert actors_match(gold, ("TALIBAN",))
    assert actors_match(gold, ("TALIBAN",), sector=True)
    assert not actors_match(gold, ("RUS",))
    assert actors_match((GoldActor("IGO"),), ("UNITED_NATIONS",))
    assert actors_match((), ())


def test_intent_reads_as_agree_or_threaten() -> None:
    aid = Event(type="AID", cameo="070", future=True)
    attack = Event(type="ASSAULT", cameo="190", future=True)
    refused = Event(type="CONSULT", cameo="040", negated=True)
    assert gold_reading(aid) == ("AGREE", "030")
    assert gold_reading(attack)[0] == "THREATEN"
    assert gold_reading(refused)[0] == "REJECT"
    # "China said it would retaliate if ...": its own conditional act is a threat; a
    # condition someone else supposes is not
    own = Event(type="ASSAULT", cameo="190", hypothetical=True, source=("CHN",),
                attributed_to="CHN")
    supposed = Event(type="ASSAULT", cameo="190", hypothetical=True, source=("CHN",),
                     attributed_to="USA")
    assert gold_reading(own)[0] == "THREATEN"
    assert gold_reading(supposed)[0] == "ASSAULT"


def test_score_counts_correct_partial_missed_and_extra() -> None:
    gold = GoldEvent("ASSAULT", (GoldActor("RUS"),), (GoldActor("UKR"),))
    records = [
        GoldRecord("a", "", "", (gold,)),
        GoldRecord("b", "", "", (gold,)),
        GoldRecord("c", "", "", (gold,)),
    ]
    coded = [
        [
            Event(type="ASSAULT", source=("RUS",), target=("UKR",)),
            Event(type="CONSULT", source=("RUS",)),
        ],
        [Event(type="ASSAULT", source=("RUS",))],
        [],
    ]
    report = score_records(records, coded, gold_set="t")
    assert report.counts["correct"] == 1 and report.counts["partial"] == 1
    assert report.counts["missed"] == 1
    assert report.type_accuracy == pytest.approx(2 / 3, abs=1e-4)
    assert report.type_source_target == pytest.approx(1 / 3, abs=1e-4)
    assert report.details[0].extra == 1
    assert report.precision == pytest.approx(2 / 3, abs=1e-4)


def test_codes_read_as_their_cameo_root_was_in_plover_0_5() -> None:
    sanctions = Event(type="COERCE", cameo="163")  # 2021 table: COERCE; gold: SANCTION
    invasion = Event(type="COERCE", cameo="192")
    emergency = Event(type="RETREAT", cameo="0814")
    resigned = Event(type="RETREAT", cameo="0831", mode="resign")  # typed by its verb
    assert gold_reading(sanctions) == ("SANCTION", "163")
    assert gold_reading(invasion)[0] == "ASSAULT"
    assert gold_reading(emergency)[0] == "CONCEDE"
    assert gold_reading(resigned)[0] == "RETREAT"


def test_international_organisations_match_either_igo_or_ngo() -> None:
    assert actors_match((GoldActor("IGO"),), ("AMNESTY_INTERNATIONAL",))
    assert actors_match((GoldActor("NGO"),), ("UNITED_NATIONS",))
    assert not actors_match((GoldActor("IGO"),), ("RUS",))


def test_an_actor_the_article_placed_nowhere_matches_no_code() -> None:
    from greatgame.eval.score import actor_codes

    known = {"KEN_SARO": (None, None), "ISRMIL": ("ISR", "MIL")}
    assert actor_codes("KEN_SARO", known) == (frozenset(), frozenset())  # not Kenya
    assert actor_codes("ISRMIL", known)[0] == {"ISR"}
    assert not actors_match([GoldActor("KEN")], ["KEN_SARO"], known=known)


def _refusal_record() -> tuple[list[GoldRecord], list[list[Event]]]:
    """A gold REJECT the coder wrote as a negated CONSULT: only the lenient reading
    (``gold_reading``) credits it."""
    gold = GoldEvent("REJECT", (GoldActor("IRN"),), (GoldActor("USA"),), cameo="120")
    coded = [[Event(type="CONSULT", cameo="040", negated=True, source=("IRN",),
                    target=("USA",))]]
    return [GoldRecord("r", "", "", (gold,))], coded


def test_strict_scores_the_type_the_extractor_writes() -> None:
    records, coded = _refusal_record()
    report = score_records(records, coded, gold_set="t")
    assert report.reading == "strict" and report.type_accuracy == 0.0
    assert report.details[0].coded == ["CONSULT"]


def test_lenient_reading_is_scored_under_its_own_name() -> None:
    from greatgame.eval.score import score_both

    records, coded = _refusal_record()
    report = score_both(records, coded, gold_set="t")
    assert report.type_accuracy == 0.0  # the headline stays strict
    assert report.lenient is not None and report.lenient["reading"] == "lenient"
    assert report.lenient["type_accuracy"] == 1.0
    assert report.to_dict()["lenient"]["type_source_target"] == 1.0


def test_strict_root_is_the_code_the_extractor_wrote() -> None:
    from greatgame.eval.score import event_key

    sanctions = Event(type="COERCE", cameo="163")
    assert event_key(sanctions) == "COERCE"
    assert event_key(sanctions, reading="lenient") == "SANCTION"
    refused = Event(type="CONSULT", cameo="040", negated=True)
    assert event_key(refused, by_root=True) == "04"
    assert event_key(refused, by_root=True, reading="lenient") == "12"


def test_an_unknown_reading_is_refused() -> None:
    records, coded = _refusal_record()
    with pytest.raises(ValueError, match="reading must be one of"):
        score_records(records, coded, gold_set="t", reading="kind")
