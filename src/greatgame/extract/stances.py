"""Stances: what an actor believes, fears, wants or holds against another.

A stance is a cue (a verb such as *believes*, *fears*, *wants*, *accuses*; a predicate
adjective such as *is convinced*, *is worried*; or a support-verb noun such as
*expressed its reservations*) with a holder, a proposition (what is believed, feared,
wanted or opposed: the clause or phrase the cue governs, up to the end of the cue's own
clause) and, when the proposition names one, a target actor: the accused or the thing
wanted or opposed when the proposition opens with an actor ("accuse Moscow of …",
"wants the American forces to stay"), else the proposition's subject, else its first
argument actor (places after *in* do not count).

The holder is the cue's subject by the parse, or the subject of the clause a participle
hangs from ("…, hoping it would …"); when the parse gives a finite cue none, the actor
mention that opens its clause ("India backs X and opposes Y" -> India for both), so a
draft parser's slip costs a label, not the holder.

Polarity is the holder's attitude to the proposition: wants, supports, hopes +1; fears,
accuses, opposes, rejects -1; a belief takes the balance of evaluative words in the
proposition ("no longer efficient" -1, "less threatening … better" +1). A negated cue
flips the sign ("does not want the Americans to stay" -1). What a holder believes is the
holder's, not a fact: stances never assert their proposition.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from greatgame.extract.event_flags import is_negated
from greatgame.extract.index import ActorIndex, in_phrase, sentence_end, subject_before
from greatgame.extract.lexicon import (
    AGAINST_VERBS,
    AS_CUES,
    CLAIM_VERBS,
    DOWNTONERS,
    NEGATIVE,
    NEGATORS,
    POSITIVE,
    RESCUE_VERBS,
    STANCE_ADJECTIVES,
    STANCE_NOUNS,
    STANCE_SUPPORT_VERBS,
    STANCE_VERBS,
    speech_lemma,
    stance_lemma,
)
from greatgame.records import Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CLAUSE_DEPS = ("ccomp", "xcomp", "obj", "dobj", "advcl", "obl", "nmod", "acl")
# Children that start a clause of their own: they do not extend the proposition.
OWN_CLAUSE_DEPS = frozenset({"punct", "discourse"})
# Where a proposition stops however the parse attached what follows: a semicolon, a dash,
# a quotation mark (not an apostrophe: "its allies’ borders"), a contrastive or
# consequent clause (", but …", ", so …").
STOPS = frozenset({";", ":", "—", "–", "(", ")", "“", "”", '"', "«", "»"})
CONTRASTIVE = frozenset({"but", "while", "whereas", "although", "though", "so"})
BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "'s", "’s", "'re", "become",
                "becomes", "became", "remain", "remains", "remained", "seem", "seems",
                "appear", "appears", "feel", "feels", "grow", "grew", "get", "got"})
LOCATIVE = frozenset({"in", "inside", "across", "throughout", "within", "over", "at", "near"})
PARTY = frozenset({"with", "against", "between", "to"})  # "closer ties with Moscow"
# Words that introduce what a cue governs without being part of it: "concerned with X",
# "supportive of X", "worried about X".
LEADING_WORDS = frozenset({"that", "about", "with", "of", "over"})


def _negated(token: Token) -> bool:
    """A negator on the cue, or a denial the event coder reads ("failed to back", "its
    reluctance to back": ``event_flags.is_negated``)."""
    return any(c.dep_ in ("neg", "advmod") and c.lower_ in NEGATORS for c in token.children) \
        or token.pos_ == "VERB" and is_negated(token)


def _holder(cue: Token, index: ActorIndex | None = None) -> Token | None:
    if index is not None:
        subjects = [c for c in cue.children if c.dep_ in ("nsubj", "csubj", "compound")
                    and c.i < cue.i and index.resolve(c)]
        if subjects:
            return subjects[-1]
    verb = cue
    for _ in range(4):
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj") or (
                child.dep_ == "nsubj:pass" and verb.tag_ != "VBN"
            ):
                return _antecedent(child, verb)
            if child.dep_ == "nsubj:pass":  # "was considered": the holder is the agent
                return next((g for c in verb.children if c.dep_ == "obl"
                             for g in [c] if any(k.lower_ == "by" for k in c.children)), None)
        if verb.dep_ in ("conj", "xcomp", "advcl", "acl", "acl:relcl", "cop") or (
            verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj")
        ):
            if verb.dep_ == "acl:relcl" and verb.head.pos_ in ("PROPN", "NOUN"):
                return verb.head  # "Moscow that wants …"
            verb = verb.head
        else:
            break
    return None


RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})


def _antecedent(subject: Token, verb: Token) -> Token:
    """The noun a relative clause hangs on when its subject is the relative pronoun:
    "Iran, which fears an Israeli strike, …" -> Iran."""
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "acl:relcl" and \
            verb.head.pos_ in ("PROPN", "NOUN", "PRON"):
        return verb.head
    return subject


def _proposition(cue: Token) -> Span | None:
    """The clause or phrase the cue governs (after the cue, marks and "that" dropped),
    ending where the cue's own clause ends: at a coordinated clause (", but it …"), a
    quotation mark, a semicolon or the end of the paragraph."""
    doc = cue.doc
    parts = [c for c in cue.rights if c.dep_ in CLAUSE_DEPS and c.i > cue.i
             and not _own_clause(c)]
    if not parts:
        end = sentence_end(doc, cue.i)
        start = cue.i + 1
        while start < end and doc[start].lower_ in ("that", "about", "of", "to", "over"):
            start += 1
    else:
        start = min(p.left_edge.i for p in parts)
        end = max(c.right_edge.i for c in cue.rights if not _own_clause(c)) + 1
    start = max(start, cue.i + 1)
    while start < end and (doc[start].dep_ == "mark" or doc[start].is_punct
                           or doc[start].lower_ in LEADING_WORDS):
        start += 1
    if start < end and doc[start].lower_ == "by":
        return None  # "backed by X": a passive, whose holder is the agent
    for i in range(start, end):
        tok = doc[i]
        if tok.text in STOPS or "\n" in tok.text or (
            tok.lower_ in CONTRASTIVE and i > start and doc[i - 1].text == ","
        ):
            end = i
            break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end - start < 1 or (not parts and end - start < 2):
        return None
    return doc[start:end]


