"""Directories, dispatch by extension, the strict read_path and the read_text API."""

import datetime as dt

import pytest

from greatgame.errors import InputError
from greatgame.ingest import article_id, expand, read_path, read_text
from greatgame.registry import readers

STORY = (
    "Moscow hosted a conference on Afghanistan last month, with Iran, China and India taking "
    "part; the United States was not invited, diplomats said."
)


def test_directories_are_walked_by_extension_skipping_hidden(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".cache").mkdir()
    (tmp_path / "a" / "one.txt").write_text(f"One\n\n{STORY}")
    (tmp_path / "a" / "b" / "two.TXT").write_text(f"Two\n\n{STORY} Again.")
    (tmp_path / "a" / "notes.csv").write_text("x,y\n")
    (tmp_path / "a" / "README.md").write_text(f"About\n\n{STORY}")
    (tmp_path / ".cache" / "three.txt").write_text(f"Three\n\n{STORY}")
    (tmp_path / ".hidden.txt").write_text(f"Four\n\n{STORY}")
    files = list(expand([tmp_path]))
    assert [f.name for f in files] == ["two.TXT", "one.txt"]
    assert sorted(a.title for a in read_path(tmp_path)) == ["One", "Two"]


def test_directory_without_articles_and_missing_path_are_errors(tmp_path):
    (tmp_path / "data.csv").write_text("x\n")
    errors = list(expand([tmp_path, tmp_path / "absent"]))
    assert [e.problem.split(" ")[0] for e in errors] == ["directory", "no"]
    assert all(isinstance(e, InputError) for e in errors)


def test_read_path_raises_the_bad_file(tmp_path):
    (tmp_path / "good.txt").write_text(f"Good\n\n{STORY}")
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def")
    with pytest.raises(InputError) as caught:
        read_path(tmp_path)
    assert caught.value.path == str(tmp_path / "nul.txt")


def test_read_text_is_the_api_for_text_in_memory():
    article = read_text(
        f"Moscow talks\n\nBy Jane Roe\n\n{STORY}", source="pasted", date=dt.date(2017, 3, 15)
    )
    assert (article.title, article.author, article.published) == (
        "Moscow talks",
        "Jane Roe",
        dt.date(2017, 3, 15),
    )
    assert article.text == STORY
    assert article.source == "pasted"
    assert article.id == article_id(f"Moscow talks\n\nBy Jane Roe\n\n{STORY}".encode())


def test_read_text_with_a_given_title_keeps_the_first_line_as_body():
    article = read_text(STORY, source="s", title="Given")
    assert (article.title, article.text) == ("Given", STORY)


def test_same_bytes_give_the_same_id_whatever_the_source():
    assert read_text(STORY, source="a").id == read_text(STORY, source="b").id


def test_text_of_page_debris_only_is_an_error():
    with pytest.raises(InputError, match="no article text left"):
        read_text("Menu\n\nRead Mode\n\n5 min read\n\nShare", source="chrome.txt", title="")


def test_readers_are_registered_by_versioned_name():
    assert {"text", "html", "jsonl"} <= set(readers.names())
