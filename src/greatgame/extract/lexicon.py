"""Word lists the extractors read: speech cues, stance cues, evaluative words.

Verbs are listed by lemma; ``forms`` expands each to its inflections so a cue is found
even when the tagger gets the part of speech wrong (the lemmatizer's lemma depends on it).

The word classes more than one extractor reads (speech verbs, support verbs, negators)
are written once, in ``data/events/word_classes.json``, each word with where it came from
and an example; a reader that takes only part of a class reads a named variant, which
says why each word is left out (``word_class``).
"""

from __future__ import annotations

import importlib.resources
import json
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Token

WORD_CLASSES = ("data", "events", "word_classes.json")


@dataclass(frozen=True, slots=True)
class WordEntry:
    """One word of a class: its lemma, where it came from, a phrase it is read in, and
    the forms read as it whatever the tagger says ("told" for "tell")."""

    word: str
    origin: str
    example: str
    forms: tuple[str, ...] = ()


@cache
def _word_table() -> dict[str, Any]:
    path = importlib.resources.files("greatgame").joinpath(*WORD_CLASSES)
    return json.loads(path.read_text(encoding="utf-8"))


def word_entries(name: str) -> tuple[WordEntry, ...]:
    """The entries of the word class ``name`` (not of a variant), in file order."""
    return tuple(WordEntry(e["word"], e["origin"], e["example"], tuple(e.get("forms", ())))
                 for e in _word_table()["classes"][name]["entries"])


def word_class(name: str, *, forms: bool = False) -> frozenset[str]:
    """The words of a class or of a variant (its class without the words it leaves out);
    with ``forms``, the forms listed for them too. Raises KeyError for an unknown name."""
    table = _word_table()
    variant = table["variants"].get(name)
    entries = word_entries(variant["of"] if variant is not None else name)
    left_out = set(variant["without"]) if variant is not None else set()
    kept = [e for e in entries if e.word not in left_out]
    return frozenset([e.word for e in kept] + [f for e in kept if forms for f in e.forms])


# Verbs of saying (every reader's), and the part of them that cues a quotation.
SPEECH_VERBS = word_class("speech_verbs")
QUOTATION_CUES = word_class("quotation_cues")
# Verbs that quote without being speech verbs: a quotation they govern, after them in
# their sentence, is their subject's words ("called the plan “a betrayal of farmers”",
# "urged Madrid “to talk at once”", "expressed concern that “…”").
EXPRESSION_VERBS = frozenset(
    """call describe term dub label brand characterize characterise urge demand express
    voice praise condemn welcome decry hail""".split()
)
# Speech verbs whose object is the one spoken to ("told reporters that ...", "assured
# Kyiv that ..."): the noun after them is no antecedent of a relative "that".
ADDRESSEE_VERBS = frozenset({"tell", "assure", "inform", "remind", "warn"})
# Forms read as a speech verb whatever their tag: "said" -> "say", "told" -> "tell".
IRREGULAR = {form: e.word for e in word_entries("speech_verbs") for form in e.forms}

