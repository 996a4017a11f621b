"""Train greatgame's English spaCy pipeline from UD English-EWT and UNER English-EWT.

Steps (each can be run alone, see ``--help``):

1. convert: UD ``.conllu`` (words, XPOS, UPOS, features, lemmas, dependencies) and UNER
   ``.iob2`` (PER/ORG/LOC) into spaCy DocBins under ``training/corpus``. UNER annotates the
   same sentences as UD (same ``sent_id``), so its entity spans are laid onto the UD words and
   a single pipeline learns all tasks over one shared tok2vec. Sentences of one UD document are
   grouped several per Doc so the parser learns sentence boundaries.
2. train: ``spacy.cli.train`` with ``scripts/nlp_config.cfg`` (fixed seed, one thread).
3. package: the best model plus greatgame's tokenizer special cases and sentence-fix component
   goes to ``src/greatgame/data/en_greatgame``, scored on dev and test, with a model card.

Run with ``make model`` (``python scripts/train_model.py --shared ../shared``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy  # noqa: E402
from _augment_news import augment  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training import Corpus  # noqa: E402
from spacy.vocab import Vocab  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "scripts" / "nlp_config.cfg"
WORK = ROOT / "training"
PACKAGE_DIR = ROOT / "src" / "greatgame" / "data" / "en_greatgame"
SPLITS = ("train", "dev", "test")
SENTS_PER_DOC = 10
AUGMENT_SHARE = 0.0  # tried 0.15 (with wider hashes and parser): see README


# --- reading -------------------------------------------------------------------------------


@dataclass
class Sentence:
    """One UD sentence as syntactic words, with the NER tags laid on it (None: unannotated)."""

    sent_id: str
    doc_id: str
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # index within the sentence
    deps: list[str] = field(default_factory=list)
    ents: list[str | None] | None = None


def read_conllu(path: Path) -> Iterator[Sentence]:
    """Yield the sentences of a CoNLL-U file; multiword tokens become their syntactic words."""
    doc_id = ""
    sent: Sentence | None = None
    mwt_end = 0
    mwt_space = True
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id = "):
                doc_id = line.split("= ", 1)[1]
            elif line.startswith("# sent_id = "):
                sent = Sentence(sent_id=line.split("= ", 1)[1], doc_id=doc_id)
                mwt_end = 0
            elif line.startswith("#"):
                continue
            elif not line:
                if sent is not None and sent.words:
                    if sent.spaces:
                        sent.spaces[-1] = True
                    yield sent
                sent = None
            else:
                assert sent is not None, f"{path}: token line outside a sentence"
                cols = line.split("\t")
                ident, misc = cols[0], cols[9]
                no_space = "SpaceAfter=No" in misc.split("|")
                if "-" in ident:
                    mwt_end = int(ident.split("-")[1])
                    mwt_space = not no_space
                    continue
                if "." in ident:
                    continue  # empty node of the enhanced graph
                index = int(ident)
                if index < mwt_end:
                    space = False
                elif index == mwt_end:
                    space = mwt_space
                else:
                    space = not no_space
                sent.words.append(cols[1])
                sent.spaces.append(space)
                sent.lemmas.append(cols[2])
                sent.pos.append(cols[3])
                sent.tags.append(cols[4])
                sent.morphs.append("" if cols[5] == "_" else cols[5])
                head = int(cols[6])
                sent.heads.append(index - 1 if head == 0 else head - 1)
                sent.deps.append("ROOT" if cols[7] == "root" else cols[7])


def read_iob2(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Map sent_id to (tokens, IOB2 tags) for a UNER file."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    sent_id = ""
    tokens: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# sent_id = "):
                sent_id = line.split("= ", 1)[1]
            elif line.startswith("#"):
                continue
            elif not line:
                if tokens:
                    out[sent_id] = (tokens, tags)
                tokens, tags = [], []
            else:
                cols = line.split("\t")
                tokens.append(cols[1])
                tags.append(cols[2])
    if tokens:
        out[sent_id] = (tokens, tags)
    return out


def _char_spans(tokens: list[str]) -> list[tuple[int, int]]:
    """Offsets of each token in the tokens' concatenation without spaces."""
    spans, pos = [], 0
    for tok in tokens:
        spans.append((pos, pos + len(tok)))
        pos += len(tok)
    return spans


