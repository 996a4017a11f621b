"""The event lexicon: verbs and event nouns -> CAMEO codes -> PLOVER type, mode, context.

Seeded from the PETRARCH-2 CAMEO verb dictionary (``CAMEO.2.0.txt``, MIT, Open Event Data
Alliance): every verb of a block takes the block's default code unless it has its own, and
a block's patterns (``- * TALKS (BETWEEN) [039]``) refine the code by the words that follow
the verb. Codes are turned into PLOVER categories with Schrodt's CAMEO->PLOVER table and
scored with the Goldstein scale and the PLOVER manual's intensity table (CC BY-SA 4.0).

A handful of documented overrides (``VERB_CODES``, ``EVENT_NOUNS``) fix dictionary entries
that are blank or code a different reading than news prose needs ("agree" as 050, "reject"
with no default, "negotiate" as 080), and list the event nouns that nominal events and
support-verb constructions ("held talks") need. They are words, never sentences.

>>> lex = Lexicon.from_tables(
...     verbs=[["host", "", "host", "043", "042", []]],
...     patterns=[["host", "046", "", [], ["talks"], ["talks"], [], "host"]],
...     cameo=[["043", "Host a visit", 2.8, 1, "CONSULT", "visit", ""],
...            ["046", "Engage in negotiation", 7.0, 1, "CONSULT", "", "diplomatic"]],
... )
>>> lex.verb_code("host", ["talks"]), lex.verb_code("host", ["minister"])
('046', '043')
>>> lex.info("046").type
'CONSULT'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

# Verb defaults the dictionary leaves blank or codes for another reading (CAMEO codes).
VERB_CODES: dict[str, str] = {
    "agree": "030", "reject": "120", "refuse": "120", "decline": "120", "rebuff": "120",
    "dismiss": "120", "veto": "129", "cooperate": "060", "collaborate": "060",
    "negotiate": "046", "mediate": "045", "broker": "045", "withdraw": "087", "pull": "087",
    "urge": "020", "appeal": "020", "ask": "020", "request": "020", "demand": "100",
    "discuss": "040", "meet": "040", "confer": "040", "consult": "040", "visit": "042",
    "host": "043", "invite": "020", "attack": "190", "strike": "190", "kill": "190",
    "bomb": "195", "shell": "194", "invade": "192", "occupy": "192", "assassinate": "186",
    "kidnap": "181", "abduct": "181", "torture": "1822", "blame": "112", "accuse": "112",
    "criticize": "111", "criticise": "111", "condemn": "111", "denounce": "111",
    "sanction": "163", "expel": "166", "deport": "174", "arrest": "173", "detain": "173",
    "threaten": "130", "warn": "130", "support": "051", "back": "051", "praise": "051",
    "endorse": "051", "aid": "070", "help": "070", "protest": "141", "demonstrate": "141",
    "riot": "145", "mobilize": "154", "mobilise": "154", "deploy": "154", "patrol": "150",
    "sign": "057", "recognize": "054", "recognise": "054", "apologize": "055",
    "release": "084", "free": "084", "surrender": "0874", "resign": "0831",
    "boycott": "143", "suspend": "160", "investigate": "090", "sue": "115", "promise": "030",
    "pledge": "030", "offer": "030", "vow": "030", "interfere": "1123", "counter": "120",
    "fight": "190", "clash": "190", "seize": "192", "capture": "192", "confront": "190",
    "target": "190", "plot": "1123", "interact": "040", "uproot": "190", "eliminate": "190",
    "block": "144", "barricade": "144",
    # news verbs the CAMEO.2.0 dictionary lacks (ours)
    "execute": "1823", "bulldoze": "1712", "intimidate": "170", "menace": "130",
    "persecute": "175", "intern": "173", "picket": "141", "lynch": "1823", "strafe": "195",
    "retake": "192", "demobilize": "0873", "demobilise": "0873", "slam": "111",
    "hand": "0841", "mass": "154", "seal": "191", "avenge": "190",
}  # fmt: skip
# Verbs that are an act only with an object: "returned the bodies to Iran" hands them back
# (CAMEO 084), "returned to Kabul" is no act (ours).
TRANSITIVE_CODES: dict[str, str] = {"return": "084"}
# Verbs that are an act only when their object is an actor: "received a delegation of
# American businessmen" hosts a visit (043), "held two journalists" detains them (173),
# "protected Rwandan refugees" shields them (074), "questioned Craxi" investigates him
# (090); "received a letter", "held a session" and "protect the environment" are no act
# (ours).
ACTOR_OBJECT_CODES: dict[str, str] = {"receive": "043", "hold": "173", "protect": "074",
                                      "question": "090"}
# Verbs that are a complaint when addressed to an actor: "China protested to Washington
# over the sale" (111) is no demonstration (141) (ours).
ADDRESSED_CODES: dict[str, str] = {"protest": "111"}
# Military units that leave a place withdraw from it (087): "the last American troops left
# Somalia" (ours; the dictionary files "leave" under going somewhere, 040).
DEPARTING_VERBS = frozenset({"leave", "depart", "quit"})
WITHDRAWING = "087"
# Seizing property is confiscation (1711), seizing ground an occupation (the verbs'
# default, 192): "seized a British oil tanker", "captured two cargo ships" (ours).
SEIZING_VERBS = frozenset({"seize", "capture"})
PROPERTY_NOUNS = frozenset({"ship", "tanker", "vessel", "boat", "trawler", "plane", "aircraft",
                            "cargo", "shipment", "property", "asset", "truck", "vehicle",
                            "equipment", "weapon", "arm", "document"})
CONFISCATION = "1711"
# ... and seizing people is detaining them (173): "seized 15 British sailors".
SEIZED_PEOPLE = frozenset({"sailor", "soldier", "hostage", "tourist", "crew", "crewman",
                           "fisherman", "journalist", "diplomat", "worker", "civilian",
                           "people", "man", "woman", "activist", "official", "national"})
DETENTION = "173"
# Verbs that accede to a demand given with "to": "agreed to the opposition's demand" (083).
ACCEDING_TO_VERBS = frozenset({"agree", "accede", "bow", "yield", "submit"})
# Verbs of going that are a visit (042) when they go to an actor ("went to Moscow"), and
# no act otherwise ("went missing", "the train was travelling north") (ours).
VISIT_VERBS: dict[str, str] = {"go": "042", "travel": "042", "fly": "042"}
# Verbs that mobilise (154) when what they move is a military unit: "moved two armored
# divisions toward the border", "brought up tanks" (ours).
MOVING_VERBS = frozenset({"move", "shift", "redeploy", "bring", "rush", "dispatch"})
MILITARY_UNITS = frozenset({"troop", "force", "division", "brigade", "battalion", "regiment",
                            "tank", "unit", "soldier", "warship", "reinforcement", "carrier",
                            "fleet", "destroyer", "frigate", "squadron", "paratrooper"})
MOBILIZING = "154"
# Verbs whose dictionary default fits only with an object: "rallied troops" mobilises
# (150), "students rallied in Seoul" demonstrate (141) (ours).
INTRANSITIVE_CODES: dict[str, str] = {"rally": "141"}
# Phrasal verbs the dictionary lacks or files under a block with no default (ours):
# "turned down the offer", "ruled out talks", "rounded up 30 suspects".
PHRASAL_CODES: dict[tuple[str, str], str] = {
    ("turn", "down"): "120", ("rule", "out"): "120", ("round", "up"): "173",
    ("break", "up"): "175",  # "police broke up the rally"
    ("walk", "out"): "143", ("step", "up"): "",  # "stepped up attacks": the object's act
}
# A phrasal verb's particle sits among the first words the verb governs: "turned down the
# offer", "turned the offer down".
PARTICLE_REACH = 4
# Acts named by undoing or halting what the object noun names (CAMEO 08 "yield" and 16
# "reduce relations"): "lifted the blockade" is 0872, "ended mediation efforts" 165,
# "accepted the demands" 083. Verb group -> noun -> code.
UNDOING_VERBS = frozenset({"lift", "ease", "relax", "end", "remove", "revoke", "rescind",
                           "cancel", "shorten", "loosen", "scrap", "abolish", "drop"})
HALTING_VERBS = frozenset({"suspend", "halt", "freeze", "sever", "cut", "break", "end",
                           "stop", "downgrade", "recall", "close"})
ACCEDING_VERBS = frozenset({"accept", "meet", "grant", "satisfy", "heed", "fulfil",
                            "fulfill"}) | ACCEDING_TO_VERBS
UNDONE_NOUNS: dict[str, str] = {
    "blockade": "0872", "siege": "0872", "sanction": "085", "embargo": "085",
    "boycott": "085", "curfew": "0813", "emergency": "0814", "law": "0814",
    "ban": "0812", "restriction": "081", "closure": "081",
}  # fmt: skip
HALTED_NOUNS: dict[str, str] = {
    "relation": "161", "tie": "161", "aid": "162", "assistance": "162", "talk": "164",
    "negotiation": "164", "mediation": "165", "link": "160", "cooperation": "160",
    "embassy": "161", "ambassador": "161", "delivery": "162", "supply": "162",
    "shipment": "162",
}  # fmt: skip
ACCEDED_NOUNS: dict[str, str] = {"demand": "083", "request": "083", "condition": "083"}
# Blocking a proposal rejects it (120): "France blocked a U.S. proposal" is no road block
# (the verb's 144) (ours).
BLOCKING_VERBS = frozenset({"block", "obstruct"})
BLOCKED_NOUNS: dict[str, str] = {noun: "120" for noun in (
    "proposal", "plan", "resolution", "bill", "motion", "measure", "bid", "move",
    "initiative", "deal", "agreement", "request", "nomination", "appointment")}
# Laying down arms demobilises (0873): "the Contra rebels laid down their arms" (ours).
LAYING_VERBS = frozenset({"lay"})
LAID_NOUNS: dict[str, str] = {"arm": "0873", "arms": "0873", "weapon": "0873"}
# Closing a newspaper, a station or a party restricts political freedom (1721): "closed
# down 16 reformist newspapers" (ours; the dictionary's "close" block has no default).
CLOSING_VERBS = frozenset({"close", "shut"})
CLOSED_NOUNS: dict[str, str] = {noun: "1721" for noun in (
    "newspaper", "paper", "magazine", "station", "radio", "television", "party", "office",
    "school", "university", "mosque", "church")}
# Defying what one is asked or told to do is a refusal (CAMEO 12): "ignored a U.N.
# deadline", "defied the ultimatum" (ours; the dictionary codes the block no event).
DEFYING_VERBS = frozenset({"ignore", "defy", "flout", "disregard"})
DEFIED_NOUNS: dict[str, str] = {
    "deadline": "120", "ultimatum": "120", "demand": "120", "call": "120", "appeal": "122",
    "resolution": "120", "warning": "120", "order": "124", "request": "120", "plea": "122",
}  # fmt: skip
# Leaving talks halts them (164): "pulled out of the peace talks", "withdrew from the
# negotiations"; leaving a place stays a retreat.
LEAVING_VERBS = frozenset({"pull", "withdraw", "quit"})
LEFT_NOUNS: dict[str, str] = {"talk": "164", "negotiation": "164", "mediation": "165"}
# Withdrawing or expelling foreign monitors is a sanction (CAMEO 166), not a retreat (087):
# "will withdraw weapons inspectors from Iraq" (1662), "expelled the peacekeepers" (1661),
# "pulled out aid workers" (1663).
REMOVING_VERBS = frozenset({"withdraw", "pull", "expel", "evacuate", "remove", "recall"})
REMOVED_NOUNS: dict[str, str] = {
    "inspector": "1662", "observer": "1662", "monitor": "1662", "peacekeeper": "1661",
    "peacekeeping": "1661", "agency": "1663", "worker": "1663",
}  # fmt: skip
# Verb groups and what they make of their object's noun (``Lexicon.object_code``), in the
# order they are tried.
OBJECT_TABLES: tuple[tuple[frozenset[str], dict[str, str]], ...] = (
    (UNDOING_VERBS, UNDONE_NOUNS), (HALTING_VERBS, HALTED_NOUNS),
    (ACCEDING_VERBS, ACCEDED_NOUNS), (REMOVING_VERBS, REMOVED_NOUNS),
    (LEAVING_VERBS, LEFT_NOUNS), (DEFYING_VERBS, DEFIED_NOUNS), (LAYING_VERBS, LAID_NOUNS),
    (BLOCKING_VERBS, BLOCKED_NOUNS), (CLOSING_VERBS, CLOSED_NOUNS),
)
# PLOVER modes for verbs whose CAMEO code carries none (the manual's mode vocabulary).
VERB_MODES: dict[str, str] = {"withdraw": "withdraw", "pull": "withdraw", "resign": "resign"}
# Event nouns: for nominal events ("the attack that killed", "talks between X and Y") and
# support verbs ("held discussions", "conducting joint patrols").
# Goods that, sent, given or delivered, are aid: humanitarian (073), military (072). They
# are aid only under a support verb ("sent 500 tons of rice"), never an act on their own.
GOODS: dict[str, str] = {
    "food": "073", "rice": "073", "grain": "073", "wheat": "073", "flour": "073",
    "medicine": "073", "relief": "073", "tent": "073", "blanket": "073", "vaccine": "073",
    "supply": "073", "weapon": "072", "arms": "072", "ammunition": "072", "battery": "072",
    "loan": "071", "credit": "071",
}  # fmt: skip
# (Not tanks, jets or missiles: those that fire them are the news, "helicopters fired
# missiles", and these nouns would be read as aid there.)
# Support verbs that hand goods over: only under them are goods aid.
GIVING_VERBS = frozenset({"send", "give", "provide", "deliver", "offer", "extend", "grant",
                          "fly", "airlift", "ship", "rush"})  # "flew medical supplies to"
EVENT_NOUNS: dict[str, str] = {
    "talk": "046", "talks": "046", "negotiation": "046", "discussion": "040",
    "consultation": "040", "meeting": "040", "summit": "040", "conference": "040",
    "visit": "042", "mediation": "045", "reconciliation": "045", "dialogue": "040",
    "attack": "190", "assault": "190", "offensive": "190", "raid": "190", "strike": "190",
    "airstrike": "195", "bombing": "183", "shelling": "194", "invasion": "192",
    "occupation": "192", "assassination": "186", "killing": "1823", "massacre": "202",
    "kidnapping": "181", "abduction": "181", "ambush": "190", "bombardment": "195",
    "patrol": "150", "exercise": "150", "manoeuvre": "150", "maneuver": "150",
    "drill": "150", "sanction": "163", "embargo": "163", "blockade": "191",
    "protest": "141", "demonstration": "141", "rally": "141", "riot": "145",
    "withdrawal": "087", "ceasefire": "0871", "truce": "0871", "aid": "070",
    "assistance": "070", "cooperation": "060", "investigation": "090", "probe": "090",
    "accusation": "112", "condemnation": "111", "criticism": "111", "threat": "130",
    "ultimatum": "139", "demand": "100", "appeal": "020", "request": "020", "call": "020",
    "crackdown": "175", "arrest": "173", "deployment": "154", "mobilization": "154",
    "expulsion": "166", "boycott": "143", "agreement": "057", "deal": "057",
    "treaty": "057", "accord": "057", "pact": "057", "operation": "190",
    "suspension": "160", "hearing": "090", "inquiry": "090", "lawsuit": "115",
    "tariff": "163",
    "complaint": "114", "evacuation": "0874", "pullout": "087",
    # nominalisations of dictionary verbs, for support verbs ("issued a warning", "made
    # concessions", "announced his resignation") and nominal events (ours)
    "war": "190", "warning": "130", "pledge": "030", "promise": "030", "commitment": "030",
    "concession": "080", "trip": "042", "ban": "172", "curfew": "1723", "siege": "191",
    "incursion": "190", "sit-in": "141", "walkout": "143", "allegation": "112",
    "veto": "129", "rejection": "120", "refusal": "120", "apology": "055", "loan": "071",
    "donation": "070", "reinforcement": "154", "surrender": "0874", "release": "084",
    "pardon": "084", "amnesty": "084", "resignation": "0831", "support": "051",
    "clash": "190", "fighting": "190", "battle": "190", "skirmish": "190", "firefight": "190",
    "shootout": "190", "gunfire": "190", "barrage": "194", "genocide": "202",
    "hijacking": "181", "execution": "1823", "detention": "173", "imprisonment": "173",
    "deportation": "174", "eviction": "174", "denunciation": "111", "plea": "020",
    "retreat": "087", "march": "141", "recognition": "054", "cease-fire": "0871",
    "walk-out": "143", "pull-out": "087", "shoot-out": "190", "crack-down": "175",
    "build-up": "154", "buildup": "154", **GOODS,
}  # fmt: skip
# Event nouns whose modifier makes them another act: a hunger strike is a protest (142),
# a general strike a labour action (143), not a military strike.
MODIFIED_NOUNS: dict[tuple[str, str], str] = {
    ("strike", "hunger"): "142", ("strike", "general"): "143", ("strike", "labor"): "143",
    ("strike", "labour"): "143", ("strike", "open-ended"): "143", ("strike", "air"): "195",
    ("strike", "on"): "143",
    ("attack", "suicide"): "183", ("attack", "bomb"): "183", ("attack", "missile"): "195",
    ("attack", "rocket"): "195", ("attack", "air"): "195", ("game", "war"): "150",
}  # fmt: skip
# "call" carries the act its object names only for acts one calls: "called a general
# strike", "called a ceasefire" (not "called the attack a crime") (ours).
CALLING_VERBS = frozenset({"call"})
CALLED_NOUNS = frozenset({"strike", "boycott", "protest", "demonstration", "rally", "meeting",
                          "summit", "conference", "ceasefire", "cease-fire", "truce",
                          "referendum", "halt"})
# Dictionary patterns that code another reading than news prose needs: (block, code).
# "host a conference" is 053 (rally support) in CAMEO.2.0; the PLOVER reading is CONSULT.
# "HOST * TALKS (BETWEEN)" is 039 (intent to settle) there: hosting others' talks consults
# them (PLOVER's third-party CONSULT). "SUE * (IN COURT)" and "SUE * (FOR)" are 173
# (arrest), where CAMEO's own code for a lawsuit is 115 (the verb's default).
DROPPED_PATTERNS = frozenset({("host", "053"), ("host", "039"), ("sue", "173")})
# Modifiers that make a military noun a joint (COOPERATE) act: "joint patrols".
JOINT_WORDS = frozenset({"joint", "combined", "bilateral", "trilateral", "multilateral"})
JOINT_CODE = "062"
JOINT_OF = frozenset({"150", "062", "190", "154"})  # codes a joint act of force is 062 of
# Exercises one state holds show force (150); held by several together, or called joint,
# they are military cooperation (062).
EXERCISE_NOUNS = frozenset({"exercise", "manoeuvre", "maneuver", "drill", "game"})
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
# Verbs whose meaning is carried by their object noun: "held talks", "launched an attack".
SUPPORT_VERBS = frozenset({
    "hold", "conduct", "carry", "stage", "launch", "mount", "begin", "start", "open",
    "resume", "make", "have", "take", "undertake", "organize", "organise", "engage",
    "participate", "join", "attend", "pursue", "achieve", "perform", "continue", "step",
    "intensify", "escalate", "sign", "reach", "conclude", "impose", "issue", "lodge",
    "file", "deliver", "announce", "increase", "expand", "host", "provide",
    "give", "offer", "send", "extend", "grant", "order", "reiterate", "renew", "repeat",
    "wage", "declare", "lay", "express", "voice", "pose", "go", "fly", "airlift", "ship",
    "rush",
})  # fmt: skip
# Nouns a support verb may only turn into events of its own code (sign a deal: 057).
NO_EVENT = ""
# CAMEO roots without a PLOVER type; APPEAL (02) is PLOVER's REQUEST like DEMAND (10).
STATEMENT_ROOT = "01"
APPEAL_ROOT, DEMAND_ROOT = "02", "10"


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """One CAMEO code with its PLOVER reading and scores."""

    code: str
    label: str
    type: str
    mode: str
    context: str
    goldstein: float | None
    intensity: float | None


@dataclass(frozen=True, slots=True)
class Pattern:
    """Words (each a set of alternatives) that must follow the verb, in this order, and the
    code they give. ``verb`` is the verb the dictionary wrote the pattern for: a pattern of
    prepositions or particles alone ("WELCOME * (TO)") is that verb's, not its block's."""

    slots: tuple[frozenset[str], ...]
    before: tuple[frozenset[str], ...]
    code: str
    verb: str = ""
    # per slot, how many words may stand between it and the slot before (None: any): the
    # words of a prepositional phrase follow their preposition ("(OUT) (OF GOVERNMENT)" is
    # no reading of "out of Beirut under an agreement with the Lebanese government")
    gaps: tuple[int | None, ...] = ()

    @property
    def function_only(self) -> bool:
        """Prepositions and particles alone, or the subject alone ("SOLDIERS TAKE"): how one
        verb is used, which says nothing of what its block's other verbs mean."""
        if not self.slots:
            return bool(self.before)
        return all(slot <= FUNCTION_WORDS for slot in self.slots)


