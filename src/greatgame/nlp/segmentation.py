"""Sentence segmentation fit for news: abbreviations, initials, paragraphs and quotations.

The trained parser decides sentence boundaries, and it respects boundaries set before it runs
(a token marked ``is_sent_start = True`` must start a sentence, ``False`` must not). spaCy
refuses to change ``is_sent_start`` on a parsed Doc, so greatgame's fixes run as a component
*before* the parser (``greatgame_sentence_fixes``) and constrain it:

- a line break starts a sentence (ingested text has one paragraph per line);
- no sentence starts after a title ("Mr.", "Dr.", "Gen.", "Amb.") or an initial ("J.");
- none after a dotted abbreviation such as "U.S." or "U.N." when a noun, adjective or number
  follows ("U.S. officials", "U.N. Security Council");
- none at trailing punctuation (". , ; : ) ”") attached to the word before it, none after a
  comma or semicolon, none after a word that ends in no stop, question or exclamation mark,
  quotation mark or bracket (edited prose ends its sentences so; the parser splits
  "President X on Thursday shortened ..." before "on" otherwise), and none after a
  quotation closed by a comma or at a lowercase word after a closing quotation mark
  ("…,” Gen. Smith said", "…?” a source asked");
- none inside a quotation: every token after the opening mark, up to and including the closing
  mark, continues the sentence, so a quotation of several sentences is one sentence with one
  parse tree (up to ``max_quote_tokens``; longer ones are left to the parser).

Quotations are also marked: ``doc.spans["quotes"]`` holds one span per quotation, marks
included, labelled ``QUOTE`` when closed in the same paragraph and ``QUOTE_OPEN`` when the
paragraph ends first (the news convention for a quotation that runs on into the next
paragraph, which re-opens with a quotation mark). Extractors read quotations from that group,
so a quotation stays one quotation whatever the sentence boundaries.

Tokenizer special cases keep military and diplomatic titles ("Lt.", "Col.", "Amb.") whole,
so the rules above see them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span, Token

FACTORY = "greatgame_sentence_fixes"
QUOTES_KEY = "quotes"

TITLES: frozenset[str] = frozenset(
    """Mr. Mrs. Ms. Messrs. Dr. Prof. Gen. Gens. Lt. Col. Maj. Capt. Cmdr. Cmdt. Brig. Adm.
    Sgt. Cpl. Pvt. Sen. Sens. Rep. Reps. Gov. Amb. Pres. Rev. Hon. Atty. Supt. Insp.
    St. Ft. Mt. Lt.-Gen. Maj.-Gen. Lt.-Col. vs. v.""".split()
)
"""Titles and abbreviations after which a sentence never starts."""

BEFORE_NUMBERS: frozenset[str] = frozenset(
    "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. No. Nos. Vol. p. pp.".split()
)
"""Abbreviations after which a sentence does not start when a number follows ("Jan. 5")."""

TOKENIZER_CASES: tuple[str, ...] = (
    "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Cmdt.", "Brig.", "Sgt.", "Cpl.", "Pvt.",
    "Amb.", "Pres.", "Sr.", "Gens.", "Sens.", "Reps.", "Ft.", "Mt.", "Supt.", "Insp.",
    "Atty.", "Hon.", "Rev.", "Messrs.", "Lt.-Gen.", "Maj.-Gen.", "Lt.-Col.", "Nos.", "Bros.",
)
"""Title abbreviations spaCy's English tokenizer would otherwise split before the period."""

INITIAL = re.compile(r"^[A-Z]\.$")
DOTTED = re.compile(r"^(?:[A-Za-z]\.){2,}$")
NOUNISH_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "CD", "HYPH"})
OPENERS = frozenset({"“", "«", "``", "„"})
CLOSERS = frozenset({"”", "»", "''"})
STRAIGHT = frozenset({'"'})
TRAILING = frozenset({".", "!", "?", "...", "…", ",", ";", ":", ")", "]", "}", "%"} | CLOSERS)
"""Punctuation that ends or continues what precedes it, never opening a sentence."""
CONTINUING = frozenset({",", ";"})
"""Punctuation after which a sentence never starts."""
ENDINGS = frozenset({".", "!", "?", "…", ")", "]", "(", "[", "'", "’", "\""} | CLOSERS | OPENERS)
"""Last characters of a token after which a new sentence may start (without a line break):
ends of sentences, and opening quotation marks and brackets."""


def add_tokenizer_exceptions(nlp: Language) -> None:
    """Keep greatgame's title abbreviations as single tokens (saved with the tokenizer)."""
    for text in TOKENIZER_CASES:
        nlp.tokenizer.add_special_case(text, [{ORTH: text}])


def add_sentence_fixes(nlp: Language, **config: object) -> None:
    """Insert the sentence-fix component before the parser (or last if there is none)."""
    if FACTORY in nlp.pipe_names:
        nlp.remove_pipe(FACTORY)
    where = {"before": "parser"} if "parser" in nlp.pipe_names else {"last": True}
    nlp.add_pipe(FACTORY, config=config, **where)


def _breaks_line(doc: Doc, i: int) -> bool:
    """True when a line break separates token ``i`` from the token before it."""
    prev = doc[i - 1]
    return "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)


def _straight_role(doc: Doc, i: int) -> str:
    """What a straight double quote at token ``i`` looks like from its spacing: "open" (a
    space or the start before it, a word right after), "close" (a word right before, a space,
    punctuation or the end after) or "either"."""
    before_space = i == 0 or bool(doc[i - 1].whitespace_) or doc[i - 1].text in OPENERS
    after_word = not doc[i].whitespace_ and i + 1 < len(doc) and not doc[i + 1].is_punct
    if before_space and after_word:
        return "open"
    if not before_space and not after_word:
        return "close"
    return "either"