def align_ner(words: list[str], tokens: list[str], tags: list[str]) -> list[str] | None:
    """Lay UNER tags onto UD words; None when an entity edge falls inside a UD word."""
    if words == tokens:
        return list(tags)
    if "".join(words) != "".join(tokens):
        return None
    entities: list[tuple[int, int, str]] = []
    tok_spans = _char_spans(tokens)
    for i, tag in enumerate(tags):
        if tag.startswith("B-"):
            entities.append((tok_spans[i][0], tok_spans[i][1], tag[2:]))
        elif tag.startswith("I-") and entities:
            start, _, label = entities[-1]
            entities[-1] = (start, tok_spans[i][1], label)
    word_spans = _char_spans(words)
    starts = {s: i for i, (s, _) in enumerate(word_spans)}
    ends = {e: i for i, (_, e) in enumerate(word_spans)}
    out = ["O"] * len(words)
    for start, end, label in entities:
        if start not in starts or end not in ends:
            return None
        first, last = starts[start], ends[end]
        out[first] = f"B-{label}"
        for k in range(first + 1, last + 1):
            out[k] = f"I-{label}"
    return out


def merge_split(shared: Path, split: str, stats: Counter) -> list[Sentence]:
    """UD sentences of one split with UNER tags merged on by sent_id."""
    ud = list(read_conllu(shared / "data" / "ud-ewt" / f"en_ewt-ud-{split}.conllu"))
    uner_path = shared / "data" / "uner-ewt" / f"en_ewt-ud-{split}.iob2"
    uner = read_iob2(uner_path) if uner_path.is_file() else {}
    for sent in ud:
        found = uner.get(sent.sent_id)
        if found is None:
            stats[f"{split}: no UNER sentence"] += 1
            continue
        sent.ents = align_ner(sent.words, *found)
        if sent.words == found[0]:
            stats[f"{split}: identical tokens"] += 1
        elif sent.ents is not None:
            stats[f"{split}: retokenised, entities realigned"] += 1
        else:
            stats[f"{split}: entity edge inside a word, NER left unannotated"] += 1
    stats[f"{split}: UD sentences"] = len(ud)
    return ud


def to_docs(vocab: Vocab, sentences: list[Sentence], per_doc: int) -> Iterator[Doc]:
    """Group consecutive sentences of one UD document, ``per_doc`` at a time, into Docs."""
    group: list[Sentence] = []
    for sent in sentences:
        if group and (len(group) == per_doc or group[-1].doc_id != sent.doc_id):
            yield _build_doc(vocab, group)
            group = []
        group.append(sent)
    if group:
        yield _build_doc(vocab, group)


def _build_doc(vocab: Vocab, group: list[Sentence]) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    lemmas, pos, tags, morphs, deps = [], [], [], [], []
    heads: list[int] = []
    sent_starts: list[bool] = []
    ents: list[str | None] = []
    for sent in group:
        offset = len(words)
        words += sent.words
        spaces += sent.spaces
        lemmas += sent.lemmas
        pos += sent.pos
        tags += sent.tags
        morphs += sent.morphs
        deps += sent.deps
        heads += [offset + h for h in sent.heads]
        sent_starts += [True] + [False] * (len(sent.words) - 1)
        ents += sent.ents if sent.ents is not None else [None] * len(sent.words)
    spaces[-1] = False
    has_ner = any(e is not None for e in ents)
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        pos=pos,
        tags=tags,
        morphs=morphs,
        heads=heads,
        deps=deps,
        sent_starts=sent_starts,
        ents=[e if e is not None else "" for e in ents] if has_ner else None,
    )


def convert(shared: Path, corpus_dir: Path, augment_share: float = 0.0) -> dict[str, int]:
    """Write train/dev/test DocBins; return alignment counts. ``augment_share``: the share
    of training sentences copied with each news construction (``_augment_news``)."""
    corpus_dir.mkdir(parents=True, exist_ok=True)
    stats: Counter = Counter()
    vocab = Vocab()
    for split in SPLITS:
        sentences = merge_split(shared, split, stats)
        if split == "train" and augment_share > 0:
            made = list(augment(sentences, augment_share, seed=4242))
            stats["train: augmented copies (time, attribution)"] = len(made)
            sentences += made
        docbin = DocBin(store_user_data=False)
        for doc in to_docs(vocab, sentences, SENTS_PER_DOC):
            docbin.add(doc)
        docbin.to_disk(corpus_dir / f"{split}.spacy")
        stats[f"{split}: docs"] = len(docbin)
    for key in sorted(stats):
        print(f"  {key}: {stats[key]}", flush=True)
    return dict(stats)


