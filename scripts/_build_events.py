"""Build the event tables: CAMEO codes, CAMEO->PLOVER, PLOVER types and scores, verb patterns.

Sources: ``cameo/cameo_codes.tsv`` and ``plover/*`` (CC BY-SA 4.0, Open Event Data Alliance;
Goldstein values from GDELT), ``phoenix/CAMEO.2.0.txt`` (MIT, Open Event Data Alliance).

CAMEO.2.0.txt verb-pattern syntax (PETRARCH-2): ``&NAME`` then ``+WORD`` lines define a
synonym set; ``---  NAME   [code]  ---`` opens a verb block with its default code; plain
lines list the block's verbs (``SPEED {SPEEDS SPED}`` gives irregular forms, ``+CALL_OFF``
a verb with its particle, ``[code]`` a verb's own code); ``- before * after [code]`` lines
are patterns where ``*`` is the verb, ``$`` the source, ``+`` the target, ``^`` a skipped
phrase, ``%`` a compound actor, ``{...}`` a noun phrase and ``(PREP ...)`` a prepositional
phrase. Codes ``A:B`` give the source->target code A and the reverse target->source code B;
``---`` means "no event".
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from _build_common import read_text, strip_comment, write_json, write_table

_TOKEN = re.compile(r"[{}()]|[^\s{}()]+")


def _split_code(text: str) -> tuple[str, str]:
    """``042:043`` -> ("042", "043"); ``---`` -> ("", ""); ``:190`` -> ("", "190")."""
    forward, _, reverse = text.strip().partition(":")
    clean = [c if c.strip("-") else "" for c in (forward.strip(), reverse.strip())]
    return clean[0], clean[1]


def _tokens(text: str) -> list[str]:
    out = []
    for tok in _TOKEN.findall(text):
        out.append(tok if tok in "{}()$+^%" or tok.startswith("&") else tok.lower())
    return [t.replace("_", " ") if t[:1] != "&" else t for t in out]


def _objects_and_preps(tokens: list[str]) -> tuple[list[str], list[list[Any]]]:
    """Content words outside prepositional phrases, and each (prep, [object words])."""
    objects: list[str] = []
    preps: list[list[Any]] = []
    depth = 0
    current: list[Any] | None = None
    for tok in tokens:
        if tok == "(":
            depth += 1
            current = None
            continue
        if tok == ")":
            depth = max(0, depth - 1)
            current = None
            continue
        if tok in "{}$+^%":
            continue
        if depth:
            if current is None:
                current = [tok, []]
                preps.append(current)
            else:
                current[1].append(tok)
        else:
            objects.append(tok)
    return objects, preps


def parse_verb_dictionary(path: Path) -> dict[str, Any]:
    """Synonym sets, verbs and patterns of CAMEO.2.0.txt."""
    synsets: dict[str, list[str]] = {}
    verbs: list[list[Any]] = []
    patterns: list[list[Any]] = []
    block, block_code = "", ""
    synset: str | None = None
    section = "sets"
    for raw in read_text(path).splitlines():
        if "VERB PATTERNS" in raw:
            section = "verbs"
            continue
        if "TRANSFORMATIONS" in raw:
            break
        content, comment = strip_comment(raw)
        line = content.strip()
        if not line:
            continue
        if section == "sets":
            if line.startswith("&"):
                synset = line.rstrip("_")
                synsets[synset] = []
            elif line.startswith("+") and synset:
                synsets[synset].append(line[1:].strip().strip("_").replace("_", " ").lower())
            continue
        header = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*-*\s+---", line)
        if header:
            block, block_code = header.group(1).lower(), _split_code(header.group(2))[0]
            continue
        code_match = re.search(r"\[([^\]]*)\]", line)
        code, reverse = _split_code(code_match.group(1)) if code_match else ("", "")
        body = line[: code_match.start()] if code_match else line
        if line.startswith("- "):
            before, _, after = body[2:].partition("*")
            b_tokens, a_tokens = _tokens(before), _tokens(after)
            objects, preps = _objects_and_preps(a_tokens)
            patterns.append([block, code, reverse, b_tokens, a_tokens, objects, preps,
                             comment.split()[0].lower() if comment else ""])
            continue
        forms_text = ""
        if "{" in body:
            body, _, forms_text = body.partition("{")
            forms_text = forms_text.split("}")[0]
        words = body.strip().lstrip("+").strip("_").lower().split("_")
        if not words or not words[0]:
            continue
        forms = [f.lstrip("+").strip("_").replace("_", " ").lower() for f in forms_text.split()]
        verbs.append([words[0], " ".join(words[1:]), block, code or block_code, reverse, forms])
    return {"synsets": synsets, "verbs": verbs, "patterns": patterns}


def parse_cameo2plover(path: Path) -> dict[str, list[str]]:
    """CAMEO code -> [type, mode, context] from ``CODE: TYPE, mode, context # label``."""
    table: dict[str, list[str]] = {}
    for raw in read_text(path).splitlines():
        content, _ = strip_comment(raw)
        if ":" not in content:
            continue
        code, _, rest = content.partition(":")
        code = code.strip()
        if not code.isdigit():
            continue
        parts = [p.strip() for p in rest.split(",")] + ["", ""]
        table.setdefault(code, [parts[0], parts[1], parts[2]])
    return table


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def build_events(shared: Path, out: Path) -> dict[str, int]:
    """Write the event tables under ``out``; return row counts by file name."""
    plover_dir = shared / "plover"
    mapping = parse_cameo2plover(plover_dir / "CAMEO2PLOVER-2021.txt")
    rows = []
    for row in _tsv(shared / "cameo" / "cameo_codes.tsv"):
        code = row["code"]
        goldstein = float(row["goldstein"]) if row["goldstein"].strip() else None
        context = mapping.get(code, ["", "", ""])[2]
        rows.append([code, row["label"], goldstein, int(row["quad_class"]),
                     row["plover_type"], row["plover_mode"].strip(), context])
    counts = {"cameo": write_table(
        out / "cameo.json",
        ["code", "label", "goldstein", "quad_class", "plover_type", "plover_mode",
         "plover_context"], rows)}
    types = [
        [t["type"], int(t["quad_class"]), t["quad_category"], t["requires_recipient"] == "yes",
         [m for m in t["modes"].split(",") if m]]
        for t in _tsv(plover_dir / "types_modes_contexts.tsv")
    ]
    scores = [[s["type"], s["mode"], float(s["score"])]
              for s in _tsv(plover_dir / "plover_scores.tsv") if s["score"].strip()]
    contexts = [c.strip() for c in read_text(plover_dir / "contexts.txt").splitlines() if c.strip()]
    write_json(out / "plover.json", {
        "types": {"columns": ["type", "quad_class", "quad_category", "requires_recipient",
                              "modes"], "rows": types},
        "scores": {"columns": ["type", "mode", "score"], "rows": scores},
        "contexts": contexts,
    })
    counts.update(plover_types=len(types), plover_scores=len(scores), contexts=len(contexts))
    verbs = parse_verb_dictionary(shared / "phoenix" / "CAMEO.2.0.txt")
    write_json(out / "verbs.json.gz", {
        "synsets": verbs["synsets"],
        "verbs": {"columns": ["lemma", "particle", "block", "code", "reverse_code", "forms"],
                  "rows": verbs["verbs"]},
        "patterns": {"columns": ["block", "code", "reverse_code", "before", "after", "objects",
                                 "preps", "source_verb"], "rows": verbs["patterns"]},
    })
    counts.update(verbs=len(verbs["verbs"]), verb_patterns=len(verbs["patterns"]),
                  verb_synsets=len(verbs["synsets"]))
    return counts
