"""Parse repair: sentences the parser breaks on a time expression are parsed again."""

from __future__ import annotations

import pytest
from spacy.language import Language

from greatgame.nlp import load
from greatgame.nlp.diagnosis import broken, time_expressions
from greatgame.nlp.repair import FACTORY


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def _unrepaired(nlp: Language, text: str):
    with nlp.select_pipes(disable=[FACTORY]):
        return nlp(text)


def test_repair_runs_last_in_the_loaded_pipeline(nlp: Language) -> None:
    assert nlp.pipe_names[-1] == FACTORY


def test_time_between_actor_and_verb_is_attached_to_the_verb(nlp: Language) -> None:
    text = ("President Omar El Bashir on Thursday shortened by one hour the nightly curfew "
            "imposed in Sudan.")
    doc = nlp(text)
    by = {t.text: t for t in doc}
    assert by["shortened"].dep_ == "ROOT"
    assert by["Omar"].dep_ == "nsubj" and by["Omar"].head.text == "shortened"
    assert by["Thursday"].dep_ == "obl" and by["Thursday"].head.text == "shortened"
    assert by["on"].dep_ == "case" and by["on"].head.text == "Thursday"
    assert by["curfew"].dep_ == "obj"
    assert len(list(doc.sents)) == 1
    assert [e.label_ for e in doc.ents] == [e.label_ for e in _unrepaired(nlp, text).ents]


def test_whole_parses_are_left_alone(nlp: Language) -> None:
    text = "On Monday Russia hosted talks with the Taliban in Moscow."
    doc, plain = nlp(text), _unrepaired(nlp, text)
    assert [(t.head.i, t.dep_) for t in doc] == [(t.head.i, t.dep_) for t in plain]


def test_time_expressions_and_what_a_broken_parse_is(nlp: Language) -> None:
    doc = _unrepaired(nlp, "Russia's last year's offer stood, and Iran early on Friday "
                           "night agreed this week.")
    found = [doc[a:b].text for a, b in time_expressions(doc[:])]
    assert found == ["early on Friday night", "this week"]
    assert not broken(nlp("Russia hosted talks on Monday.")[:])


def test_a_closing_attribution_tangled_with_its_clause_is_parsed_apart(nlp: Language) -> None:
    text = ("Israeli army bulldozers demolished Palestinian homes and civilian buildings in "
            "southern Gaza on Sunday, Palestinian officials and US witnesses said.")
    before = {t.text: t for t in _unrepaired(nlp, text)}
    assert before["officials"].head.i < before["said"].i - 4  # the speakers hung on the clause
    doc = nlp(text)
    by = {t.text: t for t in doc}
    assert by["said"].dep_ == "ROOT"
    assert by["officials"].dep_ == "nsubj" and by["officials"].head.text == "said"
    assert by["witnesses"].head.text == "officials"
    clause_root = next(t for t in doc if t.head.text == "said" and t.dep_ == "ccomp")
    assert clause_root.i < by[","].i
    assert all(t.head.i < by[","].i or t.i == clause_root.i for t in doc if t.i < by[","].i)
    assert len(list(doc.sents)) == 1


def test_an_attribution_read_right_is_left_alone(nlp: Language) -> None:
    text = "Israeli troops arrested two Palestinian activists in Hebron, the army said."
    assert [(t.head.i, t.dep_) for t in nlp(text)] == \
        [(t.head.i, t.dep_) for t in _unrepaired(nlp, text)]


def test_a_long_subject_is_parsed_apart_when_the_sentence_breaks_on_it(nlp: Language) -> None:
    text = ("Militants loyal to Iraq's Al-Qaeda frontman Abu Musab al-Zarqawi said they "
            "attempted to assassinate outgoing Prime Minister Iyad Allawi.")
    assert broken(_unrepaired(nlp, text)[:])  # the adjective "loyal" at the root
    doc = nlp(text)
    by = {t.text: t for t in doc}
    assert by["said"].dep_ == "ROOT"
    assert by["attempted"].head.text == "said" and by["they"].head.text == "attempted"
    subject = [t for t in doc if t.head.text == "said" and t.dep_ == "nsubj"]
    assert len(subject) == 1 and subject[0].i < by["said"].i
    assert all(t.head.i < by["said"].i for t in doc[: by["said"].i] if t.i != subject[0].i)


