"""What the event coder knows of one document while it reads it: ``EventContext``.

One context per Doc is handed to every step of the coder (verbal and nominal events,
reported acts, targets, the record). It answers which actors a noun phrase denotes (its
conjuncts, a pronoun's antecedent, a relative's noun, an unparsed list before a subject),
the lexicon's reading of a verb form or an event noun, and which tokens an earlier event
already took (``consumed``), so that no act is coded twice.

It also holds the PLOVER type classes that more than one step of the coder reads.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING

from greatgame.extract import event_flags as flags
from greatgame.extract.event_syntax import (
    CLAUSE_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    _conjuncts,
    _core_span,
    _modifier_words,
    _of_complement,
)
from greatgame.extract.quotes import quotation_of
from greatgame.extract.verb_tables import EXERCISE_NOUNS, JOINT_CODE
from greatgame.extract.verbs import CodeInfo, Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from greatgame.records import TimeRef

ActorsOf = Callable[["Span"], tuple[str, ...]]

RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "our",
                      "them", "him", "itself", "themselves", "i", "you"})
# Id prefix of unnamed speakers ("a Western diplomat"): see greatgame.extract.actors.
UNNAMED = "SRC_"
# Words inside one item of a list of actors ("the United States", "South Korea").
LIST_ITEM_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ"})
# Modifiers that say whose a thing is: "Palestinian homes", "Iraq's oil fields".
OWNER_DEPS = frozenset({"amod", "nmod:poss", "compound"})
# Types where "between X and Y" and "X and Y (did it)" make everyone a source (joint acts).
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
# Types whose clausal content is the demand, promise, threat or charge itself: the verbs
# inside are not coded again as separate acts ("asked the US to withdraw").
CONTENT_TYPES = frozenset({"REQUEST", "AGREE", "THREATEN", "REJECT", "ACCUSE", "SUPPORT"})
# A show of force (CAMEO 150): what exercises are when one party holds them.
EXERCISE_CODE = "150"


# The id of a state ("RUS") or of one of its organs ("RUSMIL").
STATE_ID = re.compile(r"[A-Z]{3}(?:[A-Z]{3})?")


def quoted_order(token: Token) -> bool:
    """Is the verb a quoted order: a bare verb with no subject, auxiliary or marker
    inside a quotation ('"Withdraw your troops from our soil," the president told
    Moscow')?"""
    return token.tag_ == "VB" and token.dep_ in ("ROOT", "ccomp", "parataxis") \
        and quotation_of(token.doc, token.i) is not None and not any(
            c.dep_ in ("nsubj", "nsubj:pass", "csubj", "aux", "mark", "expl")
            for c in token.children)


def same_state(a: str, b: str) -> bool:
    """Are two actor ids one state, or a state and one of its organs ("RUS", "RUSMIL")?"""
    return a == b or bool(STATE_ID.fullmatch(a) and STATE_ID.fullmatch(b)) and a[:3] == b[:3]


class EventContext:
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

    # --- the lexicon ---------------------------------------------------------------------

    def act_of(self, noun: Token, *, modified: bool = True) -> CodeInfo | None:
        """The PLOVER reading of the act an event noun names ("talks", "attack"), read with
        its modifiers ("air strike", "joint patrols") unless ``modified`` is False."""
        words = _modifier_words(noun) if modified else ()
        code = self.lex.noun_code(noun.lemma_.lower(), words)
        return self.lex.info(code) if code else None

    def default_code(self, lemma: str) -> str | None:
        """The code the dictionary gives a verb whatever follows it (its block's default)."""
        entry = self.lex.verbs.get(lemma)
        return entry[1] if entry else None

    def verb_lemma(self, token: Token) -> str:
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

    def joint_exercise(self, info: CodeInfo, noun: Token, source: tuple[str, ...]
                       ) -> CodeInfo:
        """Exercises several parties hold together ("French and Egyptian warships
        launched war games") are military cooperation (062), not one's show of force."""
        if noun.lemma_.lower() in EXERCISE_NOUNS and info.code == EXERCISE_CODE \
                and len(source) > 1:
            return self.lex.info(JOINT_CODE) or info
        return info

    # --- actors --------------------------------------------------------------------------

    def names_actor(self, noun: Token) -> bool:
        """Does the noun phrase itself name an actor ("the Israeli prime minister", "a
        delegation of American businessmen"), not only one it comes from ("a letter from
        the United Nations")?"""
        if self.actors_of(_core_span(noun)):
            return True
        inner = _of_complement(noun)
        return inner is not None and bool(self.actors_of(_core_span(inner)))

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
            found = merge(found, self._one(member))
        self._memo[token.i] = found
        return found

    def _one(self, token: Token) -> tuple[str, ...]:
        """The actors of one conjunct: a relative's noun, a pronoun's antecedent, else the
        phrase's core, its "of" complement, apposition or owner."""
        if token.text.lower() in RELATIVES:
            clause = token.head
            if clause.dep_ in ("acl:relcl", "acl"):
                return self.actors(clause.head)
            return self._before_comma(token)
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
        return self._attached(token)

    def _before_comma(self, token: Token) -> tuple[str, ...]:
        """The actors of the noun right before the comma that opens a relative clause the
        parse did not hang on it ("returning to Afghanistan, from which it withdrew")."""
        i = token.i - 1
        while i > token.sent.start and self.doc[i].pos_ == "ADP":
            i -= 1
        if i <= token.sent.start or self.doc[i].text != ",":
            return ()
        noun = self.doc[i - 1]
        return self.actors(noun) if noun.pos_ in ("NOUN", "PROPN") else ()

    def _attached(self, token: Token) -> tuple[str, ...]:
        """The actors of a phrase attached to a noun that names none itself: an apposition
        or an "of"/"from"/"for"/"by" modifier ("demands by parliament"), else whose it is
        ("Palestinian homes", "Iraq's oil")."""
        for child in token.children:
            if child.dep_ == "appos" or child.dep_ == "nmod" and any(
                c.dep_ == "case" and c.text.lower() in ("of", "from", "for", "by")
                for c in child.children
            ):
                found = self.actors_of(_core_span(child))
                if found:
                    return found
        if token.pos_ == "NOUN":
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
        if quotation_of(self.doc, token.i) is not None:
            head = None  # "he" inside a quotation is not its speaker, who says "I"
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
            found = merge(item, found)
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
            if cand.pos_ in ("VERB",) and cand.dep_ in CLAUSE_DEPS or cand.is_quote:
                break  # (nor whoever speaks after the quotation closes)
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


def merge(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    """``a`` and then those of ``b`` not in it, in order."""
    return a + tuple(x for x in b if x not in a)


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
