"""From the source words in the parse to the actor the actors layer resolved them to.

The source is a noun phrase found by the dependency parse; the speaker is whatever mention the
actors layer placed on it (a name, a title, a description or a pronoun). A source with no mention
("officials", "a source") stays anonymous: its phrase is kept and the speaker is left empty.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.model import Document, Mention, Span
from detente.quotes.attribution import is_break, trimmed

RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
_CUT_AT = frozenset({"relcl", "acl", "punct", "cc", "conj", "advcl", "parataxis"})


def antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("Smith, who said ..."), else the token itself."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def phrase(token: Token) -> tuple[int, int] | None:
    """The source noun phrase headed by ``token``: modifiers and appositions, not clauses."""
    rights = list(token.rights)
    last = token.i
    for k, child in enumerate(rights):
        if child.dep_ == "punct":
            if k + 1 < len(rights) and rights[k + 1].dep_ == "appos":
                continue
            break
        if child.dep_ in _CUT_AT:
            break
        last = child.right_edge.i
    first = token.left_edge.i
    for i in range(token.i - 1, first - 1, -1):
        if is_break(token.doc[i]):
            # A time stamp or title the parser hung on the name from the paragraph before.
            first = i + 1
            break
    return trimmed(token.doc, first, last)


class MentionIndex:
    """The resolved mention on each token of one document, built once per document."""

    def __init__(self, doc: Document, parsed: Doc) -> None:
        self._by_token: dict[int, Mention] = {}
        for mention in doc.mentions:
            if mention.actor is None:
                continue
            tokens = parsed.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            if tokens is None:
                continue
            for token in tokens:
                current = self._by_token.get(token.i)
                if current is None or _size(mention.span) < _size(current.span):
                    self._by_token[token.i] = mention

    def at(self, token: Token) -> Mention | None:
        return self._by_token.get(token.i)

    def speaker(self, head: Token, start: int, end: int) -> Mention | None:
        """The mention on the phrase's head, else the first mention inside the phrase.

        The fallback makes "a spokesman for the foreign ministry" speak for the ministry, as event
        data attributes a spokesperson's words to the body they speak for.
        """
        on_head = self._by_token.get(head.i)
        if on_head is not None:
            return on_head
        doc = head.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        for token in span or ():
            found = self._by_token.get(token.i)
            if found is not None and start <= found.span.start and found.span.end <= end:
                return found
        return None


def _size(span: Span) -> int:
    return span.end - span.start
