"""Persons named in running text: runs of name words matched to the dictionary's persons.

The gazetteer (:mod:`greatgame.extract.gazetteer`) matches whole names; news often names
a person with fewer words than the dictionary lists ("Omar Hassan al-Bashir" for "Omar
Hassan Ahmad al Bashir"), or with a surname that is also another actor's name ("Edmond
Pope"). The functions here read those runs of capitalised words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from greatgame import resources

# Titles and honorifics before a person's name.
HONORIFICS = frozenset(
    """mr. mrs. ms. dr. prof. gen. lt. col. maj. capt. sen. rep. gov. amb. sayyed sayed
    sheikh mullah mawlawi imam president minister ambassador general commander chancellor
    premier king queen prince emperor envoy spokesman governor judge mayor senator justice
    representative congressman congresswoman secretary""".split()
)
# Honorifics that news keeps as part of the name ("Sayyed Mohammad Akbar Agha").
NAME_HONORIFICS = frozenset({"sayyed", "sayed", "sheikh", "mullah", "mawlawi", "imam"})
TITLES = HONORIFICS - NAME_HONORIFICS  # "President", "General": not part of the name
# Lower-case words inside a person's name ("Omar Hassan al-Bashir", "Ursula von der Leyen").
NAME_JOINERS = frozenset({"al", "el", "bin", "ibn", "ben", "abu", "von", "van", "der", "den",
                          "de", "del", "da", "dos", "du", "la", "le"})
ROMAN = re.compile(r"^[ivx]+$")  # "Hassan II": a regnal number, not another name
DAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTH_NAMES = frozenset("""january february march april may june july august september
    october november december""".split())
# Capitalised words that are no part of a name (days and months open and close name runs).
NOT_NAME_WORDS = DAY_NAMES | MONTH_NAMES


@lru_cache(maxsize=1)
def person_words() -> frozenset[str]:
    """Every word of every person's name in the gazetteer."""
    return frozenset(w for e in resources.actors() if e.kind == "person"
                     for p in e.phrases for w in p.replace("-", " ").split())


def whole_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Persons named with fewer words than the dictionary lists, and first names that are
    part of another's name.

    A run of name words ("Omar Hassan al-Bashir") whose words the dictionary lists in the
    same order, ending on the surname, in a longer name ("Omar Hassan Ahmad al Bashir")
    names that person when only one person fits, or only persons of one country. A person
    matched on the run's first words is another's name and is dropped: "Hassan" there is
    not Jordan's king, nor "Abdullah" in "Abdullah Ocalan" Jordan's. A match on the last
    words stands ("General Pervez Musharraf", "Hosni Mubarak").
    """
    persons, out = [], []
    for span in spans:
        (persons if span.label_ == "ACTOR" and _is_person(span.kb_id_) else out).append(span)
    taken = {i for s in out for i in range(s.start, s.end)}
    for start, end in _name_runs(doc, taken):
        if end - start < 2:
            continue
        inside = [s for s in persons if start <= s.start and s.end <= end]
        words = [t.lower_ for t in doc[start:end] if t.is_alpha]
        named = [w for w in words if w not in NAME_JOINERS and not ROMAN.match(w)]
        if len(named) < 2 or any(_name_count(doc[s.start:end]) == _name_count(s)
                                 for s in inside):
            continue  # one word, or a match on the surname ("Hosni Mubarak", "Mubarak")
        for span in inside:
            persons.remove(span)
        entry = _dictionary_person(tuple(words))
        if entry is not None:
            out.append(Span(doc, start, end, label="ACTOR", kb_id=entry.id))
    return out + persons


def _is_person(actor_id: str) -> bool:
    entry = resources.actor(actor_id)
    return entry is not None and entry.kind == "person"


def _name_count(span: Span) -> int:
    return sum(1 for t in span if t.is_alpha and t.lower_ not in NAME_JOINERS)


def _name_runs(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised name words, with the particles and hyphens between them
    ("Omar Hassan al-Bashir"), over tokens no other gazetteer span takes."""
    runs: list[tuple[int, int]] = []
    start = None
    for tok in doc:
        piece = tok.i not in taken and (_name_word(tok) or (start is not None and (
            tok.lower_ in NAME_JOINERS or (tok.text == "-" and not tok.whitespace_)
            or _hyphened(tok))))
        if start is not None and (not piece or tok.is_sent_start):
            runs.append(_trim_run(doc, start, tok.i))
            start = None
        if piece and start is None and (_name_word(tok) or tok.lower_ in NAME_JOINERS):
            start = tok.i
    if start is not None:
        runs.append(_trim_run(doc, start, len(doc)))
    return runs


def _name_word(tok: Token) -> bool:
    """A capitalised word that may be part of a name; at the start of a sentence, only
    before another ("Augusto Pinochet" with "Augusto" tagged an adjective)."""
    if not (tok.text[:1].isupper() and tok.is_alpha and tok.lower_ not in NOT_NAME_WORDS
            and tok.lower_ not in TITLES):
        return False
    if tok.pos_ == "PROPN" or not tok.is_sent_start:
        return True
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return not tok.is_stop and nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title


def _hyphened(tok: Token) -> bool:
    """The lower-case part of a name joined by a hyphen ("Kim Young-sam", "Kim Jong-il")."""
    doc = tok.doc
    return tok.is_alpha and tok.is_lower and tok.i >= 2 and doc[tok.i - 1].text == "-" \
        and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_ \
        and _name_word(doc[tok.i - 2])


def _trim_run(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while end > start and not (_name_word(doc[end - 1]) or _hyphened(doc[end - 1])):
        end -= 1
    return start, end


def _dictionary_person(words: tuple[str, ...]) -> resources.ActorEntry | None:
    """The one dictionary person whose name has these words in this order, the last its
    surname; of several of one country, the one with the most roles; None otherwise."""
    fits = {entry.id: entry for full, entry in resources.person_names().get(words[-1], ())
            if _in_order(words, full)}
    countries = {r.country for e in fits.values() for r in e.roles if r.country}
    if not fits or (len(fits) > 1 and len(countries) != 1):
        return None
    return max(fits.values(), key=lambda e: (len(e.roles), e.id))


def _in_order(words: tuple[str, ...], full: tuple[str, ...]) -> bool:
    rest = iter(full)
    return all(word in rest for word in words)


def surname(span: Span, covered: set[int]) -> bool:
    """Is a one-word name that is no person's the surname of someone the dictionary lacks,
    after a first name no other span takes ("American businessman Edmond Pope" is not the
    Pope)?"""
    if span.label_ != "ACTOR" or len(span) != 1 or _is_person(span.kb_id_):
        return False
    return after_first_name(span[0]) and span.start - 1 not in covered


def after_first_name(tok: Token) -> bool:
    """Does the word follow a first name, a capitalised word of a person's name in the
    dictionary, inside its sentence ("Edmond Pope")?"""
    if tok.i == tok.sent.start:
        return False
    before = tok.doc[tok.i - 1]
    return before.pos_ == "PROPN" and _name_word(before) and before.whitespace_ == " " \
        and before.lower_ in person_words()