@dataclass(slots=True)
class Lexicon:
    """Verb lemma -> (block, default code); block -> patterns; code -> PLOVER reading."""

    verbs: dict[str, tuple[str, str]] = field(default_factory=dict)
    patterns: dict[str, list[Pattern]] = field(default_factory=dict)
    codes: dict[str, CodeInfo] = field(default_factory=dict)
    nouns: dict[str, str] = field(default_factory=dict)
    scores: dict[tuple[str, str], float] = field(default_factory=dict)
    mode_types: dict[str, str] = field(default_factory=dict)  # a mode -> the one type it is of
    needs_recipient: frozenset[str] = frozenset()  # types the manual says require a target
    inflections: dict[str, str] = field(default_factory=dict)  # "shot" -> "shoot", as listed
    phrasals: dict[str, dict[str, str]] = field(default_factory=dict)  # gun -> {down: 193}

    @classmethod
    def from_tables(
        cls,
        *,
        verbs: Iterable[Sequence[Any]],
        patterns: Iterable[Sequence[Any]] = (),
        cameo: Iterable[Sequence[Any]] = (),
        synsets: Mapping[str, Sequence[str]] | None = None,
        scores: Iterable[Sequence[Any]] = (),
        modes: Mapping[str, Sequence[str]] | None = None,
        needs_recipient: Iterable[str] = (),
    ) -> Lexicon:
        """Build from the packaged tables (rows as ``scripts/_build_events.py`` writes them)."""
        lex = cls()
        sets = {k.rstrip("_"): frozenset(_norm(w) for w in v) for k, v in (synsets or {}).items()}
        for lemma, particle, block, code, _reverse, inflected in verbs:
            if particle:
                lex.patterns.setdefault(block, []).append(
                    Pattern((frozenset({particle}),), (), code or "", lemma))
                lex.phrasals.setdefault(lemma, {}).setdefault(_norm(particle), code or "")
                continue
            lex.verbs.setdefault(lemma, (block, code or ""))
            for form in inflected:
                lex.inflections.setdefault(_norm(form), lemma)
        for block, code, _rev, before, _after, objects, preps, verb in patterns:
            slots = [_slot(w, sets) for w in objects]
            gaps: list[int | None] = [None] * len(slots)
            for prep, words in preps:
                slots.append(_slot(prep, sets))
                slots.extend(_slot(w, sets) for w in words)
                gaps += [None] + [PHRASE_GAP] * len(words)
            pre = [_slot(w, sets) for w in before if w not in "{}()$+^%"]
            if any(w in _AUX_BEFORE for s in pre for w in s):
                continue  # "WILL *": tense, which the flags carry, not a different act
            if (block, code) in DROPPED_PATTERNS:
                continue
            if slots or pre:
                lex.patterns.setdefault(block, []).append(
                    Pattern(tuple(slots), tuple(pre), code, _norm(verb or ""),
                            tuple(gaps) if any(g is not None for g in gaps) else ()))
        for lemma, code in VERB_CODES.items():
            block = lex.verbs.get(lemma, (lemma, ""))[0]
            lex.verbs[lemma] = (block, code)
        for (lemma, particle), code in PHRASAL_CODES.items():
            lex.phrasals.setdefault(lemma, {})[particle] = code
        for lemma, particles in lex.phrasals.items():
            # "gun" is a verb only with its particle ("gun down"): no default of its own.
            # Entries such as "shot and" or "killed or" are an inflected form, no lemma.
            if lemma not in lex.inflections and FUNCTION_WORDS.intersection(particles):
                lex.verbs.setdefault(lemma, (lemma, ""))
        # scores as resources.plover_intensity gives them (ACCUSE's misprint corrected there)
        lex.scores = {(str(t), str(m or "")): float(s) for t, m, s in scores}
        lex.codes = _code_table(cameo, lex.scores, modes)
        owners: dict[str, set[str]] = {}
        for ptype, names in (modes or {}).items():
            for name in names:
                owners.setdefault(name, set()).add(ptype)
        lex.mode_types = {m: next(iter(t)) for m, t in owners.items() if len(t) == 1}
        lex.needs_recipient = frozenset(needs_recipient)
        lex.nouns = dict(EVENT_NOUNS)
        return lex

    def knows(self, lemma: str) -> bool:
        return lemma in self.verbs

    def lemma_of(self, form: str) -> str | None:
        """The lexicon verb a word form is listed as an inflection of ("shot" -> "shoot"),
        for a form the tagger took for a noun or an adjective, which no lemmatizer mends."""
        return self.inflections.get(form.lower())

    def verb_code(
        self, lemma: str, after: Sequence[str | Iterable[str]], before: Sequence[str] = (),
        *, near: Sequence[str | Iterable[str]] | None = None,
        heads: Iterable[str] | None = None, objectless: bool = False,
        head_only: bool = False,
    ) -> str | None:
        """The code of ``lemma`` given the words after (and before) it; None if not a verb
        here, ``""`` if the dictionary says this use is no event.

        ``after`` lists the words the verb governs, in text order, each a string or the set
        of its forms (word and lemma); a pattern's words must occur in that order. ``near``
        (the words of the verb's object phrase) is where a pattern the dictionary wrote for
        another verb of the block may match; without it, the first words of ``after``. With
        ``heads`` (the forms of the object's head nouns) such a pattern of one word or
        phrase must name the head: "CLOSE * BORDER" is no reading of ending "their border
        dispute". ``objectless``: the verb has no object, so such a pattern must open with a
        preposition. ``head_only``: the verb's own one-word patterns must name the head
        too.
        """
        entry = self.verbs.get(lemma)
        if entry is None:
            return None
        block, default = entry
        words = _with_phrases([frozenset({w}) if isinstance(w, str) else frozenset(w)
                               for w in after])
        close = words[:OTHER_VERB_REACH] if near is None else _with_phrases(
            [frozenset({w}) if isinstance(w, str) else frozenset(w) for w in near])
        seen = set(before)
        head_forms = frozenset(heads) if heads is not None else None
        matches: list[Pattern] = []
        for pattern in self.patterns.get(block, ()):
            if not pattern.slots and not pattern.before:
                continue
            reach = words
            if head_only and head_forms is not None and len(pattern.slots) == 1 \
                    and not pattern.before and not pattern.slots[0] & FUNCTION_WORDS \
                    and not _names_head(pattern.slots[0], head_forms):
                continue
            if pattern.verb and pattern.verb != lemma:
                if pattern.function_only:
                    continue
                if head_forms is not None and len(pattern.slots) == 1 \
                        and not pattern.before and not _names_head(pattern.slots[0], head_forms):
                    continue  # one word of the object phrase that is not its head
                if objectless and pattern.slots and not pattern.slots[0] & FUNCTION_WORDS:
                    continue  # an object's pattern, and the verb has none ("MARCH * TROOPS"
                    # is no reading of "demonstrated against the presence of U.S. troops")
                reach = close
            if _in_order(pattern.slots, reach, pattern.gaps) \
                    and all(slot & seen for slot in pattern.before):
                matches.append(pattern)
        # a particle right after the verb binds first: "called up reservists for the war"
        # is a call-up (150), not a call for war (138)
        adjacent = words[0] & FUNCTION_WORDS if words else frozenset()
        bound = [p for p in matches if p.slots and p.slots[0] & adjacent]
        if not bound and adjacent and (own := self._phrasal(lemma, words[:1])) is not None:
            return self.phrasals[lemma][own]
        best = max(bound or matches, key=lambda p: len(p.slots) + len(p.before), default=None)
        if best is not None and (best.code or not default):
            return best.code
        phrasal = self._phrasal(lemma, words) if best is None else None
        return default if phrasal is None else self.phrasals[lemma][phrasal]

    def _phrasal(self, lemma: str, words: Sequence[frozenset[str]]) -> str | None:
        """The particle of a phrasal verb of ``lemma`` among the first words it governs
        ("gunned down", "crack down on"), when the dictionary filed it in another block
        than the verb's. A curated verb keeps its own code ("pulled out" stays 087)."""
        if lemma in VERB_CODES:
            return next((p for (v, p) in PHRASAL_CODES if v == lemma
                         and any(p in w for w in words[:PARTICLE_REACH])), None)
        near = words[:PARTICLE_REACH]
        return next((p for p in self.phrasals.get(lemma, ()) if any(p in w for w in near)),
                    None)

    def noun_code(self, lemma: str, modifiers: Iterable[str] = ()) -> str | None:
        """The code of an event noun ("talks", "attack"), made joint by "joint" etc."""
        words = set(modifiers)
        for (noun, modifier), special in MODIFIED_NOUNS.items():
            if noun == lemma and modifier in words:  # "war games" though "game" is no act
                return JOINT_CODE if JOINT_WORDS & words and special in JOINT_OF else special
        code = self.nouns.get(lemma)
        if code is None:
            return None
        if JOINT_WORDS & words and code in JOINT_OF:
            return JOINT_CODE
        return code

    def object_code(self, lemma: str, objects: Iterable[str]) -> str | None:
        """The code of undoing, halting, acceding to, defying, blocking, laying down or
        closing what an object names: "lift" + "blockade" (0872), "suspend" + "aid" (162),
        "accept" + "demands" (083), "ignore" + "deadline" (120), "lay down" + "arms"
        (0873), "close" + "newspaper" (1721)."""
        tables = [nouns for verbs, nouns in OBJECT_TABLES if lemma in verbs]
        return next((nouns[noun] for noun in objects for nouns in tables if noun in nouns),
                    None)

    def info(self, code: str) -> CodeInfo | None:
        """The PLOVER reading of a CAMEO code, or None when PLOVER has no event for it."""
        while code:
            found = self.codes.get(code)
            if found is not None and found.type:
                return found
            if found is not None and not found.type:
                return None
            code = code[:-1] if len(code) > 2 else ""
        return None