def test_a_one_word_subject_is_parsed_apart_too(nlp: Language) -> None:
    text = "Japan halted economic aid to Pakistan after its nuclear tests."
    assert broken(_unrepaired(nlp, text)[:])  # "halted" a modifier of the root "aid"
    by = {t.text: t for t in nlp(text)}
    assert by["halted"].dep_ == "ROOT"
    assert by["Japan"].dep_ == "nsubj" and by["Japan"].head.text == "halted"
    assert by["aid"].dep_ == "obj" and by["aid"].head.text == "halted"


def test_the_other_pronoun_is_tried_when_the_first_breaks_too(nlp: Language) -> None:
    text = "The WFP delivered food to refugees."
    assert broken(_unrepaired(nlp, text)[:])
    assert broken(nlp("It delivered food to refugees.")[:])  # the singular stand-in breaks
    by = {t.text: t for t in nlp(text)}
    assert by["delivered"].dep_ == "ROOT"
    assert by["WFP"].dep_ == "nsubj" and by["food"].dep_ == "obj"


def test_a_verb_the_tagger_took_for_an_adjective_gets_its_named_subject(nlp: Language) -> None:
    text = "India and Pakistan clashed along the border in Kashmir."
    plain = {t.text: t for t in _unrepaired(nlp, text)}
    assert plain["clashed"].pos_ == "ADJ" and plain["India"].dep_ == "compound"
    by = {t.text: t for t in nlp(text)}
    assert by["clashed"].pos_ == "VERB" and by["clashed"].dep_ == "ROOT"
    assert by["India"].dep_ == "nsubj" and by["India"].head.text == "clashed"
    assert by["Pakistan"].dep_ == "conj" and by["border"].head.text == "clashed"


def test_neighboring_before_a_name_is_its_adjective(nlp: Language) -> None:
    text = "Syria will withdraw its troops from neighboring Lebanon."
    plain = {t.text: t for t in _unrepaired(nlp, text)}
    assert plain["neighboring"].pos_ == "VERB"  # a clause with "Lebanon" for object
    by = {t.text: t for t in nlp(text)}
    assert by["neighboring"].pos_ == "ADJ" and by["neighboring"].head.text == "Lebanon"
    assert by["Lebanon"].dep_ == "obl" and by["Lebanon"].head.text == "withdraw"
    assert by["from"].head.text == "Lebanon"


def test_neighboring_in_a_closing_attribution_leaves_it_to_be_parsed_apart(
        nlp: Language) -> None:
    text = ("Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town "
            "bazaar and exploded a series of bombs in the capital Kabul, western diplomatic "
            "sources in neighboring Pakistan said today.")
    plain = {t.text: t for t in _unrepaired(nlp, text)}
    assert plain["said"].dep_ == "conj" and plain["sources"].dep_ == "conj"  # tangled
    by = {t.text: t for t in nlp(text)}
    assert by["said"].dep_ == "ROOT" and by["sources"].head.text == "said"
    assert by["kidnapped"].dep_ == "ccomp" and by["neighboring"].head.text == "Pakistan"


def test_a_sentence_the_tagger_left_without_a_verb_gets_its_participle_back(
        nlp: Language) -> None:
    text = "German Chancellor Helmut Kohl praised Russian President Boris Yeltsin's reforms."
    plain = {t.text: t for t in _unrepaired(nlp, text)}
    assert plain["praised"].pos_ == "ADJ"  # a modifier of "reforms", the root
    by = {t.text: t for t in nlp(text)}
    assert by["praised"].dep_ == "ROOT" and by["Kohl"].head.text == "praised"
    assert by["reforms"].head.text == "praised"


