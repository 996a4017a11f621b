"""What is broken in a sentence's parse: the diagnoses :mod:`greatgame.nlp.repair` mends.

Each function reads one sentence of a parsed Doc and says whether (and where) the parse
tripped on a construction news uses all the time: a time expression between the actor
and the verb, a long subject, a verb read as an adjective or a noun, an interrupting
aside, a closing attribution tangled with its clause, a subjunctive after a verb of
demanding, news nouns the web-text model reads as adjectives.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

DAYS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
    tonight""".split())
"""Words that name the day of an act."""
PERIODS = frozenset({"week", "weekend", "month", "year"})
"""Words that name a period when "this", "last" or "next" comes first ("last week")."""
PARTS = frozenset({"morning", "afternoon", "evening", "night"})
TIME_NOUNS = DAYS | PERIODS | PARTS | frozenset({"day", "hour", "minute", "time", "decade",
                                                 "century", "tomorrow", "days", "hours"}) \
    | frozenset("""january february march april may june july august september october
    november december""".split())
"""Nouns that say when or how long, bare ("stayed a week")."""
LEADS = {"on": "case", "late": "advmod", "early": "advmod", "earlier": "advmod",
         "last": "amod", "next": "amod", "this": "det"}
"""Words that open a time expression, with the label each takes under its noun."""
VERBAL = frozenset({"VERB", "AUX"})
ADJECTIVAL_PARTICIPLES = frozenset({"neighboring", "neighbouring", "bordering", "visiting"})
"""Participles news uses as adjectives before a name ("from neighboring Lebanon", "met
with visiting Japanese Foreign Minister Yohei Kono")."""
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
"""Tags of a finite verb."""
# News nouns the web-text model often reads as adjectives or adverbs after another noun
# ("an arms embargo[JJ]", "its trade embargo[RB]"): form -> lemma. Re-parses give them a
# stand-in the model knows as a noun ("plan", "plans").
NEWS_NOUNS = {form: lemma for lemma in (
    "embargo", "blockade", "truce", "crackdown", "ultimatum", "withdrawal", "offensive",
    "ceasefire", "cease-fire", "curfew", "boycott", "sanction", "siege", "referendum",
    "airlift", "pullout", "moratorium", "amnesty", "incursion", "communique", "accord", "bill",
) for form in (lemma, lemma + ("es" if lemma.endswith("o") else "s"))}
# Kinds of aid before "aid" ("food aid", "military aid"): then it is the noun.
AID_KINDS = frozenset({"food", "military", "economic", "humanitarian", "emergency", "foreign",
                       "financial", "development", "relief", "medical", "us", "u.s."})
# Words that open a relative clause set off by commas: "X, who is on a visit to China, met".
RELATIVE_OPENERS = frozenset({"who", "which", "whose"})
# Verbs whose "that" clause takes a bare verb: "demanded that Syria expel ...".
MANDATIVE = frozenset({"demand", "insist", "urge", "ask", "propose", "recommend", "request",
                       "suggest", "require", "order"})
SUBJUNCTIVE_STAND_IN = "stopped"
"""A past form the model reads as a verb wherever a transitive verb can stand."""
PRONOUN_WORDS = frozenset({"i", "we", "you", "he", "she", "it", "they", "this", "that",
                           "these", "those", "who", "what", "which"})
SPEECH = frozenset({"say", "tell", "report", "add", "announce", "claim", "state", "confirm",
                    "allege", "write"})
"""Verbs of a closing attribution ("..., officials said")."""
PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT", "CCONJ", "ADP", "PART",
                        "X"})
"""Parts of speech of a subject noun phrase ("Militants loyal to Iraq's ... Zarqawi"; X: a word
the tagger could not place, "coca[X] growers")."""
FUNCTION_POS = frozenset({"CCONJ", "SCONJ", "ADP", "DET", "AUX", "PART"})
"""Parts of speech no name takes."""
ATTRIBUTION_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ", "ADP", "PRON",
                             "PUNCT"})


def time_expressions(sent: Span) -> list[tuple[int, int]]:
    """(start, end) token ranges of the day and period expressions in ``sent``.

    >>> import spacy
    >>> doc = spacy.blank("en")("Bashir on Thursday night shortened it last week .")
    >>> time_expressions(doc[:])
    [(1, 4), (6, 8)]
    """
    doc, out = sent.doc, []
    for tok in sent:
        lower = tok.lower_
        nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if nxt is not None and nxt.lower_ in ("'s", "’s"):
            continue  # "Monday's vote", "last year's election": a modifier, not a time
        is_day = lower in DAYS
        is_period = lower in PERIODS and tok.i > sent.start \
            and doc[tok.i - 1].lower_ in ("this", "last", "next")
        if not (is_day or is_period):
            continue
        start = tok.i
        while start > sent.start and doc[start - 1].lower_ in LEADS \
                and (start - 1, start) not in out:
            start -= 1
        end = tok.i + 1
        if end < sent.end and doc[end].lower_ in PARTS:
            end += 1
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


