"""Events known through what someone said: the quotes layer tells who said what.

An event stated inside a quotation is reported by that quote, and "we"/"I" inside it are the
speaker. A quotation can itself be the event: '"They are war criminals," the minister said' is
an accusation by the minister even though no accusing verb appears; ``speech.tsv`` lists the
words that make a statement an accusation or a threat.
"""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from detente.events.codebook import Codebook
from detente.events.confidence import score, sides
from detente.events.dating import TimeIndex
from detente.events.roles import ActorIndex
from detente.events.syntax import is_verb
from detente.events.tokens import CueIds, TokenTable
from detente.model import Actor, Document, Event, Quote, Span


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


def statement_cue(
    quote: Quote, table: TokenTable, cues: CueIds, doc: SpacyDoc
) -> tuple[int, str] | None:
    """The first word in a quote's content that makes it an accusation or a threat, unless the
    statement denies it ("we do not want escalation")."""
    for i, cameo in table.lookup(quote.content.start, quote.content.end, cues.speech):
        token = doc[i]
        if not any(_negates(c) for t in (token, token.head) for c in t.children):
            return i, cameo
    return None


def _negates(token: Token) -> bool:
    return token.dep_ == "neg" or (token.dep_ == "det" and token.lower_ == "no")


def aimed_at(
    quote: Quote,
    inside: list[Event],
    table: TokenTable,
    index: ActorIndex,
    actors: dict[str, Actor],
) -> list[str]:
    """Whom a statement is aimed at: whoever did what it speaks of ("the seizure was
    unacceptable"), else the actors it names; never the speaker's own state."""
    speaker = actors.get(quote.speaker or "")
    found = [i for e in inside for i in e.actor] or [
        i for t in table.within(quote.content.start, quote.content.end) for i in index.ids_at(t)
    ]
    own = speaker.country if speaker is not None else None
    return list(
        dict.fromkeys(
            i
            for i in found
            if i != quote.speaker
            and not (i in actors and actors[i].kind == "state" and actors[i].country == own)
        )
    )


class Statements:
    """Accusations and threats a speaker makes without an event verb in the quote."""

    def __init__(
        self,
        doc: Document,
        codebook: Codebook,
        cues: CueIds,
        table: TokenTable,
        index: ActorIndex,
        quotes: QuoteIndex,
        times: TimeIndex,
    ) -> None:
        assert doc.nlp is not None
        self.doc, self.spacy_doc = doc, doc.nlp
        self.codebook, self.cues, self.table = codebook, cues, table
        self.index, self.quotes, self.times = index, quotes, times
        self.actors = {a.id: a for a in doc.actors}

    def events(self, events: list[Event]) -> list[Event]:
        out: list[Event] = []
        for quote in self.quotes.quotes:
            if quote.speaker is None or quote.cue is None or not self._reporting(quote.cue):
                continue
            if any(quote.cue.overlaps(e.trigger) for e in events):
                continue
            cue = statement_cue(quote, self.table, self.cues, self.spacy_doc)
            if cue is None:
                continue
            token, cameo = self.spacy_doc[cue[0]], cue[1]
            code = self.codebook.codes[cameo]
            inside = [e for e in events if quote.content.contains(e.trigger)]
            if any(e.type == code.type for e in inside) or _tells_of(token, inside):
                continue  # the quote already states it with an event word, or tells of a deed
            recipient = aimed_at(quote, inside, self.table, self.index, self.actors)
            out.append(
                Event(
                    id="",
                    type=code.type,
                    trigger=self.doc.span(token.idx, token.idx + len(token)),
                    evidence=quote.content,
                    actor=[quote.speaker],
                    recipient=recipient,
                    mode=code.mode,
                    context=list(code.contexts),
                    cameo=cameo,
                    quad_class=self.codebook.quads[code.type],
                    intensity=self.codebook.score(code.type, code.mode),
                    date=self.times.date(self.times.governing([token])),
                    modality="asserted",
                    reported_by=quote.id,
                    confidence=score(
                        self.codebook.weights,
                        ["base:quote", sides([quote.speaker], recipient), "quoted"],
                    ),
                    rule=f"quote:{token.lemma_.lower()}#speech.tsv:{cameo}",
                )
            )
        return out

    def _reporting(self, cue: Span) -> bool:
        """Whether a quote's cue is a plain reporting verb (said, told), not an event verb."""
        return bool(self.table.find(cue.start, cue.end, self.cues.reporting))


def _tells_of(token: Token, inside: list[Event]) -> bool:
    """Whether the cue word belongs to a deed the quote reports ("struck the port, destroying
    two cranes"): it is, or hangs within its clause on, an event's trigger."""
    governors = [token]
    for above in token.ancestors:
        governors.append(above)
        if is_verb(above):
            break
    return any(e.trigger.start <= t.idx < e.trigger.end for e in inside for t in governors)
