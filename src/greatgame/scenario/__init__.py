"""Scenario files: greatgame YAML, KTAB SMP CSV/XML, Scholz CSV, decide exchange input.

:func:`load` reads any of them and :func:`save` writes YAML or KTAB CSV. The format is
chosen by extension where it is unambiguous (``.yaml``/``.yml``, ``.xml``) and otherwise by
looking at the content:

1. text starting with ``<`` -> KTAB XML;
2. a first row of type ``#A``/``#P``/``#M``/``#D`` -> decide exchange input;
3. a header naming capability, position and salience -> Scholz table;
4. a second line ``Actor, Description, Influence, ...`` -> KTAB CSV;
5. a YAML mapping with ``actors`` and ``issues`` -> greatgame YAML.

Anything else is refused with an InputError naming the file.
"""

from __future__ import annotations

from pathlib import Path

from greatgame.errors import InputError
from greatgame.records import Scenario
from greatgame.scenario import decide, ktab, scholz, yamlfile
from greatgame.scenario._text import read_text
from greatgame.scenario.decide import read_decide
from greatgame.scenario.ktab import read_ktab_csv, read_ktab_xml, write_ktab_csv
from greatgame.scenario.scholz import read_scholz
from greatgame.scenario.yamlfile import read_yaml, write_yaml

__all__ = [
    "load",
    "save",
    "detect",
    "read_yaml",
    "write_yaml",
    "read_ktab_csv",
    "read_ktab_xml",
    "write_ktab_csv",
    "read_scholz",
    "read_decide",
]

FORMATS = ("yaml", "ktab-xml", "decide", "scholz", "ktab-csv")


def detect(path: str | Path, text: str) -> str:
    """The format of a scenario file: one of :data:`FORMATS`."""
    suffix = Path(path).suffix.lower()
    if suffix in (".yaml", ".yml"):
        return "yaml"
    if suffix == ".xml" or text.lstrip().startswith("<"):
        return "ktab-xml"
    if decide.looks_like(text):
        return "decide"
    if scholz.looks_like(text):
        return "scholz"
    if ktab.looks_like_csv(text):
        return "ktab-csv"
    if yamlfile.looks_like(text):
        return "yaml"
    raise InputError(
        path,
        "not a recognised scenario format (greatgame YAML, KTAB CSV or XML, "
        "an actor,capability,position,salience table, or decide exchange input)",
    )


def load(path: str | Path, *, scale: tuple[float, float] | None = None) -> Scenario:
    """Read a scenario file of any supported format.

    ``scale`` is the issue scale of a Scholz table, which carries none (default: the minimum
    and maximum of its positions); other formats carry their own and ignore it.
    """
    text = read_text(path)
    fmt = detect(path, text)
    if fmt == "yaml":
        return read_yaml(path, text=text)
    if fmt == "ktab-xml":
        return read_ktab_xml(path)
    if fmt == "decide":
        return read_decide(path, text=text)
    if fmt == "scholz":
        return read_scholz(path, scale=scale, text=text)
    return read_ktab_csv(path, text=text)


def save(scenario: Scenario, path: str | Path, *, fmt: str | None = None) -> None:
    """Write a scenario: ``fmt`` "yaml" or "ktab-csv"; by default from the extension
    (``.csv`` -> KTAB CSV, anything else -> YAML)."""
    fmt = fmt or ("ktab-csv" if Path(path).suffix.lower() == ".csv" else "yaml")
    if fmt == "yaml":
        write_yaml(scenario, path)
    elif fmt == "ktab-csv":
        write_ktab_csv(scenario, path)
    else:
        raise InputError(path, f"cannot write format {fmt!r} (yaml or ktab-csv)")
