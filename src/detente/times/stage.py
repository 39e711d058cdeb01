"""The pipeline stage that fills ``doc.times``."""

from __future__ import annotations

from detente.model import Document
from detente.registry import Stage, stage
from detente.times.normaliser import Normaliser


@stage("times.normalise.v1")
class NormaliseTimes(Stage):
    """Every time expression, normalised to a TIMEX3 value against ``doc.published``.

    Requires ``nlp``: the parse gives the tense of the verb governing an expression (is
    "Thursday" last week's or next week's?), the sentences that clock times take their day from,
    and spaCy's entity labels that tell a year from a count. Provides ``times``; the events stage
    takes event dates from these expressions, so their spans are exact. A relative value names
    what it was computed from in ``anchor``: ``"published"`` or the ``start:end`` offsets of the
    expression it counts from.
    """

    requires = frozenset({"nlp"})
    provides = frozenset({"times"})

    def __init__(self) -> None:
        self.normaliser = Normaliser()

    def __call__(self, doc: Document) -> Document:
        doc.times = self.normaliser.find(doc.text, doc.published, doc.nlp)
        return doc
