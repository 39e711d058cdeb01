"""Time scores: span overlap F1 and value F1 (a range ``A/B`` equals gold ``A`` or ``B``)."""

from __future__ import annotations

from typing import Any

from detente.evaluation.common import Tally, f1, overlap, ratio


def same_value(output: str | None, gold: str | None) -> bool:
    if output is None or gold is None:
        return False
    if output == gold:
        return True
    return "/" in output and gold in output.split("/")


def score(tally: Tally, rid: str, gold: list[dict[str, Any]], record: dict[str, Any]) -> None:
    times = record.get("times", [])
    tally.add("gold", len(gold))
    tally.add("output", len(times))
    for t in times:
        hits = [g for g in gold if overlap(t, g)]
        tally.add("output_span", bool(hits))
        tally.add("output_value", any(same_value(t["value"], g["value"]) for g in hits))
        if not hits:
            tally.miss(rid, "time_extra", text=t["text"], output=t["value"])
    for g in gold:
        hits = [t for t in times if overlap(t, g)]
        tally.add("gold_span", bool(hits))
        right = any(same_value(t["value"], g["value"]) for t in hits)
        tally.add("gold_value", right)
        if not hits:
            tally.miss(rid, "time_missed", text=g["text"], gold=g["value"])
        elif not right:
            tally.miss(
                rid,
                "time_value",
                text=g["text"],
                gold=g["value"],
                output=[t["value"] for t in hits],
            )


def report(tally: Tally) -> dict[str, Any]:
    sp, sr = (
        ratio(tally.get("output_span"), tally.get("output")),
        ratio(tally.get("gold_span"), tally.get("gold")),
    )
    vp, vr = (
        ratio(tally.get("output_value"), tally.get("output")),
        ratio(tally.get("gold_value"), tally.get("gold")),
    )
    return {
        "gold": int(tally.get("gold")),
        "output": int(tally.get("output")),
        "span_p": sp,
        "span_r": sr,
        "span_f1": f1(sp, sr),
        "value_p": vp,
        "value_r": vr,
        "value_f1": f1(vp, vr),
    }
