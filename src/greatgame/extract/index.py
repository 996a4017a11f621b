"""The actors of one parsed article, and which of them a token or span denotes.

``ActorIndex`` is the hand-off between actor finding and everything that reads roles
from the parse (quotes, stances, and event coding): ``index.resolve(token)`` gives the
actor ids the noun phrase headed by ``token`` denotes, following coordination
("Russia and China") and pronouns already resolved by :mod:`greatgame.extract.coref`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from greatgame.records import ActorKind, ActorRef, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# How a mention was found; pronouns and nominal anaphors ("the group") are used for
# reading roles but not listed among an actor's mentions.
EXPLICIT = frozenset({"name", "capital", "seat", "demonym", "role", "surname", "ner", "source"})
ANAPHORIC = frozenset({"pronoun", "nominal"})
LIST_JOINERS = frozenset({",", "and", "or", "the"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod:poss", "poss", "flat", "nmod", "appos"})


@dataclass(frozen=True)
class ActorInfo:
    """An actor as known to one article: canonical id, name, kind, country, sector."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class Ref:
    """One mention of an actor: a token range of the Doc and how it was found."""

    start: int
    end: int
    actor: str
    how: str = "name"


@dataclass
class ActorIndex:
    """The actors of one Doc with every mention, looked up by token."""

    doc: Doc
    actors: dict[str, ActorInfo] = field(default_factory=dict)
    refs: list[Ref] = field(default_factory=list)
    affiliation: dict[str, str] = field(default_factory=dict)  # person id -> state or group
    groups: dict[int, list[str]] = field(default_factory=dict)  # "they" -> several actors
    implied: list[str] = field(default_factory=list)  # actors events imply, never named
    _by_token: dict[int, Ref] = field(default_factory=dict, repr=False)

    def add_actor(self, info: ActorInfo) -> ActorInfo:
        """Register an actor (the first registration of an id wins)."""
        return self.actors.setdefault(info.id, info)

    def add_implied(self, info: ActorInfo) -> ActorInfo:
        """Register an actor the text implies but never names (listed without mentions)."""
        info = self.add_actor(info)
        if info.id not in self.implied:
            self.implied.append(info.id)
        return info

    def update_actor(self, info: ActorInfo) -> None:
        self.actors[info.id] = info

    def add(self, ref: Ref) -> bool:
        """Add a mention unless it overlaps one already there; True when added."""
        if any(i in self._by_token for i in range(ref.start, ref.end)):
            return False
        self.refs.append(ref)
        for i in range(ref.start, ref.end):
            self._by_token[i] = ref
        return True

    def remove(self, ref: Ref) -> None:
        self.refs.remove(ref)
        for i in range(ref.start, ref.end):
            self._by_token.pop(i, None)

    def ref_at(self, i: int) -> Ref | None:
        return self._by_token.get(i)

    def refs_in(self, start: int, end: int) -> Iterator[Ref]:
        """Mentions wholly inside the token range, in order."""
        for ref in sorted(self.refs, key=lambda r: r.start):
            if ref.start >= start and ref.end <= end:
                yield ref

    def actor_of(self, token: Token) -> str | None:
        """The one actor the noun phrase headed by ``token`` denotes, or None."""
        ref = self._by_token.get(token.i)
        if ref is not None:
            return ref.actor
        for child in token.children:
            if child.dep_ in ("compound", "amod", "nmod:poss", "poss", "flat") and (
                child.i < token.i
            ):
                ref = self._by_token.get(child.i)
                if ref is not None and self.actors[ref.actor].kind != "source":
                    return ref.actor
        return None

    def resolve(self, token: Token) -> list[str]:
        """Actor ids the phrase headed by ``token`` denotes, following coordination."""
        found: list[str] = []
        if token.i in self.groups:
            return list(self.groups[token.i])
        for tok in (token, *token.conjuncts):
            actor = self.actor_of(tok)
            if actor is not None and actor not in found:
                found.append(actor)
        if len(found) >= 2:  # a list the parse cut short: "Brunei, Malaysia, the | Philippines"
            found += [a for a in self.listed(token) if a not in found]
        return found

    def listed(self, token: Token) -> list[str]:
        """The actors of the written list ("A, B, the C and D") a mention at ``token``
        stands in, in order: mentions of one kind joined by commas, "and" or "or" (each
        perhaps followed by "the") within the sentence."""
        ref = self._by_token.get(token.i)
        if ref is None:
            return []
        doc, kind = self.doc, self.actors[ref.actor].kind
        sent = doc[ref.start].sent
        members = [ref]
        for step in (-1, 1):
            edge = members[0] if step < 0 else members[-1]
            while (nxt := self._next_listed(edge, step, sent.start, sent.end)) is not None \
                    and self.actors[nxt.actor].kind == kind:
                members.insert(0, nxt) if step < 0 else members.append(nxt)
                edge = nxt
        return list(dict.fromkeys(m.actor for m in members))

    def _next_listed(self, ref: Ref, step: int, lo: int, hi: int) -> Ref | None:
        """The mention one list separator away from ``ref`` (``step`` -1: before it)."""
        doc = self.doc
        i = ref.start - 1 if step < 0 else ref.end
        seen = 0
        while lo <= i < hi and seen < 3 and doc[i].lower_ in LIST_JOINERS:
            i += step
            seen += 1
        if seen == 0 or not lo <= i < hi or (seen == 1 and doc[i - step].lower_ == "the"):
            return None
        nxt = self._by_token.get(i)
        return nxt if nxt is not None and nxt is not ref else None

    def resolve_span(self, span: Span) -> list[str]:
        """Actor ids a span denotes: its root's, else every explicit mention inside it."""
        found = self.resolve(span.root)
        if found:
            return found
        return list(dict.fromkeys(r.actor for r in self.refs_in(span.start, span.end)
                                  if r.how in EXPLICIT))

    def actors_of(self, span: Span) -> tuple[str, ...]:
        """The event coder's question: which actor ids does this span denote?"""
        return tuple(self.resolve_span(span))

    def to_records(self) -> list[ActorRef]:
        """The article's actors with their explicit mentions (character offsets), in order
        of first mention; then the actors only implied by events."""
        doc = self.doc
        mentions: dict[str, list[Mention]] = {}
        for ref in sorted(self.refs, key=lambda r: r.start):
            if ref.how not in EXPLICIT:
                continue
            span = doc[ref.start : ref.end]
            mentions.setdefault(ref.actor, []).append(
                Mention(start=span.start_char, end=span.end_char, text=span.text)
            )
        groups = [a for a in self.affiliation.values()  # a person's group, though unnamed
                  if a in self.actors and self.actors[a].kind != "state"]
        for actor_id in (*self.implied, *groups):
            mentions.setdefault(actor_id, [])
        out = []
        for actor_id, found in mentions.items():
            info = self.actors[actor_id]
            aliases = tuple(dict.fromkeys(m.text for m in found if m.text != info.name))
            affiliation = self.affiliation.get(actor_id)
            out.append(ActorRef(id=info.id, name=info.name, kind=info.kind,
                                country=info.country, sector=info.sector,
                                aliases=aliases, mentions=tuple(found),
                                affiliation=affiliation if affiliation != info.country else None))
        return out


