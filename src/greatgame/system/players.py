"""The players of a text as a contest reads them: each with a pattern of its names, to
read whom a sentence names, owns an object, modifies it, or lists after a preposition."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from greatgame import resources
from greatgame.records import ActorRef
from greatgame.system.evidence import name_pattern, names_of


def _state_words(ref: ActorRef) -> tuple[str, ...]:
    """A state's first demonym and capital, as news names it ("German", "Berlin")."""
    country = resources.country(ref.id) if ref.kind == "state" else None
    if country is None:
        return ()
    words = [*country.demonyms[:1], *country.capitals[:1]]
    return tuple(" ".join(w.capitalize() for w in word.split()) for word in words)


@functools.lru_cache(maxsize=1 << 16)
def _compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` kept for the process: a corpus's players x kinds make more patterns
    than ``re``'s own cache of 512 holds, and compiling them again cost most of the time."""
    return re.compile(pattern, flags)


@dataclass(frozen=True)
class Players:
    """The players, with a pattern for each one's names, to read whom a sentence names."""

    refs: Mapping[str, ActorRef]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]

    @classmethod
    def of(cls, refs: Mapping[str, ActorRef]) -> Players:
        patterns = []
        for pid, ref in sorted(refs.items()):
            names = {n for n in names_of(ref) | set(_state_words(ref)) if not n.islower()}
            if (pattern := name_pattern(names)) is not None:
                patterns.append((pid, pattern))
        return cls(refs, tuple(patterns))

    def named_in(self, text: str) -> set[str]:
        return {pid for pid, pattern in self.patterns if pattern.search(text)}

    def owners(self, text: str, objects: re.Pattern[str] | None) -> set[str]:
        """Players named as the owners of an object: "Iran's nuclear programme"."""
        # cheap test first, needed for a match: a possessive
        if not _compiled(r"['’]s\s", re.IGNORECASE).search(text):
            return set()
        return self.named_before(text, objects, r"['’]s\s+(?:[\w-]+\s+){0,4}?")

    def modifiers(self, text: str, objects: re.Pattern[str] | None) -> set[str]:
        """Players whose name or demonym modifies an object, perhaps past a number or an
        adjective: "the Canadian duty", "U.S. tariffs", "Chinese retaliatory sanctions"
        (the imposer's, for measures)."""
        return self.named_before(text, objects, r"\s+(?:(?:\d[\d.,%]*|\w+(?:al|ive|ary|ic))\s+)?")

    def named_before(self, text: str, words: re.Pattern[str] | None, gap: str) -> set[str]:
        """Players named right before one of ``words``, with ``gap`` (a pattern) between:
        the building block of owners, modifiers and brokers."""
        if words is None or not _compiled(words.pattern, re.IGNORECASE).search(text):
            return set()
        return {pid for pid, pattern in self.patterns
                if _compiled(pattern.pattern, re.IGNORECASE).search(text)
                and _compiled(rf"(?:{pattern.pattern}){gap}(?:{words.pattern})",
                              re.IGNORECASE).search(text)}

    def named_after(self, text: str, preps: Sequence[str]) -> set[str]:
        """Players named right after one of ``preps``, or in the list that follows it
        ("sanctions on Iran", "tariffs on Mexico, Canada and China")."""
        if not preps:
            return set()
        lead = "|".join(re.escape(p) for p in preps)
        if not _compiled(rf"\b(?:{lead})\s").search(text):
            return set()  # none of the prepositions: nobody named after one
        return {pid for pid, pattern in self.patterns if pattern.search(text) and
                _compiled(rf"\b(?:{lead})\s+(?:the\s+)?{_LISTED}(?:{pattern.pattern})")
                .search(text)}

    def kind(self, pid: str) -> str:
        ref = self.refs.get(pid)
        return ref.kind if ref else ""

    def name(self, pid: str) -> str:
        """A player's name as a sentence uses it: "the United States", "the European
        Union", "the Philippines", but "Canada", "UNHCR"."""
        ref = self.refs.get(pid)
        if ref is None:
            return pid
        name = re.sub(r"^the\s+", "", ref.name, flags=re.IGNORECASE)
        definite = ref.kind in ("state", "organisation", "armed_group") and \
            _DEFINITE.search(name) or ref.kind != "state" and _DEFINITE_BODY.search(name)
        return f"the {name}" if definite else name


# Up to four names before the one sought in a list ("Mexico, Canada and ..."): capitalised
# words joined by commas, "and" or "or".
_LISTED = (r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|"
           r"\s+or\s+)(?:the\s+)?){0,4}")


# Names that take "the" in a sentence: unions, kingdoms, republics named as such, and
# plural or island states ("the United States", "the Philippines", "the Gambia").
_DEFINITE = re.compile(r"^(?:United|Philippines|Netherlands|Bahamas|Gambia|Maldives|Comoros|"
                       r"Seychelles)\b|\b(?:Republic|Kingdom|Federation|Emirates|Islands|Union|"
                       r"Nations)\b")
# Groups and bodies named by an institutional noun, or by a plural, take "the" ("the
# Islamic State", "the Muslim Brotherhood", "the Taliban"); a proper name does not
# ("Hamas", "Al-Shabaab", "UNHCR").
_DEFINITE_BODY = re.compile(r"\b(?:State|Brotherhood|Front|Army|Movement|Party|Forces|Council|"
                            r"Alliance|Coalition|Organi[sz]ation|Commission|Committee|"
                            r"Court|Assembly|Parliament|Taliban|Houthis|Kurds)$")
