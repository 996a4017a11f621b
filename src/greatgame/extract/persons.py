"""Named persons, their affiliation, surname back-references, and unnamed sources.

Persons come from the gazetteer, from the NER (``PER``, widened over the capitalised
words around it: a draft NER often finds only "Zamir") and from titles ("President
Barack Obama"). Each is joined to a role and an affiliation by the title before the
name ("the Russian Ambassador Kabulov"), an apposition after it ("Zamir Kabulov, the
Russian Ambassador to Afghanistan," -> RUS GOV) or a relative clause ("…, who is the
former Afghan …"); the role noun then counts as a mention of the person. Later mentions
by surname resolve to the same person. Unnamed speakers ("a Western diplomat", "a
source", "a political analyst") become actors of kind ``source`` when they speak or
hold a view.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from greatgame import resources
from greatgame.extract.actors import (
    PERSON_ROLE,
    STATE_SECTORS,
    entry_info,
    heading_lines,
    slug,
    state_info,
)
from greatgame.extract.gazetteer import (
    HONORIFICS,
    NAME_HONORIFICS,
    NAME_JOINERS,
    NOT_NAME_WORDS,
    SPANS_KEY,
    TITLES,
)
from greatgame.extract.index import EXPLICIT, ActorIndex, ActorInfo, Ref
from greatgame.extract.lexicon import speech_lemma, stance_lemma

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


def _candidates(doc: Doc, index: ActorIndex, *,
                text: str | None = None) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    claimed = _claimed(doc)
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
    for tok in doc:
        if tok.lower_ in HONORIFICS and tok.i + 1 < len(doc):
            nxt = doc[tok.i + 1]
            if nxt.text[:1].isupper() and nxt.is_alpha and index.ref_at(nxt.i) is None and \
                    nxt.lower_ not in NOT_NAMES:
                first = tok.i if tok.lower_ in NAME_HONORIFICS else nxt.i
                found.append(_name_run(doc, first, nxt.i + 1, index))
    found += _described_names(doc, index, claimed)
    out: list[tuple[int, int]] = []
    headings = heading_lines(doc.text if text is None else text)
    places = _place_names(doc, found)
    for start, end in sorted({_trim(doc, start, end) for start, end in found}):
        if end <= start:
            continue
        words = [t for t in doc[start:end] if t.is_alpha]
        if not words or any("." in t.text for t in doc[start:end]):
            continue  # "U.S." is not a person
        if _not_a_person(doc, start, end, headings) or doc[start:end].text in places:
            continue
        if len(words) == 1 and (words[0].is_stop or words[0].is_upper or len(words[0]) < 3):
            continue
        if out and start < out[-1][1]:
            if end - start > out[-1][1] - out[-1][0]:
                out[-1] = (start, end)
            continue
        out.append((start, end))
    return out


def _person_noun(tok: Token) -> bool:
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
            if _person_noun(tok):
                out.append((start, comma.i))
                break
    return out


def _role_after(doc: Doc, end: int, index: ActorIndex) -> Ref | None:
    """The role mention in an apposition or "who is" clause right after a name."""
    i = end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ in ("who", "which") and doc[i + 1].lemma_ == "be":
        i += 2
    if i == end:
        return None
    stop = min(len(doc), i + 10)
    for j in range(i, stop):
        if doc[j].text in (",", ";", ".") or (doc[j].pos_ == "VERB" and j > i):
            break
        ref = index.ref_at(j)
        if ref is not None and ref.how == "role":
            return ref
    return None


def _described_by_state(doc: Doc, end: int, index: ActorIndex) -> tuple[Ref, str] | None:
    """The state an apposition right after a name gives the person by a demonym or name,
    with the sector its noun says: "Mesut Casin, a Turkish presidential adviser," -> TUR
    GOV; "Francesco Sisci, an Italian Sinologist," -> ITA, a civilian, who speaks for no
    state."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    state, office = None, False
    for tok in doc[end + 1: min(len(doc), end + 10)]:
        if tok.text in (",", ";", ".") or tok.pos_ in ("VERB", "AUX"):
            break
        ref = index.ref_at(tok.i)
        if state is None and ref is not None and ref.how in ("demonym", "name") and \
                index.actors[ref.actor].kind == "state":
            state = ref
        office = office or bool(PERSON_ROLE.match(tok.lower_))
        if state is not None and _person_noun(tok):
            return state, "GOV" if office else "CVL"
    return None


