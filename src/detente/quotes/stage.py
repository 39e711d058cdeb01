"""Placeholder until attribution lands (issue 5)."""

from __future__ import annotations

from detente.model import Document
from detente.registry import Stage, stage


@stage("quotes.attribute.v1")
class AttributeQuotes(Stage):
    requires = frozenset({"nlp", "actors"})
    provides = frozenset({"quotes"})

    def __call__(self, doc: Document) -> Document:
        doc.quotes = []
        return doc
