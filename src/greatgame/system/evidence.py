"""Statements: the units of evidence an actor's position is read from.

A statement is something one actor said, believed, wanted or did, as the extraction
found it: a stance (holder + proposition), a quote (speaker + words) or an event
(source + sentence). Persons speak for the state or organisation they belong to, unless
the system makes them players of their own; unnamed sources ("a Western diplomat") and
commentators are not players and give no statements.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from greatgame import resources
from greatgame.records import STATE_SECTORS, ActorRef, Event, Evidence, Extraction

PLAYER_KINDS = frozenset({"state", "organisation", "armed_group"})
SOCIETY_SECTORS = frozenset({"BUS", "LAB", "AGR", "REF", "OPP"})

_WORD = re.compile(r"[a-z][a-z'\-]*")


@dataclass(frozen=True)
class Statement:
    """One actor's statement, with the polarity its cue gives (fears X -> -1 toward X)."""

    actor: str
    kind: str  # stance | quote | event
    text: str
    polarity: int
    targets: tuple[str, ...]
    intensity: float | None
    evidence: Evidence
    weight: float = 1.0  # how strongly it shows the actor's lean (see directions.yaml)
    type: str = ""  # an event's PLOVER type
    mode: str = ""
    flags: frozenset[str] = frozenset()  # negated, future, hypothetical, attributed, historical
    lead: bool = False  # in the headline or the first paragraph
    speaker: str = ""  # the actor as the text names it (a person, an organ), before folding


def name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for an actor's names (longest first, whole words), or None."""
    kept = sorted({n for n in names if len(n) > 2}, key=len, reverse=True)
    if not kept:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, kept)) + r")(?!\w)")


def names_of(ref: ActorRef) -> set[str]:
    """Every name the text gives an actor: its name, aliases and mentions."""
    return {ref.name, *ref.aliases, *(m.text for m in ref.mentions)}


def _name_patterns(players: Mapping[str, ActorRef]) -> list[tuple[str, re.Pattern[str]]]:
    return [(pid, pattern) for pid, ref in sorted(players.items())
            if (pattern := name_pattern(names_of(ref))) is not None]


def reported_subject(
    text: str, speaker: str, names: list[tuple[str, re.Pattern[str]]], *, lead: int = 2
) -> str | None:
    """The player a piece of reported content is about, when it opens by naming another
    player, at most ``lead`` words in ("Pakistan hosts Taliban leaders", said by Afghan
    officials -> PAK; "that the Taliban ..." -> the Taliban), unless the speaker says
    what that player must or should do (a demand of the speaker's own)."""
    best: tuple[int, str] | None = None
    for pid, pattern in names:
        m = pattern.search(text)
        if m is None or len(_WORD.findall(text[: m.start()].lower())) > lead:
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), pid)
    if best is None or best[1] == speaker or _OBLIGED.match(text, _name_end(text, best[0])):
        return None  # "the U.N. must maintain sanctions": the speaker's demand, not a report
    return best[1]


# A modal of obligation right after the subject: what the speaker wants done.
_OBLIGED = re.compile(r"\s+(?:\w+\s+)?(?:must|should|ought to|needs? to|has to|have to)\b",
                      re.IGNORECASE)


_NAME_RUN = re.compile(r"(?:(?:the\s+)?[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*)*")


def _name_end(text: str, start: int) -> int:
    """Where the name starting at ``start`` ends: after its capitalised or dotted words
    ("the U.N. | must")."""
    m = _NAME_RUN.match(text, start)
    return m.end() if m else start


@functools.cache
def organ_state(name: str) -> str | None:
    """The state an unnamed source speaks for when its description names one of the
    state's organs in the actor dictionary or its seats of government ("a senior State
    Department official", "a Pentagon spokesman" -> USA); the longest such phrase decides.
    None for "analysts" or "a diplomat"."""
    tokens = _WORD.findall(name.lower())
    index, seats = resources.actor_index(), resources.seats_of_government()
    for size in range(min(len(tokens), 5), 0, -1):
        for i in range(len(tokens) - size + 1):
            phrase = " ".join(tokens[i : i + size])
            if phrase in seats:  # "the Pentagon", "the State Department"
                return seats[phrase].country
            for entry in index.get(phrase, ()) if size > 1 else ():
                countries = {role.country for role in entry.roles if role.country}
                if len(countries) == 1:
                    return countries.pop()
    return None