def _titles(doc: Doc, index: ActorIndex) -> dict[int, str]:
    """Token index right after an unaffiliated title ("President") -> the title's sector."""
    spans = doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else []
    return {span.end: span.kb_id_ for span in spans
            if span.label_ == "AGENT" and index.ref_at(span.start) is None and span.kb_id_}


def _role_before(start: int, index: ActorIndex) -> Ref | None:
    ref = index.ref_at(start - 1) if start > 0 else None
    return ref if ref is not None and ref.how == "role" else None


def add_persons(doc: Doc, index: ActorIndex, *, published: dt.date | None = None,
                text: str | None = None) -> None:
    """Persons with affiliation, and their surname back-references (see module docstring)."""
    candidates = _candidates(doc, index, text=text)
    known = {doc[r.end - 1].lower_ for r in index.refs
             if r.how == "name" and index.actors[r.actor].kind == "person"}
    known |= {doc[end - 1].lower_ for start, end in candidates if end - start > 1}
    firsts: dict[str, set[str]] = {}  # first name -> the full names it begins
    for start, end in candidates:
        if end - start > 1:
            firsts.setdefault(doc[start].lower_, set()).add(slug(doc[start:end].text))
    singles = []
    for start, end in candidates:
        if end - start == 1 and doc[start].lower_ in known:
            continue  # "Trump" after "Donald Trump": a surname, joined below
        if end - start == 1:
            singles.append(start)
            continue
        name = doc[start:end].text
        info = index.add_actor(ActorInfo(slug(name), name, "person"))
        index.add(Ref(start, end, info.id, "name"))
    for i in singles:
        full = firsts.get(doc[i].lower_, set())
        if len(full) == 1:  # "Malala" after "Malala Yousafzai"
            index.add(Ref(i, i + 1, next(iter(full)), "surname"))
        else:
            info = index.add_actor(ActorInfo(slug(doc[i].text), doc[i].text, "person"))
            index.add(Ref(i, i + 1, info.id, "name"))
    surnames: dict[str, str] = {}
    titles = _titles(doc, index)
    for ref in sorted(index.refs, key=lambda r: r.start):
        info = index.actors[ref.actor]
        if info.kind != "person" or ref.how != "name":
            continue
        surname = doc[ref.end - 1].lower_
        surnames.setdefault(surname, info.id)
        role = _role_before(ref.start, index) or _role_after(doc, ref.end, index)
        described = None if role is not None else _described_by_state(doc, ref.end, index)
        if role is not None:
            _join(index, info, role)
        elif described is not None:
            _join(index, info, described[0], sector=described[1])
        elif info.country and (sector := titles.get(ref.start)) is not None:
            # "President Ashraf Ghani": the title gives the sector, the person the country
            index.update_actor(ActorInfo(info.id, info.name, "person", info.country, sector))
    for tok in doc:
        if tok.text[:1].isupper() and tok.lower_ in surnames and index.ref_at(tok.i) is None:
            person = surnames[tok.lower_]
            index.add(Ref(tok.i, tok.i + 1, person, "surname"))
            role = _role_before(tok.i, index)
            if role is not None:
                _join(index, index.actors[person], role)
    _add_aides(doc, index)
    _add_counsel(doc, index)
    _place_titled(doc, index, titles, published)


