"""The actor gazetteer as a spaCy component: names, capitals, demonyms, seats, role nouns.

``greatgame_gazetteer`` matches the packaged gazetteer (:mod:`greatgame.resources`)
against a Doc and writes the matches to ``doc.spans["gazetteer"]``, each labelled with
what it names and carrying a knowledge-base id:

===========  ============================================  =========================
label        names                                         ``kb_id_``
===========  ============================================  =========================
``ACTOR``    a named actor (state, IGO, armed group, …)    gazetteer id (``RUS``)
``CAPITAL``  a capital city (a place until metonymy runs)  ISO3 of its country
``SEAT``     a seat of government (the Kremlin)            ``ISO3:SECTOR``
``DEMONYM``  a national adjective or noun (Russian)        ISO3
``AGENT``    a role noun (ambassador, forces)              sector (``GOV``, ``MIL``)
===========  ============================================  =========================

Names must be capitalised in the text ("US" but not "us", "May" but not "may"); the
longest match wins overlaps. Publication names and media ("Reuters") are left out: a
publication used as a source is not a player.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from importlib.resources import files

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from greatgame import resources
from greatgame.extract.name_runs import (
    person_words,
    surname,
    whole_names,
)

FACTORY = "greatgame_gazetteer"
SPANS_KEY = "gazetteer"
LABELS = ("ACTOR", "CAPITAL", "SEAT", "DEMONYM", "AGENT", "PLACE")

# Role nouns (ours, ``data/gazetteer/role_nouns.json``): sector corrections for those whose
# Phoenix code does not fit news use, and those of international bodies, never a state's
# by where they are: phrase -> (IGO or NGO, the sector a state's own take).
_ROLE_NOUNS = json.loads(files("greatgame").joinpath("data", "gazetteer", "role_nouns.json")
                         .read_text(encoding="utf-8"))
INTERNATIONAL_AGENTS = {phrase: (group["body"], group["sector"])
                        for group in _ROLE_NOUNS["international"] for phrase in group["words"]}
AGENT_SECTORS = {phrase: sector for group in _ROLE_NOUNS["sectors"]
                 for phrase, sector in group["words"].items()} | {
    phrase: sector for phrase, (_, sector) in INTERNATIONAL_AGENTS.items()}
# Role nouns too vague to stand alone as agents ("people", "man").
AGENT_STOP = frozenset(
    """man men woman women people person member members group one head chief side party
    figure figures leader source sources state states country countries nation nations
    power powers world region reporter reporters correspondent correspondents""".split()
)  # (reporters are whom news is told to: "the ambassador told reporters")
# Common nouns some gazetteer entries list as a name of their own.
GENERIC_NAMES = frozenset({"republic", "organization", "organisation", "sovereign state"})
# The dictionary's code for an entry it knows nothing of.
UNKNOWN_CODE = "---"
# Words of a bloc named by its compass point ("the West") that also open longer names.
COMPASS_WORDS = frozenset({"west", "east", "north", "south"})
# Regions and blocs that act in news but are not in the country tables (CAMEO codes), and
# a name the tables give two states that wire style gives one: "Congo" is the Democratic
# Republic of the Congo, the other "Congo Republic", "Republic of Congo" or, by its
# capital, "Congo-Brazzaville" (AP, Reuters; the DRC is also "Congo-Kinshasa").
EXTRA_ACTORS = {
    "the west": "WST", "west": "WST", "U.S.": "USA", "U.K.": "GBR",
    "U.N.": "UNITED_NATIONS", "E.U.": "THE_EUROPEAN_UNION", "congo": "COD",
    "congo-brazzaville": "COG", "congo-kinshasa": "COD",
}
MEDIA_SECTORS = frozenset({"MED", "JRN"})
# Role-noun sectors that name players; religion, media, "unknown" and the like do not.
AGENT_KEEP = frozenset(
    "GOV MIL REB INS LEG JUD COP SPY UAF OPP PTY ELI BUS CVL EDU CRM REF LAB RAD JRN MED REL"
    .split()
)
NAME_PARTICLES = frozenset({"the", "of", "al", "al-", "el", "de", "for", "and", "bin", "ibn"})
COMPASS = frozenset({"north", "south", "east", "west", "america"})
_WORD = re.compile(r"\w")
POSSESSIVES = frozenset({"'s", "’s"})


def _canonical(actor_id: str) -> str:
    """One id per actor where the dictionary lists one twice: with and without the article
    ("THE_UNITED_NATIONS" beside "UNITED_NATIONS"), or by its initials ("UN", "ASEAN"
    beside the organisation whose name they abbreviate)."""
    bare = actor_id.removeprefix("THE_")
    if bare != actor_id and resources.actor(bare) is not None:
        actor_id = bare
    return _spelled_out().get(actor_id, actor_id)


_MINOR_WORDS = frozenset({"of", "the", "and", "for", "on", "in"})


@lru_cache(maxsize=1)
def _spelled_out() -> dict[str, str]:
    """An international organisation's initials -> the entry of its full name, where the
    dictionary has both and exactly one full name fits ("UN" -> the United Nations, "ASEAN"
    -> the Association of South East Asian Nations)."""
    organisations = [e for e in resources.actors() if e.kind == "organisation" and
                     any((r.sector or r.code[:3]) in ("IGO", "NGO") for r in e.roles)]
    by_initials: dict[str, set[str]] = {}
    for entry in organisations:
        words = [w for w in re.split(r"[\s-]+", entry.name.lower()) if w]
        if len(words) > 1:
            initials = "".join(w[0] for w in words if w not in _MINOR_WORDS).upper()
            by_initials.setdefault(initials, set()).add(entry.id.removeprefix("THE_"))
    out = {}
    for entry in organisations:
        full = by_initials.get(entry.id, set()) - {entry.id}
        if len(full) == 1 and entry.id.isalpha() and entry.id.isupper():
            out[entry.id] = next(iter(full))
    return out


def _own_names(country: resources.Country) -> set[str]:
    """A state's names as the gazetteer matches them: its listed names and its short name."""
    return {*country.names, country.name.lower()}


