"""Direct and indirect quotations with their speakers.

Direct quotations come from the quotation spans the nlp stage marks
(``doc.spans["quotes"]``); each is attributed to the nearest speech cue outside any
quotation in its sentence ("A Western diplomat says: “…”", "“…,” he adds"; after a
quotation, "“…,” the ministry denies", a speech verb's form is enough whatever its tag),
else to the speaker of the quotation just before it when it continues a paragraph-long
quotation or opens the sentence right after that quotation's attribution.
Titles and scare quotes ("the ‘Foreign Policy’ magazine", “bleeding wound”) are not
quotations: a short span without a verb counts only when a speech verb governs it. A
longer quotation inside a clause of a verb of expression ("called the plan “a betrayal
of every farmer”", "urged Madrid “to …”") is that verb's subject's.
Indirect quotations are speech verbs with a clausal complement ("said that …") and
"according to X" clauses. Speakers resolve through the :class:`ActorIndex`, so pronouns
("he says") and unnamed sources ("a source") get the actor coreference gave them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from greatgame.extract.index import ActorIndex, sentence_end
from greatgame.extract.lexicon import (
    ADDRESSEE_VERBS,
    EXPRESSION_VERBS,
    expression_lemma,
    speech_form,
    speech_lemma,
)
from greatgame.records import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

QUOTES_KEY = "quotes"
TITLE_NOUNS = frozenset(
    """magazine newspaper journal book article film movie report programme program show
    series operation campaign doctrine slogan column song album title headline paper
    daily weekly channel website blog""".split()
)
TITLE_CUES = frozenset({"title", "titled", "entitled", "dubbed", "so-called", "headlined"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl"})
NOMINAL_POS = frozenset({"PRON", "PROPN", "NOUN"})
MAX_CUE_DISTANCE = 25  # tokens between a quotation and its speech verb


def quotation_spans(doc: Doc) -> list[Span]:
    """The quotation spans of a Doc (marks included), found here if nlp did not mark them."""
    if QUOTES_KEY in doc.spans:
        return list(doc.spans[QUOTES_KEY])
    from greatgame.nlp.segmentation import find_quotes

    return find_quotes(doc)


def quotation_of(doc: Doc, i: int) -> int | None:
    """The start of the quotation (marks included) token ``i`` lies in, or None. The map
    is kept with the Doc, so that no other article's quotations are ever consulted."""
    starts = doc.user_data.get(_QUOTED_KEY)
    if starts is None:
        starts = {k: span.start for span in quotation_spans(doc)
                  for k in range(span.start, span.end)}
        doc.user_data[_QUOTED_KEY] = starts
    return starts.get(i)


_QUOTED_KEY = "greatgame_quoted"  # doc.user_data: token -> start of its quotation


def _content(span: Span) -> Span:
    """The quotation without its marks (and without a trailing space token)."""
    start, end = span.start, span.end
    if start < end and span.doc[start].is_quote:
        start += 1
    while end > start and (span.doc[end - 1].is_quote or span.doc[end - 1].is_space):
        end -= 1
    return span.doc[start:end]


def is_title_or_scare(span: Span) -> bool:
    """True for a quoted title or a scare quote rather than words someone said."""
    doc = span.doc
    inner = _content(span)
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in TITLE_NOUNS:
        return True
    if before is not None and before.lower_ in TITLE_CUES:
        return True
    words = [t for t in inner if not t.is_punct]
    return len(words) < 4


def _noun_phrase(token: Token, index: ActorIndex) -> Span:
    """The mention or compact noun phrase headed by ``token``."""
    ref = index.ref_at(token.i)
    doc = token.doc
    if ref is not None and ref.how not in ("pronoun", "nominal"):
        start = ref.start
        while start > 0 and doc[start - 1].dep_ == "det" and doc[start - 1].head.i in range(
            ref.start, ref.end
        ):
            start -= 1
        return doc[start : ref.end]
    left = [c for c in token.lefts if c.dep_ in ("det", "amod", "compound", "nmod:poss",
                                                  "nummod", "flat")]
    right = [c for c in token.rights if c.dep_ in ("flat", "compound")]
    start = min([token.i, *(c.left_edge.i for c in left)])
    end = max([token.i, *(c.right_edge.i for c in right)]) + 1
    return doc[start:end]


