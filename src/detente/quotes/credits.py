"""Attributions credited without a cue verb: "According to X, ..." and "Name: ..." lines.

"According to X" attributes the rest of its sentence (or, in the middle of one, all of it) to X.
A headline or transcript line "Name: what they said" attributes the rest of its line, but below
the title only when the name is one the actors layer knows or a transcript's capitalised speaker
tag (the title's "Poll:" or "Sanders:" is the headline convention for a source): other
short title-case labels before a colon ("Correction:", "Full text:") credit no one, and a
capitalised one-word tag ("WALLACE:") credits a speaker only in a transcript of several such lines.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from detente.quotes.attribution import Attribution, sentence, trimmed
from detente.quotes.speakers import MentionIndex

_HEADLINE_NAME = 4
_HEADLINE_CHARS = 48
_LINE = re.compile(r"[^\n]+")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
# What a liveblog names after the speaker: "X on Telegram:", "X to reporters:", "X via Reuters:".
_CHANNELS = frozenset({"on", "in", "to", "via"})
MIN_CONTENT = 3


def according_to(doc: Doc, according: Token) -> Attribution | None:
    """The rest of the sentence is X's in "According to X, ..." and "..., according to X"."""
    to = next((c for c in according.children if c.lower_ == "to"), None)
    source = _source_after(to) if to is not None else None
    if to is None or source is None:
        return None
    whole = sentence(according)
    opens = trimmed(doc, whole.start, according.i - 1) is not None
    phrase_end = max(according.i, to.right_edge.i if opens else _phrase_end(to))
    chars = _around(doc, whole, according.i, phrase_end)
    if chars is None:
        return None
    cue = (according.idx, to.idx + len(to.text))
    return Attribution("indirect", *chars, cue, "says", according.i, source)


def _around(doc: Doc, whole: Span, first: int, last: int) -> tuple[int, int] | None:
    """The characters of sentence ``whole`` attributed by the phrase on tokens ``first`` to
    ``last``: the whole sentence when the phrase sits inside it, else the side it leaves."""
    before = trimmed(doc, whole.start, first - 1)
    after = trimmed(doc, last + 1, whole.end - 1)
    if before is not None and after is not None:
        return trimmed(doc, whole.start, whole.end - 1)
    return before or after


def in_source(doc: Doc, noun: Token, stance: str) -> Attribution | None:
    """ "In the latest poll, X leads by four points" and "X is a traitor in his eyes": the clause
    an "in" phrase about a source hangs on is that source's. The caller leaves out a clause whose
    own cue verb attributes it ("In a poll, most voters said ...")."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != "in" or preposition.dep_ != "prep":
        return None
    verb = preposition.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    whole = sentence(preposition)
    chars = _around(doc, whole, preposition.i, preposition.right_edge.i)
    if chars is None:
        return None
    cue = (preposition.idx, preposition.idx + len(preposition.text))
    return Attribution("indirect", *chars, cue, stance, preposition.i, noun)


def _source_after(to: Token) -> Token | None:
    """The object of "according to", also when the parser read it as a clause ("to show
    insiders" with "show" as a verb)."""
    for child in to.children:
        if child.dep_ == "pobj":
            return child
        if child.dep_ == "pcomp":
            return next((c for c in child.children if c.dep_ == "dobj"), child)
    return None


def _phrase_end(to: Token) -> int:
    """Where a leading "According to X," ends: at its comma, even if the parse hangs the
    sentence's subject on X."""
    for token in to.subtree:
        if token.i > to.i and token.text in {",", ";", ":"}:
            return token.i - 1
    return to.right_edge.i


def headlines(doc: Doc, text: str, mentions: MentionIndex) -> list[Attribution]:
    """Lines "Name: what they said", as headlines, liveblogs and transcripts attribute."""
    named: list[Attribution] = []
    tagged: list[Attribution] = []
    for line in _LINE.finditer(text):
        words = doc.char_span(line.start(), line.end(), alignment_mode="expand")
        if words is None:
            continue
        limit = line.start() + _HEADLINE_CHARS
        at = next((t.i for t in words if t.text == ":" and t.idx < limit), None)
        if at is None or words.end - at - 1 < MIN_CONTENT:
            continue
        first = words.start
        while first < at and (doc[first].is_punct or doc[first].is_space or _clock(doc[first])):
            first += 1
        name = _name(doc[first:at])
        if name is None:
            continue
        chars = trimmed(doc, at + 1, words.end - 1)
        if chars is None:
            continue
        colon = doc[at].idx
        found = Attribution("indirect", *chars, (colon, colon + 1), "says", None, name.root)
        if _speaker_tag(name):
            tagged.append(found)
        if any(mentions.at(t) for t in name) or not text[: line.start()].strip():
            named.append(found)
    # A capitalised tag names a speaker only in a transcript, where several lines carry one;
    # alone it is more often a label ("UPDATE:").
    if len(tagged) > 1:
        named = sorted({id(a): a for a in named + tagged}.values(), key=lambda a: a.start)
    return named


def _name(words: Span) -> Span | None:
    """The speaker's name in the words before the colon, with the channel a liveblog names after
    it ("Zelenskyy on Telegram", "The ministry in a statement") left off."""
    doc = words.doc
    end = next((t.i for t in words if t.lower_ in _CHANNELS), words.end)
    name = doc[words.start : end]
    if not 0 < len(name) <= _HEADLINE_NAME or not all(_name_word(t) for t in name):
        return None
    return name


def _clock(token: Token) -> bool:
    """A liveblog's time stamp ("09:15") opening the line."""
    return bool(_CLOCK.fullmatch(token.text))


def _speaker_tag(name: Span) -> bool:
    """A transcript's speaker tag ("PENCE:"), which names a speaker the text need not introduce."""
    return len(name) == 1 and name[0].is_upper and name[0].is_alpha


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and (token.is_title or token.is_upper))