# Stance cues: lemma -> (kind, base polarity). "want" cues take the polarity of what is
# wanted; "belief" cues the polarity of the proposition; "fear" and "accuse" are negative.
STANCE_VERBS: dict[str, tuple[str, int]] = {
    "believe": ("belief", 0), "think": ("belief", 0), "consider": ("belief", 0),
    "regard": ("belief", 0), "view": ("belief", 0), "see": ("belief", 0),
    "feel": ("belief", 0), "doubt": ("belief", -1), "suspect": ("fear", -1),
    "expect": ("belief", 0), "fear": ("fear", -1), "worry": ("fear", -1),
    "want": ("want", 1), "need": ("want", 1), "wish": ("want", 1), "hope": ("want", 1),
    "seek": ("want", 1),
    "aim": ("want", 1), "desire": ("want", 1), "prefer": ("want", 1), "intend": ("want", 1),
    "accuse": ("accuse", -1), "blame": ("accuse", -1), "condemn": ("accuse", -1),
    "criticize": ("accuse", -1), "criticise": ("accuse", -1), "oppose": ("accuse", -1),
    "reject": ("accuse", -1), "denounce": ("accuse", -1), "support": ("want", 1),
    "welcome": ("want", 1), "back": ("want", 1), "praise": ("want", 1), "trust": ("want", 1),
    "dismiss": ("accuse", -1),
}  # fmt: skip
# Cues that are stances only with a clause or an "as" phrase: "sees X as a threat",
# "dismissed the report as propaganda" (not "saw the border", "dismissed the minister").
AS_CUES = frozenset({"see", "view", "regard", "feel", "dismiss"})
# Speech verbs that assert what follows: "says that X is a provocation" is a belief about
# X when the reported clause evaluates it (no questions, promises, denials or forecasts).
CLAIM_VERBS = word_class("claim_verbs")
# Speech verbs whose complement the event coder attributes to their subject, with forms.
REPORTING_VERBS = word_class("reporting_verbs", forms=True)
# Predicate adjectives after "be": "is convinced that", "is worried about".
STANCE_ADJECTIVES: dict[str, tuple[str, int]] = {
    "convinced": ("belief", 0), "aware": ("belief", 0), "sure": ("belief", 0),
    "certain": ("belief", 0), "confident": ("belief", 0), "worried": ("fear", -1),
    "concerned": ("fear", -1), "afraid": ("fear", -1), "fearful": ("fear", -1),
    "anxious": ("fear", -1), "wary": ("fear", -1), "suspicious": ("fear", -1),
    "interested": ("want", 1), "keen": ("want", 1), "eager": ("want", 1),
    "determined": ("want", 1), "hopeful": ("want", 1), "opposed": ("accuse", -1),
    "supportive": ("want", 1), "favourable": ("want", 1), "favorable": ("want", 1),
    "receptive": ("want", 1), "sceptical": ("belief", -1), "skeptical": ("belief", -1),
    "hostile": ("accuse", -1),
}  # fmt: skip
# Nouns after "express"/"voice"/"have": "expressed its reservations about".
STANCE_NOUNS: dict[str, tuple[str, int]] = {
    "reservation": ("fear", -1), "concern": ("fear", -1), "fear": ("fear", -1),
    "worry": ("fear", -1), "opposition": ("accuse", -1), "support": ("want", 1),
    "hope": ("want", 1), "desire": ("want", 1), "regret": ("fear", -1),
    "satisfaction": ("want", 1), "anger": ("accuse", -1), "doubt": ("belief", -1),
}  # fmt: skip
# Verbs whose object noun names what is done or felt ("held talks", "expressed concern"),
# and those of them whose stance noun is the subject's attitude ("provided support" is aid).
SUPPORT_VERBS = word_class("support_verbs")
STANCE_SUPPORT_VERBS = word_class("stance_support_verbs")

# Evaluative words read inside a proposition. Verbs among them act on their object:
# "put an end to the US presence" is against the presence, "strengthen Taliban" for it.
POSITIVE = frozenset(
    """good better best efficient effective flexible stable stability legitimate ally allies
    friend friendly cooperate cooperation support help protect strengthen strong ready peace
    peaceful secure security progress success succeed benefit beneficial useful accept
    close closer ties partner partnership welcome encourage trust reliable constructive
    positive improve win reasonable fair acceptable justified lawful sensible balanced
    responsible valuable""".split()
)
NEGATIVE = frozenset(
    """bad worse worst threat threaten threatening dangerous danger chaos chaotic fail failed
    failure inefficient ineffective terror terrorism terrorist extremist extremists enemy
    hostile vain plot plotting exaggerate exaggerating interfere interference curse problem
    problems cause unstable instability aggression aggressive invasion occupation illegal
    corrupt weak crisis war violence attack destabilize destabilise undermine provocation
    provocative unacceptable baseless groundless unfounded propaganda absurd reckless
    irresponsible unjustified illegitimate lie lies false destabilizing destabilising
    unlawful""".split()
)
AGAINST_VERBS = frozenset(
    """end stop counter fight confront uproot expel oust remove replace defeat destroy
    eliminate contain oppose resist withdraw block prevent sanction punish condemn attack
    liberate""".split()
)
# Words that deny what they modify ("did not attack"), and those that only reverse the
# evaluative word after them ("less threatening").
NEGATORS = word_class("negators")
DOWNTONERS = word_class("downtoners")
# Verbs that make a decision public, and measures taken by deciding them: "announced it
# would ban" reports a ban decided, not an intention (event_flags.announced_decree).
DECISION_VERBS = word_class("decision_verbs")
DECREE_VERBS = word_class("decree_verbs")
# Verbs whose object does what their infinitive says: "urged Ethiopia to withdraw".
OBJECT_CONTROL_VERBS = word_class("object_control_verbs")
COMMANDING_VERBS = word_class("commanding_verbs")
# Verbs that take people away from a place ("withdrew troops from Mali").
REMOVAL_VERBS = word_class("removal_verbs")
# Verbs by which a state moves forces of its own ("deployed peacekeepers in Iraq").
DEPLOYING_VERBS = word_class("deploying_verbs")
# Whom a speaker addresses that no quoted order is laid on ("told reporters").
AUDIENCE_NOUNS = word_class("audience_nouns")
# Nouns that count the people of their "of" phrase: "thousands of riot police".
QUANTITY_NOUNS = word_class("quantity_nouns")
# Nouns that measure out the acts of their "of" phrase: "a new round of talks".
MEASURE_NOUNS = word_class("measure_nouns")
# Nouns that name a protest or those who protest ("protesters", "a rally"): extract/society.
PROTEST_NOUNS = word_class("protest_nouns")
# Verbs that deny the clause they govern ("denied that its troops had crossed").
DENIAL_VERBS = word_class("denial_verbs")
# Nouns that refer back after "the": "the group" (an armed group), "the alliance" (an
# organisation), "the country" (a state).
ANAPHORIC_NOUNS = {word: kind for name, kind in (
    ("armed_group_anaphors", "armed_group"), ("organisation_anaphors", "organisation"),
    ("state_anaphors", "state")) for word in word_class(name)}