def test_a_one_word_subject_the_tagger_took_for_a_pronoun_is_parsed_apart(
        nlp: Language) -> None:
    text = "Moscow accused Georgia of harboring Chechen rebels."
    assert {t.text: t for t in _unrepaired(nlp, text)}["Moscow"].dep_ == "ROOT"
    by = {t.text: t for t in nlp(text)}
    assert by["Moscow"].dep_ == "nsubj" and by["Moscow"].head.text == "accused"


def test_a_news_noun_the_model_reads_as_an_adjective_is_parsed_as_a_noun(
        nlp: Language) -> None:
    text = "The Security Council voted to impose an arms embargo on Ethiopia and Eritrea."
    assert {t.text: t for t in _unrepaired(nlp, text)}["embargo"].pos_ != "NOUN"
    by = {t.text: t for t in nlp(text)}
    assert by["embargo"].pos_ == "NOUN" and by["embargo"].dep_ == "obj"
    assert by["embargo"].lemma_ == "embargo" and by["embargo"].head.text == "impose"


def test_a_name_opening_a_sentence_the_parser_left_unattached_is_its_subject(
        nlp: Language) -> None:
    text = "Moscow condemned Estonia's new citizenship law as discriminatory."
    assert _unrepaired(nlp, text)[0].dep_ != "nsubj"  # the model takes "Moscow" for a noun
    doc = nlp(text)
    assert (doc[0].dep_, doc[0].head.text) == ("nsubj", "condemned")


def test_a_name_read_as_a_function_word_sends_the_sentence_to_be_parsed_again(
        nlp: Language) -> None:
    from greatgame.nlp.diagnosis import garbled

    text = "A U.N. commission began investigating the massacres in Rwanda on Monday."
    plain = _unrepaired(nlp, text)
    assert garbled(plain[:])  # "Rwanda" read as a conjunction
    doc = nlp(text)
    by = {t.text: t for t in doc}
    assert not garbled(doc[:])
    assert by["Rwanda"].pos_ == "PROPN" and by["Rwanda"].dep_ in ("obl", "nmod")
    assert not garbled(nlp("The Security Council met in New York.")[:])  # "The": no name


def test_an_irregular_verb_read_as_a_noun_after_its_subject_is_the_verb(
        nlp: Language) -> None:
    text = "A Palestinian gunman shot dead two Israeli settlers near Ramallah."
    assert not any(t.pos_ == "VERB" for t in _unrepaired(nlp, text))  # "shot" read as NN
    doc = nlp(text)
    by = {t.text: t for t in doc}
    assert by["shot"].pos_ == "VERB" and by["shot"].dep_ == "ROOT"
    assert by["gunman"].dep_ == "nsubj" and by["settlers"].head.text in ("shot", "dead")


def test_a_bare_noun_after_a_verb_without_object_is_its_object(nlp: Language) -> None:
    text = ("President Omar El Bashir on Thursday shortened by one hour the nightly curfew "
            "imposed in Sudan.")
    doc = nlp(text)
    by = {t.text: t for t in doc}
    assert (by["curfew"].dep_, by["curfew"].head.text) == ("obj", "shortened")
    assert by["hour"].dep_ != "obj"  # "by one hour" keeps its preposition


def test_a_trailing_participle_made_head_of_the_clause_before_it_is_put_under_it(
        nlp: Language) -> None:
    text = ("French and Egyptian warships on Monday launched 10 days of war games in the "
            "Mediterranean Sea, expected to be joined later by Italian and German vessels.")
    doc = nlp(text)
    by = {t.text: t for t in doc}
    assert by["launched"].dep_ == "ROOT"
    assert (by["expected"].dep_, by["expected"].head.text) == ("advcl", "launched")
    said = nlp("Rebels attacked the town, killing ten people, officials said.")
    assert [t.text for t in said if t.dep_ == "ROOT"] == ["said"]  # a speaker's clause stays