CLAUSE_OPENERS = frozenset({"that", ";", ":", "because", "while", "whereas", "although",
                            "if", "unless", "as", "“", '"', "‘"})
PP_INNER_POS = frozenset({"DET", "ADJ", "NUM", "PART", "PROPN", "NOUN"})


def in_phrase(doc: Doc, start: int) -> bool:
    """True when the mention starting at ``start`` sits in a prepositional phrase: "in
    Kabul", "to the Afghan officials", "with Russia's envoy"."""
    i = start - 1
    while i >= 0 and start - i <= 4 and doc[i].pos_ in PP_INNER_POS and not doc[i].is_punct \
            and doc[i].lower_ not in CLAUSE_OPENERS:
        i -= 1
    return i >= 0 and (doc[i].pos_ == "ADP" or doc[i].lower_ in ("of", "to", "by"))


def _real_break(doc: Doc, i: int) -> bool:
    """True when a sentence break before token ``i`` is one a reader would see: after
    final punctuation or a quotation mark, or at a line break."""
    tok = doc[i - 1]
    return tok.text in (".", "!", "?", "…", ":", ";") or tok.is_quote or tok.is_space \
        or "\n" in tok.text or "\n" in tok.whitespace_ or doc[i].is_space


def sentence_end(doc: Doc, i: int) -> int:
    """Where the sentence of token ``i`` ends, looking through a segmenter's false breaks
    (a break after a word that cannot end a sentence: "the Taliban share | Russia's …")."""
    end = doc[i].sent.end
    while end < len(doc) and not _real_break(doc, end):
        end = doc[end].sent.end
    return end


def subject_before(cue: Token, index: ActorIndex) -> Token | None:
    """The mention that opens the clause of ``cue``, for when the parse gives the cue no
    subject: the first actor mention between the clause's start (the sentence, or the last
    "that", semicolon or subordinator before the cue) and the cue that is not inside a
    prepositional phrase. "India backs the government and opposes any deal" -> India.

    Position, not the parse: a parser that hangs the verb on the wrong word costs one
    reading, not the holder; a sentence break after a word that cannot end a sentence is
    the segmenter's slip and is looked through.
    """
    doc = cue.doc
    start = cue.sent.start
    while start > 0 and not _real_break(doc, start):
        start = doc[start - 1].sent.start  # a segmenter's slip: "President Ghani | wants"
    for i in range(cue.i - 1, start - 1, -1):
        if doc[i].lower_ in CLAUSE_OPENERS and index.ref_at(i) is None:
            start = i + 1
            break
    for i in range(start, cue.i):
        ref = index.ref_at(i)
        if ref is None or ref.start != i or ref.end > cue.i:
            continue
        if in_phrase(doc, ref.start):
            continue
        return doc[ref.end - 1]
    return None


def actors_in(index: ActorIndex, tokens: Iterable[Token]) -> list[str]:
    """Actor ids mentioned (explicitly or by a resolved pronoun) among ``tokens``."""
    seen: list[str] = []
    for tok in tokens:
        ref = index.ref_at(tok.i)
        if ref is not None and ref.actor not in seen:
            seen.append(ref.actor)
    return seen
