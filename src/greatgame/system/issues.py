"""Issues: the questions being contested, read from what the actors say and do.

An issue is found, not listed: greatgame knows *kinds* of contested question (frames),
and the text decides which of them are open, about whom and where. A frame becomes an
issue when at least ``min_actors`` players make statements on it. Two frames ship:

- ``presence``: foreign military presence in a host country (0: every foreign force
  leaves; 100: foreign forces stay and grow). The host is the country the statements
  place the troops *in*.
- ``inclusion``: an armed group's place in its country's politics (0: defeated and
  excluded; 100: holds power). One issue per armed group that at least ``min_actors``
  other players address.

An analyst can declare issues in the scenario YAML instead, with ``cues`` (what puts a
statement on the issue) and ``low_cues`` / ``high_cues`` (which pole it points to).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import networkx as nx

from greatgame.records import ActorRef, Issue
from greatgame.system.evidence import Statement

_NEGATORS = frozenset({"not", "no", "never", "neither", "nor", "longer", "without", "cannot"})

PRESENCE_TOPIC = (
    "troops", "soldiers", "forces", "military presence", "presence", "withdraw", "withdrawal",
    "foothold", "occupation", "bases", "deployment", "military mission", "pull out",
)
PRESENCE_LOW = (
    "withdraw", "withdrawal", "leave", "pull out", "expel", "expulsion", "put an end",
    "liberate", "occupation", "exit", "out of the country", "forces out", "troops out",
)
PRESENCE_HIGH = (
    "stay", "remain", "maintain", "foothold", "more troops", "more soldiers",
    "thousand more", "reinforce", "keep", "security agreement", "security convention",
    "protector", "deploy", "ongoing", "presence of us forces",
)
INCLUSION_LOW = (
    "uproot", "defeat", "fight", "confront", "terrorism", "terrorist", "threat", "destroy",
    "eliminate", "enemies", "enemy", "opposes any role",
    "opposes any deal", "not interested in peace", "condemned",
)
INCLUSION_HIGH = (
    "talks", "negotiation", "negotiations", "discussions", "reconciliation", "political frame",
    "political framework", "accept", "ties", "work with", "interacted", "common interests",
    "aid", "strengthen", "flexible", "less threatening", "better", "peace deal", "place in",
    "part of", "into the government", "win the war", "settlement", "contacts", "hosts",
    "supports talks", "share", "arming", "arms", "role", "in the government", "power",
)


def _phrase_re(phrases: Iterable[str]) -> re.Pattern[str]:
    alts = sorted({re.escape(p.lower()) for p in phrases}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\w*", re.IGNORECASE)


def cue_direction(text: str, *, low: re.Pattern[str], high: re.Pattern[str]) -> float:
    """Net direction of ``text`` in [-1, 1]: high cues minus low cues, each flipped when a
    negator stands in the three words before it ("no longer efficient", "not able")."""
    score = 0.0
    hits = 0
    lowered = text.lower()
    for pattern, sign in ((low, -1.0), (high, 1.0)):
        for m in pattern.finditer(lowered):
            before = re.findall(r"[a-z']+", lowered[max(0, m.start() - 40) : m.start()])[-3:]
            flip = -1.0 if _NEGATORS.intersection(before) else 1.0
            score += sign * flip
            hits += 1
    return 0.0 if hits == 0 else max(-1.0, min(1.0, score / hits))


_CLAUSE = re.compile(r"[,;:\u2014]|\s(?:but|while|whereas|although|because|so that)\s")


def first_clause(text: str) -> str:
    """The proposition's own clause: what follows a comma is mostly its consequence
    ("the presence is no longer efficient, exposing the region to ... withdrawal").

    >>> first_clause("any rushed withdrawal would trigger chaos, endangering Russia")
    'any rushed withdrawal would trigger chaos'
    """
    m = _CLAUSE.search(text)
    return text[: m.start()] if m else text


def statement_direction(
    s: Statement, *, low: re.Pattern[str], high: re.Pattern[str], topic: re.Pattern[str]
) -> float:
    """Which pole a statement points to, weighted: its first clause's cues times the
    holder's polarity; a stance whose subject is the issue itself ("the presence is no
    longer efficient") with no pole cue points the way the holder's polarity does."""
    clause = first_clause(s.text)
    d = cue_direction(clause, low=low, high=high)
    if d == 0 and s.kind == "stance":
        head = " ".join(clause.split()[:6])
        if topic.search(head):
            d = 1.0
    return d * _attitude(s) * s.weight


