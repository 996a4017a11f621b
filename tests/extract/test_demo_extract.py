"""End to end on the bundled demo article (greatgame/examples/afghanistan-2017.txt): who
wants what, as the actor system reads it. Expectations are sets of (holder, target,
polarity) and key words of the proposition, not one parse of a sentence."""

from __future__ import annotations

import datetime as dt
from importlib.resources import files

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo():
    from greatgame.extract.pipeline import extract_article
    from greatgame.ingest import read_text
    from greatgame.nlp import load

    text = (files("greatgame") / "examples" / "afghanistan-2017.txt").read_text("utf-8")
    article = read_text(text, source="demo", date=dt.date(2017, 3, 16))
    return extract_article(article, load())


def _stance(demo, holders, words, *, polarity=None, target=None):
    """The stances of any of ``holders`` whose proposition contains ``words``."""
    found = [s for s in demo.stances if s.holder in holders and words in s.text
             and (polarity is None or s.polarity == polarity)
             and (target is None or s.target in target)]
    assert found, (holders, words, [(s.holder, s.target, s.polarity, s.text)
                                    for s in demo.stances])
    return found


def _actor(demo, actor_id):
    return next(a for a in demo.actors if a.id == actor_id)


def test_they_after_russian_officials_said_is_russia(demo):
    _stance(demo, {"RUS"}, "political settlement", polarity=1)
    assert not any("political settlement" in s.text and s.holder == "USA" for s in demo.stances)


def test_ghani_is_afghan_and_wants_american_forces_to_stay(demo):
    assert _actor(demo, "ASHRAF_GHANI").country == "AFG"
    _stance(demo, {"ASHRAF_GHANI", "AFG"}, "American forces to stay", polarity=1)


def test_nicholson_is_the_american_commander_and_reports_his_needs(demo):
    nicholson = _actor(demo, "JOHN_NICHOLSON")
    assert (nicholson.kind, nicholson.country) == ("person", "USA")
    assert any(q.speaker == "JOHN_NICHOLSON" and "more soldiers" in q.text
               for q in demo.quotes)


def test_pentagon_opposes_a_role_for_the_taliban(demo):
    _stance(demo, {"USA", "USAMIL"}, "any role for the Taliban", polarity=-1,
            target={"TALIBAN"})


def test_india_backs_kabul_and_opposes_a_deal_giving_the_taliban_power(demo):
    _stance(demo, {"IND"}, "government", polarity=1, target={"AFG"})
    _stance(demo, {"IND"}, "any deal", polarity=-1, target={"TALIBAN"})


def test_iran_opposes_the_american_military_presence(demo):
    _stance(demo, {"IRN"}, "American military presence", polarity=-1,
            target={"USA", "USAMIL"})


def test_afghan_officials_accuse_moscow(demo):
    found = _stance(demo, {"AFG"}, "arming the Taliban", polarity=-1, target={"RUS"})
    assert found[0].cue == "accuse"


def test_pakistan_reported_by_afghan_officials_and_supporting_talks(demo):
    assert any(q.speaker == "AFG" and q.cue == "according to"
               and q.text.startswith("Pakistan hosts Taliban leaders") for q in demo.quotes)
    _stance(demo, {"PAK"}, "talks", polarity=1, target={"TALIBAN"})


def test_russia_wants_american_troops_to_leave(demo):
    # +1: the attitude to what is wanted; the system reads "leave" as the low pole
    _stance(demo, {"RUS"}, "troops to leave", polarity=1)
