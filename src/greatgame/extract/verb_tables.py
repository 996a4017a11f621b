"""The event coder's rules, read from ``data/events/verb_rules.json``, and the grammar that
goes with them (``verbs.Lexicon`` and the coder's steps import them).

The rules are data: verb defaults the CAMEO dictionary leaves blank or codes for another
reading, verbs that are acts only by what they take (an object, none, an actor, military
units, property seized), verbs that undo, halt or accede to what their object names,
event nouns and their modifiers, goods given as aid. Each row of the file carries its
origin and an example sentence with the code the coder gives it
(``tests/extract/test_verb_rules.py`` runs every example). Closed-class words and the
reaches of the coder's look-ups stay here.

>>> VERB_CODES["withdraw"], PHRASAL_CODES[("turn", "down")], UNDONE_NOUNS["blockade"]
('087', '120', '0872')
"""

from __future__ import annotations

import importlib.resources
import json
from functools import cache
from typing import Any

VERB_RULES = ("data", "events", "verb_rules.json")


@cache
def rule_file() -> dict[str, Any]:
    """The parsed rule file (read once)."""
    path = importlib.resources.files("greatgame").joinpath(*VERB_RULES)
    return json.loads(path.read_text(encoding="utf-8"))


def rule_rows(name: str) -> list[dict[str, Any]]:
    """The rows of the rule table ``name``, in file order."""
    return rule_file()["tables"][name]["rows"]


def _codes(name: str) -> dict[str, str]:
    return {row["word"]: row["code"] for row in rule_rows(name)}


def _pairs(name: str, second: str) -> dict[tuple[str, str], str]:
    return {(row["word"], row[second]): row["code"] for row in rule_rows(name)}


def _words(name: str) -> frozenset[str]:
    """A word class of a rule, with the classes it takes in (``also``); a row with a
    particle gives the phrasal verb ("call off")."""
    also = rule_file()["tables"][name].get("also", ())
    return frozenset(" ".join(filter(None, (row["word"], row.get("particle"))))
                     for row in rule_rows(name)).union(*map(_words, also))


def _code(name: str) -> str:
    return rule_file()["tables"][name]["code"]


# Verb defaults the dictionary leaves blank or codes for another reading (CAMEO codes).
VERB_CODES = _codes("verb_codes")
# Verbs that are an act only with an object ("returned the bodies to Iran").
TRANSITIVE_CODES = _codes("transitive_codes")
# Verbs that are an act only when their object is an actor ("received a delegation").
ACTOR_OBJECT_CODES = _codes("actor_object_codes")
# Verbs that are a complaint when addressed to an actor ("protested to Washington").
ADDRESSED_CODES = _codes("addressed_codes")
# Military units that leave a place withdraw from it ("the last American troops left").
DEPARTING_VERBS = _words("departing_verbs")
WITHDRAWING = _code("departing_verbs")
# Seizing property is confiscation, seizing people detention; seizing ground stays the
# verbs' default (an occupation).
SEIZING_VERBS = _words("seizing_verbs")
PROPERTY_NOUNS = _words("property_nouns")
CONFISCATION = _code("property_nouns")
SEIZED_PEOPLE = _words("seized_people")
DETENTION = _code("seized_people")
# Verbs that accede to a demand given with "to" ("agreed to the opposition's demand").
ACCEDING_TO_VERBS = _words("acceding_to_verbs")
# Verbs of going that are a visit when they go to an actor ("went to Moscow").
VISIT_VERBS = _codes("visit_verbs")
# Verbs that mobilise when what they move is a military unit ("moved two divisions").
MOVING_VERBS = _words("moving_verbs")
MILITARY_UNITS = _words("military_units")
MOBILIZING = _code("military_units")
# Verbs whose dictionary default fits only with an object ("students rallied in Seoul").
INTRANSITIVE_CODES = _codes("intransitive_codes")
# Phrasal verbs the dictionary lacks or files under a block with no default; an empty
# code: the verb carries its object's act ("stepped up attacks").
PHRASAL_CODES = _pairs("phrasal_codes", "particle")
# Verbs that send people somewhere: their purpose clause's act is aimed at the destination.
SENDING_VERBS = _words("sending_verbs")
# Adjectives whose subject pledges what follows "to": "is committed to" (030).
PLEDGING_ADJECTIVES = _codes("pledging_adjectives")
# (noun, preposition) of a predicate that refuses its subject: "out of the question".
REFUSING_PREDICATES = _pairs("refusing_predicates", "particle")
# A phrasal verb's particle sits among the first words the verb governs: "turned down the
# offer", "turned the offer down".
PARTICLE_REACH = 4
# Acts named by undoing, halting, acceding to, withdrawing, leaving, defying, laying down,
# blocking, closing or reneging on what the object noun names: verb group -> noun -> code.
UNDOING_VERBS, UNDONE_NOUNS = _words("undoing_verbs"), _codes("undone_nouns")
HALTING_VERBS, HALTED_NOUNS = _words("halting_verbs"), _codes("halted_nouns")
ACCEDING_VERBS, ACCEDED_NOUNS = _words("acceding_verbs"), _codes("acceded_nouns")
BLOCKING_VERBS, BLOCKED_NOUNS = _words("blocking_verbs"), _codes("blocked_nouns")
LAYING_VERBS, LAID_NOUNS = _words("laying_verbs"), _codes("laid_nouns")
CLOSING_VERBS, CLOSED_NOUNS = _words("closing_verbs"), _codes("closed_nouns")
DEFYING_VERBS, DEFIED_NOUNS = _words("defying_verbs"), _codes("defied_nouns")
LEAVING_VERBS, LEFT_NOUNS = _words("leaving_verbs"), _codes("left_nouns")
REMOVING_VERBS, REMOVED_NOUNS = _words("removing_verbs"), _codes("removed_nouns")
RENEGING_VERBS = _words("reneging_verbs")
# Verbs that reverse what their object names: a pattern of the verb above them never
# reaches through them ("agreed to lift the sanctions" is no AGREE * SANCTIONS).
REVERSING_VERBS = UNDOING_VERBS | HALTING_VERBS | LEAVING_VERBS | DEFYING_VERBS | \
    BLOCKING_VERBS | RENEGING_VERBS
