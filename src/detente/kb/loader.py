"""The ``kb`` resource: the bundled base plus the user's overlays, read once per process.

The bundled base is data built by ``scripts/build_kb.py`` (``data/kb.jsonl.gz``); ``detente kb
import`` writes overlays into the user's directory (``$DETENTE_HOME/kb``), and the config may list
more overlay files. Later files update earlier ones, so a user's corrections always win.
"""

from __future__ import annotations

import os
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from detente.kb.records import merge, read_entries
from detente.kb.store import Base
from detente.registry import resource

BASE_FILE = "kb.jsonl.gz"
_CACHE: dict[tuple[str, ...], Base] = {}


def bundled_dir() -> Path:
    return Path(str(importlib_resources.files("detente.kb").joinpath("data")))


def user_dir(section: dict[str, Any] | None = None) -> Path:
    """Where ``kb import`` writes: ``[resources.kb] user_dir``, else ``$DETENTE_HOME/kb``."""
    configured = str((section or {}).get("user_dir") or "")
    if configured:
        return Path(configured).expanduser()
    home = os.environ.get("DETENTE_HOME") or os.path.join("~", ".local", "share", "detente")
    return Path(home).expanduser() / "kb"


def overlay_files(section: dict[str, Any]) -> list[Path]:
    found = sorted(user_dir(section).glob("*.jsonl")) if user_dir(section).is_dir() else []
    return found + [Path(p).expanduser() for p in section.get("overlays") or []]


def load(base_dir: Path | None = None, overlays: list[Path] | None = None) -> Base:
    """The base in ``base_dir`` (default: bundled) with ``overlays`` merged over it in order."""
    directory = base_dir or bundled_dir()
    entries = {e.kb_id: e for e in read_entries(directory / BASE_FILE)}
    for path in overlays or []:
        for entry in read_entries(path):
            old = entries.get(entry.kb_id)
            entries[entry.kb_id] = merge(old, entry) if old else entry
    version_file = directory / "VERSION.txt"
    version = version_file.read_text("utf-8").strip() if version_file.exists() else "unknown"
    if overlays:
        version += "+" + ",".join(p.stem for p in overlays)
    return Base(entries.values(), version)


@resource("kb")
def load_kb(section: dict[str, Any]) -> Base:
    """Cached per (base, overlays, their mtimes), so pipelines built in one process share it."""
    base_dir = Path(section["path"]).expanduser() if section.get("path") else bundled_dir()
    overlays = overlay_files(section)
    cache_key = (str(base_dir), *(f"{p}:{p.stat().st_mtime_ns}" for p in overlays if p.exists()))
    if cache_key not in _CACHE:
        _CACHE[cache_key] = load(base_dir, [p for p in overlays if p.exists()])
    return _CACHE[cache_key]
