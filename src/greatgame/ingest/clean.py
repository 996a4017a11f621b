"""Clean article text: drop web-page debris, keep paragraphs, lift title, byline and provenance.

A line is judged by what it *is*, not by a list of one site's strings:

- page furniture: a short line that is not a sentence and is made only of interface words,
  numbers and date words ("Read Mode", "100% Font Size", "9 min read", "Published: Updated:");
- a short non-sentence line that occurs more than once (menu items, "Advertisement");
- the byline, and any later echo of the author's name standing alone;
- a publisher notice (disclaimer, copyright, "views expressed ...") at the edges of the text;
- short non-sentences before the story starts (roles, labels) or after it ends (tags, links);
- a paragraph that repeats another one verbatim, or is contained in a longer one (pull quotes).

Provenance lines ("This feature first appeared in ...") leave the body for ``provenance_note``.
The clean text keeps one paragraph per block, blocks separated by one blank line; hard-wrapped
lines are joined. Character offsets used by later stages are offsets into this clean text.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from greatgame.ingest.vocab import MONTHS, PARTICLES, word_class

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_NOT_ALNUM = re.compile(r"[\W_]+")
_WORD = re.compile(r"\w[\w'’.%&/-]*")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$|^\S+@\S+\.\w+$", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:by|written by|words by|author:?|story by)\s+(?P<name>.+)$", re.I)
_NOTICE = re.compile(
    r"^(?:disclaimer|copyright|©|\(c\) \d{4})|all rights reserved|views expressed"
    r"|opinions expressed|(?:do|does) not (?:necessarily )?reflect|terms (?:of use|and conditions)"
    r"|privacy policy|may not be (?:re)?published|sign up (?:for|to) (?:our|the)",
    re.IGNORECASE,
)
_PROVENANCE = re.compile(
    r"\b(?:first|originally) (?:appeared|published|ran|posted)\b"
    r"|\b(?:appeared|was published|ran) (?:first|originally)\b"
    r"|\b(?:re)?published (?:here )?(?:with|by) (?:kind )?permission\b"
    r"|\breprinted (?:with permission )?(?:from|by)\b|\bis republished from\b"
    r"|\bcross-?posted (?:from|with)\b",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{4})\b")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+")
_CLAUSE_BREAK = re.compile(r"[,;:—–]")
_MDY = re.compile(r"\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b")

SHORT = 8  # a line of at most this many words may be furniture
EDGE = 4  # notices and provenance lines live in the first or last EDGE paragraphs


@dataclass(frozen=True)
class Cleaned:
    """The clean body and what was lifted out of the raw text."""

    text: str
    title: str
    author: str
    published: dt.date | None
    provenance_note: str
    dropped: tuple[tuple[str, str], ...]  # (paragraph, reason), for diagnostics


def clean(text: str, *, title: str | None = None, author: str | None = None) -> Cleaned:
    """Clean one article's text. A given title or author is used instead of guessing it.

    With ``title=None`` the first line is the title when it looks like one (short, not a
    paragraph of prose); with ``author=None`` a byline near the top gives the author.
    """
    units = paragraphs(text)
    dropped: list[tuple[str, str]] = []
    title_given = title is not None
    title = (title or "").strip()
    if units and not title_given and _looks_like_title(units[0]):
        title = units.pop(0)
    elif units and title and _key(units[0]) == _key(title):
        dropped.append((units.pop(0), "title"))
    author = (author or "").strip()
    author, published, units = _read_header(units, author, dropped)
    keep, provenance = _drop_debris(units, author, dropped)
    body = _drop_repeats(keep, dropped)
    _words.cache_clear()  # the cache serves one article's passes, not the next article
    return Cleaned(
        text="\n\n".join(body),
        title=title,
        author=author,
        published=published,
        provenance_note=" ".join(provenance),
        dropped=tuple(dropped),
    )


def paragraphs(text: str) -> list[str]:
    """Split text into paragraphs: blank-line blocks, one per line unless hard-wrapped."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    lengths = [len(line) for line in lines if len(line) >= 40]
    width = 0
    if len(lengths) >= 3:
        followed = sum(1 for a, b in zip(lines, lines[1:], strict=False) if len(a) >= 40 and b)
        p90 = statistics.quantiles(lengths, n=10)[-1] if len(lengths) > 1 else lengths[0]
        if followed >= 0.6 * len(lengths) and p90 <= 100:
            width = max(lengths)
    units: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            if current:
                units.append(" ".join(current))
                current = []
            continue
        current.append(line)
        # In a hard-wrapped text a line well short of the width ends its paragraph.
        if not width or len(line) < 0.6 * width:
            units.append(" ".join(current))
            current = []
    if current:
        units.append(" ".join(current))
    return units


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each paragraph of a clean text."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)]