def test_food_aid_read_as_a_verb_is_parsed_again_as_the_noun(nlp: Language) -> None:
    text = ("The United Nations will provide nearly 25,000 tons of emergency food aid to "
            "refugees fleeing the civil war in Liberia, the World Food Program said.")
    assert {t.text: t for t in _unrepaired(nlp, text)}["aid"].pos_ == "VERB"
    by = {t.text: t for t in nlp(text)}
    assert (by["aid"].pos_, by["aid"].lemma_) == ("NOUN", "aid")
    assert by["refugees"].head.text in ("aid", "tons", "provide")  # the recipient


def test_a_clause_subject_made_the_speakers_too_is_parsed_apart_and_mended(
        nlp: Language) -> None:
    text = ("South African police detained more than 200 black activists in a series of dawn "
            "raids in townships around Johannesburg, the Bureau for Information said.")
    plain = {t.text: t for t in _unrepaired(nlp, text)}
    assert plain["detained"].dep_ == "acl"  # "police detained" read as a noun phrase
    by = {t.text: t for t in nlp(text)}
    assert (by["police"].dep_, by["police"].head.text) == ("nsubj", "detained")
    assert (by["detained"].dep_, by["detained"].head.text) == ("ccomp", "said")
    assert (by["Bureau"].dep_, by["Bureau"].head.text) == ("nsubj", "said")


def test_a_bare_verb_after_demanded_that_read_as_an_adjective_is_the_verb(
        nlp: Language) -> None:
    text = "Turkey demanded that Syria expel Kurdish rebel leader Abdullah Ocalan."
    assert {t.text: t for t in _unrepaired(nlp, text)}["expel"].pos_ != "VERB"
    by = {t.text: t for t in nlp(text)}
    assert (by["expel"].pos_, by["expel"].tag_, by["expel"].lemma_) == ("VERB", "VB", "expel")
    assert (by["expel"].dep_, by["expel"].head.text) == ("ccomp", "demanded")
    assert (by["Syria"].dep_, by["Syria"].head.text) == ("nsubj", "expel")


def test_a_name_read_as_a_verbless_clause_after_a_verb_is_its_object(nlp: Language) -> None:
    text = "Italian magistrates questioned former prime minister Bettino Craxi about funding."
    by = {t.text: t for t in nlp(text)}
    assert (by["Bettino"].dep_, by["Bettino"].head.text) == ("obj", "questioned")
    said = {t.text: t for t in nlp("Trade will grow, said Alan Chong, a professor.")}
    assert said["Alan"].dep_ != "obj"  # a closing speaker is no object


def test_an_aside_between_subject_and_verb_is_parsed_apart_and_hung_on_the_verb(
        nlp: Language) -> None:
    text = ("NATO Secretary-General Javier Solana, speaking in Brussels, called on Belgrade "
            "to halt its offensive in Kosovo.")
    assert {t.text: t for t in _unrepaired(nlp, text)}["called"].dep_ != "ROOT"
    by = {t.text: t for t in nlp(text)}
    assert by["called"].dep_ == "ROOT"
    assert (by["speaking"].dep_, by["speaking"].head.text) == ("advcl", "called")
    subjects = [t.text for t in by["called"].children if t.dep_ in ("nsubj", "nsubj:pass")]
    assert len(subjects) == 1 and subjects[0] in ("NATO", "Secretary", "General", "Javier",
                                                  "Solana")


def test_a_relative_clause_aside_hangs_on_the_subject_and_the_verb_gets_its_subject(
        nlp: Language) -> None:
    text = ("Secretary of State Warren Christopher, who is on a three-day visit to China, met "
            "Premier Li Peng on Saturday.")
    by = {t.text: t for t in nlp(text)}
    assert by["met"].dep_ == "ROOT"
    assert any(c.dep_ == "nsubj" and c.i < by["who"].i for c in by["met"].children)
    assert by["visit"].dep_ == "acl:relcl"
    from greatgame.nlp.diagnosis import interrupting_aside

    opener = _unrepaired(nlp, "On Friday, ruling lawmakers passed a resolution, decrying it.")
    assert interrupting_aside(opener[:]) is None  # a time phrase is no subject
