"""The shipped pipeline: loading, damage detection, and news segmentation on real text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from greatgame.errors import ModelMissing
from greatgame.nlp import QUOTES_KEY, load, model_path, parse


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The packaged pipeline, loaded once for the whole session."""
    return load()


@pytest.fixture()
def model_copy(tmp_path: Path) -> Path:
    """A private copy of the packaged pipeline that a test may damage."""
    target = tmp_path / "en_greatgame"
    shutil.copytree(model_path(), target)
    return target


def test_load_is_cached_and_offline(nlp: Language) -> None:
    assert load() is nlp
    assert model_path().is_relative_to(Path(__file__).resolve().parents[2] / "src")
    for name in ("tagger", "morphologizer", "parser", "lemmatizer", "ner",
                 "greatgame_sentence_fixes"):
        assert name in nlp.pipe_names


def test_missing_directory_raises_model_missing(tmp_path: Path) -> None:
    with pytest.raises(ModelMissing, match="directory is missing"):
        load(path=tmp_path / "nowhere")


def test_removed_component_raises_model_missing(model_copy: Path) -> None:
    shutil.rmtree(model_copy / "parser")
    with pytest.raises(ModelMissing, match=r"parser/ is missing"):
        load(path=model_copy)


def test_removed_config_raises_model_missing(model_copy: Path) -> None:
    (model_copy / "config.cfg").unlink()
    with pytest.raises(ModelMissing, match="config.cfg is missing") as info:
        load(path=model_copy)
    assert str(model_copy) in str(info.value)


def test_corrupted_weights_raise_model_missing(model_copy: Path) -> None:
    (model_copy / "tok2vec" / "model").write_bytes(b"\x00garbage")
    with pytest.raises(ModelMissing, match="damaged and cannot be loaded"):
        load(path=model_copy)


def test_corrupted_meta_raises_model_missing(model_copy: Path) -> None:
    (model_copy / "meta.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelMissing, match="meta.json is unreadable"):
        load(path=model_copy)


def sentences(doc: Doc) -> list[str]:
    return [s.text.strip() for s in doc.sents if s.text.strip()]


def test_parse_yields_annotated_docs_in_order(nlp: Language) -> None:
    texts = ["Russia hosted a conference in Moscow.", "The Taliban did not attend."]
    docs = list(parse(texts, batch_size=2))
    assert [d.text for d in docs] == texts
    doc = docs[0]
    assert doc.has_annotation("DEP") and doc.has_annotation("POS")
    assert doc.has_annotation("LEMMA") and doc.has_annotation("ENT_IOB")
    assert [t.lemma_ for t in doc][:2] == ["Russia", "host"]


def test_abbreviations_initials_and_quotes_stay_inside_sentences(nlp: Language) -> None:
    text = (
        "Mr. Kabulov met U.S. officials and Dr. Ashraf Ghani in Kabul on Jan. 5. "
        "J. R. Smith, a U.N. envoy, was there too. "
        "“We will not leave. Afghanistan needs us,” Gen. John Nicholson said."
    )
    got = sentences(nlp(text))
    assert got == [
        "Mr. Kabulov met U.S. officials and Dr. Ashraf Ghani in Kabul on Jan. 5.",
        "J. R. Smith, a U.N. envoy, was there too.",
        "“We will not leave. Afghanistan needs us,” Gen. John Nicholson said.",
    ]


def test_seed_quotations_each_lie_in_one_sentence(nlp: Language, seed_path: Path) -> None:
    doc = nlp(seed_path.read_text(encoding="utf-8"))
    quotes = [q for q in doc.spans[QUOTES_KEY] if q.label_ == "QUOTE"]
    assert len(quotes) >= 9
    for quote in quotes:
        assert quote.sent.start <= quote.start and quote.end <= quote.sent.end, quote.text
    multi = [q for q in quotes if q.text.startswith("“We must wait")]
    assert multi and "Add to that" in multi[0].sent.text
    for sent in doc.sents:
        assert "\n" not in sent.text.strip(), sent.text
        last = [t for t in sent if not t.is_space][-1:]
        assert not last or last[0].text not in {"Mr.", "Dr.", "Gen."}


def test_hyphenated_nouns_of_acts_stay_one_token(nlp: Language) -> None:
    words = [t.text for t in nlp("A sit-in and a Cease-fire, but a well-known stone-thrower.")]
    assert "sit-in" in words and "Cease-fire" in words
    assert "well-known" not in words  # other hyphenated words are split as trained
