import codecs

import pytest

from greatgame.errors import InputError
from greatgame.ingest.decode import decode, read_bytes

TEXT = "Kabul’s “bleeding wound” — café\n"


def test_utf8_is_read_as_is():
    assert decode(TEXT.encode("utf-8"), source="a.txt") == TEXT


def test_utf8_bom_is_dropped():
    assert decode(codecs.BOM_UTF8 + TEXT.encode("utf-8"), source="a.txt") == TEXT


def test_utf16_with_bom_is_read():
    assert decode(TEXT.encode("utf-16"), source="a.txt") == TEXT


def test_windows_1252_smart_quotes_fall_back():
    data = TEXT.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode(data, source="a.txt") == TEXT


def test_windows_line_ends_become_unix():
    assert decode(b"one\r\ntwo\rthree", source="a.txt") == "one\ntwo\nthree"


def test_invisible_characters_are_removed():
    assert decode("in\u00adter\u200bnational".encode(), source="a.txt") == "international"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "only whitespace"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
        (b"some text\x00\x00\x01\x02", "NUL bytes"),
        (b"\x01\x02\x03\x04\x05\x06 abc \x07\x08", "control characters"),
        (b"\x81\x8d\x8f bytes", "undecodable"),
    ],
)
def test_bad_bytes_are_refused_with_the_reason(data, reason):
    with pytest.raises(InputError) as caught:
        decode(data, source="bad.txt")
    assert caught.value.path == "bad.txt"
    assert reason in caught.value.problem


def test_unreadable_paths_name_the_problem(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_bytes(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_bytes(tmp_path)
