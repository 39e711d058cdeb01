"""What stages may ask of the knowledge base: a small protocol, so tests can inject a tiny one.

Entries are states, intergovernmental bodies, people with dated roles, generic agents and media.
Roles carry start and end dates because titles change: the same name is "Senator" in 2020 and
"Secretary of State" in 2025, and the role printed for an actor is the one held on the article's
publication date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Role:
    """An office held for a period; ``end`` is ``None`` while it is held (as of the data's date)."""

    title: str
    country: str | None
    sector: str | None
    code: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def active_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing the base knows: ``kb_id`` is a Wikidata QID where there is one.

    ``demonyms`` ("North Korean") and ``seats`` (capitals and seats of power used as metonyms,
    "Pyongyang", "the Kremlin") are kept apart from ``aliases`` because a mention's kind depends on
    which of them matched. ``short`` holds the forms a person is called by alone ("Rubio", "Kim").
    """

    kb_id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    members: tuple[str, ...] = field(default_factory=tuple)
    gender: str | None = None
    demonyms: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    party: str | None = None


class KnowledgeBase(Protocol):
    version: str

    def get(self, kb_id: str) -> Entry | None:
        """The entry with this id, if any."""

    def entries(self) -> Iterator[Entry]:
        """Every entry once, for building indexes (gazetteers) at start-up, never per document."""

    def lookup(self, alias: str) -> list[Entry]:
        """Entries with this name or alias (matching ignores case, hyphens and diacritics)."""

    def aliases(self) -> Iterator[tuple[str, str]]:
        """Every (alias, kb_id) pair, for building a gazetteer."""

    def role_on(self, kb_id: str, day: dt.date | None) -> Role | None:
        """The entry's most relevant role on ``day`` (its latest role when ``day`` is None)."""

    def holders(self, country: str, code: str, day: dt.date) -> list[Entry]:
        """Who held a role (``HOS``, ``HOG``, ``FM``, ``DEF`` ...) in ``country`` on ``day``."""

    def by_short(self, form: str) -> list[Entry]:
        """People usually called by this one form alone ("Rubio", "Kim")."""
