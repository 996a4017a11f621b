"""Indirect quotations on hand-built parses: speakers and reported clauses."""

from __future__ import annotations

from tests.extract.handmade import index_of, parse

from greatgame.extract.index import ActorInfo
from greatgame.extract.quotes import QUOTES_KEY, direct_quotes, indirect_quotes

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


TURKEY = ActorInfo("TUR", "Turkey", "state", "TUR", "GOV")
POLAND = ActorInfo("POL", "Poland", "state", "POL", "GOV")
DENMARK = ActorInfo("DNK", "Denmark", "state", "DNK", "GOV")
KENYA = ActorInfo("KEN", "Kenya", "state", "KEN", "GOV")
ETHIOPIA = ActorInfo("ETH", "Ethiopia", "state", "ETH", "GOV")


def _quoted(doc, spans, mentions, actors):  # noqa: ANN001, ANN202
    doc.spans[QUOTES_KEY] = [doc[a:b] for a, b in spans]
    index = index_of(doc, mentions, actors)
    return [(q.speaker, q.cue) for q in direct_quotes(doc, index)]


def test_present_tense_speech_verb_after_a_quotation_is_its_cue_whatever_its_tag():
    # the tagger reads "denies" as a plural noun; after "“…,”" position makes it a verb
    doc = parse("""
        “ `` 5 punct
        No DT 2 det
        soldier NN 5 nsubj
        of IN 4 case
        ours PRP 2 nmod
        crossed VBN 5 ROOT
        that DT 7 det
        river NN 5 obj
        , , 5 punct
        ” '' 5 punct
        Ankara NNP 14 nmod:poss
        's POS 10 case
        defence NN 13 compound
        ministry NN 14 compound
        denies NNS 5 obj
        . . 5 punct""")
    found = _quoted(doc, [(0, 10)], [(10, 14, "TUR", "role")], {"TUR": TURKEY})
    assert found == [("TUR", "deny")]


def test_indicate_is_a_speech_verb():
    doc = parse("""
        “ `` 2 punct
        There EX 2 expl
        is VBZ 2 ROOT
        nothing NN 2 nsubj
        to TO 5 mark
        negotiate VB 3 acl
        , , 11 punct
        ” '' 11 punct
        the DT 10 det
        Kenyan NNP 10 compound
        president NNP 11 nsubj
        indicated VBD 2 parataxis
        . . 2 punct""")
    found = _quoted(doc, [(0, 8)], [(9, 11, "KEN", "role")], {"KEN": KENYA})
    assert found == [("KEN", "indicate")]


def test_quotation_of_several_sentences_takes_the_cue_after_its_last():
    doc = parse("""
        “ `` 3 punct
        The DT 2 det
        dam NN 3 nsubj
        stands VBZ 3 ROOT
        . . 3 punct
        The DT 6 det
        turbines NNS 7 nsubj
        turn VBP 13 ccomp
        , , 13 punct
        ” '' 13 punct
        the DT 12 det
        Ethiopian JJ 12 amod
        minister NN 13 nsubj
        said VBD 13 ROOT
        . . 13 punct""")
    found = _quoted(doc, [(0, 10)], [(11, 13, "ETH", "role")], {"ETH": ETHIOPIA})
    assert found == [("ETH", "say")]


def test_quotation_opening_the_sentence_after_an_attribution_keeps_its_speaker():
    doc = parse("""
        “ `` 4 punct
        Grain NNP 4 nsubj
        will MD 4 aux
        not RB 4 advmod
        flood VB 12 ccomp
        our PRP$ 6 nmod:poss
        markets NNS 4 obj
        , , 12 punct
        ” '' 12 punct
        the DT 11 det
        Polish JJ 11 compound
        president NN 12 nsubj
        said VBD 12 ROOT
        in IN 14 case
        Lublin NNP 12 obl
        . . 12 punct
        “ `` 18 punct
        We PRP 18 nsubj
        protect VBP 18 ROOT
        our PRP$ 20 nmod:poss
        farmers NNS 18 obj
        . . 18 punct
        ” '' 18 punct""")
    found = _quoted(doc, [(0, 9), (16, 23)], [(10, 12, "POL", "role")], {"POL": POLAND})
    assert found == [("POL", "say"), ("POL", "say")]


