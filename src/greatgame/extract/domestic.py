"""Whom a domestic act is aimed at when its sentence names no one.

PLOVER codes an act with no named addressee by the other side of the doer's own state:
protesters, rebels or civilians act against their state ("thousands marched in Abidjan"
is aimed at Côte d'Ivoire's government), and a state acts upon its own people ("the
government lifted the curfew" is aimed at Sudan's civilians). Only acts that always have
an addressee are completed so; agreements, retreats and mobilisations are left alone, and
so is a state's use of force with no one named (whom its troops fired at is not known).
"""

from __future__ import annotations

from collections.abc import Iterable

from greatgame import resources
from greatgame.extract.actors import STATE_SECTORS, state_info
from greatgame.extract.index import ActorIndex, ActorInfo
from greatgame.records import Event

# Types whose act has an addressee even when the sentence leaves it unsaid.
DOMESTIC_TYPES = frozenset({"PROTEST", "COERCE", "CONCEDE", "THREATEN", "ASSAULT", "REQUEST"})
# Acts several parties do with each other.
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "REJECT"})
# What a state does to its own people when the sentence names no one else.
STATE_MEASURES = frozenset({"COERCE", "CONCEDE", "REQUEST"})
# Easing a curfew, a ban or a state of emergency (CAMEO 081): PLOVER files it as a retreat,
# aimed, like the measure it eases, at the state's own people.
EASED_MEASURES = "081"
# Withdrawing (CAMEO 087): from one's own ground it is aimed at no one.
WITHDRAWAL = "087"
# Acts done only to another state: occupying territory (CAMEO 192).
FOREIGN_CODES = frozenset({"192"})


def domestic_targets(events: Iterable[Event], index: ActorIndex) -> tuple[Event, ...]:
    """The events, each untargeted domestic act aimed at the other side of its state.

    The implied actor is registered in ``index`` (listed with no mentions of its own).
    """
    out = []
    for event in events:
        event = _crowd(_own_ground(_joint(event, index), index), index)
        counterpart = None
        if (not event.target and event.source and event.cameo not in FOREIGN_CODES
                and (event.type in DOMESTIC_TYPES or event.cameo.startswith(EASED_MEASURES))):
            counterpart = _counterpart([index.actors.get(a) for a in event.source])
        if counterpart is not None and counterpart.sector == "CVL" \
                and event.type not in STATE_MEASURES and not event.cameo.startswith(EASED_MEASURES):
            counterpart = None  # troops that fire or threaten: at whom is not known
        if counterpart is None:
            out.append(event)
            continue
        index.add_implied(counterpart)
        out.append(event.model_copy(update={"target": (counterpart.id,)}))
    return tuple(out)


def _own_ground(event: Event, index: ActorIndex) -> Event:
    """A withdrawal from a place of the withdrawing side's own state ("Bosnian Serb forces
    completed their withdrawal from the Bosnian town of Gorazde") is aimed at no one: the
    place, read as its state, goes."""
    if not event.cameo.startswith(WITHDRAWAL) or not event.target or not event.source:
        return event
    own = {_country(index, a) for a in event.source} - {None}
    places = [index.actors.get(a) for a in event.target]
    if len(own) == 1 and all(p is not None and p.country in own
                             and (p.kind == "state" and p.sector is None or p.sector == "CVL")
                             for p in places):  # (its "Bosnian town": its civilians')
        return event.model_copy(update={"target": ()})
    return event


def _crowd(event: Event, index: ActorIndex) -> Event:
    """A protest by people the sentence does not place ("hundreds of people protested
    outside the White House") is made by the civilians of the state where it happens (the
    coder keeps only that place as the target of such a protest)."""
    if event.source or event.type != "PROTEST" or len(event.target) != 1:
        return event
    info = index.actors.get(event.target[0])
    if info is None or info.country is None or resources.country(info.country) is None:
        return event
    crowd = state_info(info.country, "CVL")
    if crowd.id == info.id:
        return event
    index.add_implied(crowd)
    return event.model_copy(update={"source": (crowd.id,)})


def _joint(event: Event, index: ActorIndex) -> Event:
    """A joint act of several states ("Hungarian and Romanian officials agreed ...", "failed
    to reach agreement") is not aimed at one of its own parties: such a target, read from
    what they agreed on, goes. Force two states use together keeps its target."""
    if not event.target or event.type not in JOINT_TYPES:
        return event
    parties = {_country(index, a) for a in event.source} - {None}
    aimed = {_country(index, a) for a in event.target}
    if len(parties) > 1 and aimed <= parties:
        return event.model_copy(update={"target": ()})
    return event


def _country(index: ActorIndex, actor_id: str) -> str | None:
    info = index.actors.get(actor_id)
    return info.country if info is not None else None


def _counterpart(sources: list[ActorInfo | None]) -> ActorInfo | None:
    """The state of sources that all belong to one, or its civilians if they are the state."""
    if any(info is None or info.country is None for info in sources):
        return None
    countries = {info.country for info in sources if info is not None}
    if len(countries) != 1:
        return None
    country = countries.pop()
    if resources.country(country) is None:
        return None  # the Holy See has no people of its own to be aimed at
    state_side = all(info is not None and (info.sector in STATE_SECTORS or
                                           info.kind == "state" and info.sector is None)
                     for info in sources)
    return state_info(country, "CVL") if state_side else state_info(country)