def _subject(cue: Token) -> Token | None:
    """The speaker of a speech verb: its subject, the agent of a passive, or the X of
    "according to X"."""
    if cue.lower_ == "according":
        if cue.dep_ in ("case", "mark") and cue.head.pos_ in NOMINAL_POS:
            return cue.head
        for child in cue.rights:
            if child.pos_ in NOMINAL_POS:
                return child
            for grand in child.rights:
                if grand.pos_ in NOMINAL_POS:
                    return grand
        return None
    verb = cue
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.pos_ in NOMINAL_POS | {"NUM", "DET", "ADJ"}:
                return child
        if _upstairs(verb):
            verb = verb.head  # "… and said", "wanted to say", "…, saying": the subject
            # is the governing clause's
        else:
            break
    return None


def _upstairs(verb: Token) -> bool:
    """A verb without a subject of its own: a coordinated or controlled verb, or a
    participle hung on a clause ("walked out, saying …", "telling reporters …")."""
    if verb.head.i == verb.i:
        return False
    return verb.dep_ in ("conj", "xcomp") or (
        verb.dep_ in ("advcl", "acl") and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"))


def _nearest_nominal(doc: Doc, start: int, end: int, *, backwards: bool) -> Token | None:
    steps = range(end - 1, start - 1, -1) if backwards else range(start, end)
    for i in steps:
        tok = doc[i]
        if tok.pos_ in NOMINAL_POS and not tok.is_punct and tok.lower_ not in ("a", "an", "the"):
            return tok
    return None


def _nearest_actor(doc: Doc, start: int, end: int, index: ActorIndex) -> Token | None:
    """The nearest actor mention before a cue that is not inside a prepositional phrase:
    "Zamir Kabulov, the Russian Ambassador to Afghanistan, said …" -> the Ambassador."""
    for i in range(end - 1, start - 1, -1):
        ref = index.ref_at(i)
        if ref is None or i != ref.end - 1:
            continue
        head = doc[ref.start : ref.end].root
        if any(c.dep_ == "case" for c in head.children) or (
            ref.start > 0 and doc[ref.start - 1].pos_ == "ADP"
        ):
            continue
        return head
    return None


def _speaker(cue: Token, quote: Span | None, index: ActorIndex) -> tuple[str | None, str]:
    """Actor id and surface text of the speaker of a cue (parse first, position second)."""
    doc = cue.doc
    subject = _subject(cue)
    sent = cue.sent
    if quote is not None and cue.i >= quote.end:
        subject = _after_quote_speaker(cue, quote, subject, index)
    elif subject is None:
        subject = _nearest_actor(doc, sent.start, cue.i, index) or (
            _nearest_nominal(doc, sent.start, cue.i, backwards=True) if quote is not None
            else None)
    if subject is None:
        return None, ""
    actors = index.resolve(subject)
    return (actors[0] if actors else None), _noun_phrase(subject, index).text


def _after_quote_speaker(cue: Token, quote: Span, subject: Token | None,
                         index: ActorIndex) -> Token | None:
    """The speaker of an attribution set after its quotation. Position beats a parse
    that hangs the verb inside the quotation: the cue's subject when it lies between
    quotation and cue, else the actor mention there outside a prepositional phrase
    ("“…,” Ana Ruiz, a lecturer at the University of Lima, told VOA" -> Ruiz), else the
    nearest noun there ("“…,” a source revealed"); with nothing between, the noun after
    the cue ("“…,” said Kabulov"), the parse's subject only outside the quotation."""
    doc = cue.doc
    if subject is not None and quote.end <= subject.i < cue.i:
        return subject
    between = _nearest_actor(doc, quote.end, cue.i, index) or _nearest_nominal(
        doc, quote.end, cue.i, backwards=True)
    if between is not None:
        return between
    after = _nearest_nominal(doc, cue.i + 1, min(cue.sent.end, cue.i + 5), backwards=False)
    if subject is not None and quote.start <= subject.i < quote.end:
        return after
    return subject or after


def _cue_for(span: Span) -> Token | None:
    """The speech verb nearest a quotation, outside every quotation, in the sentences of
    its first and last words (a quotation of several sentences is attributed after its
    last: "“… . …,” the minister said"). In the attribution right after a quotation
    ("“…,” the ministry denies") a speech verb's form is enough, whatever its tag."""
    doc = span.doc
    inner = _content(span)
    first, last = (inner[0], inner[-1]) if len(inner) else (doc[span.start], doc[span.start])
    lo = min(first.sent.start, span.start)
    hi = max(first.sent.end, last.sent.end, span.end)
    attribution = _attribution(span)
    best: tuple[float, Token] | None = None
    for tok in doc[lo:hi]:
        if quotation_of(doc, tok.i) is not None or not _is_cue(tok, attribution, span.start):
            continue
        gap = span.start - tok.i if tok.i < span.start else tok.i - span.end
        if gap > MAX_CUE_DISTANCE:
            continue
        score = gap + (8 if tok.dep_ in ("acl:relcl", "acl", "amod") else 0)
        if best is None or score < best[0]:
            best = (score, tok)
    return best[1] if best else None


def _is_cue(tok: Token, attribution: range, start: int) -> bool:
    """A speech verb; a speech verb's form in the attribution after a quotation; a verb
    of expression before the quotation ("called it “…”")."""
    return tok.lower_ == "according" or speech_lemma(tok) is not None or (
        tok.i in attribution and speech_form(tok.text) is not None) or (
        tok.i < start and expression_lemma(tok) is not None)


def _cue_lemma(cue: Token) -> str:
    """The lemma a cue is recorded under ("according to" for "according")."""
    if cue.lower_ == "according":
        return "according to"
    return speech_lemma(cue) or speech_form(cue.text) or expression_lemma(cue) or ""


MAX_ATTRIBUTION = 8  # words of "“…,” the country's defence ministry denies"


def _attribution(span: Span) -> range:
    """The tokens of an attribution set after a quotation by a comma, a question or an
    exclamation mark ("“…,” X says", "“…?” asks X"), up to the end of its clause."""
    doc = span.doc
    inner = _content(span)
    after = span.end
    opened = len(inner) and inner[-1].text in (",", "?", "!") or (
        after < len(doc) and doc[after].text == ",")
    if not opened:
        return range(0)
    end = after
    while end < len(doc) and end - after < MAX_ATTRIBUTION and not doc[end].is_quote \
            and doc[end].text not in (".", ";", ":", "!", "?") and "\n" not in doc[end].text:
        end += 1
    return range(after, end)


def direct_quotes(doc: Doc, index: ActorIndex) -> Iterator[Quote]:
    """Quotations in quotation marks, with speaker, cue verb and span."""
    spans = quotation_spans(doc)
    previous: Quote | None = None
    previous_end = -1
    for span in spans:
        inner = _content(span)
        if len(inner) == 0:
            continue
        cue = _cue_for(span)
        if is_title_or_scare(span) and (cue is None or not _governs(cue, inner)
                                        or _cue_lemma(cue) in EXPRESSION_VERBS):
            continue
        if cue is not None:
            speaker, speaker_text = _speaker(cue, span, index)
            word = _cue_lemma(cue)
            if speaker is None and previous is not None and \
                    speaker_text.lower() in ("he", "she") and cue.i > span.start:
                speaker = previous.speaker  # "“…,” he added": the speaker quoted before
        elif previous is not None and (_continues(doc, previous_end, span.start) or (
                previous.speaker is not None and _follows_attribution(doc, previous_end, span))):
            speaker, speaker_text, word = (previous.speaker, previous.speaker_text,
                                           previous.cue)
        else:
            speaker, speaker_text, word = None, "", ""
        quote = Quote(speaker=speaker, speaker_text=speaker_text, text=inner.text.strip(),
                      direct=True, cue=word, start=inner.start_char, end=inner.end_char)
        previous, previous_end = quote, span.end
        yield quote


def _governs(cue: Token, inner: Span) -> bool:
    """True when the quotation sits inside the speech verb's clause ("called it a “…”")."""
    return any(t.i == cue.i for tok in inner for t in tok.ancestors)


def _continues(doc: Doc, previous_end: int, start: int) -> bool:
    """True when a quotation follows the previous one within a paragraph or two."""
    if previous_end < 0 or start < previous_end:
        return False
    between = doc[previous_end:start]
    return between.text.count("\n") <= 2 and len([t for t in between if t.is_alpha]) <= 3


SENTENCE_ENDS = frozenset({".", "!", "?"})


def _follows_attribution(doc: Doc, previous_end: int, span: Span) -> bool:
    """True when a quotation opens the sentence (or paragraph) right after the one that
    attributed the previous quotation: "“…,” the minister said on Monday. “…”" — only
    the rest of that sentence lies between them, no other quotation."""
    if previous_end < 0 or span.start < previous_end:
        return False
    between = [t for t in doc[previous_end : span.start] if not t.is_space]
    if not between or between[-1].text not in SENTENCE_ENDS:
        return False
    if any(t.text in SENTENCE_ENDS or (t.is_quote and not _possessive_mark(t))
           for t in between[:-1]):
        return False
    return len(between) <= MAX_CUE_DISTANCE and doc[previous_end:span.start].text.count(
        "\n") <= 2


def _possessive_mark(tok: Token) -> bool:
    """An apostrophe that makes a possessive ("Guterres’ spokesman"), not a quotation mark."""
    doc = tok.doc
    return tok.tag_ == "POS" or (tok.text in ("’", "'") and tok.i > 0 and
                                 not doc[tok.i - 1].whitespace_ and
                                 doc[tok.i - 1].text.lower().endswith("s"))


def indirect_quotes(doc: Doc, index: ActorIndex) -> Iterator[Quote]:
    """Reported speech: "X said (that) …" and "according to X, …"."""
    for tok in doc:
        if quotation_of(doc, tok.i) is not None:
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            clause = _according_clause(tok)
            cue_word = "according to"
        elif index.ref_at(tok.i) is not None:
            continue  # "United States" is no speech verb
        elif (cue_word := speech_lemma(tok) or "") and cue_word not in ("ask", "promise"):
            clause = _complement(tok)
        else:
            continue
        inverted = _inverted(tok, index) if cue_word != "according to" and (
            clause is None or doc[tok.i - 1].text == ",") else None
        if inverted is not None:
            clause, who = inverted
            speaker = next(iter(index.resolve(who)), None)
            speaker_text = _noun_phrase(who, index).text
        elif clause is None:
            continue
        else:
            speaker, speaker_text = _speaker(tok, None, index)
        if len(clause) < 2 or any(quotation_of(doc, t.i) is not None for t in clause):
            continue
        text = clause.text.strip().strip(" ,;:.").strip()
        yield Quote(speaker=speaker, speaker_text=speaker_text, text=text, direct=False,
                    cue=cue_word, start=clause.start_char, end=clause.start_char + len(text))


MAX_ADVERBIAL = 10  # "said last month that", "said during a visit to Beijing last week that"
MAX_INVERTED_SPEAKER = 6  # tokens from the comma to the speech verb: "…, the ministry said"


def _inverted(verb: Token, index: ActorIndex) -> tuple[Span, Token] | None:
    """A report whose attribution follows it: "<clause>, said Andrew Yang, …" or
    "<clause>, the minister said." The clause runs from the start of the sentence to the
    comma and has a verb of its own; the speaker is the actor right after the verb, or
    the subject between the comma and the verb."""
    doc, sent = verb.doc, verb.sent
    comma = verb.i - 1
    while comma > sent.start and verb.i - comma <= MAX_INVERTED_SPEAKER and \
            doc[comma].text != "," and doc[comma].pos_ not in ("VERB", "AUX"):
        comma -= 1
    if doc[comma].text != "," or comma - sent.start < 3 or any(
            c.dep_ in SUBJECT_DEPS and c.i < comma for c in verb.children):
        return None  # "Agha, a former commander, said that …": the subject comes first
    clause = doc[sent.start:comma]
    if not any(t.pos_ in ("VERB", "AUX") for t in clause):
        return None
    if comma == verb.i - 1:  # "…, said Andrew Yang"
        who = next((t for t in doc[verb.i + 1: min(sent.end, verb.i + 4)]
                    if index.ref_at(t.i) is not None), None)
        if who is not None and any(t.pos_ not in ("DET", "PROPN", "ADJ")
                                   for t in doc[verb.i + 1: who.i]):
            return None  # "…, said that Taliban wants": a report, not its speaker
    else:  # "…, the minister said"
        who = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i > comma), None)
    if who is None:
        return None
    return clause, who