def find_date(line: str) -> dt.date | None:
    """The first calendar date written in a line (ISO, '15 March 2017', 'March 15, 2017')."""
    for pattern, order in ((_ISO_DATE, "ymd"), (_DMY, "dmy"), (_MDY, "mdy")):
        for match in pattern.finditer(line):
            parts = dict(zip(order, match.groups(), strict=True))
            month = parts["m"]
            number = int(month) if month.isdigit() else MONTHS.get(month.casefold().rstrip("."))
            try:
                return dt.date(int(parts["y"]), number or 0, int(parts["d"]))
            except ValueError:
                continue
    return None


def parse_date(value: str) -> dt.date:
    """A publication date from ISO 8601 (date or date-time, 'Z' allowed) or a written date.

    Raises ValueError when the string holds no date.
    """
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        pass
    found = find_date(value)
    if found is None or len(_words(value)) > 8:
        raise ValueError(f"{value!r} is not a date (expected YYYY-MM-DD)")
    return found


# --- what a paragraph is -------------------------------------------------------------------


@functools.lru_cache(maxsize=1024)
def _words(unit: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(unit))


def _is_sentence(unit: str) -> bool:
    words = _words(unit)
    return len(words) > 12 or (len(words) >= 4 and bool(_SENTENCE_END.search(unit)))


def _is_prose(unit: str) -> bool:
    return len(_words(unit)) >= 10 and _is_sentence(unit)


def _key(unit: str) -> str:
    """Letters and digits only, case-folded: 'Huda al Husseini' == 'Huda al-Husseini'."""
    return _NOT_ALNUM.sub("", unit.casefold())


def _looks_like_title(unit: str) -> bool:
    """Short, not furniture, and not a paragraph of prose (headlines rarely end in a stop)."""
    words = len(_words(unit))
    if not 0 < words <= 30 or len(unit) > 250 or _is_furniture(unit):
        return False
    return not (words >= 10 and _SENTENCE_END.search(unit))


def _is_furniture(unit: str) -> bool:
    """Short, not a sentence, and made only of interface, date, number and stop words."""
    if _URL_ONLY.match(unit):
        return True
    words = _words(unit)
    if not words:
        return True  # punctuation only: rules, separators
    if len(words) > SHORT or _is_sentence(unit):
        return False
    classes = {word_class(w) for w in words}
    return classes <= {"num", "ui", "date", "stop"} and bool(classes & {"ui", "date", "num"})


def _name_like(unit: str) -> bool:
    """Two to five capitalised words (particles allowed), no digits: a personal name."""
    words = unit.replace(",", " ").split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in unit) or len(unit) > 60:
        return False
    for word in words:
        head = word.split("-")[0].casefold()
        if not (word[0].isupper() or head in PARTICLES or word.casefold() == "and"):
            return False
    return word_class(words[0]) == "word" and not _is_furniture(unit)


def _byline_name(unit: str) -> str | None:
    """The name in a 'By ...' line, without a trailing outlet or date."""
    match = _BYLINE.match(unit)
    if not match or len(_words(unit)) > 12:
        return None
    name = re.split(r"\s+[|—–-]\s+|;|\s+(?:on|updated|published)\b", match["name"], maxsplit=1)[0]
    name = _DMY.sub("", _MDY.sub("", name)).strip(" ,.")
    return name or None


# --- the passes ----------------------------------------------------------------------------


