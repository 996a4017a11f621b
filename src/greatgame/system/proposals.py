"""Proposals no issue kind foresaw.

Any measure, demand or plan named by a noun phrase that actors demand, agree to, reject,
impose, protest or support ("the plan to close the camps", "the draft resolution") is an
issue of its own when at least ``min_actors`` players act on it in opposite directions
and no kind has claimed most of its statements (nor do all of them lie over a year
back): "<proposal> adopted" (100) against "<proposal> dropped" (0). Its vocabulary (the
nouns of proposals, the words that end a proposal's phrase, the act words toward adopting
or dropping it) is data:
``data/issues/proposals.yaml``. Statements are read by the same direction table as the
kinds (:func:`greatgame.system.issues.read`), so a proposer's demand points to 100.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

import yaml

from greatgame.records import Issue
from greatgame.system.evidence import Statement
from greatgame.system.issues import FoundIssue, Reading, read
from greatgame.system.kinds import nearest_act, phrase_pattern


@dataclass(frozen=True)
class Lexicon:
    nouns: re.Pattern[str]
    stops: frozenset[str]
    determiners: frozenset[str]
    max_words: int
    high: re.Pattern[str] | None
    low: re.Pattern[str] | None


def _noun_pattern(nouns: Iterable[str]) -> re.Pattern[str]:
    """Nouns in the singular or plural only: "offered" or "planned" name no proposal."""
    forms = sorted({f for n in nouns for f in (n, n + "s", n + "es")}, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, forms))})(?![\w-])",
                      re.IGNORECASE)


@functools.cache
def lexicon() -> Lexicon:
    text = resources.files("greatgame").joinpath("data", "issues", "proposals.yaml")
    data = yaml.safe_load(text.read_text(encoding="utf-8"))
    nouns = _noun_pattern(data["nouns"])
    return Lexicon(nouns, frozenset(data["stops"]), frozenset(data["determiners"]),
                   int(data["max_words"]),
                   phrase_pattern(data["high"]), phrase_pattern(data["low"]))


def _modifier(token: str, lex: Lexicon) -> bool:
    """A word that can modify a proposal's noun without a parse: a possessive ("Kenya's"),
    a compound ("water-sharing"), a name ("Nile"), or a proposal noun itself ("draft")."""
    if token.lower() in lex.determiners or token.lower() in lex.stops:
        return False
    return bool(re.fullmatch(r"[\w-]+['’]s|\w+(?:-\w+)+|[A-Z][\w-]*", token)
                or lex.nouns.fullmatch(token))


_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")


def proposal_of(text: str, lex: Lexicon | None = None) -> tuple[str, str] | None:
    """The proposal a statement's words name: (its noun, its phrase), or None.

    >>> proposal_of("rejected Kenya's plan to close two camps, officials said")
    ('plan', "Kenya's plan to close two camps")
    """
    lex = lex or lexicon()
    m = lex.nouns.search(text)
    if m is None:
        return None
    noun = re.sub(r"(?<=[^s])e?s$", "", m.group(0).lower())
    owner: list[str] = []  # up to two modifiers before the noun (see _modifier)
    for token in reversed(text[: m.start()].split()[-2:]):
        if not _modifier(token, lex):
            break
        owner.insert(0, token)
    words = []
    for token in _TOKEN.findall(text[m.end():]):
        if not re.match(r"[\w'’-]", token) or token.lower() in lex.stops:
            break
        words.append(token)
        if len(words) == lex.max_words:
            break
    if not owner and not words:
        return None  # a bare noun ("the plan") names no proposal one can tell apart
    return noun, " ".join([*owner, m.group(0), *words])


def _spans(statements: Iterable[Statement]) -> set[tuple[str | None, int | None]]:
    return {(s.evidence.article_id, s.evidence.start) for s in statements}


def _reading(s: Statement, lex: Lexicon) -> Reading | None:
    """A statement on a proposal: by the act word nearest it (adopting 1 by default);
    where an event's own trigger is the act word ("rejected the plan"), the act alone."""
    own = 0
    if s.kind == "event":
        own = next((sign for pattern, sign in ((lex.high, 1), (lex.low, -1))
                    if pattern is not None and pattern.match(s.text)), 0)
    pole = own or nearest_act(s.text, lex.nouns, lex.high, lex.low) or 1
    return read(s, pole, attitude=1 if own else None)


def proposal_issues(
    said: Sequence[Statement],
    players: Iterable[str],
    *,
    claimed: Iterable[FoundIssue] = (),
    min_actors: int = 2,
) -> list[FoundIssue]:
    """Every proposal that players act on in opposite directions (see the module doc)."""
    lex = lexicon()
    known = set(players)
    taken = _spans(r.statement for f in claimed for r in f.readings)
    groups: dict[str, list[tuple[Statement, str]]] = {}
    for s in said:
        found = proposal_of(s.text, lex) if s.actor in known else None
        if found:
            groups.setdefault(found[0], []).append((s, found[1]))
    out = []
    for noun, items in sorted(groups.items()):
        statements = [s for s, _ in items]
        if len(_spans(statements) & taken) * 2 > len(statements):
            continue  # a kind has claimed it
        readings = [r for s in statements if (r := _reading(s, lex))]
        signs = {r.statement.actor: 0.0 for r in readings}
        for r in readings:
            signs[r.statement.actor] += r.direction * r.weight
        if len(signs) < min_actors or not (min(signs.values()) < 0 < max(signs.values())):
            continue
        if all("historical" in r.statement.flags for r in readings):
            continue  # "after a 2013 agreement": background, not a question open now
        phrase = Counter(p for _, p in items).most_common(1)[0][0]
        name = phrase[:1].upper() + phrase[1:]
        out.append(FoundIssue(
            Issue(id=f"proposal-{re.sub(r'[^a-z0-9]+', '-', noun)}", name=name,
                  low_label=f"{name}: dropped", high_label=f"{name}: adopted",
                  description="A proposal no issue kind foresaw, read from what the "
                              "players say and do about it."),
            tuple(readings), kind="proposal"))
    return out
