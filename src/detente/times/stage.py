"""Placeholder until the time normaliser lands (issue 6): registers the stage, finds nothing."""

from __future__ import annotations

from detente.model import Document
from detente.registry import Stage, stage


@stage("times.normalise.v1")
class NormaliseTimes(Stage):
    requires = frozenset({"nlp"})
    provides = frozenset({"times"})

    def __call__(self, doc: Document) -> Document:
        doc.times = []
        return doc
