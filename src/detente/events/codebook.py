"""Placeholder until the events codebook lands (issue 4)."""

from __future__ import annotations

from typing import Any

from detente.registry import resource


@resource("codebook")
def load_codebook(section: dict[str, Any]) -> Any:
    return None