def _names_head(slot: frozenset[str], heads: frozenset[str]) -> bool:
    """Does a pattern slot name one of the heads, alone or as a phrase's last word ("tear
    gas" names "gas")?"""
    return any(word.rsplit(" ", 1)[-1] in heads for word in slot)


def _with_phrases(words: list[frozenset[str]], *, longest: int = 3) -> list[frozenset[str]]:
    """Each position's forms plus the two- and three-word phrases that start there, so a
    dictionary phrase ("armed forces") meets the words that spell it."""
    out = []
    for i, forms in enumerate(words):
        grown = set(forms)
        heads = set(forms)
        for j in range(i + 1, min(len(words), i + longest)):
            heads = {f"{h} {w}" for h in heads for w in words[j]}
            grown |= heads
        out.append(frozenset(grown))
    return out


def _in_order(slots: Sequence[frozenset[str]], words: Sequence[frozenset[str]],
              gaps: Sequence[int | None] = ()) -> bool:
    """Each slot meets a word, in order (other words may come between; with ``gaps``, at
    most that many before a slot that has one)."""
    if not gaps:
        i = 0
        for slot in slots:
            while i < len(words) and not slot & words[i]:
                i += 1
            if i == len(words):
                return False
            i += 1
        return True

    def fits(k: int, start: int) -> bool:
        if k == len(slots):
            return True
        gap = gaps[k] if k else None
        end = len(words) if gap is None else min(len(words), start + gap + 1)
        return any(slots[k] & words[i] and fits(k + 1, i + 1) for i in range(start, end))

    return fits(0, 0)


