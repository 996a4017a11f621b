"""Who an instance of an issue kind is about, and how one statement bears on it.

Each statement on a kind offers focus candidates, weighted (:data:`OFFER`): the object's
owner, the players named after the kind's prepositions, its targets, those named in its
words or sentence, and its own player where ``focus_self`` allows; a title can name the
main focus outright (:func:`headline_focus`). :func:`reading_on` reads a statement's
direction on an instance (see :mod:`greatgame.system.issues` for the table).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from greatgame.system.evidence import Statement
from greatgame.system.issues import Reading, read, rule_of
from greatgame.system.kinds import IssueKind
from greatgame.system.players import Players

# How strongly a statement offers a player as its instance's focus.
OFFER = {"owner": 2.5, "target": 2.0, "after_prep": 2.0, "in_words": 1.5, "in_sentence": 1.0,
         "self": 1.0}


def object_owners(sentence: str, kind: IssueKind, players: Players) -> set[str]:
    """Players the sentence names as owners of the kind's object, where owning it makes
    one the focus (see ``owner_focus``)."""
    return players.owners(sentence, kind.objects) if kind.owner_focus else set()


def self_offered(s: Statement, kind: IssueKind) -> bool:
    if kind.focus_self != "doer":
        return bool(kind.focus_self)
    # the doer carries the focus's own act out (the high one, or the kind's focus_pole):
    # an event, not words about it, and not a rejection of the opposite act
    rule = rule_of(s)
    act = kind.act(s.text) or kind.bare
    return s.kind == "event" and rule is not None and rule.attitude == 1 and \
        act == (kind.focus_pole or 1)


def candidates(s: Statement, kind: IssueKind, players: Players) -> dict[str, float]:
    """Who a statement on ``kind`` offers as the instance's focus, and how strongly: a
    player named as the object's owner ("Iran's nuclear programme"), its targets, a
    player named right after the kind's ``focus_preps``, named in its own words, in its
    sentence, and its own player where ``focus_self`` allows. Where the focus is the doer
    of the act (``focus_self: doer``, a state's own missiles), being named is no offer,
    nor being the target of its acts: the owner, the prepositions and the doer
    are."""
    sentence = s.evidence.text or s.text
    after = players.named_after(sentence, kind.focus_preps)
    offered: dict[str, float] = {}
    named = [] if kind.focus_self == "doer" else [
        ({t for t in s.targets if t in players.refs}, "target"),
        (players.named_in(s.text), "in_words"), (players.named_in(sentence), "in_sentence")]
    for group, how in ((object_owners(sentence, kind, players), "owner"), (after, "after_prep"),
                       *named, ({s.actor} if self_offered(s, kind) else set(), "self")):
        for pid in group:
            offered[pid] = max(offered.get(pid, 0.0), OFFER[how])
    if not self_offered(s, kind):
        offered.pop(s.actor, None)
    for pid in imposers(s, kind, players) - after:  # "U.S. tariffs": the imposer's
        offered.pop(pid, None)
    return {p: w for p, w in offered.items() if players.kind(p) in kind.focus_kinds}


def headline_focus(kind: IssueKind, titles: Sequence[str], players: Players) -> str | None:
    """The player a title naming the kind's object names as its focus (after the kind's
    prepositions, or as the object's owner where that makes one the focus), when it names
    one: the story's question, so the kind's main instance ("Trump doubles tariffs on
    Canada steel": Canada, though Canada's counter-tariffs on the US fill the story)."""
    for title in titles:
        if kind.names_object(title):
            named = {p for p in players.named_after(title, kind.focus_preps) |
                     object_owners(title, kind, players) if players.kind(p) in kind.focus_kinds}
            if len(named) == 1:
                return named.pop()
    return None


def reading_on(s: Statement, kind: IssueKind, focus: Sequence[str]) -> Reading | None:
    """How one statement bears on one instance of ``kind`` about ``focus``. Where the
    event's own trigger is the act word ("vetoed", "protested", "lifted"), the event is
    the act and its type says nothing more: the act alone gives the direction (a veto of
    an action is against it, not a rejection of a rejection)."""
    rule = rule_of(s)
    own = kind.trigger_act(s.text) if s.kind == "event" else 0
    attitude = 1 if own else None
    if not kind.names_object(s.text) and kind.names_object(s.evidence.text):
        # only its sentence names the object: read by an act word of its own (its
        # trigger comes first: "blocked the sale"), at half weight
        reading = read(s, own or kind.act(s.text), attitude=attitude)
        return replace(reading, weight=reading.weight * 0.5) if reading else None
    pole = own or kind.act(s.text) or (kind.bare if rule is not None and rule.bare else 0)
    if pole:
        return read(s, pole, attitude=attitude)
    if kind.focus_pole and s.actor in focus:
        return read(s, kind.focus_pole, attitude=1)
    if kind.tone_pole and rule is not None and set(s.targets) & set(focus):
        tone = s.polarity if s.kind != "event" else rule.tone
        return read(s, kind.tone_pole, attitude=tone)
    return None


def imposers(s: Statement, kind: IssueKind, players: Players) -> set[str]:
    """Where owning the object makes one the imposer (``owner_focus: false``): the players
    the statement's words name as the measure's owners or modifiers ("the added Canadian
    duty", "U.S. tariffs", "China's sanctions")."""
    if kind.owner_focus:
        return set()
    return players.modifiers(s.text, kind.objects) | players.owners(s.text, kind.objects)


def named_focus(s: Statement, kind: IssueKind, players: Players) -> set[str]:
    """Players a statement names as the focus in so many words: the object's owner, after
    the kind's prepositions, or the target of a coercive act ("threatened the EU with
    tariffs")."""
    sentence = s.evidence.text or s.text
    named = object_owners(sentence, kind, players) | players.named_after(sentence, kind.focus_preps)
    rule = rule_of(s)
    if kind.focus_self != "doer" and s.kind == "event" and rule is not None and \
            rule.aims:  # threatened Y with tariffs: Y
        named |= {t for t in s.targets if t in players.refs}
    if not self_offered(s, kind):
        named.discard(s.actor)
    return {p for p in named if players.kind(p) in kind.focus_kinds}
