"""Events known through what someone said: the quotes layer tells who said what.

An event stated inside a quotation is reported by that quote, and "we"/"I" inside it are the
speaker. A quotation can itself be the event: '"They are war criminals," the minister said' is
an accusation by the minister even though no accusing verb appears; ``speech.tsv`` lists the
words that make a statement an accusation or a threat.
"""

from __future__ import annotations

from detente.events.roles import ActorIndex
from detente.events.tokens import CueIds, TokenTable
from detente.model import Document, Quote


class QuoteIndex:
    """The document's quotes by character offset (built once)."""

    def __init__(self, doc: Document) -> None:
        self.quotes = sorted(doc.quotes, key=lambda q: (q.content.start, -q.content.end))

    def around(self, start: int, end: int) -> Quote | None:
        """The innermost quote whose content holds the span."""
        best = None
        for quote in self.quotes:
            if quote.content.start <= start and end <= quote.content.end:
                best = quote
            elif quote.content.start > start:
                break
        return best

    def substitute_first_person(self, table: TokenTable, index: ActorIndex, cues: CueIds) -> None:
        """Let "we", "our", "I" inside a quote stand for its speaker where the actors layer has
        not resolved them."""
        for quote in self.quotes:
            if quote.speaker is None:
                continue
            for i in table.find(quote.content.start, quote.content.end, cues.first_person):
                if i not in index.by_token:
                    index.substitutes[i] = [quote.speaker]


def statement_cue(quote: Quote, table: TokenTable, cues: CueIds) -> tuple[int, str] | None:
    """The first word in a quote's content that makes it an accusation or a threat."""
    found = table.lookup(quote.content.start, quote.content.end, cues.speech)
    return found[0] if found else None


def named_in(quote: Quote, table: TokenTable, index: ActorIndex) -> list[str]:
    """Actors the quote's content mentions, other than its speaker."""
    found = [
        i
        for t in table.within(quote.content.start, quote.content.end)
        for i in index.by_token.get(t, ())
        if i != quote.speaker
    ]
    return list(dict.fromkeys(found))