@functools.cache
def _organisations_by_code() -> Mapping[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for entry in resources.actors():
        if entry.kind in ("organisation", "armed_group"):
            for role in entry.roles:
                found.setdefault(role.code, []).append(entry.id)
    return {code: tuple(dict.fromkeys(ids)) for code, ids in found.items()}


def organisation_of(person: str, players: Mapping[str, ActorRef]) -> str | None:
    """The organisation or armed group a person speaks for, by the codes of the person's
    roles in the actor dictionary (Antonio Guterres, IGOUNO -> the UN; Milorad Dodik,
    BIHSRP -> Republika Srpska), among the players the text names."""
    entry = resources.actor(person)
    for role in entry.roles if entry else ():
        for org in _organisations_by_code().get(role.code, ()):
            if org in players:
                return org
    return None


def player_of(ref: ActorRef | None, *, players: Mapping[str, ActorRef]) -> str | None:
    """The player an actor speaks for: itself (a society group too, see
    :func:`society_group`); a state organ's or a person's state (USAMIL, "the Pentagon",
    "Zamir Kabulov" -> USA, USA, RUS), but not for a person whose sector is outside the
    state (an academic, a journalist); a person the text ties to an organisation, armed
    group or regional government among the players ("Ontario Premier Doug Ford"), or
    whose dictionary roles name one (see :func:`organisation_of`), that; an unnamed
    source that names a state organ, that state (see :func:`organ_state`); or None."""
    if ref is None:
        return None
    if society_group(ref):
        return ref.id if ref.id in players else None
    if ref.kind == "person":
        organisation = (ref.affiliation if ref.affiliation in players else None) or \
            organisation_of(ref.id, players)
        if organisation or not ref.country or ref.sector not in (None, *STATE_SECTORS):
            return organisation
    if ref.kind == "source" and not ref.country:
        state = organ_state(ref.name)
        return state if state in players else None
    if ref.kind in ("state", "person") and ref.country and ref.country != ref.id:
        return ref.country if ref.country in players else None
    if ref.kind in PLAYER_KINDS:
        return ref.id
    return None


def society_group(ref: ActorRef) -> bool:
    """A part of a society with a stake of its own, not an organ of its state: a country's
    business, labour, farmers, refugees or opposition ("German automakers", "Somali
    refugees", an opposition leader)."""
    return ref.kind in ("other", "person") and bool(ref.country) and \
        ref.sector in SOCIETY_SECTORS


def as_written(ref: ActorRef) -> ActorRef:
    """An actor named as the text writes its name where only the case differs: the
    dictionary's "Unhcr" is the text's "UNHCR", "Un Security Council" its "UN Security
    Council"."""
    written = {m.text for m in ref.mentions
               if m.text.lower() == ref.name.lower() and m.text != ref.name}
    if not written:
        return ref
    name = sorted(written)[0]
    return ref.model_copy(update={"name": name, "aliases": tuple(
        dict.fromkeys(a for a in (*ref.aliases, ref.name) if a != name))})


def _as_group(ref: ActorRef) -> ActorRef:
    """A society group named as the text names it most ("German automakers" rather than
    "Germany business")."""
    if ref.kind == "person" or not ref.mentions:
        return ref
    said = Counter(re.sub(r"^the\s+", "", m.text, flags=re.IGNORECASE) for m in ref.mentions)
    name = max(said, key=lambda text: (said[text], len(text)))
    return ref.model_copy(update={"name": name,
                                  "aliases": tuple(dict.fromkeys((*ref.aliases, ref.name)))})


def _office_holder(ref: ActorRef) -> bool:
    """A person who speaks for a state ("Spanish Prime Minister Pedro Sánchez"): the
    state is a player even where the text never names it."""
    return ref.kind == "person" and bool(ref.country) and ref.sector in (None, *STATE_SECTORS)


def _state_ref(iso3: str, aliases: tuple[str, ...], mentions: tuple) -> ActorRef:
    country = resources.country(iso3)
    return ActorRef(id=iso3, name=country.name if country else iso3, kind="state",
                    country=iso3, aliases=aliases, mentions=mentions)


def state_of_organs(refs: Mapping[str, ActorRef]) -> dict[str, ActorRef]:
    """The players of a set of actors: organs and persons folded into their state, which
    is added (with the organs' names as aliases) when the text names only its organs or
    office holders; society groups (see :func:`society_group`) are players of their own."""
    players: dict[str, ActorRef] = {}
    for ref in refs.values():
        organ = ref.kind == "state" and ref.country and ref.country != ref.id
        if ref.kind in PLAYER_KINDS and not organ:
            players[ref.id] = as_written(ref)
        elif society_group(ref):
            players[ref.id] = _as_group(ref)
    for ref in refs.values():
        if _office_holder(ref) and ref.country not in players:
            players[ref.country] = _state_ref(ref.country, (), ())
        if ref.kind == "state" and ref.country and ref.country != ref.id:
            host = players.get(ref.country)
            names = (ref.name, *ref.aliases)
            if host is None:
                players[ref.country] = _state_ref(ref.country, names, ref.mentions)
            else:
                players[ref.country] = host.model_copy(update={
                    "aliases": tuple(dict.fromkeys((*host.aliases, *names))),
                    "mentions": (*host.mentions, *ref.mentions),
                })
    return players


# A full stop or comma ends the clause unless it closes an initial ("U.S.", "U.N.") or sits
# in a number ("$20.5 billion", "$28,000"); so does "and" before a second verb in the past
# ("denied the request and asked instead for ...").
_CLAUSE_END = re.compile(r"(?<!\b[A-Z])\.(?!\w)|,(?!\d)|[;:!?\n]|"
                         r"\b(?:while|but|although|whereas|because)\b|"
                         r"\band\s+(?=(?:then\s+|also\s+)?\w+ed\b)")


def event_clause(text: str, start: int, end: int) -> str:
    """The event's own clause: from its trigger to the next clause boundary.

    >>> t = "Russia is building ties with the Taliban while the US debates its stay."
    >>> event_clause(t, 10, 18)
    'building ties with the Taliban'
    """
    if not text or end <= start:
        return ""
    stop = _CLAUSE_END.search(text, end)
    return text[start : stop.start() if stop else len(text)].strip()


# Accusing cues report another's act and condemn it: the act is the accused's, the
# accuser stands against it.
ACCUSING_CUES = frozenset({
    "accuse", "accuses", "accused", "blame", "blames", "blamed", "condemn", "condemns",
    "condemned", "criticize", "criticizes", "criticized", "criticise", "criticises",
    "criticised",
})

# Cues that report what someone else did or said; the content then belongs to its subject.
# Cues of wanting, fearing or believing keep the content with the holder: it is their view.
REPORTING_CUES = frozenset({
    "say", "says", "said", "add", "adds", "added", "accuse", "accuses", "accused", "claim",
    "claims", "claimed", "report", "reports", "reported", "state", "states", "stated",
    "announce", "announced", "reveal", "revealed", "according", "according to", "tell", "told",
    *ACCUSING_CUES,
})


DEMANDING = frozenset({"REQUEST", "COERCE", "THREATEN"})
_TO_CLAUSE = re.compile(r"\bto\b")
# A verb of asking, its addressee and "to" right before an event's trigger: the event is
# what is asked of the addressee (the asking itself was not coded as an event).
_ASKED_TO = re.compile(
    r"\b(?:urg|ask|press|pressur|push|persuad|encourag|call(?:ed|s|ing)? on|call(?:ed|s)? upon)"
    r"\w*\s+(?:[\w.’'-]+\s+){1,6}?to\s+(?:\w+\s+)?$", re.IGNORECASE)


def demanded(events: Sequence[Event], text: str) -> dict[int, tuple[str, ...]]:
    """Events that are what someone else demands: in "pressed the U.S. to grant sanctions
    relief" or "urged Russia to accept a ceasefire" the grant and the acceptance are the
    demander's wish, not the target's act (the target is the one that has not done it).
    Event index -> the demander's sources (empty where the demander is not known: the
    event then says nothing of anyone's lean)."""
    out: dict[int, tuple[str, ...]] = {}
    for k, event in enumerate(events):
        for other in events:
            if other is event or other.type not in DEMANDING or \
                    other.sentence != event.sentence or not other.end <= event.start or \
                    not set(event.source) & set(other.target):
                continue
            between = text[other.end:event.start]
            if len(between) <= 80 and _TO_CLAUSE.search(between):
                out[k] = tuple(s for s in other.source if s not in event.source)
                break
        else:
            if _ASKED_TO.search(text, max(0, event.start - 80), event.start):
                out[k] = ()  # "would urge the Commission to reconsider": no one's act yet
    return out


def lead_end(text: str, *, least: int = 150, most: int = 700) -> int:
    """Where an article's lead ends: the first paragraph break after ``least`` characters
    (the title and the opening paragraph), at most ``most`` characters in."""
    for m in re.finditer(r"\n\s*\n", text):
        if m.start() >= least:
            return min(m.start(), most)
    return min(len(text), most)


def statements(
    extractions: Iterable[Extraction], *, players: Mapping[str, ActorRef]
) -> Iterator[Statement]:
    """Every statement of every player in ``extractions``, in text order per article.

    Reported content that opens by naming another player ("Pakistan hosts Taliban
    leaders", according to Afghan officials) is that player's statement. An event is read
    from its own clause; events someone reports (``attributed_to``) are read from the
    quote or stance that reports them, and imagined ones from nothing.
    """
    names = _name_patterns(players)
    for extraction in extractions:
        refs = {a.id: a for a in extraction.actors}
        article = extraction.article.id
        lead = lead_end(extraction.article.text)

        def who(actor_id: str | None, refs: dict[str, ActorRef] = refs) -> str | None:
            key = actor_id or ""
            return player_of(refs.get(key) or players.get(key), players=players)

        def voices(actor: str, text: str, cue: str, polarity: int) -> list[tuple[str, int]]:
            """Who a statement speaks for, with what attitude. Reported content opening
            with another player is that player's own act (+1); an accusation also keeps
            the accuser, against it; any other statement is its holder's."""
            word = cue.lower()
            subject = reported_subject(text, actor, names) if word in REPORTING_CUES else None
            if subject is None:
                return [(actor, polarity)]
            if word in ACCUSING_CUES:
                return [(subject, 1), (actor, -1)]
            return [(subject, 1)]

        for stance in extraction.stances:
            actor = who(stance.holder)
            if actor:
                text = stance.text or stance.sentence
                for voice, polarity in voices(actor, text, stance.cue, stance.polarity):
                    yield Statement(
                        actor=voice,
                        kind="stance",
                        text=text,
                        polarity=polarity,
                        targets=tuple(t for t in [who(stance.target) or stance.target] if t),
                        intensity=None,
                        evidence=Evidence(kind="stance", text=stance.sentence,
                                          article_id=article, start=stance.start,
                                          end=stance.end),
                        lead=stance.start < lead,
                        speaker=(stance.holder or "") if voice == actor else voice,
                    )
        for quote in extraction.quotes:
            actor = who(quote.speaker)
            if actor:
                for voice, polarity in voices(actor, quote.text, "said", 1):
                    yield Statement(
                        actor=voice,
                        kind="quote",
                        text=quote.text,
                        polarity=polarity,
                        targets=(),
                        intensity=None,
                        evidence=Evidence(kind="quote", text=quote.text, article_id=article,
                                          start=quote.start, end=quote.end),
                        lead=quote.start < lead,
                        speaker=(quote.speaker or "") if voice == actor else voice,
                    )
        asked = demanded(extraction.events, extraction.article.text)
        for k, event in enumerate(extraction.events):
            targets = tuple(t for t in (who(x) or x for x in event.target) if t)
            clause = event_clause(extraction.article.text, event.start, event.end)
            flags = frozenset(f for f in ("negated", "future", "hypothetical", "historical")
                              if getattr(event, f))
            for source in asked.get(k, event.source):
                actor = who(source)
                if actor:
                    attributed = event.attributed_to and who(event.attributed_to) != actor
                    yield Statement(
                        actor=actor,
                        kind="event",
                        text=clause or event.sentence,
                        polarity=1,
                        targets=targets,
                        intensity=event.intensity,
                        evidence=Evidence(kind="event", text=event.sentence, article_id=article,
                                          start=event.start, end=event.end),
                        type=event.type,
                        mode=event.mode,
                        flags=flags | ({"attributed"} if attributed else set()),
                        lead=event.start < lead,
                        speaker=source,
                    )
