"""Sentence fixes and quotation marking, on hand-built Docs (no trained model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from greatgame.nlp.segmentation import (
    FACTORY,
    QUOTES_KEY,
    add_sentence_fixes,
    add_tokenizer_exceptions,
    find_quotes,
    sentence_hints,
)


def make_doc(text: str, tags: dict[str, str] | None = None) -> Doc:
    """A Doc from spaCy's blank English tokenizer plus our special cases; optional tags."""
    nlp = spacy.blank("en")
    add_tokenizer_exceptions(nlp)
    doc = nlp(text)
    if tags:
        for tok in doc:
            tok.tag_ = tags.get(tok.text, "XX")
    return doc


def hint_of(doc: Doc, text: str) -> bool | None:
    hints = sentence_hints(doc, find_quotes(doc), max_quote_tokens=150)
    return hints[next(t.i for t in doc if t.text == text)]


def test_no_sentence_start_after_titles_and_initials() -> None:
    doc = make_doc("Mr. Smith and Col. Jones met J. R. Ewing and Amb. Kabulov.")
    assert [t.text for t in doc][:2] == ["Mr.", "Smith"]
    assert "Col." in [t.text for t in doc] and "Amb." in [t.text for t in doc]
    for name in ("Smith", "Jones", "R.", "Ewing", "Kabulov"):
        assert hint_of(doc, name) is False, name


def test_dotted_abbreviation_joins_a_following_noun_only() -> None:
    tags = {"officials": "NNS", "The": "DT"}
    doc = make_doc("U.S. officials left the U.S. The talks ended.", tags)
    assert hint_of(doc, "officials") is False
    assert hint_of(doc, "The") is None  # the parser decides a real sentence end


def test_month_abbreviation_before_a_day() -> None:
    doc = make_doc("They met on Jan. 5 in Doha.")
    assert hint_of(doc, "5") is False


def test_line_break_starts_a_sentence_and_whitespace_never_does() -> None:
    doc = make_doc("Talks in Moscow\n\nRussia hosted them")
    assert hint_of(doc, "Russia") is True
    assert hint_of(doc, "\n\n") is False


def test_quotation_of_two_sentences_is_one_span_and_never_split() -> None:
    doc = make_doc("“We will stay. Afghanistan needs us,” the general said.")
    quotes = find_quotes(doc)
    assert [(q.text, q.label_) for q in quotes] == [
        ("“We will stay. Afghanistan needs us,”", "QUOTE")
    ]
    hints = sentence_hints(doc, quotes, max_quote_tokens=150)
    assert all(h is False for h in hints[quotes[0].start + 1 : quotes[0].end])


def test_long_quotation_is_marked_but_left_to_the_parser() -> None:
    doc = make_doc("“One. Two. Three.” he said.")
    hints = sentence_hints(doc, find_quotes(doc), max_quote_tokens=3)
    assert [hints[i] for i, t in enumerate(doc) if t.text in {"One", "Two", "Three"}] == [
        None, None, None
    ]


def test_straight_quotes_pair_and_unclosed_quote_ends_at_paragraph() -> None:
    doc = make_doc('He said "no deal" today. "We go on\nNext paragraph.')
    quotes = find_quotes(doc)
    assert [(q.text, q.label_) for q in quotes] == [
        ('"no deal"', "QUOTE"),
        ('"We go on', "QUOTE_OPEN"),
    ]


def test_component_sets_boundaries_and_quote_spans_on_unparsed_doc() -> None:
    nlp = spacy.blank("en")
    add_sentence_fixes(nlp)
    assert nlp.pipe_names == [FACTORY]
    doc = nlp("Mr. Smith spoke.\n“Yes. No,” she said.")
    assert doc[1].is_sent_start is False
    assert [q.text for q in doc.spans[QUOTES_KEY]] == ["“Yes. No,”"]
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Mr.", "“"]


def test_trailing_punctuation_never_opens_a_sentence() -> None:
    doc = make_doc("They left Kabul . Then , they came back ) .")
    hints = sentence_hints(doc, find_quotes(doc), max_quote_tokens=150)
    assert all(hints[i] is False for i, t in enumerate(doc) if t.text in {".", ",", ")"})
    assert hints[doc.text.split().index("Then")] is None  # after a stop: the parser decides


def test_no_sentence_starts_after_a_word() -> None:
    doc = make_doc("President Omar El Bashir on Thursday shortened the curfew. Sudan (he said) "
                   "agreed")
    hints = sentence_hints(doc, find_quotes(doc), max_quote_tokens=150)
    words = [t.text for t in doc]
    assert all(hints[i] is False for i in range(1, words.index(".")))
    assert hints[words.index("Sudan")] is None
    assert hints[words.index("he")] is None  # after an opening bracket


def test_no_sentence_start_after_comma_or_at_lowercase_after_a_quotation() -> None:
    doc = make_doc("Last month, Moscow hosted talks. “We will stay,” a source said.")
    assert hint_of(doc, "Moscow") is False
    assert hint_of(doc, "a") is False


def test_attribution_after_a_quotation_closed_by_a_comma_continues_the_sentence() -> None:
    doc = make_doc("“We stay,” Gen. Smith said.")
    assert hint_of(doc, "Gen.") is False


def test_a_stray_straight_quote_does_not_shift_the_pairs_after_it() -> None:
    doc = make_doc('He called it "dead. Then he spoke. "We will pay," she said. "No," he said.')
    quoted = [q.text for q in find_quotes(doc) if q.label_ == "QUOTE"]
    assert quoted == ['"We will pay,"', '"No,"']


def test_a_sentence_starts_after_a_closed_quotation_and_two_capitalised_words() -> None:
    doc = make_doc('Macron called the subsidies "unbearable." German Chancellor Scholz spoke.')
    assert hint_of(doc, "German") is True
    doc = make_doc('The war ends now, he wrote: "Stop." Smith said it twice.')
    assert hint_of(doc, "Smith") is None  # may be the quotation's speaker: the parser decides
