"""Actor scores at phrase level: is the phrase a mention, and of the right country and sector?"""

from __future__ import annotations

from typing import Any

from detente.evaluation.common import Tally, canonical_code, overlap, ratio


def _best_actor(record: dict[str, Any], span: dict[str, Any]) -> dict[str, Any] | None:
    best, best_len = None, 0
    for actor in record.get("actors", []):
        for m in actor.get("mentions", []):
            inter = min(m["end"], span["end"]) - max(m["start"], span["start"])
            if inter > best_len:
                best, best_len = actor, inter
    return best


def score(
    tally: Tally, rid: str, gold: list[dict[str, Any]], record: dict[str, Any], complete: bool
) -> None:
    """``complete`` gold lists every actor mention, so unmatched output mentions count against
    precision; partial gold (PLOVER records) only gives recall and accuracy."""
    for g in gold:
        tally.add("gold")
        tally.add("country_all", bool(g.get("code")))
        actor = _best_actor(record, g)
        if actor is None:
            tally.miss(rid, "actor_missed", text=g["text"], gold=g.get("code"))
            continue
        tally.add("found")
        code = canonical_code(g.get("code"))
        if code:
            right = canonical_code(actor.get("country")) == code
            tally.add("country_gold")
            tally.add("country_right", right)
            if not right:
                tally.miss(
                    rid, "actor_country", text=g["text"], gold=code, output=actor.get("country")
                )
        if g.get("sector"):
            tally.add("sector_gold")
            tally.add("sector_right", actor.get("sector") == g["sector"])
    if complete:
        for actor in record.get("actors", []):
            for m in actor.get("mentions", []):
                tally.add("output")
                hit = any(overlap(m, g) for g in gold)
                tally.add("output_found", hit)
                if not hit:
                    tally.miss(rid, "actor_extra", text=m["text"], output=actor.get("name"))


def report(tally: Tally) -> dict[str, Any]:
    out = {
        "gold": int(tally.get("gold")),
        "mention_r": ratio(tally.get("found"), tally.get("gold")),
        "country_acc": ratio(tally.get("country_right"), tally.get("country_gold")),
        "country_acc_all": ratio(tally.get("country_right"), tally.get("country_all")),
        "sector_acc": ratio(tally.get("sector_right"), tally.get("sector_gold")),
    }
    if tally.get("output"):
        out["mention_p"] = ratio(tally.get("output_found"), tally.get("output"))
    return out
