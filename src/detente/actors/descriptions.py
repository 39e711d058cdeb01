"""Descriptions: a person or body referred to by office or kind, not by name.

"President Trump" and "Trump, the president" attach a title to a name; "the North Korean leader"
and "his own secretary of state" stand alone and are resolved to the holder of that office on
the publication date; "the Republican" to the last person of that party; "the bloc" to the last
international body. Every title so used is returned for the ``role_anachronism`` check.
"""

from __future__ import annotations

import bisect
import datetime as dt

from detente.actors.anachronism import TitleUse
from detente.actors.coref import Context
from detente.actors.lexicon import Lexicon
from detente.actors.people import learn_gender, role_text
from detente.actors.phrases import POSSESSIVES
from detente.actors.pronouns import agreement, reference, references
from detente.kb.protocol import KnowledgeBase
from detente.kb.store import CODE_GROUPS
from detente.model import Actor, Mention

# Titles of state officers: a person so titled serves the state the text is about.
_OFFICERS = frozenset({"MILCHIEF", "MIN", "SPY", "LEG", "LEGM", "AMB", "SPOKES"})
# Offices a description can be checked against the base for ("the president", not "a minister").
_CODES = frozenset(
    {
        "HOS",
        "HOG",
        "LEADER",
        "VP",
        "DHOG",
        "FM",
        "DEF",
        "FIN",
        "INT",
        "JUS",
        "AG",
        "NSA",
        "IGOHEAD",
        "CB",
    }
)


class Descriptions:
    def __init__(self, kb: KnowledgeBase, lexicon: Lexicon, pronoun_window: int) -> None:
        self.kb = kb
        self.lexicon = lexicon
        self.pronoun_window = pronoun_window

    def resolve(
        self, ctx: Context, m: Mention, day: dt.date | None, mentions: list[Mention]
    ) -> TitleUse | None:
        flags = set(m.source.split("+"))
        named = self._attached(ctx, m, mentions)
        code = m.label or ""
        if named is not None:
            person = ctx.actors_by_id()[named.actor or ""]
            traits = ctx.traits[person.id]
            if m.country and traits.guessed:
                # "Kofi Annan, UN secretary-general": the title's country beats a nearby guess.
                person.country, traits.guessed = m.country, False
            if person.country is None:
                person.country = m.country or (
                    ctx.nearby_country(m) if code in _CODES | _OFFICERS else None
                )
            if person.sector is None and person.kb_id is None:
                person.sector = m.sector
            name_span = named.span
            if named.span.start >= m.span.end:
                # "President Joe Biden" is one noun phrase: one mention covering title and name.
                whole = ctx.doc.span(m.span.start, named.span.end)
                person.mentions = [whole if s == named.span else s for s in person.mentions]
                named.span = whole
                m.actor = person.id
                m.source += "+merged"
            else:
                ctx.link(m, person)
            timeless = bool(flags & {"timeless", "informal"})
            return TitleUse(m, name_span, person, code, "former" in flags, timeless)
        if code.startswith("REFS:"):
            _, target, number = code.split(":")
            ctx.link_all(m, references(ctx, m, target, int(number)))
            return None
        if code.startswith("REF:"):
            found = reference(ctx, m, code.split(":", 1)[1])
            if found is not None:
                ctx.link(m, found)
            return None
        country = m.country or self._owner_country(ctx, m)
        actor: Actor | None = None
        if code.startswith("PARTY:"):
            party = code.split(":", 1)[1]
            actor = ctx.antecedent(
                m.span.start, self.pronoun_window, lambda a, t: t.person and t.party == party
            )
        elif "former" in flags:
            actor = ctx.recent(
                m.span.start, lambda a, t: t.person and self._held(a, code, country, None)
            )
        elif "indefinite" not in flags:
            actor = ctx.recent(
                m.span.start, lambda a, t: t.person and self._held(a, code, country, day)
            )
            if actor is None and day is not None and code in _CODES:
                actor = self._holder(ctx, m, country or ctx.dominant_state(), code, day)
        if actor is None:
            if country is None and code in _CODES | _OFFICERS:
                # "the speaker of parliament" in a story about one state serves that state.
                country = ctx.dominant_state()
            identity = ("description", m.span.start)
            actor = ctx.actor(identity, m.span.text, "person", country=country, sector=m.sector)
        ctx.link(m, actor)
        if actor.kb_id and code in _CODES:
            return TitleUse(
                m, None, actor, code, "former" in flags, bool(flags & {"timeless", "informal"})
            )
        return None

    def _attached(self, ctx: Context, m: Mention, mentions: list[Mention]) -> Mention | None:
        """The person name a title is glued to: "President Trump" or "Trump, the president"."""
        i = bisect.bisect_left(mentions, m.span.start, key=lambda x: x.span.start)
        after = next((x for x in mentions[i:] if x.span.start >= m.span.end), None)
        before = next((x for x in reversed(mentions[:i]) if x.span.end <= m.span.start), None)
        for other, gap in (
            (after, (m.span.end, after.span.start if after else 0)),
            (before, (before.span.end if before else 0, m.span.start)),
        ):
            if other is None or other.actor is None or other.kind != "name":
                continue
            actor = ctx.actors_by_id().get(other.actor)
            if actor is None or actor.kind != "person":
                continue
            between = ctx.doc.text[gap[0] : gap[1]].strip()
            if (other is after and between in ("", "-")) or (other is before and between == ","):
                return other
        return None

    def _owner_country(self, ctx: Context, m: Mention) -> str | None:
        """Country of the possessor: "Trump's secretary of state", "his own secretary of state"."""
        sdoc = ctx.sdoc
        span = sdoc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if span is None:
            return None
        first = span[0]
        if first.tag_ == "PRP$":
            gender = self.lexicon.pronouns.get(first.lower_)
            owner = ctx.antecedent(first.idx, self.pronoun_window, agreement(gender))
            return owner.country if owner else None
        if span.start >= 2 and sdoc[span.start - 1].lower_ in POSSESSIVES:
            owner = ctx.at(sdoc[span.start - 2].idx)
            return owner.country if owner else None
        return None

    def _held(self, actor: Actor, code: str, country: str | None, day: dt.date | None) -> bool:
        """Whether a known person held the office (on ``day``, or ever when ``day`` is None)."""
        if actor.kb_id is None:
            return False
        entry = self.kb.get(actor.kb_id)
        codes = self._codes(code, country)
        return entry is not None and any(
            r.code in codes
            and (country is None or r.country == country)
            and (day is None or r.active_on(day))
            for r in entry.roles
        )

    def _codes(self, code: str, country: str | None) -> frozenset[str]:
        if code == "LEADER":
            if country is None:
                return CODE_GROUPS["LEADER"]
            return CODE_GROUPS["HOG" if country in self.lexicon.hog_leads else "HOS"]
        return CODE_GROUPS.get(code, frozenset({code}))

    def _holder(
        self, ctx: Context, m: Mention, country: str | None, code: str, day: dt.date
    ) -> Actor | None:
        if country is None:
            return None
        ask = ("HOG" if country in self.lexicon.hog_leads else "HOS") if code == "LEADER" else code
        holders = self.kb.holders(country, ask, day)
        if not holders:
            return None
        entry = holders[0]
        role = self.kb.role_on(entry.kb_id, day)
        actor = ctx.actor(
            entry.kb_id,
            entry.name,
            "person",
            country=role.country if role else country,
            sector=role.sector if role else m.sector,
            role=role_text(self.kb, role),
            kb_id=entry.kb_id,
        )
        learn_gender(ctx, actor, m, entry, self.lexicon.given_names)
        return actor
