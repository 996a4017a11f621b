"""The type PLOVER's coding rules give a sentence, beside the act greatgame reads in it.

greatgame keeps an act's own type and flags what is said of it: "refused to meet" is a
CONSULT flagged ``negated``, "will send troops" a MOBILIZE flagged ``future``. PLOVER (and
the CAMEO-era gold sets before it) codes such sentences by what they do now: a refused or
failed cooperative act is a rejection (REJECT, CAMEO 12), a stated intention to cooperate
is an agreement (AGREE, 03), a stated intention of material conflict a threat (THREATEN,
13). ``coded`` gives that type and its CAMEO code, written on every event as
``coded_type`` / ``coded_cameo``, so that a user of PLOVER's conventions reads them from
the output and ``greatgame eval`` scores what the extractor writes.
"""

from __future__ import annotations

from greatgame.records import Event

COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"})
TYPE_ROOT = {"AGREE": "03", "THREATEN": "13", "REJECT": "12"}


def coded(event: Event) -> tuple[str, str]:
    """(type, CAMEO code) of an event by PLOVER's conventions for intentions and refusals.

    >>> coded(Event(type="CONSULT", cameo="040", negated=True))
    ('REJECT', '120')
    >>> coded(Event(type="MOBILIZE", cameo="150", future=True))
    ('THREATEN', '130')
    >>> coded(Event(type="AID", cameo="070"))
    ('AID', '070')
    """
    kind, code = event.type, event.cameo
    # what an actor says it would do if ... is its intent as much as what it says it will
    # do ("China said it would retaliate if the US sold arms to Taiwan": a threat)
    intended = event.future or event.hypothetical and event.attributed_to is not None \
        and event.attributed_to in event.source
    if event.negated and (kind in COOPERATIVE or kind in ("AGREE", "CONSULT")):
        kind = "REJECT"
    elif intended and kind in COOPERATIVE:
        kind = "AGREE"
    elif intended and kind in MATERIAL_CONFLICT:
        kind = "THREATEN"
    if kind == event.type:
        return kind, code
    return kind, TYPE_ROOT[kind] + code[2:3] if len(code) > 2 else TYPE_ROOT[kind]


def with_coding(event: Event) -> Event:
    """The event with its ``coded_type`` and ``coded_cameo`` written."""
    kind, code = coded(event)
    return event.model_copy(update={"coded_type": kind, "coded_cameo": code})
