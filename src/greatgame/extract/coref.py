"""Pronouns and nominal anaphors resolved to the nearest fitting actor.

*he/she/him/his/her* take the nearest person, unnamed source or role naming one person
("the US spokesman"); *it/its* the most salient non-person actor (subjects before
possessors before other mentions, nearer before farther; a mention opening its sentence
counts as its subject whatever the parse says) in the sentence so far and the two before
it; *they/them/their* a coordinated group ("Russia, China and Iran … They"), else the
most salient organisation, armed group or state, plural mentions ("Russian officials")
first. A group named by its name takes either number ("the Taliban … it/they"). A
pronoun that opens what a speaker reports is the speaker when it fits ("Russian
officials said that they want …", "Nicholson said last month that he needs …"); one
whose speaker is no actor ("Some have said they hope …") stays unresolved. "The group",
"the insurgent group", "the militants" take the nearest armed group; "the organization",
"the alliance" the nearest organisation; "the country", "the nation" the most salient
state (the word classes ``*_anaphors``). A mention inside a quotation is no antecedent
for a pronoun outside it (another voice's words: "“… Ursula von der Leyen …” “…,” he
added"). Inside a quotation, *I/me/my* is the speaker, *we/our/us* the speaker's state
or group, and *he/she* never the speaker.
Resolved pronouns are used to read roles; they are not listed among an actor's mentions.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from greatgame.extract.actors import PERSON_ROLE
from greatgame.extract.index import ActorIndex, Ref, in_phrase, subject_before
from greatgame.extract.lexicon import (
    ANAPHORIC_NOUNS,
    OBJECT_CONTROL_VERBS,
    speech_lemma,
    stance_lemma,
)
from greatgame.extract.quotes import quotation_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PERSONAL = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
NEUTER = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
ROLE_WEIGHT = {"nsubj": 3.0, "nsubj:pass": 2.5, "nmod:poss": 1.5, "obj": 1.0}
WINDOW_SENTENCES = 2
AGREEMENT = 1.5  # plural pronoun and plural mention, or singular and singular
NOBODY = Ref(-1, -1, "", "pronoun")  # a pronoun bound to someone who is no actor
KINDS = {
    "personal": ("person", "source"),
    "neuter": ("state", "organisation", "armed_group"),
    "plural": ("organisation", "armed_group", "state", "source"),
}


def _sentences_before(tok: Token, n: int) -> int:
    """Token index where the window of ``n`` previous sentences starts."""
    sent = tok.sent
    start = sent.start
    for _ in range(n):
        if start == 0:
            break
        start = tok.doc[start - 1].sent.start
    return start


def one_person(index: ActorIndex, ref: Ref) -> bool:
    """A role mention naming one person: "the US spokesman", "Russia's special envoy"."""
    last = index.doc[ref.end - 1]
    return ref.how in ("role", "source") and bool(PERSON_ROLE.match(last.text))


def _kind_fits(index: ActorIndex, ref: Ref, kinds: set[str]) -> bool:
    kind = index.actors[ref.actor].kind
    if "person" in kinds:
        return kind in kinds or one_person(index, ref)
    return kind in kinds and (kind == "person" or not one_person(index, ref))


def _candidates(index: ActorIndex, tok: Token, kinds: Iterable[str]) -> list[Ref]:
    kinds = set(kinds)
    lo = _sentences_before(tok, WINDOW_SENTENCES)
    own = _quotation_of(index, tok.i)
    return [r for r in index.refs if lo <= r.start and r.end <= tok.i
            and r.how != "pronoun" and _kind_fits(index, r, kinds)
            and _quotation_of(index, r.start) in (None, own)]


def is_plural(index: ActorIndex, ref: Ref) -> bool | None:
    """A plural mention: "Russian officials", "Afghan forces"; None for a group or
    organisation named by its name, which news treats as either ("the Taliban … it"); a
    state named by its name is singular even when the name ends in -s ("the United
    States")."""
    info = index.actors[ref.actor]
    if ref.how in ("name", "nominal") and info.kind in ("armed_group", "organisation"):
        return None
    if ref.how in ("name", "capital", "surname") and info.kind in ("state", "person"):
        return False
    last = index.doc[ref.end - 1]
    return last.tag_ in ("NNS", "NNPS") or (
        last.pos_ in ("NOUN", "PROPN") and last.lower_.endswith("s")
        and not last.lower_.endswith(("ss", "us")))


def _opens_sentence(index: ActorIndex, ref: Ref) -> bool:
    """The first mention of its sentence outside a prepositional phrase: its subject."""
    doc = index.doc
    sent = doc[ref.start].sent
    for other in index.refs_in(sent.start, ref.start):
        if not in_phrase(doc, other.start):
            return False
    return not in_phrase(doc, ref.start)


def _salience(index: ActorIndex, ref: Ref, tok: Token, plural: bool | None = None) -> float:
    head = index.doc[ref.start : ref.end].root
    dep = head.dep_ if head.dep_ != "conj" else head.head.dep_
    if dep not in ("nsubj", "nsubj:pass") and _opens_sentence(index, ref):
        dep = "nsubj"
    same_sentence = head.sent.start == tok.sent.start
    distance = (tok.i - ref.end) / 40.0
    number = is_plural(index, ref)
    agreement = 0.0 if plural is None else AGREEMENT if number in (plural, None) else 0.0
    return ROLE_WEIGHT.get(dep, 0.5) + (2.0 if same_sentence else 0.0) - distance + agreement


def _quotation_of(index: ActorIndex, i: int) -> int | None:
    """The start of the quotation token ``i`` lies in, if any."""
    return quotation_of(index.doc, i)


def _best(index: ActorIndex, tok: Token, kinds: Iterable[str],
          plural: bool | None = None) -> Ref | None:
    found = _candidates(index, tok, kinds)
    if not found:
        return None
    return max(found, key=lambda r: (_salience(index, r, tok, plural), r.start))


def _reporter(index: ActorIndex, tok: Token) -> Ref | None:
    """The speaker of the speech or stance verb whose report a pronoun opens:
    "X said (last month) (that) he …"."""
    doc = index.doc
    i = tok.i - 1
    if i >= tok.sent.start and doc[i].lower_ == "that":
        i -= 1
    lo = max(tok.sent.start, i - 4)
    while i >= lo:
        cand = doc[i]
        if speech_lemma(cand) is not None or stance_lemma(cand) is not None:
            break
        if cand.is_punct or cand.pos_ in ("VERB", "AUX") or index.ref_at(i) is not None:
            return None
        i -= 1
    else:
        return None
    cue = doc[i]
    if _unnamed_subject(cue, index):
        return NOBODY
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubj:pass")
                    and c.i < cue.i and index.ref_at(c.i) is not None), None)
    if subject is None or in_phrase(doc, index.ref_at(subject.i).start):
        subject = subject_before(cue, index)
    return index.ref_at(subject.i) if subject is not None else None


