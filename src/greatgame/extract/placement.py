"""Role nouns placed by their sentence: "Islamic fundamentalists demanded ...", "prisoners
rioted at a jail in Dili". Event data codes a domestic group by the state its sentence is
about; ``place_by_sentence`` runs after persons and unnamed sources are found, and gives the
role nouns nothing else placed the state named nearest to them (``actors.residence``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from greatgame.extract.actors import GOVERNMENT_SECTORS, RESIDENT_SECTORS, residence, state_info
from greatgame.extract.gazetteer import INTERNATIONAL_AGENTS, SPANS_KEY
from greatgame.extract.index import ActorIndex, ActorInfo, Ref
from greatgame.extract.lexicon import ANAPHORIC_NOUNS, DEPLOYING_VERBS, QUANTITY_NOUNS
from greatgame.records import STATE_SECTORS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Role nouns that take the state of their sentence when nothing else places them.
CONTEXT_SECTORS = RESIDENT_SECTORS | GOVERNMENT_SECTORS | frozenset({
    "MIL", "REF", "CRM", "REL", "RAD", "UAF", "JRN", "MED", "SPY", "AGR", "SOC"})
# Those acted upon who belong where it happens: civilians, refugees, prisoners, students,
# the opposition and the legislature ("rejected demands by parliament").
CIVILIAN = frozenset({"CVL", "REF", "CRM", "REL", "EDU", "LAB", "JRN", "MED", "AGR", "SOC",
                      "OPP", "LEG"})
# Groups of a society that fight or hold their own state's soldiers and police.
DOMESTIC_GROUPS = frozenset({"REB", "INS", "OPP", "CVL", "RAD"})
# Prepositions of a thing acted upon ("set fire to", "fired at", "an attack on").
UPON_PREPS = frozenset({"to", "at", "on", "into", "upon"})


def place_by_sentence(doc: Doc, index: ActorIndex) -> None:
    """Give the role nouns nothing else placed (no country, person or unnamed source)
    the state of their sentence; run after persons and unnamed sources are found."""
    for span in doc.spans.get(SPANS_KEY, ()):
        if span.label_ != "AGENT":
            continue
        if span.text.lower() in INTERNATIONAL_AGENTS:
            _international(index, span)
        else:
            _place_by_sentence(doc, index, span)


def _international(index: ActorIndex, agent: Span) -> None:
    """A role noun of international bodies that no state or organisation owns
    ("peacekeepers", "foreign aid agencies") is an international organisation of its
    kind, never the state of its sentence."""
    root = agent.root
    if any(index.ref_at(i) is not None for i in range(agent.start, agent.end)) or any(
            c.dep_ == "nmod:poss" or c.dep_ == "det" and c.lower_ in ("a", "an")
            for c in root.children):
        return  # "their peacekeeping force", "a peacekeeping force" (one proposed)
    if root.dep_ in ("obj", "nsubj:pass") and root.head.lemma_.lower() in DEPLOYING_VERBS:
        return  # "refused to deploy peacekeepers in Iraq": its own
    phrase = agent.text.lower()
    kind = INTERNATIONAL_AGENTS[phrase][0]
    info = index.add_actor(ActorInfo(f"{kind}_{phrase.upper().replace(' ', '_')}", phrase,
                                     "organisation", None, kind))
    index.add(Ref(agent.start, agent.end, info.id, "role"))


def _acting(token: Token) -> bool:
    """Is the noun the one who acts: a subject, a passive's agent, or joined to one, or
    counted by one ("thousands of riot police were deployed")?"""
    if token.dep_ == "nmod" and token.head.lemma_.lower() in QUANTITY_NOUNS and any(
            c.dep_ == "case" and c.lower_ == "of" for c in token.children):
        token = token.head
    for _ in range(3):
        if token.dep_ in ("nsubj", "nsubj:pass", "obl:agent"):
            return True
        if token.dep_ == "obl" and any(c.lower_ == "by" for c in token.children):
            return True
        if token.dep_ not in ("conj", "appos") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _place_by_sentence(doc: Doc, index: ActorIndex, agent: Span) -> None:
    """A role noun that acts with no country of its own ("Islamic fundamentalists
    demanded the resignation of the Algerian president", "prisoners rioted at a jail in
    Dili"): event data codes a domestic group by the state its sentence is about, the
    state named nearest to it; civilians acted upon ("held Tamil civilian refugees") too.
    Left unplaced when the sentence names none, and so are soldiers and officials acted
    upon ("mobilized reservists for a war against Iraq"), whose state the sentence does
    not settle."""
    if agent.kb_id_ not in CONTEXT_SECTORS or any(
            index.ref_at(i) is not None for i in range(agent.start, agent.end)):
        return
    if agent.root.lower_ in ANAPHORIC_NOUNS and agent.start > 0 \
            and doc[agent.start - 1].lower_ == "the" and _antecedent(index, agent):
        return  # "the insurgent group": the armed group named before (coref), no state's
    if not _common(agent.root):
        return
    if _acting(agent.root) or agent.kb_id_ in CIVILIAN:
        home = _home(doc, index, agent)
    elif agent.kb_id_ in STATE_SECTORS:  # ("FARC rebels freed 242 soldiers")
        home = _domestic_doer(index, agent.root)
    else:
        return
    if home is None:
        return
    info = index.add_actor(state_info(home, agent.kb_id_))
    index.add(Ref(agent.start, agent.end, info.id, "role"))


def _home(doc: Doc, index: ActorIndex, agent: Span) -> str | None:
    """The state named nearest to a role noun that acts (or to civilians acted upon).
    "diplomats urged Russia to accept a ceasefire with Ukraine": an organ is none of the
    states it acts upon, nor of those named in what follows."""
    organ = agent.kb_id_ in STATE_SECTORS
    acted = _acted_upon(agent.root)
    if organ and acted:
        acted = frozenset(range(min(acted), doc[agent.start].sent.end))
    home = residence(doc, index, agent.start, None, avoid=acted, names_too=organ)
    if home is None and not organ:  # "Tamil rebels killed five Sri Lankan soldiers"
        home = residence(doc, index, agent.start, None)
    return home


def _domestic_doer(index: ActorIndex, token: Token) -> str | None:
    """The state of a group of its society that acts upon or with a state's organs, when the
    sentence names that state: rebels and protesters fight, seize and free their own
    state's soldiers and police ("Colombia's FARC rebels freed 242 soldiers and police
    officers"). Where it names none ("Hamas gunmen killed two soldiers"), whose soldiers
    they are is not settled."""
    for _ in range(4):  # up to the predicate: "freed 242 soldiers and police officers",
        if token.dep_ not in ("conj", "nmod") or token.head.i == token.i:  # "agreed to a
            break  # ceasefire with the government"
        token = token.head
    if token.dep_ not in ("obj", "iobj", "obl") or token.head.pos_ != "VERB":
        return None
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    ref = index.ref_at(subject.i) if subject is not None else None
    doer = index.actors[ref.actor] if ref is not None else None
    if ref is None or doer is None or doer.sector not in DOMESTIC_GROUPS:
        return None
    sent = token.sent
    named = any(other.how in ("name", "capital") and other.start != ref.start
                and index.actors[other.actor].kind == "state"
                and index.actors[other.actor].country == doer.country
                for other in index.refs_in(sent.start, sent.end))
    owned = ref.how == "role" and any(  # ("Sierra Leone's rebels", by the state's name)
        span.label_ == "ACTOR" and span.start == ref.start and span.kb_id_ == doer.country
        for span in token.doc.spans.get(SPANS_KEY, ()))
    return doer.country if named or owned else None


def _common(token: Token) -> bool:
    """Is the role noun a common noun (by its tag, where the part of speech disagrees:
    "fishermen[NNS, VERB]"), or one the tagger took for a name only because it opens the
    sentence ("Authorities[NNPS] imposed a curfew")?"""
    return token.pos_ == "NOUN" or token.tag_ in ("NN", "NNS") \
        or token.pos_ == "PROPN" and token.i == token.sent.start


def _antecedent(index: ActorIndex, agent: Span) -> bool:
    """Is an actor of the kind the anaphor refers back to named before it ("the rebels"
    after "the Taliban")? With none, the phrase is a role noun like any other."""
    kind = ANAPHORIC_NOUNS[agent.root.lower_]
    return any(ref.start < agent.start and index.actors[ref.actor].kind == kind
               for ref in index.refs)


def _acted_upon(token: Token) -> frozenset[int]:
    """The tokens of what the predicate of an acting noun acts upon ("protesters set fire
    to the American embassy in Belgrade", "gunmen killed a French aid worker in
    Chechnya"): where the sentence names a place besides, the nationality of those acted
    upon does not say where the doers are; with nothing else named, it does for groups of
    a society ("Tamil rebels killed five Sri Lankan soldiers"), never for a state's organs
    ("diplomats urged Russia"). What they act against always does ("rioted against
    Indonesian rule")."""
    if token.dep_ not in ("nsubj", "nsubj:pass"):
        return frozenset()
    upon = [c for c in token.head.children if c.dep_ in ("obj", "iobj") or c.dep_ == "obl"
            and any(m.dep_ == "case" and m.text.lower() in UPON_PREPS for m in c.children)]
    return frozenset(t.i for c in upon for t in c.subtree)
