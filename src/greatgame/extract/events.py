"""Who did what to whom: PLOVER/CAMEO events from a parsed article.

``code_events(doc, actors_of_span=...)`` walks each sentence's predicates. A verb found in
the lexicon (``verbs.py``) is an event; its subject is the source and its object, indirect
object or prepositional object the target. Passive clauses swap them ("was attacked by X"),
coordination makes compound actors ("Russia and China agreed": one event, two sources),
support verbs hand the act to their object noun ("held discussions" -> CONSULT), aspectual
and intent verbs pass their subject down an ``xcomp`` chain ("started to hold talks").
Event nouns that stand alone ("talks between X and Y", "the attack that killed ...") are
coded by ``nominal_events``. Each event carries the flags of ``event_flags`` and, inside a
quotation or a speech or belief clause, the speaker or holder as ``attributed_to``.

The coder never decides by itself what a span denotes: ``actors_of_span`` (the actor
extraction's, or ``span_actors.gazetteer_actors``) answers with actor ids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from greatgame.extract import event_flags as flags
from greatgame.extract import event_targets as targets
from greatgame.extract.actors import PERSON_ROLE
from greatgame.extract.dates import find_dates
from greatgame.extract.event_syntax import (
    CLAUSE_DEPS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    _according_to,
    _clausal_xcomp,
    _conjuncts,
    _controlled,
    _core_span,
    _describes,
    _has_particle,
    _infinitive_slip,
    _marked,
    _measured,
    _modifier_words,
    _no_det,
    _object_heads,
    _object_phrase,
    _objects,
    _of_complement,
    _participle_object,
    _passive_conjuncts,
    _phrase_follows,
    _prep_child,
    _purpose_infinitive,
    _raised,
    _reduced_passive,
    _resultatives,
    _subject,
    _support_object,
    _words_after,
)
from greatgame.extract.event_targets import ON_TARGET_TYPES
from greatgame.extract.verbs import (
    ACCEDING_TO_VERBS,
    ACTOR_OBJECT_CODES,
    ADDRESSED_CODES,
    CALLED_NOUNS,
    CALLING_VERBS,
    CONFISCATION,
    DEPARTING_VERBS,
    DETENTION,
    EXERCISE_NOUNS,
    GIVING_VERBS,
    GOODS,
    INTRANSITIVE_CODES,
    JOINT_CODE,
    LEAVING_VERBS,
    MILITARY_UNITS,
    MOBILIZING,
    MOVING_VERBS,
    OTHER_VERB_REACH,
    PROPERTY_NOUNS,
    SEIZED_PEOPLE,
    SEIZING_VERBS,
    SUPPORT_VERBS,
    TRANSITIVE_CODES,
    VERB_CODES,
    VISIT_VERBS,
    WITHDRAWING,
    CodeInfo,
    Lexicon,
    default_lexicon,
    with_mode,
)
from greatgame.records import Event, TimeRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ActorsOf = Callable[["Span"], tuple[str, ...]]

TARGET_PREPS = ("against", "on", "with", "to", "at", "into", "upon", "toward", "towards",
                "for", "from", "out", "over", "between", "among")  # "out": "out of"
AGENT_PREPS = frozenset({"by"})
# Sending people out of a country: expelling (CAMEO 166), deporting (174).
EXPULSION_CODES = ("166", "174")
# Types that need no recipient: no target is guessed from position for them.
INTRANSITIVE = frozenset({"RETREAT", "PROTEST", "MOBILIZE"})
# Nouns whose "that" clause is what someone claims, not a fact: "charges that ...".
CLAIM_NOUNS = frozenset({"charge", "accusation", "allegation", "claim", "report", "rumour",
                         "rumor", "suggestion", "assertion", "suspicion", "speculation"})
# Verbs that sack an office holder ("fired his prime minister"): no act of force or
# rejection, which they mean with other objects ("fired rockets", "dismissed the charges").
DISMISSING_VERBS = frozenset({"fire", "sack", "dismiss"})
# Verbs of receiving the act their object names from someone ("drew criticism from X").
RECEIVING_VERBS = frozenset({"draw", "attract", "face", "receive", "win", "earn", "get",
                             "accept", "obtain", "secure"})
# Verbs of undergoing an act the noun after "under" names ("came under fire").
UNDERGOING_VERBS = frozenset({"come", "be", "remain", "fall"})
# Verbs that put their object under what a noun names: "placed X under house arrest".
PLACING_VERBS = frozenset({"place", "put", "keep"})
UNDERGONE_NOUNS = {"fire": "190"}  # "came under rocket fire": only so an act
# A verb's relation inside a name or a noun compound: a tagging slip, never an act.
NAME_PART_DEPS = frozenset({"compound", "flat", "nmod:desc"})
# "killed in an attack", "wounded during a raid", "arrested by a sweep".
MEANS_PREPS = frozenset({"in", "during", "by"})
MILITARY_AID = "072"  # arms handed over; arms sent to no one named are a deployment
MEET_INTENT = "036"  # the dictionary's reading of "FLY * (TO)"
# Sending forces (CAMEO 062 military cooperation, 074 protection) to one's own border
# shows force (154) at whoever is across it.
DEPLOYING = ("062", "074")
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# Where military units sent are force shown, not help given: a border, or waters and
# regions no state is ("sent an aircraft carrier to the Persian Gulf") (ours).
SHOW_OF_FORCE_PLACES = BORDER_NOUNS | {"gulf", "sea", "waters", "strait", "coast", "region"}
BORDER_PREPS = frozenset({"to", "along", "near", "on", "toward", "towards"})
PARTICLES = ("over", "back", "out")  # of "hand over", "give back", "hand out"
# Acts that hand something over (aid 07, returning or releasing 084): their target is
# whom it goes to ("to Britain"), not what is handed over ("two suspects").
TRANSFER_CODES = ("07", "084")
# A clause that tells the occasion of an act ("were killed when rebels ambushed them").
WHEN_MARKS = frozenset({"when", "as", "after"})
# Verbs of telling: with an actor told to do something, the act is a demand on that actor,
# whatever the dictionary's pattern for the content ("told X to withdraw" is no withdrawal).
TELLING_VERBS = {"tell": "100", "instruct": "100", "direct": "100",
                 "want": "100", "expect": "100"}  # ("wants North Korea to freeze ...")
# Relations of a noun phrase: a "verb" in one with a determiner or a number is a noun.
NOMINAL_DEPS = frozenset({"obj", "iobj", "nsubj", "nsubj:pass"})
# Acts only an authority does (arrest, investigate, sanction): said in the passive with no
# agent, the state of the place where it happens is their source.
AUTHORITY_TYPES = frozenset({"COERCE", "ACCUSE", "SANCTION"})
# Verbs that pass their subject to an xcomp and are no act of their own.
TRANSPARENT = frozenset({
    "start", "begin", "continue", "try", "seek", "attempt", "want", "plan", "intend",
    "decide", "prepare", "hope", "need", "manage", "fail", "be", "go", "wish", "aim",
    "resume", "keep", "able", "ready", "willing", "prepared", "set", "due", "use", "stop",
    "cease", "help", "work", "move", "expect", "like", "get", "come", "have", "vote",
})  # fmt: skip
# Id prefix of unnamed speakers ("a Western diplomat"): see greatgame.extract.actors.
UNNAMED = "SRC_"
# Words inside one item of a list of actors ("the United States", "South Korea").
LIST_ITEM_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ"})
# Types where "between X and Y" and "X and Y (did it)" make everyone a source (joint acts).
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
# Types whose clausal content is the demand, promise, threat or charge itself: the verbs
# inside are not coded again as separate acts ("asked the US to withdraw").
CONTENT_TYPES = frozenset({"REQUEST", "AGREE", "THREATEN", "REJECT", "ACCUSE", "SUPPORT"})
# What an accusation, a request or praise is for: "accused X of stealing", "praised X for".
GROUNDS_MARKS = ("of", "for")
# Acts whose purpose clause is their content: what a protest is held to demand, what a
# threat is made to obtain ("began a hunger strike to demand ...").
PURPOSE_HELD = CONTENT_TYPES | {"PROTEST"}
# Verbs whose dictionary default is another sense than prose mostly means; coded only
# through a dictionary pattern or a support-verb noun.
NO_DEFAULT = frozenset({
    "consider", "seek", "expand", "deepen", "reveal", "take", "lead", "stabilize", "face",
    "ensure", "exaggerate", "endanger", "use", "make", "get", "give", "show",
    "become", "remain", "put", "bring", "describe", "spend", "appear", "interest", "share",
    "stop", "prove", "differ", "win", "replace", "uproot", "encourage", "strengthen",
    "maintain", "increase", "trigger", "liberate", "save", "protect", "play", "succeed",
    "continue", "start", "begin", "work", "call", "see", "hope", "return", "keep", "fill",
    # belief and intent ("I think", "is expected", "that meant"), coming and going ("the
    # statement comes as", "the ship departed"): no act by the dictionary's default alone
    "think", "expect", "want", "mean", "determine", "admit", "come", "head", "depart",
    "leave",
    # everyday senses far commoner in news than the block's ("went missing", "could
    # affect", "passed from father to son", "will need care", "settled in Mauritius")
    "go", "affect", "pass", "need", "hear", "engage", "settle", "resolve", "direct",
    "prepare", "hold", "travel", "fly",
})  # fmt: skip
# Verbs of oath that make a promise of their infinitive ("swore to fight"), and the types
# of force whose promise is a threat.
PROMISE_VERBS = {"swear": "030", "vow": "030", "pledge": "030", "promise": "030"}
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})
# Modifiers that say whose a thing is: "Palestinian homes", "Iraq's oil fields".
OWNER_DEPS = frozenset({"amod", "nmod:poss", "compound"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "our",
                      "them", "him", "itself", "themselves", "i", "you"})


def code_events(
    doc: Doc,
    *,
    actors_of_span: ActorsOf,
    published: dt.date | None = None,
    dates: Sequence[TimeRef] | None = None,
    lexicon: Lexicon | None = None,
    quote_speakers: Callable[[Span], str | None] | None = None,
) -> Iterator[Event]:
    """Every event the article states, reports or supposes, in text order.

    ``actors_of_span`` says which actor ids a span denotes (empty when none);
    ``quote_speakers`` (optional) names the speaker of a quotation span; without it the
    speech verb next to the quotation is read. ``dates`` default to ``find_dates``.
    """
    from greatgame.extract.nominal_events import code_nominal
    from greatgame.extract.reported_events import reported_act

    coder = _Coder(doc, actors_of_span, lexicon or default_lexicon(), published,
                   list(dates) if dates is not None else list(find_dates(doc.text,
                                                                         published=published)),
                   quote_speakers)
    for sent in doc.sents:
        for token in sent:
            if token.i in coder.consumed:
                continue
            reported = reported_act(coder, token)
            if reported is not None:
                yield reported
            event = coder.verbal(token)
            if event is None and token.pos_ in ("NOUN", "PROPN"):
                event = code_nominal(coder, token)
            if event is not None:
                yield event


class _Coder:
    """Per-document state: the lexicon, the actor lookup, consumed tokens, a memo."""

    def __init__(self, doc: Doc, actors_of: ActorsOf, lex: Lexicon, published: dt.date | None,
                 dates: list[TimeRef], quote_speakers: Callable[[Span], str | None] | None):
        self.doc = doc
        self.actors_of = actors_of
        self.lex = lex
        self.published = published
        self.dates = dates
        self.quote_speakers = quote_speakers
        self.consumed: set[int] = set()
        self.quotes = list(doc.spans.get("quotes", ())) if hasattr(doc, "spans") else []
        self._memo: dict[int, tuple[str, ...]] = {}

    # --- verbs --------------------------------------------------------------------------

    def verbal(self, token: Token) -> Event | None:
        if token.pos_ not in ("VERB",) and not (token.pos_ == "AUX" and token.dep_ == "ROOT") \
                and not self._mistagged_verb(token):
            return None
        if token.dep_ in NAME_PART_DEPS:
            return None  # "Planning and Investment Minister X": a verb inside a name
        if _describes(token):
            return None  # "a suspected drug lord", "the wounded soldiers": a description
        if token.dep_ in NOMINAL_DEPS and any(c.dep_ in ("det", "nummod")
                                              for c in token.children):
            return None  # "handed over two suspects[VERB]": a noun the tagger took for a verb
        lemma = self._verb_lemma(token)
        if token.text.lower() == "according":
            return None  # "according to X" names a source, it is no accord
        if lemma in TRANSPARENT and any(_clausal_xcomp(c) or _infinitive_slip(c)
                                        for c in token.children) \
                and not self._carries_event_noun(token, lemma) \
                and not (lemma in TELLING_VERBS and self._tells_another(token)):
            return None  # ("wants to join": the joining; "wants Korea to freeze": a demand)
        if self._relative_of_event_noun(token) or self._purpose_of_act(token) \
                or _claimed_content(token):
            return None
        if lemma in DISMISSING_VERBS and any(
                c.dep_ == "obj" and PERSON_ROLE.match(c.lemma_) for c in token.children):
            return None  # "fired his prime minister", "dismissed the army chief": a sacking
        if lemma in PLACING_VERBS:
            placed = self._placed_under(token)
            if placed is not None:
                return placed
        if lemma in RECEIVING_VERBS:
            received = self._received(token)
            if received is not None:
                return received
        under = next((c for c in token.children if c.dep_ == "obl"
                      and _marked(c, ("under",))), None) if lemma in UNDERGOING_VERBS else None
        if under is not None:
            return self._undergone(token, under)  # never "come" (040) itself
        subj = _subject(token)
        if subj is not None and subj.pos_ == "NOUN" and lemma in SUPPORT_VERBS | TRANSPARENT \
                and not (subj.dep_ in PASSIVE_SUBJECT_DEPS and _agent(token) is not None) \
                and self.lex.noun_code(subj.lemma_.lower()) is not None:
            return None  # "talks resumed": the noun names the act ("was signed by X" not)
        after = _words_after(token)
        before = [t.text.lower() for t in token.sent if t.i < token.i]
        near = _object_phrase(token)
        if near is None and any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in token.children):
            # a passive: another verb's pattern may match after it, but not in its agent
            # ("detained by police after the protests" is no "held a protest")
            near = _words_after(token, agent=False)[:OTHER_VERB_REACH]
        heads = _object_heads(token)
        code = self.lex.verb_code(lemma, after, before, near=near, heads=heads,
                                  objectless=near is None and heads is None
                                  and _phrase_follows(token))
        matched = False
        undone = self._undone_object(token, lemma)
        if undone is not None:  # "lifted the blockade", "ended mediation efforts"
            code, obj = undone
            info = self.lex.info(code)
            if info is not None:
                source, target = self.arguments(token, None, info)
                if source or target:
                    self.consumed.update(t.i for t in obj.subtree if t.pos_ == "NOUN")
                    return self.event(info, token, source, target)
        noun = _support_object(token) if lemma in SUPPORT_VERBS | CALLING_VERBS else None
        if lemma in CALLING_VERBS and noun is not None and (
                noun.lemma_.lower() not in CALLED_NOUNS or noun.dep_ != "obj"
                or any(c.dep_ in ("xcomp", "obj") and c.i != noun.i for c in token.children)):
            noun = None  # "called the attack a crime"
        noun_code = None
        if noun is not None:
            noun_code = self.lex.noun_code(noun.lemma_.lower(), _modifier_words(noun))
            inner = (_of_complement(noun) or _prep_child(noun, {"in"}, deps=("nmod",))) \
                if _measured(noun) else None
            if noun_code is None and inner is not None:  # "gave millions of dollars of aid",
                # "granted 50 million crowns in emergency aid" (not "signed a declaration of
                # reconciliation": a declaration is signed)
                noun_code = self.lex.noun_code(inner.lemma_.lower(), _modifier_words(inner))
                noun = inner if noun_code else noun
        if noun is not None and noun.lemma_.lower() in GOODS and lemma not in GIVING_VERBS:
            noun_code = None  # "carrying weapons", "had food": goods not given are no aid
        handed = noun is not None and noun.lemma_.lower() in GOODS and lemma in GIVING_VERBS
        if noun_code and (code is None or code == "" or code == self._default(lemma) or handed):
            code, matched = noun_code, True  # goods handed over are aid whatever the pattern
        elif noun_code and code != noun_code and self.lex.verb_code(
                lemma, after, before, near=near, heads=heads, head_only=True) != code:
            code, matched = noun_code, True  # a pattern word deeper in the object's phrase:
            # "opened an investigation into the bombing of the embassy" is no "open * embassy"
        if noun is not None and noun.lemma_.lower() in ADDRESSED_CODES and any(
                self._names_actor(p) for p in (_prep_child(t, {"to", "with"}, deps=(
                    "obl", "nmod")) for t in (token, noun)) if p is not None):
            code, matched = ADDRESSED_CODES[noun.lemma_.lower()], True  # "lodged a protest
            # with China": a complaint, as "protested to China" is
        by_argument = None
        if not code or code == self._default(lemma) or \
                (lemma in VISIT_VERBS and code == MEET_INTENT):
            # (the dictionary's "FLY * (TO)" is an intent to meet; flying to a state visits it)
            by_argument = self._argument_code(token, lemma)
            code = by_argument or code
        if lemma in TELLING_VERBS and self._tells_another(token):
            code = TELLING_VERBS[lemma]  # "told the United States to withdraw": a demand
        if not code or (not matched and not by_argument and code == self._default(lemma)
                        and lemma in NO_DEFAULT
                        and lemma not in VERB_CODES):  # a curated code is the sense meant
            return None
        if code.startswith(DEPLOYING) and _to_border(token) is not None:
            code = MOBILIZING  # "sent troops to its border with Cambodia": force shown there
        info = self.lex.info(code)
        if info is None:
            return None
        info = with_mode(info, lemma, self.lex)
        info = self._promised_violence(token, lemma, info)
        if noun is not None and (matched or noun_code == code):
            self.consumed.add(noun.i)  # "imposed sanctions": one act, by pattern or by noun
        for obj in _objects(token):  # "completed the withdrawal": one retreat, not two
            obj_info = self.act_of(obj, modified=False)
            if obj_info is not None and obj_info.type == info.type:
                self.consumed.add(obj.i)
        content = ("xcomp", "ccomp", "obj", "iobj", "acl") if info.type in CONTENT_TYPES \
            else ("xcomp",)
        for child in token.children:
            grounds = info.type in CONTENT_TYPES and child.dep_ in ("advcl", "obl") and any(
                m.dep_ in ("case", "mark") and m.text.lower() in GROUNDS_MARKS
                for m in child.children)  # "accused Kuwait of stealing its oil"
            if child.dep_ in content or grounds:
                self.consumed.update(t.i for t in child.subtree if t.pos_ in ("VERB", "NOUN"))
        # an event noun object names whom the act is aimed at even where a pattern coded
        # the verb ("lodged a protest with the United States": 140 by "* PROTEST")
        source, target = self.arguments(token, noun if matched or noun_code else None, info)
        if not source and not target:
            return None
        # A dictionary default with no one acted upon is kept only where the PLOVER manual
        # says the type needs no recipient (AGREE, PROTEST, ...), not for AID or SANCTION.
        curated = lemma in VERB_CODES or matched or code != self._default(lemma)
        if not target and not curated and info.type in self.lex.needs_recipient:
            return None
        if not target and noun is not None and GOODS.get(noun.lemma_.lower()) == MILITARY_AID:
            return None  # arms handed to no one named are sent out: "sent tanks to the border"
        if noun is not None:
            info = self.joint_exercise(info, noun, source)
        return self.event(info, token, source, target, anchor=noun if matched else None)

    def joint_exercise(self, info: CodeInfo, noun: Token, source: tuple[str, ...]
                       ) -> CodeInfo:
        """Exercises several parties hold together ("French and Egyptian warships
        launched war games") are military cooperation (062), not one's show of force."""
        if noun.lemma_.lower() in EXERCISE_NOUNS and info.code == "150" and len(source) > 1:
            return self.lex.info(JOINT_CODE) or info
        return info

    def _undergone(self, token: Token, noun: Token) -> Event | None:
        """"Syrian forces came under attack from Assad loyalists", "the town was under
        fire": the subject suffers the act the noun after "under" names; its doer is the
        noun's "from"/"by" phrase or modifier. "came under pressure" is no act."""
        lemma = noun.lemma_.lower()
        code = self.lex.noun_code(lemma, _modifier_words(noun)) or UNDERGONE_NOUNS.get(lemma)
        info = self.lex.info(code) if code else None
        subj = _subject(token)
        if info is None or subj is None:
            return None
        from greatgame.extract.nominal_events import noun_agent

        doer = _prep_child(noun, {"from", "by"}, deps=("nmod",)) or _prep_child(
            token, {"from", "by"}, deps=("obl",))
        source = self.actors(doer) if doer is not None else noun_agent(self, noun)
        target = self.others(subj, source)
        if not source and not target:
            return None
        self.consumed.add(noun.i)
        return self.event(info, token, source, target, anchor=noun)

    def _argument_code(self, token: Token, lemma: str) -> str | None:
        """The code of a verb that is an act only by what it takes: any object ("returned
        the bodies to Iran": 084) or none ("students rallied": 141), military units
        ("moved two divisions": 154), property seized ("seized a tanker": 1711), military
        units leaving ("troops left Somalia": 087), an actor
        addressed ("protested to Washington": 111), an actor for object
        ("received a delegation", "held two journalists"), an actor to go to ("went to
        Moscow": a visit)."""
        objects = [c for c in token.children if c.dep_ == "obj"]
        if lemma in TRANSITIVE_CODES and objects:
            return TRANSITIVE_CODES[lemma]
        if lemma in INTRANSITIVE_CODES and not objects:
            return INTRANSITIVE_CODES[lemma]
        if lemma in MOVING_VERBS and any(o.lemma_.lower() in MILITARY_UNITS for o in objects):
            return MOBILIZING
        if lemma in ACTOR_OBJECT_CODES and any(self._names_actor(c) for c in objects):
            return ACTOR_OBJECT_CODES[lemma]
        if lemma in SEIZING_VERBS and any(o.lemma_.lower() in PROPERTY_NOUNS for o in objects):
            return CONFISCATION
        if lemma in SEIZING_VERBS and any(o.lemma_.lower() in SEIZED_PEOPLE for o in objects):
            return DETENTION
        subj = _subject(token)
        if lemma in DEPARTING_VERBS and subj is not None \
                and subj.lemma_.lower() in MILITARY_UNITS:  # "troops left Somalia"
            return WITHDRAWING
        addressee = _prep_child(token, {"to", "with"}, deps=("obl",)) \
            if lemma in ADDRESSED_CODES else None
        if addressee is not None and self._names_actor(addressee):
            return ADDRESSED_CODES[lemma]
        goal = _prep_child(token, {"to"}, deps=("obl",)) \
            if lemma in VISIT_VERBS and not objects else None  # (not "flew helicopters to")
        if goal is not None and self._names_actor(goal):
            return VISIT_VERBS[lemma]
        return None

    def act_of(self, noun: Token, *, modified: bool = True) -> CodeInfo | None:
        """The PLOVER reading of the act an event noun names ("talks", "attack"), read with
        its modifiers ("air strike", "joint patrols") unless ``modified`` is False."""
        words = _modifier_words(noun) if modified else ()
        code = self.lex.noun_code(noun.lemma_.lower(), words)
        return self.lex.info(code) if code else None

    def _names_actor(self, noun: Token) -> bool:
        """Does the noun phrase itself name an actor ("the Israeli prime minister", "a
        delegation of American businessmen"), not only one it comes from ("a letter from
        the United Nations")?"""
        if self.actors_of(_core_span(noun)):
            return True
        inner = _of_complement(noun)
        return inner is not None and bool(self.actors_of(_core_span(inner)))

    def _placed_under(self, token: Token) -> Event | None:
        """"placed Aung San Suu Kyi under house arrest", "put the town under curfew": the
        subject does to the object what the noun after "under" names."""
        obj = next((c for c in token.children if c.dep_ == "obj"), None)
        if obj is None:
            return None
        under = _prep_child(token, {"under"}, deps=("obl",)) or \
            _prep_child(obj, {"under"}, deps=("nmod",))  # or hung on the object
        if under is None:
            return None
        info = self.act_of(under)
        subj = _subject(token)
        if info is None or subj is None:
            return None
        source, target = self.actors(subj), self.actors(obj)
        if not source and not target:
            return None
        self.consumed.add(under.i)
        return self.event(info, token, source, tuple(a for a in target if a not in source))

    def _received(self, token: Token) -> Event | None:
        """"drew criticism from the European Union", "received aid from Japan": the act
        the object names goes from the "from" phrase to the subject."""
        noun = next((c for c in token.children if c.dep_ == "obj"), None)
        info = self.act_of(noun) if noun is not None else None
        origin = (_prep_child(noun, {"from"}, deps=("nmod",))
                  or _prep_child(token, {"from"}, deps=("obl",))) if noun is not None else None
        subj = _subject(token)
        if info is None or origin is None or subj is None:
            return None
        source = self.actors(origin)
        owner = next((c for c in subj.children if c.dep_ == "nmod:poss"), None)
        receiver = owner if subj.pos_ == "NOUN" and owner is not None else subj
        target = self.others(receiver, source)  # "Israel's plan"
        if not source:
            return None
        self.consumed.add(noun.i)
        return self.event(info, token, source, target, anchor=noun)

    def _tells_another(self, token: Token) -> bool:
        """Does the verb tell an actor it names to do something ("told X to withdraw")?"""
        told = any(c.dep_ in ("iobj", "obj") and self.actors(c) for c in token.children)
        return told and any(c.dep_ == "xcomp" and any(
            m.dep_ == "mark" and m.text.lower() == "to" for m in c.children)
            for c in token.children)

    def _verb_lemma(self, token: Token) -> str:
        """The token's lemma, mended where the rule lemmatizer, given a wrong tag, missed
        the lexicon's form: a dropped or added final "e" ("staged" -> "stag" -> "stage",
        "deadlocked" -> "deadlocke" -> "deadlock"), a form left whole ("freed" as a base
        form -> "free", "shelling" -> "shell")."""
        lemma = token.lemma_.lower()
        if self.lex.knows(lemma):
            return lemma
        listed = self.lex.lemma_of(token.text)
        if listed is not None:  # "shot" read as a noun: the dictionary lists it under shoot
            return listed
        return next((c for c in _stems(token.text.lower(), lemma) if self.lex.knows(c)), lemma)

    def _undone_object(self, token: Token, lemma: str) -> tuple[str, Token] | None:
        """(code, object) when the verb undoes, halts or accedes to what its object (or the
        "to" phrase of "agreed to") names: the object, the noun its "of" measures ("a
        state of emergency") or its compound ("mediation efforts", "air links")."""
        obj = _support_object(token) or (_prep_child(token, {"to"}, deps=("obl",))
                                         if lemma in ACCEDING_TO_VERBS else None) or (
            _prep_child(token, {"of", "from"}, deps=("obl",)) if lemma in LEAVING_VERBS
            else None)  # "pulled out of the talks"
        if obj is None:
            return None
        words = [obj.lemma_.lower()]
        inner = _of_complement(obj)
        if inner is not None:
            words.append(inner.lemma_.lower())
        words.extend(c.lemma_.lower() for c in obj.children if c.dep_ == "compound")
        code = self.lex.object_code(lemma, words)
        return (code, obj) if code else None

    def _purpose_of_act(self, token: Token) -> bool:
        """"threatened on Monday to break relations", "began a hunger strike to demand
        ...": an infinitive the parse hangs as a purpose clause under a threat, demand,
        promise, charge or protest is its content (what is threatened or demanded), as an
        ``xcomp`` would be, and is not coded again."""
        if not _purpose_infinitive(token):
            return False
        head = token.head
        lemma = head.lemma_.lower()
        noun = _support_object(head) if lemma in SUPPORT_VERBS else None
        code = self.lex.noun_code(noun.lemma_.lower(), _modifier_words(noun)) \
            if noun is not None else None
        if code is None:  # a pattern counts even for a verb with no default ("call on")
            found = self.lex.verb_code(lemma, _words_after(head))
            if lemma not in NO_DEFAULT | TRANSPARENT or found != self._default(lemma):
                code = found
        info = self.lex.info(code) if code else None
        return info is not None and info.type in PURPOSE_HELD

    def _carries_event_noun(self, token: Token, lemma: str) -> bool:
        """"began a hunger strike to demand ...": with an event noun for object, an
        aspectual verb is a support verb, whatever the infinitive after it."""
        if lemma not in SUPPORT_VERBS:
            return False
        noun = _support_object(token)
        return noun is not None and self.lex.noun_code(
            noun.lemma_.lower(), _modifier_words(noun)) is not None

    def _promised_violence(self, token: Token, lemma: str, info: CodeInfo) -> CodeInfo:
        """A vow whose content is force is a threat: "have sworn to fight", "vowed to
        strike back" (CAMEO 13, not 03). Oaths ("swear", "vow") with an infinitive are
        promises whatever their dictionary block says."""
        act = next((c for c in token.children if c.dep_ == "xcomp" or _purpose_infinitive(c)),
                   None)  # "vowed on Wednesday to strike[advcl]": the parse's slip
        if act is None or lemma not in PROMISE_VERBS and info.type != "AGREE":
            return info
        if lemma in PROMISE_VERBS:
            info = self.lex.info(PROMISE_VERBS[lemma]) or info
        inner = self._inner_code(act)
        inner_info = self.lex.info(inner) if inner else None
        if inner_info is not None and inner_info.type in FORCE_TYPES:
            return self.lex.info("138" if inner_info.type == "ASSAULT" else "130") or info
        return info

    def _inner_code(self, act: Token) -> str | None:
        """The code of what is promised: a support verb's object names it ("to hold
        talks"), and where that object is neither an event nor an actor the support verb's
        own default is not meant ("to hold a referendum" confines no one)."""
        lemma = act.lemma_.lower()
        code = self.lex.verb_code(lemma, _words_after(act), near=_object_phrase(act),
                                  heads=_object_heads(act))
        obj = _support_object(act) if lemma in SUPPORT_VERBS else None
        if obj is None:
            return code
        noun_code = self.lex.noun_code(obj.lemma_.lower(), _modifier_words(obj))
        if noun_code is not None:
            return noun_code
        return None if code == self._default(lemma) and not self.actors(obj) else code

    def _mistagged_verb(self, token: Token) -> bool:
        """A lexicon verb the tagger missed ("The Palestinians reject[ADV] the changes"):
        the parse gives it a subject and an object, which only a predicate has, or makes
        an inflected form of it the sentence's root."""
        if token.pos_ not in ("ADV", "NOUN", "ADJ", "PROPN") or token.tag_.startswith("NN") \
                and token.text.lower() != token.lemma_.lower():
            return False
        deps = {c.dep_ for c in token.children}
        if not deps & SUBJECT_DEPS and not {"nsubj:pass", "aux:pass"} <= deps:
            return False  # (a passive with its auxiliary: "soldiers were wounded[JJ]")
        listed = self.lex.lemma_of(token.text)
        if "aux:pass" in deps:  # a participle: "wounded" is "wound" though not listed
            return token.text.lower().endswith(("ed", "en", "wn")) and \
                self.lex.knows(self._verb_lemma(token))
        if deps & OBJECT_DEPS:  # ("Russia vetoed[NN] a resolution": "veto", by its stem)
            return self.lex.knows(self._verb_lemma(token)) or listed is not None
        # "Israeli troops shot[NN] dead three Palestinians": a clause's head (the
        # sentence's root or a reported clause) with a subject and no copula predicates,
        # and the word is a listed form of a verb
        return (token.dep_ == "ROOT" or token.dep_ in CLAUSE_DEPS) and "cop" not in deps \
            and listed not in (None, token.text.lower())

    def _default(self, lemma: str) -> str | None:
        entry = self.lex.verbs.get(lemma)
        return entry[1] if entry else None

    def _relative_of_event_noun(self, token: Token) -> bool:
        """"the attack that killed X": the relative clause belongs to the nominal event."""
        if token.dep_ not in ("acl:relcl", "acl"):
            return False
        head = token.head
        return head.pos_ == "NOUN" and self.lex.noun_code(head.lemma_.lower()) is not None

    def arguments(self, token: Token, noun: Token | None,
                  info: CodeInfo) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Source and target actor ids of a verbal predicate."""
        subj = _subject(token)
        passive = subj is not None and (subj.dep_ in PASSIVE_SUBJECT_DEPS
                                        and not _raised(token, subj)
                                        and not _controlled(token, subj)
                                        or _reduced_passive(token, subj))
        source: tuple[str, ...] = ()
        target: tuple[str, ...] = ()
        if passive:
            target = self.actors(subj)
            agent = _agent(token)
            for other in [*_passive_conjuncts(token), *_resultatives(token)] \
                    if agent is None else ():
                # "were attacked and killed by X": one agent for both
                agent = _prep_child(other, AGENT_PREPS, deps=("obl:agent",))
                if agent is not None:
                    break
            source = self.actors(agent) if agent is not None else ()
        elif subj is not None:
            source = _merge(self.listed_before(subj), self.actors(subj))
            start = subj.left_edge.i
            joint = next((t.i for t in self.doc[start : subj.i] if t.text.lower() == "and"
                          and t.head.i != subj.i), None)
            if joint is not None:  # "President Jacques Chirac and Chancellor Helmut Kohl
                # met" parsed as one name: the parties on both sides of the "and"
                source = _merge(self.actors_of(self.doc[start:joint]), source)
            others = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.i != subj.i]
            if not source and others:  # the parse's second subject names no one
                source = self.actors(others[0])
        if passive and not source:  # "were killed in a Palestinian bombing"
            source = self._agent_of_means(token, info)
        if passive and not source and info.code.startswith(EXPULSION_CODES):
            # "were expelled from Germany": the state they are sent out of sends them
            origin = _prep_child(token, {"from"}, deps=("obl",))
            source = self.others(origin, target) \
                if origin is not None else ()
        if passive and not source and info.type in AUTHORITY_TYPES:
            # "was arrested in Lebanon": the authority of the place did it
            source = targets.place_target(self, token, exclude=target, obliques=True)
        if not source and subj is not None and subj.text.lower() in RELATIVES \
                and subj.head.dep_ in ("acl:relcl", "acl"):
            # "ETA claimed responsibility for a car bomb that killed a judge": the claimant
            from greatgame.extract.nominal_events import claimant

            source = claimant(self, subj.head.head)
        if not source:  # parse slips ("on Thursday" as subject): the actor before the verb
            source = self.nearest_actor_before(token, exclude=target, clause=True)
        if not target:
            target = self._target(token, noun, info, source)
        if not target:
            target = targets.aimed_target(self, token, exclude=source, kind=info.type)
        if not target and info.type == "THREATEN":
            target = targets.condition_target(self, token, exclude=source)
        if not target and info.type == "MOBILIZE":
            target = targets.cause_target(self, token, exclude=source)
        if not target and info.type in CONTENT_TYPES:
            target = targets.content_target(self, token, exclude=source)
        if not target and info.type == "PROTEST":  # whom it is held against, its place,
            # else whom its demands address
            target = targets.protested_target(self, token, exclude=source) or \
                targets.place_target(self, token, exclude=source) or \
                targets.content_target(self, token, exclude=source) or (
                    # "Palestinian prisoners in Israeli jails began a hunger strike"
                    targets.place_target(self, subj, exclude=source) if subj is not None
                    and not passive else ())
        if not target and info.type not in INTRANSITIVE and not (
                info.type in SYMMETRIC and len(source) > 1):
            # (parties that act together, "signed an accord in Algiers", name no one else)
            target = self.nearest_actor_after(token, exclude=source)
        if not target and info.type not in SYMMETRIC | INTRANSITIVE:
            # "opened fire to disperse X", else where it happens ("lifted it in Darfur")
            target = targets.purpose_target(self, token, exclude=source) or \
                targets.place_target(self, token, exclude=source)
        if not source and noun is not None:
            owner = next((c for c in noun.children if c.dep_ == "nmod:poss"), None)
            source = self.actors(owner) if owner is not None else ()
        if noun is not None:
            between = _prep_child(noun, {"between", "among"}, deps=("nmod",))
            if between is not None and (not source or info.type in SYMMETRIC and not target):
                if source:
                    target = self.actors(between)
                else:
                    source = self.actors(between)
        if not source and info.type == "PROTEST":
            # people no one places protest where they are ("marched in London against the
            # war in Iraq": Britons, in Britain), so the place alone is kept, to be read as
            # its civilians' protest (``domestic``)
            target = targets.place_target(self, token, exclude=())
        target = tuple(t for t in target if t not in source) or (
            () if set(target) <= set(source) else target)
        return source, target

    def _agent_of_means(self, token: Token, info: CodeInfo) -> tuple[str, ...]:
        """The doer of a passive act done in or by an act of the same type a noun names
        ("killed in an Israeli air raid"); the noun is then not coded again."""
        from greatgame.extract.nominal_events import noun_agent

        for child in token.children:
            if child.dep_ != "obl" or child.i in self.consumed or not _marked(child, MEANS_PREPS):
                continue
            found = self.act_of(child)
            if found is None or found.type != info.type:
                continue
            source = noun_agent(self, child)
            if source:
                self.consumed.add(child.i)
                return source
        for child in token.children:  # "were killed when rebels ambushed their convoy"
            if child.dep_ != "advcl" or not any(
                    m.dep_ in ("mark", "advmod") and m.text.lower() in WHEN_MARKS
                    for m in child.children):
                continue
            subj = next((c for c in child.children if c.dep_ in ("nsubj", "csubj")), None)
            code = self.lex.verb_code(self._verb_lemma(child), _words_after(child))
            found = self.lex.info(code) if code else None
            if subj is not None and found is not None and found.type == info.type:
                return self.actors(subj)
        return ()

    def _target(self, token: Token, noun: Token | None, info: CodeInfo,
                source: tuple[str, ...] = ()) -> tuple[str, ...]:
        if info.code.startswith(TRANSFER_CODES):  # "handed over two suspects to Britain"
            recipient = _prep_child(token, {"to"}, deps=("obl",)) or _recipient_in_object(token)
            found = self.others(recipient, source)
            if found:
                return found
        objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
        misread = _participle_object(token)
        for child in [*objects, *([misread] if misread is not None else [])]:
            if noun is None or child.i != noun.i:
                doers = self._doers_of_act_noun(child, token)
                found = self.others(child, {*source, *doers})
                if found:
                    return found
        heads = [noun] if noun is not None else []
        heads.append(token)
        up = token
        while up.dep_ == "conj" and up.head.i != up.i and len(heads) < 5:
            up = up.head
            heads.append(up)
        if up.i != token.i and up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
            heads.append(up.head)  # a verb conjoined to a noun: a parse slip
        # last, the object's own phrase: "cut off military aid to Pakistan", "lifted the
        # embargo against Vietnam", and then its "of" ("eased its blockade of Gaza")
        object_nouns = [c for c in token.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
        heads.extend(object_nouns)
        # the strongest preposition first, wherever the parse hung it: "lodged a complaint
        # with the Security Council against Israel" is aimed at Israel
        for prep in TARGET_PREPS:
            if prep == "on" and info.type not in ON_TARGET_TYPES:
                continue
            for head in heads:
                child = _prep_child(head, {prep}, deps=("obl", "nmod", "obl:unmarked"))
                if child is None and prep == "out" and _has_particle(head, "out"):
                    child = _prep_child(head, {"of"}, deps=("obl",))  # "pulling out[prt] of"
                if child is None or (head.i < token.i and child.i < token.i):
                    continue  # an earlier conjunct's own phrase ("kidnapped ... and exploded")
                if child.lemma_.lower() in BORDER_NOUNS:  # "its border with India": India
                    child = _prep_child(child, {"with"}, deps=("nmod",)) or child
                found = self.others(child, source)
                if found:
                    return found
        for head in object_nouns:
            found = self.others(_prep_child(head, {"of"}, deps=("nmod",)), source)
            # (not "the withdrawal of its troops")
            if found:
                return found
        return ()

    def _doers_of_act_noun(self, noun: Token, verb: Token) -> tuple[str, ...]:
        """Whom the owner of an object that names an act or an attitude stands for: its
        doer, not whom the verb is aimed at ("completed their withdrawal", "reaffirmed
        Cairo's support for the uprising", "expressed France's solidarity with Lebanon")."""
        if self.lex.noun_code(noun.lemma_.lower()) is None \
                and self._verb_lemma(verb) not in SUPPORT_VERBS:
            return ()
        owner = next((c for c in noun.children if c.dep_ == "nmod:poss"), None)
        return self.actors(owner) if owner is not None else ()

    # --- actors -------------------------------------------------------------------------

    def others(self, token: Token | None, skip: Collection[str]) -> tuple[str, ...]:
        """The actor ids a noun phrase denotes, but none of ``skip`` (the act's other side)."""
        return tuple(a for a in self.actors(token) if a not in skip)

    def actors(self, token: Token | None) -> tuple[str, ...]:
        """Actor ids a noun phrase denotes, its conjuncts included (compound actors)."""
        if token is None:
            return ()
        if token.i in self._memo:
            return self._memo[token.i]
        self._memo[token.i] = ()
        found: tuple[str, ...] = ()
        for member in _conjuncts(token):
            found = _merge(found, self._one(member))
        self._memo[token.i] = found
        return found

    def _one(self, token: Token) -> tuple[str, ...]:
        if token.text.lower() in RELATIVES:
            clause = token.head
            if clause.dep_ in ("acl:relcl", "acl"):
                return self.actors(clause.head)
            return ()
        if token.text.lower() in PRONOUNS:
            found = self.actors_of(token.doc[token.i : token.i + 1])
            return found or self._antecedent(token)
        found = self.actors_of(_core_span(token))
        if found:
            return found
        inner = _of_complement(token) if token.pos_ in ("NOUN", "NUM") else None
        if inner is not None:  # "tens of thousands of students", "a group of refugees"
            found = self.actors_of(_core_span(inner))
            if found:
                return found
        for child in token.children:
            if child.dep_ == "appos" or child.dep_ == "nmod" and any(
                c.dep_ == "case" and c.text.lower() in ("of", "from", "for")
                for c in child.children
            ):
                found = self.actors_of(_core_span(child))
                if found:
                    return found
        if token.pos_ == "NOUN":  # "Palestinian homes", "Iraq's oil": whose they are
            for child in token.children:
                if child.dep_ in OWNER_DEPS and child.pos_ in ("ADJ", "PROPN"):
                    found = self.actors_of(_core_span(child))
                    if found:
                        return found
        return ()

    def _antecedent(self, token: Token) -> tuple[str, ...]:
        """A pronoun's actor: the holder of the speech clause it sits in, else the nearest
        earlier subject (this sentence or the two before) that names an actor."""
        head = flags.attribution_head(token.head if token.dep_ != "ROOT" else token)
        if head is not None:
            holder = flags.holder_token(head)
            if holder is not None and holder.i != token.i and holder.text.lower() not in PRONOUNS:
                found = self.actors(holder)
                if found:
                    return found
        sent_start = token.sent.start
        floor = max(0, sent_start - 120)
        for i in range(token.i - 1, floor - 1, -1):
            cand = self.doc[i]
            if cand.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS \
                    and cand.text.lower() not in PRONOUNS:
                found = self.actors(cand)
                if found:
                    return found
        return ()

    def listed_before(self, subj: Token) -> tuple[str, ...]:
        """The earlier members of a list the parse did not coordinate with the subject:
        "The US, Russia, and Switzerland met" hung as "The US, Russia" + "and Switzerland
        met". Only when "and" opens the subject, every earlier item names an actor and
        the list opens the sentence or a that-clause."""
        doc = self.doc
        floor = subj.sent.start
        i = subj.left_edge.i - 1
        if doc[subj.left_edge.i].dep_ == "cc":  # "Japan and[cc of States] the United States"
            i = subj.left_edge.i
        if i <= floor or doc[i].text.lower() != "and" or doc[i].head not in (subj, subj.head):
            return ()
        found: tuple[str, ...] = ()
        while i >= floor and doc[i].text.lower() in ("and", ","):
            while i >= floor and doc[i].text.lower() in ("and", ","):
                i -= 1
            end = i + 1
            while i >= floor and doc[i].pos_ in LIST_ITEM_POS and doc[i].text.lower() != "and":
                i -= 1
            item = self.actors_of(doc[i + 1 : end]) if end > i + 1 else ()
            if not item:
                return ()
            found = _merge(item, found)
        return found if i < floor or doc[i].text.lower() in ("that", ";", ":") else ()

    def nearest_actor_after(self, token: Token, exclude: Iterable[str], *,
                            window: int = 10) -> tuple[str, ...]:
        """The first actor named after the predicate, within ``window`` tokens; never an
        unnamed reporter ("..., Western diplomatic sources said"): who tells of an act is
        not whom it was done to."""
        skip = set(exclude)
        stop = min(token.sent.end, token.i + 1 + window)
        for i in range(token.i + 1, stop):
            cand = self.doc[i]
            if cand.pos_ in ("VERB",) and cand.dep_ in CLAUSE_DEPS:
                break
            if cand.pos_ not in ("PROPN", "NOUN", "ADJ") or cand.dep_ in ("compound", "flat"):
                continue
            if cand.dep_ in SUBJECT_DEPS and not token.is_ancestor(cand):
                continue  # "..., witnesses said": another clause's subject
            found = tuple(a for a in self.actors_of(_core_span(cand))
                          if a not in skip and not a.startswith(UNNAMED))
            if found:
                return found
        return ()

    def nearest_actor_before(self, token: Token, exclude: Iterable[str], *,
                             clause: bool = False) -> tuple[str, ...]:
        """The closest actor named earlier in the sentence (for agentless nominal events,
        and for verbs whose parse gives no usable subject)."""
        skip = set(exclude)
        for i in range(token.i - 1, token.sent.start - 1, -1):
            cand = self.doc[i]
            if clause and cand.pos_ == "VERB" and cand.dep_ in ("ROOT", "ccomp", "parataxis"):
                break
            if cand.pos_ not in ("PROPN", "NOUN", "ADJ") or cand.dep_ in ("compound", "flat"):
                continue
            found = tuple(a for a in self.actors_of(_core_span(cand)) if a not in skip)
            if found:
                return found
        return ()

    # --- the record ---------------------------------------------------------------------

    def event(self, info: CodeInfo, token: Token, source: tuple[str, ...],
              target: tuple[str, ...], *, anchor: Token | None = None,
              clause: Token | None = None) -> Event | None:
        """The Event for a predicate, with flags, date and attribution; None if it is
        reported speech or belief whose holder cannot be told."""
        clause = clause or token
        sent = token.sent
        date = self._date(token)
        attributed, ok = self._attribution(clause)
        if not ok:
            return None
        if token.pos_ in ("NOUN", "PROPN"):  # a nominal event: only "no attack" denies it
            negated = _no_det(token)
        else:
            negated = flags.is_negated(clause) or (anchor is not None and _no_det(anchor))
        start = min(t.idx for t in (token, anchor) if t is not None)
        end = max(t.idx + len(t.text) for t in (token, anchor) if t is not None)
        return Event(
            type=info.type, mode=info.mode, context=info.context, cameo=info.code,
            goldstein=info.goldstein, intensity=info.intensity, source=source, target=target,
            sentence=sent.text, start=start, end=end, date=date, negated=negated,
            future=flags.is_future(clause), hypothetical=flags.is_hypothetical(clause),
            historical=flags.is_historical(date, self.published), attributed_to=attributed,
        )

    def _date(self, token: Token) -> str | None:
        sent = token.sent
        lo, hi = sent.start_char, sent.end_char
        inside = [r for r in self.dates if lo <= r.start and r.end <= hi]
        if not inside:
            return None
        return min(inside, key=lambda r: abs(r.start - token.idx)).value

    def _attribution(self, token: Token) -> tuple[str | None, bool]:
        """(holder id, True) for attributed content, (None, True) for plain statements,
        (None, False) when the content is attributed to someone who cannot be told."""
        quote = next((q for q in self.quotes if q.start <= token.i < q.end), None)
        if quote is not None:
            speaker = self._quote_speaker(quote)
            return (speaker, speaker is not None)
        head = flags.attribution_head(token)
        if head is None:
            according = _according_to(token)
            if according is not None:
                found = self.actors(according)
                return (found[0] if found else _text_id(according), True)
            return None, True
        holder = flags.holder_token(head)
        if holder is None:
            return None, False
        return self.holder_id(holder), True

    def holder_id(self, holder: Token) -> str:
        """The id of a speaker or belief holder: an actor, else the words that name it."""
        if holder.text.lower() in RELATIVES and holder.head.dep_ in ("acl:relcl", "acl"):
            holder = holder.head.head
        found = self.actors(holder)
        if found:
            return found[0]
        if holder.text.lower() in PRONOUNS:
            named = self._named_before(holder)
            if named is not None:
                return self.holder_id(named)
        return _text_id(holder)

    def _named_before(self, token: Token) -> Token | None:
        """The nearest earlier subject that is a noun phrase (a pronoun's likely referent)."""
        floor = max(0, token.sent.start - 120)
        for i in range(token.i - 1, floor - 1, -1):
            cand = self.doc[i]
            if cand.dep_ in SUBJECT_DEPS and cand.pos_ in ("NOUN", "PROPN"):
                return cand
        return None

    def _quote_speaker(self, quote: Span) -> str | None:
        if self.quote_speakers is not None:
            named = self.quote_speakers(quote)
            if named:
                return named
        sent = quote.sent
        window = [t for t in sent if not quote.start <= t.i < quote.end]
        if quote.start > 0 and self.doc[quote.start - 1].sent.start != sent.start:
            window += list(self.doc[quote.start - 1].sent)
        for t in window:
            if flags.lemma_forms(t) & flags.SPEECH_VERBS:
                holder = flags.holder_token(t)
                if holder is not None:
                    return self.holder_id(holder)
        return None


def _stems(word: str, lemma: str) -> list[str]:
    """Base forms a verb form may have, most likely first."""
    out = [lemma + "e", lemma[:-1]] if lemma.endswith("e") else [lemma + "e"]
    for suffix, cuts in (("ied", ((3, "y"),)), ("ed", ((2, ""), (1, ""), (3, ""))),
                         ("ing", ((3, ""), (3, "e"), (4, ""))), ("ies", ((3, "y"),)),
                         ("es", ((2, ""), (1, ""))), ("s", ((1, ""),))):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out += [word[:-cut] + add for cut, add in cuts]
            break
    return out


def _recipient_in_object(token: Token) -> Token | None:
    """A "to" phrase the parse hung inside the object of a handing over ("returned 300
    prisoners of war to[nmod of war] Iran"): the last one in the object's phrase. An
    object the tagger took for a verb counts ("handed over two suspects[VERB] to"), and one
    the parse made a particle's prepositional phrase ("handed over[case] three suspects")."""
    obj = next((c for c in token.children if c.dep_ == "obj" or c.dep_ == "xcomp" and any(
        m.dep_ in ("det", "nummod") for m in c.children)  # "two suspects[VERB]"
        or c.dep_ == "obl" and _marked(c, PARTICLES)), None)  # "over[case] three suspects"
    if obj is None:
        return None
    found = [t for t in obj.subtree if t.dep_ in ("nmod", "obl") and _marked(t, ("to",))]
    return found[-1] if found else None


def _to_border(token: Token) -> Token | None:
    """The border (or sea) a verb sends military units to, along or near ("sent troops to
    its border with Cambodia", "sent an aircraft carrier to the Persian Gulf")."""
    if not any(o.lemma_.lower() in MILITARY_UNITS for o in _objects(token)):
        return None
    place = _prep_child(token, BORDER_PREPS, deps=("obl",)) or next(
        (p for o in _objects(token) if (p := _prep_child(o, BORDER_PREPS, deps=("nmod",)))),
        None)
    return place if place is not None and place.lemma_.lower() in SHOW_OF_FORCE_PLACES \
        else None


def _agent(token: Token) -> Token | None:
    """The "by" phrase of a passive verb."""
    return _prep_child(token, AGENT_PREPS, deps=("obl:agent", "obl"))


def _claimed_content(token: Token) -> bool:
    """What a charge or a report says ("rejected U.S. charges that it was training
    guerrillas"): a clause with a subject of its own under a claim noun is no act stated
    as fact, where a relative clause ("the reports that reached Kabul") has none."""
    if token.dep_ not in ("acl", "acl:relcl") or token.head.lemma_.lower() not in CLAIM_NOUNS:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.text.lower() not in RELATIVES for c in token.children)


def _text_id(token: Token) -> str:
    """A stand-in id for a holder the gazetteer does not know ("a Western diplomat")."""
    words = [t.text.lower() for t in _core_span(token) if t.pos_ not in ("DET", "PUNCT")]
    return "text:" + " ".join(words or [token.text.lower()])


def _merge(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return a + tuple(x for x in b if x not in a)