# --- training --------------------------------------------------------------------------------


class TimeBudgetReached(Exception):
    """Raised from the update hook when the training time budget is spent."""


_progress = {"step": 0}


@spacy.registry.callbacks("greatgame.time_budget.v1")
def time_budget(minutes: float) -> Callable[[spacy.Language, dict], None]:
    """Update hook that stops training after ``minutes`` (0: no limit); model-best is kept."""
    deadline: list[float] = []

    def before_update(nlp: spacy.Language, args: dict) -> None:
        if not deadline:
            deadline.append(time.monotonic() + 60 * minutes)
        _progress["step"] = int(args.get("step", 0))
        if minutes > 0 and time.monotonic() > deadline[0]:
            raise TimeBudgetReached(f"time budget of {minutes} min spent at step {args['step']}")

    return before_update


def train(corpus_dir: Path, output_dir: Path, max_steps: int, eval_frequency: int,
          patience: int, minutes: float, extra: dict[str, object] | None = None) -> float:
    """Train with spaCy's own loop; return wall-clock seconds.

    ``extra`` holds further config overrides (dotted keys), e.g. a wider parser for a trial.
    """
    from spacy.cli.train import train as spacy_train

    overrides = {
        "training.before_update.minutes": minutes,
        "paths.train": str(corpus_dir / "train.spacy"),
        "paths.dev": str(corpus_dir / "dev.spacy"),
        "training.max_steps": max_steps,
        "training.eval_frequency": eval_frequency,
        "training.patience": patience,
        **(extra or {}),
    }
    start = time.perf_counter()
    try:
        spacy_train(CONFIG, output_dir, overrides=overrides, use_gpu=-1)
    except TimeBudgetReached as stop:
        print(f"== {stop}; keeping model-best", flush=True)
    return time.perf_counter() - start


# --- scoring and packaging -----------------------------------------------------------------

SCORE_KEYS = {
    "UPOS": "pos_acc",
    "XPOS": "tag_acc",
    "morph": "morph_acc",
    "UAS": "dep_uas",
    "LAS": "dep_las",
    "sentence P": "sents_p",
    "sentence R": "sents_r",
    "sentence F": "sents_f",
    "lemma": "lemma_acc",
    "NER P": "ents_p",
    "NER R": "ents_r",
    "NER F": "ents_f",
}


def evaluate(nlp: spacy.Language, path: Path) -> dict[str, float]:
    """Score a pipeline on one DocBin; percentages rounded to 2 decimals."""
    examples = list(Corpus(str(path))(nlp))
    scores = nlp.evaluate(examples)
    out = {name: round(100 * float(scores[key] or 0.0), 2) for name, key in SCORE_KEYS.items()}
    out["words/s (evaluation)"] = round(float(scores.get("speed", 0.0)))
    return out


def package(best: Path, target: Path) -> spacy.Language:
    """Add greatgame's tokenizer cases and sentence fixes to ``best``; write it to ``target``."""
    sys.path.insert(0, str(ROOT / "src"))
    from greatgame.nlp.lemmas import add_lemma_fixes
    from greatgame.nlp.segmentation import add_sentence_fixes, add_tokenizer_exceptions

    nlp = spacy.load(best)
    add_tokenizer_exceptions(nlp)
    add_sentence_fixes(nlp)
    add_lemma_fixes(nlp)
    nlp.meta.update(
        {
            "name": "greatgame",
            "version": "0.1.0",
            "description": "greatgame's English pipeline: tagger, morphologizer, parser, "
            "rule lemmatizer and PER/ORG/LOC NER, trained on UD English-EWT and UNER English-EWT.",
            "license": "CC BY-SA 4.0",
            "author": "greatgame",
            "sources": [
                {"name": "UD English-EWT v2.16",
                 "url": "https://github.com/UniversalDependencies/UD_English-EWT",
                 "license": "CC BY-SA 4.0"},
                {"name": "UNER English-EWT v1",
                 "url": "https://github.com/UniversalNER/UNER_English-EWT",
                 "license": "CC BY-SA 4.0"},
                {"name": "spacy-lookups-data (English lemma rules)",
                 "url": "https://github.com/explosion/spacy-lookups-data",
                 "license": "MIT"},
            ],
        }
    )
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)
    return nlp


