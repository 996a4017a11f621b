"""Gold-set readers: PLOVER gold-standard records and PETRARCH-2 validation sentences.

Both files are JSON Lines (one record per line). A missing file, a line that is not JSON
or a record without its text raises :class:`~greatgame.errors.InputError` naming the file
and the line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from greatgame.errors import InputError

# CAMEO/PLOVER country codes in the gold files that are not ISO 3166 alpha-3.
CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
UNKNOWN = "---"


@dataclass(frozen=True, slots=True)
class GoldActor:
    """A gold actor code: country (or IGO, NGO, IMG ...) and sector, as the coder wrote it."""

    code: str
    sector: str = ""
    text: str = ""


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One expected event: PLOVER type or CAMEO code, with source and target actors."""

    type: str
    source: tuple[GoldActor, ...] = ()
    target: tuple[GoldActor, ...] = ()
    cameo: str = ""


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold sentence with its expected events (possibly none)."""

    id: str
    text: str
    date: str
    events: tuple[GoldEvent, ...]
    split: str = ""
    line: int = 0


def _lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        handle = path.open(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, "gold file not found") from None
    except OSError as exc:
        raise InputError(path, f"cannot read the gold file ({exc.strerror})") from None
    with handle:
        try:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw)
                except json.JSONDecodeError as exc:
                    raise InputError(path, f"not JSON ({exc.msg})", where=f"line {number}") \
                        from None
                if not isinstance(record, dict):
                    raise InputError(path, "a record must be a JSON object",
                                     where=f"line {number}")
                yield number, record
        except UnicodeDecodeError:
            raise InputError(path, "not UTF-8 text") from None


def _text(path: Path, number: int, record: dict[str, Any]) -> str:
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(path, "record has no 'text' string", where=f"line {number}")
    return text


def _country(code: str) -> str:
    code = code.strip().upper()
    return CODE_FIXES.get(code, code)


def _plover_actors(path: Path, number: int, value: Any) -> tuple[GoldActor, ...]:
    if value is None or isinstance(value, str):
        return ()  # "" or a stray word (one record has target "diplomatic"): no actor
    if not isinstance(value, list):
        raise InputError(path, "actors must be a list of {code, sector} objects",
                         where=f"line {number}")
    out = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("code"), str):
            raise InputError(path, "actor without a 'code'", where=f"line {number}")
        out.append(GoldActor(_country(item["code"]), str(item.get("sector") or "")[:3].upper(),
                             str(item.get("actorText") or "")))
    return tuple(out)


def read_plover_gold(path: str | Path, *, split: str | None = None) -> list[GoldRecord]:
    """PLOVER gold-standard records (``gsr.jsonl``), optionally one split (dev or test).

    The expected type is ``event_current`` (the 16 types of the current manual) when the
    record has it, else ``event``.
    """
    path = Path(path)
    if split is not None and split not in ("dev", "test"):
        raise InputError(path, f"unknown split {split!r} (use dev or test)")
    out = []
    for number, record in _lines(path):
        text = _text(path, number, record)
        kind = record.get("event_current") or record.get("event")
        if not isinstance(kind, str) or not kind:
            raise InputError(path, "record has no 'event' type", where=f"line {number}")
        if split is not None and record.get("split") != split:
            continue
        event = GoldEvent(kind.upper(), _plover_actors(path, number, record.get("source")),
                          _plover_actors(path, number, record.get("target")))
        out.append(GoldRecord(str(record.get("id", f"line-{number}")), text,
                              str(record.get("date") or ""), (event,),
                              str(record.get("split") or ""), number))
    return out


def _cameo_actor(code: str) -> tuple[GoldActor, ...]:
    code = (code or "").strip().upper()
    if not code:
        return ()
    return (GoldActor(_country(code[:3]), code[3:6]),)


def read_petrarch_gold(path: str | Path) -> list[GoldRecord]:
    """PETRARCH-2 validation sentences (``petr2_gsr.jsonl``): CAMEO triples per sentence."""
    path = Path(path)
    out = []
    for number, record in _lines(path):
        text = _text(path, number, record)
        events = record.get("events", [])
        if not isinstance(events, list):
            raise InputError(path, "'events' must be a list", where=f"line {number}")
        gold = []
        for item in events:
            if not isinstance(item, dict) or not isinstance(item.get("code"), str):
                raise InputError(path, "event without a 'code'", where=f"line {number}")
            gold.append(GoldEvent("", _cameo_actor(str(item.get("source", ""))),
                                  _cameo_actor(str(item.get("target", ""))),
                                  item["code"].strip()))
        out.append(GoldRecord(str(record.get("id", f"line-{number}")), text,
                              str(record.get("date") or ""), tuple(gold), "", number))
    return out
