"""The ``events.code.v1`` stage: PLOVER events from the parse, the actors and the quotes."""

from __future__ import annotations

from detente.events.codebook import Codebook
from detente.events.coding import DocumentCoder
from detente.events.tokens import CueIds
from detente.model import Document
from detente.registry import Stage, stage


@stage("events.code.v1")
class CodeEvents(Stage):
    """Codes PLOVER events with CAMEO code, mode, context, actor and recipient ids, trigger,
    evidence, date, modality and the rule that produced each.

    Requires ``nlp`` (the dependency parse), ``actors`` (mentions linked to actors, which give
    the actor and recipient ids), ``times`` (to date events and tell background from news) and
    ``quotes`` (events stated inside a quote are reported by it); adds ``events``.
    ``historical_after_days``: an event that ended this many days before publication is
    background (the team's convention: months or years earlier, not the last weeks).
    """

    requires = frozenset({"nlp", "actors", "times", "quotes"})
    provides = frozenset({"events"})

    def __init__(self, codebook: Codebook, historical_after_days: int = 30) -> None:
        self.codebook = codebook
        self.cues = CueIds.of(codebook)
        self.historical_after_days = historical_after_days

    def __call__(self, doc: Document) -> Document:
        if doc.nlp is None:
            doc.events = []
            return doc
        doc.events = DocumentCoder(
            doc, self.codebook, self.cues, self.historical_after_days
        ).events()
        return doc
