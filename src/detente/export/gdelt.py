"""Events as a GDELT-style CSV, so existing GDELT tooling and habits carry over.

Field mapping (also in docs/exports.md; GDELT 2.0 event table names; one row per stored event;
comma-separated with a header row, unlike GDELT's headerless TSV):

==================  =========================================================================
GLOBALEVENTID       store row id of the event (unique across the store)
SQLDATE             event day as YYYYMMDD (the event's own date, else the publication date)
MonthYear, Year     YYYYMM and YYYY of SQLDATE
FractionDate        Year + day-of-year / 365, as GDELT computes it
Actor1Code          CAMEO-style actor code: country + sector of the first PLOVER actor
Actor1Name          its canonical name; Actor1CountryCode, Actor1Type1Code: country, sector
Actor2*             the same for the first PLOVER recipient (empty when there is none)
IsRootEvent         1 when the evidence sentence starts in the article's first 500 characters
EventCode           the CAMEO code; EventBaseCode and EventRootCode its first 3 and 2 digits
QuadClass           PLOVER quad class (1 verbal coop, 2 material coop, 3 verbal and 4 material
                    conflict)
GoldsteinScale      PLOVER intensity (-10 .. +10, the scale GDELT's Goldstein column uses)
NumMentions/...     NumMentions, NumSources, NumArticles are 1: detente codes each article on
                    its own
AvgTone             empty: detente does not score tone
DATEADDED           when the article was ingested, YYYYMMDDHHMMSS (UTC)
SOURCEURL           the article URL
PloverType ...      detente additions: PLOVER type, modality, the document id, the event's
                    document-local id, all actor and recipient names (``;``-separated), the
                    trigger and the evidence sentence
==================  =========================================================================
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO, Any

FIELDS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone", "DATEADDED", "SOURCEURL",
    "PloverType", "Modality", "DocumentId", "EventId", "Actors", "Recipients", "Trigger",
    "Evidence",
]  # fmt: skip
LEAD_CHARS = 500


def _actor(prefix: str, found: list[dict[str, Any]]) -> dict[str, Any]:
    first = found[0] if found else {}
    code = (first.get("country") or "") + (first.get("sector") or "")
    return {
        f"{prefix}Code": code,
        f"{prefix}Name": first.get("name") or "",
        f"{prefix}CountryCode": first.get("country") or "",
        f"{prefix}Type1Code": first.get("sector") or "",
    }


def row(event: dict[str, Any]) -> dict[str, Any]:
    day = event["day"]
    cameo = event.get("cameo") or ""
    added = event.get("ingested_at")
    return {
        "GLOBALEVENTID": event["id"],
        "SQLDATE": day.strftime("%Y%m%d") if day else "",
        "MonthYear": day.strftime("%Y%m") if day else "",
        "Year": day.year if day else "",
        "FractionDate": f"{day.year + day.timetuple().tm_yday / 365:.4f}" if day else "",
        **_actor("Actor1", event["actors"]),
        **_actor("Actor2", event["recipients"]),
        "IsRootEvent": int((event.get("evidence_start") or 0) < LEAD_CHARS),
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2],
        "QuadClass": event.get("quad_class") or "",
        "GoldsteinScale": "" if event.get("intensity") is None else event["intensity"],
        "NumMentions": 1,
        "NumSources": 1,
        "NumArticles": 1,
        "AvgTone": "",
        "DATEADDED": added.strftime("%Y%m%d%H%M%S") if added else "",
        "SOURCEURL": event.get("url") or "",
        "PloverType": event["type"],
        "Modality": event["modality"],
        "DocumentId": event["doc_id"],
        "EventId": event["local_id"],
        "Actors": ";".join(a["name"] for a in event["actors"]),
        "Recipients": ";".join(a["name"] for a in event["recipients"]),
        "Trigger": event["trigger_text"],
        "Evidence": event["evidence_text"],
    }


def write(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(row(event))
        count += 1
    return count
