"""Contested issues found in statements, by issue kind.

For each kind (:mod:`greatgame.system.kinds`):

1. **On the kind**: the statements whose own words (an event's clause, a stance's
   proposition, a quotation) name one of the kind's objects; also those whose sentence
   names one, read only by an act word of their own, at half weight ("Trump blocked the
   sale, over concerns about the fighter jet").
2. **Focus**: who the instance is about. Each statement on the kind offers candidates
   of the kinds of actor the kind allows (``focus_kinds``), weighted (``OFFER``): the
   object's owner ("Iran's nuclear programme"), a player named after the kind's
   prepositions ("sanctions on Iran"), its targets, players named in its words or its
   sentence, and its own actor where ``focus_self`` allows. The most offered candidate
   is the focus ("parties" kinds take the two most offered); a statement that names
   another focus in so many words belongs to that instance (:func:`_by_focus`). Kinds
   whose focus cannot be a state (an armed group's place) give one instance per such
   player named; kinds with ``designators`` one per weapon system named ("S-400").
3. **Readings**: each statement's act words point it (see :mod:`greatgame.system.issues`);
   where they name no act, kinds about a party's fortunes read the statement's tone
   toward the focus (``tone_pole``) or the focus's own voice (``focus_pole``).
4. **An issue** when at least ``min_actors`` players have a reading and there are at
   least ``min_readings`` readings: a single mention makes none. One player acting on
   another (a state's tariffs on a neighbour) with at least ``one_sided_readings``
   readings is an issue too, marked one-sided in its description: the text gives the
   other side no statement, and the analyst can add it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from greatgame.records import ActorRef, Issue
from greatgame.system.counters import answered, counter_readings
from greatgame.system.evidence import Statement
from greatgame.system.focus import (
    candidates,
    headline_focus,
    imposers,
    named_focus,
    reading_on,
)
from greatgame.system.issues import FoundIssue, Reading
from greatgame.system.kinds import DESIGNATOR, IssueKind, load_kinds
from greatgame.system.players import Players


def designators(text: str) -> list[str]:
    """Weapon-system designators named in ``text``, in a normal form.

    >>> designators("the S-400 and F-35s, the SU 35 and the Su-35, at the G-20")
    ['S-400', 'F-35', 'SU-35', 'SU-35']
    """
    return [f"{m.group(1).upper()}-{m.group(2)}" for m in DESIGNATOR.finditer(text)]


def split_divided(readings: Sequence[Reading], persons: Mapping[str, ActorRef]
                  ) -> list[Reading]:
    """A state divided on a question is not one player: where only persons speak for a
    player and they point to opposite poles (a president against his deputy), each
    becomes a player of its own on this issue. Where the state or its organs speak too,
    the state stays one player."""
    by_player: dict[str, dict[str, list[Reading]]] = {}
    for r in readings:
        speaker = r.statement.speaker if r.statement.speaker in persons else r.statement.actor
        by_player.setdefault(r.statement.actor, {}).setdefault(speaker, []).append(r)
    out: list[Reading] = []
    for player, voices in by_player.items():
        leans = [sum(r.direction * r.weight for r in rs) for rs in voices.values()]
        divided = player not in voices and any(x > 0 for x in leans) and \
            any(x < 0 for x in leans)
        for speaker, rs in voices.items():
            if divided and speaker != player:
                rs = [replace(r, statement=replace(r.statement, actor=speaker)) for r in rs]
            out += rs
    return out


def _names(kind: IssueKind, s: Statement) -> bool:
    """Whether a statement's words or sentence name an object of the kind."""
    return kind.names_object(s.text) or kind.names_object(s.evidence.text)


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _fill(template: str, values: Mapping[str, str]) -> str:
    """A kind's template filled in; a part in [brackets] is kept only when every value
    it names is known ("in [{country} ]politics")."""
    def optional(m: re.Match[str]) -> str:
        names = re.findall(r"{(\w+)}", m.group(1))
        return m.group(1) if all(values.get(n) for n in names) else ""

    text = re.sub(r"\[([^\]]*)\]", optional, template).format_map(values)
    text = re.sub(r"\b(\w[\w .-]*?)'s\b", lambda m: _possessive(m.group(1)), text)
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Instance:
    """One instance of a kind before it is named: its focus and its statements."""

    kind: IssueKind
    focus: tuple[str, ...]
    statements: tuple[Statement, ...]
    obj: str = ""


