"""Reading the dependency parse for the event coder: subjects (through xcomp and conj
chains), noun-phrase cores, conjuncts, prepositional children, support-verb objects, the
words a verb governs, and what makes a verb passive (reduced relatives, shared and raised
subjects) or a clause an infinitive or a descriptive participle. Plain functions of
Universal Dependencies labels, so hand-built parses test them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from greatgame.extract import event_flags as flags
from greatgame.extract.control import PREMODIFIERS, own_forces_ordered
from greatgame.extract.lexicon import MEASURE_NOUNS, OBJECT_CONTROL_VERBS
from greatgame.extract.name_runs import NOT_NAME_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:outer", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass"})
OBJECT_DEPS = frozenset({"obj", "iobj"})
AGENT_PREPS = frozenset({"by"})  # the agent of a passive: "was attacked by X"
# What a participle clause of its own has and a reduced relative has not.
CLAUSE_MARKERS = frozenset({"mark", "aux", "aux:pass", "obj", "expl"})
# Particles the parse may take for a preposition of the object ("broke off[case] talks").
PARTICLE_WORDS = frozenset({"off", "over", "up", "down", "back", "out"})
CORE_CUT = frozenset({"acl", "acl:relcl", "appos", "punct", "advmod", "dep", "parataxis",
                      "nmod", "case", "ccomp", "advcl", "list", "nmod:unmarked", "nmod:desc"})
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "parataxis", "acl:relcl", "csubj", "advcl:relcl"})
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})  # what a speaker said: "X did Y, Z said"
# Words that name when an act happened, whose "on" no dictionary pattern means ("PRESS *
# ON": to attack).
TIME_WORDS = frozenset(w.capitalize() for w in NOT_NAME_WORDS) | frozenset(
    "today yesterday tonight Today Yesterday Tonight".split())  # as written: not "a march"


# Paired conjunctions: the word before the first conjunct and the one before the second.
PAIRED = {"neither": "nor", "either": "or", "both": "and"}
_NOMINAL = ("NOUN", "PROPN", "PRON", "ADJ", "NUM")


def _conjuncts(token: Token) -> list[Token]:
    out = [token]
    # (a conjunct the parse hung on a name's last word: "Ehud Barak[flat] and ... Farouk
    # al-Sharaa[conj of Barak]")
    names = [c for c in token.children if c.dep_ == "flat"]
    for child in (*token.children, *(g for n in names for g in n.children)):
        if child.pos_ in _NOMINAL and (child.dep_ == "conj" or child.dep_ == "appos" and any(
                t.dep_ == "cc" and t.i < child.i for t in child.subtree)):
            out.extend(_conjuncts(child))  # (or one it made an apposition, "and" inside:
            # "President Bill Clinton and Russian President[nmod:desc] Boris[appos]")
    for member in [*_paired_conjuncts(token), *_lifted_conjuncts(token)]:
        out.extend(_conjuncts(member))
    return out


def _lifted_conjuncts(token: Token) -> list[Token]:
    """Conjuncts the parse hung inside a noun's "of" phrase that are parties themselves:
    with their own article ("the government of Sri Lanka and the Tamil Tigers signed":
    the Tigers sign too), or after a plural ("the leaders of Israel and Syria")."""
    if token.pos_ != "NOUN":
        return []
    plural = token.tag_ in ("NNS", "NNPS")
    return [c for n in token.children if n.dep_ == "nmod" and n.pos_ == "PROPN"
            and _marked(n, ("of",)) for c in n.children
            if c.dep_ == "conj" and c.pos_ in _NOMINAL and (plural or any(
                d.dep_ == "det" and d.text.lower() == "the" for d in c.children))]


def _paired_conjuncts(token: Token) -> list[Token]:
    """Second conjuncts of "neither A nor B" that the parser hung inside A's phrase.

    In "neither the government of Afghanistan nor Washington" the parse makes
    "Washington" a conjunct of "Afghanistan", but the paired conjunction opened before
    the whole phrase: "neither" announces two coordinated noun phrases, the first headed
    by ``token``, so a "nor" conjunct nested in it is the second.
    """
    opener = next((c.text.lower() for c in token.children
                   if c.i < token.i and c.text.lower() in PAIRED
                   and c.dep_ in ("advmod", "cc:preconj", "det", "cc")), None)
    if opener is None:
        return []
    closer = PAIRED[opener]
    return [d for d in token.subtree
            if d.dep_ == "conj" and d.pos_ in _NOMINAL
            and d.i > token.i
            and any(c.dep_ == "cc" and c.text.lower() == closer for c in d.children)]


def _core_span(token: Token) -> Span:
    """The noun phrase of ``token`` without relative clauses, appositions, prepositional
    modifiers or its own conjuncts (which ``_conjuncts`` visits one by one)."""
    keep = [token.i]
    stack = [(c, True) for c in token.children]
    while stack:
        child, top = stack.pop()
        if child.dep_ in CORE_CUT or (top and child.dep_ in ("conj", "cc")):
            continue
        keep.append(child.i)
        stack.extend((c, False) for c in child.children)
    doc = token.doc
    return doc[min(keep): max(keep) + 1]


# Nouns of what is issued or sent ("a statement saying", "a declaration demanding"): a
# participle on them speaks for whoever issued them.
DOCUMENT_NOUNS = frozenset({
    "statement", "declaration", "letter", "resolution", "communique", "communiqué", "message",
    "memorandum", "petition", "decree", "announcement", "proclamation", "note", "ultimatum",
})  # fmt: skip


def _subject(token: Token) -> Token | None:
    """The subject of a predicate, inherited down xcomp and conj chains and from the noun
    a participle or relative clause modifies."""
    current = token
    for _ in range(6):
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
        if len(subjects) > 1 and subjects[-1].i < current.i:
            return _nearer_subject(subjects[0], subjects[-1])
        if subjects:
            return subjects[0]
        expletive = next((c for c in current.children if c.dep_ == "expl"), None)
        if expletive is not None and current.pos_ == "ADJ" \
                and any(c.dep_ == "xcomp" for c in current.children):
            return expletive  # "it is willing to withdraw": a parse slip for the subject
        if current.dep_ == "xcomp" or _infinitive_of_adjective(current) \
                or _purpose_infinitive(current) or _participle_clause(current):
            head = current.head
            obj = next((c for c in head.children if c.dep_ in OBJECT_DEPS), None)
            if obj is not None and head.lemma_.lower() in _OBJECT_CONTROL \
                    and not own_forces_ordered(head, obj):
                return obj
            current = head
            continue
        if current.dep_ == "conj" and current.head.pos_ in ("VERB", "AUX", "ADJ"):
            current = current.head
            continue
        if current.dep_ == "acl" and current.head.lemma_.lower() in DOCUMENT_NOUNS \
                and current.head.dep_ in ("obj", "obl"):
            current = current.head.head  # "issued a declaration demanding ...": the issuer
            continue
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
            return current.head
        if current.dep_ == "conj" and current.head.i != current.i:
            # a verb conjoined to a noun: a parse slip. A noun the tagger took for a verb has
            # its subject as a compound ("Israeli soldiers shot[NN] and killed"); any other
            # has it in the clause above, though not a speaker's ("..., officials said")
            noun = current.head
            doer = next((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                         and c.pos_ in ("NOUN", "PROPN")), None)
            if doer is not None and noun.tag_ in ("NN", "NNS") and noun.dep_ in CLAUSE_DEPS:
                return doer
            if noun.dep_ in REPORTED_DEPS or noun.head.i == noun.i:
                return None
            current = noun.head
            continue
        return None
    return None


def _nearer_subject(first: Token, second: Token) -> Token:
    """Of two subjects the parse gave a verb, the one nearer it ("Kofi[nsubj]
    Annan[nsubj]", "Citing Sudan's support[nsubj] for terrorism, the United States[nsubj]
    closed"), but a title before a name in apposition ("Qatar's emir[nsubj], Sheikh
    Hamad[nsubj], launched": the emir, whom the title places), and a list whose last item
    the second names ("John Major[nsubj] and his Irish counterpart Albert Reynolds[nsubj]
    met": the list, both of them)."""
    doc = first.doc
    if any(c.dep_ == "conj" and c.right_edge.i + 1 == second.left_edge.i
           for c in first.children):
        return first
    apposed = any(doc[k].text == "," for k in range(first.i + 1, second.left_edge.i))
    if apposed and second.pos_ == "PROPN" and first.pos_ in ("NOUN", "PROPN") \
            and not first.left_edge.text.lower().endswith("ing"):
        return first
    return second


def _infinitive_of_adjective(token: Token) -> bool:
    """"X was able to uproot Y" parsed with the infinitive as an adverbial clause of the
    adjective: the adjective's subject is still the infinitive's (subject control)."""
    return token.dep_ == "advcl" and token.head.pos_ == "ADJ" and any(
        c.dep_ == "mark" and c.text.lower() == "to" for c in token.children)


def _purpose_infinitive(token: Token) -> bool:
    """"X took advantage of the talks to improve its position": a subjectless "to"
    infinitive of purpose under a verb is done by that verb's subject."""
    return token.dep_ == "advcl" and token.tag_ == "VB" and token.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "mark" and c.text.lower() == "to" for c in token.children)


# Subordinators a subjectless "-ing" clause may open with ("after meeting X", "while
# visiting Y", "by closing Z"): the main clause's subject does it.
PARTICIPLE_MARKS = frozenset({"after", "before", "while", "when", "by", "without", "since",
                              "upon", "on"})


def _participle_clause(token: Token) -> bool:
    """"Rebels ambushed a convoy, killing five soldiers": a subjectless present participle
    clause under a verb is done by that verb's subject (the main clause's, not the
    nearest actor before it)."""
    if token.dep_ != "advcl" or token.tag_ != "VBG" or token.head.pos_ not in ("VERB", "AUX"):
        return False
    marks = [c.text.lower() for c in token.children if c.dep_ == "mark"]
    return all(m in PARTICIPLE_MARKS for m in marks)


_OBJECT_CONTROL = OBJECT_CONTROL_VERBS




def _marked(noun: Token, preps: Iterable[str]) -> bool:
    """Is the noun introduced by one of these prepositions ("in", "for", ...)? The parse
    sometimes hangs the preposition on a word before the noun ("to[case of U.N.] U.N.
    peacekeepers")."""
    marks = [c for c in noun.children if c.dep_ == "case" or c.dep_ == "mark"
             and c.pos_ == "ADP" and c.i < noun.i]  # "flew to[mark] Beijing"
    if not marks:
        marks = [g for c in noun.children if c.i < noun.i and c.dep_ in PREMODIFIERS
                 for g in c.children if g.dep_ == "case" and g.i < c.i]
    return any(c.text.lower() in preps for c in marks)


def _participle_object(token: Token) -> Token | None:
    """The object the parse made the subject of a participle clause after the verb
    ("released 40 Kuwaiti prisoners held[ccomp] since the war"): a verb that takes no
    clause, with no object of its own; None otherwise."""
    if token.lemma_.lower() in flags.ATTRIBUTION_VERBS or any(
            c.dep_ in OBJECT_DEPS for c in token.children):
        return None
    for clause in token.children:
        if clause.dep_ != "ccomp" or clause.tag_ not in ("VBN", "VBD") or clause.i < token.i \
                or any(c.dep_ in CLAUSE_MARKERS for c in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN" and all(
                t.dep_ == "compound:prt" for t in token.doc[token.i + 1 : subj.left_edge.i]):
            return subj
    return None


def _prep_child(head: Token, preps: Iterable[str], *, deps: Sequence[str]) -> Token | None:
    wanted = set(preps)
    for child in head.children:
        if child.dep_ in deps and _marked(child, wanted):
            return child
        if child.dep_ == "obl:agent" and "by" in wanted:
            return child
    return None


def _agent(token: Token) -> Token | None:
    """The "by" phrase of a passive verb."""
    return _prep_child(token, AGENT_PREPS, deps=("obl:agent", "obl"))


def _according_to(token: Token) -> Token | None:
    for t in flags.governors(token):
        for child in t.children:
            if child.dep_ == "obl" and any(c.text.lower() == "according" for c in child.children):
                return child
    return None


def _support_object(token: Token) -> Token | None:
    """The event noun a support verb carries: its object, the noun its relative clause
    describes ("the talks Japan has held"), or "in"/"on" object, or an object the parse
    made a particle's phrase ("broke off[case] peace talks")."""
    for child in token.children:
        if child.dep_ in ("obj", "nsubj:pass") and child.pos_ in ("NOUN", "PROPN"):
            return child
    relative = _objects(token)  # "the talks Japan has held": the noun the clause describes
    if relative and relative[0].i == token.head.i:
        return relative[0]
    for child in token.children:
        if child.dep_ == "obl" and child.pos_ == "NOUN" and any(
                c.dep_ == "case" and c.i == token.i + 1 and c.text.lower() in PARTICLE_WORDS
                for c in child.children):
            return child
    for child in token.children:
        if child.dep_ == "obl" and any(c.text.lower() in ("in", "on") for c in child.children):
            return child
    return None


def _of_complement(noun: Token, *, depth: int = 2) -> Token | None:
    """The noun a quantity or collective noun measures out: "a series of attacks", "5
    million dollars of aid" (up to two "of" links)."""
    for child in noun.children:
        if child.dep_ == "nmod" and child.pos_ == "NOUN" and _marked(child, ("of",)):
            deeper = _of_complement(child, depth=depth - 1) if depth > 1 else None
            return deeper or child
    return None


RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose", "where", "when"})
PHRASE_DEPS = frozenset({"amod", "compound", "nummod", "det", "flat", "nmod:poss", "conj",
                         "cc"})


def _objects(token: Token) -> list[Token]:
    """The verb's objects, both of a double-object verb ("gave the rebels an ultimatum");
    in a relative clause with a subject of its own and no object, the noun it describes
    ("the sanctions Washington imposed", "the talks Japan has pursued")."""
    found = [c for c in token.children if c.dep_ in ("obj", "iobj")]
    if found or token.dep_ != "acl:relcl" or token.head.pos_ not in ("NOUN", "PROPN"):
        return found
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS or any(
            c.dep_ in ("mark", "case") or c.lower_ in RELATIVE_PRONOUNS and c.dep_ != "obj"
            for c in token.children if c.i < subject.i and c.lower_ != "that"):
        return found
    return [token.head]


def _measured(noun: Token) -> bool:
    """Does the noun measure out what its "of" phrase names ("tons of", "two dozen of",
    "a new round of")?"""
    return noun.lemma_.lower() in MEASURE_NOUNS or any(c.dep_ == "nummod"
                                                       for c in noun.children)


def _object_phrase(token: Token) -> list[tuple[str, str]] | None:
    """(form, lemma) of the verb's particle and object phrase, in text order: the object
    with its modifiers and, for a quantity ("25,000 tons of food aid"), what it measures,
    or a bare noun of a fixed phrase ("a state of emergency"); not the nouns its "of"
    phrase names otherwise ("the homes of two militants"). None when the verb has no
    object."""
    objects = _objects(token)
    if not objects:
        return None
    keep = [c for c in token.children if c.dep_ == "compound:prt"]
    stack = list(objects)
    while stack:
        t = stack.pop()
        keep.append(t)
        measured = _measured(t)
        for c in t.children:
            if c.dep_ in PHRASE_DEPS or c.dep_ == "nmod" and _marked(c, ("of",)) and (
                    measured or _bare(c)):
                stack.append(c)
            elif c.dep_ == "case" and t not in objects:
                keep.append(c)
    keep.sort(key=lambda t: t.i)
    return [(t.text.lower(), t.lemma_.lower()) for t in keep]


def _object_heads(token: Token) -> set[str] | None:
    """Forms of the head nouns of the verb's object (and of what a quantity measures, and
    of the object's conjuncts); None when the verb has no object."""
    objects = _objects(token)
    if not objects:
        return None
    heads = [h for obj in objects for h in (obj, *(c for c in obj.children
                                                    if c.dep_ == "conj"))]
    out: set[str] = set()
    for head in heads:
        out |= {head.text.lower(), head.lemma_.lower()}
        if not head.text[:1].isalpha():  # "$10 million": the amount names the sum
            out |= {c.text.lower() for c in head.children if c.dep_ in ("nummod", "compound")}
        if _measured(head):
            inner = next((c for c in head.children if c.dep_ == "nmod"
                          and _marked(c, ("of",))), None)
            if inner is not None:
                out |= {inner.text.lower(), inner.lemma_.lower()}
    return out


def _bare(noun: Token) -> bool:
    """A singular noun with no determiner, number or modifier of its own: part of a fixed
    phrase ("a state of emergency"), not a party ("the homes of (two) militants")."""
    return noun.tag_ not in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "nummod", "nmod:poss", "amod", "compound") for c in noun.children)