# Verb groups and what they make of their object's noun (``Lexicon.object_code``), in the
# order they are tried.
OBJECT_TABLES: tuple[tuple[frozenset[str], dict[str, str]], ...] = tuple(
    (_words(verbs), _codes(nouns)) for verbs, nouns in rule_file()["object_tables"])
# Acts of a society's groups that PLOVER codes as protest (extract/society.py): rows of
# (the code read, the act's noun or "", whether only where the sentence names a protest,
# the code given), those naming a noun first.
SOCIETY_CODES = sorted(((row["from"], row.get("noun", ""), bool(row.get("protest")), row["code"])
                        for row in rule_rows("society_codes")), key=lambda r: not r[1])
# PLOVER modes for verbs whose CAMEO code carries none (the manual's mode vocabulary).
VERB_MODES = {row["word"]: row["mode"] for row in rule_rows("verb_modes")}
# Goods that, sent, given or delivered, are aid, and the support verbs that hand them over.
GOODS = _codes("goods")
GIVING_VERBS = _words("giving_verbs")
# Event nouns, for nominal events and support verbs (with the goods), and those whose bare
# use is no reported act ("the threat of terror"; ``nominal_events``).
EVENT_NOUNS = {**_codes("event_nouns"), **GOODS}
GENERIC_NOUNS = frozenset(row["word"] for row in rule_rows("event_nouns")
                          if row.get("generic")) | frozenset(GOODS)
# Event nouns whose modifier makes them another act ("a hunger strike").
MODIFIED_NOUNS = _pairs("modified_nouns", "modifier")
# "call" carries the act its object names only for acts one calls ("called a strike").
CALLING_VERBS = _words("calling_verbs")
CALLED_NOUNS = _words("called_nouns")
# Dictionary patterns that code another reading than news prose needs: (block, code).
# Dictionary patterns dropped: (block, code), or (block, code, verb) for one verb's.
DROPPED_PATTERNS = frozenset((row["block"], row["code"], *([row["verb"]] if "verb" in row else []))
                             for row in rule_rows("dropped_patterns"))
# The words of a kind a dictionary pattern names by the kind's word: kind -> its words.
PATTERN_KINDS: dict[str, frozenset[str]] = {
    kind: frozenset(row["word"] for row in rule_rows("pattern_kinds") if row["kind"] == kind)
    for kind in {row["kind"] for row in rule_rows("pattern_kinds")}}
# Modifiers that make a military noun a joint (COOPERATE) act: "joint patrols".
JOINT_WORDS = _words("joint_words")
JOINT_CODE = _code("joint_words")
JOINT_OF = frozenset(rule_file()["tables"]["joint_words"]["of"])  # codes made joint
# Acts that judge another act: one they judge, its doer named, is coded beside them.
EVALUATING_CODES = frozenset(row["code"] for row in rule_rows("evaluating_codes"))
# Exercises one state holds show force (150); held by several together, they are military
# cooperation (JOINT_CODE).
EXERCISE_NOUNS = _words("exercise_nouns")
# Prepositions and particles: a pattern made of these alone says how one verb is built
# ("welcome to"), not what its synonyms mean.
FUNCTION_WORDS = frozenset({
    "to", "with", "on", "in", "at", "for", "from", "against", "into", "over", "by", "of",
    "up", "down", "out", "off", "away", "back", "about", "as", "upon", "toward", "towards",
    "through", "under", "after", "before", "between", "among", "around", "onto",
})  # fmt: skip
# A pattern the dictionary wrote for another verb of the block ("capture * AREA" in the
# block of "arrest") holds only within the first words the verb governs (its object):
# "arrested 100 Palestinians in a sweep of the Hebron area" is no capture of an area.
OTHER_VERB_REACH = 8
# Words that may come between a preposition of a pattern and its object ("of the new
# Lebanese government").
PHRASE_GAP = 3
# Nouns a support verb may only turn into events of its own code (sign a deal: 057).
NO_EVENT = ""
# CAMEO roots without a PLOVER type; APPEAL (02) is PLOVER's REQUEST like DEMAND (10).
STATEMENT_ROOT = "01"
APPEAL_ROOT, DEMAND_ROOT = "02", "10"
