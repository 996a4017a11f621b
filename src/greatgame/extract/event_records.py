"""The ``Event`` record of a coded act: its flags, its date and who it is attributed to.

Every step of the event coder that finds an act (a verb, an event noun, a reported
demand) ends here: ``make_event`` reads how the statement is framed (``event_flags``:
negated, future, hypothetical, historical), the date nearest to it in its sentence, and
the speaker or holder when it sits inside a quotation, a speech or belief clause or an
"according to" phrase. Content attributed to someone who cannot be told is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from greatgame.extract import event_flags as flags
from greatgame.extract.event_context import PRONOUNS, RELATIVES
from greatgame.extract.event_syntax import SUBJECT_DEPS, _according_to, _core_span, _no_det
from greatgame.extract.lexicon import REPORTING_VERBS
from greatgame.records import Event

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from greatgame.extract.event_context import EventContext
    from greatgame.extract.verbs import CodeInfo


def make_event(ctx: EventContext, info: CodeInfo, token: Token, source: tuple[str, ...],
               target: tuple[str, ...], *, anchor: Token | None = None,
               clause: Token | None = None) -> Event | None:
    """The Event for a predicate, with flags, date and attribution; None if it is
    reported speech or belief whose holder cannot be told."""
    clause = clause or token
    sent = token.sent
    date = _date(ctx, token)
    attributed, ok = _attribution(ctx, clause)
    if not ok:
        return None
    if token.pos_ in ("NOUN", "PROPN"):  # a nominal event: only "no attack" denies it
        negated = _no_det(token)
    else:
        negated = flags.is_negated(clause) or (anchor is not None and _no_det(anchor))
    start = min(t.idx for t in (token, anchor) if t is not None)
    end = max(t.idx + len(t.text) for t in (token, anchor) if t is not None)
    return Event(
        type=info.type, mode=info.mode, context=info.context, cameo=info.code,
        goldstein=info.goldstein, intensity=info.intensity, source=source, target=target,
        sentence=sent.text, start=start, end=end, date=date, negated=negated,
        future=flags.is_future(clause), hypothetical=flags.is_hypothetical(clause),
        historical=flags.is_historical(date, ctx.published), attributed_to=attributed,
    )


def _date(ctx: EventContext, token: Token) -> str | None:
    """The value of the date found in the token's sentence nearest to it, if any."""
    sent = token.sent
    lo, hi = sent.start_char, sent.end_char
    inside = [r for r in ctx.dates if lo <= r.start and r.end <= hi]
    if not inside:
        return None
    return min(inside, key=lambda r: abs(r.start - token.idx)).value


def _attribution(ctx: EventContext, token: Token) -> tuple[str | None, bool]:
    """(holder id, True) for attributed content, (None, True) for plain statements,
    (None, False) when the content is attributed to someone who cannot be told."""
    quote = next((q for q in ctx.quotes if q.start <= token.i < q.end), None)
    if quote is not None:
        speaker = _quote_speaker(ctx, quote)
        return (speaker, speaker is not None)
    head = flags.attribution_head(token)
    if head is None:
        according = _according_to(token)
        if according is not None:
            found = ctx.actors(according)
            return (found[0] if found else _text_id(according), True)
        return None, True
    holder = flags.holder_token(head)
    if holder is None:
        return None, False
    return holder_id(ctx, holder), True


def holder_id(ctx: EventContext, holder: Token) -> str:
    """The id of a speaker or belief holder: an actor, else the words that name it."""
    if holder.text.lower() in RELATIVES and holder.head.dep_ in ("acl:relcl", "acl"):
        holder = holder.head.head
    found = ctx.actors(holder)
    if found:
        return found[0]
    if holder.text.lower() in PRONOUNS:
        named = _named_before(ctx, holder)
        if named is not None:
            return holder_id(ctx, named)
    return _text_id(holder)


def _named_before(ctx: EventContext, token: Token) -> Token | None:
    """The nearest earlier subject that is a noun phrase (a pronoun's likely referent)."""
    floor = max(0, token.sent.start - 120)
    for i in range(token.i - 1, floor - 1, -1):
        cand = ctx.doc[i]
        if cand.dep_ in SUBJECT_DEPS and cand.pos_ in ("NOUN", "PROPN"):
            return cand
    return None


def _quote_speaker(ctx: EventContext, quote: Span) -> str | None:
    """Who speaks a quotation: as ``ctx.quote_speakers`` names them, else the subject of
    a speech verb in its sentence (or the sentence before, where it opens one)."""
    if ctx.quote_speakers is not None:
        named = ctx.quote_speakers(quote)
        if named:
            return named
    sent = quote.sent
    window = [t for t in sent if not quote.start <= t.i < quote.end]
    if quote.start > 0 and ctx.doc[quote.start - 1].sent.start != sent.start:
        window += list(ctx.doc[quote.start - 1].sent)
    for t in window:
        if flags.lemma_forms(t) & REPORTING_VERBS:
            holder = flags.holder_token(t)
            if holder is not None:
                return holder_id(ctx, holder)
    return None


def _text_id(token: Token) -> str:
    """A stand-in id for a holder the gazetteer does not know ("a Western diplomat")."""
    words = [t.text.lower() for t in _core_span(token) if t.pos_ not in ("DET", "PUNCT")]
    return "text:" + " ".join(words or [token.text.lower()])
