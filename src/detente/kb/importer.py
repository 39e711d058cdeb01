"""``detente kb import``: entries from CSV, YAML or Wikidata SPARQL JSON into a user overlay.

Users keep the base current without waiting for a release: the imported entries are written to
``<user dir>/<file stem>.jsonl`` (re-importing a file replaces its overlay) and the loader merges
overlays over the bundled base. A person already in the base, matched by id or by an unambiguous
name, is updated rather than duplicated.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from detente.kb.names import key
from detente.kb.offices import classify
from detente.kb.protocol import Entry, KnowledgeBase, Role
from detente.kb.records import entry_from_json, merge, write_entries

_ITEM = ("person", "item", "human", "officeholder", "holder")
_NAME = (
    "personLabel",
    "itemLabel",
    "humanLabel",
    "officeholderLabel",
    "holderLabel",
    "name",
    "label",
)
_TITLE = ("positionLabel", "officeLabel", "title", "position_label")
_START = ("start", "startTime", "start_time", "from")
_END = ("end", "endTime", "end_time", "to")
_ISO = ("countryIso", "iso3", "country_iso", "iso", "countryCode")
_COUNTRY = ("countryLabel", "country")
_GENDER = ("genderLabel", "gender")
_ALIASES = ("altLabel", "aliases", "personAltLabel", "itemAltLabel")


class ImportError_(ValueError):
    """The file cannot be read as any supported format; the message says why."""


@dataclass(frozen=True)
class ImportResult:
    overlay: Path
    added: int
    updated: int


def import_file(path: Path, kb: KnowledgeBase, target: Path) -> ImportResult:
    """Read ``path``, reconcile with ``kb`` and write the overlay into directory ``target``."""
    entries = list(read(path, kb))
    if not entries:
        raise ImportError_(f"{path}: no entries found")
    merged: dict[str, Entry] = {}
    added = updated = 0
    for entry in entries:
        entry = _reconcile(entry, kb)
        if entry.kb_id in merged:
            merged[entry.kb_id] = merge(merged[entry.kb_id], entry)
            continue
        merged[entry.kb_id] = entry
        if kb.get(entry.kb_id) is None:
            added += 1
        else:
            updated += 1
    overlay = target / f"{path.stem}.jsonl"
    write_entries(overlay, merged.values())
    return ImportResult(overlay, added, updated)


def read(path: Path, kb: KnowledgeBase) -> Iterable[Entry]:
    suffix = path.suffix.lower()
    text = path.read_text("utf-8")
    if suffix == ".csv":
        return from_rows(csv.DictReader(text.splitlines()))
    if suffix in (".yaml", ".yml"):
        data = yaml.safe_load(text)
        items = data.get("entries", data.get("people", [])) if isinstance(data, dict) else data
        return [_entry(item) for item in items or []]
    if suffix == ".json":
        data = json.loads(text)
        if isinstance(data, dict) and "results" in data:
            return from_sparql(data, kb)
        return [_entry(item) for item in (data if isinstance(data, list) else [data])]
    raise ImportError_(
        f"{path}: unsupported file type {suffix!r} (use .csv, .yaml or SPARQL .json)"
    )


def from_rows(rows: Iterable[dict[str, str]]) -> list[Entry]:
    """CSV: one row per role (or per entry); columns as in the YAML form, aliases split on '|'."""
    out = []
    for row in rows:
        row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
        if not row.get("name"):
            continue
        role = None
        if row.get("title"):
            role = {k: row.get(k) for k in ("title", "country", "sector", "code", "start", "end")}
            role["country"] = role["country"] or row.get("role_country")
        out.append(
            _entry(
                {
                    "id": row.get("id"),
                    "name": row["name"],
                    "kind": row.get("kind") or "person",
                    "country": row.get("country"),
                    "sector": row.get("sector"),
                    "gender": row.get("gender"),
                    "aliases": [a for a in row.get("aliases", "").split("|") if a.strip()],
                    "roles": [role] if role else [],
                }
            )
        )
    return out


def from_sparql(data: dict[str, Any], kb: KnowledgeBase) -> list[Entry]:
    """Wikidata query results: people with a position held, its start and end (P580/P582)."""
    out = []
    for row in data.get("results", {}).get("bindings", []):
        value = {k: v.get("value", "") for k, v in row.items()}
        name = _first(value, _NAME)
        item = _first(value, _ITEM)
        if not name:
            continue
        qid = item.rsplit("/", 1)[-1] if item.startswith("http") else item or None
        country = _first(value, _ISO).upper() or _country(kb, _first(value, _COUNTRY))
        title = _first(value, _TITLE)
        gender = {"male": "m", "female": "f"}.get(_first(value, _GENDER).lower())
        aliases = [
            a.strip() for a in _first(value, _ALIASES).replace("|", ",").split(",") if a.strip()
        ]
        roles = (
            [
                {
                    "title": title,
                    "country": country,
                    "start": _first(value, _START),
                    "end": _first(value, _END),
                }
            ]
            if title
            else []
        )
        out.append(
            _entry(
                {
                    "id": qid,
                    "name": name,
                    "kind": "person",
                    "country": country,
                    "gender": gender,
                    "aliases": aliases,
                    "roles": roles,
                }
            )
        )
    return out


def _first(value: dict[str, str], names: tuple[str, ...]) -> str:
    return next((value[n] for n in names if value.get(n)), "")


def _country(kb: KnowledgeBase, label: str) -> str | None:
    if label.startswith("http"):
        return None
    states = [e for e in kb.lookup(label) if e.kind == "state"] if label else []
    return states[0].country if len(states) == 1 else None


def _entry(item: dict[str, Any]) -> Entry:
    """An entry from the YAML/JSON shape; roles get a code and sector from their title if absent."""
    roles = []
    for r in item.get("roles") or []:
        found = classify(r.get("title") or "") if not r.get("code") else None
        roles.append(
            Role(
                str(r.get("title") or ""),
                r.get("country") or item.get("country") or None,
                r.get("sector") or (found[1] if found else "GOV"),
                r.get("code") or (found[0] if found else None),
                _day(r.get("start")),
                _day(r.get("end")),
            )
        )
    obj = {k: v for k, v in item.items() if k != "roles"}
    obj["id"] = item.get("id") or ""
    entry = entry_from_json({**obj, "name": str(item["name"])})
    return replace(entry, roles=tuple(roles))


def _day(value: Any) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value).lstrip("+")[:10]
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return dt.date(int(text[:4]), 1, 1) if text[:4].isdigit() else None


def _reconcile(entry: Entry, kb: KnowledgeBase) -> Entry:
    """Give an id: its own, else the one entry of its kind with that name, else a readable one."""
    if entry.kb_id:
        return entry
    same = [e for e in kb.lookup(entry.name) if e.kind == entry.kind]
    kb_id = same[0].kb_id if len(same) == 1 else f"{entry.kind}:{key(entry.name).replace(' ', '-')}"
    return replace(entry, kb_id=kb_id)