def broken(sent: Span) -> bool:
    """Is this parse visibly wrong: a time word as subject, or no verb at a root while the
    sentence has one?"""
    if any(t.dep_ in SUBJECTS and t.lower_ in DAYS for t in sent):
        return True
    return sent.root.pos_ not in VERBAL and any(t.pos_ == "VERB" for t in sent)


def garbled(sent: Span) -> bool:
    """Did the tagger read a name inside the sentence as a function word ("the massacres in
    Rwanda[CCONJ] on Monday")? Such a parse is wrong around it too."""
    return any(_name_like(t) and not t.is_stop and t.pos_ in FUNCTION_POS for t in sent[1:])


def misread_root(sent: Span) -> int | None:
    """The index of a root the tagger took for an adjective although it is the verb of the
    named subject before it ("India and Pakistan clashed[JJ] along the border", the names
    hung on it as a compound); None for any other sentence."""
    doc, root = sent.doc, sent.root
    if root.pos_ in VERBAL or not root.lower_.endswith("ed") or root.i == sent.start:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ in ("cop", "aux", "aux:pass") for c in root.children):
        return None
    before = range(sent.start, root.i)
    if any(doc[i].pos_ not in PHRASE_POS for i in before) or doc[sent.start].pos_ == "ADP" \
            or not any(doc[i].pos_ == "PROPN" for i in before):
        return None
    return root.i


def misread_verb(sent: Span, irregular: frozenset[str] = frozenset()) -> int | None:
    """The index of the verb of a sentence the tagger left with none, read as a participle
    modifying the noun after it ("German Chancellor Helmut Kohl praised[JJ] Yeltsin's
    reforms": the names before it its subject), or an irregular verb form read as a noun
    after its subject ("A Palestinian gunman shot[NN] dead two settlers"; ``irregular``:
    the lemmatizer's irregular verb forms); None for any other sentence."""
    doc = sent.doc
    if any(t.pos_ == "VERB" for t in sent):
        return None
    for tok in sent[1:]:
        before = doc[tok.i - 1]
        if tok.lower_.endswith("ed") and tok.is_lower and tok.pos_ in ("ADJ", "NOUN") \
                and (before.pos_ == "PROPN" or _name_like(before)):
            return tok.i  # (also "Hungary[JJ] vetoed[NN] the statement")
        if tok.lower_ in irregular and tok.pos_ in ("NOUN", "ADJ") \
                and before.pos_ in ("NOUN", "PROPN"):
            return tok.i
    return None


def interrupting_aside(sent: Span) -> tuple[int, int] | None:
    """(first comma, second comma) of an aside between a sentence's opening noun phrase
    and its verb: a participle clause, a prepositional phrase or a relative clause
    ("Javier Solana, speaking in Brussels, called on ...", "Warren Christopher, who is on
    a visit to China, met ..."); None for any other sentence."""
    doc = sent.doc
    first = next((t.i for t in sent if t.text == ","), None)
    if first is None or first - sent.start < 1 or doc[sent.start].pos_ in ("ADP", "SCONJ") \
            or any(not (doc[i].pos_ in PHRASE_POS or _name_like(doc[i]))
                   for i in range(sent.start, first)) \
            or not any(doc[i].pos_ in ("NOUN", "PROPN") for i in range(sent.start, first)):
        return None  # (not "On Friday, ruling lawmakers passed ...")
    second = next((i for i in range(first + 1, sent.end) if doc[i].text == ","), None)
    if second is None or second - first < 3 or second + 1 >= sent.end:
        return None
    opener = doc[first + 1]
    if not (opener.pos_ == "VERB" and opener.tag_ in ("VBG", "VBN") or opener.pos_ == "ADP"
            or opener.lower_ in RELATIVE_OPENERS) \
            or opener.lower_ == "according":  # ("..., according to X, ...": a source)
        return None
    if not any(doc[i].pos_ == "VERB" for i in range(second + 1, sent.end)):
        return None
    return first, second


