"""Contents that go on past the frame that follows them.

A frame after its content does not always close it: "The tax fell, the agency said, and the
deficit grew" and "The summit did "too little," he said. "Europe risks a lot."" report one
statement each, which PolNeAR marks from the start of the content to the end of its continuation,
frame included, as it does for a direct quotation split by its frame (``direct``). The
continuation is a clause coordinated with the cue verb that has a subject of its own and is no
cue itself, or quotations following the frame in the same paragraph with nothing but punctuation
or a conjunction before them.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from detente.quotes.attribution import Attribution, cue_of, is_break, is_mark, trimmed
from detente.quotes.direct import in_frame, joined
from detente.quotes.lexicon import Lexicon
from detente.quotes.marks import Quoted

_SENTENCE_END = frozenset({".", "!", "?"})
_LINKS = frozenset({"and", "but"})
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "expl"})


def continue_past_frames(
    doc: Doc, text: str, found: list[Attribution], quotations: list[Quoted], lexicon: Lexicon
) -> None:
    """Stretch, in place, each reported content whose frame follows it over its continuation."""
    starts = [q.start for q in quotations]
    for attribution in found:
        if attribution.kind == "direct" or attribution.cue_token is None:
            continue
        verb = doc[attribution.cue_token]
        frame_end = _frame_end(doc, verb, attribution.end)
        if frame_end is None:
            continue
        last = _coordinated(verb, frame_end, lexicon)
        if last is not None and (chars := trimmed(doc, frame_end + 1, last.right_edge.i)):
            attribution.end = chars[1]
            continue
        gap_from = doc[frame_end].idx + len(doc[frame_end].text)
        k = bisect_left(starts, gap_from)
        end, _ = joined(doc, text, quotations, k, gap_from, lexicon)
        if end is not None:
            attribution.end = end


def _frame_end(doc: Doc, verb: Token, content_end: int) -> int | None:
    """The last token of the frame ("the agency said in a June report") right after a content
    ending at ``content_end``, or None when the cue is not such a frame."""
    if verb.idx < content_end or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return None
    first = verb.i
    while first > 0 and doc[first - 1].idx >= content_end:
        first -= 1
    for token in doc[first : verb.i]:
        if not (token.is_punct or token.is_space or in_frame(token, verb)):
            return None
    last = verb.i
    for token in doc[verb.i + 1 :]:
        if is_break(token) or is_mark(token) or token.text in _SENTENCE_END:
            break
        if token.is_punct or token.is_space:
            continue
        if not in_frame(token, verb):
            break
        last = token.i
    return last


def _coordinated(verb: Token, frame_end: int, lexicon: Lexicon) -> Token | None:
    """ "..., the agency said, and the deficit grew": a clause the cue verb coordinates after the
    frame, with its own subject, that is no statement of its own."""
    for child in verb.rights:
        if child.i <= frame_end or child.dep_ != "conj":
            continue
        links = [c for c in verb.rights if c.dep_ == "cc" and frame_end < c.i < child.i]
        subject = any(c.dep_ in _OWN_SUBJECT for c in child.lefts)
        if links and links[0].lower_ in _LINKS and subject and cue_of(child, lexicon) is None:
            return child
        return None
    return None
