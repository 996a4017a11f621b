"""Load greatgame's packaged English pipeline (offline, once per process) and parse texts."""

from __future__ import annotations

import importlib.resources
import json
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from greatgame.errors import ModelMissing
from greatgame.nlp import lemmas, repair, segmentation  # registers greatgame's components

MODEL_NAME = "en_greatgame"
# Hyphenated nouns news names acts with, kept one token ("staged a sit-in", "declared a
# cease-fire") so that the event lexicon meets them whole; the tokenizer splits the rest.
WHOLE_WORDS = ("sit-in", "cease-fire", "walk-out", "pull-out", "shoot-out", "crack-down",
               "build-up", "stand-off", "break-in", "hand-over", "take-over", "lock-out")
REQUIRED_FILES = ("config.cfg", "meta.json", "tokenizer", "vocab/strings.json")

_cache: dict[Path, Language] = {}
_lock = threading.Lock()


def model_path() -> Path:
    """Where the trained pipeline lives inside the installed package."""
    return Path(str(importlib.resources.files("greatgame") / "data" / MODEL_NAME))


def _check(path: Path) -> list[str]:
    """Names of the pipeline's components, after checking the files they need are there."""
    if not path.is_dir():
        raise ModelMissing(f"{path}: the NLP model directory is missing (run `make model`)")
    for name in REQUIRED_FILES:
        if not (path / name).exists():
            raise ModelMissing(f"{path}: the NLP model is damaged: {name} is missing "
                               "(reinstall greatgame or run `make model`)")
    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelMissing(f"{path}: the NLP model is damaged: meta.json is unreadable "
                           f"({exc})") from exc
    pipeline = meta.get("pipeline")
    if not isinstance(pipeline, list):
        raise ModelMissing(f"{path}: the NLP model is damaged: meta.json lists no pipeline")
    for name in pipeline:
        if name not in (segmentation.FACTORY, lemmas.FACTORY) and not (path / name).is_dir():
            raise ModelMissing(f"{path}: the NLP model is damaged: component "
                               f"directory {name}/ is missing")
    return pipeline


def load(*, path: str | Path | None = None) -> Language:
    """The packaged pipeline, loaded once per process (per ``path``) and cached.

    ``path`` points at another pipeline directory (tests use it on damaged copies). Raises
    :class:`~greatgame.errors.ModelMissing` naming the directory and what is wrong when files
    are missing or cannot be read. Never touches the network.
    """
    where = Path(path) if path is not None else model_path()
    where = where.resolve()
    with _lock:
        if where in _cache:
            return _cache[where]
        _check(where)
        try:
            nlp = spacy.load(where)
        except Exception as exc:  # spaCy raises many kinds on damaged files
            raise ModelMissing(f"{where}: the NLP model is damaged and cannot be loaded: "
                               f"{type(exc).__name__}: {exc}") from exc
        repair.add_parse_repair(nlp)
        for word in WHOLE_WORDS:
            for form in (word, word.capitalize()):
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        _cache[where] = nlp
        return nlp


def parse(texts: Iterable[str], *, batch_size: int = 64, n_process: int = 1,
          path: str | Path | None = None) -> Iterator[Doc]:
    """Parse texts with the packaged pipeline, in order, as a stream of Docs (``nlp.pipe``)."""
    nlp = load(path=path)
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
