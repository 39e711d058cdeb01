"""The ``actors.resolve.v1`` stage: link every mention to a document-local actor.

Names first (knowledge-base entries, then in-document surnames, then prominent surnames from the
base), so that descriptions and pronouns, resolved second in text order, can point back at them.
The role printed for a person is the one the base gives for the publication date; a title in
the text that contradicts it is reported as a ``role_anachronism`` finding. What the text says
beats what is guessed: a title's country ("UN Secretary-General", "King X of Morocco") rules
out namesakes serving elsewhere and overrides the country named nearby; a possessor ("its
navy", "Red Cross officials") gives an agent its country, even none for a transnational body.
"""

from __future__ import annotations

import datetime as dt

from detente.actors.anachronism import TitleUse, anachronisms
from detente.actors.coref import Context
from detente.actors.descriptions import Descriptions
from detente.actors.lexicon import lexicon
from detente.actors.people import (
    learn_gender,
    loose,
    prominent,
    role_text,
    serving,
    standing,
    stated_country,
)
from detente.actors.pronouns import agreement, antecedent, opening_they
from detente.kb.names import key, name_parts
from detente.kb.protocol import Entry, KnowledgeBase
from detente.model import Actor, ActorKind, Document, Mention
from detente.registry import Stage, stage

_KINDS: dict[str, ActorKind] = {
    "state": "state",
    "igo": "organization",
    "media": "media",
    "person": "person",
    "agent": "organization",
    "transnational": "organization",
}
_NAMES = frozenset({"name", "metonym", "demonym", "agent"})


