"""Nested attributions: a cue inside the content of another attribution.

"She said she plans to resign" reports one statement, not two: the inner cue is part of what was
said, and PolNeAR marks only the outer attribution. Three kinds of nesting are kept apart from
that. A direct quotation split by its frame ("“...,” he said, adding that ... “...”") holds the
frame's own cues without having said them. When the outer speaker is a medium relaying someone
else's words ("X accused Y, the agency reported"), the inner attribution is what ``relayed_by``
hangs on. And when the inner cue is a verb coordinated with the outer one that the parser filed
inside the outer content ("tweeted that X was a con and encouraged voters to ..."), it shares the
outer subject and is a second statement of the same speaker: the outer content then ends before
it, unless its tense shows it cannot share the outer cue's subject.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

from spacy.tokens import Doc, Token

from detente.quotes.attribution import Attribution, trimmed

_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# The tense a finite verb shows; the small model confuses the simple past with the participle.
_TENSES = {"VBD": "past", "VBN": "past", "VBZ": "present", "VBP": "present"}


def outermost(
    doc: Doc,
    found: list[Attribution],
    medium: Callable[[Token], bool],
    quoted: Callable[[int], bool],
) -> list[Attribution]:
    """The attributions that are not part of another one's content, in their given order.

    Outer contents may be shortened in place, and a coordinated inner attribution takes the outer
    source.
    """
    ordered = sorted(found, key=lambda a: (a.start, -a.end))
    spans = _Spans(ordered)
    dropped: set[int] = set()
    for inner in ordered:
        if inner.cue_token is None or inner.cue is None:
            continue
        outer = spans.around(inner, dropped)
        if outer is None or (outer.source is not None and medium(outer.source)):
            continue
        if outer.kind == "direct" and not quoted(inner.cue[0]):
            continue
        if not _coordinated(doc, inner, outer):
            dropped.add(id(inner))
    return [a for a in found if id(a) not in dropped]


class _Spans:
    """Attributions by start, with the furthest end reached so far, so that the ones holding a
    position are found by walking back only over those that reach it."""

    def __init__(self, ordered: list[Attribution]) -> None:
        self.ordered = ordered
        self.starts = [a.start for a in ordered]
        self.reach = list(accumulate((a.end for a in ordered), max))

    def around(self, inner: Attribution, dropped: set[int]) -> Attribution | None:
        """The earliest attribution whose content holds ``inner``'s cue (and is not inside it)."""
        assert inner.cue is not None
        at = inner.cue[0]
        found = None
        for k in range(bisect_right(self.starts, at) - 1, -1, -1):
            if self.reach[k] <= at:
                break
            outer = self.ordered[k]
            if (
                outer is not inner
                and id(outer) not in dropped
                and at < outer.end
                and not (inner.start <= outer.start and outer.end <= inner.end)
            ):
                found = outer
        return found


def _coordinated(doc: Doc, inner: Attribution, outer: Attribution) -> bool:
    """Split off a cue verb coordinated with the outer cue but parsed inside its content."""
    assert inner.cue_token is not None and inner.cue is not None
    verb = doc[inner.cue_token]
    if verb.dep_ != "conj" or outer.source is None or outer.start >= inner.cue[0]:
        return False
    if any(c.dep_ in _OWN_SUBJECT for c in verb.children) or not _same_tense(doc, verb, outer):
        return False
    first = doc.char_span(outer.start, outer.end, alignment_mode="expand")
    if first is None:
        return False
    last = verb.left_edge.i - 1
    while last > first.start and (doc[last].dep_ == "cc" or doc[last].is_punct):
        last -= 1
    cut = trimmed(doc, first.start, last)
    if cut is None or cut[0] != outer.start:
        return False
    outer.end = cut[1]
    if inner.source is None or inner.source.i > outer.source.i:
        inner.source = outer.source
    return True


def _same_tense(doc: Doc, verb: Token, outer: Attribution) -> bool:
    """Whether the inner verb can share the outer cue's subject: "Police say he fired and
    refused to leave" cannot be "Police say ... and refused", so "refused" is part of what they
    say; verbs of one tense, or of a form that shows none, may be either."""
    if outer.cue_token is None:
        return True
    ours, theirs = _TENSES.get(verb.tag_), _TENSES.get(doc[outer.cue_token].tag_)
    return ours is None or theirs is None or ours == theirs