def _clause_end(doc: Doc, start: int, *, at_comma: bool) -> int:
    """Where a reported clause starting at ``start`` stops: the sentence end, a semicolon,
    a quotation mark, a paragraph break (and a comma when ``at_comma``)."""
    sent_end = sentence_end(doc, start) if start < len(doc) else len(doc)
    end = start
    while end < sent_end:
        tok = doc[end]
        if tok.text in (";", ":") or tok.is_quote or "\n" in tok.text or (
            at_comma and tok.text == ","
        ):
            break
        end += 1
    return end


def _complementizer(that: Token, *, skipped: bool) -> bool:
    """ "that" opening a reported clause, not a relative pronoun after a skipped noun ("in
    an article that he wrote": the clause lacks an argument, "that" fills the gap) nor a
    determiner ("in that country")."""
    if that.lower_ != "that":
        return False
    nxt = that.doc[that.i + 1]
    if nxt.pos_ == "NOUN" and nxt.tag_ == "NN":
        return False
    if skipped and _relative(that):
        return False
    return that.pos_ in ("SCONJ", "PRON", "DET", "ADP")


def _relative(that: Token) -> bool:
    """True when the clause after "that" has a gap "that" fills: no subject of its own,
    or, "that" read as a relative pronoun, no object ("an article that he wrote")."""
    verb = that.head if that.head.i > that.i else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return that.tag_ == "WDT"
    deps = {c.dep_ for c in verb.children if c.i != that.i}
    if not deps & {"nsubj", "nsubj:pass", "expl"}:
        return True
    return that.tag_ == "WDT" and not deps & {"obj", "ccomp", "xcomp", "iobj", "cop"}


