"""Temporal expressions, normalised against the publication date.

Values are ISO 8601 at the precision the text gives: ``2017-02-13`` (day), ``2017-02``
(month), ``2016`` (year), ``198X`` (decade), ``19XX`` (century), ``2017-W11`` (week),
``2017-W10-WE`` (weekend), ``2016-SU`` (season, as in TIMEX3) and ``2002/2017`` for spans
such as "the past 15 years". Absolute strings ("February 13, 2017", "13 Feb 2017") are
read with dateparser; relative ones ("last month", "Tuesday", "December of last year",
"two years ago") by the resolver here, so the rules stay visible and testable.

Without a publication date, expressions that need one are skipped.

>>> import datetime as dt
>>> [(t.text, t.value) for t in find_dates("Last month, Moscow hosted talks.",
...                                        published=dt.date(2017, 3, 15))]
[('Last month', '2017-02')]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from greatgame.records import TimeRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8,
    "sep.": 9, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SEASONS = {"spring": ("SP", 5), "summer": ("SU", 8), "fall": ("FA", 11),
           "autumn": ("FA", 11), "winter": ("WI", 2)}  # code, last month of the season
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip
ORDINALS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}

# Month and weekday names match only when capitalised, so "may" and "march" the verbs
# are not dates; everything else ignores case.
_MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NUM = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
       r"fifteen|twenty|thirty)"
_UNIT = r"(?:days?|weeks?|months?|years?|decades?|centuries|century)"
_MOD = r"(?:(?:early|late|mid)[-\s]?)"
_MONTH_CUE = (
    r"(?:in|since|until|till|by|from|to|through|during|before|after|of|on|and|or|between|"
    r"end of|beginning of|start of|early|late|mid)"
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?:resolution|no\.|number|article|route|highway|flight|room|page|chapter|section|"
    r"vision|agenda|\$|#)\s*$",
    re.I,
)
_COUNT_AFTER = re.compile(
    r"\s*(?:%|percent|troops|soldiers|people|men|women|children|km|kilomet|miles|dollars|"
    r"euros|tons|tonnes|members|fighters|refugees|cases|deaths|votes|meters|metres|hours)",
    re.I,
)
_YEAR_CUES = frozenset(
    "in since until till by from to through during before after of and or between early "
    "late mid around circa fiscal spring summer autumn fall winter year".split()
)
_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|is to|are to|scheduled|plans? to|planning to|expected to|"
    r"due to|(?:is|are) set to|going to|next)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s")


class _Memory:
    """The last value seen at each precision, for "that decade" and "the same year"."""

    def __init__(self) -> None:
        self.last: dict[str, str] = {}

    def note(self, value: str) -> None:
        kind = _precision(value)
        self.last[kind] = value
        if kind in ("day", "month"):
            self.last["year"] = value[:4]
        if kind in ("day", "month", "year"):
            self.last["decade"] = value[:3] + "X"


def _precision(value: str) -> str:
    for kind, pattern in (
        ("interval", r".+/.+"), ("day", r"\d{4}-\d\d-\d\d"), ("month", r"\d{4}-\d\d"),
        ("year", r"\d{4}"), ("decade", r"\d{3}X"), ("century", r"\d\dXX"),
    ):  # fmt: skip
        if re.fullmatch(pattern, value):
            return kind
    return "other"


# --- calendar helpers -------------------------------------------------------------------


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(day: dt.date, delta: int) -> tuple[int, int]:
    index = day.year * 12 + (day.month - 1) + delta
    return index // 12, index % 12 + 1


def _week(day: dt.date, suffix: str = "") -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}{suffix}"


def _nearest_year(month: int, day: int | None, anchor: dt.date) -> int:
    """The year that puts a month (and day) closest to the anchor; ties go to the past."""
    best: tuple[int, int] = (10**6, anchor.year)
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            when = dt.date(year, month, day or 15)
        except ValueError:
            continue
        gap = abs((when - anchor).days) * 2 + (1 if when > anchor else 0)
        best = min(best, (gap, year))
    return best[1]


def _count(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBERS.get(word)


def _unit(word: str) -> str:
    word = word.lower()
    return "century" if word.startswith("centur") else word.rstrip("s")


@lru_cache(maxsize=1)
def _date_parser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"},
    )


@lru_cache(maxsize=4096)
def parse_absolute(text: str) -> tuple[int | None, int | None, int | None]:
    """Year, month and day an absolute date string names (None where it names none).

    >>> parse_absolute("13 February 2017")
    (2017, 2, 13)
    """
    data = _date_parser().get_date_data(text)
    if data is None or data.date_obj is None:
        return None, None, None
    parts = set(data.get("parts") or ()) if hasattr(data, "get") else set()
    if not parts:  # older dateparser: fall back on the period it reports
        parts = {"day": {"year", "month", "day"}, "month": {"year", "month"}}.get(
            data.period or "", {"year"}
        )
    when = data.date_obj
    return (
        when.year if "year" in parts else None,
        when.month if "month" in parts else None,
        when.day if "day" in parts else None,
    )


# --- resolvers: one per pattern ---------------------------------------------------------

Anchor = dt.date | None
Resolver = Callable[[re.Match[str], Anchor, _Memory, str], str | None]


def _r_iso(m: re.Match[str], anchor: Anchor, memory: _Memory, text: str) -> str | None:
    year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _r_month_day(m: re.Match[str], anchor: Anchor, memory: _Memory, text: str) -> str | None:
    phrase = f"{m['d']} {m['m']} {m['y']}" if m["y"] else f"{m['d']} {m['m']} 2000"
    year, month, day = parse_absolute(re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", phrase))
    if month is None or day is None:
        return None
    if not m["y"]:
        if anchor is None:
            return None
        year = _nearest_year(month, day, anchor)
    try:
        return dt.date(year or 0, month, day).isoformat()
    except ValueError:
        return None


def _r_month_year(m: re.Match[str], anchor: Anchor, memory: _Memory, text: str) -> str | None:
    year, month, _ = parse_absolute(f"{m['m']} {m['y']}")
    if year is None or month is None:
        return None
    return _ym(year, month)


def _r_month_rel_year(
    m: re.Match[str], anchor: Anchor, memory: _Memory, text: str
) -> str | None:
    if anchor is None:
        return None
    shift = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return _ym(anchor.year + shift, MONTHS[m["m"].lower()])


def _r_rel_month(m: re.Match[str], anchor: Anchor, memory: _Memory, text: str) -> str | None:
    if anchor is None:
        return None
    month, rel = MONTHS[m["m"].lower()], m["rel"].lower()
    if rel == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif rel == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    else:
        year = anchor.year
    return _ym(year, month)


def _r_bare_month(m: re.Match[str], anchor: Anchor, memory: _Memory, text: str) -> str | None:
    if anchor is None:
        return None
    month = MONTHS[m["m"].lower()]
    if _FUTURE.search(_sentence_around(text, m.start(), m.end())):
        return _ym(anchor.year if month >= anchor.month else anchor.year + 1, month)
    return _ym(_nearest_year(month, None, anchor), month)


def _r_relative(m: re.Match[str], anchor: Anchor, memory: _Memory, text: str) -> str | None:
    """last/this/next week, month, year, weekend; 'the past year' is a span."""
    if anchor is None:
        return None
    rel, unit = m["rel"].lower(), m["u"].lower()
    if rel == "past":
        if unit == "year":
            return f"{_ym(anchor.year - 1, anchor.month)}/{_ym(anchor.year, anchor.month)}"
        if unit == "month":
            return f"{_ym(*_shift_month(anchor, -1))}/{_ym(anchor.year, anchor.month)}"
        if unit == "week":
            return f"{(anchor - dt.timedelta(days=7)).isoformat()}/{anchor.isoformat()}"
        return None
    shift = {"last": -1, "this": 0, "next": 1, "coming": 1}[rel]
    if unit == "year":
        return f"{anchor.year + shift:04d}"
    if unit == "month":
        return _ym(*_shift_month(anchor, shift))
    if unit == "week":
        return _week(anchor + dt.timedelta(weeks=shift))
    if unit == "weekend":
        saturday = anchor + dt.timedelta(days=5 - anchor.weekday())
        if rel == "last" and anchor.weekday() < 5:
            saturday -= dt.timedelta(days=7)
        return _week(saturday + dt.timedelta(weeks=max(shift, 0)), "-WE")
    return None


def _r_the_weekend(m: re.Match[str], anchor: Anchor, memory: _Memory, text: str) -> str | None:
    if anchor is None:
        return None
    back = (anchor.weekday() - 5) % 7  # days since the last Saturday, 0 on a Saturday
    return _week(anchor - dt.timedelta(days=back), "-WE")


def _offset(anchor: dt.date, unit: str, n: int) -> str | None:
    if unit == "day":
        return (anchor + dt.timedelta(days=n)).isoformat()
    if unit == "week":
        return _week(anchor + dt.timedelta(weeks=n))
    if unit == "month":
        return _ym(*_shift_month(anchor, n))
    if unit == "year":
        return f"{anchor.year + n:04d}"
    if unit == "decade":
        return f"{(anchor.year + 10 * n) // 10:03d}X"
    if unit == "century":
        return f"{(anchor.year + 100 * n) // 100:02d}XX"
    return None


def _r_ago(m: re.Match[str], anchor: Anchor, memory: _Memory, text: str) -> str | None:
    n = _count(m["n"])
    if anchor is None or n is None:
        return None
    return _offset(anchor, _unit(m["u"]), -n)


def _r_from_now(m: re.Match[str], anchor: Anchor, memory: _Memory, text: str) -> str | None:
    n = _count(m["n"])
    if anchor is None or n is None:
        return None
    return _offset(anchor, _unit(m["u"]), n)


def _r_past_n(m: re.Match[str], anchor: Anchor, memory: _Memory, text: str) -> str | None:
    n, unit = _count(m["n"]), _unit(m["u"])
    if anchor is None or n is None:
        return None
    if unit in ("year", "decade", "century"):
        years = n * {"year": 1, "decade": 10, "century": 100}[unit]
        return f"{anchor.year - years:04d}/{anchor.year:04d}"
    if unit == "month":
        return f"{_ym(*_shift_month(anchor, -n))}/{_ym(anchor.year, anchor.month)}"
    days = n * (7 if unit == "week" else 1)
    return f"{(anchor - dt.timedelta(days=days)).isoformat()}/{anchor.isoformat()}"


def _r_day_word(m: re.Match[str], anchor: Anchor, memory: _Memory, text: str) -> str | None:
    if anchor is None:
        return None
    word = m["w"].lower()
    shift = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0
    return (anchor + dt.timedelta(days=shift)).isoformat()


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(0, start - 200)
    heads = list(_SENTENCE_END.finditer(text, left, start))
    begin = heads[-1].end() if heads else left
    tail = _SENTENCE_END.search(text, end, end + 200)
    return text[begin : tail.start() if tail else min(len(text), end + 200)]


def _r_weekday(m: re.Match[str], anchor: Anchor, memory: _Memory, text: str) -> str | None:
    if anchor is None:
        return None
    target = WEEKDAYS.index(m["w"].lower())
    rel = (m["rel"] or "").lower()
    if rel == "this":
        return (anchor + dt.timedelta(days=target - anchor.weekday())).isoformat()
    if rel == "next":
        ahead = (target - anchor.weekday()) % 7 or 7
        return (anchor + dt.timedelta(days=ahead)).isoformat()
    if rel == "last":
        back = (anchor.weekday() - target) % 7 or 7
        return (anchor - dt.timedelta(days=back)).isoformat()
    if _FUTURE.search(_sentence_around(text, m.start(), m.end())):
        return (anchor + dt.timedelta(days=(target - anchor.weekday()) % 7)).isoformat()
    return (anchor - dt.timedelta(days=(anchor.weekday() - target) % 7)).isoformat()


def _r_decade(m: re.Match[str], anchor: Anchor, memory: _Memory, text: str) -> str | None:
    g = m.groupdict()
    if g.get("y"):
        return g["y"][:3] + "X"
    if g.get("yy"):
        modern = 2000 + int(g["yy"])
        year = modern if anchor is not None and modern <= anchor.year else 1900 + int(g["yy"])
        return f"{year // 10:03d}X"
    before = text[max(0, m.start() - 8) : m.start()].lower()
    if re.search(r"\b(?:his|her|their|its|my|your|our)\s*$", before):
        return None  # an age: "in her forties"
    return f"19{DECADE_WORDS[m['w'].lower()]}X"


def _r_century(m: re.Match[str], anchor: Anchor, memory: _Memory, text: str) -> str | None:
    n = int(m["n"]) if m["n"] else ORDINALS[m["w"].lower()]
    return f"{n - 1:02d}XX"


def _r_season(m: re.Match[str], anchor: Anchor, memory: _Memory, text: str) -> str | None:
    if m["s2"]:
        return f"{m['y']}-{SEASONS[m['s2'].lower()][0]}"
    code, last_month = SEASONS[m["s"].lower()]
    if anchor is None:
        return None
    rel = m["rel"].lower()
    if rel == "last":
        year = anchor.year if anchor.month > last_month else anchor.year - 1
    elif rel == "next":
        year = anchor.year if anchor.month < last_month - 2 else anchor.year + 1
    else:
        year = anchor.year
    return f"{year}-{code}"


def _r_that(m: re.Match[str], anchor: Anchor, memory: _Memory, text: str) -> str | None:
    return memory.last.get(m["u"].lower())


def _r_year(m: re.Match[str], anchor: Anchor, memory: _Memory, text: str) -> str | None:
    before = text[max(0, m.start() - 24) : m.start()]
    if _NOT_YEAR_BEFORE.search(before):
        return None
    name = re.search(r"(?:^|[^.!?\s]\s+)([A-Z][a-z]+)\s+$", before)
    if name and name[1].lower() not in _YEAR_CUES:
        return None  # part of a name: "Equal Measures 2030", "Global Terrorism Index 2025"
    if _COUNT_AFTER.match(text, m.end()):
        return None
    year = int(m["y"])
    if anchor is not None and year > anchor.year + 30:
        return None  # a count, not a date
    return f"{year:04d}"


_RULES: tuple[tuple[str, Resolver], ...] = (
    (r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b", _r_iso),
    (rf"\b(?:{_WEEKDAY},?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY})\b(?:,?\s+(?P<y>{_YEAR})\b)?",
     _r_month_day),
    (rf"\b(?:{_WEEKDAY},?\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?\b",
     _r_month_day),
    (rf"\b{_MOD}?(?P<m>{_MONTH})(?:,?\s+|\s+of\s+)(?P<y>{_YEAR})\b", _r_month_year),
    (rf"\b{_MOD}?(?P<m>{_MONTH}),?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b",
     _r_month_rel_year),
    (rf"\b(?P<rel>last|this|next)\s+(?P<m>{_MONTH})\b", _r_rel_month),
    (rf"(?<!\w)(?:{_MONTH_CUE})\s+(?:the\s+)?(?P<t>{_MOD}?(?P<m>{_MONTH}))\b", _r_bare_month),
    (r"\b(?:(?:earlier|later|early|late)\s+)?(?:the\s+)?(?P<rel>last|this|next|past|coming)"
     r"\s+(?P<u>week|month|year|weekend)\b", _r_relative),
    (r"\b(?:over|during|at|on)\s+the\s+(?P<t>weekend)\b", _r_the_weekend),
    (rf"\b(?P<n>{_NUM})\s+(?P<u>{_UNIT})\s+ago\b", _r_ago),
    (rf"\b(?P<n>{_NUM})\s+(?P<u>{_UNIT})\s+from\s+now\b", _r_from_now),
    (rf"\b(?:the\s+)?(?:past|last|previous)\s+(?P<n>{_NUM})\s+(?P<u>{_UNIT})\b", _r_past_n),
    (r"\b(?P<w>today|yesterday|tomorrow|tonight|last night|this morning|this afternoon|"
     r"this evening)\b", _r_day_word),
    (rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<w>{_WEEKDAY})\b(?!\s+(?-i:Times|Telegraph|Post|"
     r"Express|Herald|Mail|Prayers?))", _r_weekday),
    (rf"\b(?:the\s+)?{_MOD}?(?:(?P<y>1[5-9]\d0|20\d0)s|'(?P<yy>\d0)s)\b", _r_decade),
    (rf"\b(?:the\s+)?{_MOD}?(?P<w>{'|'.join(DECADE_WORDS)})\b", _r_decade),
    (rf"\b(?:the\s+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>{'|'.join(ORDINALS)}))"
     r"\s+century\b", _r_century),
    (rf"\b(?:(?P<rel>last|this|next)\s+(?P<s>spring|summer|autumn|fall|winter)|"
     rf"(?P<s2>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y>{_YEAR}))\b", _r_season),
    (r"\b(?:that|the same)\s+(?P<u>decade|year|month|day)\b", _r_that),
    (rf"(?<![\d,.$£€-])\b(?P<y>{_YEAR})\b(?![,.]\d|-\d\d-)", _r_year),
)  # fmt: skip
_COMPILED = tuple((re.compile(pattern, re.I), resolve) for pattern, resolve in _RULES)


def find_dates(text: str, *, published: dt.date | None = None) -> Iterator[TimeRef]:
    """Every temporal expression in ``text``, in order, longest match winning overlaps."""
    found: list[tuple[int, int, re.Match[str], Resolver]] = []
    for pattern, resolve in _COMPILED:
        for m in pattern.finditer(text):
            group = "t" if "t" in pattern.groupindex and m["t"] else 0
            found.append((m.start(group), m.end(group), m, resolve))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    chosen: list[tuple[int, int, re.Match[str], Resolver]] = []
    for item in found:
        if all(item[1] <= c[0] or item[0] >= c[1] for c in chosen):
            chosen.append(item)
    memory = _Memory()
    for start, end, m, resolve in sorted(chosen, key=lambda c: c[0]):
        value = resolve(m, published, memory, text)
        if value is None:
            continue
        memory.note(value)
        yield TimeRef(text=text[start:end], value=value, start=start, end=end)


def dates(doc: Doc, *, published: dt.date | None = None) -> Iterator[TimeRef]:
    """Every temporal expression in a parsed article (offsets into ``doc.text``)."""
    yield from find_dates(doc.text, published=published)


def governing_verb(doc: Doc, ref: TimeRef) -> Token | None:
    """The verb whose statement a date belongs to, where the parse shows one."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX") and token.i not in range(span.start, span.end):
            return token
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None
