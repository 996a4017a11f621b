"""Parse repair: sentences the parser broke on news constructions are parsed again in parts.

The trained parser (UD English-EWT: web text, no news) trips on three things news does all
the time. ``greatgame_parse_repair`` (last in the pipeline) mends each, taking the heads,
labels, tags and lemmas of the second parse when that parse is whole:

- a time expression between the actor and the verb, or between the verb and its object
  ("President Omar El Bashir on Thursday shortened the curfew", "lifted Friday a
  blockade"): the sentence is parsed without it and each time expression is attached to
  the verb of its clause as ``obl:tmod`` ("today") or ``obl`` ("on Thursday");
- a broken sentence that opens with a long subject ("Militants loyal to Iraq's Al-Qaeda
  frontman ... said"), or whose verb the tagger took for an adjective ("India and
  Pakistan clashed[JJ]"): parsed with a pronoun in the subject's place, the phrase parsed
  alone and grafted back where the pronoun stood;
- a closing attribution tangled with its clause ("..., Palestinian officials and US
  witnesses said"): the clause and the attribution are parsed apart and joined, the clause
  as the speech verb's ``ccomp``.

A sentence whose parse is whole is never touched, and neither is one the second parse does
not mend. All re-parses of a document run as one batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from greatgame.nlp.clauses import mend_clauses
from greatgame.nlp.subjects import mend_fronted_subjects

FACTORY = "greatgame_parse_repair"

DAYS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
    tonight""".split())
"""Words that name the day of an act."""
PERIODS = frozenset({"week", "weekend", "month", "year"})
"""Words that name a period when "this", "last" or "next" comes first ("last week")."""
PARTS = frozenset({"morning", "afternoon", "evening", "night"})
TIME_NOUNS = DAYS | PERIODS | PARTS | frozenset({"day", "hour", "minute", "time", "decade",
                                                 "century", "tomorrow", "days", "hours"}) \
    | frozenset("""january february march april may june july august september october
    november december""".split())
"""Nouns that say when or how long, bare ("stayed a week")."""
LEADS = {"on": "case", "late": "advmod", "early": "advmod", "earlier": "advmod",
         "last": "amod", "next": "amod", "this": "det"}
"""Words that open a time expression, with the label each takes under its noun."""
VERBAL = frozenset({"VERB", "AUX"})
ADJECTIVAL_PARTICIPLES = frozenset({"neighboring", "neighbouring", "bordering"})
"""Participles news uses as adjectives before a name ("from neighboring Lebanon")."""
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj"})
# News nouns the web-text model often reads as adjectives or adverbs after another noun
# ("an arms embargo[JJ]", "its trade embargo[RB]"): form -> lemma. Re-parses give them a
# stand-in the model knows as a noun ("plan", "plans").
NEWS_NOUNS = {form: lemma for lemma in (
    "embargo", "blockade", "truce", "crackdown", "ultimatum", "withdrawal", "offensive",
    "ceasefire", "cease-fire", "curfew", "boycott", "sanction", "siege", "referendum",
    "airlift", "pullout", "moratorium", "amnesty", "incursion", "communique", "accord",
) for form in (lemma, lemma + ("es" if lemma.endswith("o") else "s"))}
# Kinds of aid before "aid" ("food aid", "military aid"): then it is the noun.
AID_KINDS = frozenset({"food", "military", "economic", "humanitarian", "emergency", "foreign",
                       "financial", "development", "relief", "medical", "us", "u.s."})
# Words that open a relative clause set off by commas: "X, who is on a visit to China, met".
RELATIVE_OPENERS = frozenset({"who", "which", "whose"})
# Verbs whose "that" clause takes a bare verb: "demanded that Syria expel ...".
MANDATIVE = frozenset({"demand", "insist", "urge", "ask", "propose", "recommend", "request",
                       "suggest", "require", "order"})
SUBJUNCTIVE_STAND_IN = "stopped"
"""A past form the model reads as a verb wherever a transitive verb can stand."""
PRONOUN_WORDS = frozenset({"i", "we", "you", "he", "she", "it", "they", "this", "that",
                           "these", "those", "who", "what", "which"})
ATTRS = [HEAD, DEP, POS, TAG, LEMMA, MORPH]
SPEECH = frozenset({"say", "tell", "report", "add", "announce", "claim", "state", "confirm",
                    "allege", "write"})