def _unnamed_subject(cue: Token, index: ActorIndex) -> bool:
    """The reporting verb's subject is someone who is no actor ("Some have said they hope
    …", "residents said they fled"): the pronoun is theirs, not the nearest state's."""
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubj:pass")
                    and c.i < cue.i), None)
    return subject is not None and subject.pos_ in ("PRON", "NOUN", "DET", "NUM", "ADJ") and \
        subject.lower_ not in PERSONAL | NEUTER | PLURAL | FIRST_PLURAL | FIRST_SINGULAR and \
        index.ref_at(subject.i) is None and not index.resolve(subject)


def _fits(index: ActorIndex, ref: Ref, kinds: Iterable[str], plural: bool | None) -> bool:
    if not _kind_fits(index, ref, set(kinds)):
        return False
    number = is_plural(index, ref)
    return plural is None or number in (plural, None) or (
        not plural and index.actors[ref.actor].kind == "state" and ref.how != "role")


def _group_before(index: ActorIndex, tok: Token) -> list[str] | None:
    """The nearest coordination of two or more actors before a plural pronoun."""
    lo = _sentences_before(tok, 1)
    for ref in sorted(index.refs, key=lambda r: -r.start):
        if ref.start < lo or ref.end > tok.i:
            continue
        head = index.doc[ref.start : ref.end].root
        first = head if head.dep_ != "conj" else head.head
        actors = index.resolve(first)
        if len(actors) >= 2:
            return actors
    return None


def resolve_pronouns(doc: Doc, index: ActorIndex) -> None:
    """Third-person pronouns and nominal anaphors (see the module docstring)."""
    for tok in doc:
        if index.ref_at(tok.i) is not None:
            continue
        found = _antecedent(index, tok)
        if found is not None:
            index.add(Ref(tok.i, tok.i + 1, found.actor,
                          "nominal" if tok.lower_ in ANAPHORIC_NOUNS else "pronoun"))


def _pronoun_kind(tok: Token) -> tuple[tuple[str, ...], bool | None] | None:
    """The kinds of actor a pronoun can stand for and its number; None for no pronoun."""
    lower = tok.lower_
    if lower in PERSONAL and tok.pos_ == "PRON" or lower in ("he", "she", "his"):
        return KINDS["personal"], None
    if lower in NEUTER:
        return None if lower == "it" and _is_expletive(tok) else (KINDS["neuter"], False)
    if lower in PLURAL:
        return KINDS["plural"], True
    return None


