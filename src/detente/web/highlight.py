"""An article as highlighted pieces, built from the record's offsets on the server.

Spans of different layers overlap (a quote contains actor mentions, an event trigger and a
date), so the text is cut at every span boundary into pieces that each know every annotation
covering them; a piece is escaped like any other text when the template renders it. One sweep
over the sorted boundaries does it, linear in the text's annotations, whatever their nesting.

Each annotation also gets a record for the details panel: the extracted item as stored, with
actor ids resolved to names, and the rule that produced it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from detente.queries.identity import ref


@dataclass(slots=True)
class Piece:
    text: str
    start: int
    marks: list[str] = field(default_factory=list)
    layers: set[str] = field(default_factory=set)
    evidence: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)

    @property
    def classes(self) -> str:
        return " ".join(f"hl-{layer}" for layer in sorted(self.layers))


@dataclass(slots=True)
class Article:
    pieces: list[Piece]
    records: dict[str, dict[str, Any]]


# (layer, kind of highlight): marks are clickable; evidence and findings only light up on demand.
_MARK, _EVIDENCE, _FINDING = "mark", "evidence", "finding"


def annotate(record: dict[str, Any], passage: tuple[int, int] | None = None) -> Article:
    """Pieces and detail records for a contract record; ``passage`` is shown marked (a link
    from a search result or a list of events)."""
    text: str = record["document"]["text"]
    names = {a["id"]: a["name"] for a in record.get("actors") or []}
    refs = {
        a["id"]: ref(a.get("kb_id"), a["name"], a.get("country"))
        for a in record.get("actors") or []
    }
    spans: list[tuple[int, int, str, str, str]] = []  # start, end, kind, annotation id, layer
    records: dict[str, dict[str, Any]] = {}
    for actor in record.get("actors") or []:
        rid = f"actor:{actor['id']}"
        records[rid] = _actor(actor)
        spans += [(m["start"], m["end"], _MARK, rid, "actor") for m in actor.get("mentions") or []]
    for event in record.get("events") or []:
        rid = f"event:{event['id']}"
        records[rid] = _event(event, names, refs)
        spans.append((event["trigger"]["start"], event["trigger"]["end"], _MARK, rid, "event"))
        evidence = event.get("evidence") or event["trigger"]
        spans.append((evidence["start"], evidence["end"], _EVIDENCE, rid, "evidence"))
    for quote in record.get("quotes") or []:
        rid = f"quote:{quote['id']}"
        records[rid] = _quote(quote, names, refs)
        spans.append((quote["content"]["start"], quote["content"]["end"], _MARK, rid, "quote"))
        for part, layer in (("speaker_span", "speaker"), ("cue", "cue")):
            if quote.get(part):
                spans.append((quote[part]["start"], quote[part]["end"], _MARK, rid, layer))
    for n, time in enumerate(record.get("times") or []):
        rid = f"time:{n}"
        records[rid] = {
            "layer": "time",
            "title": time["text"],
            "fields": [["type", time["type"]], ["value", time["value"]]],
        }
        spans.append((time["start"], time["end"], _MARK, rid, "time"))
    for n, finding in enumerate(record.get("findings") or []):
        rid = f"finding:{n}"
        spans += [(s["start"], s["end"], _FINDING, rid, "finding") for s in finding["evidence"]]
    if passage is not None:
        start, end = max(0, passage[0]), min(len(text), passage[1])
        spans.append((start, end, _EVIDENCE, "passage", "passage"))
    return Article(_cut(text, spans), records)


def _cut(text: str, spans: list[tuple[int, int, str, str, str]]) -> list[Piece]:
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for n, (start, end, *_rest) in enumerate(spans):
        if start < end:
            opening.setdefault(start, []).append(n)
            closing.setdefault(end, []).append(n)
    bounds = sorted({0, len(text), *opening, *closing})
    active: dict[int, None] = {}
    pieces: list[Piece] = []
    for left, right in itertools.pairwise(bounds):
        for n in closing.get(left, []):
            active.pop(n, None)
        for n in opening.get(left, []):
            active[n] = None
        piece = Piece(text[left:right], left)
        for n in active:
            _, _, kind, rid, layer = spans[n]
            if kind == _MARK:
                piece.layers.add(layer)
                if rid not in piece.marks:
                    piece.marks.append(rid)
            elif kind == _EVIDENCE:
                piece.evidence.append(rid)
                if layer == "passage":
                    piece.layers.add(layer)
            else:
                piece.findings.append(rid)
        pieces.append(piece)
    return pieces


def _actor(actor: dict[str, Any]) -> dict[str, Any]:
    return {
        "layer": "actor",
        "title": actor["name"],
        "fields": [[k, actor.get(k)] for k in ("kind", "country", "sector", "role", "kb_id")]
        + [["mentions", len(actor.get("mentions") or [])]],
        "actors": [
            {
                "name": actor["name"],
                "ref": ref(actor.get("kb_id"), actor["name"], actor.get("country")),
            }
        ],
        "record": actor,
    }


def _event(event: dict[str, Any], names: dict[str, str], refs: dict[str, str]) -> dict[str, Any]:
    date = event.get("date") or {}
    return {
        "layer": "event",
        "title": event["type"] + (f" ({event['cameo']})" if event.get("cameo") else ""),
        "rule": event.get("rule"),
        "fields": [
            ["actor", ", ".join(names.get(a, a) for a in event.get("actor") or [])],
            ["recipient", ", ".join(names.get(a, a) for a in event.get("recipient") or [])],
            ["modality", event.get("modality")],
            ["mode", event.get("mode")],
            ["context", ", ".join(event.get("context") or [])],
            ["quad class", event.get("quad_class")],
            ["intensity", event.get("intensity")],
            ["date", date.get("value")],
            ["reported by", event.get("reported_by")],
            ["confidence", event.get("confidence")],
            ["trigger", event["trigger"]["text"]],
            ["evidence", (event.get("evidence") or {}).get("text")],
        ],
        "actors": [
            {"name": names[a], "ref": refs[a], "role": role}
            for role in ("actor", "recipient")
            for a in event.get(role) or []
            if a in names
        ],
        "record": event,
    }


def _quote(quote: dict[str, Any], names: dict[str, str], refs: dict[str, str]) -> dict[str, Any]:
    speaker_id = quote.get("speaker") or ""
    speaker = names.get(speaker_id)
    return {
        "layer": "quote",
        "title": f"{quote['kind']} quote" + (f" by {speaker}" if speaker else ""),
        "fields": [
            ["speaker", speaker or (quote.get("speaker_span") or {}).get("text")],
            ["cue", (quote.get("cue") or {}).get("text")],
            ["stance", quote.get("stance")],
            ["relayed by", ", ".join(quote.get("relayed_by") or [])],
            ["content", quote["content"]["text"]],
        ],
        "actors": [{"name": speaker, "ref": refs[speaker_id]}] if speaker else [],
        "record": quote,
    }
