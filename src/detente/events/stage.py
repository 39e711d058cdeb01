"""The ``events.code.v1`` stage: PLOVER events from the parse, the actors and the quotes."""

from __future__ import annotations

from detente.events.background import Horizon
from detente.events.codebook import Codebook
from detente.events.coding import DocumentCoder
from detente.events.tokens import CueIds
from detente.model import Document
from detente.registry import Stage, stage


@stage("events.code.v1")
class CodeEvents(Stage):
    """Codes PLOVER events with CAMEO code, mode, context, actor and recipient ids, trigger,
    evidence, date, modality, confidence and the rule that produced each.

    ``confidence`` (0.05-0.99) is for users to filter on: the sum of ``confidence.tsv``
    weights for how the event was found. The rule kind sets the base (event verb 0.80 > event
    noun 0.70 > a request read from "said X must" 0.60 > an accusation read from a
    quotation's words 0.50); the sides the actors layer resolved move it (both +0.10, actor
    only 0, recipient only -0.10, none -0.20); parse disagreement lowers it (an actor lent by
    another clause, a trigger recognised from its spelling rather than the model's lemma:
    -0.05 each); so do an alleged deed (-0.15), a quoted statement (-0.10), a negated,
    hypothetical or intended modality (-0.15) and a code reached only by recoding a cue
    (-0.05). On the golden corpus precision rises with it, band by band (see
    ``tests/events/test_confidence.py`` for the ordering the weights promise).

    Requires ``nlp`` (the dependency parse), ``actors`` (mentions linked to actors, which give
    the actor and recipient ids), ``times`` (to date events and tell background from news) and
    ``quotes`` (events stated inside a quote are reported by it); adds ``events``.
    ``historical_after_days``: an event that ended this many days before publication is
    background (the team's convention: months or years earlier, not the last weeks);
    ``standing_after_days``: a state going on "since" a date is background only when it began
    this many days before publication ("sanctions since 2019", not "a siege since March").
    """

    requires = frozenset({"nlp", "actors", "times", "quotes"})
    provides = frozenset({"events"})

    def __init__(
        self, codebook: Codebook, historical_after_days: int = 30, standing_after_days: int = 365
    ) -> None:
        self.codebook = codebook
        self.cues = CueIds.of(codebook)
        self.horizon = Horizon(historical_after_days, standing_after_days)

    def __call__(self, doc: Document) -> Document:
        if doc.nlp is None:
            doc.events = []
            return doc
        doc.events = DocumentCoder(doc, self.codebook, self.cues, self.horizon).events()
        return doc