_AUX_BEFORE = frozenset({"will", "would", "is to", "was", "were", "been", "have", "has", "had"})


def _norm(word: str) -> str:
    return word.strip().strip("_").replace("_", " ").lower()


def _slot(word: str, sets: Mapping[str, frozenset[str]]) -> frozenset[str]:
    if word.startswith("&"):
        return sets.get(word.rstrip("_"), frozenset({word.lower()}))
    word = _norm(word)
    return frozenset(forms(word))


def forms(word: str) -> set[str]:
    """A word and its crude singular, so dictionary plurals meet spaCy lemmas."""
    out = {word}
    if word.endswith("ies") and len(word) > 4:
        out.add(word[:-3] + "y")
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.add(word[:-1])
    return out


def _code_table(
    cameo: Iterable[Sequence[Any]],
    score: Mapping[tuple[str, str], float],
    modes: Mapping[str, Sequence[str]] | None,
) -> dict[str, CodeInfo]:
    rows = {str(r[0]): r for r in cameo}
    table: dict[str, CodeInfo] = {}
    for code, (_c, label, goldstein, _quad, ptype, pmode, context) in rows.items():
        if code.startswith(APPEAL_ROOT):
            twin = rows.get(DEMAND_ROOT + code[2:]) or rows.get(DEMAND_ROOT + code[2:3])
            ptype, pmode = "REQUEST", (twin[5] if twin else "")
            context = twin[6] if twin else ""
        if code.startswith(STATEMENT_ROOT):
            ptype = ""
        if modes is not None and pmode and pmode not in modes.get(ptype, ()):
            pmode = ""
        context = ",".join(c.strip() for c in str(context or "").split(";") if c.strip())
        intensity = score.get((ptype, pmode), score.get((ptype, "")))
        table[code] = CodeInfo(code, str(label), str(ptype or ""), str(pmode or ""), context,
                               None if goldstein is None else float(goldstein), intensity)
    return table


