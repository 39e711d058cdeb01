"""The attribution found in the parse, before it becomes a :class:`detente.model.Quote`.

Finders work on spaCy tokens; they record the cue token so that one cue never yields two
attributions (a direct quote and the clause spaCy hangs under the same "said") and so that relay
chains can be read from where one cue sits inside another attribution's content.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from detente.model import QuoteKind
from detente.quotes.lexicon import Cue, Lexicon

QUOTE_MARKS = frozenset({'"', "“", "”", "„", "«", "»", "''", "``"})


@dataclass(slots=True)
class Attribution:
    """Content offsets, the cue and the source's head token, as found in one document."""

    kind: QuoteKind
    start: int
    end: int
    cue: tuple[int, int] | None
    stance: str | None
    cue_token: int | None = None
    source: Token | None = None
    source_phrase: tuple[int, int] | None = None
    relayed_by: list[str] = field(default_factory=list)


_SHARES_SUBJECT = frozenset({"advcl", "conj", "xcomp", "prep", "acomp", "advmod"})
_DEPTH = 4


def is_break(token: Token) -> bool:
    """A newline token: paragraphs bound every quotation frame."""
    return token.is_space and "\n" in token.text


def is_mark(token: Token) -> bool:
    return token.text in QUOTE_MARKS


def trimmed(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Character offsets of tokens ``first..last`` without edge punctuation and spaces."""
    while first <= last and (doc[first].is_space or doc[first].is_punct):
        first += 1
    while last >= first and (doc[last].is_space or doc[last].is_punct):
        last -= 1
    if first > last:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def cue_of(token: Token, lexicon: Lexicon) -> tuple[Cue, Token | None] | None:
    """The lexicon cue a verb token expresses, with the particle of a phrasal cue."""
    if token.pos_ != "VERB" and not misread(token):
        return None
    lemma = token.lemma_.lower()
    phrasal = lexicon.particles(lemma)
    if phrasal:
        for child in token.rights:
            if child.dep_ in {"prt", "prep"} and child.lower_ in phrasal:
                return phrasal[child.lower_], child
            if child.dep_ == "advcl":
                # "called for the cabinet to resign": "for" opens the clause it introduces.
                mark = next((m for m in child.lefts if m.dep_ == "mark"), None)
                if mark is not None and mark.lower_ in phrasal and mark.i == token.i + 1:
                    return phrasal[mark.lower_], mark
    cue = lexicon.cues.get(lemma)
    return (cue, None) if cue is not None else None


def cue_chars(verb: Token, particle: Token | None) -> tuple[int, int]:
    last = particle if particle is not None and particle.i > verb.i else verb
    return verb.idx, last.idx + len(last.text)


def subject(verb: Token) -> Token | None:
    """Who the cue verb's clause is about: its subject, the subject it shares with the clause it
    depends on ("he said, adding that ...", "ended by announcing that ...", "was slow to admit
    ...", "After saying ..., she was taken away"), the agent of a passive ("was told by aides"),
    the noun a participle describes ("a post saying that ..."), the noun right before a cue verb
    the parser left without a subject, or the name before a verb it misread as a noun."""
    if misread(verb):
        return next((c for c in reversed(list(verb.lefts)) if c.dep_ in _NAMING), None)
    found = _subject(verb)
    return found if found is not None else _stranded(verb)


def misread(token: Token) -> bool:
    """A verb in "-s" the parser took for a plural noun ("But Trump claims that ...", "The
    campaign plans to ..."): it has a clause of its own, which no noun takes."""
    return token.tag_ == "NNS" and any(c.dep_ in {"ccomp", "xcomp"} for c in token.children)


_NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})
_STRANDED = frozenset({"pobj", "dobj", "compound", "appos", "npadvmod", "conj", "dep", "ROOT"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# How the parser attaches the subject of a verb it misread as a noun.
_NAMING = frozenset({"compound", "nmod", "nsubj", "npadvmod"})
# What stands between a subject and its verb: auxiliaries, adverbs and "not".
_BETWEEN = frozenset({"AUX", "ADV", "PART"})


def _stranded(verb: Token) -> Token | None:
    """The noun right before a finite cue verb the parser left without a subject ("In a meeting
    with the Post Trump said ...", where "Trump" became an object of the preposition), past the
    verb's auxiliaries and adverbs ("Trump is once again questioning ...")."""
    finite = verb.tag_ in _FINITE or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ != "TO" for c in verb.lefts
    )
    if not finite:
        return None
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in _BETWEEN and doc[i].tag_ != "TO":
        i -= 1
    if i < 0:
        return None
    before = doc[i]
    if before.pos_ in _NOMINAL and before.dep_ in _STRANDED and before.head.i != i:
        return before
    return None


def _subject(verb: Token) -> Token | None:
    for depth in range(_DEPTH):
        # Of two subjects the parser gives one verb, the nearer is its own ("X, he said"); the
        # verb a cue depends on may be passive ("After saying ..., she was taken to hospital").
        subjects = {"nsubj", "nsubjpass"} if depth else {"nsubj"}
        for child in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
            if child.dep_ in subjects and not _across_break(child, verb):
                return child
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
            return verb.head
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head
            if verb.head.dep_ == "advmod" and verb.head.pos_ == "ADV":
                # "aside from saying", "stopped short of calling"
                verb = verb.head
        if depth == _DEPTH - 1 or verb.dep_ not in _SHARES_SUBJECT or verb.head.i == verb.i:
            return None
        verb = _reporting(verb) or verb.head
    return None


def _across_break(token: Token, verb: Token) -> bool:
    """A paragraph break between the two: a liveblog's time stamp the parser made the subject
    of the next paragraph's "says" is no speaker."""
    doc = verb.doc
    low, high = sorted((token.i, verb.i))
    return any(is_break(doc[i]) for i in range(low + 1, high))


def _reporting(participle: Token) -> Token | None:
    """The cue verb a trailing participle belongs to when the parser hung it on the reported
    clause instead: in "said the port would reopen, citing repairs" the one citing is the
    speaker, not the port."""
    head = participle.head
    if participle.tag_ != "VBG" or participle.dep_ not in {"advcl", "conj"}:
        return None
    if head.dep_ != "ccomp" or participle.i < head.i:
        return None
    before = participle.doc[participle.left_edge.i - 1] if participle.left_edge.i > 0 else None
    return head.head if before is not None and before.text == "," else None


def sentence(token: Token) -> Span:
    """The token's sentence within its paragraph, walked to from the token (``Token.sent``
    rescans the document, and the parser sometimes runs a sentence over a paragraph break)."""
    doc = token.doc
    start = token.i
    while start > 0 and not doc[start].is_sent_start and not is_break(doc[start - 1]):
        start -= 1
    end = token.i + 1
    while end < len(doc) and not doc[end].is_sent_start and not is_break(doc[end]):
        end += 1
    return doc[start:end]


def paragraph(doc: Doc, at: int, first: int, last: int) -> tuple[int, int]:
    """Tokens ``first..last`` cut to the paragraph of token ``at``: a reported clause never runs
    over a paragraph break, though the parse of a headline or a quotation sometimes does."""
    for i in range(at - 1, first - 1, -1):
        if is_break(doc[i]):
            first = i + 1
            break
    for i in range(at + 1, last + 1):
        if is_break(doc[i]):
            last = i - 1
            break
    return first, last