def _own_clause(child: Token) -> bool:
    """A child of the cue that is not part of what the cue governs: punctuation, a
    coordinated predicate ("backs X and opposes Y") and its conjunction."""
    return child.dep_ in OWN_CLAUSE_DEPS or child.is_punct or child.dep_ == "cc" or (
        child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"))


def _target(prop: Span, index: ActorIndex, holder: list[str], *,
            first_object: bool = False) -> str | None:
    """The proposition's subject if it is an actor, else its first argument actor; with
    ``first_object`` (accuse, blame, oppose) the actor the proposition opens with ("accuse
    Moscow of arming the Taliban" -> Moscow)."""
    if first_object:
        i = prop.start
        while i < prop.end and prop.doc[i].pos_ in ("DET", "ADJ") and index.ref_at(i) is None:
            i += 1
        ref = index.ref_at(i) if i < prop.end else None
        if ref is not None and ref.actor not in holder:
            return ref.actor
    best: tuple[int, str] | None = None
    for tok in prop:
        ref = index.ref_at(tok.i)
        if ref is None or ref.actor in holder or ref.how == "pronoun" and ref.actor in holder:
            continue
        head = _mention_head(prop.doc[ref.start : ref.end])
        case = next((c.lower_ for c in head.children if c.dep_ == "case"), None)
        if case in LOCATIVE:
            continue
        in_subject = any(a.dep_ in ("nsubj", "nsubj:pass") and a.i in range(prop.start, prop.end)
                         for a in head.ancestors)
        rank = 0 if head.dep_ in ("nsubj", "nsubj:pass") else 1 if in_subject or head.dep_ in (
            "obj", "nmod:poss", "iobj") or case in PARTY or _modifies_root(head, prop) else 2
        if best is None or rank < best[0]:
            best = (rank, ref.actor)
    return best[1] if best else None


def _mention_head(span: Span) -> Token:
    """The word of a mention the rest of the sentence attaches to ("the US" -> "US")."""
    words = [t for t in span if t.dep_ != "det" and not t.is_punct] or list(span)
    outside = [t for t in words if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    return outside[-1] if outside else words[-1]


def _modifies_root(head: Token, prop: Span) -> bool:
    """ "the US efforts to …": a mention modifying the proposition's head noun."""
    return head.dep_ in ("compound", "amod", "nmod:poss", "nmod") and head.head.i == prop.root.i \
        and head.i < prop.root.i


def _evaluation(prop: Span, index: ActorIndex, target: str | None) -> int:
    """+1, -1 or 0: the balance of evaluative words, a negator or a downtoner ("less")
    flipping the next one."""
    score = 0.0
    flip = False
    for tok in prop:
        lower, lemma = tok.lower_, tok.lemma_.lower()
        if lower in NEGATORS or lower in DOWNTONERS or (
                lower == "longer" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "no"):
            flip = True
            continue
        value = 0
        if lemma in AGAINST_VERBS or lower in AGAINST_VERBS:
            hit = target is not None and any(
                index.ref_at(t.i) is not None and index.ref_at(t.i).actor == target
                for t in tok.subtree if t.i > tok.i)
            value = -2 if hit else -1
        elif lower in POSITIVE or lemma in POSITIVE:
            value = 1
        elif lower in NEGATIVE or lemma in NEGATIVE:
            value = -1
        if value:
            depth = sum(1 for a in tok.ancestors if prop.start <= a.i < prop.end)
            weight = 3 if depth == 0 else 2 if depth == 1 else 1
            score += (-value if flip else value) * weight
            flip = False
    return (score > 0) - (score < 0)


def holder_of(cue: Token, index: ActorIndex) -> list[str]:
    """The actors holding the stance a cue expresses: its subject by the parse, else the
    mention that opens its clause."""
    holder_tok = _holder(cue, index)
    holders = index.resolve(holder_tok) if holder_tok is not None else []
    if holders and not in_phrase(cue.doc, index.ref_at(holder_tok.i).start
                                 if index.ref_at(holder_tok.i) else holder_tok.i):
        return holders
    if not _finite(cue):
        return holders  # "calls seeking …", "was considered": the clause's subject is not it
    fallback = subject_before(cue, index)
    return index.resolve(fallback) if fallback is not None else holders


def _finite(cue: Token) -> bool:
    """A verb that heads its own clause: not a participle, not passive, not a modifier.
    A verb the tagger missed (read by agreement: "officials accuse") has noise for its
    labels, and counts as finite."""
    if not cue.tag_.startswith("VB"):
        return not cue.lower_.endswith("ing")
    if cue.tag_ in ("VBG", "VBN") or cue.dep_ in ("amod", "acl", "acl:relcl"):
        return False
    doc = cue.doc
    prev = doc[cue.i - 1] if cue.i > 0 else None
    return not (prev is not None and (prev.lemma_ == "be" or prev.lower_ in BE)
                and cue.lower_.endswith("ed"))


def _stance(cue: Token, kind: str, base: int, cue_word: str, index: ActorIndex,
            prop: Span | None) -> Stance | None:
    if prop is None:
        return None
    holders = holder_of(cue, index)
    if not holders:
        return None
    target = _target(prop, index, holders, first_object=kind in ("accuse", "want"))
    if kind in ("fear", "accuse", "want"):
        polarity = base  # the holder's attitude to what is feared, wanted or opposed
    else:
        polarity = _evaluation(prop, index, target) or base
    if _negated(cue):
        polarity = -polarity
    sent = cue.sent
    text = prop.text if prop is not None else ""
    start = prop.start_char if prop is not None else sent.start_char
    end = prop.end_char if prop is not None else sent.end_char
    return Stance(holder=holders[0], target=target, polarity=polarity, cue=cue_word,
                  text=text, sentence=sent.text.strip(), start=start, end=end)


def stances(doc: Doc, index: ActorIndex) -> Iterator[Stance]:
    """Every stance of a resolved actor in a parsed article, in text order."""
    for tok in doc:
        if tok.lemma_.lower() in RESCUE_VERBS:
            rescue = _rescue_stance(tok, index)
            if rescue is not None:
                yield rescue
        found = _cue_stance(tok, index)
        if found is not None:
            yield found


def _cue_stance(tok: Token, index: ActorIndex) -> Stance | None:
    """The stance a word cues: a stance verb, a predicate adjective, a support-verb noun,
    or a speech verb whose reported clause evaluates something."""
    lemma = stance_lemma(tok)
    if lemma is not None:
        return _verb_stance(tok, lemma, index)
    if tok.lower_ in STANCE_ADJECTIVES and _after_be(tok):
        kind, base = STANCE_ADJECTIVES[tok.lower_]
        return _stance(tok, kind, base, tok.lower_, index, _proposition(tok))
    if tok.lemma_.lower() in STANCE_NOUNS and tok.head.lemma_.lower() in STANCE_SUPPORT_VERBS \
            and tok.dep_ in ("obj", "dobj"):
        kind, base = STANCE_NOUNS[tok.lemma_.lower()]
        return _stance(tok.head, kind, base, tok.lemma_.lower(), index, _proposition(tok))
    if speech_lemma(tok) in CLAIM_VERBS:
        return _claim_stance(tok, index)
    return None


def _verb_stance(tok: Token, lemma: str, index: ActorIndex) -> Stance | None:
    if tok.dep_ == "compound" and tok.tag_.startswith("VB") and tok.head.i == tok.i + 1 \
            and tok.head.pos_ == "NOUN":
        return None  # "think tank": a noun's modifier, not a cue
    if lemma in AS_CUES and not any(c.dep_ in ("ccomp", "xcomp") or _as_phrase(c)
                                    for c in tok.subtree):
        return None  # "see" a thing, "dismissed" a minister
    if lemma == "back" and (_adverbial_back(tok) or tok.dep_ == "amod"):
        return None  # "came back", "U.S.-backed forces"
    kind, base = STANCE_VERBS[lemma]
    return _stance(tok, kind, base, lemma, index, _proposition(tok))


def _as_phrase(tok: Token) -> bool:
    """ "as" opening a description ("as a threat", "as baseless"), not a clause of time
    or reason ("as the talks went on")."""
    return tok.lower_ == "as" and tok.head.pos_ not in ("VERB", "AUX")


def _claim_stance(tok: Token, index: ActorIndex) -> Stance | None:
    """ "The minister says that the survey ship is a provocation": a speech verb whose
    reported clause is a predication (a copula, or an adjective or noun for its head)
    with an evaluative word in it is the speaker's belief about the actor it names. A
    report that evaluates nothing ("said the talks were held in Oslo") or names no actor
    ("said the weather was bad") is no stance."""
    prop = _proposition(tok)
    if prop is None or not _predicative(prop):
        return None
    found = _stance(tok, "belief", 0, speech_lemma(tok) or "", index, prop)
    if found is None or found.polarity == 0 or found.target is None:
        return None
    return found


def _predicative(prop: Span) -> bool:
    root = prop.root
    return any(c.dep_ == "cop" for c in root.children) or (
        root.pos_ in ("ADJ", "NOUN") and any(c.dep_ in ("nsubj", "nsubj:pass")
                                             for c in root.children))


def _rescue_stance(verb: Token, index: ActorIndex) -> Stance | None:
    """ "to save Afghanistan from the US curse", "to liberate ourselves from the US": the
    actor named in the "from" phrase of a verb of rescue is what the rescuer (the verb's
    subject, or the subject of the clause that controls it) stands against. The stance
    holds whether or not the rescue happens ("failed to free them from X")."""
    if verb.pos_ in ("NOUN", "PROPN") and not verb.tag_.startswith("VB"):
        return None  # "the defence of", "a free press": no rescue
    source = next((c for c in verb.children if c.dep_ in ("obl", "nmod") and any(
        k.dep_ == "case" and k.lower_ == "from" for k in c.children)), None)
    if source is None:
        return None
    holders = holder_of(verb, index) or _infinitive_holder(verb, index)
    if not holders:
        return None
    target = next((ref.actor for ref in index.refs_in(source.left_edge.i, source.right_edge.i + 1)
                   if ref.actor not in holders), None)
    if target is None:
        return None
    phrase = verb.doc[verb.i : source.right_edge.i + 1]
    return Stance(holder=holders[0], target=target, polarity=-1, cue=verb.lemma_.lower(),
                  text=phrase.text, sentence=verb.sent.text.strip(),
                  start=phrase.start_char, end=phrase.end_char)


def _infinitive_holder(verb: Token, index: ActorIndex) -> list[str]:
    """ "X wants closer ties with Moscow to save Y": an infinitive hung on the object of a
    clause is what that clause's subject means to do with it."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ not in ("obj", "dobj") or not any(
            c.dep_ == "mark" and c.lower_ == "to" for c in verb.children):
        return []
    return holder_of(noun.head, index)


def _adverbial_back(tok: Token) -> bool:
    """ "back" the adverb or particle ("went back to"), not the verb ("backs the plan")."""
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].text in ("-", "–"):
        return True
    return tok.lower_ == "back" and (tok.pos_ in ("ADV", "ADP") or tok.dep_ in (
        "advmod", "compound:prt") or (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in (
            "to", "from", "in", "into", "on", "off", "down", "up", "home")))


def _after_be(tok: Token) -> bool:
    """ "is convinced", "is surely aware", "are worried"."""
    doc = tok.doc
    for i in range(tok.i - 1, max(tok.sent.start, tok.i - 3) - 1, -1):
        if doc[i].lemma_ in BE or doc[i].lower_ in BE:
            return True
        if doc[i].pos_ not in ("ADV", "PART"):
            return False
    return False