def fronted_phrase(sent: Span) -> int | None:
    """The index of the comma after a phrase that opens a sentence before its clause, a
    prepositional phrase or a verbless one ("Amid the growing crisis, additional European
    peacekeepers arrived in Bosnia"); None when the sentence opens otherwise or the phrase
    holds a finite verb (a clause of its own)."""
    doc = sent.doc
    if doc[sent.start].pos_ not in ("ADP", "SCONJ"):
        return None
    comma = next((t.i for t in sent if t.text == ","), None)
    if comma is None or comma - sent.start < 2 or sent.end - comma < 4 or any(
            doc[i].tag_ in FINITE_TAGS or doc[i].tag_ == "MD" for i in range(sent.start, comma)):
        return None
    return comma


def _no_subject(verb: Token) -> bool:
    """Is this a verb the parse gave no subject (nor auxiliary)?"""
    return verb.pos_ == "VERB" and verb.tag_ != "VB" and not any(
        c.dep_ in SUBJECTS or c.dep_ in ("expl", "aux", "aux:pass") for c in verb.children)


def subjectless_root(sent: Span) -> int | None:
    """The index of a root verb (or of the clause a closing attribution reports) that the
    parser left without a subject although a name opens the sentence before it
    ("Moscow[obl] condemned Estonia's new law": the tagger took the name for a common
    noun); None for any other sentence."""
    doc, root = sent.doc, _reported_root(sent)  # ("Kyiv[ADV] accused Moscow ..., the
    # ministry said": the reported clause's verb)
    if root.pos_ != "VERB" or root.tag_ == "VB" or root.i == sent.start:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in root.children):
        return None
    before = range(sent.start, root.i)
    if not _name_like(doc[sent.start]) or any(
            doc[i].text == "," or not (doc[i].pos_ in PHRASE_POS or _name_like(doc[i]))
            for i in before):
        return None
    return root.i


def _reported_root(sent: Span) -> Token:
    """The root, or the verb of the clause a closing attribution at the root reports."""
    root = sent.root
    cut = attribution(sent)
    if cut is not None and root.i == cut[1]:
        root = next((c for c in root.children
                     if c.dep_ in ("ccomp", "parataxis") and c.i < cut[0]), root)
    return root


def misread_relative(sent: Span, *, modified: bool = False) -> int | None:
    """The index of the verb of a sentence's opening noun phrase that the parse made a
    reduced relative clause of the phrase's noun ("Al-Shabaab fighters ambushed[acl] a
    convoy ..., officials said"): a participle in such a clause is passive and takes no
    object, so one with an object is the phrase's verb; None for any other sentence.
    ``modified``: only where a participle modifies the phrase's noun before it ("FARC
    guerrillas armed with rifles ambushed[acl] an army patrol")."""
    verbs = (t for t in sent if t.pos_ in VERBAL)
    verb = next(verbs, None)
    if modified:
        verb = next(verbs, None) if verb is not None and _modifying_participle(verb) else None
    if verb is None or not (_relative_with_object(verb) or verb.dep_ == "amod"
                            and verb.tag_ == "VBD" and verb.head.i > verb.i
                            or _purpose_root(sent) and verb.dep_ == "acl"
                            and verb.tag_ in ("VBD", "VBN") and verb.head.i < verb.i):
        return None  # (or a past tense made a modifier: "Turkey threatened[amod]
        # military action[nsubj] against Syria unless Damascus stopped ...", or a
        # purpose made the root: "peasants marched[acl] into Brasilia to demand[ROOT]")
    phrase = subject_phrase(unquoted(sent), [], verb=verb.i)
    return verb.i if phrase is not None and phrase[1] == verb.i else None


def unquoted(sent: Span) -> Span:
    """The sentence without the quotation mark that opens it (a quotation's clause)."""
    return sent[1:] if len(sent) > 1 and sent[0].tag_ == "``" else sent


def _purpose_root(sent: Span) -> bool:
    """Is the root (or the clause a closing attribution reports) an infinitive with "to",
    which is no sentence's verb?"""
    root = _reported_root(sent)
    return root.tag_ == "VB" and any(c.dep_ == "mark" and c.lower_ == "to" and c.i < root.i
                                     for c in root.children)


def _modifying_participle(tok: Token) -> bool:
    """A past participle with no object before a preposition, which modifies the noun
    before it ("guerrillas armed with rifles", "militias backed by the army")."""
    doc = tok.doc
    return tok.pos_ == "VERB" and tok.lower_.endswith("ed") and tok.i + 1 < len(doc) \
        and doc[tok.i + 1].lower_ in ("with", "by") and tok.i > 0 \
        and doc[tok.i - 1].pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ == "obj" for c in tok.children)


