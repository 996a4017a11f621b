"""Where the person names of a parsed article are: the token spans of names.

Names come from the NER (``PER``, widened over the capitalised words around it: a draft NER
often finds only "Zamir"), from honorifics ("Mr. Arafat") and from appositions that
describe a person ("Francesco Sisci, an Italian Sinologist,": a name the NER calls a place
or an organisation); they are trimmed of what a draft NER lets into their edges, and
organisations, publications, places, weekdays and heading debris are left out.
:mod:`greatgame.extract.persons` makes actors of them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from greatgame import resources
from greatgame.extract.actors import PERSON_ROLE, heading_lines
from greatgame.extract.gazetteer import SPANS_KEY
from greatgame.extract.index import ActorIndex
from greatgame.extract.name_runs import (
    HONORIFICS,
    NAME_HONORIFICS,
    NAME_JOINERS,
    NOT_NAME_WORDS,
    TITLES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SOURCE_NOUNS = frozenset(
    """source sources diplomat diplomats analyst analysts expert experts observer observers
    official officials witness witnesses resident residents activist activists researcher
    researchers insider insiders commentator commentators critic critics spokesman
    spokeswoman spokesperson lawmaker lawmakers journalist journalists""".split()
)
NOT_NAMES = frozenset("the a an in on at of and but for to".split()) | NOT_NAME_WORDS
# Words that make a capitalised run an organisation, a publication or a place, not a person.
NOT_PERSON_WORDS = frozenset(
    """center centre institute institution university college foundation council committee
    commission party states studies school academy agency news times post press tv radio
    network ministry department bank company corporation group forum association union
    alliance front army movement club society church english endowment court airport
    island islands province region district city county republic kingdom daily weekly
    cyclone cyclones storm hurricane typhoon""".split()
)
PERSON_SUFFIXES = ("ist", "or", "er", "ian", "man", "woman", "person")
# The endings of agent nouns; a noun with one in NOT_PERSON_WORDS ("center") is not a person.
REGIONS = frozenset(
    """europe asia africa america americas oceania eurasia arctic antarctica balkans
    caucasus sahel levant gulf""".split()
)
# A name right after these is a place ("the base on Diego Garcia", "appeared in …").
PLACE_CASES = frozenset({"in", "on", "at", "near", "inside", "across", "throughout"})
_EDGE_OK_POS = frozenset({"PROPN", "NOUN", "ADJ", "X"})


def _name_run(doc: Doc, start: int, end: int, index: ActorIndex) -> tuple[int, int]:
    """Widen a name over the capitalised words around it that no actor claims."""

    def ok(i: int, *, forward: bool = False) -> bool:
        tok = doc[i]
        # a sentence cannot start right after a name word: that is a segmentation slip
        starts = tok.is_sent_start and not (forward and _name_word(doc[i - 1]))
        return (tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text or "'" in tok.text)
                and tok.lower_ not in NOT_NAMES and index.ref_at(i) is None and not starts)

    while start > 0 and ok(start - 1) and doc[start - 1].lower_ not in TITLES:
        start -= 1
    while end < len(doc) and not _repeats(doc, start, end):
        if ok(end, forward=True) and doc[end].lower_ not in TITLES:
            end += 1
        elif doc[end].text == "-" and not doc[end - 1].whitespace_ and \
                not doc[end].whitespace_ and end + 1 < len(doc) and ok(end + 1):
            end += 2  # "Ken Saro-Wiwa"
        elif doc[end].lower_ in NAME_JOINERS and end + 1 < len(doc) and ok(end + 1):
            end += 2  # "Ursula von der Leyen", "Bashar al Assad"
        elif doc[end].lower_ in NAME_JOINERS and end + 2 < len(doc) and \
                doc[end + 1].lower_ in NAME_JOINERS and ok(end + 2):
            end += 3
        else:
            break
    return start, end


def _repeats(doc: Doc, start: int, end: int) -> bool:
    """True when the name starts again at ``end``: "David Gee David Gee" is two mentions
    (but "Mohamed Abdullahi Mohamed" is one name)."""
    return end - start >= 2 and end + 1 < len(doc) and \
        doc[end].text == doc[start].text and doc[end + 1].text == doc[start + 1].text


def _name_word(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha and tok.lower_ not in NOT_NAMES


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop what a draft NER lets into a name's edges: "Evan Fowler of", "Misri said",
    "Mohamed Qoone,"."""
    def edge_ok(tok: Token, *, first: bool) -> bool:
        if tok.text[:1].isupper() and ("-" in tok.text or "'" in tok.text):
            return True
        if not _name_word(tok) or tok.is_stop:
            return False
        # a tagger slip on a first name ("Hugh" an adverb) matters less than one on a word
        # after the name ("Moise Shortly"); at a sentence start capitals say nothing
        return tok.pos_ in _EDGE_OK_POS or tok.tag_ in ("NNP", "NNPS") or \
            tok.lower_ in NAME_HONORIFICS or (first and not tok.is_sent_start)

    while start < end and (not edge_ok(doc[start], first=True) or (
            doc[start].lower_ in TITLES and end - start > 2)):
        start += 1  # "General Christopher Lockyear": the title is not the name
    while end > start and not edge_ok(doc[end - 1], first=end - 1 == start):
        end -= 1
    return start, end