def _phrases() -> dict[str, list[tuple[str, str]]]:
    """Label -> [(phrase, kb_id)] from the packaged gazetteer."""
    out: dict[str, list[tuple[str, str]]] = {label: [] for label in LABELS}
    states = {c.iso3: c for c in resources.countries()}
    places = resources.places()
    seats = resources.seats_of_government()
    country_names = {name for c in states.values() for name in c.names}
    for phrase, entries in resources.actor_index().items():
        label = _actor_phrase_label(phrase, entries, states, places, seats, country_names)
        if label == "PLACE":
            out["PLACE"].append((phrase, f"{entries[0].id}:"))
        elif label == "ACTOR":
            out["ACTOR"].append((phrase, _canonical(entries[0].id)))
            if "peoples" in phrase:  # "Democratic People's Republic" as news spells it
                out["ACTOR"].append((re.sub(r"\bpeoples'?(?= )", "people's", phrase),
                                     entries[0].id))
    for phrase, iso3 in EXTRA_ACTORS.items():
        out["ACTOR"].append((phrase, iso3))
    for country in states.values():
        out["CAPITAL"].extend((p, country.iso3) for p in country.capitals)
    shared = Counter(d for c in states.values() for d in set(c.demonyms))
    for country in sorted(states.values(), key=lambda c: -_stem_share(c, shared)):
        out["DEMONYM"].extend((d, country.iso3) for d in country.demonyms)
        out["DEMONYM"].extend((d + "s", country.iso3) for d in country.demonyms
                              if _person_noun(d))  # "Americans", "Serbs", "Greeks"
    for phrase, seat in resources.seats_of_government().items():
        out["SEAT"].append((phrase, f"{seat.country}:{seat.sector}"))
    named = {p for p, _ in out["ACTOR"]} | {p for p, _ in out["CAPITAL"]} | set(seats)
    for phrase, where in places.items():  # "in Chechnya", "in Jaffna": where, not who
        if phrase not in named and phrase not in AGENT_STOP and phrase not in GENERIC_NAMES:
            out["PLACE"].extend((phrase, f"{p.country}:") for p in where
                                if p.kind in ("city", "region"))
    out["AGENT"].extend(_agent_phrases())
    return out


