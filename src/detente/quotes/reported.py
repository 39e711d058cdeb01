"""Reported speech, beliefs and intentions read off the dependency parse.

A cue verb from the lexicon carries its content in the complement its frames name: a clause
("said (that) ...", "asked whether ..."), an infinitive ("wants to ..."), an object and infinitive
("urged X to ..."), an object and predicate ("called X a "liar""), a noun phrase ("denied the
report") or the object of its particle ("called for ..."). "According to X" attributes the rest of
its sentence, and a headline or transcript line "Name: ..." the rest of its line. A content that
contains a quoted stretch is ``mixed``; one that is exactly a quoted stretch is ``direct``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from detente.quotes.attribution import Attribution, cue_chars, cue_of, subject, trimmed
from detente.quotes.lexicon import Cue, Lexicon
from detente.quotes.marks import Quoted
from detente.quotes.nominal import nominal

_HEADLINE_NAME = 4
_HEADLINE_CHARS = 48
_LINE = re.compile(r"[^\n]+")
_MIN_CONTENT = 3
_CLAUSES = frozenset({"ccomp", "xcomp"})
# "described X as Y", "blamed X for Y": the role or reason belongs to what was said about X.
_ROLES = frozenset({"as", "for"})
_ACCORDING = get_string_id("according")


def reported(
    doc: Doc, text: str, quotations: list[Quoted], lexicon: Lexicon, claimed: set[int]
) -> list[Attribution]:
    """Attributions for every cue verb not already used by a direct quotation."""
    found: list[Attribution] = []
    ends = [q.end for q in quotations]
    for i in _candidates(doc, lexicon):
        token = doc[i]
        if token.i in claimed or _quoted(token.idx, quotations, ends):
            continue
        if token.lower_ == "according":
            attribution = _according_to(doc, token)
        elif token.pos_ == "NOUN" and (stance := lexicon.nouns.get(token.lemma_.lower())):
            attribution = nominal(token, stance)
        else:
            attribution = _cue_clause(doc, token, lexicon)
        if attribution is not None:
            found.append(_with_quotations(text, attribution, quotations, ends))
    return found


def _candidates(doc: Doc, lexicon: Lexicon) -> Iterable[int]:
    """Tokens whose lemma is a cue, found with one vectorised look-up instead of a Python loop."""
    table = doc.to_array([LEMMA, LOWER])
    hits = numpy.isin(table[:, 0], list(lexicon.lemma_ids)) | (table[:, 1] == _ACCORDING)
    return [int(i) for i in numpy.flatnonzero(hits)]


def _quoted(position: int, quotations: list[Quoted], ends: list[int]) -> bool:
    """Inside quotation marks: a speaker's own "I think ..." is part of what they are quoted
    saying, not a separate attribution."""
    k = bisect_right(ends, position)
    return k < len(quotations) and quotations[k].start < position


def _cue_clause(doc: Doc, verb: Token, lexicon: Lexicon) -> Attribution | None:
    found = cue_of(verb, lexicon)
    if found is None:
        return None
    cue, particle = found
    tokens = _complement(verb, cue, particle, lexicon)
    source = subject(verb)
    if tokens is None or source is None:
        return None
    first, last, frame = tokens
    chars = trimmed(doc, first, last)
    if chars is None or (frame in _CLAUSES and last - first + 1 < _MIN_CONTENT):
        return None
    return Attribution("indirect", *chars, cue_chars(verb, particle), cue.stance, verb.i, source)


def _complement(
    verb: Token, cue: Cue, particle: Token | None, lexicon: Lexicon
) -> tuple[int, int, str] | None:
    """First and last token of the content, by the first of the cue's frames that applies."""
    by_dep: dict[str, Token] = {}
    for child in verb.children:
        by_dep.setdefault(child.dep_, child)
    for frame in ("ccomp", "obj_xcomp", "xcomp", "oprd", "pobj", "dobj"):
        if frame not in cue.frames:
            continue
        if frame == "ccomp":
            clause = by_dep.get("ccomp") or _unmarked_clause(verb)
            if clause is not None and clause.i < verb.i and (framed := _trails(verb)) is not None:
                return (*framed, frame)
            if clause is not None:
                inner = _trailing_frame_content(clause, lexicon)
                return (*_edges(inner or clause), frame)
            if verb.dep_ == "parataxis":
                return (*_around(verb), frame)
        if frame == "obj_xcomp" and "xcomp" in by_dep:
            target = by_dep.get("dobj") or by_dep.get("dative") or _object(particle)
            if target is not None and target.i < by_dep["xcomp"].i:
                return target.left_edge.i, by_dep["xcomp"].right_edge.i, frame
        if frame == "xcomp" and "xcomp" in by_dep and by_dep["xcomp"].pos_ in {"VERB", "AUX"}:
            return (*_edges(by_dep["xcomp"]), frame)
        if frame == "oprd" and "oprd" in by_dep and "dobj" in by_dep:
            return by_dep["dobj"].left_edge.i, by_dep["oprd"].right_edge.i, frame
        if frame == "pobj" and particle is not None and particle.dep_ == "mark":
            return particle.i + 1, particle.head.right_edge.i, frame
        if frame == "pobj" and (target := _object(particle)) is not None:
            first, last = _edges(target)
            goal = by_dep.get("xcomp")
            return first, goal.right_edge.i if goal is not None and goal.i > last else last, frame
        if frame == "dobj" and "dobj" in by_dep:
            first, last = _edges(by_dep["dobj"])
            role = next((c for c in verb.rights if c.lower_ in _ROLES and c.i > last), None)
            return first, role.right_edge.i if role is not None else last, frame
    return None


