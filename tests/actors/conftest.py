"""Actor-stage fixtures: the real model and the bundled knowledge base, loaded once."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.actors.mentions import FindMentions
from detente.actors.resolve import ResolveActors
from detente.kb.store import Base
from detente.model import Actor, Document
from detente.pipeline import Pipeline


@pytest.fixture(scope="session")
def kb(pipeline: Pipeline) -> Base:
    base: Base = pipeline.resources.get("kb")
    return base


@pytest.fixture(scope="session")
def find_mentions(kb: Base) -> FindMentions:
    return FindMentions(kb)


@pytest.fixture(scope="session")
def resolve(kb: Base) -> ResolveActors:
    return ResolveActors(kb)


@pytest.fixture(scope="session")
def actors(
    parse: Callable[..., Document], find_mentions: FindMentions, resolve: ResolveActors
) -> Callable[..., Document]:
    """Parse a text and run only the two actor stages: ``actors("...", "2025-03-04")``."""

    def _run(text: str, published: str | None = "2025-03-04") -> Document:
        return resolve(find_mentions(parse(text, published)))

    return _run


def actor_at(doc: Document, words: str, occurrence: int = 1) -> Actor:
    """The actor with a mention covering the ``occurrence``-th appearance of ``words``."""
    start = -1
    for _ in range(occurrence):
        start = doc.text.index(words, start + 1)
    end = start + len(words)
    found = [a for a in doc.actors if any(s.start <= start and end <= s.end for s in a.mentions)]
    assert found, (
        f"no actor covers {words!r}: {[(a.name, [s.text for s in a.mentions]) for a in doc.actors]}"
    )
    return found[0]
