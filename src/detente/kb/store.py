"""The in-memory knowledge base: dict indexes built once, so every lookup is a dict hit.

Stages call it per mention, so nothing here scans all entries after construction. Role codes
group as news uses them: a ``HOS/HOG`` president answers for both ``HOS`` and ``HOG``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator

from detente.kb.names import key
from detente.kb.protocol import Entry, Role

# Which role to print when a person holds several at once: the most senior first.
ROLE_RANK: dict[str, int] = {
    code: rank
    for rank, code in enumerate(
        [
            "HOS/HOG",
            "HOS",
            "HOG",
            "IGOHEAD",
            "VP",
            "DHOG",
            "FM",
            "DEF",
            "FIN",
            "INT",
            "NSA",
            "JUS",
            "AG",
            "CB",
            "MILCHIEF",
            "SPY",
            "LEG",
            "COS",
            "PARTY",
            "MIN",
            "JUD",
            "PROS",
            "POLICE",
            "GG",
            "DEPMIN",
        ]
    )
}
# A code asked for in ``holders`` matches these stored codes.
CODE_GROUPS: dict[str, frozenset[str]] = {
    "HOS": frozenset({"HOS", "HOS/HOG"}),
    "HOG": frozenset({"HOG", "HOS/HOG"}),
    "LEADER": frozenset({"HOS", "HOG", "HOS/HOG"}),
}


def rank(role: Role) -> int:
    return ROLE_RANK.get(role.code or "", len(ROLE_RANK))


class Base:
    """Implements :class:`detente.kb.protocol.KnowledgeBase` over a list of entries."""

    def __init__(self, entries: Iterable[Entry], version: str = "") -> None:
        self.version = version
        self._by_id: dict[str, Entry] = {}
        for entry in entries:
            self._by_id[entry.kb_id] = entry
        self._names: dict[str, list[str]] = defaultdict(list)
        self._short: dict[str, list[str]] = defaultdict(list)
        self._offices: dict[tuple[str, str], list[tuple[Role, str]]] = defaultdict(list)
        for entry in self._by_id.values():
            for alias in self._all_names(entry):
                ids = self._names[key(alias)]
                if entry.kb_id not in ids:
                    ids.append(entry.kb_id)
            for form in entry.short:
                ids = self._short[key(form)]
                if entry.kb_id not in ids:
                    ids.append(entry.kb_id)
            for role in entry.roles:
                if role.country and role.code:
                    self._offices[(role.country, role.code)].append((role, entry.kb_id))

    @staticmethod
    def _all_names(entry: Entry) -> Iterator[str]:
        yield entry.name
        yield from entry.aliases
        yield from entry.demonyms
        yield from entry.seats

    def __len__(self) -> int:
        return len(self._by_id)

    def entries(self) -> Iterator[Entry]:
        return iter(self._by_id.values())

    def get(self, kb_id: str) -> Entry | None:
        return self._by_id.get(kb_id)

    def lookup(self, alias: str) -> list[Entry]:
        return [self._by_id[i] for i in self._names.get(key(alias), ())]

    def by_short(self, form: str) -> list[Entry]:
        return [self._by_id[i] for i in self._short.get(key(form), ())]

    def aliases(self) -> Iterator[tuple[str, str]]:
        for entry in self._by_id.values():
            for alias in self._all_names(entry):
                yield alias, entry.kb_id

    def role_on(self, kb_id: str, day: dt.date | None) -> Role | None:
        entry = self._by_id.get(kb_id)
        if entry is None or not entry.roles:
            return None
        if day is None:
            return min(
                entry.roles,
                key=lambda r: (
                    -(r.start or dt.date.min).toordinal(),
                    rank(r),
                    r.country != entry.country,
                ),
            )
        active = [r for r in entry.roles if r.active_on(day)]
        return min(active, key=lambda r: (rank(r), r.country != entry.country)) if active else None

    def holders(self, country: str, code: str, day: dt.date) -> list[Entry]:
        # Senior office first; among equals the latest appointment, since an open end in the
        # data only means "in office when last checked" and a newer holder supersedes it.
        found: dict[str, tuple[int, int]] = {}
        for stored in CODE_GROUPS.get(code, frozenset({code})):
            for role, kb_id in self._offices.get((country, stored), ()):
                if role.active_on(day):
                    order = (rank(role), -(role.start or dt.date.min).toordinal())
                    found[kb_id] = min(found.get(kb_id, order), order)
        return [self._by_id[i] for i in sorted(found, key=lambda i: found[i])]
