"""Event-stage fixtures: documents parsed by the real model with hand-made actor, time and quote
layers, so event tests do not depend on how the other layers happen to behave today."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import pytest

from detente.events.codebook import Codebook
from detente.events.stage import CodeEvents
from detente.model import Actor, Document, Event, Mention, Quote, TimeExpression
from detente.pipeline import Pipeline


@pytest.fixture(scope="session")
def codebook(pipeline: Pipeline) -> Codebook:
    book: Codebook = pipeline.resources.get("codebook")
    return book


@pytest.fixture(scope="session")
def coder(codebook: Codebook) -> CodeEvents:
    return CodeEvents(codebook)


def occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Whole-word, case-sensitive occurrences of ``surface`` in ``text``."""
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)]


def first(text: str, surface: str) -> tuple[int, int]:
    found = occurrences(text, surface)
    assert found, f"{surface!r} not in {text!r}"
    return found[0]


def add_actors(doc: Document, specs: Iterable[str]) -> None:
    """Each spec is ``surface`` or ``surface=Actor name``: every occurrence of the surface is a
    mention of that actor (so "Pyongyang=North Korea" and "he=Putin" stand for resolution).
    A trailing ``@kind/country/sector`` gives the actor's kind, country and sector
    ("Iran@state", "Algerians@group/DZA/CVL"; default kind "other", no country or sector)."""
    actors: dict[str, Actor] = {}
    mentions: list[Mention] = []
    for spec in specs:
        spec, _, about = spec.partition("@")
        kind, country, sector = [*about.split("/"), "", ""][:3]
        surface, _, name = spec.partition("=")
        name = name or surface
        actor = actors.setdefault(
            name,
            Actor(
                f"A{len(actors) + 1}",
                name,
                kind or "other",  # type: ignore[arg-type]
                country=country or None,
                sector=sector or None,
            ),
        )
        for start, end in occurrences(doc.text, surface):
            span = doc.span(start, end)
            mentions.append(Mention(span, "name", actor=actor.id))
            actor.mentions.append(span)
    doc.mentions = mentions
    doc.actors = list(actors.values())


def add_times(doc: Document, specs: Iterable[tuple[str, ...]]) -> None:
    """Each spec is ``(words, value)`` for a DATE or ``(words, value, type)``."""
    doc.times = [
        TimeExpression(doc.span(*first(doc.text, spec[0])), (spec[2:] or ("DATE",))[0], spec[1])  # type: ignore[arg-type]
        for spec in specs
    ]


def add_quotes(doc: Document, specs: Iterable[dict[str, str]]) -> None:
    names = {a.name: a.id for a in doc.actors}
    doc.quotes = [
        Quote(
            f"Q{n}",
            "direct",
            doc.span(*first(doc.text, q["content"])),
            speaker=names[q["speaker"]],
            cue=doc.span(*first(doc.text, q["cue"])),
        )
        for n, q in enumerate(specs, start=1)
    ]


@pytest.fixture(scope="session")
def code(parse: Callable[..., Document], coder: CodeEvents) -> Callable[..., Document]:
    """``code(text, actors=[...], times=[(words, value)], quotes=[...], published=...)``: the
    document after the event stage, with the given layers standing in for the others."""

    def _code(
        text: str,
        actors: Iterable[str] = (),
        times: Iterable[tuple[str, ...]] = (),
        quotes: Iterable[dict[str, str]] = (),
        published: str | None = "2025-03-04",
    ) -> Document:
        doc = parse(text, published)
        add_actors(doc, actors)
        add_times(doc, times)
        add_quotes(doc, quotes)
        doc.layers |= {"mentions", "actors", "times", "quotes"}
        return coder(doc)

    return _code


def described(doc: Document, event: Event) -> dict[str, Any]:
    """An event in the terms tests speak: actor names instead of ids."""
    names = {a.id: a.name for a in doc.actors}
    return {
        "type": event.type,
        "cameo": event.cameo,
        "mode": event.mode,
        "modality": event.modality,
        "actor": sorted(names[i] for i in event.actor),
        "recipient": sorted(names[i] for i in event.recipient),
        "trigger": event.trigger.text,
        "context": event.context,
        "reported_by": event.reported_by,
        "date": event.date.value if event.date else None,
        "inferred": event.date.inferred if event.date else None,
        "rule": event.rule or "",
    }
