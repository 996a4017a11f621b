"""An HTML page with nav bar, related-links box and footer gives just the article."""

import datetime as dt
from pathlib import Path

import pytest

from greatgame.errors import InputError
from greatgame.ingest import read_html, read_path

PAGE = Path(__file__).parents[1] / "fixtures" / "ingest" / "article.html"
BODY = [
    "Special envoys from Uzbekistan, Tajikistan and Turkmenistan met in Tashkent on Tuesday to "
    "discuss security along their borders with Afghanistan, officials said.",
    "The talks focused on smuggling routes and on fighters who have crossed into the north of "
    "Afghanistan over the past year, according to a statement from the Uzbek foreign ministry.",
    '"We share one border and one concern," the Tajik envoy told reporters after the meeting. '
    '"No country in the region can secure it alone."',
    "Diplomats said a second round of talks was planned for the autumn in Dushanbe, where the "
    "envoys are expected to agree on joint patrols.",
]


@pytest.fixture(scope="module")
def page():
    (article,) = read_path(PAGE)
    return article


def test_text_is_just_the_article(page):
    assert page.text.split("\n\n") == BODY
    for chrome in (
        "Subscribe",
        "Related stories",
        "Termez bridge",
        "All rights reserved",
        "Privacy policy",
        "Home",
        "By Dilnoza",
    ):
        assert chrome not in page.text


def test_metadata_comes_from_the_page(page):
    assert page.title == "Envoys meet in Tashkent over Afghan border security"
    assert page.author == "Dilnoza Karimova"
    assert page.url == "https://steppe-courier.example/world/2019/envoys-meet-tashkent"


def test_published_date_is_article_published_time_not_modified(page):
    assert page.published == dt.date(2019, 6, 4)


def test_user_date_overrides_the_page_date():
    (article,) = read_path(PAGE, date=dt.date(2019, 6, 1))
    assert article.published == dt.date(2019, 6, 1)


def test_raw_text_keeps_the_markup_and_hash_the_bytes(page):
    import hashlib

    assert page.raw_text.startswith("<!DOCTYPE html>")
    assert page.sha256 == hashlib.sha256(PAGE.read_bytes()).hexdigest()


def test_page_without_date_metadata_has_no_date_even_with_dates_in_prose():
    html = (
        "<html><head><title>Talks</title></head><body><article><p>In December 2016 envoys "
        "met in Moscow to talk about Afghanistan and the future of the region, and again "
        "on 13 February 2017, officials said after the meeting.</p></article></body></html>"
    )
    assert read_html(html, source="talks.html").published is None


def test_html_saved_as_txt_is_read_as_html(tmp_path):
    copy = tmp_path / "saved.txt"
    copy.write_bytes(PAGE.read_bytes())
    (article,) = read_path(copy)
    assert article.text.split("\n\n") == BODY


def test_page_with_no_article_text_is_an_input_error(tmp_path):
    empty = tmp_path / "menu.html"
    empty.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(InputError) as caught:
        read_path(empty)
    assert caught.value.path == str(empty)
    assert "no article text" in caught.value.problem


def test_a_page_with_a_huge_script_keeps_its_article(tmp_path):
    """Issue 18, item 6: 21 MB of bundled JavaScript once hid the article from the extractor."""
    html = PAGE.read_text(encoding="utf-8")
    bloat = '<script>var bundle = "' + "x" * 21_000_000 + '";</script>'
    path = tmp_path / "bloated.html"
    path.write_text(html.replace("</head>", bloat + "</head>", 1), encoding="utf-8")
    (article,) = read_path(path)
    assert article.text.split("\n\n") == BODY


def test_json_ld_metadata_survives_the_script_removal():
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2017-03-15", "headline": "Envoys meet"}</script></head><body>'
        "<article><p>" + BODY[0] + "</p><p>" + BODY[1] + "</p></article></body></html>"
    )
    assert read_html(page, source="ld.html").published == dt.date(2017, 3, 15)
