"""The event lexicon: verbs and event nouns -> CAMEO codes -> PLOVER type, mode, context.

Seeded from the PETRARCH-2 CAMEO verb dictionary (``CAMEO.2.0.txt``, MIT, Open Event Data
Alliance): every verb of a block takes the block's default code unless it has its own, and
a block's patterns (``- * TALKS (BETWEEN) [039]``) refine the code by the words that follow
the verb. Codes are turned into PLOVER categories with Schrodt's CAMEO->PLOVER table and
scored with the Goldstein scale and the PLOVER manual's intensity table (CC BY-SA 4.0).

A handful of documented overrides (``verb_tables``: ``VERB_CODES``, ``EVENT_NOUNS``, ...)
fix dictionary entries that are blank or code a different reading than news prose needs
("agree" as 050, "reject" with no default, "negotiate" as 080), and list the event nouns
that nominal events and support-verb constructions ("held talks") need. They are words,
never sentences.

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

from greatgame.extract.verb_tables import (
    APPEAL_ROOT,
    DEMAND_ROOT,
    DROPPED_PATTERNS,
    EVENT_NOUNS,
    FUNCTION_WORDS,
    JOINT_CODE,
    JOINT_OF,
    JOINT_WORDS,
    MODIFIED_NOUNS,
    OBJECT_TABLES,
    OTHER_VERB_REACH,
    PARTICLE_REACH,
    PATTERN_KINDS,
    PHRASAL_CODES,
    PHRASE_GAP,
    STATEMENT_ROOT,
    VERB_CODES,
    VERB_MODES,
)


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
            if (block, code) in DROPPED_PATTERNS or (block, code, verb) in DROPPED_PATTERNS:
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
            lex.verbs.setdefault(lemma, (lemma, ""))  # ("brush aside": no verb alone)
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
        # the longest pattern; of equals, one that names the object before one of a bare
        # preposition, then one written for this very verb ("OPEN * NEGOTIATIONS" 046
        # before the block's "LAUNCH * NEGOTIATIONS" 036)
        best = max(bound or matches, key=lambda p: (
            len(p.slots) + len(p.before), not p.function_only, p.verb == lemma), default=None)
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
    words = {word} | PATTERN_KINDS.get(next(iter(forms(word) & PATTERN_KINDS.keys()), ""), set())
    return frozenset(f for w in words for f in forms(w))


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
