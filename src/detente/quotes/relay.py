"""Relay chains: the media a statement passed through before it reached the article.

A statement is relayed by a medium when it sits inside what that medium reports ("X said ..., the
Post reports", "According to Reuters, X said ..."), when the speaker gave it to the medium ("told
CNN", "said in an interview with the BBC"), or when the paragraph credits it ("(via Reuters)").
Media are the actors the knowledge base marks ``media`` plus the names in ``data/media.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from detente.model import Document
from detente.quotes.attribution import Attribution
from detente.quotes.lexicon import Lexicon
from detente.quotes.speakers import MentionIndex

_VIA = re.compile(r"\b(via)\s", re.IGNORECASE)
_CREDIT = re.compile(r"(?<=\s)(?:shares|shared|reports|reported|tweets|tweeted|posts|posted)\b")
_NAME_CHARS = 40
_TO_MEDIUM = frozenset({"dative", "dobj", "prep", "pobj", "agent"})
_OUTLET_WORDS = frozenset({"to", "with", "in", "on", "by", "interview", "told"})


class Media:
    """Which words of one document name a news medium."""

    def __init__(self, doc: Document, lexicon: Lexicon, mentions: MentionIndex) -> None:
        self._lexicon = lexicon
        self._mentions = mentions
        self._actors = {a.id: a.name for a in doc.actors if a.kind == "media"}

    def credits(self, text: str) -> Iterator[tuple[int, str]]:
        """A known medium right before a credit verb: "NDTV shares", "the Post reports"."""
        for match in _CREDIT.finditer(text):
            words = text[max(0, match.start() - _NAME_CHARS) : match.start()].split()
            for size in range(min(len(words), 4), 0, -1):
                name = self._lexicon.media.get(" ".join(words[-size:]).lower())
                if name is not None:
                    yield match.start(), name
                    break

    def name(self, token: Token) -> str | None:
        """The medium named by the phrase headed by ``token``, if it is one."""
        mention = self._mentions.at(token)
        if mention is not None and mention.actor in self._actors:
            return self._actors[mention.actor]
        words = [t for t in token.subtree if t.dep_ not in {"punct", "relcl", "acl"}]
        if not words or len(words) > 6:
            return None
        text = token.doc[words[0].i : words[-1].i + 1].text.lower()
        found = self._lexicon.media.get(text)
        if found is None and text.startswith("the "):
            found = self._lexicon.media.get(text[4:])
        return found


def relay(doc: Doc, text: str, found: list[Attribution], media: Media) -> None:
    """Fill ``relayed_by`` of every attribution, in place."""
    named = [(a, media.name(a.source)) for a in found if a.source is not None]
    reporters = [(a, name) for a, name in named if name]
    for attribution in found:
        chain: list[str] = []
        for outer, name in reporters:
            if outer is attribution or attribution.cue_token is None:
                continue
            cue_at = doc[attribution.cue_token].idx
            if outer.start <= cue_at < outer.end:
                chain.append(name)
        if attribution.cue_token is not None:
            chain.extend(_told_to(doc[attribution.cue_token], media))
        attribution.relayed_by = list(dict.fromkeys(chain))
    _credits(doc, text, found, media)


def _told_to(verb: Token, media: Media) -> list[str]:
    """Media the cue verb speaks to: "told Reuters", "said in an interview with CNN"."""
    names = []
    frontier = [c for c in verb.children if c.dep_ in _TO_MEDIUM]
    for _ in range(3):
        following: list[Token] = []
        for token in frontier:
            name = media.name(token) if token.pos_ == "PROPN" else None
            if name is not None:
                names.append(name)
            elif token.lower_ in _OUTLET_WORDS or token.dep_ == "prep":
                following.extend(c for c in token.children if c.dep_ in _TO_MEDIUM)
        frontier = following
    return names


def _credits(doc: Doc, text: str, found: list[Attribution], media: Media) -> None:
    """A credit ("(via Reuters)", "NDTV shares") relays what its paragraph attributes."""
    credits: list[tuple[int, str]] = []
    for match in _VIA.finditer(text):
        words = doc.char_span(match.start(1), match.end(1))
        objects = [c for c in words[0].children if c.dep_ == "pobj"] if words else []
        if objects:
            target = objects[0]
            name = media.name(target) or (target.text if target.pos_ == "PROPN" else None)
            if name:
                credits.append((match.start(), name))
    credits.extend(media.credits(text))
    for at, name in credits:
        paragraph = (text.rfind("\n", 0, at) + 1, _line_end(text, at))
        for attribution in found:
            inside = paragraph[0] <= attribution.end - 1 < paragraph[1]
            speaker = media.name(attribution.source) if attribution.source is not None else None
            if inside and speaker != name:
                attribution.relayed_by = list(dict.fromkeys([*attribution.relayed_by, name]))


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end
