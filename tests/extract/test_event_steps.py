"""The event coder's named steps on hand-built parses: a passive's parties, the first
target step that names someone, and every guard and target step documented."""

from __future__ import annotations

from greatgame.extract.event_arguments import TARGET_STEPS, arguments
from greatgame.extract.event_context import EventContext
from greatgame.extract.span_actors import gazetteer_actors
from greatgame.extract.verb_guards import NOT_ACTS
from greatgame.extract.verbal_events import code_verbal
from greatgame.extract.verbs import default_lexicon

from .hand_parse import parse

PASSIVE = [
    ("Kuwait", "Kuwait", "PROPN", 2, "nsubj:pass", "NNP"),
    ("was", "be", "AUX", 2, "aux:pass", "VBD"),
    ("invaded", "invade", "VERB", 2, "ROOT", "VBN"),
    ("by", "by", "ADP", 4, "case", "IN"),
    ("Iraq", "Iraq", "PROPN", 2, "obl:agent", "NNP"),
    (".", ".", "PUNCT", 2, "punct", "."),
]
ACTIVE = [
    ("Iraq", "Iraq", "PROPN", 1, "nsubj", "NNP"),
    ("invaded", "invade", "VERB", 1, "ROOT", "VBD"),
    ("Kuwait", "Kuwait", "PROPN", 1, "obj", "NNP"),
    (".", ".", "PUNCT", 1, "punct", "."),
]


def _context(rows: list[tuple]) -> EventContext:
    return EventContext(parse(rows), gazetteer_actors, default_lexicon(), None, [], None)


def test_a_passive_subject_is_the_target_and_its_by_phrase_the_source() -> None:
    ctx = _context(PASSIVE)
    info = ctx.lex.info("192")  # occupy territory: CAMEO's code of "invade"
    assert arguments(ctx, ctx.doc[2], None, info) == (("IRQ",), ("KWT",))


def test_the_object_is_the_target_before_any_later_step() -> None:
    ctx = _context(ACTIVE)
    event = code_verbal(ctx, ctx.doc[1])
    assert event is not None and (event.source, event.target) == (("IRQ",), ("KWT",))


def test_a_verb_no_guard_stops_is_coded_and_one_a_guard_stops_is_not() -> None:
    ctx = _context(ACTIVE)
    assert not any(guard(ctx, ctx.doc[1], "invade") for guard in NOT_ACTS)
    words = [("according", "accord", "VERB", 0, "ROOT", "VBG"),
             ("to", "to", "ADP", 2, "case", "IN"), ("Iraq", "Iraq", "PROPN", 0, "obl", "NNP")]
    ctx = _context(words)
    assert code_verbal(ctx, ctx.doc[0]) is None  # "according to X" names a source


def test_every_guard_and_target_step_says_what_it_decides() -> None:
    for step in (*NOT_ACTS, *TARGET_STEPS):
        assert step.__doc__ and step.__doc__.strip(), step.__name__