def _antecedent(index: ActorIndex, tok: Token) -> Ref | None:
    """What a pronoun or "the group" at ``tok`` stands for, or None."""
    lower = tok.lower_
    if lower in ANAPHORIC_NOUNS:
        first = min([c.i for c in tok.children if c.dep_ in ("amod", "compound")
                     and c.i < tok.i], default=tok.i)  # "the insurgent group"
        if first > 0 and index.doc[first - 1].lower_ == "the":
            return _best(index, tok, (ANAPHORIC_NOUNS[lower],))
        return None
    kind = _pronoun_kind(tok)
    if kind is None:
        return None
    kinds, plural = kind
    bound = _relative_antecedent(index, tok) or _controller(index, tok)
    if bound is not None and _fits(index, bound, kinds, plural):
        return bound
    reporter = _reporter(index, tok)
    if reporter is NOBODY:
        return None
    if reporter is not None and _fits(index, reporter, kinds, plural):
        return reporter
    if plural:
        group = _group_before(index, tok)
        if group:
            index.groups[tok.i] = group
            return Ref(tok.i, tok.i + 1, group[0], "pronoun")
        return _best(index, tok, KINDS["plural"][:3], plural=True)
    return _best(index, tok, kinds, plural=plural)


def _relative_antecedent(index: ActorIndex, tok: Token) -> Ref | None:
    """The mention a relative clause is about, for a pronoun inside it whose subject is the
    relative pronoun: in "Taliban's terrorism, which has increased its operations" the
    clause says what the terrorism did, so "its" is the terrorism's, the Taliban's."""
    clause = next((a for a in tok.ancestors if a.dep_ == "acl:relcl"), None)
    if clause is None or tok.dep_ in ("nsubj", "nsubj:pass") and tok.head == clause:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None or subject.lower_ not in RELATIVE_PRONOUNS:
        return None
    head = clause.head
    ref = index.ref_at(head.i)
    if ref is None:
        owner = next((c for c in head.children if c.dep_ == "nmod:poss"), None)
        ref = index.ref_at(owner.i) if owner is not None else None
    return ref if ref is not None and ref.how != "pronoun" else None


def _controller(index: ActorIndex, tok: Token) -> Ref | None:
    """The object of a verb of asking or urging (``object_control_verbs``) for a pronoun
    inside the infinitive it governs: in "urged Ethiopia to withdraw its troops" Ethiopia
    is to withdraw, and the troops are Ethiopia's, not the urging body's. A clause with a
    subject of its own between the pronoun and the infinitive stops the search."""
    current = tok
    while current.head.i != current.i:
        clause, current = current, current.head
        if clause.dep_ == "xcomp" or clause.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "to" for m in clause.children):
            return _controlling_object(index, current) \
                if current.lemma_.lower() in OBJECT_CONTROL_VERBS else None
        if clause.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubj:pass") for c in clause.children):
            return None
    return None


def _controlling_object(index: ActorIndex, verb: Token) -> Ref | None:
    """The object of ``verb``, or its "on" phrase ("called on Iran to ..."), as a mention."""
    for child in verb.children:
        if child.dep_ in ("obj", "iobj") or child.dep_ == "obl" and any(
                m.dep_ == "case" and m.lower_ == "on" for m in child.children):
            ref = index.ref_at(child.i)
            if ref is not None and ref.how != "pronoun":
                return ref
    return None


def _is_expletive(tok: Token) -> bool:
    """ "it is clear that", "it seems that", "it is time": no antecedent."""
    if tok.dep_ == "expl":
        return True
    nxt = tok.doc[tok.i + 1 : tok.i + 4]
    words = [t.lower_ for t in nxt]
    if words[:1] in (["seems"], ["appears"]):
        return True
    return bool(words[:1] == ["is"] and len(words) > 1 and words[1] in (
        "clear", "time", "worth", "likely", "unlikely", "possible", "important", "not",
        "very", "true", "obvious", "necessary", "hard", "difficult", "expected"))


def resolve_first_person(index: ActorIndex, quote: Span, speaker: str | None) -> None:
    """Inside a quotation: I/me/my -> the speaker; we/us/our -> the speaker's side; a
    he/she bound to the speaker is unbound (a speaker says "I" of himself)."""
    if speaker is None:
        return
    info = index.actors.get(speaker)
    side = index.affiliation.get(speaker) or (
        info.country if info is not None and info.kind == "person" and info.country else speaker
    )
    if side not in index.actors:
        side = speaker
    for tok in quote:
        ref = index.ref_at(tok.i)
        if ref is not None and ref.how == "pronoun" and ref.actor == speaker \
                and tok.lower_ in PERSONAL:
            index.remove(ref)  # "he" in a quotation is never its speaker, who says "I"
            continue
        if ref is not None:
            continue
        if tok.lower_ in FIRST_SINGULAR:
            index.add(Ref(tok.i, tok.i + 1, speaker, "pronoun"))
        elif tok.lower_ in FIRST_PLURAL and tok.text != "US":
            index.add(Ref(tok.i, tok.i + 1, side, "pronoun"))