"""Verbs of a closing attribution ("..., officials said")."""
PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT", "CCONJ", "ADP", "PART"})
"""Parts of speech of a subject noun phrase ("Militants loyal to Iraq's ... Zarqawi")."""
FUNCTION_POS = frozenset({"CCONJ", "SCONJ", "ADP", "DET", "AUX", "PART"})
"""Parts of speech no name takes."""
ATTRIBUTION_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ", "ADP", "PRON",
                             "PUNCT"})


def time_expressions(sent: Span) -> list[tuple[int, int]]:
    """(start, end) token ranges of the day and period expressions in ``sent``.

    >>> import spacy
    >>> doc = spacy.blank("en")("Bashir on Thursday night shortened it last week .")
    >>> time_expressions(doc[:])
    [(1, 4), (6, 8)]
    """
    doc, out = sent.doc, []
    for tok in sent:
        lower = tok.lower_
        nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if nxt is not None and nxt.lower_ in ("'s", "’s"):
            continue  # "Monday's vote", "last year's election": a modifier, not a time
        is_day = lower in DAYS
        is_period = lower in PERIODS and tok.i > sent.start \
            and doc[tok.i - 1].lower_ in ("this", "last", "next")
        if not (is_day or is_period):
            continue
        start = tok.i
        while start > sent.start and doc[start - 1].lower_ in LEADS \
                and (start - 1, start) not in out:
            start -= 1
        end = tok.i + 1
        if end < sent.end and doc[end].lower_ in PARTS:
            end += 1
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


def broken(sent: Span) -> bool:
    """Is this parse visibly wrong: a time word as subject, or no verb at a root while the
    sentence has one?"""
    if any(t.dep_ in SUBJECTS and t.lower_ in DAYS for t in sent):
        return True
    return sent.root.pos_ not in VERBAL and any(t.pos_ == "VERB" for t in sent)


def garbled(sent: Span) -> bool:
    """Did the tagger read a name inside the sentence as a function word ("the massacres in
    Rwanda[CCONJ] on Monday")? Such a parse is wrong around it too."""
    return any(_name_like(t) and not t.is_stop and t.pos_ in FUNCTION_POS for t in sent[1:])


def misread_root(sent: Span) -> int | None:
    """The index of a root the tagger took for an adjective although it is the verb of the
    named subject before it ("India and Pakistan clashed[JJ] along the border", the names
    hung on it as a compound); None for any other sentence."""
    doc, root = sent.doc, sent.root
    if root.pos_ in VERBAL or not root.lower_.endswith("ed") or root.i == sent.start:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ in ("cop", "aux", "aux:pass") for c in root.children):
        return None
    before = range(sent.start, root.i)
    if any(doc[i].pos_ not in PHRASE_POS for i in before) or doc[sent.start].pos_ == "ADP" \
            or not any(doc[i].pos_ == "PROPN" for i in before):
        return None
    return root.i


def misread_verb(sent: Span, irregular: frozenset[str] = frozenset()) -> int | None:
    """The index of the verb of a sentence the tagger left with none, read as a participle
    modifying the noun after it ("German Chancellor Helmut Kohl praised[JJ] Yeltsin's
    reforms": the names before it its subject), or an irregular verb form read as a noun
    after its subject ("A Palestinian gunman shot[NN] dead two settlers"; ``irregular``:
    the lemmatizer's irregular verb forms); None for any other sentence."""
    doc = sent.doc
    if any(t.pos_ == "VERB" for t in sent):
        return None
    for tok in sent[1:]:
        before = doc[tok.i - 1]
        if tok.lower_.endswith("ed") and tok.pos_ == "ADJ" and before.pos_ == "PROPN":
            return tok.i
        if tok.lower_ in irregular and tok.pos_ in ("NOUN", "ADJ") \
                and before.pos_ in ("NOUN", "PROPN"):
            return tok.i
    return None


def interrupting_aside(sent: Span) -> tuple[int, int] | None:
    """(first comma, second comma) of an aside between a sentence's opening noun phrase
    and its verb: a participle clause, a prepositional phrase or a relative clause
    ("Javier Solana, speaking in Brussels, called on ...", "Warren Christopher, who is on
    a visit to China, met ..."); None for any other sentence."""
    doc = sent.doc
    first = next((t.i for t in sent if t.text == ","), None)
    if first is None or first - sent.start < 1 or doc[sent.start].pos_ in ("ADP", "SCONJ") \
            or any(not (doc[i].pos_ in PHRASE_POS or _name_like(doc[i]))
                   for i in range(sent.start, first)) \
            or not any(doc[i].pos_ in ("NOUN", "PROPN") for i in range(sent.start, first)):
        return None  # (not "On Friday, ruling lawmakers passed ...")
    second = next((i for i in range(first + 1, sent.end) if doc[i].text == ","), None)
    if second is None or second - first < 3 or second + 1 >= sent.end:
        return None
    opener = doc[first + 1]
    if not (opener.pos_ == "VERB" and opener.tag_ in ("VBG", "VBN") or opener.pos_ == "ADP"
            or opener.lower_ in RELATIVE_OPENERS) \
            or opener.lower_ == "according":  # ("..., according to X, ...": a source)
        return None
    if not any(doc[i].pos_ == "VERB" for i in range(second + 1, sent.end)):
        return None
    return first, second


