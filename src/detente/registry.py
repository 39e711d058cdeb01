"""Versioned names for stages and resources, as spaCy registers its factories.

A stage is a small class with a documented contract: the layers it ``requires`` and the layers it
``provides``. It is registered under a versioned name (``actors.resolve.v1``) so a config can say
exactly which behaviour it wants, and a changed behaviour gets a new name rather than silently
changing old results. Constructor parameters named like a registered *resource* (``kb``, ``nlp``,
``codebook`` ...) are injected by the pipeline builder; every other parameter is a setting read
from the config. Stages never load resources, touch storage or the network themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, ClassVar, TypeVar

from detente.model import Document


class Stage:
    """Base class for pipeline stages.

    Subclasses set ``name``, ``requires`` and ``provides`` and implement :meth:`__call__`. Stages
    that gain from batching (the spaCy parse) also override :meth:`pipe`.
    """

    name: ClassVar[str] = ""
    requires: ClassVar[frozenset[str]] = frozenset()
    provides: ClassVar[frozenset[str]] = frozenset()

    def __call__(self, doc: Document) -> Document:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)


S = TypeVar("S", bound=type[Stage])
ResourceLoader = Callable[[dict[str, Any]], Any]

_STAGES: dict[str, type[Stage]] = {}
_RESOURCES: dict[str, ResourceLoader] = {}


def stage(name: str) -> Callable[[S], S]:
    """Register a stage class under a versioned name (``<layer>.<step>.v<N>``)."""

    def register(cls: S) -> S:
        if name in _STAGES and _STAGES[name] is not cls:
            raise ValueError(f"stage name {name!r} is already registered")
        cls.name = name
        _STAGES[name] = cls
        return cls

    return register


def resource(name: str) -> Callable[[ResourceLoader], ResourceLoader]:
    """Register a loader that builds a shared resource from its config section."""

    def register(fn: ResourceLoader) -> ResourceLoader:
        _RESOURCES[name] = fn
        return fn

    return register


def stages() -> dict[str, type[Stage]]:
    _load_builtins()
    return dict(_STAGES)


def resources() -> dict[str, ResourceLoader]:
    _load_builtins()
    return dict(_RESOURCES)


def _load_builtins() -> None:
    """Import the modules whose decorators fill the registry (once, on first use)."""
    import detente.stages  # noqa: F401
