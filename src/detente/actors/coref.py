"""Per-document bookkeeping for resolution: actors made so far and who was mentioned where.

Within one article a person is introduced in full and then called by surname, title or
pronoun, so resolution keeps (a) the actors by identity key, (b) an index from name parts to the
person last called by them, and (c) a position-ordered history of resolved mentions, from which
pronouns pick the nearest agreeing antecedent (same sentence first, subjects first).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc as SpacyDoc

from detente.kb.names import name_parts
from detente.model import Actor, ActorKind, Document, Mention, Span

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass(slots=True)
class Said:
    """A resolved mention in the history: where it is and what it says about its actor."""

    position: int
    end: int
    sentence: int
    subject: bool
    actor: Actor


@dataclass
class Traits:
    """What pronoun agreement needs to know about an actor."""

    person: bool = False
    gender: str | None = None
    plural: bool = False
    party: str | None = None
    guessed: bool = False  # the country is the one named nearby, not one the text gives it
    generic: bool = False  # named by a common noun ("officials", "a tanker"), not a name


@dataclass
class Context:
    doc: Document
    sdoc: SpacyDoc
    actors: dict[Any, Actor] = field(default_factory=dict)
    traits: dict[str, Traits] = field(default_factory=dict)
    parts: dict[str, Actor] = field(default_factory=dict)
    history: list[Said] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)
    _countries: dict[int, list[tuple[int, str]]] | None = None
    _by_id: dict[str, Actor] = field(default_factory=dict)
    _dominant: str | None = None
    _quoted: list[tuple[int, int]] | None = None

    def __post_init__(self) -> None:
        self.sent_starts = [s.start_char for s in self.sdoc.sents]

    def actors_by_id(self) -> dict[str, Actor]:
        return self._by_id

    def sentence(self, position: int) -> int:
        return max(bisect.bisect_right(self.sent_starts, position) - 1, 0)

    def actor(self, identity: Any, name: str, kind: ActorKind, **fields: Any) -> Actor:
        """The actor with this identity, made on first request with ids A1, A2, ... in order."""
        actor = self.actors.get(identity)
        if actor is None:
            actor = Actor(f"A{len(self.actors) + 1}", name, kind, **fields)
            self.actors[identity] = actor
            self._by_id[actor.id] = actor
            self.traits[actor.id] = Traits(person=kind == "person")
        return actor

    def link(self, mention: Mention, actor: Actor) -> None:
        """Attach a mention to an actor and remember it for later coreference."""
        mention.actor = actor.id
        actor.mentions.append(mention.span)
        token = self.sdoc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        subject = bool(token is not None and token.root.dep_ in _SUBJECTS)
        said = Said(
            mention.span.start, mention.span.end, self.sentence(mention.span.start), subject, actor
        )
        bisect.insort(self.history, said, key=lambda s: s.position)
        if actor.kind == "person" and mention.kind == "name":
            for part in name_parts(mention.span.text):
                self.parts[part] = actor
            for part in name_parts(actor.name):
                self.parts.setdefault(part, actor)

    def link_all(self, mention: Mention, actors: list[Actor]) -> None:
        """Attach a mention to several actors at once ("the two countries", "they" after "X and
        Y"): each member gets the span, so events read the phrase as a compound actor; the
        mention itself names the first."""
        for actor in actors:
            self.link(mention, actor)
        if actors:
            mention.actor = actors[0].id

    def before(self, position: int, window: int) -> list[list[Said]]:
        """History before ``position`` grouped by sentence, nearest sentence first."""
        here = self.sentence(position)
        end = bisect.bisect_left(self.history, position, key=lambda s: s.position)
        groups: list[list[Said]] = [[] for _ in range(window + 1)]
        for said in reversed(self.history[:end]):
            distance = here - said.sentence
            if distance > window:
                break
            groups[distance].append(said)
        return groups

    def antecedent(self, position: int, window: int, agrees: Any) -> Actor | None:
        """Nearest agreeing actor: same sentence, then earlier ones; subjects before others.
        A pronoun outside a quotation does not point into it: in '"The US must stop," it said'
        "it" is the speaker, never a name the speaker used."""
        inside = self.quoted_at(position)
        for distance, group in enumerate(self.before(position, window)):
            fitting = [
                s
                for s in group
                if agrees(s.actor, self.traits[s.actor.id])
                and self.quoted_at(s.position) in (None, inside)
            ]
            if not fitting:
                continue
            subjects = [s for s in fitting if s.subject]
            if not subjects:
                return fitting[0].actor
            # In the pronoun's own sentence the nearest subject; earlier, the sentence's first one.
            return subjects[0].actor if distance == 0 else subjects[-1].actor
        return None

    def quoted_at(self, position: int) -> tuple[int, int] | None:
        """The quotation (between quote marks, at most to the paragraph's end) holding a
        position, if any."""
        if self._quoted is None:
            self._quoted = quotations(self.doc.text)
        i = bisect.bisect_right(self._quoted, (position, len(self.doc.text) + 1)) - 1
        if i >= 0 and self._quoted[i][0] <= position < self._quoted[i][1]:
            return self._quoted[i]
        return None

    def at(self, position: int) -> Actor | None:
        """The actor of the resolved mention covering character ``position``, if any."""
        end = bisect.bisect_right(self.history, position, key=lambda s: s.position)
        for said in reversed(self.history[max(0, end - 3) : end]):
            if said.position <= position < said.end:
                return said.actor
        return None

    def just_before(self, position: int) -> Said | None:
        """The resolved mention ending last before ``position``."""
        end = bisect.bisect_left(self.history, position, key=lambda s: s.position)
        candidates = [s for s in self.history[max(0, end - 3) : end] if s.end <= position]
        return max(candidates, key=lambda s: s.end, default=None)

    def countries_in(self, sentence: int) -> list[tuple[int, str]]:
        """(position, country) of every mention in a sentence that names a country."""
        if self._countries is None:
            self._countries = {}
            for m in self.doc.mentions:
                if m.country and m.label != "ethnic" and m.kind != "pronoun":
                    self._countries.setdefault(self.sentence(m.span.start), []).append(
                        (m.span.start, m.country)
                    )
        return self._countries.get(sentence, [])

    def history_before(self, position: int) -> list[Said]:
        """Resolved mentions before ``position``, nearest first."""
        end = bisect.bisect_left(self.history, position, key=lambda s: s.position)
        return self.history[end - 1 :: -1] if end else []

    def recent(self, position: int, test: Any) -> Actor | None:
        """The most recent actor before ``position`` that passes ``test``, at any distance."""
        end = bisect.bisect_left(self.history, position, key=lambda s: s.position)
        for said in reversed(self.history[:end]):
            if test(said.actor, self.traits[said.actor.id]):
                return said.actor
        return None

    def nearby_country(self, m: Mention, exclude: str | None = None) -> str | None:
        """The country named closest to the mention in its sentence, else the article's main one."""
        best: tuple[int, str] | None = None
        for position, country in self.countries_in(self.sentence(m.span.start)):
            if position != m.span.start and country not in ("IGO", exclude):
                distance = abs(position - m.span.start)
                if best is None or distance < best[0]:
                    best = (distance, country)
        if best:
            return best[1]
        main = self.dominant_state()
        return main if main != exclude else None

    # -- descriptions and pronouns -------------------------------------------------------------

    def dominant_state(self) -> str | None:
        """The country the article is most about: named most often, if one stands out."""
        if self._dominant is None:
            counts: Counter[str] = Counter(
                m.country
                for m in self.doc.mentions
                if m.country
                and m.country != "IGO"
                and m.kind in ("name", "metonym", "demonym", "agent")
                and m.label != "ethnic"
            )
            top = counts.most_common(2)
            clear = top and (len(top) == 1 or top[0][1] > top[1][1])
            self._dominant = top[0][0] if clear else ""
        return self._dominant or None

    def spans_between(self, left: Span, right: Span) -> str:
        return self.doc.text[left.end : right.start]


_MARKS = re.compile('[“”«»"]|\n\n')
_OPENING = frozenset("“«")
_CLOSING = frozenset("”»")


def quotations(text: str) -> list[tuple[int, int]]:
    """Character ranges between quote marks: typographic pairs, or straight marks taken in
    turns; an unclosed quotation ends with its paragraph."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for mark in _MARKS.finditer(text):
        ch, i = mark.group(), mark.start()
        if ch == "\n\n":
            if start is not None:
                out.append((start, i))
                start = None
        elif start is None and (ch in _OPENING or ch == '"'):
            start = i + 1
        elif start is not None and (ch in _CLOSING or ch == '"'):
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, len(text)))
    return out
