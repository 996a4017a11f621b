"""Read the Phoenix / PETRARCH-2 actor, agent and discard dictionaries (OEDA, MIT).

Actor dictionary syntax (TABARI/PETRARCH): a root phrase starts an entry, ``+PHRASE``
lines add synonyms, ``[CODE dates]`` (inline or on indented lines) give the entry's codes
with optional date restrictions (``>D``, ``<D``, ``D-D``), ``#`` starts a comment.
Words of a phrase are joined by underscores. A root line without codes that is followed
by another root line shares the codes that come later (``LEONID_BREZHNEV_`` then
``LEONID_ILYICH_BREZHNEV`` then the code lines); a blank line ends an entry, and an
entry that ends without a code is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from _build_common import (
    parse_date_restriction,
    phrase_variants,
    phrase_words,
    read_text,
    strip_comment,
)

_CODE = re.compile(r"\[([^\]\[]*)[\]}]")


@dataclass
class RawEntry:
    """One dictionary entry as read: its phrases and its (code, start, end) roles."""

    root: str
    comment: str
    source: str
    phrases: list[str] = field(default_factory=list)
    roles: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    bad_dates: int = 0

    def add_phrase(self, token: str) -> None:
        for phrase in phrase_variants(token):
            if phrase not in self.phrases:
                self.phrases.append(phrase)

    def add_codes(self, text: str) -> None:
        for inner in _CODE.findall(text):
            parts = inner.split(None, 1)
            if not parts:
                continue
            code = parts[0].lstrip("~").upper()
            start, end, ok = parse_date_restriction(parts[1] if len(parts) > 1 else "")
            self.bad_dates += not ok
            if code and (code, start, end) not in self.roles:
                self.roles.append((code, start, end))


def parse_actor_file(path: Path, source: str) -> tuple[list[RawEntry], int]:
    """Entries with at least one code, and the number of entries dropped for having none."""
    entries: list[RawEntry] = []
    dropped = 0
    current: RawEntry | None = None

    def close() -> None:
        nonlocal current, dropped
        if current is not None:
            if current.roles and current.phrases:
                entries.append(current)
            else:
                dropped += 1
        current = None

    for raw in read_text(path).splitlines():
        content, comment = strip_comment(raw)
        if not content.strip():
            if not raw.strip():
                close()  # blank line; comment-only lines do not end an entry
            continue
        codes_at = content.find("[")
        words = content[:codes_at] if codes_at >= 0 else content
        codes = content[codes_at:] if codes_at >= 0 else ""
        is_root = not raw[:1].isspace() and not words.lstrip().startswith("+") and words.strip()
        if is_root and (current is None or current.roles):
            close()
            current = RawEntry(root=phrase_words(words.split("+")[0]), comment=comment,
                               source=source)
        if current is None:
            continue
        for token in words.split("+"):
            current.add_phrase(token)
        current.add_codes(codes)
    close()
    return entries, dropped


def _expand_sets(text: str, sets: dict[str, list[str]]) -> list[str]:
    """Expand ``!SET!`` substitutions: ``CATTLE!PERSON!`` -> cattleman, cattlemen, ..."""
    found = re.search(r"!([A-Z]+)!", text)
    if not found or found.group(1) not in sets:
        return [text]
    out: list[str] = []
    for value in sets[found.group(1)]:
        out.extend(_expand_sets(text[: found.start()] + value + text[found.end() :], sets))
    return out


def parse_agent_file(path: Path) -> list[tuple[str, list[str], str]]:
    """Agent lines ``PHRASE {PLURALS} [~CODE]`` as (phrase, explicit plurals, code)."""
    sets: dict[str, list[str]] = {}
    out: list[tuple[str, list[str], str]] = []
    for raw in read_text(path).splitlines():
        content, _ = strip_comment(raw)
        content = content.strip()
        if not content:
            continue
        if content.startswith("!") and "=" in content:
            name, _, values = content.partition("=")
            sets[name.strip().strip("!")] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        code_match = _CODE.search(content)
        if not code_match:
            continue
        code = code_match.group(1).strip().lstrip("~").split()[0].upper()
        head = content[: code_match.start()]
        plural_text = ""
        if "{" in head:
            head, _, plural_text = head.partition("{")
            plural_text = plural_text.split("}")[0]
        plurals = [phrase_words(p) for p in plural_text.split() if phrase_words(p)]
        for variant in _expand_sets(head.strip(), sets):
            phrase = phrase_words(variant)
            if phrase:
                out.append((phrase, plurals, code))
    return out


def parse_discards(path: Path) -> list[tuple[str, bool]]:
    """Discard phrases as (phrase, whole_story): a leading ``+`` discards the whole story."""
    out: list[tuple[str, bool]] = []
    for raw in read_text(path).splitlines():
        content, _ = strip_comment(raw)
        content = content.strip()
        if not content:
            continue
        whole = content.startswith("+")
        phrase = phrase_words(content.lstrip("+"))
        if phrase and (phrase, whole) not in out:
            out.append((phrase, whole))
    return out
