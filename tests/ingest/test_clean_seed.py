"""The founding op-ed: debris out, pull quote once, title, author, provenance, paragraphs."""

import datetime as dt

import pytest

from greatgame.ingest import paragraph_spans, read_path

pytestmark = pytest.mark.shared

DEBRIS = (
    "Read Mode",
    "100% Font Size",
    "9 min read",
    "Published: Updated:",
    "Top Content Trending",
    "Huda al Husseini",
    "Huda al-Husseini",
    "Disclaimer",
    "Al Arabiya",
)
PULL_QUOTE = (
    "The return of the Russian influence in Afghanistan overlaps now with the broader approach "
    "of Russian foreign policy, where Moscow is seeking to mediate agreements that allow Russia "
    "to expand on the geopolitical level at Washington’s expense."
)
PROVENANCE = "This feature first appeared in Asharq Al-Awsat."


@pytest.fixture(scope="module")
def seed(seed_path):
    (article,) = read_path(seed_path, date=dt.date(2017, 3, 15))
    return article


def test_title_author_and_given_date(seed):
    assert seed.title == "The US withdrawal brings back Russia to Afghanistan"
    assert seed.author == "Huda al-Husseini"
    assert seed.published == dt.date(2017, 3, 15)


def test_the_file_has_no_date_of_its_own(seed_path):
    (article,) = read_path(seed_path)
    assert article.published is None


def test_no_debris_line_is_left(seed):
    for debris in DEBRIS:
        assert debris not in seed.text, debris


def test_pull_quote_paragraph_appears_once(seed):
    assert seed.text.count(PULL_QUOTE) == 1
    assert seed.raw_text.count(PULL_QUOTE) == 2


def test_provenance_is_metadata_not_body(seed):
    assert seed.provenance_note == PROVENANCE
    assert PROVENANCE not in seed.text


def test_every_prose_paragraph_of_the_page_survives(seed):
    paragraphs = seed.text.split("\n\n")
    kept = 0
    for line in seed.raw_text.split("\n"):
        if len(line.split()) >= 12 and not line.startswith(("Disclaimer", "This feature")):
            assert line in seed.text, line[:60]
            kept += 1
    # 30 prose paragraphs, one of them (the pull quote) twice on the page, and one heading
    assert kept == 31
    assert len(paragraphs) == 31
    assert "Filling the vacuum" in paragraphs


def test_paragraphs_are_separated_by_one_blank_line(seed):
    paragraphs = seed.text.split("\n\n")
    assert all(p and "\n" not in p and p == p.strip() for p in paragraphs)
    assert paragraphs[0].startswith("The reason behind Russia’s return to the Afghan scene")
    assert paragraphs[-1].endswith(
        "as long as the United States is military present in Afghanistan."
    )


def test_offsets_index_the_clean_text(seed):
    start = seed.text.index("Zamir Kabulov")
    assert seed.text[start : start + 13] == "Zamir Kabulov"
    spans = paragraph_spans(seed.text)
    assert len(spans) == len(seed.text.split("\n\n"))
    assert any(a <= start < b for a, b in spans)


def test_id_and_hash_come_from_the_file_bytes(seed, seed_path):
    import hashlib

    digest = hashlib.sha256(seed_path.read_bytes()).hexdigest()
    assert seed.sha256 == digest
    assert seed.id == digest[:16]
    assert seed.source == str(seed_path)
