"""Who said what, how, and through whom: the ``quotes`` layer."""

from __future__ import annotations

from spacy.language import Language

from detente.model import Document, Quote
from detente.quotes.attribution import Attribution
from detente.quotes.continuation import continue_past_frames
from detente.quotes.credits import headlines
from detente.quotes.direct import direct_quotes
from detente.quotes.headline import headline_attributions, headline_lexicon
from detente.quotes.lexicon import Lexicon
from detente.quotes.marks import inside, quoted
from detente.quotes.nesting import outermost
from detente.quotes.relay import Media, relay
from detente.quotes.reported import reported, with_quotations
from detente.quotes.speakers import MentionIndex, antecedent, phrase
from detente.registry import Stage, stage


@stage("quotes.attribute.v1")
class AttributeQuotes(Stage):
    """Attributions of direct quotes, reported speech, beliefs, intentions and attitudes.

    Requires the parse and the actors layer (speakers are the actors whose mentions name the
    source); adds ``quotes``: content, cue, stance, speaker or the anonymous source phrase (none
    for a source-less attribution such as "he is expected to resign"), and the media that relayed
    the statement, as ``Q1``, ``Q2`` ... in text order so events can point at the quote that
    reports them. A statement reported inside another speaker's statement is part of it, so only
    the outermost attribution is kept, unless a medium relays it. A title-case headline is read
    from a second, sentence-case parse of its line with the injected ``nlp`` model (the small
    model takes every capitalised word for a name), which costs one short parse per document.
    """

    requires = frozenset({"nlp", "mentions", "actors"})
    provides = frozenset({"quotes"})

    def __init__(self, cues: Lexicon, nlp: Language) -> None:
        self.cues = cues
        self.nlp = nlp
        self.titles = headline_lexicon(cues)

    def __call__(self, doc: Document) -> Document:
        parsed = doc.nlp
        assert parsed is not None
        quotations = quoted(doc.text)
        found = direct_quotes(parsed, doc.text, quotations, self.cues)
        claimed = {a.cue_token for a in found if a.cue_token is not None}
        found += reported(parsed, doc.text, quotations, self.cues, claimed)
        title = headline_attributions(self.nlp, doc.text, parsed, quotations, self.titles)
        if title is not None:
            end, again = title
            found = [a for a in found if a.cue is None or a.cue[0] >= end] + again
        mentions = MentionIndex(doc, parsed)
        ends = [q.end for q in quotations]
        found += [
            with_quotations(doc.text, a, quotations, ends)
            for a in headlines(parsed, doc.text, mentions)
        ]
        continue_past_frames(parsed, doc.text, found, quotations, self.cues)
        media = Media(doc, self.cues, mentions)
        relay(parsed, doc.text, found, media)
        found = outermost(
            parsed,
            found,
            lambda token: media.name(token) is not None,
            lambda position: inside(position, quotations),
        )
        unique: dict[tuple[int, int], Attribution] = {}
        for attribution in found:
            unique.setdefault((attribution.start, attribution.end), attribution)
        ordered = sorted(unique.values(), key=lambda a: (a.start, a.end))
        doc.quotes = [
            self._quote(doc, f"Q{n}", a, mentions) for n, a in enumerate(ordered, start=1)
        ]
        return doc

    def _quote(self, doc: Document, qid: str, found: Attribution, mentions: MentionIndex) -> Quote:
        quote = Quote(
            qid,
            found.kind,
            doc.span(found.start, found.end),
            cue=doc.span(*found.cue) if found.cue else None,
            stance=found.stance,
            relayed_by=found.relayed_by,
        )
        if found.source is None:
            return quote
        head = antecedent(found.source)
        words = found.source_phrase or phrase(head)
        if words is None:
            return quote
        mention = mentions.speaker(head, *words)
        if mention is not None:
            quote.speaker, quote.speaker_span = mention.actor, mention.span
        else:
            quote.speaker_span = doc.span(*words)
        return quote
