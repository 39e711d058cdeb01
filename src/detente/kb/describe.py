"""``detente kb show``: what the base knows about a name, as plain lines a person can read."""

from __future__ import annotations

import datetime as dt

from detente.kb.protocol import Entry, KnowledgeBase
from detente.kb.store import rank


def find(kb: KnowledgeBase, name: str, day: dt.date | None = None) -> list[Entry]:
    """By id, else by name or alias, else by surname; office-holders on ``day`` first."""
    exact = kb.get(name)
    if exact is not None:
        return [exact]
    found = kb.lookup(name) or kb.by_short(name)

    def standing(entry: Entry) -> tuple[int, int, int]:
        role = kb.role_on(entry.kb_id, day)
        best = min((rank(r) for r in entry.roles), default=99)
        latest = max((r.start or dt.date.min for r in entry.roles), default=dt.date.min)
        return (0 if role else 1, best, -latest.toordinal())

    return sorted(found, key=standing)


def describe(kb: KnowledgeBase, entry: Entry, day: dt.date | None) -> list[str]:
    lines = [f"{entry.name}  [{entry.kb_id}]  {entry.kind}"]
    facts = [
        ("country", entry.country),
        ("sector", entry.sector),
        ("gender", entry.gender),
        ("party", entry.party),
    ]
    lines += [f"  {label}: {value}" for label, value in facts if value]
    for label, values in (
        ("aliases", entry.aliases),
        ("demonyms", entry.demonyms),
        ("seats", entry.seats),
        ("members", entry.members),
    ):
        if values:
            lines.append(f"  {label}: {', '.join(values)}")
    if entry.roles:
        lines.append("  roles:")
        for role in sorted(entry.roles, key=lambda r: (r.start or dt.date.min, rank(r))):
            start = role.start.isoformat() if role.start else "?"
            end = role.end.isoformat() if role.end else "open"
            lines.append(
                f"    {start} .. {end}  {role.title} ({role.country or '-'}, {role.code or '-'})"
            )
    if entry.kind == "person":
        held = kb.role_on(entry.kb_id, day)
        when = day.isoformat() if day else "latest"
        lines.append(
            f"  role on {when}: {f'{held.title} ({held.country})' if held else 'none known'}"
        )
    return lines
