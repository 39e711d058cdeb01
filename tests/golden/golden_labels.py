"""Checking and compiling the four gold layers of an article: actors, events, quotes, times.

Every label comes from a closed vocabulary (``vocabulary.yaml``), and the layers are checked
against each other (an event argument or a named quote source must be a gold actor mention), so
a slip in one place shows up as a build error rather than as a silently wrong gold label.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pycountry
import yaml
from golden_text import WHERE_KEYS, Article, check_keys

from detente.model import PLOVER_TYPES

VOCABULARY: dict[str, Any] = yaml.safe_load(
    (Path(__file__).resolve().parent / "vocabulary.yaml").read_text("utf-8")
)

_DAY = r"(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?"
_POINT = (
    rf"(?:{_DAY}(?:T(?:\d{{2}}:\d{{2}}(?::\d{{2}})?|MO|AF|EV|NI))?"
    r"|\d{2,3}"
    r"|(?:\d{4}|XXXX)-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?"
    r"|(?:\d{4}|XXXX)-(?:Q[1-4]|H[12]|SP|SU|FA|WI))"
)
_AMOUNT = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = rf"P(?:(?:{_AMOUNT}(?:Y|M|W|D|Q|DE|CE))+(?:T(?:{_AMOUNT}[HMS])+)?|T(?:{_AMOUNT}[HMS])+)"
TIMEX_VALUE = re.compile(
    rf"^(?:PRESENT_REF|PAST_REF|FUTURE_REF|{_DURATION}|{_POINT}(?:/{_POINT})?)$"
)

ACTOR_KEYS = {"text", "name", "code", "sector", "kind"} | WHERE_KEYS
ARGUMENT_KEYS = {"text", "code", "sector"} | WHERE_KEYS
EVENT_KEYS = {"type", "trigger", "actor", "recipient", "modality", "mode", "context", "date", "why"}
QUOTE_KEYS = {"content", "source", "cue", "kind", "speaker", "stance", "relayed_by"}
TIME_KEYS = {"text", "type", "value"} | WHERE_KEYS


def choice(article: Article, where: str, value: Any, allowed: Iterable[Any], null: bool) -> Any:
    if value is None and null:
        return None
    if value not in list(allowed):
        article.fail(where, f"{value!r} is not one of {sorted(map(str, allowed))}")
    return value


def timex(article: Article, where: str, value: Any, null: bool) -> str | None:
    """TIMEX3 values as strings; YAML turns unquoted ``2025-03-04`` into a date and ``2019`` into
    an int, both harmless, but ``10:30`` into 630, so anything else must be quoted."""
    if value is None and null:
        return None
    if isinstance(value, dt.datetime):
        article.fail(where, f"quote date-times ({value!r}) so YAML keeps them as written")
        return None
    if isinstance(value, dt.date) or (isinstance(value, int) and not isinstance(value, bool)):
        value = value.isoformat() if isinstance(value, dt.date) else str(value)
    if not isinstance(value, str) or not TIMEX_VALUE.match(value):
        article.fail(where, f"{value!r} is not a TIMEX3 value")
        return None
    return value


def _code(article: Article, where: str, code: Any) -> Any:
    if code is None or code == "IGO":
        return code
    if not isinstance(code, str) or pycountry.countries.get(alpha_3=code) is None:
        article.fail(where, f"{code!r} is not an ISO 3166 alpha-3 code, IGO or null")
    return code


def compile_actors(article: Article, items: list[Any]) -> list[dict[str, Any]]:
    actors: list[dict[str, Any]] = []
    seen: set[tuple[int, int]] = set()
    by_name: dict[str, dict[str, Any]] = {}
    for n, item in enumerate(items):
        where = f"gold.actors[{n}]"
        if not check_keys(article, where, item, ACTOR_KEYS):
            continue
        span = article.span(where, item.get("text"), item)
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            article.fail(where, "name (the canonical actor name) is required")
        record = {
            **(span or {}),
            "name": name,
            "code": _code(article, f"{where}.code", item.get("code")),
            "sector": choice(
                article, f"{where}.sector", item.get("sector"), VOCABULARY["sectors"], True
            ),
            "kind": choice(article, f"{where}.kind", item.get("kind"), VOCABULARY["kinds"], False),
        }
        if span is None:
            continue
        if (span["start"], span["end"]) in seen:
            article.fail(where, f"{span['text']!r} at {span['start']} is listed twice")
        seen.add((span["start"], span["end"]))
        first = by_name.setdefault(name, record)
        if (first["code"], first["kind"]) != (record["code"], record["kind"]):
            article.fail(
                where,
                f"{name!r} has code/kind {record['code']}/{record['kind']} here but "
                f"{first['code']}/{first['kind']} at {first['text']!r}",
            )
        actors.append(record)
    return actors


def _overlapping(actors: list[dict[str, Any]], span: dict[str, Any]) -> list[dict[str, Any]]:
    hits = [a for a in actors if a["start"] < span["end"] and span["start"] < a["end"]]
    return sorted(hits, key=lambda a: (a["start"], a["end"]) != (span["start"], span["end"]))


def _arguments(
    article: Article,
    where: str,
    items: Any,
    actors: list[dict[str, Any]],
    scopes: list[tuple[int, int]],
) -> list[dict[str, Any]]:
    """Event actors/recipients; each must be a gold actor mention, whose code and sector it takes
    unless it states its own (which must then agree with that mention)."""
    if not isinstance(items, list):
        article.fail(where, "must be a list (empty when nobody is named)")
        return []
    arguments = []
    for n, item in enumerate(items):
        here = f"{where}[{n}]"
        if not check_keys(article, here, item, ARGUMENT_KEYS):
            continue
        span = article.span(here, item.get("text"), item, scopes)
        if span is None:
            continue
        mentions = _overlapping(actors, span)
        if not mentions:
            article.fail(here, f"{span['text']!r} is not (part of) a gold actor mention")
            continue
        code = _code(article, f"{here}.code", item.get("code", mentions[0]["code"]))
        sector = item.get("sector", mentions[0]["sector"])
        if not any((m["code"], m["sector"]) == (code, sector) for m in mentions):
            article.fail(
                here,
                f"{code}/{sector} disagrees with the gold actor mention "
                f"{mentions[0]['text']!r} ({mentions[0]['code']}/{mentions[0]['sector']})",
            )
        arguments.append({**span, "code": code, "sector": sector})
    return arguments


def compile_events(article: Article, items: list[Any], actors: list[dict[str, Any]]) -> list[Any]:
    events, seen = [], set()
    for n, item in enumerate(items):
        where = f"gold.events[{n}]"
        if not check_keys(article, where, item, EVENT_KEYS | WHERE_KEYS):
            continue
        kind = choice(article, f"{where}.type", item.get("type"), PLOVER_TYPES, False)
        trigger = article.span(f"{where}.trigger", item.get("trigger"), item)
        if trigger is None:
            continue
        scopes = article.scopes_of(trigger)
        mode = item.get("mode")
        if kind in PLOVER_TYPES:
            choice(article, f"{where}.mode", mode, VOCABULARY["plover_modes"][kind], True)
        context = item.get("context", [])
        if not isinstance(context, list):
            article.fail(f"{where}.context", "must be a list")
            context = []
        for c in context:
            choice(article, f"{where}.context", c, VOCABULARY["plover_contexts"], False)
        why = item.get("why")
        if not isinstance(why, str) or not why.strip():
            article.fail(f"{where}.why", "say in one line why this is the right code")
        if (kind, trigger["start"]) in seen:
            article.fail(where, f"a second {kind} event on the same trigger {trigger['text']!r}")
        seen.add((kind, trigger["start"]))
        events.append(
            {
                "type": kind,
                "trigger": trigger,
                "actor": _arguments(
                    article, f"{where}.actor", item.get("actor", []), actors, scopes
                ),
                "recipient": _arguments(
                    article, f"{where}.recipient", item.get("recipient", []), actors, scopes
                ),
                "modality": choice(
                    article,
                    f"{where}.modality",
                    item.get("modality"),
                    VOCABULARY["modalities"],
                    False,
                ),
                "mode": mode,
                "context": context,
                "date": timex(article, f"{where}.date", item.get("date"), True),
                "why": why,
            }
        )
    return events


def compile_quotes(article: Article, items: list[Any], actors: list[dict[str, Any]]) -> list[Any]:
    quotes, seen = [], set()
    names = {a["name"] for a in actors}
    for n, item in enumerate(items):
        where = f"gold.quotes[{n}]"
        if not check_keys(article, where, item, QUOTE_KEYS | WHERE_KEYS):
            continue
        content = article.span(f"{where}.content", item.get("content"), item)
        if content is None:
            continue
        scopes = article.scopes_of(content)
        source = cue = None
        if item.get("source") is not None:
            source = article.span(f"{where}.source", item["source"], None, scopes)
        if item.get("cue") is not None:
            cue = article.span(f"{where}.cue", item["cue"], None, scopes)
        speaker = item.get("speaker")
        if speaker is not None and speaker not in names:
            article.fail(f"{where}.speaker", f"{speaker!r} is not the name of any gold actor")
        if (
            source is not None
            and speaker is not None
            and not any(a["name"] == speaker for a in _overlapping(actors, source))
        ):
            article.fail(
                f"{where}.source", f"{source['text']!r} is not a gold mention of {speaker!r}"
            )
        relayed = item.get("relayed_by", [])
        if not isinstance(relayed, list) or not all(isinstance(r, str) for r in relayed):
            article.fail(f"{where}.relayed_by", "must be a list of names")
            relayed = []
        if (content["start"], content["end"]) in seen:
            article.fail(where, f"content {content['text'][:40]!r} is attributed twice")
        seen.add((content["start"], content["end"]))
        quotes.append(
            {
                "source": source,
                "cue": cue,
                "content": content,
                "kind": choice(
                    article, f"{where}.kind", item.get("kind"), VOCABULARY["quote_kinds"], False
                ),
                "speaker": speaker,
                "stance": choice(
                    article, f"{where}.stance", item.get("stance"), VOCABULARY["stances"], False
                ),
                "relayed_by": relayed,
            }
        )
    return quotes


def compile_times(article: Article, items: list[Any]) -> list[dict[str, Any]]:
    times, seen = [], set()
    for n, item in enumerate(items):
        where = f"gold.times[{n}]"
        if not check_keys(article, where, item, TIME_KEYS):
            continue
        span = article.span(where, item.get("text"), item)
        kind = choice(article, f"{where}.type", item.get("type"), VOCABULARY["time_types"], False)
        value = timex(article, f"{where}.value", item.get("value"), False)
        if span is None:
            continue
        if (span["start"], span["end"]) in seen:
            article.fail(where, f"{span['text']!r} at {span['start']} is listed twice")
        seen.add((span["start"], span["end"]))
        times.append({**span, "type": kind, "value": value})
    return times
