"""``role_anachronism``: the text gives a person a title the base says was not theirs that day.

"former President Trump" in an article of March 2025, or "President Biden" in one of March 2025.
Only checked where the base knows the person held that office at some time, so a missing record
never raises a finding; titles marked as timeless ("then-president", "acting") are never checked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from detente.kb.protocol import KnowledgeBase
from detente.kb.store import CODE_GROUPS
from detente.model import Actor, Finding, Mention, Span


@dataclass(frozen=True, slots=True)
class TitleUse:
    """A title used for an actor: the description, the name it is attached to (if any)."""

    description: Mention
    name: Span | None
    actor: Actor
    code: str
    former: bool
    timeless: bool


def anachronisms(kb: KnowledgeBase, uses: list[TitleUse], day: dt.date | None) -> list[Finding]:
    found: list[Finding] = []
    if day is None:
        return found
    for use in uses:
        if use.timeless or use.actor.kb_id is None:
            continue
        entry = kb.get(use.actor.kb_id)
        if entry is None:
            continue
        codes = CODE_GROUPS.get(use.code, frozenset({use.code}))
        held = [
            r
            for r in entry.roles
            if r.code in codes
            and (not use.description.country or r.country == use.description.country)
        ]
        if not held:
            continue
        active = any(r.active_on(day) for r in held)
        title = use.description.span.text
        if use.former and active:
            message = f"{entry.name} is called '{title}' but held that office on {day.isoformat()}"
        elif not use.former and not active:
            current = kb.role_on(entry.kb_id, day)
            now = (
                f"was {current.title} ({current.country})"
                if current
                else "held no office in the base"
            )
            message = f"{entry.name} is called '{title}' but on {day.isoformat()} {now}"
        else:
            continue
        evidence = [use.description.span]
        if use.name is not None:
            evidence.append(use.name)
        else:
            first = min(use.actor.mentions, key=lambda s: s.start, default=None)
            if first is not None and first != use.description.span:
                evidence.append(first)
        found.append(Finding("role_anachronism", message, evidence, use.actor.id))
    return found
