"""Cleaning judged on pages unlike the seed: other furniture, other notices, other layouts."""

import datetime as dt

import pytest

from greatgame.ingest.clean import clean, find_date, paragraph_spans, paragraphs, parse_date

P1 = (
    "Beijing has quietly expanded its security presence along the Wakhan corridor, officials "
    "in Kabul said on Tuesday, in a move that worries planners in Washington."
)
P2 = (
    "The deployment follows months of talks between Chinese and Afghan commanders. Militants "
    "have crossed from Badakhshan into Xinjiang, two diplomats said."
)
P3 = (
    "Analysts expect Pakistan to watch closely, since the corridor also touches its own "
    "northern border and the routes of the economic corridor it shares with China."
)
PULL = "“The deployment follows months of talks between Chinese and Afghan commanders”"

OTHER_SITE = f"""China steps into the Wakhan corridor

By Maria Lopez and Sam Reed
Updated 3 hours ago
5 min read
Share this article
Listen to this story

{P1}

World News

Advertisement

{PULL}

{P2}

A long game

{P3}

Advertisement

World News

This story was originally published by The Mountain Review and is republished with permission.

© 2021 Example Media. All rights reserved.
Follow us on Twitter
"""


@pytest.fixture(scope="module")
def other():
    return clean(OTHER_SITE)


def test_body_is_the_prose_and_its_heading(other):
    assert other.text.split("\n\n") == [P1, P2, "A long game", P3]


def test_title_and_byline_are_lifted(other):
    assert other.title == "China steps into the Wakhan corridor"
    assert other.author == "Maria Lopez and Sam Reed"


def test_provenance_is_kept_as_metadata(other):
    assert other.provenance_note.startswith("This story was originally published by")
    assert "Mountain Review" not in other.text


def test_every_dropped_line_has_a_reason(other):
    reasons = dict(other.dropped)
    assert reasons["5 min read"] == "page furniture"
    assert reasons["Updated 3 hours ago"] == "page furniture"
    assert reasons["Advertisement"] == "page furniture"
    assert reasons["World News"] == "repeated line"
    assert reasons[PULL] == "repeated paragraph"
    assert reasons["© 2021 Example Media. All rights reserved."] == "publisher notice"


def test_pull_quote_before_its_source_paragraph_is_dropped():
    result = clean(f"Title\n\n{PULL}\n\n{P2}\n\n{P1}", title=None)
    assert result.text == f"{P2}\n\n{P1}"


def test_exact_repeat_keeps_the_first():
    result = clean(f"{P1}\n\n{P2}\n\n{P1}", title="")
    assert result.text == f"{P1}\n\n{P2}"


def test_short_sentences_are_never_furniture():
    text = f"{P1}\n\nRead more.\n\nHe did not.\n\nShare the load, they said.\n\n{P2}"
    assert "He did not." in clean(text, title="").text
    assert "Share the load, they said." in clean(text, title="").text


def test_date_stamp_in_the_header_gives_the_published_date():
    result = clean(f"Headline here\n\nPublished: 15 March 2017 10:32 GMT\n\n{P1}")
    assert result.published == dt.date(2017, 3, 15)
    assert result.text == P1


def test_given_title_and_author_are_not_guessed():
    result = clean(f"Washington talks\n\n{P1}", title="Washington talks", author="A. Writer")
    assert result.title == "Washington talks"
    assert result.author == "A. Writer"
    assert result.text == P1


def test_a_plain_text_without_title_line_keeps_its_first_paragraph():
    result = clean(f"{P1}\n\n{P2}")
    assert result.title == ""
    assert result.text == f"{P1}\n\n{P2}"


def test_hard_wrapped_paragraphs_are_joined():
    wrapped = (
        "Wrapped report\n\n"
        "Beijing has quietly expanded its security presence along the\n"
        "Wakhan corridor, officials in Kabul said on Tuesday, in a move\n"
        "that worries planners in Washington.\n\n"
        "The deployment follows months of talks between Chinese and\n"
        "Afghan commanders. Militants have crossed from Badakhshan\n"
        "into Xinjiang, two diplomats said.\n"
    )
    assert paragraphs(wrapped)[1:] == [P1, P2]


def test_one_paragraph_per_line_is_not_joined():
    assert paragraphs(f"{P1}\n{P2}\n{P3}") == [P1, P2, P3]


def test_paragraph_spans_point_into_the_clean_text(other):
    spans = paragraph_spans(other.text)
    assert [other.text[a:b] for a, b in spans] == other.text.split("\n\n")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: 2017-03-15T08:00:00Z", dt.date(2017, 3, 15)),
        ("March 15, 2017", dt.date(2017, 3, 15)),
        ("Wed 15th Mar. 2017", dt.date(2017, 3, 15)),
        ("Updated 3 hours ago", None),
        ("February 30, 2017", None),
    ],
)
def test_find_date(line, expected):
    assert find_date(line) == expected


def test_parse_date_accepts_iso_datetimes_and_refuses_prose():
    assert parse_date("2025-03-14 20:30:26Z") == dt.date(2025, 3, 14)
    with pytest.raises(ValueError, match="not a date"):
        parse_date("last Tuesday")


BROADCASTER = f"""Russia and Taliban hold talks in Moscow

2 hours ago
Share
Save
John Simpson
World affairs editor
Reporting from Moscow

{P1}

{P2}

Related Topics
Afghanistan
Russia
More on this story
Kabul hosts regional talks on trade corridors
Published 3 days ago
"""


def test_a_page_of_another_layout_keeps_only_the_story():
    result = clean(BROADCASTER)
    assert result.title == "Russia and Taliban hold talks in Moscow"
    assert result.author == "John Simpson"
    assert result.text == f"{P1}\n\n{P2}"
    reasons = dict(result.dropped)
    assert reasons["World affairs editor"] == "header line"
    assert reasons["Kabul hosts regional talks on trade corridors"] == "trailing line"


def test_a_heading_inside_the_story_is_kept():
    assert clean(f"T\n\n{P1}\n\nA long game\n\n{P2}", title="").text.split("\n\n")[1] == (
        "A long game"
    )


def test_repeats_are_found_by_hashing_not_by_comparing_every_pair():
    """Issue 18, item 11: thousands of paragraphs, each repeated once, each kept once."""
    units = [f"{P1} Paragraph {n} of the story." for n in range(3000)]
    result = clean("\n\n".join(units + units[::-1]), title="")
    assert result.text.split("\n\n") == units
    assert sum(reason == "repeated paragraph" for _, reason in result.dropped) == 3000


def test_a_pull_quote_of_a_clause_is_dropped():
    quote = "“Beijing has quietly expanded its security presence along the Wakhan corridor”"
    result = clean(f"{P1}\n\n{quote}\n\n{P2}", title="")
    assert result.text == f"{P1}\n\n{P2}"