def _attitude(s: Statement) -> float:
    """The actor's attitude to what its statement is about: a stance's polarity; an
    event's sign (accusing someone of arming the group is against arming it)."""
    if s.kind == "event" and s.intensity:
        return 1.0 if s.intensity > 0 else -1.0
    return float(s.polarity)


@dataclass(frozen=True)
class Reading:
    """How one statement bears on one issue: direction -1 (low pole) .. +1 (high pole)."""

    statement: Statement
    direction: float


@dataclass(frozen=True)
class FoundIssue:
    """An issue and the statements read onto it."""

    issue: Issue
    readings: tuple[Reading, ...]
    host: str | None = None  # the country the question is about, when there is one


def _aliases(ref: ActorRef) -> tuple[str, ...]:
    names = {ref.name, *ref.aliases, *(m.text for m in ref.mentions)}
    return tuple(sorted({n for n in names if len(n) > 2}))


def _host_country(
    statements: Sequence[Statement], states: Sequence[ActorRef]
) -> ActorRef | None:
    """The state statements place forces *in*: "presence in Afghanistan", "from Kabul"."""
    counts: Counter[str] = Counter()
    for ref in states:
        pattern = re.compile(
            r"\b(?:in|from|inside|across|over|leave|leaving|left|out\s+of)\s+(?:the\s+)?(?:"
            + "|".join(re.escape(a) for a in _aliases(ref))
            + r")\b",
            re.IGNORECASE,
        )
        counts[ref.id] = sum(len(pattern.findall(s.text)) for s in statements)
    if not counts or counts.most_common(1)[0][1] == 0:
        return None
    best = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return next(r for r in states if r.id == best)


_PLACED = re.compile(
    r"\b(?:in|from|inside|into|out\s+of|leave|leaving)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'\-]+)(?:\s+[A-Z][\w'\-]+)*)"
)


def elsewhere(text: str, host: ActorRef) -> bool:
    """Whether a statement puts the troops in a named place other than the host
    ("withdraw from the Middle East" is not about Afghanistan).

    >>> afg = ActorRef(id="AFG", name="Afghanistan", kind="state")
    >>> elsewhere("the US to withdraw from Central Asia", afg)
    True
    >>> elsewhere("US forces in Afghanistan", afg), elsewhere("troops in that country", afg)
    (False, False)
    """
    names = {n.lower() for n in _aliases(host)}
    places = [m.group(1).lower() for m in _PLACED.finditer(text)]
    return bool(places) and not any(p in names or any(n in p for n in names) for p in places)


def presence_issue(
    statements: Sequence[Statement], refs: Mapping[str, ActorRef], *, min_actors: int = 2
) -> FoundIssue | None:
    """Foreign military presence in the host country the statements point to."""
    topic = _phrase_re(PRESENCE_TOPIC)
    low, high = _phrase_re(PRESENCE_LOW), _phrase_re(PRESENCE_HIGH)
    on_topic = [s for s in statements if topic.search(s.text)]
    states = [r for r in refs.values() if r.kind == "state"]
    host = _host_country(on_topic, states)
    if host is None:
        return None
    readings = []
    for s in on_topic:
        if elsewhere(first_clause(s.text), host):
            continue
        d = statement_direction(s, low=low, high=high, topic=topic)
        if d != 0:
            readings.append(Reading(s, d))
    if len({r.statement.actor for r in readings}) < min_actors:
        return None
    issue = Issue(
        id=f"presence-{host.id.lower()}",
        name=f"Foreign military presence in {host.name}",
        low_label=f"All foreign forces leave {host.name}",
        high_label=f"Foreign forces stay and grow in {host.name}",
        cues=PRESENCE_TOPIC,
        low_cues=PRESENCE_LOW,
        high_cues=PRESENCE_HIGH,
    )
    return FoundIssue(issue, tuple(readings), host=host.id)