def _trails(verb: Token) -> tuple[int, int] | None:
    """A cue after its content that hangs under an earlier verb: "X said Y, the Post reports"
    parses "reports" as the complement of "said", though it frames all that comes before it."""
    if verb.dep_ not in {"ccomp", "parataxis"} or verb.head.i > verb.i:
        return None
    who = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    return (verb.head.left_edge.i, who.left_edge.i - 1) if who is not None else None


def _trailing_frame_content(clause: Token, lexicon: Lexicon) -> Token | None:
    """The content of "said" when its complement is such a trailing frame: the clause before it."""
    if cue_of(clause, lexicon) is None or not any(c.dep_ == "nsubj" for c in clause.children):
        return None
    return next((c for c in clause.lefts if c.dep_ in {"ccomp", "advcl"}), None)


def _object(particle: Token | None) -> Token | None:
    if particle is None:
        return None
    return next((c for c in particle.children if c.dep_ in {"pobj", "pcomp"}), None)


def _unmarked_clause(verb: Token) -> Token | None:
    """A reported clause filed as adverbial ("said after the talks he would resign").

    The small model often does this; an adverbial clause with its own subject and no
    conjunction is taken for the reported one.
    """
    for child in verb.rights:
        deps = {c.dep_ for c in child.children}
        if child.dep_ == "advcl" and "mark" not in deps and deps & {"nsubj", "nsubjpass"}:
            return child
    return None


def _around(verb: Token) -> tuple[int, int]:
    """A parenthetical cue: "X, he said." attributes X, "X, he said, Y." the whole sentence."""
    sentence = _sentence(verb)
    after = verb.doc[verb.right_edge.i + 1 : sentence.end]
    if any(not t.is_punct and not t.is_space for t in after):
        return sentence.start, sentence.end - 1
    return sentence.start, verb.left_edge.i - 1


def _edges(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i


def _according_to(doc: Doc, according: Token) -> Attribution | None:
    """The rest of the sentence is X's in "According to X, ..." and "..., according to X"."""
    to = next((c for c in according.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if to is None or source is None:
        return None
    sentence = _sentence(according)
    phrase_end = max(according.right_edge.i, to.right_edge.i)
    before = trimmed(doc, sentence.start, according.i - 1)
    after = trimmed(doc, phrase_end + 1, sentence.end - 1)
    if before is not None and after is not None:
        chars = trimmed(doc, sentence.start, sentence.end - 1)
    else:
        chars = before or after
    if chars is None:
        return None
    cue = (according.idx, to.idx + len(to.text))
    return Attribution("indirect", *chars, cue, "says", according.i, source)


def _sentence(token: Token) -> Span:
    """The token's sentence, walked to from the token (``Token.sent`` rescans the document)."""
    doc = token.doc
    start = token.i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = token.i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return doc[start:end]


def headlines(doc: Doc, text: str) -> list[Attribution]:
    """Lines "Name: what they said", as headlines and transcripts attribute."""
    found: list[Attribution] = []
    for line in _LINE.finditer(text):
        colon = text.find(":", line.start(), min(line.end(), line.start() + _HEADLINE_CHARS))
        words = doc.char_span(line.start(), line.end(), alignment_mode="expand")
        if colon < 0 or words is None:
            continue
        first = words.start
        while doc[first].is_punct or doc[first].is_space:
            first += 1
        at = next((t.i for t in words if t.idx == colon), None)
        if at is None or words.end - at - 1 < _MIN_CONTENT:
            continue
        name = doc[first:at]
        if not 0 < len(name) <= _HEADLINE_NAME or not all(_name_word(t) for t in name):
            continue
        chars = trimmed(doc, at + 1, words.end - 1)
        if chars is not None:
            cue = (colon, colon + 1)
            found.append(Attribution("indirect", *chars, cue, "says", None, name.root))
    return found


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and (token.is_title or token.is_upper))


def _with_quotations(
    text: str, attribution: Attribution, quotations: list[Quoted], ends: list[int]
) -> Attribution:
    """Stretch the content over quotation marks cut at its edges and set ``mixed``/``direct``."""
    start, end = attribution.start, attribution.end
    inside = False
    for quote in quotations[bisect_right(ends, start) :]:
        if quote.start >= end:
            break
        if quote.start < start and not text[quote.start + 1 : start].strip(" \"“”'`,"):
            start = quote.start
        if quote.end > end and not text[end : quote.end].strip(" \"“”'.,!?;"):
            end = quote.end
        inside = inside or (start <= quote.start and quote.end <= end)
    attribution.start, attribution.end = start, end
    if inside:
        whole = any(q.start == start and q.end == end for q in quotations)
        attribution.kind = "direct" if whole else "mixed"
    return attribution