# Verbs of readying force: "prepared to attack" is a force posture, no attack.
READYING_VERBS = word_class("readying_verbs")
# Verbs of rescue: "save X from Y", "liberate ourselves from Y" cast Y as the harm, so
# whoever would do the rescuing stands against Y.
RESCUE_VERBS = frozenset(
    """save liberate free rescue deliver protect defend shield spare emancipate""".split()
)


def forms(lemmas: frozenset[str]) -> frozenset[str]:
    """Every regular inflection of each verb lemma, plus the irregular ones we know."""
    out: set[str] = set(lemmas)
    for lemma in lemmas:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        out.update({lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "d"})
        if lemma.endswith("y"):
            out.update({lemma[:-1] + "ies", lemma[:-1] + "ied"})
    out.update(word for word, lemma in IRREGULAR.items() if lemma in lemmas)
    return frozenset(out)


def _form_table(lemmas: frozenset[str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for lemma in sorted(lemmas):
        for form in forms(frozenset({lemma})):
            table.setdefault(form, lemma)
    return table


SPEECH_FORMS = _form_table(QUOTATION_CUES)
EXPRESSION_FORMS = _form_table(EXPRESSION_VERBS)
STANCE_FORMS = _form_table(frozenset(STANCE_VERBS))
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "DET", "ADP", "PRON", "NUM"})


PLURAL_PRONOUNS = frozenset({"they", "we", "i", "you"})
COORDINATORS = frozenset({"and", "but", "or"})
_OBJECT_START = frozenset({"DET", "PROPN", "PRON", "NOUN", "ADJ", "NUM", "SCONJ"})


def _plural_subject(token: Token) -> bool:
    """A plural noun or pronoun, which an uninflected present-tense verb agrees with."""
    return token.tag_ in ("NNS", "NNPS") or token.lower_ in PLURAL_PRONOUNS or (
        token.pos_ in ("NOUN", "PROPN") and token.lower_.endswith("s")
        and not token.lower_.endswith("ss"))


def _verb_like(token: Token) -> bool:
    """A verb the tagger called a noun, read from agreement with what precedes it: an
    inflected form after a name or pronoun ("Russia believes", "Moscow says"), a bare form
    after a plural subject ("Afghan officials accuse Moscow"), an inflected form after
    *and* that opens an object ("… and supports talks")."""
    if token.tag_.startswith("VB"):
        return True
    if token.i == 0:
        return False
    doc = token.doc
    prev = doc[token.i - 1]
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    opens_object = nxt is not None and (nxt.pos_ in _OBJECT_START or nxt.lower_ == "that")
    lower = token.lower_
    if lower.endswith(("s", "ed")):
        if prev.pos_ in ("PROPN", "PRON") or prev.tag_ in ("NNP", "PRP"):
            return True
        return prev.lower_ in COORDINATORS and opens_object and lower.endswith("s")
    return _plural_subject(prev) and opens_object and token.lemma_.lower() == lower


def speech_lemma(token: Token) -> str | None:
    """The speech verb a token is, or None ("says" -> "say"; "reports" the noun -> None)."""
    lower = token.lower_
    if lower in IRREGULAR:
        return IRREGULAR[lower]
    lemma = token.lemma_.lower()
    found = lemma if lemma in QUOTATION_CUES else SPEECH_FORMS.get(lower)
    if found is None or (token.pos_ in _NOMINAL and not _verb_like(token)):
        return None  # (the cheap test first: most words are no speech verb at all)
    return found


def speech_form(word: str) -> str | None:
    """The speech verb a word form inflects, whatever its part of speech ("denies" ->
    "deny"); for places where position alone makes a word a verb."""
    lower = word.lower()
    return IRREGULAR.get(lower) or SPEECH_FORMS.get(lower)


def expression_lemma(token: Token) -> str | None:
    """The verb of expression a token is, tagged as a verb ("called" -> "call"; "calls"
    the noun -> None)."""
    if not token.tag_.startswith("VB"):
        return None
    return EXPRESSION_FORMS.get(token.lower_)


def stance_lemma(token: Token) -> str | None:
    """The stance verb a token is, or None ("fears" -> "fear"; "fear" the noun -> None)."""
    lemma = token.lemma_.lower()
    found = lemma if lemma in STANCE_VERBS else STANCE_FORMS.get(token.lower_)
    if found is None or (token.pos_ in _NOMINAL and not _verb_like(token)):
        return None  # (the cheap test first, as in speech_lemma)
    return found