def _actor_phrase_label(phrase: str, entries: Sequence[resources.ActorEntry],
                        states: Mapping[str, resources.Country],
                        places: Mapping[str, Sequence[resources.Place]],
                        seats: Mapping[str, object], country_names: set[str]) -> str | None:
    """What a phrase of the actor dictionary is to the ruler: "ACTOR", "PLACE" (a town,
    river or region listed under a state), or None (left out)."""
    entry = entries[0]
    if phrase in seats or (phrase not in country_names and any(
            place.kind in ("capital", "city") for place in places.get(phrase, ()))):
        return None  # capitals and seats go through metonymy; other places are not actors
    if entry.kind == "other" and (entry.code[:3] in MEDIA_SECTORS or
                                  (entry.sector or "") in MEDIA_SECTORS):
        return None
    if entry.kind == "organisation" and entry.roles and all(
            (r.code or "").startswith(UNKNOWN_CODE) for r in entry.roles):
        return None  # coded as nothing known ("Indian Ocean"): a place, no actor
    if entry.kind == "state" and entry.id in states and \
            phrase not in _own_names(states[entry.id]):
        # rivers, towns and regions listed under a state are its places ("Hebron"), but
        # not another spelling of its name ("the United States", "Republic of India"),
        # nor one word that is also a person's name ("Farah", "Nasser")
        if len(entries) == 1 and not _names_state(phrase, states[entry.id]) and (
                " " in phrase or phrase not in person_words()):
            return "PLACE"
        return None
    if entry.kind == "state" and entry.id in states and phrase in states[entry.id].demonyms \
            and phrase not in _own_names(states[entry.id]):
        return None  # "Bruneian" is a demonym; "Brunei", listed as one too, is the name
    if phrase in AGENT_STOP or phrase in GENERIC_NAMES:
        return None  # a generic noun ("Nation", "Republic") is no actor's name on its own
    return "ACTOR"


def _agent_phrases() -> list[tuple[str, str]]:
    """(phrase, sector) of the role nouns: the agent dictionary's (and their plurals,
    "prisoners", "militias"), then our own sectors for role nouns."""
    out = []
    for phrase, agent in resources.agent_index().items():
        if phrase in AGENT_STOP or not _WORD.search(phrase) or agent.sector not in AGENT_KEEP:
            continue
        out.append((phrase, AGENT_SECTORS.get(phrase, agent.sector)))
        many = plural(phrase)
        if many not in AGENT_STOP and many not in AGENT_SECTORS:
            out.append((many, agent.sector))
    out.extend(AGENT_SECTORS.items())
    return out


def _names_state(phrase: str, country: resources.Country) -> bool:
    """Does the phrase hold one of the country's names or demonyms as whole words, or is it
    a demonym's plural ("Israelis"), a compass word ("South" for South Korea) or an
    acronym ("PRC")?"""
    words = f" {phrase} "
    if phrase in COMPASS or len(phrase) <= 3 or phrase.rstrip("s") in country.demonyms:
        return True
    return any(f" {name} " in words for name in (*country.names, *country.demonyms))


# Endings of national adjectives that are no count nouns ("Chinese", "Irish", "Swiss").
ADJECTIVE_ONLY = ("ese", "sh", "ch", "ss", "s", "x", "z", "que", "y")


def _person_noun(demonym: str) -> bool:
    """Is a one-word demonym also a noun for one of the nation, with a plural in -s?

    >>> [_person_noun(d) for d in ("afghan", "iraqi", "serb", "greek", "chinese", "irish")]
    [True, True, True, True, False, False]
    """
    return " " not in demonym and "-" not in demonym and not demonym.endswith(ADJECTIVE_ONLY)


def plural(phrase: str) -> str:
    """The English plural of a role noun phrase (its last word inflected).

    >>> plural("prisoner"), plural("militia"), plural("militiaman"), plural("deputy")
    ('prisoners', 'militias', 'militiamen', 'deputies')
    >>> plural("police chief"), plural("witness"), plural("police")
    ('police chiefs', 'witnesses', 'police')
    """
    head, _, last = phrase.rpartition(" ")
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in tuple("aeiou"):
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    elif not last.endswith("ce"):
        last += "s"
    return f"{head} {last}" if head else last


def _stem_share(country: resources.Country, shared: Counter[str]) -> int:
    """How many of the country's demonyms are claimed by another state too and share the
    country's name's stem ("Serbian": Serbia, not Montenegro). The first claim of a phrase
    wins, so a demonym shared by two states goes to the one it is derived from."""
    name = country.name.lower()
    return sum(1 for d in country.demonyms if shared[d] > 1 and _common_prefix(d, name) >= 4)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


