"""Named persons, their affiliation, surname back-references, and unnamed sources.

Persons come from the gazetteer, from the names :mod:`greatgame.extract.person_names`
finds (the NER's, after honorifics, described by an apposition) and from titles
("President Barack Obama"). Each is joined to a role and an affiliation by the title before the
name ("the Russian Ambassador Kabulov"), an apposition after it ("Zamir Kabulov, the
Russian Ambassador to Afghanistan," -> RUS GOV) or a relative clause ("…, who is the
former Afghan …"); the role noun then counts as a mention of the person. Later mentions
by surname resolve to the same person. Unnamed speakers ("a Western diplomat", "a
source", "a political analyst") become actors of kind ``source`` when they speak or
hold a view.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import TYPE_CHECKING

from greatgame import resources
from greatgame.extract.actors import PERSON_ROLE, STATE_SECTORS, entry_info, slug, state_info
from greatgame.extract.gazetteer import SPANS_KEY
from greatgame.extract.index import EXPLICIT, ActorIndex, ActorInfo, Ref
from greatgame.extract.lexicon import speech_lemma, stance_lemma
from greatgame.extract.name_runs import HONORIFICS
from greatgame.extract.person_names import (
    NOT_NAMES,
    SOURCE_NOUNS,
    candidates,
    person_noun,
    release_namesakes,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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
        if state is not None and person_noun(tok):
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
    release_namesakes(doc, index)
    _add_names(doc, index, candidates(doc, index, text=text))
    titles = _titles(doc, index)
    surnames = _affiliate(doc, index, titles)
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


def _add_names(doc: Doc, index: ActorIndex, candidates: list[tuple[int, int]]) -> None:
    """A person for each full name, and for each lone name no full name begins or ends
    ("Trump" after "Donald Trump", "Malala" after "Malala Yousafzai", "Kim" after "Kim Jong
    Un", written surname first, are theirs)."""
    known = {doc[r.end - 1].lower_ for r in index.refs
             if r.how == "name" and index.actors[r.actor].kind == "person"}
    known |= {doc[end - 1].lower_ for start, end in candidates if end - start > 1}
    firsts: dict[str, set[str]] = {}  # first name -> the full names it begins
    for r in index.refs:  # the dictionary's persons: "Kim" after "Kim Jong Un"
        if r.how == "name" and r.end - r.start > 1 and index.actors[r.actor].kind == "person":
            firsts.setdefault(doc[r.start].lower_, set()).add(r.actor)
    for start, end in candidates:
        if end - start > 1:
            firsts.setdefault(doc[start].lower_, set()).add(slug(doc[start:end].text))
            name = doc[start:end].text
            info = index.add_actor(ActorInfo(slug(name), name, "person"))
            index.add(Ref(start, end, info.id, "name"))
    for start, end in candidates:
        if end - start > 1 or doc[start].lower_ in known:
            continue  # a surname, joined below
        full = firsts.get(doc[start].lower_, set())
        if len(full) == 1:
            index.add(Ref(start, start + 1, next(iter(full)), "surname"))
        else:
            info = index.add_actor(ActorInfo(slug(doc[start].text), doc[start].text, "person"))
            index.add(Ref(start, start + 1, info.id, "name"))


def _affiliate(doc: Doc, index: ActorIndex, titles: dict[int, str]) -> dict[str, str]:
    """Join each named person to the role or the state the words around the name give;
    surname -> person id."""
    surnames: dict[str, str] = {}
    for ref in sorted(index.refs, key=lambda r: r.start):
        info = index.actors[ref.actor]
        if info.kind != "person" or ref.how != "name":
            continue
        surnames.setdefault(doc[ref.end - 1].lower_, info.id)
        role = _role_before(ref.start, index) or _role_after(doc, ref.end, index)
        described = None if role is not None else _described_by_state(doc, ref.end, index)
        if role is not None:
            _join(index, info, role)
        elif described is not None:
            _join(index, info, described[0], sector=described[1])
        elif info.country and (sector := titles.get(ref.start)) is not None:
            # "President Ashraf Ghani": the title gives the sector, the person the country
            index.update_actor(ActorInfo(info.id, info.name, "person", info.country, sector))
    return surnames


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
