"""``detente eval``: placeholder until the evaluation module lands."""

from __future__ import annotations


def evaluate() -> None:
    """Score extraction against a gold file."""