def _instances(kind: IssueKind, said: Sequence[Statement], players: Players,
               titles: Sequence[str] = ()) -> list[Instance]:
    on = [s for s in said if _names(kind, s)]
    if "state" not in kind.focus_kinds:  # one instance per non-state focus named
        return _party_instances(kind, said, players)
    if not on:
        return []
    counts: Counter[str] = Counter()
    for s in on:
        counts.update(candidates(s, kind, players))
    if not counts:  # no one named: the story's most mentioned player of a fitting kind
        counts = Counter({pid: len(ref.mentions) for pid, ref in players.refs.items()
                          if ref.kind in kind.focus_kinds and ref.mentions})
    if not counts:
        return []
    headline = headline_focus(kind, titles, players)
    ranked = sorted(counts, key=lambda p: (p != headline, -counts[p],
                                           kind.focus_kinds.index(players.kind(p)), p))
    if kind.focus == "parties":
        brokers = _brokers(kind, on, players)
        sides = [p for p in ranked if p not in brokers]
        focus = _parties((sides if len(sides) >= 2 else ranked)[:4], said, counts,
                         hostile=kind.hostile_parties)
        if kind.focus_named and not any(set(focus) & named_focus(s, kind, players)
                                        for s in on):
            return []  # talks with no party named ("climate talks in Madrid")
        return _by_designator(kind, focus, on + list(_tone(kind, said, on, focus)))
    out = []
    for focus, statements in _by_focus(kind, on, ranked[0], players).items():
        if kind.focus_named and not any(focus in named_focus(s, kind, players)
                                        for s in statements):
            continue  # troops "in" no one: no host named, no question of presence
        out += _by_designator(kind, (focus,), statements + list(_tone(kind, said, statements,
                                                                       (focus,))))
    return out


def _brokers(kind: IssueKind, on: Sequence[Statement], players: Players) -> set[str]:
    """Players the statements name in a broker's part: with one of the kind's ``brokers``
    words right after the name, perhaps past the object ("the U.S. ceasefire proposal",
    "a U.S.-brokered truce", "Qatar's mediation")."""
    if kind.brokers is None:
        return set()
    found: set[str] = set()
    for s in on:
        found |= players.named_before(s.evidence.text or s.text, kind.brokers,
                                      r"(?:['’]s)?[\s-]+(?:[\w-]+\s+){0,2}?")
    return found


def _parties(ranked: Sequence[str], said: Sequence[Statement], counts: Counter[str], *,
             hostile: bool = False) -> tuple[str, ...]:
    """The two parties of a "parties" kind (a ceasefire, relations): of the four most
    offered candidates, the pair that deals most with each other in the text (one acts
    on or speaks of the other; with ``hostile``, only hostile acts and words count: the
    sides of a war, not its mediator), ties going to the most offered."""
    if len(ranked) < 2:
        return tuple(ranked)

    def counted(s: Statement) -> bool:
        return not hostile or (s.intensity or 0) < 0 or s.polarity < 0

    def dealings(a: str, b: str) -> int:
        return sum(counted(s) and ((s.actor == a and b in s.targets) or
                                   (s.actor == b and a in s.targets)) for s in said)

    pairs = [(a, b) for i, a in enumerate(ranked) for b in ranked[i + 1:]]
    best = max(pairs, key=lambda p: (dealings(*p), counts[p[0]] + counts[p[1]]))
    return tuple(sorted(best))


