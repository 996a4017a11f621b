import pytest

from greatgame.registry import Registry


def test_short_name_resolves_to_highest_version():
    reg: Registry = Registry("thing")
    reg.register("eum.v1")("old")
    reg.register("eum.v2")("new")
    assert reg.get("eum") == "new"
    assert reg.get("eum.v1") == "old"
    assert reg.names() == ["eum"]


def test_unknown_and_duplicate_names_are_refused():
    reg: Registry = Registry("thing")
    reg.register("a.v1")(1)
    with pytest.raises(KeyError, match="no thing named 'b'"):
        reg.get("b")
    with pytest.raises(ValueError, match="twice"):
        reg.register("a.v1")(2)
    with pytest.raises(ValueError, match="must look like"):
        reg.register("bad")
