"""Small pieces every metric shares: spans, country codes, ratios, misses."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# Codes that older event data sets use in place of ISO 3166 alpha-3.
LEGACY_CODES = {
    "JAP": "JPN",
    "UK": "GBR",
    "ITL": "ITA",
    "VTN": "VNM",
    "ROM": "ROU",
    "ZAR": "COD",
    "TMP": "TLS",
    "BUR": "MMR",
    "GER": "DEU",
    "SWZ": "SWZ",
}


def canonical_code(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().upper()
    return LEGACY_CODES.get(code, code)


def overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return int(a["start"]) < int(b["end"]) and int(b["start"]) < int(a["end"])


def jaccard(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Character Jaccard as EVALUATION.md defines it: overlap over the covering span."""
    inter = min(a["end"], b["end"]) - max(a["start"], b["start"])
    if inter <= 0:
        return 0.0
    return inter / (max(a["end"], b["end"]) - min(a["start"], b["start"]))


def ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def f1(p: float | None, r: float | None) -> float | None:
    """Harmonic mean; with no output at all (``p`` undefined) and gold to find, F1 is 0."""
    if r is None:
        return None
    if p is None:
        return 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def locate(text: str, phrase: str, near: int = 0) -> dict[str, Any] | None:
    """A span for a phrase given only as text (PLOVER records): the occurrence nearest ``near``."""
    phrase = phrase.strip()
    if not phrase:
        return None
    hits = []
    start = text.find(phrase)
    while start >= 0:
        hits.append(start)
        start = text.find(phrase, start + 1)
    if not hits:
        lowered = text.lower().find(phrase.lower())
        if lowered < 0:
            return None
        hits = [lowered]
    best = min(hits, key=lambda s: abs(s - near))
    return {"start": best, "end": best + len(phrase), "text": text[best : best + len(phrase)]}


def actor_countries(record: dict[str, Any], ids: Iterable[str]) -> set[str]:
    by_id = {a["id"]: a for a in record.get("actors", [])}
    out = set()
    for actor_id in ids:
        code = canonical_code((by_id.get(actor_id) or {}).get("country"))
        if code:
            out.add(code)
    return out


@dataclass
class Tally:
    """Counts for one layer, summed over records, plus the misses to show the user."""

    counts: dict[str, float] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def add(self, key: str, value: float = 1.0) -> None:
        self.counts[key] = self.counts.get(key, 0.0) + value

    def get(self, key: str) -> float:
        return self.counts.get(key, 0.0)

    def miss(self, record_id: str, kind: str, **details: Any) -> None:
        self.misses.append({"id": record_id, "kind": kind, **details})
