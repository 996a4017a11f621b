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
- a broken sentence that opens with a phrase set off by a comma ("Amid the growing
  crisis, additional European peacekeepers arrived"): the clause is parsed alone and the
  phrase hung on its verb;
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
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from greatgame.nlp.clauses import mend_clauses
from greatgame.nlp.diagnosis import (
    LEADS,
    MANDATIVE,
    RELATIVE_OPENERS,
    SUBJECTS,
    SUBJUNCTIVE_STAND_IN,
    VERBAL,
    _in_pp,
    _interrupts,
    _no_subject,
    _tangled,
    attribution,
    broken,
    fronted_phrase,
    garbled,
    interrupting_aside,
    known_verb,
    misread_name,
    misread_nouns,
    misread_relative,
    misread_root,
    misread_subjunctive,
    misread_verb,
    news_noun,
    subject_phrase,
    subjectless_root,
    time_expressions,
    unquoted,
)
from greatgame.nlp.mends import (
    ATTRS,
    apply_rows,
    mend_adjectival_participles,
    mend_split_compounds,
    mend_trailing_participles,
    mend_unmarked_objects,
    relative,
    row,
)
from greatgame.nlp.subjects import mend_fronted_subjects

FACTORY = "greatgame_parse_repair"
# A name the model reads as a name where it misread another ("protested to Manila[VB]").
NAME_STAND_IN = "Paris"
# Nouns the model knows in the places of news nouns it misreads ("plan" for the others):
# "food aid" as "food assistance", "the foreign agents bill" as "... law".
STAND_INS = {"aid": "assistance", "bill": "law"}


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
        mend_adjectival_participles(doc)  # first, so that the tests below see the phrase
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
        mend_adjectival_participles(doc)  # and again where a re-parse undid it
        mend_split_compounds(doc)
        mend_unmarked_objects(doc)
        mend_trailing_participles(doc)
        mend_clauses(doc)
        mend_fronted_subjects(doc)
        return doc

    def _mend_all(self, doc: Doc) -> None:
        rows: dict[int, np.ndarray] = {}
        for sent in list(doc.sents):
            spans = time_expressions(sent)
            mended = None if (verb := misread_relative(sent, modified=True)) is None \
                else self._mend_subject(sent, spans, verb=verb)
            if mended is None and spans and (broken(sent) or garbled(sent)
                          or any(_interrupts(doc, a, b) for a, b in spans)):
                mended = self._mend(sent, spans)
            if mended is None and broken(sent):
                mended = self._mend_subject(sent, spans)
            if mended is None and broken(sent) and (comma := fronted_phrase(sent)):
                mended = self._mend_opener(sent, comma)
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
            if mended is None and (verb := misread_relative(sent)) is not None:
                mended = self._mend_subject(unquoted(sent), spans, verb=verb)
            if mended is None and misread_nouns(sent):
                mended = self._mend_nouns(sent)
            if mended is None and (verb := misread_subjunctive(sent, self.verbs)) is not None:
                mended = self._mend_subjunctive(sent, verb)
            if mended is None:
                continue
            rows.update(_noun_rows(doc, mended))
        apply_rows(doc, rows)

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
        if again is None or broken(again[:]) or (
                (said := attribution(again[:])) is not None and _tangled(again[:], *said)):
            return None  # (a closing attribution still tangled is mended apart)
        place = dict(enumerate(kept))
        rows = _copied(again, place)
        for a, b in spans:
            self._attach(doc, again, place, a, b, rows)
        for i in cut - {i for a, b in spans for i in range(a, b)}:  # the comma
            anchor = self._anchor(again, place, i)
            rows[i] = row(doc[i], anchor - i, "punct")
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
        rows[root][0] = relative(place[clause[0].head.i] - root)
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
        return self._hang(doc, range(first + 1, second), aside, verb, noun, rows)

    def _mend_opener(self, sent: Span, comma: int) -> dict[int, np.ndarray] | None:
        """Parse the clause after an opening phrase alone and hang the phrase on its verb
        (``fronted_phrase``), when that parse is whole."""
        doc = sent.doc
        rest = range(comma + 1, sent.end)
        words, spaces = _texts(doc, rest)
        words[0] = words[0][:1].upper() + words[0][1:]  # as a sentence opens
        clause = self._whole(words, spaces)
        if clause is None or broken(clause[:]) or clause[:].root.pos_ not in VERBAL:
            return None
        rows = _copied(clause, dict(enumerate(rest)))
        verb = rest[clause[:].root.i]
        return self._hang(doc, range(sent.start, comma), (comma,), verb, verb, rows)

    def _hang(self, doc: Doc, part: range, commas: tuple[int, ...], verb: int, noun: int,
              rows: dict[int, np.ndarray]) -> dict[int, np.ndarray] | None:
        """Parse a phrase alone and hang it (see ``_hang_aside``), its commas with it."""
        parsed = self._whole(*_texts(doc, part))
        if parsed is None:
            return None
        rows.update(_copied(parsed, dict(enumerate(part))))
        root = part[parsed[:].root.i]
        relative_clause = doc[part[0]].lower_ in RELATIVE_OPENERS
        head = noun if relative_clause else verb
        label = "acl:relcl" if relative_clause else "advcl" if parsed[:].root.pos_ in VERBAL \
            else "obl"
        rows[root] = row(doc[root], head - root, label)
        for comma in commas:
            rows[comma] = row(doc[comma], head - comma, "punct")
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
        if broken(clause[:]) or _no_subject(clause[:].root) \
                or clause[:].root.pos_ not in VERBAL:  # "South African police
            part = unquoted(doc[sent.start:comma])  # detained[acl] ...": mend it first,
            # with its aside ("Chad, which hosts ..."), or its verb read as a noun
            rows = self._mend_subject(part, [], verb=misread_verb(part, self.irregular))
            if rows is None and (aside := interrupting_aside(part)) is not None:
                rows = self._mend_subject(part, [], aside=aside)
            if rows is None:
                return None
            root_i = next(i for i, row in rows.items() if int(np.int64(row[0])) == 0)
        else:
            rows = _copied(clause, dict(enumerate(parts[0])))
            root_i = sent.start + clause[:].root.i
        rows.update(_copied(said, dict(enumerate(parts[1]))))
        rows[root_i] = row(doc[root_i], verb - root_i, "ccomp")
        rows[comma] = row(doc[comma], verb - comma, "punct")
        return rows

    def _mend_subjunctive(self, sent: Span, verb: int) -> dict[int, np.ndarray] | None:
        """Parse the sentence again with a past form the model knows in the place of the
        bare verb ("demanded that Syria stopped ..."), kept when that parse reads it as
        the verb; the verb keeps its own word, lemma and a base-form tag."""
        doc = sent.doc
        words, spaces = _texts(doc, range(sent.start, sent.end))
        words[verb - sent.start] = SUBJUNCTIVE_STAND_IN
        again = self._whole(words, spaces)
        if again is None or broken(again[:]) or again[verb - sent.start].pos_ != "VERB" \
                or again[verb - sent.start].head.lemma_.lower() not in MANDATIVE:
            return None  # (the clause must be the demand's: not "Friday that ...")
        rows = _copied(again, {k: sent.start + k for k in range(len(again))})
        strings = doc.vocab.strings
        row = rows[verb]
        row[2], row[3] = strings.add("VERB"), strings.add("VB")
        lemma = known_verb(doc[verb].lower_, self.verbs) or doc[verb].lower_
        row[4], row[5] = strings.add(lemma), doc.vocab.morphology.add("VerbForm=Inf")
        if again[verb - sent.start].dep_ == "dep":  # a "that" clause the parse left unnamed
            row[1] = strings.add("ccomp")
        return rows

    def _mend_nouns(self, sent: Span) -> dict[int, np.ndarray] | None:
        """Parse a sentence again with its news nouns given as stand-ins; kept when that
        parse is whole and reads them as nouns."""
        doc = sent.doc
        again = self._whole(*_texts(doc, range(sent.start, sent.end)))
        if again is None or broken(again[:]) or any(
                news_noun(doc[sent.start + t.i]) is not None and t.pos_ != "NOUN"
                or misread_name(doc[sent.start + t.i]) and t.pos_ != "PROPN" for t in again):
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
        rows[head] = row(doc[head], anchor - head, label, pos="NOUN")
        for i in range(a, head):
            lower = doc[i].lower_
            label = LEADS.get(lower, "compound")
            rows[i] = row(doc[i], head - i, label)


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


def _texts(doc: Doc, indices: Sequence[int]) -> tuple[list[str], list[bool]]:
    """The words of the given tokens, each news noun the model does not know as a noun
    given as a stand-in it knows ("an arms embargo" is parsed as "an arms plan"), and
    whether a space follows each."""
    return [_stand_in(doc[i]) for i in indices], [bool(doc[i].whitespace_) for i in indices]


def _stand_in(tok: Token) -> str:
    """"plan" or "plans" (or the noun ``STAND_INS`` gives) for a news noun
    (``news_noun``), else the word itself."""
    if misread_name(tok):
        return NAME_STAND_IN
    lemma = news_noun(tok)
    if lemma is None:
        return tok.text
    word = STAND_INS.get(lemma, "plan")  # a noun the model knows in the same places
    if lemma != tok.lower_ and lemma != "aid":
        word += "s"
    return word.capitalize() if tok.text[:1].isupper() else word


def _noun_rows(doc: Doc, rows: dict[int, np.ndarray]) -> dict[int, np.ndarray]:
    """Give the news nouns a re-parse read as stand-ins their own lemma back."""
    strings = doc.vocab.strings
    for i, values in rows.items():
        lemma = doc[i].text if misread_name(doc[i]) else news_noun(doc[i])
        if lemma is not None:
            values[4] = strings.add(lemma)
    return rows


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
            rows[i][0] = relative(place[again[k].head.i] - i)
    return rows


@Language.factory(FACTORY)
def make_parse_repair(nlp: Language, name: str) -> ParseRepair:
    """spaCy factory for :class:`ParseRepair` (registered when greatgame.nlp is imported)."""
    return ParseRepair(nlp, name)


def add_parse_repair(nlp: Language) -> None:
    """Append the repair to a loaded pipeline (once)."""
    if FACTORY not in nlp.pipe_names:
        nlp.add_pipe(FACTORY, last=True)