def _trimmed(doc: Doc, start: int, end: int, label: str) -> Span:
    while end > start + 1 and doc[end - 1].is_space:
        end -= 1
    return Span(doc, start, end, label=label)


def find_quotes(doc: Doc) -> list[Span]:
    """Quotation spans (marks included) paired within paragraphs.

    Curly and guillemet marks open and close. A straight double quote is read from its
    spacing: one that looks like an opener (space before, word after) while a quotation is
    open starts a new quotation, the old one ending there as ``QUOTE_OPEN`` (news text that
    lost its paragraph breaks, where a quotation running on into the next paragraph re-opens
    without closing); one that looks like a closer with nothing open is a stray mark and
    ignored; any other closes an open quotation or opens one. So one unpaired mark does not
    turn every later quotation inside out. A quotation still open at a line break ends there
    as ``QUOTE_OPEN``.
    """
    spans: list[Span] = []
    start: int | None = None
    for tok in doc:
        if tok.i > 0 and start is not None and _breaks_line(doc, tok.i):
            spans.append(_trimmed(doc, start, tok.i, "QUOTE_OPEN"))
            start = None
        text = tok.text
        role = _straight_role(doc, tok.i) if text in STRAIGHT else None
        if start is None and (text in OPENERS or role in ("open", "either")):
            start = tok.i
        elif start is not None and role == "open":
            spans.append(_trimmed(doc, start, tok.i, "QUOTE_OPEN"))
            start = tok.i
        elif start is not None and (text in CLOSERS or role is not None):
            spans.append(Span(doc, start, tok.i + 1, label="QUOTE"))
            start = None
        elif start is not None and text in OPENERS:
            start = tok.i  # an unmatched opener: restart at the newer one
    if start is not None:
        spans.append(Span(doc, start, len(doc), label="QUOTE_OPEN"))
    return spans


def sentence_hints(doc: Doc, quotes: Iterable[Span], max_quote_tokens: int) -> list[bool | None]:
    """Per token: True (must start a sentence), False (must not) or None (parser decides)."""
    hints: list[bool | None] = [None] * len(doc)
    if not len(doc):
        return hints
    hints[0] = True
    quote_ends = set()
    for span in quotes:
        quote_ends.add(span.end)
        if len(span) <= max_quote_tokens:
            for k in range(span.start + 1, span.end):
                hints[k] = False
        if len(span) > 2 and span.end < len(doc) and doc[span.end - 2].text == ",":
            hints[span.end] = False  # “…,” Gen. Smith said: the attribution follows
    tagged = doc.has_annotation("TAG")
    for tok in doc[1:]:
        hint = _hint(tok, quote_ends, tagged)
        if hint is not None:
            hints[tok.i] = hint
    return hints


def _hint(tok: Token, quote_ends: set[int], tagged: bool) -> bool | None:
    """The rule for one token after the first (see the module docstring), None for none."""
    doc, i = tok.doc, tok.i
    prev = doc[i - 1]
    if tok.is_space:
        return False  # whitespace ends the sentence before it
    if _breaks_line(doc, i):
        return True
    if (tok.text in TRAILING and not prev.is_space) or prev.text in CONTINUING or (
            i in quote_ends and tok.is_lower):
        return False
    if i in quote_ends and _ends_and_names(doc, i):
        return True
    if not prev.is_space and prev.text[-1] not in ENDINGS and prev.text not in ENDINGS:
        return False
    if prev.text in TITLES or INITIAL.match(prev.text) or (
            prev.text in BEFORE_NUMBERS and tok.like_num):
        return False
    if DOTTED.match(prev.text) and (
            tok.is_lower or tok.is_digit or (tagged and tok.tag_ in NOUNISH_TAGS)):
        return False
    return None


def _ends_and_names(doc: Doc, i: int) -> bool:
    """A quotation closed after a full stop, question or exclamation mark, then a capitalised
    word followed by another capitalised word or a number ('... "unbearable." German
    Chancellor Olaf Scholz said'): a new sentence, where a capitalised word followed by a
    lowercase one may be the speaker of the quotation ('..." Smith said')."""
    if i < 2 or doc[i - 2].text not in {".", "?", "!"} or not _capitalised(doc[i]):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and (_capitalised(nxt) or nxt.like_num)


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


class SentenceFixes:
    """Constrain the parser's sentence boundaries and mark quotations (see module docstring)."""

    def __init__(self, name: str = FACTORY, *, max_quote_tokens: int = 150):
        self.name = name
        self.max_quote_tokens = max_quote_tokens

    def __call__(self, doc: Doc) -> Doc:
        quotes = find_quotes(doc)
        # 1 starts a sentence, -1 does not, 0 is left to the parser; written at once (token
        # by token, spaCy checks the whole document's annotation on each)
        starts = doc.to_array([SENT_START]).astype(np.int64)
        for i, hint in enumerate(sentence_hints(doc, quotes, self.max_quote_tokens)):
            if hint is not None:
                starts[i] = 1 if hint else -1
        doc.from_array([SENT_START], starts.astype(np.uint64))
        doc.spans[QUOTES_KEY] = quotes
        return doc


@Language.factory(FACTORY, default_config={"max_quote_tokens": 150})
def make_sentence_fixes(nlp: Language, name: str, max_quote_tokens: int) -> SentenceFixes:
    """spaCy factory for :class:`SentenceFixes` (registered when greatgame.nlp is imported)."""
    return SentenceFixes(name, max_quote_tokens=max_quote_tokens)