def _first_named(doc: Doc, surname: str) -> bool:
    """Does the article give the surname with a first name somewhere ("Geir Pedersen")?
    Then a bare mention is that person's, whom the dictionary may not know."""
    return any(t.text == surname and t.i > 0 and _first_name(doc[t.i - 1]) for t in doc)


def _first_name(tok: Token) -> bool:
    """Could this word be the first name of the name after it?"""
    return tok.is_alpha and tok.is_title and tok.lower_ not in HONORIFICS \
        and tok.lower_ not in NOT_NAMES and not tok.is_stop


@cache
def _office_holders() -> dict[str, tuple[resources.ActorEntry, ...]]:
    """Surname -> the dictionary's persons who ever held a state office (GOV, MIL, ...)."""
    found: dict[str, dict[str, resources.ActorEntry]] = {}
    for entry in resources.actors():
        if entry.kind != "person" or not any(r.sector in OFFICE_SECTORS for r in entry.roles):
            continue
        for phrase in entry.phrases:
            if " " in phrase:
                found.setdefault(phrase.rsplit(" ", 1)[1], {})[entry.id] = entry
    return {k: tuple(v.values()) for k, v in found.items()}


def _holder(surname: str, sector: str | None, published: dt.date | None) -> ActorInfo | None:
    """The one person of the dictionary with this surname who holds an office of the
    title's sector (any state office with no title) on the day ("President Mugabe" in 2000
    -> Robert Mugabe, ZWE GOV; "Mr. Arafat"); None when no one or more than one does."""
    held = []
    for entry in _office_holders().get(surname.lower(), ()):
        roles = [r for r in entry.roles if r.country
                 and (r.sector == sector if sector else r.sector in OFFICE_SECTORS)
                 and (published is None or r.start is not None and r.holds_on(published))]
        if roles:
            held.append((entry, roles[0]))
    if len(held) != 1:
        return None
    entry, role = held[0]
    return ActorInfo(entry.id, entry.name, "person", role.country, role.sector)


def namesake(doc: Doc, surname: str, published: dt.date | None) -> ActorInfo | None:
    """The one person of the dictionary with this surname, whatever his office ("Mandela",
    "Savimbi"); None when no one or more than one is so named, or when the article gives
    the surname with a first name anywhere ("Geir Pedersen", "Marco Rubio": someone the
    dictionary may not know). (A title names an office: a titled surname is the office
    holder's, ``_holder``.)"""
    if _first_named(doc, surname) or surname.lower() in NOT_NAMES:
        return None  # "since May": a month, not Theresa May
    named = {entry.id for _, entry in resources.person_names().get(surname.lower(), ())}
    if len(named) != 1:
        return None
    info = entry_info(named.pop(), published)
    return info if info is not None and info.country else None


def _place_titled(doc: Doc, index: ActorIndex, titles: dict[int, str],
                  published: dt.date | None = None) -> None:
    """ "President Mugabe", "former president Carlos Menem": a titled person the gazetteer
    cannot place holds office where the story is, as news names a foreign leader with his
    country ("Zimbabwe's President Mugabe") and a local one by title alone. The country is
    the one the sentence names most (first named on a tie), else the article's."""
    for ref in sorted(index.refs, key=lambda r: r.start):
        info = index.actors[ref.actor]
        if info.kind != "person" or info.country or ref.how != "name":
            continue
        surname = doc[ref.start].text
        if ref.end - ref.start == 1 and not _first_named(doc, surname):
            # "President Mugabe", "Mr. Arafat": the one holder; "Mandela": the one so named
            holder = _holder(surname, titles.get(ref.start), published) or (
                None if ref.start in titles else namesake(doc, surname, published))
            if holder is not None:
                index.update_actor(ActorInfo(info.id, holder.name, "person", holder.country,
                                             holder.sector))
                continue
        if ref.start not in titles:
            continue
        sent = doc[ref.start].sent
        country = _setting_country(index, ref.actor, sent.start, sent.end) or \
            _setting_country(index, ref.actor, 0, len(doc))
        if country is not None:
            index.update_actor(ActorInfo(info.id, info.name, "person", country,
                                         info.sector or titles[ref.start]))