def _not_a_person(doc: Doc, start: int, end: int, headings: list[tuple[int, int]]) -> bool:
    """Organisations, publications, places, weekdays and heading debris the NER calls
    persons."""
    span = doc[start:end]
    words = [t.lower_ for t in span if t.is_alpha]
    if not words or all(w in NOT_NAMES for w in words):
        return True
    nxt = doc[end] if end < len(doc) else None
    if any(w in NOT_PERSON_WORDS for w in words) or (
        nxt is not None and nxt.lower_ in NOT_PERSON_WORDS and nxt.text[:1].isupper()
    ):
        return True
    places = resources.places()
    if span.text.lower() in places or words[-1] in REGIONS or span.text.lower() in REGIONS:
        return True
    if start >= 2 and doc[start - 1].lower_ in ("and", "or", ",") and \
            doc[start - 2].lower_ in places:
        return True  # "from Mosul and Raqqa": coordinated with a place, a place
    if len(words) == 1 and (words[0] in HONORIFICS or (
            nxt is not None and nxt.lower_ in HONORIFICS and nxt.text[:1].isupper())):
        return True  # "Justice", "Democratic Representative …"
    return any(a <= span.start_char and span.end_char <= b for a, b in headings)


def _place_names(doc: Doc, found: list[tuple[int, int]]) -> set[str]:
    """Names that stand after a locative preposition somewhere in the text ("on Diego
    Garcia", "the base in Diego Garcia"): places wherever they occur, also where the NER
    did not find them. A possessive ("in Trump's view") does not count."""
    out: set[str] = set()
    text = doc.text
    for name in {doc[start:end].text for start, end in found}:
        after = "|".join(PLACE_CASES)
        if re.search(rf"\b(?:{after}) (?:the )?{re.escape(name)}\b(?!['’]s)", text, re.I):
            out.add(name)
    return out


def _claimed(doc: Doc) -> set[int]:
    """Tokens the gazetteer matched (places, demonyms, role nouns): never person names."""
    spans = doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else []
    return {i for span in spans for i in range(span.start, span.end)}


def release_namesakes(doc: Doc, index: ActorIndex) -> None:
    """A surname the actor dictionary matched alone, at the end of a longer name the NER
    found whose other words are not the dictionary person's ("Ilyas Ali Hassan", where
    the dictionary knows another Hassan): that name is someone else's. The dictionary's
    match is dropped, so the full name is read as a person of the article's own (and a
    later "Hassan" as his surname); a full name the dictionary knows it matched whole.
    """
    spans = list(doc.spans.get(SPANS_KEY, ()))
    released: set[int] = set()
    taken: set[tuple[str, str]] = set()  # (dictionary person, surname) the article's own
    for ent in doc.ents:
        if ent.label_ not in ("PER", "PERSON") or len(ent) < 2:
            continue
        last = ent.end - 1
        ref = index.ref_at(last)
        info = index.actors.get(ref.actor) if ref is not None else None
        if info is None or info.kind != "person" or ref.start != last or ref.how != "name":
            continue
        firsts = [t for t in doc[ent.start:last] if index.ref_at(t.i) is None]
        known = {w.lower() for w in info.name.split()}
        if len(firsts) == last - ent.start and all(
                t.is_alpha and t.text[:1].isupper() and t.lower_ not in known for t in firsts):
            taken.add((ref.actor, doc[last].lower_))
    for ref in list(index.refs):  # and every lone mention of that surname
        if ref.end - ref.start == 1 and (ref.actor, doc[ref.start].lower_) in taken:
            index.remove(ref)
            released.add(ref.start)
    if released:
        doc.spans[SPANS_KEY] = [s for s in spans
                                if not (s.label_ == "ACTOR" and s.start in released)]


