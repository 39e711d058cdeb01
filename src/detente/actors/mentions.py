"""Placeholder until actor resolution lands (issue 3)."""

from __future__ import annotations

from detente.model import Document, Mention
from detente.registry import Stage, stage


@stage("actors.mentions.v1")
class FindMentions(Stage):
    requires = frozenset({"nlp"})
    provides = frozenset({"mentions"})

    def __call__(self, doc: Document) -> Document:
        assert doc.nlp is not None
        doc.mentions = [
            Mention(doc.span(e.start_char, e.end_char), "name", e.label_, source="ner")
            for e in doc.nlp.ents
            if e.label_ in {"PERSON", "ORG", "GPE", "NORP"}
        ]
        return doc
