"""Pairing quotation marks into quoted stretches of text, in one pass over the marks.

News text mixes straight, curly, doubled-apostrophe and angle marks, and curly marks are often the
wrong way round after copy-editing, so a mark's role comes from its neighbours first and its glyph
second. A quotation that runs over several paragraphs leaves its opening mark unclosed at each
paragraph end and reopens the next paragraph with a fresh mark; that is followed, while an
unclosed mark with no such continuation ends the quotation at its paragraph's end.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

MARK = re.compile(r"''|``|[\"“”„«»]|\n")
_OPENING_GLYPHS = frozenset({"“", "„", "«", "``"})
_CLOSING_GLYPHS = frozenset({"”", "»"})
_BEFORE_OPENING = frozenset(" \t\n([{—–―-/")
_AFTER_CLOSING = frozenset(" \t\n.,;:!?)]}—–―-")
_FAMILY = {'"': "straight", "'": "straight", "`": "straight", "“": "curly", "”": "curly"}
_FAMILY.update({"„": "curly", "«": "angle", "»": "angle"})


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quoted stretch from its opening mark to its closing mark (or its paragraph's end)."""

    start: int
    end: int
    closed: bool


def _role(text: str, start: int, end: int) -> str:
    """``open``, ``close`` or ``either`` for the mark ``text[start:end]``."""
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    glyph = text[start:end]
    opens = before in _BEFORE_OPENING and not after.isspace()
    closes = after in _AFTER_CLOSING and not before.isspace()
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if glyph in _OPENING_GLYPHS:
        return "open"
    if glyph in _CLOSING_GLYPHS:
        return "close"
    return "either"


def quoted(text: str) -> list[Quoted]:
    """Every quoted stretch of ``text``, in text order."""
    found: list[Quoted] = []
    opened: int | None = None
    paragraph_end: int | None = None
    for match in MARK.finditer(text):
        start, end = match.span()
        if match.group() == "\n":
            if opened is not None and paragraph_end is None:
                paragraph_end = _trim_right(text, start)
            continue
        role = _role(text, start, end)
        if paragraph_end is not None:
            if role != "close" and _line_start(text, start) and _family(text, opened, start):
                paragraph_end = None
                continue
            assert opened is not None
            found.append(Quoted(opened, paragraph_end, False))
            opened, paragraph_end = None, None
        if opened is None:
            if role != "close":
                opened = start
        elif role != "open":
            found.append(Quoted(opened, end, True))
            opened = None
    if opened is not None:
        found.append(Quoted(opened, paragraph_end or _trim_right(text, len(text)), False))
    return found


def inside(position: int, quotations: list[Quoted]) -> bool:
    """Whether ``position`` lies between the marks of one of ``quotations`` (in text order)."""
    k = bisect_right(quotations, position, key=lambda q: q.end)
    return k < len(quotations) and quotations[k].start < position


def _family(text: str, opened: int | None, reopened: int) -> bool:
    """A quotation continues only with the kind of mark that opened it (straight or curly)."""
    return opened is not None and _FAMILY.get(text[opened], "") == _FAMILY.get(text[reopened], "")


def _line_start(text: str, position: int) -> bool:
    """Only blanks stand between the previous newline and ``position``."""
    line = text.rfind("\n", 0, position)
    return line >= 0 and not text[line + 1 : position].strip()


def _trim_right(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
