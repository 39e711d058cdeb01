"""What the sentence around an expression says about it: its tense, and what spaCy took it for.

"Thursday" is last Thursday in "met on Thursday" and next Thursday in "will meet on Thursday", so
the normaliser asks the context for the tense of the verb that governs an expression. With the
spaCy parse (the pipeline stage) that is the governing verb's tag and auxiliaries; without one
(the plain :func:`~detente.times.normaliser.normalise`) it is the nearest tense cue word in the
sentence, from the lexicon. Both give ``None`` when the sentence does not say.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from detente.times.calendar import Tense
from detente.times.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“'(\[]?[A-Z0-9])|\n+")
_VERBS = frozenset({"VERB", "AUX"})
_NOUNS = frozenset({"NOUN", "PROPN", "PRON"})
_NAMES = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC"})
_LAST_WORD = re.compile(r"(\w+)\s+\Z")
# How many heads to climb from an expression to the verb that governs it.
_CLIMB = 8


class TextContext:
    """Sentence bounds from punctuation and tense from cue words: the context of plain text."""

    def __init__(self, text: str, lexicon: Lexicon, cues: re.Pattern[str]) -> None:
        self.text = text
        self.lexicon = lexicon
        self.cues = cues
        self._starts: list[int] | None = None

    def sentence(self, start: int) -> tuple[int, int]:
        """Start and end offsets of the sentence that contains offset ``start``."""
        if self._starts is None:
            self._starts = [0] + [m.end() for m in _SENTENCE_END.finditer(self.text)]
        i = bisect.bisect_right(self._starts, start) - 1
        end = self._starts[i + 1] if i + 1 < len(self._starts) else len(self.text)
        return self._starts[i], end

    def tense(self, start: int, end: int) -> Tense | None:
        """The tense an expression is spoken in: past, present, future or unknown (``None``)."""
        lead = _LAST_WORD.search(self.text, max(0, start - 16), start)
        settled: Tense | None = self.lexicon.get("lead_tenses", lead.group(1)) if lead else None
        return settled or self._tense(start, end)

    def _tense(self, start: int, end: int) -> Tense | None:
        lo, hi = self.sentence(start)
        best: tuple[int, Tense] | None = None
        for m in self.cues.finditer(self.text, lo, hi):
            if m.start() < end and m.end() > start:
                continue
            gap = start - m.end() if m.end() <= start else m.start() - end
            tense: Tense = self.lexicon.get("tense_cues", m.group())
            if best is None or gap < best[0]:
                best = (gap, tense)
        return best[1] if best else None

    def entity(self, start: int, end: int) -> str | None:
        return None

    def is_word(self, start: int, end: int) -> bool:
        """Whether a month-like word is used as a verb or a name; unknown without a parse."""
        return False

    def is_name(self, start: int, end: int) -> bool:
        """Whether the expression is part of a name ("USA Today"); unknown without a parse."""
        return False


class ParsedContext(TextContext):
    """The same questions answered from the spaCy parse of the text."""

    def __init__(self, text: str, lexicon: Lexicon, cues: re.Pattern[str], doc: SpacyDoc):
        super().__init__(text, lexicon, cues)
        self.doc = doc

    def _span(self, start: int, end: int) -> SpacySpan | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span if span is not None and len(span) else None

    def sentence(self, start: int) -> tuple[int, int]:
        span = self._span(start, min(start + 1, len(self.text)))
        if span is None:
            return super().sentence(start)
        sent = span[0].sent
        return sent.start_char, sent.end_char

    def entity(self, start: int, end: int) -> str | None:
        span = self._span(start, end)
        return (span[0].ent_type_ or None) if span is not None else None

    def is_word(self, start: int, end: int) -> bool:
        span = self._span(start, end)
        if span is None:
            return False
        token = span[0]
        return token.tag_ == "MD" or token.pos_ in _VERBS or token.ent_type_ in _NAMES

    def is_name(self, start: int, end: int) -> bool:
        span = self._span(start, end)
        return span is not None and span[0].ent_type_ in _NAMES

    def _tense(self, start: int, end: int) -> Tense | None:
        """The tense of the governing verb. Through a noun ("Monday's debate", "the talks on
        Friday") only the past carries over: a future or present verb says little about when
        the thing a noun names took place."""
        span = self._span(start, end)
        if span is None:
            return None
        verb, via_noun = _governing_verb(span.root, span.start, span.end)
        if verb is None:
            return None
        tense = self._verb_tense(verb, _CLIMB)
        return None if via_noun and tense != "past" else tense

    def _verb_tense(self, verb: Token, depth: int) -> Tense | None:
        """Tense of a verb; infinitives, participles and bare conjuncts take it from the verb
        they hang from ("expected to arrive": future; "speaking on Friday, he said": past)."""
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        words = {a.lower_ for a in auxes}
        if any(self.lexicon.has("future_auxiliaries", w) for w in words):
            return "future"
        infinitive = verb.tag_ == "VB" and "to" in words
        complement = verb.dep_ == "xcomp" or infinitive
        participle = verb.tag_ in ("VBG", "VBN") and not auxes
        bare_conj = (
            verb.dep_ == "conj"
            and not auxes
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        )
        if not (complement or participle or bare_conj) or depth == 0:
            return _finite_tense(verb, auxes)
        head, _ = (
            _governing_verb(verb.head, verb.i, verb.i + 1)
            if verb.head is not verb
            else (
                None,
                False,
            )
        )
        if head is None:
            return _finite_tense(verb, auxes)
        governing = self._verb_tense(head, depth - 1)
        if infinitive:
            # "is due to arrive on Monday" lies ahead; "was due to arrive" may lie either side.
            return None if governing == "past" else "future"
        return governing


def _governing_verb(token: Token, start: int, end: int) -> tuple[Token | None, bool]:
    """The nearest verb at or above ``token``, and whether the way up passes a noun outside
    the tokens ``start:end``."""
    via_noun = False
    for _ in range(_CLIMB):
        if token.pos_ in _VERBS:
            return token, via_noun
        if token.head is token:
            return None, via_noun
        token = token.head
        via_noun = via_noun or (token.pos_ in _NOUNS and not start <= token.i < end)
    return None, via_noun


def _finite_tense(verb: Token, auxes: list[Token]) -> Tense | None:
    if any(a.tag_ == "MD" for a in auxes):
        # "could meet on Friday" lies ahead; "could have met" behind.
        return "past" if any(a.lemma_ == "have" for a in auxes) else "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return "past"
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "future"
    if verb.tag_ == "VBN" and not auxes:
        return "past"  # a participle: "the talks held on Friday"
    if verb.tag_ in ("VBZ", "VBP", "VBG", "VBN"):
        return "present"
    return None
