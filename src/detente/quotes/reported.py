"""Reported speech, beliefs, intentions and attitudes read off the dependency parse.

Every token whose lemma the lexicon lists is a candidate: a cue verb carries its content in the
complement its frames name (``complements``), or, in the passive, attributes its subject or its
whole clause (``passive``); a hedging verb ("seems") or adverb ("reportedly") attributes its
clause to no one; a cue noun
its complement (``nominal``); a predicate of attitude with "be" its complement (``attitudes``);
"according to" the rest of its sentence (``credits``). The content is cut to the cue's paragraph
and its edges are settled by ``extent``. A content that contains a quoted stretch is ``mixed``;
one that is exactly a quoted stretch is ``direct``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from detente.quotes.attitudes import attitude
from detente.quotes.attribution import (
    Attribution,
    cue_chars,
    cue_of,
    misread,
    paragraph,
    subject,
    trimmed,
)
from detente.quotes.complements import block, complement, relative
from detente.quotes.credits import MIN_CONTENT, according_to, in_source
from detente.quotes.extent import coordinated, extend, own_clause, trim, unsplit
from detente.quotes.lexicon import Cue, Lexicon
from detente.quotes.marks import Quoted, inside
from detente.quotes.nominal import nominal
from detente.quotes.passive import passive

_CLAUSES = frozenset({"ccomp"})
_ACCORDING = get_string_id("according")


def reported(
    doc: Doc, text: str, quotations: list[Quoted], lexicon: Lexicon, claimed: set[int]
) -> list[Attribution]:
    """Attributions for every cue verb not already used by a direct quotation."""
    found: list[Attribution] = []
    ends = [q.end for q in quotations]
    for i in _candidates(doc, lexicon):
        token = doc[i]
        # A speaker's own "I think ..." inside quotation marks is part of what they are quoted
        # saying, not a separate attribution.
        if token.i in claimed or inside(token.idx, quotations):
            continue
        if token.lower_ == "according":
            attribution = according_to(doc, token)
        elif token.pos_ == "ADV" and (hedge := lexicon.cues.get(token.lower_)):
            hedged = "clause" in hedge.frames and token.head.pos_ in {"VERB", "AUX"}
            attribution = _evidential(doc, token.head, hedge, lexicon, token) if hedged else None
        elif (stance := lexicon.sources.get(token.lemma_.lower())) is not None:
            framed = cue_of(token.head.head, lexicon) is not None
            attribution = None if framed else in_source(doc, token, stance)
        elif token.dep_ in {"acomp", "attr"} and (view := lexicon.attitudes.get(token.lemma_)):
            attribution = attitude(doc, token, *view)
        elif (
            token.pos_ == "NOUN"
            and not misread(token)
            and (stance := lexicon.nouns.get(token.lemma_.lower()))
        ):
            attribution = nominal(token, stance)
        else:
            attribution = _cue_clause(doc, token, lexicon)
        if attribution is not None:
            found.append(with_quotations(text, attribution, quotations, ends))
    return found


def _candidates(doc: Doc, lexicon: Lexicon) -> Iterable[int]:
    """Tokens whose lemma is a cue, found with one vectorised look-up instead of a Python loop."""
    table = doc.to_array([LEMMA, LOWER])
    hits = numpy.isin(table[:, 0], list(lexicon.lemma_ids)) | (table[:, 1] == _ACCORDING)
    return [int(i) for i in numpy.flatnonzero(hits)]


def _cue_clause(doc: Doc, verb: Token, lexicon: Lexicon) -> Attribution | None:
    found = cue_of(verb, lexicon)
    if found is None:
        return None
    cue, particle = found
    by_passive = passive(doc, verb, cue, lexicon.concessions, lexicon.adjuncts)
    if by_passive is not None:
        return by_passive
    if "clause" in cue.frames:
        return _evidential(doc, verb, cue, lexicon)
    tokens = block(verb) if "ccomp" in cue.frames else None
    tokens = tokens or complement(verb, cue, particle, lexicon) or relative(verb)
    source = subject(verb)
    if tokens is None or source is None:
        return None
    first, last, frame = tokens
    if frame != "block":
        first, last = paragraph(doc, verb.i, first, last)
    if first > verb.i:
        last = coordinated(verb, first, extend(verb, frame, last, lexicon.adjuncts))
        last = unsplit(doc, last)
        last = trim(doc, first, last, lexicon.concessions, frame in _CLAUSES)
    chars = trimmed(doc, first, last)
    if chars is None or (frame in _CLAUSES and last - first + 1 < MIN_CONTENT):
        return None
    return Attribution("indirect", *chars, cue_chars(verb, particle), cue.stance, verb.i, source)


def _evidential(
    doc: Doc, verb: Token, cue: Cue, lexicon: Lexicon, marker: Token | None = None
) -> Attribution | None:
    """ "The plan seems to be stalling", "the firm reportedly paid no tax": the writer hedges the
    whole clause (with a verb, or an adverb as ``marker``), which PolNeAR marks as an attribution
    with no source."""
    who = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if who is None or who.lower_ in {"it", "there"}:
        return None
    first, last = paragraph(doc, verb.i, who.left_edge.i, own_clause(verb))
    chars = trimmed(doc, first, trim(doc, first, last, lexicon.concessions))
    if chars is None:
        return None
    cue_token = marker or verb
    return Attribution(
        "indirect", *chars, cue_chars(cue_token, None), cue.stance, cue_token.i, None
    )


def with_quotations(
    text: str, attribution: Attribution, quotations: list[Quoted], ends: list[int]
) -> Attribution:
    """Stretch the content over quotation marks cut at its edges and set ``mixed``/``direct``.

    A content that opens a quotation, or holds its opening mark, runs to its closing mark: the
    parse of a long quotation often ends the reported clause at its first sentence or clause.
    """
    start, end = attribution.start, attribution.end
    holds = False
    for quote in quotations[bisect_right(ends, start) :]:
        if quote.start >= end:
            break
        if quote.start < start and not text[quote.start + 1 : start].strip(" \"“”'`,[("):
            start = quote.start
        opens = start <= quote.start and quote.closed
        if quote.end > end and (opens or not text[end : quote.end].strip(" \"“”'.,!?;")):
            end = quote.end
        holds = holds or (start <= quote.start and quote.end <= end)
    attribution.start, attribution.end = start, end
    if holds:
        whole = any(q.start == start and q.end == end for q in quotations)
        attribution.kind = "direct" if whole else "mixed"
    return attribution
