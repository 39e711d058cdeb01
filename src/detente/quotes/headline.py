"""Title-case headlines, read again in sentence case.

In "Black Lawmakers Rip Donald Trump As A 'Disgusting Fraud'" the small model takes every
capitalised word for part of a name, so the cue verb and its subject are lost. The headline is
parsed a second time with ordinary capitals: a word keeps its capital only when the article
writes it with one and never without ("Trump", "NATO"), as a name would be written, and every
other word but the first is lowercased. Only letters change, one for one, so the copy has the
headline's offsets and what is found in it maps straight back onto the document.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from detente.quotes.attribution import Attribution
from detente.quotes.direct import direct_quotes
from detente.quotes.lexicon import Lexicon
from detente.quotes.marks import Quoted
from detente.quotes.reported import reported
from detente.quotes.speakers import antecedent, phrase

_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’][^\W\d_]+)?")
# A headline is in title case when most of its longer words are capitalised.
_LONG = 4
_TITLE_SHARE = 0.7
_MIN_WORDS = 3


def headline_end(text: str) -> int:
    """Where the first line, the headline, ends."""
    end = text.find("\n")
    return len(text) if end < 0 else end


def is_title_case(line: str) -> bool:
    longer = [w for w in _WORD.findall(line) if len(w) >= _LONG]
    if len(longer) < _MIN_WORDS:
        return False
    capitalised = sum(1 for w in longer if w[0].isupper() and not w.isupper())
    return capitalised >= _TITLE_SHARE * len(longer)


def sentence_case(line: str, body: str) -> str:
    """``line`` with the capitals only names keep, judged by how ``body`` writes each word."""
    capitals: Counter[str] = Counter()
    for word in _WORD.findall(body):
        capitals[word.lower()] += 1 if word[0].isupper() else -1
    chars = list(line)
    for k, match in enumerate(_WORD.finditer(line)):
        word = match.group()
        first = word[0]
        # The first word, acronyms ("NATO", "U.S.") and names cased inside ("McConnell").
        if k == 0 or len(word) == 1 or not first.isupper() or any(c.isupper() for c in word[1:]):
            continue
        if capitals[word.lower()] > 0 or len(first.lower()) != 1:
            continue
        chars[match.start()] = first.lower()
    return "".join(chars)


def reparsed(nlp: Language, text: str) -> Doc | None:
    """The headline of ``text`` parsed in sentence case, or None when it is not in title case."""
    end = headline_end(text)
    line = text[:end]
    if not is_title_case(line):
        return None
    # Names are read off the body, so the entity recogniser is not needed again.
    return nlp(sentence_case(line, text[end:]), disable=["ner"])


def headline_lexicon(lexicon: Lexicon) -> Lexicon:
    """The lexicon with every cue verb also taking a noun phrase: a headline compresses "says
    that a poll shows a bump" to "poll shows bump", so its objects are what was said."""
    cues = {k: replace(c, frames=c.frames | {"dobj"}) for k, c in lexicon.cues.items()}
    return replace(lexicon, cues=cues)


def headline_attributions(
    nlp: Language, text: str, parsed: Doc, quotations: list[Quoted], lexicon: Lexicon
) -> tuple[int, list[Attribution]] | None:
    """Where a title-case headline ends and the attributions its sentence-case parse holds, with
    cue and source tokens moved onto ``parsed`` and the source phrase kept from the new parse.

    ``lexicon`` is the :func:`headline_lexicon`.
    """
    title = reparsed(nlp, text)
    if title is None:
        return None
    line = title.text
    end = len(line)
    inner = [q for q in quotations if q.end <= end]
    found = direct_quotes(title, line, inner, lexicon)
    claimed = {a.cue_token for a in found if a.cue_token is not None}
    found += reported(title, line, inner, lexicon, claimed)
    for attribution in found:
        if attribution.cue is not None and attribution.start >= attribution.cue[1]:
            # A headline's content runs to its end ("sees insult if blacks don't rally").
            attribution.end = max(attribution.end, len(line.rstrip(" .;:")))
        if attribution.cue_token is not None:
            attribution.cue_token = _token_at(parsed, title[attribution.cue_token].idx)
        if attribution.source is not None:
            head = antecedent(attribution.source)
            attribution.source_phrase = phrase(head)
            attribution.source = parsed[_token_at(parsed, head.idx)]
    return end, found


def _token_at(parsed: Doc, char: int) -> int:
    """The index of the token of ``parsed`` that holds character ``char``."""
    span = parsed.char_span(char, char + 1, alignment_mode="expand")
    assert span is not None and len(span) > 0
    return span.start
