"""Entries as JSON lines: the one on-disk shape of the bundled base and of user overlays.

A role is stored as a short list ``[title, country, sector, code, start, end]`` because the base
holds tens of thousands of them and the file is read every time ``detente extract`` starts.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from detente.kb.protocol import Entry, Role


def _day(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def role_from_json(item: Any) -> Role:
    if isinstance(item, list) and len(item) == 6:
        title, country, sector, code, start, end = item
        return Role(title, country, sector, code, _day(start), _day(end))
    if isinstance(item, dict):
        item = [item.get(k) for k in ("title", "country", "sector", "code", "start", "end")]
    title, country, sector, code, start, end = (list(item) + [None] * 6)[:6]
    return Role(
        str(title or ""), country or None, sector or None, code or None, _day(start), _day(end)
    )


def role_to_json(role: Role) -> list[Any]:
    return [
        role.title,
        role.country,
        role.sector,
        role.code,
        role.start.isoformat() if role.start else None,
        role.end.isoformat() if role.end else None,
    ]


def entry_from_json(obj: dict[str, Any]) -> Entry:
    return Entry(
        kb_id=str(obj["id"]),
        name=str(obj["name"]),
        kind=str(obj.get("kind") or "person"),
        country=obj.get("country") or None,
        sector=obj.get("sector") or None,
        aliases=tuple(obj.get("aliases") or ()),
        roles=tuple(role_from_json(r) for r in obj.get("roles") or ()),
        members=tuple(obj.get("members") or ()),
        gender=obj.get("gender") or None,
        demonyms=tuple(obj.get("demonyms") or ()),
        seats=tuple(obj.get("seats") or ()),
        short=tuple(obj.get("short") or ()),
        party=obj.get("party") or None,
    )


def entry_to_json(entry: Entry) -> dict[str, Any]:
    """Compact form: empty fields are left out."""
    obj: dict[str, Any] = {"id": entry.kb_id, "name": entry.name, "kind": entry.kind}
    for name in ("country", "sector", "gender", "party"):
        value = getattr(entry, name)
        if value:
            obj[name] = value
    for name in ("aliases", "demonyms", "seats", "short", "members"):
        value = getattr(entry, name)
        if value:
            obj[name] = list(value)
    if entry.roles:
        obj["roles"] = [role_to_json(r) for r in entry.roles]
    return obj


def merge(base: Entry, over: Entry) -> Entry:
    """``over`` updates ``base``: its set fields win, names and roles are added, never lost."""

    def union(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(dict.fromkeys((*a, *b)))

    aliases = union(base.aliases, over.aliases)
    if over.name != base.name:
        aliases = union(aliases, (base.name,))
    return replace(
        base,
        name=over.name or base.name,
        kind=over.kind or base.kind,
        country=over.country or base.country,
        sector=over.sector or base.sector,
        aliases=tuple(a for a in aliases if a != over.name),
        roles=_merge_roles(base.roles, over.roles),
        members=union(base.members, over.members),
        gender=over.gender or base.gender,
        demonyms=union(base.demonyms, over.demonyms),
        seats=union(base.seats, over.seats),
        short=union(base.short, over.short),
        party=over.party or base.party,
    )


def _merge_roles(base: tuple[Role, ...], over: tuple[Role, ...]) -> tuple[Role, ...]:
    """A role in ``over`` with the same title, country and start replaces the base's (new end)."""
    keyed = {(r.title, r.country, r.code, r.start): r for r in base}
    for role in over:
        keyed[(role.title, role.country, role.code, role.start)] = role
    return tuple(keyed.values())


def read_entries(path: Path) -> Iterator[Entry]:
    """Entries from a ``.jsonl`` or ``.jsonl.gz`` file."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield entry_from_json(json.loads(line))


def write_entries(path: Path, entries: Iterable[Entry]) -> int:
    """Write entries sorted by id (stable files diff well); returns how many were written."""
    rows = sorted(entries, key=lambda e: e.kb_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(
        json.dumps(entry_to_json(e), ensure_ascii=False, separators=(",", ":")) + "\n" for e in rows
    )
    if path.suffix == ".gz":
        with gzip.GzipFile(path, "wb", mtime=0) as fh:
            fh.write(text.encode("utf-8"))
    else:
        path.write_text(text, encoding="utf-8")
    return len(rows)
