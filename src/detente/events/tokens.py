"""Whole-document token arrays, so per-token scans need no spaCy ``Token`` objects.

Mapping the layers' character spans to tokens and looking words up in the cue lists happen for
every document; doing them over numpy arrays of offsets and string hashes keeps the event stage
a small fraction of the parse time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from spacy.attrs import IDX, LEMMA, LOWER, SPACY
from spacy.strings import get_string_id
from spacy.tokens import Doc as SpacyDoc

from detente.events.codebook import Codebook

V = TypeVar("V")


def hashed(words: Iterable[str]) -> frozenset[int]:
    """String-store ids of words, to compare with token arrays."""
    return frozenset(get_string_id(w) for w in words)


def inflections(lemma: str) -> set[str]:
    """Regular English forms of a lemma ("stage": stages, staged, staging), so a token whose
    lemma the model got wrong can still be recognised as a possible trigger."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "d", lemma + "ed", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma[-1:].isalpha():
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def hashed_map(table: Mapping[str, str]) -> dict[int, str]:
    return {get_string_id(k): v for k, v in table.items()}


@dataclass(frozen=True, slots=True)
class CueIds:
    """The codebook's cue words as string ids (built once per stage)."""

    first_person: frozenset[int]
    reporting: frozenset[int]
    speech: dict[int, str]
    contexts: dict[int, str]
    triggers: frozenset[int]
    modes: dict[str, dict[int, tuple[int, str]]]

    @classmethod
    def of(cls, codebook: Codebook) -> CueIds:
        reporting = codebook.cues.get("report", frozenset())
        words = {form for _, lemma in codebook.entries for form in inflections(lemma)}
        return cls(
            hashed(codebook.cues.get("first", ())),
            hashed(reporting),
            hashed_map(codebook.speech),
            hashed_map(codebook.context_cues),
            hashed(words | reporting),
            {
                t: {get_string_id(w): v for w, v in cues.items()}
                for t, cues in codebook.mode_cues.items()
            },
        )


class TokenTable:
    """Offsets, lemma ids and lower-case ids of every token of one parsed document."""

    def __init__(self, doc: SpacyDoc) -> None:
        array = doc.to_array([IDX, LEMMA, LOWER, SPACY])
        self.starts: list[int] = array[:, 0].tolist()
        spaces: list[int] = array[:, 3].tolist()
        following = [*self.starts[1:], len(doc.text)] if self.starts else []
        self.ends: list[int] = [nxt - sp for nxt, sp in zip(following, spaces, strict=True)]
        self.lemmas: list[int] = array[:, 1].tolist()
        self.lowers: list[int] = array[:, 2].tolist()

    def within(self, start: int, end: int) -> range:
        """Indices of the tokens overlapping the character span ``[start, end)``."""
        first = bisect_right(self.ends, start)
        last = bisect_left(self.starts, end)
        return range(first, max(first, last))

    def may_trigger(self, i: int, cues: CueIds) -> bool:
        """Whether token ``i`` could be a trigger or reporting verb (a cheap first filter)."""
        return self.lemmas[i] in cues.triggers or self.lowers[i] in cues.triggers

    def find(self, start: int, end: int, words: frozenset[int]) -> list[int]:
        """Tokens in the span whose lemma or lower-case form is one of ``words``."""
        return [
            i for i in self.within(start, end) if self.lemmas[i] in words or self.lowers[i] in words
        ]

    def lookup(self, start: int, end: int, table: Mapping[int, V]) -> list[tuple[int, V]]:
        """Tokens in the span found in ``table`` (by lemma, else lower-case form)."""
        out: list[tuple[int, V]] = []
        for i in self.within(start, end):
            value = table.get(self.lemmas[i]) or table.get(self.lowers[i])
            if value is not None:
                out.append((i, value))
        return out
