"""Score coded events against gold records.

For every gold record the best of the coder's events is kept: type first, then source,
then target. Two readings of an event's type are scored:

- **strict** (the headline): the type (PETRARCH: the CAMEO root) the extractor writes by
  PLOVER's conventions for intentions and refusals (``coded_type``, ``coded_cameo``:
  a refused cooperative act is REJECT, an intended one AGREE, intended material conflict
  THREATEN; see :mod:`greatgame.extract.conventions`), exactly what ``greatgame extract``
  outputs;
- **lenient**: besides, each code re-keyed to the category its CAMEO root had in PLOVER
  0.5b1 (``era_type``: ``gold_reading``). It credits types the extractor never outputs,
  so it is reported beside the strict figure, never instead of it.

A record is *correct* when type, source and target all match, *partial* when only the
type (and perhaps the source) does, *missed* when no event of the gold type was coded;
every other coded event is *extra*. Actors match by country code (IGO, NGO, IMG and the
like by that code); sectors (GOV, MIL, REB ...) are a second, stricter figure. The
PETRARCH set is scored by CAMEO root (the first two digits).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from greatgame.eval.gold import (
    UNKNOWN,
    GoldActor,
    GoldEvent,
    GoldRecord,
    read_petrarch_gold,
    read_plover_gold,
)
from greatgame.extract.conventions import coded
from greatgame.records import Event

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span


# Codes that stand for a kind of actor rather than a country.
KIND_CODES = frozenset({"IGO", "NGO", "IMG", "ISM", "MNC", "UAF", "REB", "INT"})
# International organisations: the CAMEO-era gold sets file Amnesty International and the
# Red Cross under IGO beside the UN, so either code matches an organisation of either kind.
INTERNATIONAL = frozenset({"IGO", "NGO"})

STRICT, LENIENT = "strict", "lenient"
READINGS = {
    STRICT: "the type (PETRARCH: CAMEO root) greatgame extract writes by PLOVER's "
            "conventions (coded_type, coded_cameo), compared as is",
    LENIENT: "gold_reading: codes re-keyed to their PLOVER 0.5b1 category (era_type)",
}
# The figures a reading yields, in the order they are shown.
FIGURES = ("type_accuracy", "type_source", "type_source_target", "type_source_sector",
           "precision")


# PLOVER 0.5b1, the version the CAMEO-era gold sets are coded in, gave each CAMEO root one
# category (FIGHT, DEMAND, DISAPPROVE and INVESTIGATE since renamed to the current types):
# "impose sanctions" (163) is SANCTION there, "invade" (192) FIGHT, "destroy property"
# (1712) COERCE, where the 2021 CAMEO->PLOVER table files them elsewhere.
ERA_TYPES = {
    "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
    "07": "AID", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
    "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}  # fmt: skip
# Root 08 (yield) was two: easing restrictions and acceding (080-083), and giving back,
# allowing in and standing down (084-087).
YIELD_TYPES = {"080": "CONCEDE", "081": "CONCEDE", "082": "CONCEDE", "083": "CONCEDE"}


def era_type(event_type: str, code: str) -> str:
    """The PLOVER 0.5b1 category of a CAMEO code (``event_type`` when it has none).

    >>> era_type("COERCE", "163"), era_type("RETREAT", "0814"), era_type("RETREAT", "0871")
    ('SANCTION', 'CONCEDE', 'RETREAT')
    """
    if code[:2] == "08":
        return YIELD_TYPES.get(code[:3], "RETREAT")
    return ERA_TYPES.get(code[:2], event_type)


def gold_reading(event: Event) -> tuple[str, str]:
    """(PLOVER type, CAMEO code) of an event as CAMEO-era gold sets code it.

    The type PLOVER's conventions give the sentence (:func:`~greatgame.extract.conventions.
    coded`: what the extractor writes as ``coded_type``), with each code given the
    category its CAMEO root had in PLOVER 0.5b1 (``era_type``) unless the act's verb gave
    it another type.
    """
    kind, code = coded(event)
    if kind != event.type:
        return kind, code
    if kind != _table_type(code):
        return kind, code  # typed by its verb's mode ("resigned": RETREAT), not its code
    return era_type(kind, code), code


def _table_type(code: str) -> str | None:
    from greatgame.extract.verbs import default_lexicon

    info = default_lexicon().info(code)
    return info.type if info is not None else None


# What the article's actor index knows of an id: (country, sector), either may be None.
Known = dict[str, tuple[str | None, str | None]]


def actor_codes(actor_id: str, known: Known | None = None,
                ) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """Country-level codes of an actor id and its (country, sector) pairs.

    ``known`` (the article's actor index) is read first: a role noun such as "Israeli
    soldiers" is an actor of its own there (country ISR, sector MIL).
    """
    from greatgame import resources

    if actor_id.startswith("text:"):
        return frozenset(), frozenset()
    if known and actor_id in known:
        country, sector = known[actor_id]
        sector = (sector or "")[:3]
        code = country or (sector if sector in KIND_CODES else "")
        if not code:  # placed nowhere: no code, not its id's first letters ("KEN_SARO")
            return frozenset(), frozenset()
        return frozenset({code}), frozenset({(code, sector)})
    entry = resources.actor(actor_id)
    if entry is None:
        code = actor_id[:3].upper()
        return frozenset({code}), frozenset({(code, actor_id[3:6].upper())})
    codes: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for role in entry.roles or ():
        country = role.country or ""
        sector = (role.sector or "")[:3]
        if country:
            codes.add(country)
        if sector in KIND_CODES and not country:
            codes.add(sector)
        pairs.add((country or sector, sector))
    if not codes and entry.id:
        codes.add(entry.id[:3])
    return frozenset(codes), frozenset(pairs)


def actors_match(gold: Sequence[GoldActor], predicted: Sequence[str], *,
                 sector: bool = False, known: Known | None = None) -> bool:
    """Do the coded actor ids name (one of) the gold actors? Empty matches empty."""
    if not gold:
        return not predicted
    if not predicted:
        return False
    if all(g.code == UNKNOWN for g in gold):
        return True
    codes: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for actor_id in predicted:
        c, p = actor_codes(actor_id, known)
        codes |= c
        pairs |= p
    if codes & INTERNATIONAL:
        codes |= INTERNATIONAL
    for g in gold:
        if g.code not in codes:
            continue
        if not sector or not g.sector or (g.code, g.sector) in pairs:
            return True
    return False


@dataclass
class RecordScore:
    """How one gold record fared."""

    id: str
    gold: str
    coded: list[str]
    type_ok: bool = False
    source_ok: bool = False
    target_ok: bool = False
    sector_ok: bool = False
    status: str = "missed"
    extra: int = 0


@dataclass
class Report:
    """Overall and per-category figures, and every record's outcome."""

    gold_set: str
    records: int
    gold_events: int
    coded_events: int
    type_accuracy: float
    type_source: float
    type_source_target: float
    type_source_sector: float
    precision: float
    by_category: dict[str, dict[str, float]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    details: list[RecordScore] = field(default_factory=list)
    split: str | None = None
    reading: str = STRICT
    lenient: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> dict[str, Any]:
        """The figures, counts and per-category table, without the records' details."""
        return {"reading": self.reading, "means": READINGS[self.reading],
                **{k: getattr(self, k) for k in FIGURES},
                "counts": dict(self.counts), "by_category": dict(self.by_category)}


def _best(gold: GoldEvent, events: Sequence[Event], key: Callable[[Event], str],
          want: str, known: Known | None = None) -> tuple[bool, bool, bool, bool]:
    best = (False, False, False, False)
    for event in events:
        if key(event) != want:
            continue
        score = (True, actors_match(gold.source, event.source, known=known),
                 actors_match(gold.target, event.target, known=known),
                 actors_match(gold.source, event.source, sector=True, known=known))
        if score[:3] > best[:3]:
            best = score
    return best


def code_texts(texts: Iterable[tuple[str, dt.date | None]], *, nlp: Language | None = None,
               actors_of_span: Callable[[Span], tuple[str, ...]] | None = None,
               known: list[Known] | None = None) -> list[list[Event]]:
    """The coder's events for each (text, publication date).

    By default each text is read exactly as ``greatgame extract`` reads an article
    (``extract.pipeline.read_doc``), and ``known``, when given, is filled with each text's
    actor ids -> (country, sector).
    ``actors_of_span`` instead codes with that lookup alone (e.g.
    ``span_actors.gazetteer_actors``).
    """
    from greatgame.extract.events import code_events
    from greatgame.extract.pipeline import read_doc
    from greatgame.nlp import load

    nlp = nlp or load()
    pairs = list(texts)
    out = []
    for doc, (_text, published) in zip(nlp.pipe(t for t, _ in pairs), pairs, strict=True):
        if actors_of_span is not None:
            out.append(list(code_events(doc, actors_of_span=actors_of_span,
                                        published=published)))
            if known is not None:
                known.append({})
            continue
        reading = read_doc(doc, nlp, published=published)
        out.append(list(reading.events))
        if known is not None:
            known.append({k: (a.country, a.sector) for k, a in reading.index.actors.items()})
    return out


def _date(text: str) -> dt.date | None:
    digits = text.replace("-", "")
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except (ValueError, IndexError):
        return None


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def event_key(event: Event, *, by_root: bool = False, reading: str = STRICT) -> str:
    """What an event counts as: its type (``by_root``: its CAMEO root), as the extractor
    wrote it (``strict``) or as a CAMEO-era gold set reads it (``lenient``).

    >>> refused = Event(type="CONSULT", cameo="040", negated=True)
    >>> event_key(refused), event_key(refused, reading="lenient")
    ('CONSULT', 'REJECT')
    """
    kind, code = gold_reading(event) if reading == LENIENT else (
        event.coded_type or event.type, event.coded_cameo or event.cameo)
    return code[:2] if by_root else kind


def _keyer(events: Sequence[Event], *, by_root: bool, reading: str) -> Callable[[Event], str]:
    names = {id(e): event_key(e, by_root=by_root, reading=reading) for e in events}
    return lambda e: names[id(e)]


def score_records(records: Sequence[GoldRecord], coded: Sequence[Sequence[Event]], *,
                  gold_set: str, by_root: bool = False, split: str | None = None,
                  known: Sequence[Known] | None = None, reading: str = STRICT) -> Report:
    """Score coded events (one list per record) against the gold records; ``known``
    (one per record) says what each record's actor ids stand for, ``reading`` how an
    event's type is read (``strict`` or ``lenient``, see ``event_key``)."""
    if reading not in READINGS:
        raise ValueError(f"reading must be one of {sorted(READINGS)}, not {reading!r}")
    details: list[RecordScore] = []
    tally: Counter[str] = Counter()
    per: dict[str, Counter[str]] = defaultdict(Counter)
    n_gold = n_coded = n_hit = 0
    for n, (record, events) in enumerate(zip(records, coded, strict=True)):
        knows = known[n] if known is not None else None
        key = _keyer(events, by_root=by_root, reading=reading)
        n_coded += len(events)
        coded_names = sorted({key(e) for e in events})
        matched_keys: set[str] = set()
        if not record.events:
            details.append(RecordScore(record.id, "", coded_names, status="no event",
                                       extra=len(events)))
            tally["no-event records with extras"] += bool(events)
        for gold in record.events:
            want = gold.cameo[:2] if by_root else gold.type
            n_gold += 1
            ok = _best(gold, events, key, want, knows)
            status = "correct" if all(ok[:3]) else "partial" if ok[0] else "missed"
            if ok[0]:
                matched_keys.add(want)
            details.append(RecordScore(record.id, want, coded_names, *ok, status=status,
                                       extra=sum(key(e) != want for e in events)))
            tally[status] += 1
            for name, hit in (("n", True), ("type", ok[0]), ("type_source", ok[0] and ok[1]),
                              ("type_source_target", all(ok[:3]))):
                per[want][name] += hit
                tally[name] += hit
            tally["type_source_sector"] += ok[0] and ok[3]
        n_hit += sum(key(e) in matched_keys for e in events)
    by_category = {
        k: {"n": v["n"], "type": _ratio(v["type"], v["n"]),
            "type_source": _ratio(v["type_source"], v["n"]),
            "type_source_target": _ratio(v["type_source_target"], v["n"])}
        for k, v in sorted(per.items())
    }
    return Report(
        gold_set=gold_set, records=len(records), gold_events=n_gold, coded_events=n_coded,
        type_accuracy=_ratio(tally["type"], n_gold),
        type_source=_ratio(tally["type_source"], n_gold),
        type_source_target=_ratio(tally["type_source_target"], n_gold),
        type_source_sector=_ratio(tally["type_source_sector"], n_gold),
        precision=_ratio(n_hit, n_coded), by_category=by_category,
        counts={k: tally[k] for k in ("correct", "partial", "missed",
                                      "no-event records with extras")},
        details=details, split=split, reading=reading,
    )


def score_both(records: Sequence[GoldRecord], coded: Sequence[Sequence[Event]], *,
               gold_set: str, by_root: bool = False, split: str | None = None,
               known: Sequence[Known] | None = None) -> Report:
    """The strict report, with the lenient reading's figures as its ``lenient`` block."""
    options = {"gold_set": gold_set, "by_root": by_root, "split": split, "known": known}
    strict = score_records(records, coded, reading=STRICT, **options)
    lenient = score_records(records, coded, reading=LENIENT, **options)
    strict.lenient = lenient.summary()
    return strict


def evaluate_plover(path: str | Path, *, split: str | None = None,
                    nlp: Language | None = None) -> Report:
    """Code the PLOVER gold sentences (one split or all) and score by PLOVER type:
    strict, with the lenient figures beside (``Report.lenient``)."""
    records = read_plover_gold(path, split=split)
    known: list[Known] = []
    coded = code_texts(((r.text, _date(r.date)) for r in records), nlp=nlp, known=known)
    return score_both(records, coded, gold_set="plover", split=split, known=known)


def evaluate_petrarch(path: str | Path, *, nlp: Language | None = None) -> Report:
    """Code the PETRARCH-2 validation sentences and score by CAMEO root: strict, with
    the lenient figures beside (``Report.lenient``)."""
    records = read_petrarch_gold(path)
    known: list[Known] = []
    coded = code_texts(((r.text, _date(r.date)) for r in records), nlp=nlp, known=known)
    return score_both(records, coded, gold_set="petrarch", by_root=True, known=known)
