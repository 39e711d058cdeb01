"""Title -> role code, from the table ``tables/offices.tsv``.

Imported facts carry free-text position titles ("Minister of Economy and Finance"); events and
descriptions need codes (``FIN``), so the build and ``kb import`` classify titles the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources as importlib_resources


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    text = importlib_resources.files("detente.kb").joinpath("tables/offices.tsv").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, code, sector = line.split("\t")
            rows.append((re.compile(pattern, re.IGNORECASE), code, sector))
    return tuple(rows)


def classify(title: str) -> tuple[str, str] | None:
    """``(code, sector)`` for a title, or None when the table knows no such office."""
    clean = " ".join(title.split())
    for pattern, code, sector in _patterns():
        if pattern.fullmatch(clean):
            return code, sector
    return None
