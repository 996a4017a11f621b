"""Score ``analyze`` against contests annotated from real news (``contests/dev.jsonl``).

Each gold line names a story (``story_id``, text in a JSON Lines file of stories), its
contested issues with their poles, cue words and the actors the text gives a stance to,
and what happened afterwards. Each story is read exactly as ``greatgame analyze`` reads
it (ingest, extract, build the system, forecast), alone, dated by its ``published``.
Scoring follows the gold's README:

- a gold issue is **found** when a system issue's evidence shares one of its evidence
  sentences, or carries one of its cue words and places at least two of its actors;
  of several, the one placing most of its actors; one system issue stands for at most
  one gold issue of a story (the best-matched pairs are made first);
- **orientation** from the pole labels: the system issue is read reversed when its low
  label shares more words with the gold's high pole (and its high with the low) than
  the other way round;
- a gold actor (counted once per code and issue) is **placed** when the system gives it
  a position on the found issue; its **side** is right when the position is below 40
  for ``low``, above 60 for ``high``, 40-60 for ``middle``; the position error is
  measured on the gold's scale;
- each model's **forecast direction** is right when it lies on the same side of 50 as
  the outcome on that issue.

A system actor stands for a gold actor when its id is the gold code, or its name (or an
alias) is part of the gold actor's name.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from greatgame.errors import InputError
from greatgame.records import Actor, Scenario

_STOP = frozenset(
    "the a an of and or to in on for its it is are be by with from no not any all as at "
    "into their them they this that up out off".split()
)
_WORDS = re.compile(r"[a-z0-9][a-z0-9-]+")


def words(text: str) -> set[str]:
    return {w for w in _WORDS.findall(text.lower()) if w not in _STOP}


def _norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """The gold lines; a malformed one raises InputError naming the line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot be read ({exc})") from None
    gold = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            record["story_id"], record["issues"], record["published"]  # noqa: B018
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(path, f"not a gold contest record ({exc})", f"line {number}") \
                from None
        gold.append(record)
    if not gold:
        raise InputError(path, "no gold contest record")
    return gold


def stands_for(actor: Actor, gold_actor: dict[str, Any]) -> bool:
    code = str(gold_actor.get("iso3_or_code", ""))
    if actor.id == code:
        return True
    name = gold_actor.get("name", "").lower()
    names = {actor.name, *actor.aliases}
    return any(len(n) > 2 and re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", name)
               for n in names)


def oriented(issue_low: str, issue_high: str, gold: dict[str, Any]) -> bool:
    """Whether the system issue runs the same way as the gold one (see module doc)."""
    low, high = words(issue_low), words(issue_high)
    g_low, g_high = words(gold["low_pole"]), words(gold["high_pole"])
    same = len(low & g_low) + len(high & g_high)
    flipped = len(low & g_high) + len(high & g_low)
    return flipped <= same


def side_of(position: float) -> str:
    return "low" if position < 40 else "high" if position > 60 else "middle"


@dataclass
class IssueScore:
    story: str
    gold_issue: str
    found: str | None = None
    reversed: bool = False
    gold_actors: int = 0
    placed: int = 0
    sides_right: int = 0
    errors: list[float] = field(default_factory=list)
    directions: dict[str, bool] = field(default_factory=dict)
    forecasts: dict[str, float] = field(default_factory=dict)


