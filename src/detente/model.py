"""The one typed document model every stage reads and writes.

A :class:`Document` starts as text plus metadata and gains *layers* as stages run: ``nlp`` (the
spaCy parse), ``mentions``, ``actors``, ``times``, ``quotes``, ``events`` and ``findings``. Every
extracted item points back into ``Document.text`` through :class:`Span` objects, so any figure
downstream can be traced to the words that support it. Stages declare the layers they require and
add; :mod:`detente.pipeline` checks those contracts when a pipeline is built.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

Layer = Literal["language", "nlp", "mentions", "actors", "times", "quotes", "events", "findings"]
LAYERS: tuple[str, ...] = (
    "language",
    "nlp",
    "mentions",
    "actors",
    "times",
    "quotes",
    "events",
    "findings",
)

ActorKind = Literal["person", "state", "organization", "group", "media", "place", "other"]
Modality = Literal["asserted", "negated", "hypothetical", "intended", "historical"]
QuoteKind = Literal["direct", "indirect", "mixed"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A slice of ``Document.text``; ``text`` is kept so records stay readable on their own."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``text[start:end]``; the only way stages should build spans."""
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span {start}:{end} outside text of length {len(text)}")
        return cls(start, end, text[start:end])

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Mention:
    """A stretch of text that refers to an actor, before or after it is linked to one.

    ``kind`` says how the actor is referred to: ``name`` (a proper name or alias), ``metonym``
    ("Pyongyang", "the Kremlin"), ``demonym`` ("North Korean officials"), ``description`` ("the
    foreign minister"), ``pronoun`` ("he"). ``kb_ids`` are the knowledge-base candidates; ``actor``
    is the document-local actor id once resolution has chosen.
    """

    span: Span
    kind: str
    label: str | None = None
    kb_ids: list[str] = field(default_factory=list)
    actor: str | None = None
    country: str | None = None
    sector: str | None = None
    source: str = ""


@dataclass(slots=True)
class Actor:
    """A distinct real-world actor in one document, with every mention that refers to it."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    kb_id: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A normalised date for an event, with where it came from."""

    value: str
    time: str | None = None
    inferred: bool = False


@dataclass(slots=True)
class TimeExpression:
    """A TIMEX3-style time expression; ``value`` keeps ``X`` digits when it cannot be anchored."""

    span: Span
    type: TimeType
    value: str | None
    anchor: str | None = None


@dataclass(slots=True)
class Quote:
    """An attribution: what was said or believed (``content``), by whom, through which cue."""

    id: str
    kind: QuoteKind
    content: Span
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: Span | None = None
    stance: str | None = None
    relayed_by: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Event:
    """A PLOVER event with the evidence and the rule that produced it."""

    id: str
    type: str
    trigger: Span
    evidence: Span
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    quad_class: int | None = None
    intensity: float | None = None
    date: TimeValue | None = None
    modality: Modality = "asserted"
    reported_by: str | None = None
    confidence: float | None = None
    rule: str | None = None


@dataclass(slots=True)
class Finding:
    """Something a careful reader should know, with the spans that show it."""

    kind: str
    message: str
    evidence: list[Span] = field(default_factory=list)
    actor: str | None = None


@dataclass(slots=True)
class Document:
    """One article and everything extracted from it so far."""

    text: str
    id: str = ""
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    nlp: SpacyDoc | None = None
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    layers: set[str] = field(default_factory=set)
    stages: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)

    def span(self, start: int, end: int) -> Span:
        return Span.of(self.text, start, end)

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)


def content_id(text: str) -> str:
    """Stable id from the text alone, so re-extracting the same article gives the same id."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class DocumentError(Exception):
    """A document that cannot be processed; ``kind`` is a stable machine-readable reason."""

    def __init__(self, kind: str, message: str, doc_id: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.doc_id = doc_id
