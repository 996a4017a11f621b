"""The event lexicon's curated tables: overrides of the CAMEO verb dictionary and the word
classes the event coder reads (``verbs.Lexicon`` and the coder's steps import them).

Verb defaults the dictionary leaves blank or codes for another reading, verbs that are acts
only by what they take (an object, none, an actor, military units, property seized), verbs
that undo, halt or accede to what their object names, event nouns and their modifiers,
goods given as aid. Each table says in its comment what it decides, with an example; all
are written for greatgame (ours) unless a comment cites the CAMEO manual.
"""

from __future__ import annotations

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
# Nouns a support verb may only turn into events of its own code (sign a deal: 057).
NO_EVENT = ""
# CAMEO roots without a PLOVER type; APPEAL (02) is PLOVER's REQUEST like DEMAND (10).
STATEMENT_ROOT = "01"
APPEAL_ROOT, DEMAND_ROOT = "02", "10"
