"""Placeholder until event coding lands (issue 4)."""

from __future__ import annotations

from detente.model import Document
from detente.registry import Stage, stage


@stage("events.code.v1")
class CodeEvents(Stage):
    requires = frozenset({"nlp", "actors", "times", "quotes"})
    provides = frozenset({"events"})

    def __call__(self, doc: Document) -> Document:
        doc.events = []
        return doc
