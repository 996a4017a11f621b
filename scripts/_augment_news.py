"""News constructions UD English-EWT rarely has, made from its own training trees.

EWT is web text: reviews, e-mail, blogs, answers. Wire news puts the time of an act between
the actor and the verb ("The army on Monday shelled ...") and closes with an attribution
("..., officials said."), and a parser trained on EWT alone gets both wrong. Each
augmentation copies a training sentence and adds one such construction with its correct
tree, so every arc of the original is kept:

- ``with_time``: "Monday" (``obl``, with ``case`` "on") or "today" (``obl:unmarked``) right
  after the root verb's subject;
- ``with_attribution``: the sentence's final period becomes ", officials said ."; its root
  becomes the ``ccomp`` of "said".

Only the train split is augmented (``scripts/train_model.py``); dev and test stay as UD has
them.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from train_model import Sentence

# (word, lemma, UPOS, XPOS, features, relation) of an inserted token.
Token = tuple[str, str, str, str, str, str]

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
BARE_TIMES = ("today", "yesterday")
SPEAKERS: tuple[tuple[Token, ...], ...] = (
    (("officials", "official", "NOUN", "NNS", "Number=Plur", "nsubj"),),
    (("police", "police", "NOUN", "NNS", "Number=Plur", "nsubj"),),
    (("witnesses", "witness", "NOUN", "NNS", "Number=Plur", "nsubj"),),
    (("diplomats", "diplomat", "NOUN", "NNS", "Number=Plur", "nsubj"),),
    (("the", "the", "DET", "DT", "Definite=Def|PronType=Art", "det"),
     ("ministry", "ministry", "NOUN", "NN", "Number=Sing", "nsubj")),
    (("a", "a", "DET", "DT", "Definite=Ind|PronType=Art", "det"),
     ("spokesman", "spokesman", "NOUN", "NN", "Number=Sing", "nsubj")),
    (("the", "the", "DET", "DT", "Definite=Def|PronType=Art", "det"),
     ("army", "army", "NOUN", "NN", "Number=Sing", "nsubj")),
    (("state", "state", "NOUN", "NN", "Number=Sing", "compound"),
     ("media", "media", "NOUN", "NN", "Number=Sing", "nsubj")),
)
SAID = "Mood=Ind|Number={}|Person=3|Tense=Past|VerbForm=Fin"
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def augment(sentences: Iterable[Sentence], share: float, seed: int) -> Iterator[Sentence]:
    """Augmented copies of about ``share`` of the sentences for each construction."""
    rng = random.Random(seed)
    for sent in sentences:
        if rng.random() < share:
            made = with_time(sent, rng)
            if made is not None:
                yield made
        if rng.random() < share:
            made = with_attribution(sent, rng)
            if made is not None:
                yield made


def _root(sent: Sentence) -> int | None:
    roots = [i for i, d in enumerate(sent.deps) if d == "ROOT"]
    if len(roots) != 1 or sent.pos[roots[0]] != "VERB":
        return None
    return roots[0]


def _subtree_end(sent: Sentence, head: int) -> int:
    """The last index of the words ``head`` dominates."""
    end = head
    for i in range(len(sent.words)):
        j, steps = i, 0
        while j != head and sent.heads[j] != j and steps < len(sent.words):
            j, steps = sent.heads[j], steps + 1
        if j == head:
            end = max(end, i)
    return end


def _insert(sent: Sentence, at: int, tokens: list[Token], heads: list[int], suffix: str
            ) -> Sentence:
    """A copy with ``tokens`` inserted before index ``at``; ``heads`` are indices in the new
    sentence."""
    k = len(tokens)
    moved = [h if h < at else h + k for h in sent.heads]
    old = replace(sent, sent_id=sent.sent_id + suffix, doc_id=sent.doc_id + suffix)

    def spliced(values: list, new: list) -> list:
        return values[:at] + new + values[at:]

    old.words = spliced(sent.words, [t[0] for t in tokens])
    old.spaces = spliced(sent.spaces, [True] * k)
    old.lemmas = spliced(sent.lemmas, [t[1] for t in tokens])
    old.pos = spliced(sent.pos, [t[2] for t in tokens])
    old.tags = spliced(sent.tags, [t[3] for t in tokens])
    old.morphs = spliced(sent.morphs, [t[4] for t in tokens])
    old.deps = spliced(sent.deps, [t[5] for t in tokens])
    old.heads = spliced(moved, heads)
    if sent.ents is not None:
        old.ents = spliced(sent.ents, ["O"] * k)
    return old


def with_time(sent: Sentence, rng: random.Random) -> Sentence | None:
    """"The army shelled the town ." -> "The army on Monday shelled the town ."."""
    root = _root(sent)
    if root is None or sent.tags[root] not in ("VBD", "VBN"):
        return None  # news reports the past: "on Monday accused", "on Monday was arrested"
    subject = next((i for i, (h, d) in enumerate(zip(sent.heads, sent.deps, strict=True))
                    if h == root and d in ("nsubj", "nsubj:pass") and i < root), None)
    if subject is None or sent.pos[subject] not in ("NOUN", "PROPN"):
        return None
    at = _subtree_end(sent, subject) + 1
    if at > root or sent.pos[at] == "PUNCT":
        return None
    if rng.random() < 0.7:
        day = rng.choice(DAYS)
        tokens = [("on", "on", "ADP", "IN", "", "case"),
                  (day, day, "PROPN", "NNP", "Number=Sing", "obl")]
        new_root = root + 2
        heads = [at + 1, new_root]
    else:
        word = rng.choice(BARE_TIMES)
        tokens = [(word, word, "NOUN", "NN", "Number=Sing", "obl:unmarked")]
        new_root = root + 1
        heads = [new_root]
    return _insert(sent, at, tokens, heads, "-time")


def with_attribution(sent: Sentence, rng: random.Random) -> Sentence | None:
    """"The army shelled the town ." -> "The army shelled the town , officials said ."."""
    root = _root(sent)
    last = len(sent.words) - 1
    if root is None or sent.words[last] != "." or sent.heads[last] != root or last < 4 \
            or not any(t in FINITE_TAGS or t == "MD" for t in sent.tags) \
            or any(w in ('"', "“", "”", "'") for w in sent.words):
        return None
    speaker = rng.choice(SPEAKERS)
    said_at = last + 1 + len(speaker)  # after the comma and the speaker
    number = "Plur" if speaker[-1][3] == "NNS" else "Sing"
    tokens: list[Token] = [(",", ",", "PUNCT", ",", "", "punct"), *speaker,
                           ("said", "say", "VERB", "VBD", SAID.format(number), "ROOT")]
    heads = [said_at]
    noun = said_at - 1
    heads += [noun] * (len(speaker) - 1) + [said_at]
    heads.append(said_at)
    made = _insert(sent, last, tokens, heads, "-said")
    made.deps[root] = "ccomp"
    made.heads[root] = said_at
    final = len(made.words) - 1  # the period, now after "said"
    made.heads[final] = said_at
    made.spaces[said_at] = sent.spaces[last - 1]  # "said." as "town." was
    made.spaces[last - 1] = False  # "town," not "town ,"
    return made