def _by_focus(kind: IssueKind, on: Sequence[Statement], main: str, players: Players
              ) -> dict[str, list[Statement]]:
    """Statements grouped by the instance they are about: a statement that names a focus
    explicitly ("tariffs on Germany", "Iran's missiles") is about that one, an instance
    of its own when at least two statements name it so (else the statement is set
    aside: it is about a question the text barely raises); every other statement is
    about the ``main`` focus."""
    named = {id(s): named_focus(s, kind, players) for s in on}
    others = Counter(p for s in on for p in named[id(s)] - {main})
    groups: dict[str, list[Statement]] = {main: []}
    for s in on:
        mine = named[id(s)]
        if not mine and main in imposers(s, kind, players):
            continue  # "the added Canadian duty": Canada's own measure, not one on Canada
        if not mine or main in mine:
            groups[main].append(s)
            continue
        strong = sorted(p for p in mine if others[p] >= 2)
        if strong:
            groups.setdefault(strong[0], []).append(s)
    return groups


def _by_designator(kind: IssueKind, focus: tuple[str, ...], on: Sequence[Statement]
                   ) -> list[Instance]:
    """One instance, or one per weapon system named for kinds with ``designators``."""
    named = Counter(d for s in on for d in designators(s.evidence.text or s.text)) \
        if kind.designators else Counter()
    if not named:
        return [Instance(kind, focus, tuple(on))]
    by_obj: dict[str, list[Statement]] = {}
    for s in on:
        found = designators(s.evidence.text or s.text)
        by_obj.setdefault(found[0] if found else "", []).append(s)
    unnamed = by_obj.pop("", [])
    for s in unnamed:
        by_obj[_nearest_designator(s, by_obj, kind)].append(s)
    return [Instance(kind, focus, tuple(v), obj=k) for k, v in sorted(by_obj.items())]


def _nearest_designator(s: Statement, by_obj: Mapping[str, list[Statement]],
                        kind: IssueKind) -> str:
    """The weapon system a statement naming none is most likely about: the one whose
    statements share most of its object words ("fighter jet" goes with the F-35 named
    beside "fighter jets"); ties go to the system named most."""
    def words(text: str) -> set[str]:  # "fighter jet's", "fighter jets": one word
        return {re.sub(r"(?:['’]s|s)$", "", m.group(0).lower())
                for m in kind.objects.finditer(text)} if kind.objects else set()

    own = words(s.evidence.text or s.text)
    return max(by_obj, key=lambda d: (
        len(own & set().union(*(words(x.evidence.text or x.text) for x in by_obj[d]))),
        len(by_obj[d]), d))


def _party_instances(kind: IssueKind, said: Sequence[Statement], players: Players
                     ) -> list[Instance]:
    """One instance per non-state party (an armed group) that at least two statements
    of other players name or aim at: those statements (their act words, or their tone
    toward it, are read) and its own on the kind."""
    offered = {id(s): candidates(s, kind, players) for s in said}
    counts = Counter(p for s in said for p in offered[id(s)])  # statements, not weights
    out = []
    for group in sorted(g for g, n in counts.items() if n >= 2):
        own = tuple(s for s in said if s.actor == group and kind.names_object(s.text))
        named = tuple(s for s in said if group in offered[id(s)])
        out.append(Instance(kind, (group,), named + own))
    return out


def _tone(kind: IssueKind, said: Sequence[Statement], on: Sequence[Statement],
          focus: Sequence[str]) -> tuple[Statement, ...]:
    """For kinds about a party's fortunes, the statements aimed at the focus that name
    no object of the kind: their tone is read (see :func:`reading_on`)."""
    if not kind.tone_pole:
        return ()
    taken = {id(s) for s in on}
    return tuple(s for s in said if id(s) not in taken and set(s.targets) & set(focus))


