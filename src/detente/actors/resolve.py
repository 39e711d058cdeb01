"""Placeholder until actor resolution lands (issue 3)."""

from __future__ import annotations

from detente.model import Actor, Document
from detente.registry import Stage, stage

_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "state", "NORP": "group"}


@stage("actors.resolve.v1")
class ResolveActors(Stage):
    requires = frozenset({"mentions"})
    provides = frozenset({"actors"})

    def __call__(self, doc: Document) -> Document:
        by_text: dict[str, Actor] = {}
        for m in doc.mentions:
            actor = by_text.get(m.span.text)
            if actor is None:
                actor = Actor(f"A{len(by_text) + 1}", m.span.text, _KINDS.get(m.label or "", "other"))  # type: ignore[arg-type]
                by_text[m.span.text] = actor
            actor.mentions.append(m.span)
            m.actor = actor.id
        doc.actors = list(by_text.values())
        return doc
