"""Event scores: PLOVER sentence records (one gold event each) and whole golden articles."""

from __future__ import annotations

from typing import Any

from detente.evaluation.common import (
    Tally,
    actor_countries,
    canonical_code,
    f1,
    locate,
    overlap,
    ratio,
)

SIDES = ("actor", "recipient")


def gold_codes(entries: list[dict[str, Any]]) -> set[str]:
    return {c for c in (canonical_code(e.get("code")) for e in entries) if c}


def side_scores(
    record: dict[str, Any], event: dict[str, Any], gold: dict[str, Any]
) -> dict[str, bool]:
    """For each gold side with codes: do the output side's countries intersect them?"""
    out = {}
    for side in SIDES:
        codes = gold_codes(gold.get(side) or [])
        if codes:
            out[side] = bool(actor_countries(record, event.get(side, [])) & codes)
    return out


def score_sentence(tally: Tally, rid: str, gold: dict[str, Any], record: dict[str, Any]) -> None:
    """EVALUATION.md: type_acc, country_acc_on_typed, extra_per_sentence."""
    events = record.get("events", [])
    tally.add("records")
    tally.add("extra", max(len(events) - 1, 0))
    typed = [e for e in events if e["type"] == gold["event"]]
    if not typed:
        tally.miss(rid, "type", gold=gold["event"], output=[e["type"] for e in events])
        return
    tally.add("typed")
    best = max((side_scores(record, e, gold) for e in typed), key=lambda s: sum(s.values()))
    for side, right in best.items():
        tally.add(f"{side}_sides")
        tally.add(f"{side}_right", right)
        if not right:
            tally.miss(
                rid,
                f"{side}_country",
                gold=sorted(gold_codes(gold.get(side) or [])),
                output=[sorted(actor_countries(record, e.get(side, []))) for e in typed],
            )


def sentence_report(tally: Tally) -> dict[str, Any]:
    sides = tally.get("actor_sides") + tally.get("recipient_sides")
    right = tally.get("actor_right") + tally.get("recipient_right")
    return {
        "records": int(tally.get("records")),
        "type_acc": ratio(tally.get("typed"), tally.get("records")),
        "country_acc_on_typed": ratio(right, sides),
        "actor_country_acc": ratio(tally.get("actor_right"), tally.get("actor_sides")),
        "recipient_country_acc": ratio(tally.get("recipient_right"), tally.get("recipient_sides")),
        "extra_per_sentence": ratio(tally.get("extra"), tally.get("records")),
    }


def score_article(
    tally: Tally, rid: str, gold: list[dict[str, Any]], record: dict[str, Any]
) -> None:
    """Golden articles hold every event: match by trigger overlap (or same sentence) and type."""
    events = record.get("events", [])
    tally.add("gold", len(gold))
    tally.add("output", len(events))
    used: set[int] = set()
    for g in gold:
        trigger = g["trigger"]
        near = [i for i, e in enumerate(events) if overlap(e["trigger"], trigger)]
        same_sentence = [
            i
            for i, e in enumerate(events)
            if e["evidence"]["start"] <= trigger["start"] < e["evidence"]["end"]
        ]
        candidates = [
            i for i in near + same_sentence if events[i]["type"] == g["type"] and i not in used
        ]
        if not candidates:
            tally.miss(
                rid,
                "event",
                gold=f"{g['type']} '{trigger['text']}' ({g.get('modality')})",
                output=[
                    f"{events[i]['type']} '{events[i]['trigger']['text']}'"
                    for i in near + same_sentence
                ],
            )
            continue
        i = max(candidates, key=lambda j: sum(side_scores(record, events[j], g).values()))
        used.add(i)
        tally.add("matched")
        event = events[i]
        tally.add("modality_right", event["modality"] == g.get("modality", "asserted"))
        if event["modality"] != g.get("modality", "asserted"):
            tally.miss(
                rid,
                "modality",
                trigger=trigger["text"],
                gold=g.get("modality"),
                output=event["modality"],
            )
        for side, right in side_scores(record, event, g).items():
            tally.add(f"{side}_sides")
            tally.add(f"{side}_right", right)
    for i, e in enumerate(events):
        band = confidence_band(e.get("confidence"))
        if band is not None:
            tally.add(f"band_{band}_output")
            tally.add(f"band_{band}_matched", i in used)
        if i not in used:
            tally.miss(
                rid, "extra_event", output=f"{e['type']} '{e['trigger']['text']}' ({e['modality']})"
            )
        if i not in used and e["modality"] == "asserted":
            tally.add("extra_asserted")


def confidence_band(value: float | None) -> str | None:
    """Events grouped by confidence in tenths (``0.7`` holds 0.70-0.79), to check that a higher
    confidence really means a higher precision."""
    if value is None:
        return None
    return f"{min(int(value * 10), 9) / 10:.1f}"


def article_report(tally: Tally) -> dict[str, Any]:
    p = ratio(tally.get("matched"), tally.get("output"))
    r = ratio(tally.get("matched"), tally.get("gold"))
    sides = tally.get("actor_sides") + tally.get("recipient_sides")
    return {
        "gold_events": int(tally.get("gold")),
        "output_events": int(tally.get("output")),
        "event_p": p,
        "event_r": r,
        "event_f1": f1(p, r),
        "modality_acc": ratio(tally.get("modality_right"), tally.get("matched")),
        "country_acc_on_matched": ratio(
            tally.get("actor_right") + tally.get("recipient_right"), sides
        ),
        "extra_asserted": int(tally.get("extra_asserted")),
        **{
            f"p_at_confidence_{band}": ratio(
                tally.get(f"band_{band}_matched"), tally.get(f"band_{band}_output")
            )
            for band in sorted({k.split("_")[1] for k in tally.counts if k.startswith("band_")})
        },
    }


def locate_sides(text: str, gold: dict[str, Any]) -> dict[str, Any]:
    """PLOVER records give actor phrases as text only; find them so actors can be scored too."""
    out = dict(gold)
    for side in SIDES:
        located = []
        for entry in gold.get(side) or []:
            if "start" not in entry:
                span = locate(text, entry.get("text", ""))
                if span is None:
                    continue
                entry = {**entry, **span}
            located.append(entry)
        out[side] = located
    return out
