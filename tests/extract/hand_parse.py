"""Hand-built parses for the event-coder tests: no trained model involved (STYLE)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc
from spacy.vocab import Vocab

from greatgame.extract.events import code_events
from greatgame.extract.span_actors import gazetteer_actors

# (word, lemma, POS, head index, dep) or the same with the fine-grained tag last
Row = tuple


def parse(rows: list[Row]) -> Doc:
    """A Doc from rows of (word, lemma, POS, head, dep[, tag]); the root is its own head."""
    columns = list(zip(*rows, strict=True))
    words, lemmas, pos, heads, deps = (list(c) for c in columns[:5])
    tags = list(columns[5]) if len(columns) > 5 else None
    return Doc(Vocab(), words=words, lemmas=lemmas, pos=pos, heads=heads, deps=deps, tags=tags)


def code(doc: Doc, **kw: object) -> list:
    """The events of a hand-built Doc, actors from the gazetteer, published 2017-03-15."""
    return list(code_events(doc, actors_of_span=gazetteer_actors,
                            published=dt.date(2017, 3, 15), dates=(), **kw))
