"""Run the pipeline over a gold file and score every layer the gold describes.

Gold files have one JSON object per line, ``{"id", "text", "published", "gold": {...}}``; which
layers are scored depends on the keys under ``gold``: ``event`` (one PLOVER event per sentence),
``events`` (every event of an article), ``attributions``, ``times`` and ``actors`` (spans with
codes; PLOVER actor phrases are scored too). Gold text is used exactly as given, so gold offsets and
output offsets refer to the same string.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.contract import to_record
from detente.evaluation import actors, events, quotes, times
from detente.evaluation.common import Tally
from detente.model import Document
from detente.pipeline import Pipeline

LAYERS = ("events", "articles", "quotes", "times", "actors")


class GoldError(ValueError):
    """The gold file is not in the expected shape."""


@dataclass
class Report:
    path: str
    records: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    tallies: dict[str, Tally] = field(default_factory=dict)

    def tally(self, layer: str) -> Tally:
        return self.tallies.setdefault(layer, Tally())

    def scores(self) -> dict[str, dict[str, Any]]:
        reporters: dict[str, Callable[[Tally], dict[str, Any]]] = {
            "events": events.sentence_report,
            "articles": events.article_report,
            "quotes": quotes.report,
            "times": times.report,
            "actors": actors.report,
        }
        return {k: reporters[k](self.tallies[k]) for k in LAYERS if k in self.tallies}

    def to_json(self, misses: int = 20) -> dict[str, Any]:
        return {
            "gold": self.path,
            "records": self.records,
            "errors": self.errors,
            "scores": self.scores(),
            "misses": {k: t.misses[:misses] for k, t in self.tallies.items()},
        }


def read_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError as exc:
                raise GoldError(f"{path}:{lineno}: not JSON ({exc})") from exc
            if (
                not isinstance(rec, dict)
                or not isinstance(rec.get("text"), str)
                or not isinstance(rec.get("gold"), dict)
            ):
                raise GoldError(f"{path}:{lineno}: needs 'text' (string) and 'gold' (object)")
            rec.setdefault("id", f"{Path(path).name}:{lineno}")
            yield rec


def evaluate(
    pipe: Pipeline,
    path: str | Path,
    layers: set[str] | None = None,
    limit: int | None = None,
    progress: Callable[[int], None] | None = None,
    lines: int | None = None,
) -> Report:
    """Score every record; ``lines`` scores only the first N lines of each text, for gold sets
    annotated only there (MEANTIME marks times in the title and first sentences only)."""
    report = Report(str(path))
    records = list(read_gold(path))[:limit]
    docs = [_document(rec) for rec in records]
    for n, (rec, result) in enumerate(zip(records, pipe.pipe(docs), strict=True), 1):
        report.records += 1
        if result.error is not None:
            report.errors.append(
                {"id": rec["id"], "kind": result.error.kind, "message": result.error.message}
            )
            output: dict[str, Any] = {"actors": [], "events": [], "quotes": [], "times": []}
        else:
            assert result.doc is not None
            output = to_record(result.doc, {})
        if lines is not None:
            output = clip(output, rec["text"], lines)
        score_record(report, rec, output, layers)
        if progress:
            progress(n)
    return report


def score_record(
    report: Report, rec: dict[str, Any], output: dict[str, Any], layers: set[str] | None = None
) -> None:
    gold, rid, text = rec["gold"], rec["id"], rec["text"]

    def wanted(layer: str) -> bool:
        return layers is None or layer in layers

    if isinstance(gold.get("event"), str) and wanted("events"):
        located = events.locate_sides(text, gold)
        events.score_sentence(report.tally("events"), rid, located, output)
        if wanted("actors"):
            phrases = [a for side in events.SIDES for a in located.get(side, [])]
            actors.score(report.tally("actors"), rid, phrases, output, complete=False)
    if isinstance(gold.get("events"), list) and wanted("events"):
        events.score_article(report.tally("articles"), rid, gold["events"], output)
    if isinstance(gold.get("attributions"), list) and wanted("quotes"):
        quotes.score(report.tally("quotes"), rid, gold["attributions"], output)
    if isinstance(gold.get("times"), list) and wanted("times"):
        times.score(report.tally("times"), rid, gold["times"], output)
    if isinstance(gold.get("actors"), list) and wanted("actors"):
        actors.score(report.tally("actors"), rid, gold["actors"], output, complete=True)


def clip(output: dict[str, Any], text: str, lines: int) -> dict[str, Any]:
    """The output with every item that starts after the first ``lines`` lines removed."""
    cutoff = 0
    for _ in range(lines):
        newline = text.find("\n", cutoff)
        if newline < 0:
            return output
        cutoff = newline + 1
    out = dict(output)
    out["times"] = [t for t in output["times"] if t["start"] < cutoff]
    out["quotes"] = [q for q in output["quotes"] if q["content"]["start"] < cutoff]
    out["events"] = [e for e in output["events"] if e["trigger"]["start"] < cutoff]
    out["actors"] = [
        {**a, "mentions": [m for m in a["mentions"] if m["start"] < cutoff]}
        for a in output["actors"]
    ]
    return out


def _document(rec: dict[str, Any]) -> Document:
    published = rec.get("published")
    day = dt.date.fromisoformat(str(published)[:10]) if published else None
    return Document(
        text=rec["text"],
        id=str(rec["id"]),
        published=day,
        title=rec.get("title"),
        source=rec.get("source"),
    )
