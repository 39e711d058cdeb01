"""Which gold structure each article tag promises, so a claimed tag is always backed by gold.

Tags without a structural signature (metonym, passive, apposition, ...) are left to review.
"""

from __future__ import annotations

import re
from typing import Any

PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them"}


def _inside(inner: dict[str, Any] | None, outer: dict[str, Any]) -> bool:
    return inner is not None and outer["start"] < inner["start"] and inner["end"] < outer["end"]


def _months(text: str) -> bool:
    months = r"January|February|March|April|May|June|July|August|September|October|November"
    return bool(re.search(rf"\b({months}|December)\b", text)) and not re.search(r"\d{4}", text)


TAG_EVIDENCE: dict[str, tuple[str, Any]] = {
    "negated_event": (
        "an event with modality negated",
        lambda g: any(e["modality"] == "negated" for e in g["events"]),
    ),
    "hypothetical_event": (
        "an event with modality hypothetical",
        lambda g: any(e["modality"] == "hypothetical" for e in g["events"]),
    ),
    "intended_event": (
        "an event with modality intended",
        lambda g: any(e["modality"] == "intended" for e in g["events"]),
    ),
    "historical_event": (
        "an event with modality historical",
        lambda g: any(e["modality"] == "historical" for e in g["events"]),
    ),
    "compound_actor": (
        "an event with two or more actors or recipients",
        lambda g: any(len(e["actor"]) > 1 or len(e["recipient"]) > 1 for e in g["events"]),
    ),
    "quote_event": (
        "an event whose trigger lies inside a quote's content",
        lambda g: any(
            _inside(e["trigger"], q["content"]) or e["trigger"] == q["content"]
            for e in g["events"]
            for q in g["attributions"]
        ),
    ),
    "split_quote": (
        "a quote whose content contains its own source or cue",
        lambda g: any(_inside(q["cue"], q["content"]) for q in g["attributions"]),
    ),
    "multi_paragraph_quote": (
        "a quote whose content spans a paragraph break",
        lambda g: any("\n" in q["content"]["text"] for q in g["attributions"]),
    ),
    "partial_quote": (
        "a mixed quote",
        lambda g: any(q["kind"] == "mixed" for q in g["attributions"]),
    ),
    "indirect_speech": (
        "an indirect attribution",
        lambda g: any(q["kind"] == "indirect" for q in g["attributions"]),
    ),
    "anonymous_source": (
        "an attribution whose speaker is null",
        lambda g: any(q["speaker"] is None for q in g["attributions"]),
    ),
    "relayed": (
        "an attribution with relayed_by",
        lambda g: any(q["relayed_by"] for q in g["attributions"]),
    ),
    "speaker_before": (
        "a source before its content",
        lambda g: any(
            q["source"] and q["source"]["end"] <= q["content"]["start"] for q in g["attributions"]
        ),
    ),
    "speaker_after": (
        "a source after its content",
        lambda g: any(
            q["source"] and q["source"]["start"] >= q["content"]["end"] for q in g["attributions"]
        ),
    ),
    "pronoun_speaker": (
        "a pronoun as source",
        lambda g: any(
            q["source"] and q["source"]["text"].lower() in PRONOUNS for q in g["attributions"]
        ),
    ),
    "according_to": (
        "an 'according to' cue",
        lambda g: any(
            q["cue"] and q["cue"]["text"].lower().startswith("according to")
            for q in g["attributions"]
        ),
    ),
    "igo_actor": ("an actor coded IGO", lambda g: any(a["code"] == "IGO" for a in g["actors"])),
    "media_actor": (
        "an actor of kind media",
        lambda g: any(a["kind"] == "media" for a in g["actors"]),
    ),
    "duration": ("a DURATION", lambda g: any(t["type"] == "DURATION" for t in g["times"])),
    "set": ("a SET", lambda g: any(t["type"] == "SET" for t in g["times"])),
    "present_ref": (
        "a PRESENT_REF value",
        lambda g: any(t["value"] == "PRESENT_REF" for t in g["times"]),
    ),
    "decade": (
        "a decade value (three digits)",
        lambda g: any(re.fullmatch(r"\d{3}", t["value"] or "") for t in g["times"]),
    ),
    "quarter": ("a quarter value", lambda g: any("-Q" in (t["value"] or "") for t in g["times"])),
    "season": (
        "a season value",
        lambda g: any(re.search(r"-(SP|SU|FA|WI)$", t["value"] or "") for t in g["times"]),
    ),
    "range": ("a range value A/B", lambda g: any("/" in (t["value"] or "") for t in g["times"])),
    "weekday": (
        "a time naming a weekday",
        lambda g: any(
            re.search(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", t["text"])
            for t in g["times"]
        ),
    ),
    "month_no_year": (
        "a time naming a month without a year",
        lambda g: any(_months(t["text"]) for t in g["times"]),
    ),
}
