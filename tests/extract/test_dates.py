"""Dates normalised against the publication date: the resolver's rules, one by one."""

from __future__ import annotations

import datetime as dt

import pytest

from greatgame.extract.dates import find_dates, parse_absolute

SEED_DAY = dt.date(2017, 3, 15)  # a Wednesday, ISO week 11


def values(text: str, published: dt.date | None = SEED_DAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last month, Moscow hosted a conference.", [("Last month", "2017-02")]),
        ("In December of last year, Kabulov said", [("December of last year", "2016-12")]),
        ("The first was held in December.", [("December", "2016-12")]),
        ("since 2013, Russian and Taliban representatives", [("2013", "2013")]),
        ("In mid-eighties, Afghanistan was", [("mid-eighties", "198X")]),
        ("in the 1990s and the early 2000s", [("the 1990s", "199X"), ("the early 2000s", "200X")]),
        ("talks this week", [("this week", "2017-W11")]),
        ("talks last week", [("last week", "2017-W10")]),
        ("next month", [("next month", "2017-04")]),
        ("last year", [("last year", "2016")]),
        ("two years ago", [("two years ago", "2015")]),
        ("three days ago", [("three days ago", "2017-03-12")]),
        ("The US spokesman said on Monday:", [("Monday", "2017-03-13")]),
        ("He said Wednesday", [("Wednesday", "2017-03-15")]),
        ("Talks will resume Friday.", [("Friday", "2017-03-17")]),
        ("last Friday", [("last Friday", "2017-03-10")]),
        ("published on February 13, he said", [("February 13", "2017-02-13")]),
        ("on Feb. 5, 2019 the court", [("Feb. 5, 2019", "2019-02-05")]),
        ("on 13 February 2016 the court", [("13 February 2016", "2016-02-13")]),
        ("in March 2014", [("March 2014", "2014-03")]),
        ("last December", [("last December", "2016-12")]),
        ("yesterday", [("yesterday", "2017-03-14")]),
        ("during the past 15 years", [("the past 15 years", "2002/2017")]),
        ("in the 20th century", [("the 20th century", "19XX")]),
        ("last summer", [("last summer", "2016-SU")]),
        ("over the weekend", [("weekend", "2017-W10-WE")]),
        ("2017-03-01", [("2017-03-01", "2017-03-01")]),
    ],
)
def test_expression_resolves_against_the_publication_date(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The agreement may hold.",  # the modal verb is not the month
        "Troops march on.",
        "a force of 1500 troops",
        "UN Resolution 2254 calls for",
        "According to Equal Measures 2030, a coalition",
        "spent 1 trillion dollars",
        "a woman in her forties",
    ],
)
def test_non_dates_are_not_read_as_dates(text):
    assert values(text) == []


def test_that_decade_takes_the_decade_last_mentioned():
    text = "In mid-eighties, it bled. At the end of that decade, it withdrew."
    assert values(text) == [("mid-eighties", "198X"), ("that decade", "198X")]


def test_future_sentence_sends_a_bare_month_forward():
    assert values("The deal is due to expire in October.", dt.date(2025, 3, 13)) == [
        ("October", "2025-10")
    ]
    assert values("The deal expired in October.", dt.date(2025, 3, 13)) == [
        ("October", "2024-10")
    ]


def test_relative_expressions_need_a_publication_date():
    assert values("Last month, in 2013, on Monday", published=None) == [("2013", "2013")]


def test_offsets_point_into_the_text():
    text = "Moscow hosted talks last month and again in December of last year."
    for ref in find_dates(text, published=SEED_DAY):
        assert text[ref.start : ref.end] == ref.text


def test_absolute_strings_are_read_by_dateparser():
    assert parse_absolute("13 February 2017") == (2017, 2, 13)
    assert parse_absolute("March 2017") == (2017, 3, None)


def test_seed_dates(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    found = {(t.text, t.value) for t in find_dates(text, published=SEED_DAY)}
    for pair in [
        ("Last month", "2017-02"),
        ("December", "2016-12"),
        ("December of last year", "2016-12"),
        ("2013", "2013"),
        ("mid-eighties", "198X"),
        ("February", "2017-02"),
        ("February 13", "2017-02-13"),
        ("Monday", "2017-03-13"),
        ("1979", "1979"),
    ]:
        assert pair in found
