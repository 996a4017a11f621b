"""Issue kinds and the direction table: the data the contest layer reads.

An issue kind is a kind of contested question that recurs in the news (sanctions on a
target, a ceasefire, tariffs, an arms purchase ...). Each is one YAML file: the packaged
ones in ``greatgame/data/issues/kinds/``, an analyst's own in any folder given to
:func:`load_kinds` (a user kind with the id of a packaged one replaces it). A kind says

- ``objects``: the nouns of the measure or object ("sanction", "embargo"); a statement
  whose own words name one bears on the kind;
- ``high`` / ``low``: act words that move the object toward either pole ("impose" /
  "lift"); ``bare``: the pole of a statement that names the object but no act
  (``high``, ``low`` or ``none``);
- ``focus`` (a role label), ``focus_kinds`` (which actors can hold it), ``focus_self``
  (whether the speaking actor can be the focus itself: ``true``, ``false``, or ``doer``
  when it carries the kind's high act out, as a state testing its own missiles) and
  ``focus_preps`` (prepositions after which the focus is named: sanctions "on", troops
  "in"; with ``focus_named`` an instance needs its focus named so at least once;
  ``owner_focus: false`` where the owner of the object is not the focus: "Canada's
  duties" are imposed by Canada, on someone else; ``brokers`` for ``parties`` kinds: the
  words of a broker's part ("proposal", "mediated"): a player named with one ("the U.S.
  ceasefire proposal", "Qatar-mediated talks") is no party where two others are offered;
  ``hostile_parties``: the two parties are the pair that fights, as in a ceasefire): who
  the instance is about;
- optionally ``tone_pole`` (the pole a cooperative tone toward the focus points to, for
  kinds whose poles are a party's fortunes) and ``focus_pole`` (where the focus's own
  statements point), ``designators`` (one instance per weapon system named "S-400");
- ``name``, ``high_pole``, ``low_pole``: templates with ``{focus}``, ``{parties}``,
  ``{country}``, ``{object}``, and ``{person}`` / ``{state}`` (the focus when it is a
  person / when it is not).

``directions.yaml`` beside the kinds is the one table that turns a statement's kind,
event type and flags into an attitude, a weight and a salience bonus (see its header).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from greatgame.errors import InputError

POLES = {"high": 1, "low": -1, "none": 0}
FLAGS = ("negated", "future", "hypothetical", "attributed", "historical")
_REQUIRED = ("id", "title", "focus", "objects", "high", "low", "name", "high_pole", "low_pole")


def inflections(word: str) -> list[str]:
    """The forms a base word takes in news prose: its plural, past and participles.

    >>> inflections("impose")
    ['impose', 'imposes', 'imposed', 'imposing']
    >>> inflections("ban")[-2:]
    ['banned', 'banning']
    >>> inflections("withdraw")[-2:], inflections("pull out")[:3]  # a form too many is harmless
    (['withdrew', 'withdrawn'], ['pull out', 'pulls out', 'pulled out'])
    >>> inflections("aid"), inflections("tax")[:2]  # "-es" only after a sibilant or an "o"
    (['aid', 'aids', 'aided', 'aiding'], ['tax', 'taxes'])
    """
    w = word.lower()
    if " " in w:  # a phrase: its first word is inflected ("pull out", "pulled out")
        head, rest = w.split(" ", 1)
        return [f"{form} {rest}" for form in inflections(head)] + [w + "s"]
    if "-" in w or not w.isalpha():
        return [w] + ([w + "s"] if w[-1].isalpha() else [])
    return _regular(w) + list(irregular_verbs().get(w, ()))


@functools.cache
def irregular_verbs() -> Mapping[str, tuple[str, ...]]:
    """Irregular verbs' past forms (``data/issues/irregular_verbs.yaml``)."""
    path = "greatgame/data/issues/irregular_verbs.yaml"
    text = resources.files("greatgame").joinpath("data", "issues", "irregular_verbs.yaml")
    data = _parse(text.read_text(encoding="utf-8"), path)
    return {str(k): tuple(str(f) for f in v) for k, v in data.items()}