def candidates(doc: Doc, index: ActorIndex, *,
                text: str | None = None) -> list[tuple[int, int]]:
    """The token spans of person names: the NER's, names after an honorific, names an
    apposition describes; trimmed, no place, organisation or heading, no overlaps."""
    claimed = _claimed(doc)
    found = _ner_names(doc, index, claimed) + _honoured_names(doc, index) + \
        _described_names(doc, index, claimed)
    out: list[tuple[int, int]] = []
    headings = heading_lines(doc.text if text is None else text)
    places = _place_names(doc, found)
    for start, end in sorted({_trim(doc, start, end) for start, end in found}):
        if end <= start or not _name_like(doc, start, end) or \
                _not_a_person(doc, start, end, headings) or doc[start:end].text in places:
            continue
        if out and start < out[-1][1]:
            if end - start > out[-1][1] - out[-1][0]:
                out[-1] = (start, end)
            continue
        out.append((start, end))
    return out


def _name_like(doc: Doc, start: int, end: int) -> bool:
    """Words of a name: no dotted abbreviation ("U.S."), no lone stop word, capitals-only
    word or word of under three letters."""
    words = [t for t in doc[start:end] if t.is_alpha]
    if not words or any("." in t.text for t in doc[start:end]):
        return False
    return len(words) > 1 or not (words[0].is_stop or words[0].is_upper or len(words[0]) < 3)


def _ner_names(doc: Doc, index: ActorIndex, claimed: set[int]) -> list[tuple[int, int]]:
    """The NER's person names, widened over the capitalised words around them and cut
    back from the words the gazetteer matched."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("PER", "PERSON"):
            continue
        start, end = _trim(doc, ent.start, ent.end)
        if end <= start or any(index.ref_at(i) is not None or i in claimed
                               for i in range(start, end)):
            continue
        start, end = _name_run(doc, start, end, index)
        while start < end and start in claimed:
            start += 1
        while end > start and end - 1 in claimed:
            end -= 1
        if end > start and not any(i in claimed for i in range(start, end)):
            found.append((start, end))
    return found


def _honoured_names(doc: Doc, index: ActorIndex) -> list[tuple[int, int]]:
    """Names after an honorific ("Mr. Arafat", "Sheikh Hasina": the honorific kept where
    news keeps it in the name)."""
    found = []
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.lower_ in HONORIFICS and nxt.text[:1].isupper() and nxt.is_alpha and \
                index.ref_at(nxt.i) is None and nxt.lower_ not in NOT_NAMES:
            first = tok.i if tok.lower_ in NAME_HONORIFICS else nxt.i
            found.append(_name_run(doc, first, nxt.i + 1, index))
    return found


def person_noun(tok: Token) -> bool:
    """A common noun that names a person by what they do: a role ("minister", "spokesman"),
    a source noun ("analyst"), or an agent noun by its ending ("professor", "adviser",
    "Sinologist", "historian")."""
    word = tok.lower_
    if not tok.is_alpha or tok.pos_ not in ("NOUN", "PROPN") or word in NOT_PERSON_WORDS:
        return False
    return word in SOURCE_NOUNS or bool(PERSON_ROLE.match(word)) or \
        word.endswith(PERSON_SUFFIXES)


def _described_names(doc: Doc, index: ActorIndex, claimed: set[int]) -> list[tuple[int, int]]:
    """Names the NER mislabels but an apposition describes as a person: a run of two to
    four capitalised words before a comma, then a phrase whose noun names a person and no
    verb ("Francesco Sisci, an Italian Sinologist, told ...", "Mesut Casin, a Turkish
    presidential adviser, said ...")."""
    out = []
    for comma in (t for t in doc if t.text == "," and t.i > 1):
        start = comma.i
        while start > comma.sent.start and _name_word(doc[start - 1]) and \
                start - 1 not in claimed and index.ref_at(start - 1) is None:
            start -= 1
        if not 2 <= comma.i - start <= 4 or doc[start].lower_ in TITLES:
            continue
        for tok in doc[comma.i + 1: min(comma.sent.end, comma.i + 9)]:
            if tok.text in (",", ";", ".") or tok.pos_ in ("VERB", "AUX"):
                break
            if person_noun(tok):
                out.append((start, comma.i))
                break
    return out
