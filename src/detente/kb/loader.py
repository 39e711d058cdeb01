"""Placeholder until the knowledge base lands (issue 3)."""

from __future__ import annotations

from typing import Any

from detente.registry import resource


@resource("kb")
def load_kb(section: dict[str, Any]) -> Any:
    return None