@stage("actors.resolve.v1")
class ResolveActors(Stage):
    """Requires the parse and ``mentions``; provides ``actors`` (and ``role_anachronism`` findings).

    Settings: ``pronoun_window`` (sentences a pronoun looks back), ``agent_country`` (give a
    generic agent with no country in the text the country named nearest to it, else the
    article's main one).
    """

    requires = frozenset({"nlp", "mentions"})
    provides = frozenset({"actors"})

    def __init__(
        self, kb: KnowledgeBase, pronoun_window: int = 2, agent_country: bool = True
    ) -> None:
        self.kb = kb
        self.lexicon = lexicon()
        self.pronoun_window = pronoun_window
        self.agent_country = agent_country
        self.descriptions = Descriptions(kb, self.lexicon, pronoun_window)
        # States of our own table (sovereign, with demonyms); territories' governors are not
        # prominent enough to be recognised by surname alone.
        self.sovereign = frozenset(
            e.country for e in kb.entries() if e.kind == "state" and e.demonyms
        )
        # "Omar Hassan al-Bashir" is "Omar al-Bashir": first and last name parts as a looser key.
        self.loose: dict[str, list[str]] = {}
        for entry in kb.entries():
            if entry.kind == "person":
                for name in (entry.name, *entry.aliases):
                    short_key = loose(name)
                    if short_key:
                        ids = self.loose.setdefault(short_key, [])
                        if entry.kb_id not in ids:
                            ids.append(entry.kb_id)

    def __call__(self, doc: Document) -> Document:
        assert doc.nlp is not None
        ctx = Context(doc, doc.nlp)
        day = doc.published
        keep: list[Mention] = []
        for m in doc.mentions:
            if m.source == "dateline" or (m.kind in _NAMES and not self._name(ctx, m, day)):
                continue
            keep.append(m)
        uses: list[TitleUse] = []
        for m in keep:
            if m.kind == "description":
                use = self.descriptions.resolve(ctx, m, day, keep)
                if use:
                    uses.append(use)
            elif m.kind == "pronoun":
                self._pronoun(ctx, m)
        doc.mentions = [m for m in keep if not m.source.endswith("+merged")]
        doc.actors = list(ctx.actors.values())
        found = [f for f in doc.findings if f.kind != "role_anachronism"]
        doc.findings = found + anachronisms(self.kb, uses, day)
        return doc

    # -- names ---------------------------------------------------------------------------------

    def _name(self, ctx: Context, m: Mention, day: dt.date | None) -> bool:
        """Link a name-like mention; False when it turns out not to name an actor at all."""
        entries = [e for e in (self.kb.get(i) for i in m.kb_ids) if e is not None]
        if m.kind == "agent":
            self._agent(ctx, m, entries)
            return True
        if m.kind == "demonym" and m.label == "ethnic":
            own = entries[0].country if entries else None
            country = ctx.nearby_country(m, exclude=own) or own
            ctx.link(
                m,
                ctx.actor(
                    ("ethnic", m.span.text.lower(), country), m.span.text, "group", country=country
                ),
            )
            return True
        if m.kind == "demonym" and m.span.text.endswith("s") and _plural(ctx, m):
            state = entries[0]
            ctx.link(
                m,
                ctx.actor(
                    ("people", state.kb_id),
                    m.span.text,
                    "group",
                    country=state.country,
                    sector="CVL",
                    kb_id=state.kb_id,
                ),
            )
            ctx.traits[ctx.actors[("people", state.kb_id)].id].plural = True
            return True
        if m.kind in ("metonym", "demonym"):
            state = entries[0]
            identity = ("gov", state.kb_id) if m.kind == "metonym" else state.kb_id
            sector = "GOV" if m.kind == "metonym" else None
            ctx.link(
                m,
                ctx.actor(
                    identity,
                    state.name,
                    "state",
                    country=state.country,
                    sector=sector,
                    kb_id=state.kb_id,
                ),
            )
            return True
        single = len(m.span.text.split()) == 1
        if m.source in ("surname", "ner") and single and (known := ctx.parts.get(key(m.span.text))):
            ctx.link(m, known)
            return True
        people = [e for e in entries if e.kind == "person"]
        if not entries and m.label == "PERSON" and (short_key := loose(m.span.text)):
            people = [
                e for e in (self.kb.get(i) for i in self.loose.get(short_key, ())) if e is not None
            ]
        shared = None
        if m.source in ("surname", "ner") and single:
            stated = stated_country(ctx, m, self.kb)
            if stated is not None:
                # A title or "of X" says whose official this is: a namesake serving elsewhere
                # is not meant, and one serving that state needs no prominence to be trusted.
                fitting = serving(self.kb, people, stated, day)
                people, shared = fitting[:1] if len(fitting) == 1 else [], stated
            else:
                people, shared = prominent(people, day, self.lexicon, self.sovereign)
        elif people:
            people = [min(people, key=lambda e: standing(self.kb, e, day))]
        if people:
            self._link_entry(ctx, m, people[0], day)
            return True
        others = [e for e in entries if e.kind != "person"]
        if others:
            self._link_entry(ctx, m, others[0], day)
            return True
        if m.source == "surname" and shared is None:
            return False
        if m.label == "PERSON":
            parts = name_parts(m.span.text)
            known = ctx.parts.get(parts[-1]) if parts else None
            if known is not None and all(ctx.parts.get(p) in (known, None) for p in parts):
                ctx.link(m, known)
                return True
            country = shared or (ctx.nearby_country(m) if self.agent_country else None)
            actor = ctx.actor(("local", key(m.span.text)), m.span.text, "person", country=country)
            ctx.traits[actor.id].guessed = shared is None
            learn_gender(ctx, actor, m, None, self.lexicon.given_names)
            ctx.link(m, actor)
            return True
        country = ctx.nearby_country(m) if self.agent_country else None
        ctx.link(
            m, ctx.actor(("local", key(m.span.text)), m.span.text, "organization", country=country)
        )
        return True

    def _link_entry(self, ctx: Context, m: Mention, entry: Entry, day: dt.date | None) -> Actor:
        role = self.kb.role_on(entry.kb_id, day)
        kind = _KINDS.get(entry.kind, "other")
        if entry.kind == "person":
            country = role.country if role and role.country else entry.country
            sector = role.sector if role and role.sector else entry.sector
            if (
                role is None
                and day is not None
                and any(r.end and r.end <= day for r in entry.roles)
            ):
                sector = "ELI"  # out of office on the day: a former official
        else:
            country, sector = entry.country, entry.sector
        actor = ctx.actor(
            entry.kb_id,
            entry.name,
            kind,
            country=country,
            sector=sector,
            role=role_text(self.kb, role),
            kb_id=entry.kb_id,
        )
        if entry.kind == "person":
            learn_gender(ctx, actor, m, entry, self.lexicon.given_names)
        ctx.link(m, actor)
        return actor

    def _agent(self, ctx: Context, m: Mention, entries: list[Entry]) -> None:
        entry = entries[0] if entries else None
        if m.label != "p" and (person := self._apposed(ctx, m)) is not None:
            person.country = person.country or m.country
            person.sector = person.sector or m.sector
            ctx.link(m, person)
            return
        country = m.country or (entry.country if entry else None)
        sector = m.sector or (entry.sector if entry else None)
        owner = self._possessor(ctx, m)
        if owner is not None:
            # "its navy", "their embassy in Tehran": the owner's, wherever it is.
            country = owner.country
        elif country is None:
            before = ctx.just_before(m.span.start)
            if before is not None and not ctx.doc.text[before.end : m.span.start].strip(" '’s"):
                owner = before.actor
                country = owner.country
        body = owner if owner is not None and owner.kind == "organization" else None
        if body is not None and not body.kb_id:
            body = None
        if body is not None:
            # "Red Cross officials", "Hamas fighters": the body's people, of its country even
            # when it has none, and of its sector when the noun only says "officials".
            if sector == "GOV" and body.sector:
                sector = body.sector
        elif owner is None:
            if country is None and entry is not None:
                # "the army" after "Colombia's army": the same kind of agent named earlier.
                earlier = ctx.recent(
                    m.span.start, lambda a, t: a.kb_id == entry.kb_id and a.country
                )
                if earlier is not None:
                    ctx.link(m, earlier)
                    return
            if country is None and self.agent_country:
                country = ctx.dominant_state() or ctx.nearby_country(m)
        if country == "IGO" and sector == "GOV":
            sector = "IGO"  # "UN officials": an international body's staff
        plural = m.label == "p"
        identity = ("agent", entry.kb_id if entry else m.span.text, country, body and body.id)
        head = m.source.split(":", 1)[1] if ":" in m.source else ""
        name = m.span.text if head in m.span.text else f"{m.span.text} {head}"
        if name.lower().startswith("the "):
            name = name[4:]
        actor = ctx.actor(
            identity,
            name,
            "group" if plural else "organization",
            country=country,
            sector=sector,
            kb_id=entry.kb_id if entry else None,
        )
        ctx.traits[actor.id].plural = plural
        ctx.traits[actor.id].generic = m.source.startswith("agent:")
        ctx.link(m, actor)

    def _possessor(self, ctx: Context, m: Mention) -> Actor | None:
        """Whom a possessive pronoun opening an agent phrase points to ("its soldiers")."""
        span = ctx.sdoc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        first = span[0] if span is not None else None
        if first is None or first.tag_ != "PRP$" or first.lower_ not in self.lexicon.pronouns:
            return None
        agrees = agreement(self.lexicon.pronouns[first.lower_])
        return ctx.antecedent(first.idx, self.pronoun_window, agrees)

    def _apposed(self, ctx: Context, m: Mention) -> Actor | None:
        """The person a singular agent phrase is in apposition to: "X, the top activist"."""
        before = ctx.just_before(m.span.start)
        if before is None or not ctx.traits[before.actor.id].person:
            return None
        return before.actor if ctx.doc.text[before.end : m.span.start].strip() == "," else None

    def _pronoun(self, ctx: Context, m: Mention) -> None:
        members = opening_they(ctx, m)
        if members is not None:
            ctx.link_all(m, members)
            return
        actor = antecedent(ctx, m, self.pronoun_window)
        if actor is not None:
            ctx.link(m, actor)


def _plural(ctx: Context, m: Mention) -> bool:
    """A demonym used as a plural noun ("Palestinians") names a people, not a state."""
    span = ctx.sdoc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    return span is not None and span[-1].tag_ in ("NNPS", "NNS")
