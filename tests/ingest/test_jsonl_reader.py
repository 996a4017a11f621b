"""JSON Lines: one article per line; a bad line is named by file and line, the rest go in."""

import datetime as dt
import json

import pytest

from greatgame.errors import InputError
from greatgame.ingest import read_file, read_path

STORY = (
    "Officials in Islamabad said on Monday that talks with the Taliban delegation would resume "
    "next week, after a pause of several months over border clashes."
)


def _write(tmp_path, lines):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_fields_are_read(tmp_path):
    record = {
        "id": 7,
        "text": STORY,
        "title": "Talks resume",
        "author": "A. Khan",
        "published": "2021-05-03T10:00:00Z",
        "url": "https://example.org/7",
        "extra": [1],
    }
    (article,) = read_path(_write(tmp_path, [json.dumps(record)]))
    assert (article.title, article.author, article.url) == (
        "Talks resume",
        "A. Khan",
        "https://example.org/7",
    )
    assert article.published == dt.date(2021, 5, 3)
    assert article.text == STORY
    assert article.source.endswith("batch.jsonl#7")


def test_html_field_is_read_as_a_page(tmp_path):
    html = f"<html><body><nav>Home | World</nav><article><p>{STORY}</p></article></body></html>"
    (article,) = read_path(_write(tmp_path, [json.dumps({"id": "h", "html": html})]))
    assert article.text == STORY


def test_user_date_overrides_the_record_date(tmp_path):
    line = json.dumps({"id": 1, "text": STORY, "published": "2021-05-03"})
    (article,) = read_path(_write(tmp_path, [line]), date=dt.date(2020, 1, 1))
    assert article.published == dt.date(2020, 1, 1)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"id": 2, "text": "unterminated', "not valid JSON"),
        ('["a", "list"]', "expected a JSON object"),
        ('{"id": 3, "title": "no body"}', "neither 'text' nor 'html'"),
        ('{"id": 4, "text": 42}', "field 'text' must be a string"),
        ('{"id": 5, "text": "x y z", "published": "someday"}', "field 'published'"),
    ],
)
def test_a_bad_line_is_named_and_the_good_lines_still_come(tmp_path, line, problem):
    good = json.dumps({"id": 1, "text": STORY})
    other = json.dumps({"id": 9, "text": STORY + " More."})
    path = _write(tmp_path, [good, "", line, other])
    items = list(read_file(path))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(items) == 3 and len(errors) == 1
    assert errors[0].path == str(path)
    assert errors[0].where == "line 3"
    assert problem in errors[0].problem
    with pytest.raises(InputError, match="line 3"):
        read_path(path)


def test_empty_jsonl_is_an_error(tmp_path):
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n")
    with pytest.raises(InputError, match="empty file"):
        read_path(path)


@pytest.mark.shared
def test_the_89_voa_stories_ingest(shared_data):
    path = shared_data / "voa" / "voa_stories.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    articles = read_path(path)
    assert len(articles) == len(records) == 89
    assert len({a.id for a in articles}) == 89
    for article, record in zip(articles, records, strict=True):
        assert article.source == f"{path}#{record['id']}"
        assert article.title == record["title"]
        assert article.author == record["author"]
        assert article.url == record["url"]
        assert article.published == dt.date.fromisoformat(record["published"][:10])
        # the upstream text is already clean: nothing of it may be lost
        assert " ".join(article.text.split()) == " ".join(record["text"].split())


def test_a_file_is_read_line_by_line_and_a_too_long_line_is_named(tmp_path, monkeypatch):
    """Issue 18, item 9: a JSON Lines file is streamed; one overlong line is one error."""
    from greatgame.ingest import jsonl

    monkeypatch.setattr(jsonl, "LINE_LIMIT", 300)
    story = (
        "Doha talks\\n\\nNegotiators in Doha ended another round of talks on Tuesday without "
        "agreement on a ceasefire, both delegations said."
    )
    good = '{"id": 1, "text": "' + story + '"}'
    long = '{"id": 2, "text": "' + "word " * 100 + '"}'
    path = tmp_path / "a.jsonl"
    other = good.replace('"id": 1', '"id": 3').replace("Tuesday", "Monday")
    path.write_text(f"{good}\n{long}\n{other}\n", encoding="utf-8")
    items = list(read_file(path))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    assert items[1].where == "line 2" and "line too long" in items[1].problem
