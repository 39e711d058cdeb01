"""Direct quotations: quoted stretches tied to the frame that attributes them.

A quotation is attributed by the words right after its closing mark (`"...," he said`, `"...,"
said the minister`, `"..." ― Name`) or right before its opening mark (`He said: "..."`,
`The paper reports:` ending the previous paragraph); a colon after a clause whose subject is
someone introduces their words whatever the verb (`The ministry was blunt: "..."`). Quotations
that follow their frame in the
same paragraph with nothing else in between (`"...," he said, "..."` and `"...," he said. "..."`)
belong to the same attribution, whose content then runs from the first mark to the last, as
PolNeAR marks it. A quoted phrase inside a sentence of its own ("called Kim a "dictator"") has no
such frame and is left to the reported-speech finder, which makes it part of a mixed attribution.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Token

from detente.quotes.attribution import (
    Attribution,
    cue_chars,
    cue_of,
    is_break,
    is_mark,
    subject,
    trimmed,
)
from detente.quotes.lexicon import Lexicon
from detente.quotes.marks import Quoted

DASHES = frozenset({"―", "—", "--", "–"})
_CLAUSE_START = frozenset(".!?:;\n\"”»'―—–)")
_SENTENCE_END = frozenset({".", "!", "?"})
_FRAME_TOKENS = 40
# Conjunctions that carry a split quotation on past its frame ("..., he said, but "..."").
_LINKS = frozenset({"and", "but", "or"})
_ADDED_CLAUSES = frozenset({"advcl", "ccomp", "xcomp", "conj", "cc", "parataxis", "dep"})
_NAME_TOKENS = 8
_POSTPOSED = frozenset({"dobj", "attr", "npadvmod", "appos", "dative"})
_NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})
_NAME_WORDS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "PUNCT", "NUM", "ADP"})


def direct_quotes(
    doc: Doc, text: str, quotations: list[Quoted], lexicon: Lexicon
) -> list[Attribution]:
    """Attributions for quotations whose frame names a cue, in text order.

    ``text`` is the document text (``Doc.text`` is rebuilt from the tokens on every access).
    """
    found: list[Attribution] = []
    k = 0
    while k < len(quotations):
        quote = quotations[k]
        k += 1
        tokens = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if tokens is None or len(tokens) < 3:
            continue
        before = _frame_before(doc, tokens.start, lexicon)
        if before is not None and _continues(doc, tokens.end):
            before = None
        glued = text[quote.end : tokens[-1].idx + len(tokens[-1].text)]
        after = None
        if _clause_start(text, quote.start):
            after = frame_after(doc, tokens.end, lexicon, (quote.end, glued))
        frame = after or before
        if frame is None:
            continue
        attribution = Attribution(
            "direct", quote.start, quote.end, frame.cue, frame.stance, frame.verb, frame.source
        )
        attribution.source_phrase = frame.words
        gap_from = frame.end if frame.end is not None else quote.end
        end, k = joined(doc, text, quotations, k, gap_from, lexicon)
        attribution.end = end or attribution.end
        found.append(attribution)
    return found


def joined(
    doc: Doc, text: str, quotations: list[Quoted], k: int, gap_from: int, lexicon: Lexicon
) -> tuple[int | None, int]:
    """The end of the quotations from ``quotations[k]`` on that continue a frame ending at
    ``gap_from`` (None when none does), with the index of the first quotation that does not.

    A quotation with a frame of its own after it starts a new attribution.
    """
    end = None
    while k < len(quotations) and _joins(text, end or gap_from, quotations[k].start):
        following = quotations[k]
        nxt = doc.char_span(following.start, following.end, alignment_mode="expand")
        if nxt is not None and frame_after(doc, nxt.end, lexicon) is not None:
            break
        end = following.end
        k += 1
    return end, k


class Frame(NamedTuple):
    """The cue words around a quotation; ``end`` is where a following frame stops, ``words``
    the source's words when they are not the phrase its head token's subtree spans."""

    verb: int | None
    source: Token | None
    cue: tuple[int, int]
    stance: str | None
    end: int | None = None
    words: tuple[int, int] | None = None


def frame_after(
    doc: Doc, first: int, lexicon: Lexicon, glued: tuple[int, str] = (0, "")
) -> Frame | None:
    """`"...," he said.` / `"...," said X.` / `"..." ― X`: the cue right after a closing mark.

    ``glued`` is a dash the tokenizer kept on the closing mark ("”―"), with its offset.
    """
    region: list[Token] = []
    for token in doc[first : first + _FRAME_TOKENS]:
        if is_break(token) or is_mark(token):
            break
        region.append(token)
        if token.text in _SENTENCE_END:
            break
    words = [t for t in region if not t.is_space]
    if not words:
        return None
    end = words[-1].idx + len(words[-1].text)
    if glued[1] in DASHES:
        return _dash_frame(doc, words, end, (glued[0], glued[0] + len(glued[1])))
    if words[0].text in DASHES:
        dash = words[0]
        return _dash_frame(doc, words[1:], end, (dash.idx, dash.idx + len(dash.text)))
    for position, verb in enumerate(words):
        found = cue_of(verb, lexicon)
        if found is None:
            continue
        if not all(t.is_punct or verb in t.ancestors for t in words[:position]):
            return None
        cue, particle = found
        source = subject(verb) or _inverted_subject(verb)
        core = [t for t in words if t.i == verb.i or in_frame(t, verb)]
        end = max(t.idx + len(t.text) for t in core)
        return Frame(verb.i, source, cue_chars(verb, particle), cue.stance, end)
    return None


def in_frame(token: Token, verb: Token) -> bool:
    """Part of the attributing clause itself (who, when, to whom), not a clause the cue adds
    ("..., he said, adding that ...")."""
    while token.head.i not in (token.i, verb.i):
        token = token.head
    return token.head.i == verb.i and token.dep_ not in _ADDED_CLAUSES


def _dash_frame(doc: Doc, name: list[Token], end: int, dash: tuple[int, int]) -> Frame | None:
    """A credit line: the dash, then a short name and nothing else up to the line's end."""
    if not 0 < len(name) <= _NAME_TOKENS or not any(t.pos_ == "PROPN" for t in name):
        return None
    span = trimmed(doc, name[0].i, name[-1].i)
    if span is None:
        return None
    head = doc.char_span(*span, alignment_mode="expand")
    source = head.root if head is not None else None
    return Frame(None, source, dash, "says", end)