def _modifier_words(noun: Token) -> list[str]:
    """The words that qualify an event noun: its modifiers and the preposition it comes
    with ("a general strike", "went on strike": both a labour strike)."""
    return [c.text.lower() for c in noun.children if c.dep_ in ("amod", "compound", "case")]


def _no_det(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.text.lower() == "no" for c in noun.children)


# Clauses inside the verb's phrase that the dictionary's patterns never reach into.
NESTED_CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "conj", "parataxis", "ccomp", "appos",
                            "advcl:relcl", "list"})


def _words_after(token: Token, *, limit: int = 14, agent: bool = True,
                 reversing: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(form, lemma) of the words the verb governs after itself, in text order, without
    the clauses nested in its objects ("praised Haiti's efforts to improve"), the
    "according to" phrase that names the report's source or the day and its "on"
    ("pressed Israel on Wednesday to": no "PRESS * ON") (``agent=False``: nor a passive's
    "by" phrase), nor an infinitive of one of the ``reversing`` verbs ("agreed to lift the
    sanctions" is no "AGREE * SANCTIONS")."""
    keep: list[Token] = []
    stack = [c for c in token.children
             if c.i > token.i and c.dep_ not in CLAUSE_DEPS and c.dep_ not in SUBJECT_DEPS
             and c.dep_ not in ("conj", "punct")
             and not any(m.text.lower() == "according" for m in c.children)
             and (agent or not (c.dep_ == "obl:agent" or _marked(c, ("by",))))
             and not (c.dep_ == "xcomp" and c.lemma_.lower() in reversing)]
    while stack:
        t = stack.pop()
        day = t.text in TIME_WORDS
        if not day and not (t.dep_ == "case" and t.head.text in TIME_WORDS):
            keep.append(t)
        stack.extend(c for c in t.children if c.dep_ not in NESTED_CLAUSES)
    keep.sort(key=lambda t: t.i)
    return [(t.text.lower(), t.lemma_.lower()) for t in keep[:limit]]


def _phrase_follows(token: Token) -> bool:
    """Does a prepositional phrase, an adverb or the clause's end come right after the
    verb ("demonstrated in Seoul against ..."), so that it plainly has no object (not a
    parse that missed one: "captured Shining[VERB] Path leader ...")?"""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is None or after.pos_ in ("ADP", "ADV", "PUNCT", "SCONJ", "CCONJ", "PART")


def _has_particle(token: Token, particle: str) -> bool:
    """Does the verb carry this particle ("pulling out")?"""
    return any(c.dep_ == "compound:prt" and c.text.lower() == particle for c in token.children)


def _describes(token: Token) -> bool:
    """A participle that describes the noun after it ("a suspected drug lord", "two
    wounded soldiers", "bombed suspected guerrilla bases"): an adjectival modifier opening
    its phrase after a determiner, number, adjective, preposition or verb. After a noun, or
    an auxiliary, the "modifier" is more likely a main verb the parse missed ("bulldozers
    demolished Palestinian homes")."""
    if token.dep_ != "amod":
        return False
    if token.i == token.sent.start:
        return True
    return token.doc[token.i - 1].pos_ in ("DET", "NUM", "ADJ", "ADP", "CCONJ", "PUNCT", "VERB")


def _reduced_passive(token: Token, subj: Token) -> bool:
    """A past participle modifying the noun it is said of ("the army, backed by militias",
    "a ceasefire brokered by the United States"): the noun undergoes the act."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and subj.i == token.head.i


def _resultatives(token: Token) -> list[Token]:
    """Adjectives saying what the act left its object ("shot dead by X"): the parse may
    hang the passive's agent on them."""
    return [c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "ADJ"]


def _passive_conjuncts(token: Token) -> list[Token]:
    """The passive verbs coordinated with ``token`` that share its subject."""
    near = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        near.append(token.head)
    return [v for v in near if v.pos_ == "VERB" and v.tag_ == "VBN"
            and not (v.i > token.i and any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
                                           for c in v.children))]  # a later one of its own


def _controlled(token: Token, subj: Token) -> bool:
    """Is the subject the verb's only as the doer of a "to" infinitive it governs ("it was
    prepared[passive] to resume cooperation": the resuming is its act, not done to it)?"""
    return subj.head.i != token.i and any(
        c.dep_ == "mark" and c.text.lower() == "to" for c in token.children)


def _raised(token: Token, subj: Token) -> bool:
    """Is ``subj`` the passive subject of a verb above ``token``'s infinitive ("Zhu is
    expected to visit India", "was forced to withdraw")? Then it does ``token``'s act."""
    current = token
    while current.i != subj.head.i and current.head.i != current.i:
        if current.dep_ == "xcomp":
            return True
        current = current.head
    return False


def _infinitive_slip(child: Token) -> bool:
    """"voted on Sunday to reject": an infinitive complement the parse made a purpose
    clause, where the verb has no object for a purpose to be served by ("used tear gas to
    disperse" has)."""
    return _purpose_infinitive(child) and not any(c.dep_ == "obj" for c in child.head.children)


def _clausal_xcomp(child: Token) -> bool:
    """An xcomp that is a clause ("tried to leave", "started talking"), not a word the
    parser hung there ("sought refuge[ADJ]")."""
    return child.dep_ == "xcomp" and (child.pos_ in ("VERB", "AUX") or any(
        c.dep_ == "mark" and c.text.lower() == "to" for c in child.children))
