"""The articles themselves, embedded in the report, and links from evidence into them.

Every evidence item the page shows (a position's sentences, a tie's events, a quote, a
stance) names its article and a character span. :class:`Sources` turns such a span into a
link to its sentence, highlighted in place in the article's text at the bottom of the page
(collapsed until opened), and to the article's own address when it has one. The sentence
is the evidence's own sentence where the article holds it around the span, else the span
widened to the nearest sentence ends (``. ``, ``? ``, ``! `` or a line break).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from greatgame.records import Article

_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+|\n")


def sentence_span(text: str, start: int, end: int, sentence: str = "") -> tuple[int, int]:
    """The span of the sentence around ``[start, end)`` in ``text``.

    >>> sentence_span("One. Two words here. Three.", 9, 14)
    (5, 20)
    """
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    if sentence:
        at = text.rfind(sentence, 0, end)
        while at >= 0 and at + len(sentence) < start:
            at = -1  # the sentence found ends before the span: not this one
        if at >= 0 and at <= start:
            return at, at + len(sentence)
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    stop = right.start() + 1 if right and text[right.start()] != "\n" else (
        right.start() if right else len(text))
    return left, max(stop, end)


def anchor_id(article_id: str, start: int) -> str:
    return f"src-{article_id}-{start}"


class Sources:
    """The articles of a report and the sentences its evidence points at."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self._articles = {a.id: a for a in articles}
        self._spans: dict[str, set[tuple[int, int]]] = {}

    def link(self, article_id: str | None, start: int | None, end: int | None,
             sentence: str = "") -> dict[str, str] | None:
        """``{"href": "#src-…", "url": …}`` for a span of a known article, else None."""
        article = self._articles.get(article_id or "")
        if article is None or start is None:
            return None
        span = sentence_span(article.text, start, end if end is not None else start, sentence)
        self._spans.setdefault(article.id, set()).add(span)
        return {"href": "#" + anchor_id(article.id, span[0]), "url": article.url or ""}

    def articles(self) -> list[dict[str, Any]]:
        """Each article as paragraphs of plain and highlighted pieces, for the template."""
        return [
            {"id": a.id, "title": a.title or a.source, "url": a.url or "",
             "published": a.published.isoformat() if a.published else "",
             "paragraphs": _paragraphs(a.text, sorted(self._spans.get(a.id, ())), a.id)}
            for a in self._articles.values()
        ]


def _groups(spans: list[tuple[int, int]]) -> list[tuple[int, int, list[int]]]:
    """Overlapping spans merged: (start, end, the starts of the spans inside)."""
    merged: list[tuple[int, int, list[int]]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            first, last, starts = merged[-1]
            merged[-1] = (first, max(last, end), [*starts, start])
        else:
            merged.append((start, end, [start]))
    return merged


def _paragraphs(text: str, spans: list[tuple[int, int]], article_id: str) -> list[list[dict]]:
    """The text cut at blank lines; each paragraph a list of pieces ``{"text", "ids"}``
    (``ids`` set on a highlighted sentence: its anchors, first the mark's own)."""
    pieces: list[dict[str, Any]] = []
    at = 0
    for start, end, starts in _groups(spans):
        if start > at:
            pieces.append({"text": text[at:start], "ids": []})
        pieces.append({"text": text[start:end],
                       "ids": [anchor_id(article_id, s) for s in dict.fromkeys(starts)]})
        at = end
    pieces.append({"text": text[at:], "ids": []})
    paragraphs: list[list[dict]] = [[]]
    for piece in pieces:
        if piece["ids"]:
            paragraphs[-1].append(piece)
            continue
        parts = re.split(r"\n\s*\n", piece["text"])
        for number, part in enumerate(parts):
            if number:
                paragraphs.append([])
            if part:
                paragraphs[-1].append({"text": part, "ids": []})
    return [p for p in paragraphs if p]