def _relative_with_object(verb: Token) -> bool:
    """A participle the parse made a reduced relative clause although it has an object."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.i < verb.i \
        and any(c.dep_ == "obj" for c in verb.children) and not any(
            c.dep_ in ("aux", "aux:pass", "mark", "obl:agent", "nsubj") for c in verb.children)


def attribution(sent: Span) -> tuple[int, int] | None:
    """(comma, speech verb) of a sentence that ends in an attribution: "X did Y, Palestinian
    officials and US witnesses said (on Sunday)."; None for any other sentence."""
    doc = sent.doc
    end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    verb = next((i for i in range(end - 1, sent.start, -1)
                 if doc[i].pos_ in VERBAL or doc[i].text == ","), None)
    if verb is None or doc[verb].pos_ != "VERB" or doc[verb].lemma_.lower() not in SPEECH:
        return None
    comma = verb - 1
    while comma > sent.start and doc[comma].text != "," and (
            doc[comma].pos_ in ATTRIBUTION_POS or doc[comma].tag_ in ("``", "''")):
        comma -= 1  # (past the mark that closes a quotation: '...," the minister said')
    if doc[comma].text != "," or comma == verb - 1 or comma - sent.start < 4:
        return None
    return comma, verb


def subject_phrase(sent: Span, spans: list[tuple[int, int]], *, verb: int | None = None
                   ) -> tuple[int, int] | None:
    """(start, end) of the noun phrase that opens a sentence and ends at its first verb or
    time expression: "Rebels in the Ivory Coast" (on Tuesday) "blocked ..."; None when
    the sentence opens otherwise. ``verb``: the verb's index where the tagger missed it."""
    doc = sent.doc
    starts = {a for a, _ in spans}
    end = sent.start
    while end < sent.end and end not in starts and end != verb:
        modifier = verb is not None and end < verb and _modifying_participle(doc[end])
        if doc[end].pos_ in VERBAL and not modifier:
            break
        if doc[end].pos_ not in PHRASE_POS and not _name_like(doc[end]) \
                and doc[end].text != "," and not modifier:
            return None
        end += 1
    if end >= sent.end or end == sent.start or doc[sent.start].pos_ in ("ADP", "PUNCT"):
        return None
    if not _listed(doc[sent.start:end]):
        return None
    if not any(doc[i].pos_ in ("NOUN", "PROPN") or _name_like(doc[i])
               for i in range(sent.start, end)):
        return None
    return sent.start, end


def _listed(phrase: Span) -> bool:
    """Are the commas of a phrase (if any) those of a list of names closed by "and" or
    "or" ("Saudi Arabia, Egypt, the United Arab Emirates and Bahrain")?"""
    commas = [t for t in phrase if t.text == ","]
    if not commas:
        return True
    return any(t.lower_ in ("and", "or") for t in phrase[commas[-1].i - phrase.start:]) \
        and all(t.i + 1 < phrase.end and (_name_like(t.nbor()) or t.nbor().pos_ == "DET")
                for t in commas)


def _name_like(tok: Token) -> bool:
    """A capitalised word of letters that is no pronoun ("Moscow" the tagger took for one)."""
    return tok.is_alpha and tok.is_title and tok.lower_ not in PRONOUN_WORDS


def _in_pp(doc: Doc, start: int, i: int) -> bool:
    """Is token ``i`` after a preposition of the phrase that opens at ``start``?"""
    return any(doc[j].pos_ == "ADP" for j in range(start, i))


def _tangled(sent: Span, comma: int, verb: int) -> bool:
    """Do the reported clause and the attribution share arcs other than clause -> verb (the
    attribution's speakers read as the clause's conjuncts, say), or is the clause hung on
    the speech verb as a noun ("Moscow voiced[amod] firm support[obl] for Caracas ..., the
    ministry said"; "The Syrian regime[nsubj] used[acl] chemical weapons ..., the minister
    told reporters"; "Gunmen ... shot[NOUN] dead ..., police said")?"""
    after = any(c.dep_ in SUBJECTS and c.i > comma for c in sent.doc[verb].children)
    if any(c.i < comma and c.pos_ in ("NOUN", "PROPN") for c in sent.doc[verb].children):
        return True  # (its subject too: the speakers of a closing attribution follow it)
    for tok in sent:
        head = tok.head.i
        if tok.i < comma and comma < head and (head != verb or after and tok.dep_ in SUBJECTS
                                               or tok.dep_ == "dep"):
            return True  # (the clause's subject made the speech verb's too, or hung on it
            # by no relation the parser could name)
        if comma < tok.i < verb and head < comma:
            return True
    return False