_PLAIN = re.compile(r"^[a-z]+(?: [a-z]+)*$")


class Gazetteer:
    """Match the gazetteer against a Doc; matches go to ``doc.spans["gazetteer"]``.

    Phrases are keys of lowercase token texts, matched as spaCy's PhraseMatcher matches on
    ``LOWER``. Plain phrases (lowercase letters and spaces) are split on spaces: the
    tokenizer never splits a word of letters unless a special case says so, which is
    checked. Only the others (hyphens, dots, apostrophes) go through the tokenizer, which
    keeps building the 35,000 phrases to a fraction of a second.
    """

    def __init__(self, nlp: Language, name: str = FACTORY):
        self.name = name
        self.index: dict[tuple[str, ...], dict[str, str]] = {}
        special = nlp.tokenizer.rules or {}
        for label, pairs in _phrases().items():
            seen: dict[str, str] = {}
            for phrase, kb_id in pairs:
                seen.setdefault(phrase, kb_id)
            odd = []
            for phrase, kb_id in seen.items():
                words = phrase.split()
                if _PLAIN.match(phrase) and not any(w in special for w in words):
                    self._add(tuple(words), label, kb_id)
                else:
                    odd.append(phrase)
            for phrase, doc in zip(odd, nlp.tokenizer.pipe(odd), strict=True):
                self._add(tuple(t.lower_ for t in doc), label, seen[phrase])
        self.lengths = sorted({len(k) for k in self.index})

    def _add(self, key: tuple[str, ...], label: str, kb_id: str) -> None:
        if key:
            self.index.setdefault(key, {}).setdefault(label, kb_id)

    def matches(self, doc: Doc) -> list[Span]:
        """Every phrase occurrence, overlaps included, as labelled spans."""
        lowers = [t.lower_ for t in doc]
        found = []
        for start in range(len(lowers)):
            for length in self.lengths:
                end = start + length
                if end > len(lowers):
                    break
                hit = self.index.get(tuple(lowers[start:end]))
                if hit:
                    found += [Span(doc, start, end, label=label, kb_id=kb_id)
                              for label, kb_id in hit.items()]
        return found

    def __call__(self, doc: Doc) -> Doc:
        spans = filter_spans([span for span in self.matches(doc)
                              if _acceptable(span.label_, span)])
        covered = {i for span in spans for i in range(span.start, span.end)}
        spans = [span for span in spans if not surname(span, covered)]
        doc.spans[SPANS_KEY] = _prefer(whole_names(doc, spans))
        return doc


def _acceptable(label: str, span: Span) -> bool:
    """Names must look like names in the text; role nouns must be nouns."""
    if label == "AGENT":
        head = span[-1]
        return head.pos_ in ("NOUN", "PROPN", "ADJ") or head.tag_.startswith("NN") \
            or not head.doc.has_annotation("POS")  # ("fishermen[NNS, VERB]")
    words = [t for t in span if t.lower_ not in NAME_PARTICLES and _WORD.search(t.text)
             and (t.lower_ not in POSSESSIVES or t.i == span.start)]  # "People's Republic"
    if not words:
        return False
    for tok in words:
        if not (tok.is_title or tok.is_upper or tok.text[:1].isupper()):
            return False
    if len(span) == 1 and len(span.text) <= 2 and not span.text.isupper():
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if span[-1].lower_ in COMPASS_WORDS and after is not None and after.text[:1].isupper() \
            and after.is_alpha:
        return False  # "West African leaders", "the West Bank": part of a longer name
    return True


def _prefer(spans: Iterable[Span]) -> list[Span]:
    return sorted(spans, key=lambda s: s.start)


@lru_cache(maxsize=4)
def _shared(vocab_id: int, nlp: Language) -> Gazetteer:
    return Gazetteer(nlp)


def gazetteer_for(nlp: Language) -> Gazetteer:
    """One Gazetteer per pipeline, built on first use (a few seconds) and reused."""
    return _shared(id(nlp.vocab), nlp)


@Language.factory(FACTORY)
def make_gazetteer(nlp: Language, name: str) -> Gazetteer:
    """spaCy factory: ``nlp.add_pipe("greatgame_gazetteer")`` after the parser."""
    return Gazetteer(nlp, name)