def tie_readings(group: str, graph: nx.Graph | None, players: Mapping[str, ActorRef],
                 *, weight: float = 0.5, threshold: float = 0.2) -> list[Reading]:
    """Readings from relations: a player tied to the group in friendship or enmity
    (events and stances between them) leans for or against its place, at ``weight``."""
    if graph is None or group not in graph:
        return []
    out = []
    for other, data in sorted(graph[group].items()):
        w = data.get("weight", 0.0)
        if other == group or other not in players or abs(w) < threshold:
            continue
        evidence = data.get("evidence") or []
        if not evidence:
            continue
        statement = Statement(
            actor=other, kind="relation", text=evidence[0].text, polarity=1,
            targets=(group,), intensity=None, evidence=evidence[0], weight=weight,
        )
        out.append(Reading(statement, (1.0 if w > 0 else -1.0) * min(1.0, abs(w)) * weight))
    return out


def inclusion_issues(
    statements: Sequence[Statement],
    refs: Mapping[str, ActorRef],
    *,
    country_name: Callable[[str], str | None],
    min_actors: int = 2,
    graph: nx.Graph | None = None,
) -> list[FoundIssue]:
    """One issue per armed group that enough players address: its place in politics.

    Besides what the players say and do about the group, their relation with it counts:
    with ``graph`` (see :func:`greatgame.system.relations.relation_graph`), a player
    tied to the group leans for its place if the tie is friendly and against it if hostile
    (half weight, see :func:`tie_readings`)."""
    low, high = _phrase_re(INCLUSION_LOW), _phrase_re(INCLUSION_HIGH)
    found = []
    for group in sorted((r for r in refs.values() if r.kind == "armed_group"), key=lambda r: r.id):
        named = _phrase_re(_aliases(group)) if _aliases(group) else None
        readings = []
        for s in statements:
            about = group.id in s.targets or (named is not None and named.search(s.text))
            if s.actor == group.id:
                d = 1.0 if cue_direction(s.text, low=low, high=high) >= 0 else 0.5
            elif not about:
                continue
            elif s.kind == "event" and group.id in s.targets and s.intensity:
                d = (1.0 if s.intensity > 0 else -1.0) * s.weight
            else:
                d = statement_direction(s, low=low, high=high, topic=named or low)
                if d == 0 and s.kind == "stance" and group.id in s.targets:
                    d = float(s.polarity)
            if d != 0:
                readings.append(Reading(s, d))
        readings += tie_readings(group.id, graph, refs)
        if len({r.statement.actor for r in readings} - {group.id}) < min_actors:
            continue  # the group's own voice does not make its place an open question
        place = country_name(group.country) if group.country else None
        where = f"{place} politics" if place else "politics"
        name = re.sub(r"^the\s+", "", group.name, flags=re.IGNORECASE)
        found.append(
            FoundIssue(
                Issue(
                    id=f"{group.id.lower()}-role",
                    name=f"The {name}'s place in {where}",
                    low_label=f"The {name} defeated and excluded",
                    high_label=f"The {name} hold power",
                    cues=_aliases(group),
                    low_cues=INCLUSION_LOW,
                    high_cues=INCLUSION_HIGH,
                ),
                tuple(readings),
                host=group.country,
            )
        )
    return found


def declared_issue(issue: Issue, statements: Sequence[Statement]) -> FoundIssue:
    """An analyst's issue: statements carrying its cues, pointed by its pole cues."""
    if not issue.cues:
        return FoundIssue(issue, ())
    topic = _phrase_re(issue.cues)
    low = _phrase_re(issue.low_cues) if issue.low_cues else re.compile(r"(?!x)x")
    high = _phrase_re(issue.high_cues) if issue.high_cues else re.compile(r"(?!x)x")
    readings = []
    for s in statements:
        if topic.search(s.text):
            d = statement_direction(s, low=low, high=high, topic=topic)
            if d != 0:
                readings.append(Reading(s, d))
    return FoundIssue(issue, tuple(readings))