def _inverted_subject(verb: Token) -> Token | None:
    """`said the minister`: spaCy often parses the postposed subject as an object."""
    for child in verb.rights:
        if child.dep_ in _POSTPOSED and child.pos_ in _NOMINAL:
            return child
    return None


def _frame_before(doc: Doc, opening: int, lexicon: Lexicon) -> Frame | None:
    """`He said: "..."` / `She told reporters, "..."`: a cue clause ending in a colon or comma."""
    j = opening - 1
    crossed = False
    while j >= 0 and doc[j].is_space:
        crossed = crossed or is_break(doc[j])
        j -= 1
    if j < 1 or doc[j].text not in {":", ","} or (crossed and doc[j].text != ":"):
        return None
    last = doc[j - 1]
    for candidate in (last, *last.ancestors):
        if candidate.i < opening - _FRAME_TOKENS:
            break
        found = cue_of(candidate, lexicon)
        if found is not None:
            cue, particle = found
            chars = cue_chars(candidate, particle)
            source = subject(candidate) or _inverted_subject(candidate)
            return Frame(candidate.i, source, chars, cue.stance)
    inverted = _cue_first(doc, j, lexicon)
    if inverted is not None:
        return inverted
    if doc[j].text == ":":
        return _introduced(doc, j)
    return None


def _cue_first(doc: Doc, punct: int, lexicon: Lexicon) -> Frame | None:
    """`Said Ellis: "..."` / `Added the minister, "..."`: a cue opening its sentence, then the
    speaker's name, which the parser reads as a name with "Said" in it more often than as a verb
    and its subject."""
    first = punct - 1
    while first > 0 and punct - first <= _NAME_TOKENS and not _opens(doc, first):
        first -= 1
    if not _opens(doc, first) or punct - first < 2:
        return None
    verb = doc[first]
    cue = lexicon.cues.get(verb.lemma_.lower())
    if cue is None or not verb.is_title or verb.tag_ not in {"VBD", "VBZ"}:
        return None
    name = doc[first + 1 : punct]
    if not all(t.pos_ in _NAME_WORDS for t in name) or not any(t.pos_ in _NOMINAL for t in name):
        return None
    words = trimmed(doc, name.start, name.end - 1)
    return Frame(verb.i, name.root, cue_chars(verb, None), cue.stance, None, words)


def _opens(doc: Doc, i: int) -> bool:
    """Token ``i`` begins a sentence or a line."""
    if i == 0:
        return True
    before = doc[i - 1]
    return is_break(before) or before.text in _SENTENCE_END or is_mark(before)


def _introduced(doc: Doc, colon: int) -> Frame | None:
    """ "The ministry was blunt: "..."": a clause whose subject is someone and that ends in a colon
    right before a quotation introduces what that someone said, whatever its verb."""
    root = doc[colon - 1]
    while root.head.i != root.i and root.head.i < colon:
        root = root.head
    if root.pos_ not in {"VERB", "AUX"}:
        return None
    who = next((c for c in root.lefts if c.dep_ == "nsubj"), None)
    if who is not None and any(is_break(t) for t in doc[who.i : colon]):
        return None
    if who is None or who.pos_ not in _NOMINAL or who.lower_ in {"it", "this", "that", "there"}:
        return None
    return Frame(None, who, (doc[colon].idx, doc[colon].idx + 1), "says")


def _continues(doc: Doc, after: int) -> bool:
    """The sentence goes on after the closing mark (`said that, "X" to Y`): the quotation is
    part of a longer reported clause, which the reported-speech finder attributes as mixed."""
    j = after
    while j < len(doc) and doc[j].is_space and not is_break(doc[j]):
        j += 1
    if j >= len(doc):
        return False
    word = doc[j]
    return word.is_alpha and word.is_lower and word.dep_ not in {"mark", "advmod"}


def _clause_start(text: str, start: int) -> bool:
    """The opening mark begins a sentence, a paragraph or follows a colon or another quote."""
    j = start - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] in _CLAUSE_START


def _joins(text: str, gap_from: int, start: int) -> bool:
    """Only spaces, sentence punctuation and a conjunction ("he said, but "..."") lie between a
    frame and a quotation, on one line."""
    gap = text[gap_from:start]
    if "\n" in gap:
        return False
    words = gap.strip(" \t\u00a0.,;:").split()
    return not words or (len(words) <= 2 and words[0].lower() in _LINKS)