def _interrupts(doc: Doc, start: int, end: int) -> bool:
    """Does the time expression stand between a subject and its verb ("X today accused"),
    or between a verb and its object ("lifted Friday a day-old blockade")?"""
    if start == 0 or end >= len(doc):
        return False
    before, after = doc[start - 1], doc[end]
    verb_after = after.pos_ in VERBAL or (after.pos_ == "ADJ" and after.lower_.endswith("ed"))
    if before.pos_ in ("NOUN", "PROPN", "PRON") and verb_after:  # "on Tuesday bombed[JJ]"
        return True
    return before.pos_ == "VERB" and after.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM")


def misread_subjunctive(sent: Span, verbs: frozenset[str]) -> int | None:
    """The index of a bare verb after "demanded that" and its subject that the tagger took
    for another part of speech ("Turkey demanded that Syria expel[ADJ] Ocalan"); None for
    any other sentence."""
    doc = sent.doc
    for tok in sent:
        if tok.lower_ != "that" or not _after_mandative(doc, tok.i, sent.start):
            continue
        for cand in doc[tok.i + 2 : min(sent.end, tok.i + 10)]:
            if cand.pos_ in VERBAL:
                break
            if known_verb(cand.lower_, verbs) and cand.pos_ in ("ADJ", "ADV", "NOUN") \
                    and doc[cand.i - 1].pos_ in ("PROPN", "NOUN") and cand.is_lower:
                return cand.i
    return None


def _after_mandative(doc: Doc, i: int, start: int) -> bool:
    """Does a verb of demanding come before token ``i``, past a time expression between
    them ("demanded on Thursday that")?"""
    j = i - 1
    while j > start and (doc[j].lower_ in DAYS | PERIODS | PARTS or doc[j].lower_ in LEADS):
        j -= 1
    return j >= start and doc[j].lemma_.lower() in MANDATIVE


def known_verb(word: str, verbs: frozenset[str]) -> str | None:
    """The verb lemma a bare form is, British "-ise" spellings read as "-ize" ones
    ("apologise")."""
    if word in verbs:
        return word
    if word.endswith("ise") and word[:-3] + "ize" in verbs:
        return word[:-3] + "ize"
    return None


def misread_nouns(sent: Span) -> bool:
    """Does the sentence hold a news noun the tagger took for another part of speech
    ("imposed an arms embargo[JJ] on", "food aid[VERB] to refugees"), or a name it took
    for a verb (``misread_name``)?"""
    return any(t.pos_ not in ("NOUN", "PROPN") and news_noun(t) is not None
               or misread_name(t) for t in sent)


def misread_name(tok: Token) -> bool:
    """Is this a name the tagger took for a verb after "to" ("protested to Manila[VB]
    over the ship")? Not in a headline, whose words are all capitalised."""
    if tok.pos_ != "VERB" or not _name_like(tok) or tok.i < 2 \
            or tok.doc[tok.i - 1].lower_ != "to":
        return False
    words = [t for t in tok.sent if t.is_alpha and not t.is_stop and t.i != tok.i
             and t.pos_ in ("NOUN", "VERB", "ADJ", "ADV")]  # (names are capitalised)
    return sum(t.is_lower for t in words) > len(words) / 2


def news_noun(tok: Token) -> str | None:
    """The lemma of a news noun (``NEWS_NOUNS``; "aid" after the kind of aid it is, "food
    aid", which the model may read as a verb; a plural after a number the tagger read as
    a verb, "two suspects[VBZ]"), else None."""
    if tok.lower_ in NEWS_NOUNS:
        return NEWS_NOUNS[tok.lower_]
    if tok.lower_ == "aid" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in AID_KINDS:
        return "aid"
    if tok.tag_ in ("VBZ", "VBP") and tok.is_alpha and tok.lower_.endswith("s") \
            and _counted(tok):  # "extradited two (Lockerbie) suspects[VBZ]": after a
        return tok.lemma_.lower()  # number and its modifiers, a plural noun
    return None


def _counted(tok: Token) -> bool:
    """Does a number stand before the word, with only names and adjectives between?"""
    i = tok.i - 1
    while i >= 0 and tok.doc[i].tag_ in ("NNP", "JJ") and tok.i - i <= 3:
        i -= 1
    return i >= 0 and tok.doc[i].tag_ == "CD"
