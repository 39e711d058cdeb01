"""The knowledge base as the server sees it: loaded on first use, read-only, shared.

Actor pages show roles over time from here, because stored articles only carry the one role
an actor held on each publication date.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from detente.config import Config
from detente.kb.loader import load_kb
from detente.kb.protocol import KnowledgeBase


class Knowledge:
    def __init__(self, config: Config, kb: KnowledgeBase | None = None) -> None:
        self._config = config
        self._kb = kb
        self._lock = threading.Lock()

    @property
    def kb(self) -> KnowledgeBase:
        with self._lock:
            if self._kb is None:
                section = {
                    **self._config.get("resources", {}).get("kb", {}),
                    "_config": self._config,
                }
                self._kb = load_kb(section)
            return self._kb

    def roles(self, kb_id: str | None) -> list[dict[str, Any]]:
        """The entry's roles, oldest first, as plain dicts (``end`` null while held)."""
        entry = self.kb.get(kb_id) if kb_id else None
        if entry is None:
            return []
        roles = sorted(entry.roles, key=lambda r: (r.start or dt.date.min, r.title))
        return [
            {
                "title": r.title,
                "country": r.country,
                "sector": r.sector,
                "code": r.code,
                "start": r.start,
                "end": r.end,
            }
            for r in roles
        ]

    def entry(self, kb_id: str | None) -> dict[str, Any] | None:
        entry = self.kb.get(kb_id) if kb_id else None
        if entry is None:
            return None
        return {
            "kb_id": entry.kb_id,
            "name": entry.name,
            "kind": entry.kind,
            "country": entry.country,
            "sector": entry.sector,
            "aliases": list(entry.aliases),
            "party": entry.party,
        }
