"""The training script's conversion of UD CoNLL-U and UNER IOB2 into spaCy Docs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from spacy.vocab import Vocab

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_model.py"

CONLLU = """\
# newdoc id = doc-a
# sent_id = doc-a-0001
# text = I don't like Kabul.
1	I	I	PRON	PRP	Case=Nom	4	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	Mood=Ind	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	like	like	VERB	VB	VerbForm=Inf	0	root	_	_
5	Kabul	Kabul	PROPN	NNP	Number=Sing	4	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = doc-a-0002
# text = Go home.
1	Go	go	VERB	VB	Mood=Imp	0	root	_	_
1.1	gone	go	VERB	VBN	_	_	_	_	_
2	home	home	ADV	RB	_	1	advmod	_	SpaceAfter=No
3	.	.	PUNCT	.	_	1	punct	_	_

"""


@pytest.fixture(scope="module")
def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("greatgame_train_model", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


def test_conllu_words_spaces_and_heads(script: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "x.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    first, second = script.read_conllu(path)
    assert first.words == ["I", "do", "n't", "like", "Kabul", "."]
    assert first.spaces == [True, False, True, True, False, True]
    assert first.heads == [3, 3, 3, 3, 3, 3] and first.deps[3] == "ROOT"
    assert second.words == ["Go", "home", "."]  # the empty node 1.1 is left out
    assert second.spaces == [True, False, True]  # the multiword token before ends with it
    doc = next(script.to_docs(Vocab(), [first, second], per_doc=10))
    assert doc.text == "I don't like Kabul. Go home."
    assert [s.text for s in doc.sents] == ["I don't like Kabul.", "Go home."]
    assert doc[1].lemma_ == "do" and doc[4].pos_ == "PROPN"


def test_ner_tags_realigned_across_retokenisation(script: ModuleType) -> None:
    words = ["New", "York", "'s", "mayor"]
    tokens = ["New", "York's", "mayor"]
    assert script.align_ner(words, ["New", "York", "'s", "mayor"],
                            ["B-LOC", "I-LOC", "O", "O"]) == ["B-LOC", "I-LOC", "O", "O"]
    assert script.align_ner(words, tokens, ["B-LOC", "I-LOC", "O"]) == [
        "B-LOC", "I-LOC", "I-LOC", "O"
    ]
    assert script.align_ner(["New", "York's", "mayor"], ["New", "York", "'s", "mayor"],
                            ["B-LOC", "I-LOC", "O", "O"]) is None
    assert script.align_ner(["Kabul", "'s"], ["Kabul's"], ["O"]) == ["O", "O"]
    assert script.align_ner(["US", "-", "led"], ["US-led"], ["O"]) == ["O", "O", "O"]
    assert script.align_ner(["the", "U.N."], ["the", "U.", "N."], ["O", "B-ORG", "I-ORG"]) == [
        "O", "B-ORG"
    ]


NEWS = """\
# newdoc id = doc-b
# sent_id = doc-b-0001
# text = The army shelled the town.
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	army	army	NOUN	NN	Number=Sing	3	nsubj	_	_
3	shelled	shell	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
5	town	town	NOUN	NN	Number=Sing	3	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

"""


def _arcs(sent) -> set[tuple[str, str, str]]:  # noqa: ANN001
    return {(w, sent.deps[i], sent.words[sent.heads[i]]) for i, w in enumerate(sent.words)}


def test_news_augmentations_extend_the_tree_and_keep_every_arc(script: ModuleType,
                                                              tmp_path: Path) -> None:
    import random

    augment = sys.modules["_augment_news"]
    path = tmp_path / "news.conllu"
    path.write_text(NEWS, encoding="utf-8")
    (sent,) = script.read_conllu(path)
    rng = random.Random(0)
    timed = None
    while timed is None or len(timed.words) != 8:  # the "on Monday" variant
        timed = augment.with_time(sent, rng)
    said = augment.with_attribution(sent, rng)
    assert timed.words[:2] == ["The", "army"] and timed.words[2] == "on"
    assert timed.words[4:] == ["shelled", "the", "town", "."]
    assert (timed.words[3], timed.deps[3], timed.words[timed.heads[3]]) == \
        (timed.words[3], "obl", "shelled")
    assert _arcs(sent) <= _arcs(timed)
    assert said.words[-2:] == ["said", "."] and said.words[5] == ","
    assert said.deps[said.words.index("shelled")] == "ccomp"
    assert [d for d in said.deps if d == "ROOT"] == ["ROOT"]
    assert _arcs(sent) - _arcs(said) == {("shelled", "ROOT", "shelled"), (".", "punct", "shelled")}
    doc = next(script.to_docs(Vocab(), [said], per_doc=10))
    assert doc.text == "The army shelled the town, " + " ".join(said.words[6:-1]) + "."