def _read_header(
    units: list[str], author: str, dropped: list[tuple[str, str]]
) -> tuple[str, dt.date | None, list[str]]:
    """Take byline and date stamp from the lines before the first paragraph of prose."""
    header: list[str] = []
    for unit in units:
        if _is_prose(unit):
            break
        header.append(unit)
    # An explicit "By ..." line wins over a bare name-like line.
    if not author:
        names = [_byline_name(u) for u in header]
        author = next((n for n in names if n), "") or next((u for u in header if _name_like(u)), "")
    published: dt.date | None = None
    rest: list[str] = []
    for unit in header:
        name = _byline_name(unit) or unit
        if author and (_key(name) == _key(author) or _key(unit) == _key(author)):
            dropped.append((unit, "byline"))
        elif _is_furniture(unit) or (len(_words(unit)) <= 14 and find_date(unit)):
            published = published or find_date(unit)
            dropped.append((unit, "page furniture"))
        elif len(_words(unit)) <= 6 and not _is_sentence(unit):
            # a role, a section label, a "Reporting from ..." line: metadata, not the story
            dropped.append((unit, "header line"))
        else:
            rest.append(unit)
    return author, published, rest + units[len(header) :]


def _drop_debris(
    units: list[str], author: str, dropped: list[tuple[str, str]]
) -> tuple[list[str], list[str]]:
    """Remove furniture, repeated short lines, author echoes, notices; lift provenance."""
    short_counts = Counter(_key(u) for u in units if not _is_sentence(u))
    author_key = _key(author)
    # Past the last paragraph of the story, short non-sentences are link lists and tags.
    last_prose = max(
        (i for i, u in enumerate(units) if _is_prose(u) and not _NOTICE.search(u)), default=-1
    )
    keep: list[str] = []
    provenance: list[str] = []
    for index, unit in enumerate(units):
        at_edge = index < EDGE or index >= len(units) - EDGE
        reason = None
        if _is_furniture(unit):
            reason = "page furniture"
        elif not _is_sentence(unit) and short_counts[_key(unit)] > 1:
            reason = "repeated line"
        elif author_key and author_key in (_key(unit), _key(_byline_name(unit) or "")):
            reason = "byline"
        elif index > last_prose >= 0 and len(_words(unit)) <= SHORT and not _is_sentence(unit):
            reason = "trailing line"
        elif at_edge and len(_words(unit)) <= 60 and _NOTICE.search(unit):
            reason = "publisher notice"
        elif at_edge and len(_words(unit)) <= 40 and _PROVENANCE.search(unit):
            provenance.append(unit)
            reason = "provenance"
        if reason:
            dropped.append((unit, reason))
        else:
            keep.append(unit)
    return keep, provenance


def _drop_repeats(units: list[str], dropped: list[tuple[str, str]]) -> list[str]:
    """Drop a paragraph equal to an earlier one, or repeating part of another (pull quotes).

    Paragraphs are compared on letters and digits only, so a pull quote set in quotation
    marks or without its full stop still matches the sentence it repeats. A paragraph of 8
    words or more is a pull quote when it is a sentence, a run of up to three sentences or a
    clause of another paragraph. Every comparison is a look-up in a set of hashed keys, so the
    pass takes time linear in the text (comparing each paragraph with every other did not).
    """
    keys = [_key(unit) for unit in units]
    parts: set[str] = set()  # keys of the sentences, runs and clauses of longer paragraphs
    for unit, key in zip(units, keys, strict=True):
        parts.update(_parts(unit) - {key})
    seen: set[str] = set()
    body: list[str] = []
    for unit, key in zip(units, keys, strict=True):
        repeated = key in seen or (key in parts and len(_words(unit)) >= 8)
        seen.add(key)
        if repeated:
            dropped.append((unit, "repeated paragraph"))
        else:
            body.append(unit)
    return body


def _parts(unit: str) -> set[str]:
    """Keys of the pieces of a paragraph a pull quote may repeat: its sentences, runs of up to
    three sentences, and clauses (between commas, semicolons, colons and dashes)."""
    sentences = [s for s in _SENTENCE_BREAK.split(unit) if s]
    found = set()
    for start in range(len(sentences)):
        for stop in range(start + 1, min(start + 3, len(sentences)) + 1):
            found.add(_key(" ".join(sentences[start:stop])))
    for sentence in sentences:
        found.update(_key(clause) for clause in _CLAUSE_BREAK.split(sentence))
    found.discard("")
    return found