def _issue(inst: Instance, players: Players, country_name: Callable[[str], str | None]) -> Issue:
    names = [players.name(p) for p in inst.focus]
    ref = players.refs.get(inst.focus[0])
    country = (country_name(ref.country) if ref and ref.country else None) or ""
    person = ref is not None and ref.kind == "person"
    values = {
        "focus": names[0], "parties": " and ".join(names), "country": country,
        "object": inst.obj or "weapons",
        "person": names[0] if person else "", "state": "" if person else names[0],
    }
    slug = "-".join([inst.kind.id, *(p.lower() for p in inst.focus)] +
                    ([inst.obj.lower()] if inst.obj else []))
    return Issue(
        id=re.sub(r"[^a-z0-9-]+", "-", slug),
        name=_fill(inst.kind.name, values),
        low_label=_fill(inst.kind.low_pole, values),
        high_label=_fill(inst.kind.high_pole, values),
        description=f"Kind: {inst.kind.title} ({inst.kind.source}).",
    )


def kind_issues(
    said: Sequence[Statement],
    refs: Mapping[str, ActorRef],
    *,
    country_name: Callable[[str], str | None],
    kinds: Sequence[IssueKind] | None = None,
    persons: Mapping[str, ActorRef] | None = None,
    min_actors: int = 2,
    min_readings: int = 2,
    one_sided_readings: int = 3,
    titles: Sequence[str] = (),
) -> list[FoundIssue]:
    """Every instance of every kind that enough players act on, with its readings (see
    the module's docstring for ``min_actors``, ``min_readings``, ``one_sided_readings``).
    ``persons``: who may speak for themselves where their state is divided (see
    :func:`split_divided`); ``titles``: the articles' titles (an issue whose object a
    title names is the story's headline question)."""
    players = Players.of(refs)
    found = []
    for kind in kinds if kinds is not None else load_kinds():
        for inst in _instances(kind, said, players, titles):
            others_read = answered(kind, inst.focus, inst.statements, players)
            readings = split_divided(
                [r for s in inst.statements if s.actor in refs and id(s) not in others_read
                 and (r := reading_on(s, kind, inst.focus))]
                + counter_readings(kind, inst.focus, inst.statements, said, players),
                persons or {})
            actors = {r.statement.actor for r in readings}
            # a party's own voice does not make its place an open question
            others = actors - set(inst.focus) if "state" not in kind.focus_kinds else actors
            one_sided = len(readings) >= one_sided_readings > 0 and len(others) == 1 \
                and not others & set(inst.focus) and "state" in kind.focus_kinds
            if (len(others) < min_actors or len(readings) < min_readings) and not one_sided:
                continue
            if "state" in kind.focus_kinds and \
                    sum(_names(kind, r.statement) for r in readings) < min_readings:
                continue  # tone alone (hostility toward a state) raises no question
            focus = players.refs.get(inst.focus[0])
            host = focus.country if focus and focus.kind != "state" else inst.focus[0]
            issue = _issue(inst, players, country_name)
            if len(others) < min_actors:
                issue = issue.model_copy(update={"description": issue.description + (
                    " One side only: the text gives no other player's statement on it; add "
                    "their positions in system.yaml.")})
            found.append(FoundIssue(issue, tuple(readings), host=host, kind=kind.id,
                                    headline=any(kind.names_object(t) for t in titles)))
    return found


def strongest(found: Sequence[FoundIssue], *, limit: int, overlap: float = 0.8
              ) -> list[FoundIssue]:
    """The ``limit`` issues with the most evidence, headline questions first, dropping any
    whose statements are mostly (``overlap``) those of a stronger one of another kind: one
    question, not two names for it. Two instances of one kind are two questions (tariffs
    on Korea, and Korea's counter-tariffs read on both)."""
    def weight(f: FoundIssue) -> float:
        return sum(r.weight for r in f.readings)

    kept: list[FoundIssue] = []
    for f in sorted(found, key=lambda f: (not f.headline, -weight(f), f.issue.id)):
        spans = {(r.statement.evidence.article_id, r.statement.evidence.start)
                 for r in f.readings}
        if any(len(spans & {(r.statement.evidence.article_id, r.statement.evidence.start)
                            for r in k.readings}) >= overlap * len(spans)
               for k in kept if k.kind != f.kind or not f.kind):
            continue
        kept.append(f)
        if len(kept) == limit:
            break
    return kept