def _no_subject(verb: Token) -> bool:
    """Is this a verb the parse gave no subject (nor auxiliary)?"""
    return verb.pos_ == "VERB" and verb.tag_ != "VB" and not any(
        c.dep_ in SUBJECTS or c.dep_ in ("expl", "aux", "aux:pass") for c in verb.children)


def subjectless_root(sent: Span) -> int | None:
    """The index of a root verb that the parser left without a subject although a name
    opens the sentence before it ("Moscow[obl] condemned Estonia's new law": the tagger
    took the name for a common noun); None for any other sentence."""
    doc, root = sent.doc, sent.root
    if root.pos_ != "VERB" or root.tag_ == "VB" or root.i == sent.start:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in root.children):
        return None
    before = range(sent.start, root.i)
    if not _name_like(doc[sent.start]) or any(
            doc[i].text == "," or not (doc[i].pos_ in PHRASE_POS or _name_like(doc[i]))
            for i in before):
        return None
    return root.i


def attribution(sent: Span) -> tuple[int, int] | None:
    """(comma, speech verb) of a sentence that ends in an attribution: "X did Y, Palestinian
    officials and US witnesses said (on Sunday)."; None for any other sentence."""
    doc = sent.doc
    end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    verb = next((i for i in range(end - 1, sent.start, -1)
                 if doc[i].pos_ in VERBAL or doc[i].text == ","), None)
    if verb is None or doc[verb].pos_ != "VERB" or doc[verb].lemma_.lower() not in SPEECH:
        return None
    comma = verb - 1
    while comma > sent.start and doc[comma].pos_ in ATTRIBUTION_POS and doc[comma].text != ",":
        comma -= 1
    if doc[comma].text != "," or comma == verb - 1 or comma - sent.start < 4:
        return None
    return comma, verb


def subject_phrase(sent: Span, spans: list[tuple[int, int]], *, verb: int | None = None
                   ) -> tuple[int, int] | None:
    """(start, end) of the noun phrase that opens a sentence and ends at its first verb or
    time expression: "Rebels in the Ivory Coast" (on Tuesday) "blocked ..."; None when
    the sentence opens otherwise. ``verb``: the verb's index where the tagger missed it."""
    doc = sent.doc
    starts = {a for a, _ in spans}
    end = sent.start
    while end < sent.end and doc[end].pos_ not in VERBAL and end not in starts \
            and end != verb:
        if (doc[end].pos_ not in PHRASE_POS and not _name_like(doc[end])) \
                or doc[end].text == ",":
            return None
        end += 1
    if end >= sent.end or end == sent.start or doc[sent.start].pos_ in ("ADP", "PUNCT"):
        return None
    if not any(doc[i].pos_ in ("NOUN", "PROPN") or _name_like(doc[i])
               for i in range(sent.start, end)):
        return None
    return sent.start, end


def _name_like(tok: Token) -> bool:
    """A capitalised word of letters that is no pronoun ("Moscow" the tagger took for one)."""
    return tok.is_alpha and tok.is_title and tok.lower_ not in PRONOUN_WORDS


def _in_pp(doc: Doc, start: int, i: int) -> bool:
    """Is token ``i`` after a preposition of the phrase that opens at ``start``?"""
    return any(doc[j].pos_ == "ADP" for j in range(start, i))


def _tangled(sent: Span, comma: int, verb: int) -> bool:
    """Do the reported clause and the attribution share arcs other than clause -> verb (the
    attribution's speakers read as the clause's conjuncts, say)?"""
    after = any(c.dep_ in SUBJECTS and c.i > comma for c in sent.doc[verb].children)
    for tok in sent:
        head = tok.head.i
        if tok.i < comma and comma < head and (head != verb or after and tok.dep_ in SUBJECTS):
            return True  # (the clause's subject made the speech verb's too)
        if comma < tok.i < verb and head < comma:
            return True
    return False