def with_mode(info: CodeInfo, lemma: str, lex: Lexicon) -> CodeInfo:
    """``info`` with the mode a verb implies where its CAMEO code carries none.

    A mode the PLOVER manual lists under one type only makes the act that type: "resign"
    is a RETREAT mode, so "resigned" is RETREAT even though CAMEO files it under 0831
    (accede to demands for a change in leadership, CONCEDE).
    """
    mode = VERB_MODES.get(lemma)
    if not mode or info.mode:
        return info
    ptype = info.type
    if lex.mode_types.get(mode, ptype) != ptype:
        ptype = lex.mode_types[mode]
    score = lex.scores.get((ptype, mode), lex.scores.get((ptype, ""), info.intensity))
    return CodeInfo(info.code, info.label, ptype, mode, info.context, info.goldstein, score)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon built from the tables packaged with greatgame (cached)."""
    from greatgame import resources

    verbs = [[e.lemma, e.particle, e.block, e.code, e.reverse_code, list(e.forms)]
             for entries in resources.verbs().values() for e in entries]
    patterns = [[p.block, p.code, p.reverse_code, list(p.before), list(p.after),
                 list(p.objects), [[a, list(b)] for a, b in p.preps], p.source_verb]
                for block in resources.verb_patterns().values() for p in block]
    cameo = [[c.code, c.label, c.goldstein, c.quad_class, c.plover_type, c.plover_mode,
              c.plover_context] for c in resources.cameo_codes().values()]
    types = resources.plover_types()
    scores = [[t, m, s] for t, pt in types.items() for m in ("", *pt.modes)
              if (s := resources.plover_intensity(t, m or None)) is not None]
    return Lexicon.from_tables(verbs=verbs, patterns=patterns, cameo=cameo,
                               synsets=resources.verb_synonyms(), scores=scores,
                               modes={t: pt.modes for t, pt in types.items()},
                               needs_recipient=[t for t, pt in types.items()
                                                if pt.requires_recipient])
