"""Malformed input: one InputError naming the file, the line or field, and the problem."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from greatgame.errors import InputError
from greatgame.scenario import load

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EC = (FIXTURES / "ec_emissions.csv").read_text()
YAML = (FIXTURES / "afghanistan.yaml").read_text()
KTAB = (
    "Test,A test,3,1,\n"
    "Actor,Description,Influence,Policy Position,Policy Salience,\n"
    "A,Alpha,10,30,50,\n"
    "B,Beta,20,60,40,\n"
    "C,Gamma,30,90,80,\n"
)
DECIDE = (
    "'#A'\t'a'\t'Alpha'\t''\n'#A'\t'b'\t'Beta'\t''\n"
    "'#P'\t'p'\t'P'\t''\n'#M'\t'p'\t0\n'#M'\t'p'\t100\n"
    "'#D'\t'a'\t'p'\t10\t0.5\t1.0\n'#D'\t'b'\t'p'\t90\t0.5\t0.5\n"
)


def _fails(tmp_path: Path, name: str, content: str | bytes, pattern: str) -> InputError:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load(path)
    message = str(info.value)
    assert message.startswith(str(path)), message
    assert re.search(pattern, message), message
    return info.value


# --- whole-file problems ----------------------------------------------------------------


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        load(tmp_path / "nope.yaml")


def test_empty_file(tmp_path):
    _fails(tmp_path, "s.csv", "", "empty file")


def test_binary_file(tmp_path):
    _fails(tmp_path, "s.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file")


def test_wrong_encoding(tmp_path):
    latin1 = EC.replace("Denmark", "Dänemark").encode("latin-1")
    _fails(tmp_path, "s.csv", latin1, r"line 10: not UTF-8 text \(byte 0xe4")


def test_unrecognised_format(tmp_path):
    _fails(tmp_path, "s.txt", "just some words\nand more\n", "not a recognised scenario format")


# --- Scholz tables ----------------------------------------------------------------------


def test_missing_column(tmp_path):
    text = EC.replace("actor,capability,position,salience", "actor,capability,position,weight")
    # without a salience column the header is not a Scholz header; the explicit reader says so
    from greatgame.scenario import read_scholz

    (tmp_path / "s.csv").write_text(text)
    with pytest.raises(InputError, match=r"line 1: missing column 'salience'"):
        read_scholz(tmp_path / "s.csv")


def test_non_numeric_value(tmp_path):
    _fails(tmp_path, "s.csv", EC.replace("UK,0.16,10,90", "UK,0.16,ten,90"),
           r"line 8: position 'ten' is not a number")


def test_negative_capability(tmp_path):
    _fails(tmp_path, "s.csv", EC.replace("Ireland,0.05", "Ireland,-0.05"),
           r"line 9: capability -0.05 is negative")


def test_duplicate_actor(tmp_path):
    _fails(tmp_path, "s.csv", EC + "Greece,0.08,7,70\n", r"line 12: duplicate actor 'Greece'")


def test_salience_out_of_range(tmp_path):
    _fails(tmp_path, "s.csv", EC.replace("Denmark,0.05,4,100", "Denmark,0.05,4,140"),
           r"line 10: salience 140 is outside")


def test_short_row(tmp_path):
    _fails(tmp_path, "s.csv", EC.replace("Greece,0.08,7,70", "Greece,0.08"),
           r"line 11: 2 fields where the header has 4")


def test_header_only(tmp_path):
    _fails(tmp_path, "s.csv", "actor,capability,position,salience\n", "no actor rows")


# --- KTAB CSV and XML ---------------------------------------------------------------------


def test_ktab_position_outside_scale(tmp_path):
    _fails(tmp_path, "k.csv", KTAB.replace("C,Gamma,30,90,80", "C,Gamma,30,190,80"),
           r"line 5: position 190 of 'C' is outside the scale 0..100 of issue 'policy'")


def test_ktab_wrong_actor_count(tmp_path):
    _fails(tmp_path, "k.csv", KTAB.replace("Test,A test,3,1", "Test,A test,4,1"),
           r"line 1: line 1 announces 4 actors but 3 actor lines follow")


def test_ktab_non_numeric_influence(tmp_path):
    _fails(tmp_path, "k.csv", KTAB.replace("B,Beta,20", "B,Beta,lots"),
           r"line 4: influence 'lots' is not a number")


def test_malformed_xml(tmp_path):
    _fails(tmp_path, "k.xml", "<Scenario><name>x</name><Actors>\n<Actor></Scenario>",
           r"line 2, column \d+: malformed XML")


def test_xml_with_wrong_root(tmp_path):
    _fails(tmp_path, "k.xml", "<Model/>", r"root element is <Model>")


# --- decide input ------------------------------------------------------------------------


def test_decide_unknown_issue(tmp_path):
    _fails(tmp_path, "d.txt", DECIDE + "'#D'\t'a'\t'q'\t10\t0.5\t1.0\n",
           r"line 8: unknown issue 'q' \(known: p\)")


def test_decide_unknown_actor(tmp_path):
    _fails(tmp_path, "d.txt", DECIDE.replace("'#D'\t'b'", "'#D'\t'z'"),
           r"line 7: position for unknown actor 'z'")


def test_decide_power_differs_between_issues(tmp_path):
    text = DECIDE + "'#P'\t'q'\t'Q'\t''\n'#D'\t'a'\t'q'\t10\t0.5\t0.7\n"
    _fails(tmp_path, "d.txt", text, r"line 9: power of 'a' is 0.7 here but 1 at line 6")


def test_decide_unknown_row_type(tmp_path):
    _fails(tmp_path, "d.txt", DECIDE + "'#X'\t'a'\n", r"line 8: unknown row type '#X'")


# --- YAML ---------------------------------------------------------------------------------


def test_malformed_yaml(tmp_path):
    _fails(tmp_path, "s.yaml", "name: x\nactors: [a, b\nissues: []\n",
           r"line \d+, column \d+: malformed YAML")


def test_yaml_unknown_issue(tmp_path):
    _fails(tmp_path, "s.yaml", YAML.replace("  taliban:\n    USA", "  talibn:\n    USA"),
           r"position of 'USA' on 'talibn'\): unknown issue 'talibn'")


def test_yaml_unknown_actor(tmp_path):
    _fails(tmp_path, "s.yaml", YAML.replace("    RUS: [60, 0.6]", "    RUZ: [60, 0.6]"),
           r"line \d+ \(position of 'RUZ' on 'taliban'\): position for unknown actor 'RUZ'")


def test_yaml_position_outside_scale(tmp_path):
    _fails(tmp_path, "s.yaml", YAML.replace("AFG: [90, 0.9]", "AFG: [190, 0.9]"),
           r"position 190 of 'AFG' is outside the scale 0..100 of issue 'presence'")


def test_yaml_salience_above_one(tmp_path):
    _fails(tmp_path, "s.yaml", YAML.replace("AFG: [90, 0.9]", "AFG: [90, 9]"),
           r"salience 9 of 'AFG' is outside 0..1")


def test_yaml_negative_capability(tmp_path):
    _fails(tmp_path, "s.yaml", YAML.replace("capability: 0.04", "capability: -0.04"),
           r"line 25, field 'capability' \(actor 'RUS'\): capability -0.04 is negative")


def test_yaml_duplicate_actor(tmp_path):
    text = YAML.replace("  - {id: TAL,", "  - {id: AFG,")
    _fails(tmp_path, "s.yaml", text, r"line 28 \(actor 'AFG'\): duplicate actor 'AFG'")


def test_yaml_non_numeric_value(tmp_path):
    _fails(tmp_path, "s.yaml", YAML.replace("AFG: [90, 0.9]", "AFG: [ninety, 0.9]"),
           r"position of 'AFG' on 'presence'\): position: .*number.*'ninety'")


def test_yaml_unknown_field_is_named(tmp_path):
    _fails(tmp_path, "s.yaml", YAML.replace("    country: RUS\n", "    contry: RUS\n"),
           r"line 24, field 'contry': unknown field 'contry'")


def test_yaml_missing_actors(tmp_path):
    _fails(tmp_path, "s.yaml", "greatgame: 1\nname: x\nissues: [{id: i, name: i}]\n",
           r"'actors' must be a non-empty list")


def test_yaml_relation_to_unknown_actor(tmp_path):
    _fails(tmp_path, "s.yaml", YAML.replace("[RUS, TAL, 0.3]", "[RUS, ISIS, 0.3]"),
           r"relations\[2\]: relation names unknown actor 'ISIS'")


# --- issue 18: numbers, keys and nesting ---------------------------------------------------


def test_exponent_without_a_dot_is_a_number_and_checked_against_the_scale(tmp_path):
    text = YAML.replace("RUS: [20, 0.7]", "RUS: [5e2, 0.7]")
    _fails(tmp_path, "s.yaml", text, "position 500 of 'RUS' is outside the scale 0..100")


def test_a_quoted_number_is_not_coerced(tmp_path):
    _fails(tmp_path, "s.yaml", YAML.replace("RUS: [20, 0.7]", 'RUS: ["20", 0.7]'),
           "must be a number")


def test_a_key_given_twice_is_an_error_not_last_wins(tmp_path):
    text = YAML.replace("name: Afghanistan 2017\n", "name: Afghanistan 2017\nname: Other\n")
    _fails(tmp_path, "s.yaml", text, r"line 4, column 1: malformed YAML: key 'name' given twice")


def test_deeply_nested_yaml_is_refused(tmp_path):
    _fails(tmp_path, "s.yaml", "a: " + "[" * 5000 + "]" * 5000, "nested too deeply")


def test_infinite_capability_is_refused(tmp_path):
    _fails(tmp_path, "s.yaml", YAML.replace("capability: 0.04", "capability: .inf"),
           "finite number")


def test_ktab_xml_with_an_unknown_encoding_is_refused(tmp_path):
    text = '<?xml version="1.0" encoding="foo-bar"?>\n<Scenario/>\n'
    _fails(tmp_path, "s.xml", text, "unknown encoding")


def test_a_device_is_not_read(tmp_path):
    with pytest.raises(InputError, match="not a regular file"):
        load("/dev/zero")
