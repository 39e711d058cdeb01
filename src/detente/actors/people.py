"""Which knowledge-base person a name means, and how to present them.

Choosing among namesakes is where a wrong guess costs most (a minister called "May" or "Young"),
so the rules are kept together here: the office held on the publication date wins, and a surname
alone is trusted only for people prominent on that date.
"""

from __future__ import annotations

import bisect
import datetime as dt

from detente.actors.coref import Context
from detente.actors.lexicon import Lexicon
from detente.kb.names import key, name_parts
from detente.kb.protocol import Entry, KnowledgeBase, Role
from detente.kb.store import rank
from detente.model import Actor, Mention

_HONORIFIC_GENDER = {
    "mr": "m",
    "mr.": "m",
    "sir": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "dame": "f",
}
# How long after leaving a prominent office a person is still recognised by surname alone.
RECENT = dt.timedelta(days=730)


def standing(kb: KnowledgeBase, entry: Entry, day: dt.date | None) -> tuple[int, int]:
    """Order candidates: an office on the day first (senior first), then the latest office."""
    role = kb.role_on(entry.kb_id, day)
    if role is not None and day is not None:
        return (0, rank(role))
    latest = max((r.end or r.start or dt.date.min for r in entry.roles), default=dt.date.min)
    return (1, -latest.toordinal())


def prominent(
    people: list[Entry], day: dt.date | None, lex: Lexicon, sovereign: frozenset[str | None]
) -> tuple[list[Entry], str | None]:
    """Surname-only candidates kept only if prominent on the day (or just before it).

    Prominent: a prominent office held on the day, or left less than ``RECENT`` before it
    (ousted leaders stay in the news). Office-holders on the day beat recent ones; with
    several equal candidates none is chosen, but when they all served the same state
    ("Bush" with no date) that country is returned as the second item.
    """
    out: list[tuple[tuple[int, int], Entry, str | None]] = []
    for entry in people:
        best: tuple[tuple[int, int], str | None] | None = None
        for role in entry.roles:
            if role.country not in sovereign or not (
                role.code in lex.prominent_everywhere
                or (role.code in lex.prominent_major and role.country in lex.major_states)
            ):
                continue
            if day is None or role.active_on(day):
                order = (0, rank(role))
            elif role.end and role.end <= day < role.end + RECENT:
                order = (1, rank(role))
            else:
                continue
            if best is None or order < best[0]:
                best = (order, role.country)
        if best is not None:
            out.append((best[0], entry, best[1]))
    out.sort(key=lambda item: item[0])
    if len(out) > 1 and out[0][0] == out[1][0]:
        countries = {country for order, _, country in out if order == out[0][0]}
        return [], countries.pop() if len(countries) == 1 else None
    return [e for _, e, _ in out[:1]], None


def stated_country(ctx: Context, m: Mention, kb: KnowledgeBase) -> str | None:
    """The country the text itself gives a name: a title just before it ("Moroccan King
    Hassan", "UN Secretary-General Annan") or "of X" just after it ("King Hassan of Morocco")."""
    mentions = ctx.doc.mentions
    i = bisect.bisect_left(mentions, m.span.start, key=lambda x: x.span.start)
    before = mentions[i - 1] if i > 0 else None
    if (
        before is not None
        and before.kind == "description"
        and before.country
        and ctx.doc.text[before.span.end : m.span.start] in (" ", "-")
    ):
        return before.country
    after = next((x for x in mentions[i:] if x.span.start >= m.span.end), None)
    if after is not None and ctx.doc.text[m.span.end : after.span.start] == " of ":
        states = [e for e in (kb.get(k) for k in after.kb_ids) if e and e.kind in ("state", "igo")]
        if len(states) == 1:
            return states[0].country
    return None


def serving(
    kb: KnowledgeBase, people: list[Entry], country: str, day: dt.date | None
) -> list[Entry]:
    """The candidates whose office on the day (or latest office) is in ``country``."""
    out = []
    for entry in people:
        role = kb.role_on(entry.kb_id, day)
        if (role.country if role and role.country else entry.country) == country:
            out.append(entry)
    return out


def role_text(kb: KnowledgeBase, role: Role | None) -> str | None:
    """ "President of the United States": the title, with the state unless it names one."""
    if role is None:
        return None
    state = kb.get(f"state:{role.country}") if role.country else None
    if state is None or key(state.name) in key(role.title):
        return role.title
    name = state.name
    if (
        name.startswith(("United ", "Republic ", "Democratic ", "Central ", "Holy "))
        or (name.endswith("s") and " " not in name and name not in ("Seychelles", "Barbados"))
        or name.endswith((" Islands", " Republic"))
    ):
        name = f"the {name}"
    return f"{role.title} of {name}"


def loose(name: str) -> str | None:
    """ "Omar Hassan al-Bashir" -> "omar bashir": first and last name parts, for long names."""
    parts = name_parts(name)
    return f"{parts[0]} {parts[-1]}" if len(parts) > 2 else None


def learn_gender(
    ctx: Context, actor: Actor, m: Mention, entry: Entry | None, given_names: dict[str, str]
) -> None:
    """What pronoun agreement may assume: the base's gender, an honorific, a given name."""
    traits = ctx.traits[actor.id]
    traits.party = entry.party if entry else traits.party
    if traits.gender:
        return
    if entry is not None and entry.gender:
        traits.gender = entry.gender
        return
    before = ctx.doc.text[max(0, m.span.start - 6) : m.span.start].split()
    if before and before[-1].lower() in _HONORIFIC_GENDER:
        traits.gender = _HONORIFIC_GENDER[before[-1].lower()]
        return
    parts = key(actor.name).split()
    traits.gender = next((given_names[p] for p in parts if p in given_names), None)