LICENCE_NOTE = """\
This pipeline was trained on Universal Dependencies English-EWT (UD v2.16, annotations (c)
2013-2021 The Board of Trustees of The Leland Stanford Junior University; texts from the LDC
English Web Treebank, LDC2012T13; https://github.com/UniversalDependencies/UD_English-EWT) and
on Universal NER English-EWT (UNER v1, Mayhew et al. 2024, "Universal NER: A Gold-Standard
Multilingual Named Entity Recognition Benchmark", NAACL 2024;
https://github.com/UniversalNER/UNER_English-EWT). Both are licensed under the Creative Commons
Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0,
https://creativecommons.org/licenses/by-sa/4.0/). As a work derived from them, the trained
weights in this directory are distributed under CC BY-SA 4.0 too. The lemmatizer tables come
from spacy-lookups-data (MIT licence, Explosion AI). greatgame's code is MIT-licensed.
"""


def _table(results: dict, splits: tuple[str, ...]) -> str:
    rows = ["| score | " + " | ".join(splits) + " |", "|---" * (len(splits) + 1) + "|"]
    for name in SCORE_KEYS:
        rows.append(f"| {name} | " + " | ".join(f"{results[s][name]:.2f}" for s in splits) + " |")
    return "\n".join(rows)


def write_card(target: Path, results: dict) -> None:
    """Write MODEL_CARD.md and LICENSE beside the pipeline."""
    align = results.get("alignment", {})
    augmented = align.get("train: augmented copies (time, attribution)", 0)
    augment_note = (
        "\n- News constructions EWT lacks, added as copies of training sentences with their"
        f" trees\n  extended (`scripts/_augment_news.py`, {augmented} copies): a time"
        " expression between\n  subject and verb and a closing attribution. Dev and test are"
        " UD's own."
    ) if augmented else ""
    bare = results["test_without_fixes"]
    minutes = results["train_seconds"] / 60
    card = f"""# en_greatgame: greatgame's English pipeline

Trained by `make model` (`scripts/train_model.py`, config `scripts/nlp_config.cfg`, seed 4242)
with spaCy {results["spacy"]}, on one CPU thread. Training took {minutes:.0f} minutes
(budget {results["train"]["minutes"]:g} min, stopped at step {results["train"]["steps"]} of at
most {results["train"]["max_steps"]}; the best model on the dev split is kept). Size on disk:
{results["size_bytes"] / 1e6:.1f} MB.

## Pipeline
`tok2vec` (one shared CNN: hash embeddings of NORM, PREFIX, SUFFIX and SHAPE, width 96, 4
maxout window layers; no word vectors) feeding `tagger` (PTB XPOS), `morphologizer` (UPOS and
UD features), `parser` (UD relations, arc-eager, learns sentence boundaries) and `ner` (PER, ORG,
LOC); `lemmatizer` is spaCy's rule lemmatizer with the spacy-lookups-data English tables.
`greatgame_sentence_fixes` runs before the parser and constrains its sentence boundaries (line
breaks, titles, initials, "U.S."-style abbreviations, quotations) and marks quotations in
`doc.spans["quotes"]`; its code is `greatgame.nlp.segmentation`, registered when `greatgame.nlp`
is imported, so load the pipeline with `greatgame.nlp.load()`. `greatgame_lemma_fixes` runs
after the lemmatizer and gives auxiliaries, pronouns and a few determiners their UD lemmas
("is" -> "be", "me" -> "I", "n't" -> "not"; `greatgame.nlp.lemmas`).

## Data
- UD English-EWT v2.16 train/dev/test (12,544 / 2,001 / 2,077 sentences): words, XPOS, UPOS,
  features, lemmas, basic dependencies. Multiword tokens are split into their syntactic words.
- UNER English-EWT v1 (PER/ORG/LOC) on the same sentences, merged by `sent_id` onto the UD words.
  Dev and test are the official files; train is the repository's first, pre-release version
  (see `../shared/data/uner-ewt/PROVENANCE.md`). Alignment of UNER onto UD, per split:
  {"; ".join(f"{k} {v}" for k, v in align.items() if "docs" not in k)}. A retokenised
  sentence keeps its entities when their edges fall on UD word edges; otherwise (and for the
  one sentence UNER lacks) it is left without NER annotation, not marked as "no entity".
- Ten consecutive sentences of one UD document form one training Doc, so the parser learns
  where sentences end.{augment_note}
- Dev was used for early stopping only; test for the scores reported here.

## Scores (percent; the shipped pipeline, sentence and lemma fixes included)
{_table(results, ("dev", "test"))}

LAS and UAS leave out punctuation (spaCy's scorer). The bare trained model, without
greatgame's sentence and lemma fixes, scores on test: UPOS {bare["UPOS"]:.2f}, LAS
{bare["LAS"]:.2f}, UAS {bare["UAS"]:.2f}, sentence F {bare["sentence F"]:.2f}, lemma
{bare["lemma"]:.2f}, NER F {bare["NER F"]:.2f}. The sentence fixes trade a little recall on EWT
for news: most boundaries they remove there follow a comma in e-mail sign-offs ("Best regards,
Debra") whose line breaks the treebank's text has lost, or fall inside quoted speech, which
greatgame keeps as one sentence on purpose.

Reproduce exactly with `python scripts/train_model.py --minutes 0 --max-steps
{results["train"]["steps"]}` (on one thread the same seed and steps give the same weights);
`make model` uses the {results["train"]["minutes"]:g}-minute budget, so a slower or faster
machine stops at another step.

## Limits
Web-genre training text (blogs, reviews, email, answers), not newswire; NER knows only PER,
ORG and LOC (no GPE/NORP split: countries are LOC); lemmas come from rules and tables, not
from a trained model.

## Licence
{LICENCE_NOTE}"""
    (target / "MODEL_CARD.md").write_text(card, encoding="utf-8")
    (target / "LICENSE").write_text(LICENCE_NOTE, encoding="utf-8")


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--work", type=Path, default=WORK, help="corpus and training output")
    parser.add_argument("--target", type=Path, default=PACKAGE_DIR)
    parser.add_argument("--max-steps", type=int, default=20000)
    parser.add_argument("--minutes", type=float, default=42.0,
                        help="training time budget (0: none; then max-steps alone decides)")
    parser.add_argument("--eval-frequency", type=int, default=200)
    parser.add_argument("--patience", type=int, default=1600)
    parser.add_argument("--draft", action="store_true", help="a few minutes' model (600 steps)")
    parser.add_argument("--augment", type=float, default=AUGMENT_SHARE,
                        help="share of training sentences copied with each news construction")
    parser.add_argument("--skip-convert", action="store_true")
    parser.add_argument("--skip-train", action="store_true")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=JSON",
                        help="a config override, e.g. components.parser.model.hidden_width=128")
    args = parser.parse_args(argv)
    extra = {key: json.loads(value) for key, value in
             (item.split("=", 1) for item in args.set)}
    if args.draft:
        args.max_steps, args.eval_frequency, args.minutes = 600, 200, 0.0

    corpus_dir = args.work / "corpus"
    output_dir = args.work / "output"
    results: dict[str, object] = {}
    if not args.skip_convert:
        print("== converting UD English-EWT + UNER English-EWT", flush=True)
        results["alignment"] = convert(args.shared, corpus_dir, args.augment)
    elif (args.work / "alignment.json").is_file():
        results["alignment"] = json.loads((args.work / "alignment.json").read_text())
    (args.work / "alignment.json").write_text(json.dumps(results.get("alignment", {}), indent=1))

    if not args.skip_train:
        print(f"== training ({args.max_steps} steps max)", flush=True)
        seconds = train(corpus_dir, output_dir, args.max_steps, args.eval_frequency,
                        args.patience, args.minutes, extra)
        (args.work / "train_run.json").write_text(json.dumps(
            {"seconds": round(seconds), "steps": _progress["step"], "max_steps": args.max_steps,
             "minutes": args.minutes, "eval_frequency": args.eval_frequency,
             "patience": args.patience}))
    results["train"] = json.loads((args.work / "train_run.json").read_text())
    results["train_seconds"] = results["train"]["seconds"]

    print("== packaging", flush=True)
    nlp = package(output_dir / "model-best", args.target)
    for split in ("dev", "test"):
        results[split] = evaluate(nlp, corpus_dir / f"{split}.spacy")
        print(f"  {split}: {results[split]}", flush=True)
    trained = spacy.load(output_dir / "model-best")
    results["test_without_fixes"] = evaluate(trained, corpus_dir / "test.spacy")
    results["dev_without_fixes"] = evaluate(trained, corpus_dir / "dev.spacy")
    results["size_bytes"] = dir_size(args.target)
    results["spacy"] = spacy.__version__
    (args.work / "results.json").write_text(json.dumps(results, indent=1))

    write_card(args.target, results)
    print(f"== wrote {args.target} ({results['size_bytes'] / 1e6:.1f} MB)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