def test_quotation_after_an_unrelated_sentence_gets_no_speaker():
    # a sentence of narration between the two: the second quotation is not attributed
    doc = parse("""
        “ `` 3 punct
        Bread NN 2 compound
        prices NNS 3 nsubj
        rise VBP 8 ccomp
        every DT 5 det
        week NN 3 obl
        , , 8 punct
        ” '' 8 punct
        he PRP 8 nsubj
        said VBD 8 ROOT
        . . 8 punct
        Farmers NNS 12 nsubj
        protested VBD 12 ROOT
        . . 12 punct
        “ `` 16 punct
        We PRP 16 nsubj
        suffer VBP 16 ROOT
        every DT 18 det
        single JJ 18 amod
        day NN 16 obl
        . . 16 punct
        ” '' 16 punct""")
    found = _quoted(doc, [(0, 8), (14, 22)], [(8, 9, "POL", "pronoun")], {"POL": POLAND})
    assert [speaker for speaker, _ in found] == ["POL", None]


def test_report_to_an_addressee_is_found_after_a_participle():
    # "telling reporters that …": "that" opens what was told, not a relative clause on
    # "reporters"; the participle's speaker is the subject of the clause it hangs on
    doc = parse("""
        The DT 2 det
        Danish JJ 2 amod
        minister NN 3 nsubj
        left VBD 3 ROOT
        Brussels NNP 3 obj
        , , 6 punct
        telling VBG 3 advcl
        reporters NNS 6 obj
        that WDT 13 obj
        the DT 11 det
        quota NN 11 compound
        talks NNS 13 nsubj
        had VBD 13 aux
        failed VBN 7 acl:relcl
        . . 3 punct""")
    doc.spans[QUOTES_KEY] = []
    index = index_of(doc, [(1, 3, "DNK", "role")], {"DNK": DENMARK})
    found = [(q.speaker, q.cue, q.text) for q in indirect_quotes(doc, index)]
    assert found == [("DNK", "tell", "the quota talks had failed")]


PERU = ActorInfo("PER", "Peru", "state", "PER", "GOV")
RUIZ = ActorInfo("ANA_RUIZ", "Ana Ruiz", "person", "PER", "EDU")


def test_speaker_after_the_cue_beats_a_subject_inside_the_quotation():
    # "“…,” said X": the parse takes a noun inside the quotation for the verb's subject
    doc = parse("""
        “ `` 3 punct
        The DT 2 det
        harvest NN 9 nsubj
        failed VBN 9 ccomp
        in IN 6 case
        every DT 6 det
        valley NN 3 obl
        , , 3 punct
        ” '' 3 punct
        said VBD 9 ROOT
        the DT 12 det
        Peruvian JJ 12 amod
        minister NN 9 obj
        . . 9 punct""")
    found = _quoted(doc, [(0, 9)], [(11, 13, "PER", "role")], {"PER": PERU})
    assert found == [("PER", "say")]


def test_speaker_between_quotation_and_cue_is_the_subject_not_a_place_in_its_apposition():
    doc = parse("""
        “ `` 3 punct
        The DT 2 det
        harvest NN 3 nsubj
        failed VBN 20 ccomp
        in IN 6 case
        every DT 6 det
        valley NN 3 obl
        , , 3 punct
        ” '' 3 punct
        Ana NNP 20 nsubj
        Ruiz NNP 9 flat
        , , 13 punct
        a DT 13 det
        lecturer NN 9 appos
        at IN 16 case
        the DT 16 det
        University NNP 13 nmod
        of IN 18 case
        Lima NNP 16 nmod
        , , 9 punct
        told VBD 20 ROOT
        reporters NNS 20 iobj
        . . 20 punct""")
    found = _quoted(doc, [(0, 9)], [(9, 11, "ANA_RUIZ", "name"), (18, 19, "PER", "capital")],
                    {"PER": PERU, "ANA_RUIZ": RUIZ})
    assert found == [("ANA_RUIZ", "tell")]


CHILE = ActorInfo("CHL", "Chile", "state", "CHL", "GOV")
CALLED = """
        The DT 2 det
        Chilean NNP 2 compound
        president NN 3 nsubj
        called VBD 3 ROOT
        the DT 5 det
        proposal NN 3 obj
        “ `` 8 punct
        a DT 8 det
        betrayal NN 5 appos
        {rest}
        . . 8 punct
        ” '' 8 punct"""


def test_quotation_a_verb_of_expression_governs_is_its_subjects():
    doc = parse(CALLED.format(rest="""of IN 11 case
        every DT 11 det
        fisherman NN 8 nmod
        in IN 14 case
        the DT 14 det
        south NN 8 nmod"""))
    found = _quoted(doc, [(6, 17)], [(1, 3, "CHL", "role")], {"CHL": CHILE})
    assert found == [("CHL", "call")]


def test_scare_quote_a_verb_of_expression_governs_is_no_quotation():
    # “a betrayal” alone is the writer's scare quote, not a quotation
    doc = parse(CALLED.format(rest="").replace("\n        \n", "\n"))
    assert _quoted(doc, [(6, 11)], [(1, 3, "CHL", "role")], {"CHL": CHILE}) == []
