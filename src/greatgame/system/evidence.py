"""Statements: the units of evidence an actor's position is read from.

A statement is something one actor said, believed, wanted or did, as the extraction
found it: a stance (holder + proposition), a quote (speaker + words) or an event
(source + sentence). Persons speak for the state or organisation they belong to, unless
the system makes them players of their own; unnamed sources ("a Western diplomat") and
commentators are not players and give no statements.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from greatgame.records import ActorRef, Evidence, Extraction

PLAYER_KINDS = frozenset({"state", "organisation", "armed_group"})

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

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(_WORD.findall(self.text.lower()))


def player_of(ref: ActorRef | None, *, players: Mapping[str, ActorRef]) -> str | None:
    """The player an actor speaks for: itself, or a person's state or organisation."""
    if ref is None:
        return None
    if ref.kind in PLAYER_KINDS:
        return ref.id
    if ref.kind == "person" and ref.country and ref.country in players:
        return ref.country
    return None


def statements(
    extractions: Iterable[Extraction], *, players: Mapping[str, ActorRef]
) -> Iterator[Statement]:
    """Every statement of every player in ``extractions``, in text order per article."""
    for extraction in extractions:
        refs = {a.id: a for a in extraction.actors}
        article = extraction.article.id

        def who(actor_id: str | None, refs: dict[str, ActorRef] = refs) -> str | None:
            key = actor_id or ""
            return player_of(refs.get(key) or players.get(key), players=players)

        for stance in extraction.stances:
            actor = who(stance.holder)
            if actor:
                yield Statement(
                    actor=actor,
                    kind="stance",
                    text=stance.text or stance.sentence,
                    polarity=stance.polarity,
                    targets=tuple(t for t in [who(stance.target) or stance.target] if t),
                    intensity=None,
                    evidence=Evidence(kind="stance", text=stance.sentence, article_id=article,
                                      start=stance.start, end=stance.end),
                )
        for quote in extraction.quotes:
            actor = who(quote.speaker)
            if actor:
                yield Statement(
                    actor=actor,
                    kind="quote",
                    text=quote.text,
                    polarity=1,
                    targets=(),
                    intensity=None,
                    evidence=Evidence(kind="quote", text=quote.text, article_id=article,
                                      start=quote.start, end=quote.end),
                )
        for event in extraction.events:
            if event.attributed_to or event.hypothetical:
                continue  # what someone claims or imagines is read from their stance or quote
            targets = tuple(t for t in (who(x) or x for x in event.target) if t)
            for source in event.source:
                actor = who(source)
                if actor:
                    yield Statement(
                        actor=actor,
                        kind="event",
                        text=event.sentence,
                        polarity=-1 if event.negated else 1,
                        targets=targets,
                        intensity=event.intensity,
                        evidence=Evidence(kind="event", text=event.sentence, article_id=article,
                                          start=event.start, end=event.end),
                    )