def _regular(w: str) -> list[str]:
    if w.endswith("e"):
        return [w, w + "s", w + "d", w[:-1] + "ing"]
    forms = [w, w + "es" if w.endswith(("s", "x", "z", "ch", "sh", "o")) else w + "s",
             w + "ed", w + "ing"]  # ("aid": "aids", never "aides")
    if w.endswith("y") and len(w) > 3 and w[-2] not in "aeiou":
        forms += [w[:-1] + "ies", w[:-1] + "ied"]
    if len(w) <= 4 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3:-2] not in "aeiou":
        forms += [w + w[-1] + "ed", w + w[-1] + "ing"]
    return forms


def phrase_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern for a list of words and phrases, each in any of its
    inflections, matched as whole words."""
    forms = sorted({f for w in words if w.strip() for f in inflections(w.strip())},
                   key=len, reverse=True)
    if not forms:
        return None
    alts = "|".join(re.escape(f).replace(r"\ ", r"[\s-]+") for f in forms)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class IssueKind:
    """One kind of contested question, compiled for matching."""

    id: str
    title: str
    focus: str
    focus_kinds: tuple[str, ...]  # in order of preference when candidates tie
    focus_self: bool | str  # True, False, or "doer": when it carries out the high act
    focus_preps: tuple[str, ...]
    focus_named: bool  # an instance needs its focus named after a preposition or as owner
    owner_focus: bool  # "X's <object>" names the focus (X's missiles), not the imposer
    brokers: re.Pattern[str] | None  # "parties" kinds: "the U.S. ceasefire proposal": a broker
    hostile_parties: bool  # "parties" kinds: the pair that fights, not the pair that talks
    objects: re.Pattern[str] | None
    high: re.Pattern[str] | None
    low: re.Pattern[str] | None
    bare: int
    tone_pole: int
    focus_pole: int
    designators: bool
    counters: bool  # the focus answering in kind (counter-tariffs) opposes the measure on it
    name: str
    high_pole: str
    low_pole: str
    source: str  # the file it was read from

    def act(self, text: str) -> int:
        """The pole the act word of ``text`` nearest an object of the kind points to
        (+1 / -1): in "asked for sanctions relief", "relief"; else 0."""
        return nearest_act(text, self.objects, self.high, self.low, self.designators)

    def trigger_act(self, text: str) -> int:
        """The pole of an act word that opens ``text`` (an event's own trigger: "vetoed
        the resolution", "lifted the sanctions"), else 0."""
        for pattern, sign in ((self.high, 1), (self.low, -1)):
            if pattern is not None and pattern.match(text):
                return sign
        return 0

    def names_object(self, text: str) -> bool:
        if self.designators and DESIGNATOR.search(text):
            return True
        return self.objects is not None and self.objects.search(text) is not None


# A weapon system's designator: "S-400", "F-35s", "SU 35", "Su-35", "J-20" (not the
# groups of states "G-20", "G7").
DESIGNATOR = re.compile(
    r"(?<![\w-])(?!G[- ]?\d)([A-Z][A-Za-z]?[A-Z]?)[- ]?(\d{2,3}[A-Z]?)s?(?![\w-])"
)


def _inside(span: tuple[int, int], named: list[tuple[int, int]]) -> bool:
    """Whether ``span`` is a part of a longer object phrase ("limit" in "term limit"):
    then it names the object, not an act on it."""
    return any(a <= span[0] and span[1] <= b and b - a > span[1] - span[0] for a, b in named)


def nearest_act(text: str, objects: re.Pattern[str] | None, high: re.Pattern[str] | None,
                low: re.Pattern[str] | None, designators: bool = False) -> int:
    """The pole of the act word nearest an object mention in ``text`` (ties: the one
    before it, as a verb precedes its object), or of the first act word when no object
    is named; 0 when ``text`` holds no act word. A word that is also an object of the
    kind ("accession", "martial law") is its act only when no other act word is there."""
    named = [m.span() for m in objects.finditer(text)] if objects is not None else []
    if designators:
        named += [m.span() for m in DESIGNATOR.finditer(text)]
    hits = [(m.start(), m.end(), sign) for pattern, sign in ((high, 1), (low, -1))
            if pattern is not None for m in pattern.finditer(text)
            if not _inside(m.span(), named)]
    hits = [h for h in hits if not TIME_MARK.search(text, max(0, h[0] - 30), h[0])]
    acts = [h for h in hits if (h[0], h[1]) not in named]  # words that are only acts
    hits = acts or hits  # an object that is an act itself ("martial law") when alone
    if not hits:
        return 0
    spots = [a for a, _ in named]
    if not spots:
        return min(hits)[2]
    hits = [h for h in hits if any(not _apart(text, h[0], s) for s in spots)]
    if not hits:
        return 0  # acts only in other clauses: "the presence is no longer efficient,
        # exposing the region to a withdrawal" says nothing of a withdrawal's merits

    def distance(hit: tuple[int, int, int]) -> tuple[int, int]:
        start, end, _ = hit
        gap = min(min(abs(s - end), abs(start - s)) for s in spots)
        return (gap, 0 if any(end <= s for s in spots) else 1)

    start, _, sign = min(hits, key=distance)
    return -sign if _reversed(text, start) else sign


# An act named only to date something ("aid given before the coup", "since the
# withdrawal", "before granting any relaxation"): no act of the statement's.
TIME_MARK = re.compile(r"\b(?:before|after|since|until|prior to|following|during|ahead of)"
                       r"\s+(?:\w+ing\s+)?(?:the\s+|this\s+|that\s+|its\s+|their\s+|any\s+|"
                       r"last\s+\w+['’]s\s+)?$", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[,;:]\s+(?:\w+ing|which|while|but|whereas|because|although|"
                          r"though)\b|[;:]", re.IGNORECASE)


def _apart(text: str, a: int, b: int) -> bool:
    """Whether a clause boundary (a comma before a participle or a subordinating word, a
    semicolon, a colon) separates character offsets ``a`` and ``b``."""
    lo, hi = sorted((a, b))
    return CLAUSE_BREAK.search(text, lo, hi) is not None


REVERSING_REACH = 3  # words between a reversing word and the act it turns round


def _reversed(text: str, start: int) -> bool:
    """Whether a reversing word ("reconsider", "abandon plans to") stands within a few
    words before the act word at ``start``: "urged Brussels to reconsider raising
    tariffs" asks for the low pole."""
    pattern = directions().reversing
    if pattern is None:
        return False
    before = text[max(0, start - 60):start]
    return any(len(before[m.end():].split()) <= REVERSING_REACH
               for m in pattern.finditer(before))


def _words(data: Mapping[str, Any], key: str, path: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(path, f"'{key}' must be a list of words or phrases")
    return value


def _pole(data: Mapping[str, Any], key: str, path: str) -> int:
    value = str(data.get(key, "none"))
    if value not in POLES:
        raise InputError(path, f"'{key}' must be high, low or none, not {value!r}")
    return POLES[value]


def _focus_self(value: Any, path: str) -> bool | str:
    if isinstance(value, bool) or value == "doer":
        return value
    raise InputError(path, f"'focus_self' must be true, false or doer, not {value!r}")


def kind_from(data: Any, path: str) -> IssueKind:
    """An IssueKind from one parsed YAML document; a bad field raises InputError."""
    if not isinstance(data, dict):
        raise InputError(path, "an issue kind must be a YAML mapping")
    missing = [k for k in _REQUIRED if k not in data]
    if missing:
        raise InputError(path, f"issue kind lacks {', '.join(missing)}")
    return IssueKind(
        id=str(data["id"]),
        title=str(data["title"]),
        focus=str(data["focus"]),
        focus_kinds=tuple(_words(data, "focus_kinds", path) or ["state"]),
        focus_self=_focus_self(data.get("focus_self", True), path),
        focus_preps=tuple(_words(data, "focus_preps", path)),
        focus_named=bool(data.get("focus_named", False)),
        owner_focus=bool(data.get("owner_focus", True)),
        brokers=phrase_pattern(_words(data, "brokers", path)),
        hostile_parties=bool(data.get("hostile_parties", False)),
        objects=phrase_pattern(_words(data, "objects", path)),
        high=phrase_pattern(_words(data, "high", path)),
        low=phrase_pattern(_words(data, "low", path)),
        bare=_pole(data, "bare", path),
        tone_pole=_pole(data, "tone_pole", path),
        focus_pole=_pole(data, "focus_pole", path),
        designators=bool(data.get("designators", False)),
        counters=bool(data.get("counter_measures", False)),
        name=str(data["name"]),
        high_pole=str(data["high_pole"]),
        low_pole=str(data["low_pole"]),
        source=path,
    )


def _parse(text: str, path: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InputError(path, f"not valid YAML ({exc})".replace("\n", " ")) from None


@functools.cache
def packaged_kinds() -> tuple[IssueKind, ...]:
    folder = resources.files("greatgame").joinpath("data", "issues", "kinds")
    found = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".yaml"):
            path = f"greatgame/data/issues/kinds/{item.name}"
            found.append(kind_from(_parse(item.read_text(encoding="utf-8"), path), path))
    return tuple(found)


def load_kinds(folder: str | Path | None = None) -> tuple[IssueKind, ...]:
    """The packaged kinds, and those of ``folder`` (its ``*.yaml``; same id replaces)."""
    kinds = {k.id: k for k in packaged_kinds()}
    if folder is not None:
        root = Path(folder)
        if not root.is_dir():
            raise InputError(root, "not a folder of issue kinds")
        for path in sorted(root.glob("*.yaml")):
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(path, f"cannot be read ({exc})") from None
            kind = kind_from(_parse(text, str(path)), str(path))
            kinds[kind.id] = kind
    return tuple(kinds.values())


@dataclass(frozen=True)
class Rule:
    """One row of the direction table."""

    attitude: int | str  # +1, -1, or "polarity" (a stance's own)
    weight: float
    salience: float
    tone: int = 0
    bare: bool = True  # reads a statement naming the object and no act
    aims: bool = False  # the event's target is whom the measure is aimed at
    withheld: bool = False  # negated, consent is withheld: against ("has not agreed to")


@dataclass(frozen=True)
class Directions:
    statements: Mapping[str, Rule]
    events: Mapping[str, Rule]
    flags: Mapping[str, tuple[int, float]]  # flag -> (sign, weight factor)
    reversing: re.Pattern[str] | None = None  # "reconsider raising": the act turned round


def _rule(row: Any, where: str) -> Rule:
    path = "greatgame/data/issues/directions.yaml"
    if not isinstance(row, dict) or "attitude" not in row or "weight" not in row:
        raise InputError(path, "a row needs attitude and weight", where=where)
    return Rule(attitude=row["attitude"], weight=float(row["weight"]),
                salience=float(row.get("salience", 0.0)), tone=int(row.get("tone", 0)),
                bare=bool(row.get("bare", True)), aims=bool(row.get("aims", False)),
                withheld=bool(row.get("withheld", False)))


@functools.cache
def directions() -> Directions:
    """The packaged direction table (``data/issues/directions.yaml``)."""
    path = "greatgame/data/issues/directions.yaml"
    text = resources.files("greatgame").joinpath("data", "issues", "directions.yaml")
    data = _parse(text.read_text(encoding="utf-8"), path)
    flags = data["flags"]
    if set(flags) != set(FLAGS):
        raise InputError(path, f"flags must be exactly {', '.join(FLAGS)}")
    return Directions(
        statements={k: _rule(v, k) for k, v in data["statements"].items()},
        events={k: _rule(v, k) for k, v in data["events"].items()},
        flags={k: (int(v["sign"]), float(v["weight"])) for k, v in flags.items()},
        reversing=phrase_pattern(_words(data, "reversing", path)),
    )