def _interrupts(doc: Doc, start: int, end: int) -> bool:
    """Does the time expression stand between a subject and its verb ("X today accused"),
    or between a verb and its object ("lifted Friday a day-old blockade")?"""
    if start == 0 or end >= len(doc):
        return False
    before, after = doc[start - 1], doc[end]
    verb_after = after.pos_ in VERBAL or (after.pos_ == "ADJ" and after.lower_.endswith("ed"))
    if before.pos_ in ("NOUN", "PROPN", "PRON") and verb_after:  # "on Tuesday bombed[JJ]"
        return True
    return before.pos_ == "VERB" and after.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM")


class ParseRepair:
    """Re-parse sentences broken on a time expression, on a long subject or on a closing
    attribution (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = FACTORY):
        self.nlp = nlp
        self.name = name
        self.irregular = _irregular_verb_forms(nlp)
        self.verbs = _verb_lemmas(nlp)
        self._wanted: dict[tuple[tuple[str, ...], tuple[bool, ...]], None] | None = None
        self._parsed: dict[tuple[tuple[str, ...], tuple[bool, ...]], Doc] = {}

    def _parse(self, words: Sequence[str], spaces: Sequence[bool]) -> Doc | None:
        """The parse of one word sequence from this Doc's batch; None while the batch is
        being collected (see ``__call__``)."""
        key = (tuple(words), tuple(spaces))
        if self._wanted is not None:
            self._wanted[key] = None
            return None
        if key not in self._parsed:  # asked for by a mend that needed another parse first
            self._parsed[key] = self._parse_all([key])[0]
        return self._parsed[key]

    def _whole(self, words: Sequence[str], spaces: Sequence[bool]) -> Doc | None:
        """The re-parse of ``words`` when it kept their tokens and reads as one sentence."""
        again = self._parse(words, spaces)
        if again is None or len(again) != len(words) or sum(1 for _ in again.sents) != 1:
            return None
        return again

    def _parse_all(self, keys: list[tuple[tuple[str, ...], tuple[bool, ...]]]) -> list[Doc]:
        """Parse many word sequences at once, each as its own Doc (the NER is skipped)."""
        docs = [Doc(self.nlp.vocab, words=list(w), spaces=list(s)) for w, s in keys]
        for name, proc in self.nlp.pipeline:
            if name in (self.name, "ner") or not docs:
                continue
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        return docs

    def __call__(self, doc: Doc) -> Doc:
        """Two passes over the sentences: the first collects every re-parse the mends may
        ask for, which are then parsed in one batch; the second mends with them."""
        if not doc.has_annotation("DEP"):
            return doc
        _mend_adjectival_participles(doc)  # first, so that the tests below see the phrase
        self._wanted = {}
        try:
            self._mend_all(doc)
            keys = list(self._wanted)
        finally:
            self._wanted = None
        self._parsed = dict(zip(keys, self._parse_all(keys), strict=True))
        try:
            self._mend_all(doc)
        finally:
            self._parsed = {}
        _mend_adjectival_participles(doc)  # and again where a re-parse undid it
        _mend_unmarked_objects(doc)
        _mend_trailing_participles(doc)
        mend_clauses(doc)
        mend_fronted_subjects(doc)
        return doc

    def _mend_all(self, doc: Doc) -> None:
        rows: dict[int, np.ndarray] = {}
        for sent in list(doc.sents):
            mended = None
            spans = time_expressions(sent)
            if spans and (broken(sent) or garbled(sent)
                          or any(_interrupts(doc, a, b) for a, b in spans)):
                mended = self._mend(sent, spans)
            if mended is None and broken(sent):
                mended = self._mend_subject(sent, spans)
            if mended is None and (broken(sent) or _no_subject(sent.root)) \
                    and (aside := interrupting_aside(sent)):
                mended = self._mend_subject(sent, spans, aside=aside)
            if mended is None and (verb := misread_root(sent)
                                     or misread_verb(sent, self.irregular)
                                     or subjectless_root(sent)) is not None:
                mended = self._mend_subject(sent, spans, verb=verb)
            if mended is None:
                cut = attribution(sent)
                if cut is not None and _tangled(sent, *cut):
                    mended = self._mend_attribution(sent, *cut)
            if mended is None and misread_nouns(sent):
                mended = self._mend_nouns(sent)
            if mended is None and (verb := misread_subjunctive(sent, self.verbs)) is not None:
                mended = self._mend_subjunctive(sent, verb)
            if mended is None:
                continue
            rows.update(_noun_rows(doc, mended))
        _apply_rows(doc, rows)

    def _mend(self, sent: Span, spans: list[tuple[int, int]]) -> dict[int, np.ndarray] | None:
        doc = sent.doc
        cut = {i for a, b in spans for i in range(a, b)}
        first = spans[0]
        if first[0] == sent.start and first[1] < sent.end and doc[first[1]].text == ",":
            cut.add(first[1])  # "On Tuesday, X summoned Y": the comma goes with it
        kept = [i for i in range(sent.start, sent.end) if i not in cut]
        if len(kept) < 3:
            return None
        again = self._whole(*_texts(doc, kept))
        if again is None or broken(again[:]):
            return None
        place = dict(enumerate(kept))
        rows = _copied(again, place)
        for a, b in spans:
            self._attach(doc, again, place, a, b, rows)
        for i in cut - {i for a, b in spans for i in range(a, b)}:  # the comma
            anchor = self._anchor(again, place, i)
            rows[i] = self._row(doc[i], anchor - i, "punct")
        return rows

    def _mend_subject(self, sent: Span, spans: list[tuple[int, int]], *,
                      verb: int | None = None, aside: tuple[int, int] | None = None
                      ) -> dict[int, np.ndarray] | None:
        """Parse a broken sentence again with its subject noun phrase (and any time
        expressions) replaced by a pronoun, parse the phrase alone, and graft it back where
        the pronoun stood: "Russian President Boris Yeltsin on Saturday hosted ..." is
        parsed as "They hosted ..." and "Russian President Boris Yeltsin". ``aside``: the
        commas around an aside after the subject ("Javier Solana, speaking in Brussels,
        called on ..."), parsed alone too and hung on the verb."""
        doc = sent.doc
        subject = subject_phrase(sent, spans, verb=verb) if aside is None \
            else (sent.start, aside[0])
        if subject is None:
            return None
        start, end = subject
        cut = {i for a, b in spans for i in range(a, b)}
        if aside is not None:
            cut |= set(range(aside[0], aside[1] + 1))
        rest = [i for i in range(end, sent.end) if i not in cut]
        if len(rest) < 2:
            return None
        plural = any(doc[i].tag_ in ("NNS", "NNPS") or doc[i].lower_ == "and"
                     for i in range(start, end)
                     if doc[i].pos_ in ("NOUN", "PROPN", "CCONJ") and not _in_pp(doc, start, i))
        words, spaces = _texts(doc, rest)
        # the pronoun of the subject's number first; the other where that parse is broken
        # too (the model reads "It delivered food" as a noun phrase, "They delivered" not)
        clauses = [self._whole([pronoun, *words], [True, *spaces])
                   for pronoun in (("They", "It") if plural else ("It", "They"))]
        phrase = self._whole(*_texts(doc, range(start, end)))
        clause = next((c for c in clauses if c is not None and not broken(c[:])
                       and c[0].dep_ in SUBJECTS
                       and (verb is None or c[:].root.pos_ in VERBAL)), None)
        if clause is None or phrase is None:
            return None
        root = start + phrase[:].root.i
        place = {0: root, **{k + 1: i for k, i in enumerate(rest)}}
        rows = _copied(clause, place, skip=0)  # the pronoun's row is the phrase root's
        rows.update(_copied(phrase, {k: start + k for k in range(len(phrase))}))
        rows[root][0] = _relative(place[clause[0].head.i] - root)
        rows[root][1] = doc.vocab.strings.add(clause[0].dep_)
        for a, b in spans:
            self._attach(doc, clause, place, a, b, rows)
        if aside is not None:
            return self._hang_aside(doc, aside, place[clause[0].head.i], root, rows)
        return rows

    def _hang_aside(self, doc: Doc, aside: tuple[int, int], verb: int, noun: int,
                    rows: dict[int, np.ndarray]) -> dict[int, np.ndarray] | None:
        """Parse the aside between two commas alone and hang it on the verb: a participle
        clause as ``advcl``, a prepositional phrase ("in a strongly worded statement") as
        ``obl``, the commas as its ``punct``; a relative clause ("who is on a visit to
        China") on the subject's noun as ``acl:relcl``."""
        first, second = aside
        parsed = self._whole(*_texts(doc, range(first + 1, second)))
        if parsed is None:
            return None
        rows.update(_copied(parsed, {k: first + 1 + k for k in range(len(parsed))}))
        root = first + 1 + parsed[:].root.i
        relative = doc[first + 1].lower_ in RELATIVE_OPENERS
        head = noun if relative else verb
        label = "acl:relcl" if relative else "advcl" if doc[first + 1].pos_ == "VERB" else "obl"
        rows[root] = self._row(doc[root], head - root, label)
        for comma in aside:
            rows[comma] = self._row(doc[comma], head - comma, "punct")
        return rows

    def _mend_attribution(self, sent: Span, comma: int, verb: int
                          ) -> dict[int, np.ndarray] | None:
        """Parse the reported clause and the attribution apart and join them: the clause's
        root becomes the speech verb's ``ccomp``, the comma its ``punct``."""
        doc = sent.doc
        parts = (range(sent.start, comma), range(comma + 1, sent.end))
        clause, said = (self._whole(*_texts(doc, part)) for part in parts)
        if clause is None or said is None or said[verb - comma - 1].dep_ != "ROOT":
            return None
        if broken(clause[:]):  # "South African police detained[acl] ...": mend it first
            rows = self._mend_subject(doc[sent.start:comma], [])
            if rows is None:
                return None
            root_i = next(i for i, row in rows.items() if int(np.int64(row[0])) == 0)
        else:
            rows = _copied(clause, dict(enumerate(parts[0])))
            root_i = sent.start + clause[:].root.i
        rows.update(_copied(said, dict(enumerate(parts[1]))))
        rows[root_i] = self._row(doc[root_i], verb - root_i, "ccomp")
        rows[comma] = self._row(doc[comma], verb - comma, "punct")
        return rows

    def _mend_subjunctive(self, sent: Span, verb: int) -> dict[int, np.ndarray] | None:
        """Parse the sentence again with a past form the model knows in the place of the
        bare verb ("demanded that Syria stopped ..."), kept when that parse reads it as
        the verb; the verb keeps its own word, lemma and a base-form tag."""
        doc = sent.doc
        words, spaces = _texts(doc, range(sent.start, sent.end))
        words[verb - sent.start] = SUBJUNCTIVE_STAND_IN
        again = self._whole(words, spaces)
        if again is None or broken(again[:]) or again[verb - sent.start].pos_ != "VERB":
            return None
        rows = _copied(again, {k: sent.start + k for k in range(len(again))})
        strings = doc.vocab.strings
        row = rows[verb]
        row[2], row[3] = strings.add("VERB"), strings.add("VB")
        row[4], row[5] = strings.add(doc[verb].lower_), doc.vocab.morphology.add("VerbForm=Inf")
        return rows

    def _mend_nouns(self, sent: Span) -> dict[int, np.ndarray] | None:
        """Parse a sentence again with its news nouns given as stand-ins; kept when that
        parse is whole and reads them as nouns."""
        doc = sent.doc
        again = self._whole(*_texts(doc, range(sent.start, sent.end)))
        if again is None or broken(again[:]) or any(
                _news_noun(doc[sent.start + t.i]) is not None and t.pos_ != "NOUN"
                for t in again):
            return None
        return _copied(again, {k: sent.start + k for k in range(len(again))})

    def _anchor(self, again: Doc, place: dict[int, int], i: int) -> int:
        """The original index of the verb a time expression before token ``i`` belongs to."""
        after = [k for k, j in place.items() if j > i]
        tok = again[after[0]] if after else again[:].root
        while tok.pos_ not in VERBAL and tok.head.i != tok.i:
            tok = tok.head
        if tok.pos_ not in VERBAL:
            tok = again[:].root
        return place[tok.i]

    def _attach(self, doc: Doc, again: Doc, place: dict[int, int], a: int, b: int,
                rows: dict[int, np.ndarray]) -> None:
        head = b - 1  # the noun of "on Thursday night", "last week", "today"
        anchor = self._anchor(again, place, a)
        label = "obl" if doc[a].lower_ == "on" else "obl:tmod"
        rows[head] = self._row(doc[head], anchor - head, label, pos="NOUN")
        for i in range(a, head):
            lower = doc[i].lower_
            label = LEADS.get(lower, "compound")
            rows[i] = self._row(doc[i], head - i, label)

    @staticmethod
    def _row(token: Token, head: int, dep: str, pos: str | None = None) -> np.ndarray:
        strings = token.doc.vocab.strings
        return np.array([_relative(head), strings.add(dep), strings.add(pos) if pos else token.pos,
                         token.tag, token.lemma, token.morph.key], dtype=np.uint64)


def _mend_adjectival_participles(doc: Doc) -> None:
    """"withdraw its troops from neighboring[VERB] Lebanon": a participle news uses as an
    adjective, parsed as a clause with the name for object, is made the name's modifier
    and the preposition the name's (the name takes the clause's place)."""
    rows = {}
    for tok in doc[:-1]:
        if tok.lower_ not in ADJECTIVAL_PARTICIPLES or tok.pos_ != "VERB":
            continue
        name = doc[tok.i + 1]
        mark = next((c for c in tok.children if c.dep_ in ("mark", "case") and c.i < tok.i), None)
        if name.head.i != tok.i or name.pos_ != "PROPN" or mark is None or tok.head.i == tok.i:
            continue
        rows[name.i] = ParseRepair._row(name, tok.head.i - name.i, "obl" if tok.head.pos_ in
                                        VERBAL else "nmod")
        rows[tok.i] = ParseRepair._row(tok, name.i - tok.i, "amod", pos="ADJ")
        rows[mark.i] = ParseRepair._row(mark, name.i - mark.i, "case", pos="ADP")
    _apply_rows(doc, rows)


def _apply_rows(doc: Doc, rows: dict[int, np.ndarray]) -> None:
    """Write mended rows (index -> ``ATTRS`` values) into the Doc at once."""
    if not rows:
        return
    array = doc.to_array(ATTRS)
    for i, row in rows.items():
        array[i] = row
    doc.from_array(ATTRS, array)


def _verb_table(nlp: Language, table: str) -> Any:
    """The verb entries of one of the rule lemmatizer's tables ("lemma_index": base forms,
    "lemma_exc": irregular forms -> lemmas); empty without a rule lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table(table):
        return {}
    return lookups.get_table(table).get("verb", {})


def _verb_lemmas(nlp: Language) -> frozenset[str]:
    """Base forms of the verbs the lemmatizer knows."""
    return frozenset(_verb_table(nlp, "lemma_index"))


def _irregular_verb_forms(nlp: Language) -> frozenset[str]:
    """Past forms of irregular verbs ("shot", "fought") from the lemmatizer's exceptions."""
    return frozenset(form for form, lemmas in _verb_table(nlp, "lemma_exc").items()
                     if form not in lemmas and not form.endswith(("ing", "s")))


def _mend_trailing_participles(doc: Doc) -> None:
    """"French warships launched[advcl] war games, expected[ROOT] to be joined by ...": a
    subjectless participle after a comma that the parse made the head of the clause
    before it. The clause's verb takes the participle's place (root, or the complement of
    a closing "..., the embassy said") and the participle becomes its ``advcl``."""
    rows: dict[int, np.ndarray] = {}
    for verb in doc:
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBN", "VBD", "VBG") or verb.i == 0 \
                or doc[verb.i - 1].text != "," or verb.i in rows:
            continue
        if verb.lemma_.lower() in SPEECH or any(
                c.dep_ in SUBJECTS or c.dep_ in ("aux", "aux:pass", "expl", "obj")
                for c in verb.children):
            continue  # a verb with an object or a speaker heads a clause of its own
        clause = next((c for c in verb.children if c.dep_ in ("advcl", "ccomp", "parataxis")
                       and c.i < verb.i and c.pos_ == "VERB"
                       and any(g.dep_ in SUBJECTS for g in c.children)), None)
        if clause is None:
            continue
        rooted = verb.head.i == verb.i
        rows[clause.i] = ParseRepair._row(clause, 0 if rooted else verb.head.i - clause.i,
                                          "ROOT" if rooted else verb.dep_)
        rows[verb.i] = ParseRepair._row(verb, clause.i - verb.i, "advcl")
        for child in verb.children:
            if child.i < verb.i and child.i != clause.i:  # the comma, and what else the
                # first clause holds
                rows[child.i] = ParseRepair._row(child, clause.i - child.i, child.dep_)
    _apply_rows(doc, rows)


def _mend_unmarked_objects(doc: Doc) -> None:
    """"shortened by one hour the nightly curfew[obl:unmarked]", "questioned former prime
    minister Bettino[ccomp] Craxi": a bare noun after a verb with no object, which the
    parse left without a preposition or read as a clause with no verb, is the verb's object
    (a bare time noun, "stayed a week", is not)."""
    rows = {}
    for tok in doc:
        head = tok.head
        if tok.dep_ not in ("obl:unmarked", "ccomp") or tok.pos_ not in ("NOUN", "PROPN") \
                or head.pos_ != "VERB" or tok.i < head.i or tok.lower_ in TIME_NOUNS \
                or tok.lemma_.lower() in TIME_NOUNS:
            continue
        if tok.dep_ == "ccomp" and (head.lemma_.lower() in SPEECH - {"tell"}
                                    or tok.left_edge.i != head.i + 1):
            continue  # ("..., said Alan Chong": the speaker; "says the hunts face ...")
        if any(c.dep_ == "obj" for c in head.children) or any(
                c.dep_ in ("case", "cop", "mark", "aux", "aux:pass") or c.dep_ in SUBJECTS
                for c in tok.children):
            continue  # (a nominal clause, "said Iran was behind it", keeps its label)
        rows[tok.i] = ParseRepair._row(tok, head.i - tok.i, "obj")
    _apply_rows(doc, rows)


def _texts(doc: Doc, indices: Sequence[int]) -> tuple[list[str], list[bool]]:
    """The words of the given tokens, each news noun the model does not know as a noun
    given as a stand-in it knows ("an arms embargo" is parsed as "an arms plan"), and
    whether a space follows each."""
    return [_stand_in(doc[i]) for i in indices], [bool(doc[i].whitespace_) for i in indices]


def _news_noun(tok: Token) -> str | None:
    """The lemma of a news noun (``NEWS_NOUNS``; "aid" after the kind of aid it is, "food
    aid", which the model may read as a verb), else None."""
    if tok.lower_ in NEWS_NOUNS:
        return NEWS_NOUNS[tok.lower_]
    if tok.lower_ == "aid" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in AID_KINDS:
        return "aid"
    return None


def _stand_in(tok: Token) -> str:
    """"plan" or "plans" ("assistance" for "aid") for a news noun (``_news_noun``), else the
    word itself."""
    lemma = _news_noun(tok)
    if lemma is None:
        return tok.text
    word = "plans" if lemma != tok.lower_ else "plan"
    if lemma == "aid":  # a noun the model knows in the same places
        word = "assistance"
    return word.capitalize() if tok.text[:1].isupper() else word


def _noun_rows(doc: Doc, rows: dict[int, np.ndarray]) -> dict[int, np.ndarray]:
    """Give the news nouns a re-parse read as stand-ins their own lemma back."""
    strings = doc.vocab.strings
    for i, row in rows.items():
        lemma = _news_noun(doc[i])
        if lemma is not None:
            row[4] = strings.add(lemma)
    return rows


def misread_subjunctive(sent: Span, verbs: frozenset[str]) -> int | None:
    """The index of a bare verb after "demanded that" and its subject that the tagger took
    for another part of speech ("Turkey demanded that Syria expel[ADJ] Ocalan"); None for
    any other sentence."""
    doc = sent.doc
    for tok in sent:
        if tok.lower_ != "that" or tok.i == sent.start \
                or doc[tok.i - 1].lemma_.lower() not in MANDATIVE:
            continue
        for cand in doc[tok.i + 2 : min(sent.end, tok.i + 10)]:
            if cand.pos_ in VERBAL:
                break
            if cand.lower_ in verbs and cand.pos_ in ("ADJ", "ADV", "NOUN") \
                    and doc[cand.i - 1].pos_ in ("PROPN", "NOUN") and cand.is_lower:
                return cand.i
    return None


def misread_nouns(sent: Span) -> bool:
    """Does the sentence hold a news noun the tagger took for another part of speech
    ("imposed an arms embargo[JJ] on", "food aid[VERB] to refugees")?"""
    return any(t.pos_ not in ("NOUN", "PROPN") and _news_noun(t) is not None for t in sent)


def _copied(again: Doc, place: dict[int, int], skip: int | None = None
            ) -> dict[int, np.ndarray]:
    """Rows of a re-parse laid onto the original tokens: ``place`` maps each token of
    ``again`` to its original index, and heads are mapped with it (``skip``: a token of
    ``again`` whose row is not copied)."""
    table = again.to_array(ATTRS)
    rows: dict[int, np.ndarray] = {}
    for k, i in place.items():
        if k != skip:
            rows[i] = table[k].copy()
            rows[i][0] = _relative(place[again[k].head.i] - i)
    return rows


def _relative(offset: int) -> np.uint64:
    """A head offset as spaCy's uint64 arrays hold it (negative offsets wrap)."""
    return np.int64(offset).astype(np.uint64)


@Language.factory(FACTORY)
def make_parse_repair(nlp: Language, name: str) -> ParseRepair:
    """spaCy factory for :class:`ParseRepair` (registered when greatgame.nlp is imported)."""
    return ParseRepair(nlp, name)


def add_parse_repair(nlp: Language) -> None:
    """Append the repair to a loaded pipeline (once)."""
    if FACTORY not in nlp.pipe_names:
        nlp.add_pipe(FACTORY, last=True)