def _gold_actors(gold_issue: dict[str, Any]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for a in gold_issue["actors"]:
        seen.setdefault(str(a.get("iso3_or_code")), a)
    return list(seen.values())


def _placed(scenario: Scenario, issue_id: str, gold_issue: dict[str, Any]
            ) -> dict[str, float]:
    """Gold actor code -> the system position of the actor standing for it."""
    positions = {p.actor: p.position for p in scenario.positions if p.issue == issue_id}
    out = {}
    for g in _gold_actors(gold_issue):
        for actor in scenario.actors:
            if actor.id in positions and stands_for(actor, g):
                out[str(g["iso3_or_code"])] = positions[actor.id]
                break
    return out


def _shares_sentence(evidence: Sequence[str], gold_issue: dict[str, Any]) -> bool:
    golds = [_norm(a.get("evidence", "")) for a in gold_issue["actors"]]
    texts = [_norm(e) for e in evidence]
    return any(g and len(g) > 20 and (g in t or t in g) for g in golds for t in texts if t)


def _match_keys(scenario: Scenario, gold_issue: dict[str, Any]
                ) -> list[tuple[int, int, int, str]]:
    """Every system issue that may stand for a gold issue, with how well: (actors placed,
    shares a sentence, cue hits, id)."""
    cues = [c.lower() for c in gold_issue.get("cue_words", [])]
    keys = []
    for issue in scenario.issues:
        evidence = [e.text for p in scenario.positions if p.issue == issue.id for e in p.evidence]
        placed = len(_placed(scenario, issue.id, gold_issue))
        hits = sum(c in e.lower() for c in cues for e in evidence)
        shared = _shares_sentence(evidence, gold_issue)
        if (placed >= 2 and hits) or shared:
            keys.append((placed, int(shared), hits, issue.id))
    return keys


def match_issue(scenario: Scenario, gold_issue: dict[str, Any],
                taken: frozenset[str] = frozenset()) -> str | None:
    """The system issue standing for a gold issue (none already ``taken``), or None."""
    keys = [k for k in _match_keys(scenario, gold_issue) if k[3] not in taken]
    if not keys:
        return None
    best = max(k[:3] for k in keys)
    return min(k[3] for k in keys if k[:3] == best)


def match_story(scenario: Scenario, gold_issues: Sequence[dict[str, Any]]
                ) -> dict[str, str | None]:
    """Gold issue id -> the system issue standing for it; one system issue stands for at
    most one gold issue (the best-matched pairs are made first; of equals, the gold issue
    the story lists first)."""
    pairs = sorted(((k[:3], n, g["id"], k[3]) for n, g in enumerate(gold_issues)
                    for k in _match_keys(scenario, g)),
                   key=lambda p: (tuple(-x for x in p[0]), p[1], p[3]))
    chosen: dict[str, str | None] = {g["id"]: None for g in gold_issues}
    used: set[str] = set()
    for _, _, gold, issue in pairs:
        if chosen[gold] is None and issue not in used:
            chosen[gold] = issue
            used.add(issue)
    return chosen


def score_issue(story: str, scenario: Scenario, forecast: dict[str, Any],
                gold_issue: dict[str, Any], outcome: float | None,
                found: str | None = None) -> IssueScore:
    """One gold issue's score against the system issue ``found`` for it (by default, the
    best match: see :func:`match_story` for a story's several gold issues)."""
    score = IssueScore(story, gold_issue["id"], gold_actors=len(_gold_actors(gold_issue)))
    found = found if found is not None else match_issue(scenario, gold_issue)
    if found is None:
        return score
    issue = scenario.issue(found)
    same = oriented(issue.low_label, issue.high_label, gold_issue)
    score.found, score.reversed = found, not same

    def flip(x: float) -> float:
        return x if same else 100 - x

    golds = {str(g["iso3_or_code"]): g for g in _gold_actors(gold_issue)}
    for code, position in _placed(scenario, found, gold_issue).items():
        score.placed += 1
        score.sides_right += side_of(flip(position)) == golds[code]["side"]
        score.errors.append(abs(flip(position) - float(golds[code]["position"])))
    for entry in forecast.get("issues", []):
        if entry["id"] != found:
            continue
        for model, result in entry["models"].items():
            value = result.get("forecast")
            if value is None:
                continue
            score.forecasts[model] = round(flip(value), 1)
            if outcome is not None and outcome != 50:
                score.directions[model] = (flip(value) - 50) * (outcome - 50) > 0
    return score


def story_articles(stories: str | Path, ids: set[str], *, published: dict[str, dt.date]):
    """The stories' articles by story id, read as ``greatgame ingest`` reads them."""
    from greatgame.ingest.jsonl import read_jsonl

    path = Path(stories)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot be read ({exc})") from None
    found = {}
    lines = [line for line in text.split("\n") if line.strip()]
    for line, article in zip(lines, read_jsonl(text, path=path), strict=True):
        if isinstance(article, InputError):
            continue
        story = str(json.loads(line).get("id"))
        if story in ids:
            found[story] = article.model_copy(update={"published": published[story]})
    missing = ids - set(found)
    if missing:
        raise InputError(path, f"stories not found: {', '.join(sorted(missing))}")
    return found


@dataclass
class ContestReport:
    """The scores of every gold issue, and the totals."""

    gold_set: str
    scores: list[IssueScore]
    stories: int
    analyzed: int
    failures: list[str]

    def to_dict(self) -> dict[str, Any]:
        n = len(self.scores)
        found = [s for s in self.scores if s.found]
        gold_actors = sum(s.gold_actors for s in self.scores)
        placed = sum(s.placed for s in self.scores)
        errors = [e for s in self.scores for e in s.errors]
        models = sorted({m for s in self.scores for m in s.directions})
        return {
            "gold_set": self.gold_set,
            "stories": self.stories,
            "analyzed": self.analyzed,
            "failures": self.failures,
            "gold_issues": n,
            "issues_found": len(found),
            "issues_found_rate": len(found) / n if n else 0.0,
            "gold_actors": gold_actors,
            "actors_placed": placed,
            "actors_placed_rate": placed / gold_actors if gold_actors else 0.0,
            "sides_right": sum(s.sides_right for s in self.scores),
            "sides_right_rate": sum(s.sides_right for s in self.scores) / placed
            if placed else 0.0,
            "position_mae": sum(errors) / len(errors) if errors else None,
            "direction_right": {
                m: {"right": sum(s.directions.get(m, False) for s in self.scores),
                    "judged": sum(m in s.directions for s in self.scores)}
                for m in models
            },
            "details": [s.__dict__ for s in self.scores],
        }


def _day(text: str) -> dt.date:
    """A date of the gold, written to the day, the month or the year (the first day)."""
    parts = [int(p) for p in str(text).split("-")[:3]]
    return dt.date(*(parts + [1] * (3 - len(parts))))


def _keep(ledger: Any, scenario: Scenario, result: dict[str, Any], title: str,
          scores: Sequence[IssueScore], outcomes: dict[str, float], when: dt.date) -> None:
    """Record a story's forecasts in the ledger and resolve each found issue with the
    gold outcome, turned to the system issue's orientation."""
    from greatgame.store.ledger import record, resolve

    record(ledger, scenario, result, contest=title)
    for s in scores:
        if s.found and s.gold_issue in outcomes:
            outcome = float(outcomes[s.gold_issue])
            try:
                resolve(ledger, s.found, 100 - outcome if s.reversed else outcome, date=when,
                        note=f"gold {s.gold_issue}")
            except InputError:
                continue  # resolved already by an earlier story with the same issue id


def evaluate_contests(gold: str | Path, *, stories: str | Path | None = None,
                      draws: int = 200, seed: int = 0, ledger: Any = None) -> ContestReport:
    """Analyze each gold story alone and score it (see the module's docstring). With
    ``ledger`` (an open Store), every forecast is recorded and resolved with the gold
    outcome, so that ``greatgame ledger score`` scores the models."""
    from greatgame.api import extract_articles
    from greatgame.models.forecast import forecast
    from greatgame.models.shocks import as_json
    from greatgame.system.build import build_system

    records = read_gold(gold)
    stories = Path(stories) if stories else Path(gold).parent.parent / "voa" / "voa_stories.jsonl"
    published = {str(r["story_id"]): dt.date.fromisoformat(r["published"]) for r in records}
    articles = story_articles(stories, set(published), published=published)
    scores, failures, analyzed = [], [], 0
    for record in records:
        story = str(record["story_id"])
        try:
            (extraction,) = extract_articles([articles[story]])
            system = build_system([extraction])
            result = as_json(forecast(system.scenario, draws=draws, seed=seed)) \
                if system.scenario.issues else {"issues": []}
            analyzed += 1
        except Exception as exc:  # noqa: BLE001 - a story that fails is scored, not fatal
            failures.append(f"{story}: {type(exc).__name__}: {exc}")
            system, result = None, {"issues": []}
        outcomes = record.get("outcome", {}).get("outcome_position_by_issue", {})
        matched = match_story(system.scenario, record["issues"]) if system else {}
        mine = []
        for gold_issue in record["issues"]:
            found = matched.get(gold_issue["id"])
            if found is None:
                mine.append(IssueScore(story, gold_issue["id"],
                                       gold_actors=len(_gold_actors(gold_issue))))
                continue
            mine.append(score_issue(story, system.scenario, result, gold_issue,
                                    outcomes.get(gold_issue["id"]), found=found))
        scores += mine
        if ledger is not None and system is not None and system.scenario.issues:
            when = _day(record["outcome"].get("date") or record["published"])
            _keep(ledger, system.scenario, result, record.get("title", story), mine, outcomes,
                  when)
    return ContestReport(Path(gold).name, scores, len(records), analyzed, failures)
