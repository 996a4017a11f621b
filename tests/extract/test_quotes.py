"""Indirect quotations on hand-built parses: speakers and reported clauses."""

from __future__ import annotations

from tests.extract.handmade import index_of, parse

from greatgame.extract.index import ActorInfo
from greatgame.extract.quotes import QUOTES_KEY, indirect_quotes

NICHOLSON = ActorInfo("JOHN_NICHOLSON", "John Nicholson", "person", "USA", "MIL")


def test_report_after_a_time_adverbial_is_found_with_its_speaker():
    # "said last month that …", the verb hung on the title by a draft parse
    doc = parse("""
        General NNP 0 ROOT
        John NNP 2 compound
        Nicholson NNP 0 nmod
        , , 6 punct
        the DT 6 det
        American JJ 6 amod
        commander NN 0 conj
        , , 8 punct
        said VBD 0 conj
        last JJ 10 amod
        month NN 8 obj
        that SCONJ 13 mark
        he PRP 13 nsubj
        needs VBZ 10 acl:relcl
        several JJ 16 amod
        more JJR 16 amod
        soldiers NNS 13 obj
        . . 0 punct""")
    doc.spans[QUOTES_KEY] = []
    index = index_of(doc, [(1, 3, "JOHN_NICHOLSON", "name"), (5, 7, "JOHN_NICHOLSON", "role"),
                           (12, 13, "JOHN_NICHOLSON", "pronoun")],
                     {"JOHN_NICHOLSON": NICHOLSON})
    found = [(q.speaker, q.cue, q.text) for q in indirect_quotes(doc, index)]
    assert found == [("JOHN_NICHOLSON", "say", "he needs several more soldiers")]


def test_reported_clause_cut_short_by_the_parse_runs_to_its_end():
    doc = parse("""
        Kabulov NNP 1 nsubj
        said VBD 1 ROOT
        the DT 3 det
        Taliban NNP 4 nsubj
        share VBP 1 ccomp
        Russia NNP 7 nmod:poss
        's POS 5 case
        interest NN 1 obj
        . . 1 punct""")
    doc.spans[QUOTES_KEY] = []
    index = index_of(doc, [(0, 1, "JOHN_NICHOLSON", "surname"), (3, 4, "TALIBAN", "name"),
                           (5, 6, "RUS", "name")], {"JOHN_NICHOLSON": NICHOLSON})
    (quote,) = indirect_quotes(doc, index)
    assert quote.text.startswith("the Taliban share") and quote.text.endswith("interest")


def test_relative_that_after_a_noun_is_no_report():
    # "states in an article that he wrote": the article is what he wrote, not what he states
    doc = parse("""
        Partaw NNP 1 nsubj
        states VBZ 1 ROOT
        in IN 4 case
        an DT 4 det
        article NN 1 obl
        that WDT 7 obj
        he PRP 7 nsubj
        wrote VBD 4 acl:relcl
        . . 1 punct""")
    doc.spans[QUOTES_KEY] = []
    index = index_of(doc, [(0, 1, "JOHN_NICHOLSON", "surname")], {"JOHN_NICHOLSON": NICHOLSON})
    assert list(indirect_quotes(doc, index)) == []


def test_report_runs_through_a_false_sentence_break():
    # a draft segmenter ends a sentence after "share": no punctuation, so no real end
    doc = parse("""
        Kabulov NNP 1 nsubj
        said VBD 1 ROOT
        that SCONJ 5 mark
        the DT 4 det
        Taliban NNP 5 nsubj
        share VBP 1 ccomp
        Russia NNP 8 nmod:poss
        's POS 6 case
        interest NN 8 ROOT
        . . 8 punct""")
    assert doc[6].is_sent_start
    doc.spans[QUOTES_KEY] = []
    index = index_of(doc, [(0, 1, "JOHN_NICHOLSON", "surname")], {"JOHN_NICHOLSON": NICHOLSON})
    (quote,) = indirect_quotes(doc, index)
    assert quote.text == "the Taliban share Russia 's interest"


def test_that_read_as_a_relative_pronoun_still_opens_a_full_report():
    # the parser hangs "that he needs soldiers" on "month"; the clause has no gap
    doc = parse("""
        Nicholson NNP 1 nsubj
        said VBD 1 ROOT
        last JJ 3 amod
        month NN 1 obl
        that WDT 6 obj
        he PRP 6 nsubj
        needs VBZ 3 acl:relcl
        soldiers NNS 6 obj
        . . 1 punct""")
    doc.spans[QUOTES_KEY] = []
    index = index_of(doc, [(0, 1, "JOHN_NICHOLSON", "surname")], {"JOHN_NICHOLSON": NICHOLSON})
    assert [q.text for q in indirect_quotes(doc, index)] == ["he needs soldiers"]