def _complement(verb: Token) -> Span | None:
    """The reported clause of a speech verb: the clause after "that" (also past a short
    adverbial: "said last month that …"), else its ccomp, run on to the end of its
    clause when the parse cut it short ("the Taliban share | Russia's interest").
    After a verb of telling the skipped words are whom it was told to ("told reporters
    that …")."""
    doc = verb.doc
    nxt = verb.i + 1
    while nxt < len(doc) and nxt - verb.i <= MAX_ADVERBIAL and doc[nxt].lower_ != "that" \
            and not doc[nxt].is_punct and not doc[nxt].is_space \
            and doc[nxt].pos_ not in ("VERB", "AUX", "SCONJ", "PRON"):
        nxt += 1
    # after "told reporters" the skipped noun is the one spoken to, not an antecedent
    skipped = nxt > verb.i + 1 and speech_lemma(verb) not in ADDRESSEE_VERBS
    if nxt + 1 < len(doc) and _complementizer(doc[nxt], skipped=skipped):
        return doc[nxt + 1 : _clause_end(doc, nxt + 1, at_comma=False)]
    for child in verb.rights:
        if child.dep_ == "ccomp":
            start = child.left_edge.i
            while start < child.i and doc[start].dep_ == "mark":
                start += 1
            end = max(child.right_edge.i + 1, _clause_end(doc, child.i, at_comma=True))
            return doc[start:end]
    return None


def _according_clause(according: Token) -> Span | None:
    """The clause an "according to X" phrase attributes: the sentence minus the phrase."""
    sent = according.sent
    source = _subject(according)
    phrase_end = (source.right_edge.i + 1) if source is not None else according.i + 2
    if according.i <= sent.start + 1:
        start = phrase_end
        while start < sent.end and sent.doc[start].is_punct:
            start += 1
        return sent.doc[start : sent.end]
    return sent.doc[sent.start : according.i]


def quotes(doc: Doc, index: ActorIndex) -> Iterator[Quote]:
    """Direct then indirect quotations of a parsed article, each in text order."""
    yield from direct_quotes(doc, index)
    yield from indirect_quotes(doc, index)