def _setting_country(index: ActorIndex, skip: str, start: int, end: int) -> str | None:
    """The country named most often between tokens ``start`` and ``end`` (states, their
    organs, placed persons, places: "in Algiers"), the first named on a tie; None when
    none is."""
    named: list[tuple[int, str]] = []
    for ref in index.refs_in(start, end):
        info = index.actors[ref.actor]
        if ref.actor != skip and info.country and ref.how in EXPLICIT:
            named.append((ref.start, info.country))
    doc = index.doc
    for span in doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else ():
        if span.label_ == "PLACE" and start <= span.start and span.end <= end:
            named.append((span.start, span.kb_id_.partition(":")[0]))
    counts: dict[str, int] = {}
    for _, country in sorted(named):
        counts[country] = counts.get(country, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


# Sectors of a state office a title names ("President", "General", "Senator"): the state's
# sectors but its elites, who hold none.
OFFICE_SECTORS = STATE_SECTORS - {"ELI"}
COUNSEL_NOUNS = frozenset({"lawyer", "lawyers", "attorney", "attorneys", "counsel"})
AIDE_NOUNS = frozenset({"adviser", "advisers", "advisor", "advisors", "aide", "aides",
                        "spokesman", "spokeswoman", "spokesperson", "deputy", "envoy"})


def _add_aides(doc: Doc, index: ActorIndex) -> None:
    """ "an adviser to Ghani", "a spokesman for Putin": an organ of the person's state, not
    the person (who did not say it) and not an unnamed source (who speaks for no one).
    "Guterres' spokesman", "the minister's envoy": the owner's voice (see
    :func:`_add_possessive_aides`)."""
    _add_possessive_aides(doc, index)
    for tok in doc:
        if tok.lower_ not in AIDE_NOUNS or tok.i + 2 >= len(doc) or \
                doc[tok.i + 1].lower_ not in ("to", "for") or index.ref_at(tok.i) is not None:
            continue
        ref = index.ref_at(tok.i + 2)
        person = index.actors.get(ref.actor) if ref is not None else None
        if person is None or person.kind != "person" or not person.country:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ in ("DET", "ADJ") and \
                index.ref_at(start - 1) is None:
            start -= 1
        info = index.add_actor(state_info(person.country, "GOV"))
        index.remove(ref)
        index.add(Ref(start, ref.end, info.id, "role"))


def _owner_before(doc: Doc, i: int, index: ActorIndex) -> Ref | None:
    """The mention owning the noun at ``i`` by a possessive right before it ("Guterres’",
    "Russia's")."""
    if i < 2 or not (doc[i - 1].tag_ == "POS" or doc[i - 1].text in ("'s", "’s", "'", "’")):
        return None
    return index.ref_at(i - 2)


def _add_possessive_aides(doc: Doc, index: ActorIndex) -> None:
    """ "Guterres’ spokesman", "Putin's adviser": the aide speaks for the owner: the
    owner's state organ when the owner is a person with a state, else the owner itself
    (a state, an organisation, or a person whose state the text does not give)."""
    for tok in doc:
        if tok.lower_ not in AIDE_NOUNS or index.ref_at(tok.i) is not None:
            continue
        owner = _owner_before(doc, tok.i, index)
        if owner is None:
            continue
        info = index.actors[owner.actor]
        if info.kind == "person" and info.country:
            info = index.add_actor(state_info(info.country, "GOV"))
        index.add(Ref(tok.i, tok.i + 1, info.id, "role"))


def _add_counsel(doc: Doc, index: ActorIndex) -> None:
    """ "Gachagua's lawyers", "the senator's attorneys": counsel act for their client, so
    the phrase is a mention of the person named as its owner."""
    for tok in doc:
        if tok.lower_ not in COUNSEL_NOUNS or tok.i < 2 or index.ref_at(tok.i) is not None:
            continue
        i = tok.i - 1
        while i > 1 and doc[i].pos_ == "ADJ":
            i -= 1  # "Gachagua's defence lawyers" has a compound, not an adjective: see below
        if doc[i].tag_ == "POS" or doc[i].lower_ in ("'s", "’s"):
            owner = index.ref_at(i - 1)
        elif doc[i].dep_ == "compound" and i > 1 and doc[i - 1].lower_ in ("'s", "’s"):
            owner = index.ref_at(i - 2)
        else:
            continue
        if owner is not None and index.actors[owner.actor].kind == "person":
            index.add(Ref(tok.i, tok.i + 1, owner.actor, "role"))


def _join(index: ActorIndex, person: ActorInfo, role: Ref, *, sector: str | None = None
          ) -> None:
    """Make a role mention a mention of the person and take country and sector from it
    (``sector`` when the words around the role say it)."""
    org = index.actors[role.actor]
    if org.kind == "person":
        return
    country = org.country or person.country
    sector = sector or (org.sector if org.kind != "state" else (org.sector or "GOV"))
    index.update_actor(ActorInfo(person.id, person.name, "person", country, sector))
    index.affiliation[person.id] = org.id if org.kind != "state" or not org.country else \
        org.country
    index.remove(role)
    index.add(Ref(role.start, role.end, person.id, "role"))


def _speaker_token(cue: Token) -> Token | None:
    for child in cue.children:
        if child.dep_ in ("nsubj", "nsubj:pass"):
            return child
    if cue.lower_ == "according":
        for tok in cue.doc[cue.i + 1 : min(len(cue.doc), cue.i + 6)]:
            if tok.pos_ == "NOUN":
                return tok
    return None


def add_sources(doc: Doc, index: ActorIndex) -> None:
    """Unnamed speakers and holders: "a Western diplomat says", "according to a source"."""
    for tok in doc:
        if not (speech_lemma(tok) or stance_lemma(tok) or tok.lower_ == "according"):
            continue
        subject = _speaker_token(tok)
        if subject is None:
            back = [t for t in doc[max(tok.sent.start, tok.i - 4) : tok.i] if t.pos_ == "NOUN"]
            subject = back[-1] if back else None
        if subject is None or subject.lower_ not in SOURCE_NOUNS:
            continue
        if index.ref_at(subject.i) is not None:
            continue
        left = [c for c in subject.lefts if c.dep_ in ("amod", "compound", "det")]
        start = min([subject.i, *(c.i for c in left)])
        while start < subject.i and doc[start].is_punct:
            start += 1
        if any(index.ref_at(i) is not None for i in range(start, subject.i)):
            continue
        earlier = _same_noun_before(index, subject) if start < subject.i and \
            doc[start].lower_ == "the" and start + 1 == subject.i else None
        if earlier is not None:  # "A Taliban spokesman said … the spokesman said"
            index.add(Ref(start, subject.i + 1, earlier, "nominal"))
            continue
        words = [t.text for t in doc[start : subject.i + 1] if t.dep_ != "det"]
        label = " ".join(words)
        info = index.add_actor(ActorInfo(f"SRC_{slug(label)}", label, "source"))
        index.add(Ref(start, subject.i + 1, info.id, "source"))


def _same_noun_before(index: ActorIndex, noun: Token) -> str | None:
    """The actor an earlier mention headed by the same noun names, within a few sentences:
    "the diplomat" after "a Western diplomat"."""
    lo = max(0, noun.i - 120)
    for ref in sorted(index.refs, key=lambda r: -r.start):
        if ref.end <= noun.i and ref.start >= lo and ref.how in ("role", "source") and \
                index.doc[ref.end - 1].lower_ == noun.lower_:
            return ref.actor
    return None
