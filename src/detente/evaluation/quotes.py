"""Attribution scores: content overlap (character Jaccard >= 0.5) and speaker match."""

from __future__ import annotations

from typing import Any

from detente.evaluation.common import Tally, f1, jaccard, overlap, ratio

MATCH_JACCARD = 0.5


def score(tally: Tally, rid: str, gold: list[dict[str, Any]], record: dict[str, Any]) -> None:
    quotes = record.get("quotes", [])
    mentions = {a["id"]: a.get("mentions", []) for a in record.get("actors", [])}
    tally.add("gold", len(gold))
    tally.add("output", len(quotes))
    pairs = sorted(
        (
            (jaccard(g["content"], q["content"]), gi, qi)
            for gi, g in enumerate(gold)
            for qi, q in enumerate(quotes)
        ),
        reverse=True,
    )
    gold_match: dict[int, int] = {}
    out_used: set[int] = set()
    for value, gi, qi in pairs:
        if value < MATCH_JACCARD:
            break
        if gi in gold_match or qi in out_used:
            continue
        gold_match[gi] = qi
        out_used.add(qi)
    tally.add("matched_gold", len(gold_match))
    tally.add("matched_output", len(out_used))
    for gi, g in enumerate(gold):
        if gi not in gold_match:
            tally.miss(rid, "quote_missed", content=g["content"]["text"][:160])
            continue
        source = g.get("source")
        if not source:
            continue
        q = quotes[gold_match[gi]]
        spans = [q["speaker_span"]] if q.get("speaker_span") else []
        spans += mentions.get(q.get("speaker") or "", [])
        right = any(overlap(s, source) for s in spans)
        tally.add("speaker_gold")
        tally.add("speaker_right", right)
        if not right:
            tally.miss(
                rid,
                "speaker",
                gold=source["text"],
                output=(q.get("speaker_span") or {}).get("text"),
                content=g["content"]["text"][:80],
            )
    for qi, q in enumerate(quotes):
        if qi not in out_used:
            tally.miss(rid, "quote_extra", content=q["content"]["text"][:160])


def report(tally: Tally) -> dict[str, Any]:
    p = ratio(tally.get("matched_output"), tally.get("output"))
    r = ratio(tally.get("matched_gold"), tally.get("gold"))
    return {
        "gold": int(tally.get("gold")),
        "output": int(tally.get("output")),
        "content_p": p,
        "content_r": r,
        "content_f1": f1(p, r),
        "speaker_acc": ratio(tally.get("speaker_right"), tally.get("speaker_gold")),
    }
