"""Finding gold spans in an article's text by their words.

Annotators name every span by the words it covers, so offsets are computed, never typed, and
editing an article cannot leave stale offsets behind. Lookup is strict on purpose: a span that is
missing or that occurs more than once without ``occurrence``/``after`` is an error, not a guess.
"""

from __future__ import annotations

import re
from typing import Any

WHERE_KEYS = {"occurrence", "after"}
SPAN_KEYS = {"text", "from", "to"} | WHERE_KEYS


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for gap in re.finditer(r"\n\s*\n", text):
        bounds.append((start, gap.start()))
        start = gap.end()
    bounds.append((start, len(text)))
    return bounds


_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|Sen|Rep|Gov|No|Jr))\.$")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z“\"‘(0-9])")


def _sentences(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rough sentence bounds (never across paragraphs); a wrong split only narrows a search,
    which makes lookup fail loudly rather than pick a wrong span."""
    bounds = []
    for start, end in paragraphs:
        for stop in _SENTENCE_END.finditer(text, start, end):
            if _ABBREVIATION.search(text, start, stop.start() + 1):
                continue
            bounds.append((start, stop.start() + 1))
            start = stop.end()
        bounds.append((start, end))
    return bounds


class Article:
    """One article being compiled: its text, where its spans are, and the problems found so far."""

    def __init__(self, name: str, text: str, errors: list[str]):
        self.name = name
        self.text = text
        self.errors = errors
        self.paragraphs = _paragraphs(text)
        self.sentences = _sentences(text, self.paragraphs)

    def fail(self, where: str, message: str) -> None:
        self.errors.append(f"{self.name}: {where}: {message}")

    def _matches(self, needle: str) -> list[re.Match[str]]:
        """Whole-word occurrences, so ``he`` never matches inside ``the``."""
        head = r"(?<!\w)" if re.match(r"\w", needle) else ""
        tail = r"(?!\w)" if re.search(r"\w$", needle) else ""
        return list(re.finditer(head + re.escape(needle) + tail, self.text))

    def _context(self, start: int) -> str:
        return repr(self.text[max(0, start - 25) : start + 35])

    def find(
        self,
        where: str,
        needle: Any,
        occurrence: Any = None,
        after: Any = None,
        scopes: list[tuple[int, int]] | None = None,
        start_at: int = 0,
    ) -> tuple[int, int] | None:
        """Offsets of ``needle``. Without ``occurrence``/``after`` (which count over the whole
        text) and with ``scopes`` (the sentence, then the paragraph of an anchor span), the
        needle is taken from the first scope that contains it and must be unique there."""
        if not isinstance(needle, str) or not needle.strip() or needle != needle.strip():
            self.fail(
                where, f"span text must be a non-empty string without edge spaces: {needle!r}"
            )
            return None
        found = [m for m in self._matches(needle) if m.start() >= start_at]
        if not found:
            self.fail(where, f"{needle!r} does not occur in the text")
            return None
        if after is not None:
            anchor = self.find(f"{where}.after", after)
            if anchor is None:
                return None
            found = [m for m in found if m.start() >= anchor[1]]
        elif occurrence is None and scopes:
            for low, high in scopes:
                local = [m for m in found if low <= m.start() and m.end() <= high]
                if len(local) == 1:
                    return local[0].start(), local[0].end()
                if local:
                    self.fail(
                        where,
                        f"{needle!r} occurs {len(local)} times in the sentence or paragraph of "
                        "its anchor; give after: or occurrence: (whole-text) to pick one",
                    )
                    return None
            self.fail(
                where,
                f"{needle!r} is not in the sentence or paragraph of its anchor; "
                "give after: or occurrence: (whole-text)",
            )
            return None
        if occurrence is not None:
            if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
                self.fail(where, f"occurrence must be a positive integer, not {occurrence!r}")
                return None
            if occurrence > len(found):
                self.fail(where, f"{needle!r} has only {len(found)} occurrence(s) there")
                return None
            match = found[occurrence - 1]
        elif after is not None:
            if not found:
                self.fail(where, f"{needle!r} does not occur after {after!r}")
                return None
            match = found[0]
        elif len(found) > 1:
            places = ", ".join(self._context(m.start()) for m in found[:4])
            self.fail(
                where,
                f"{needle!r} is ambiguous ({len(found)} occurrences: {places}); "
                "give occurrence: or after:",
            )
            return None
        else:
            match = found[0]
        return match.start(), match.end()

    def span(
        self,
        where: str,
        spec: Any,
        item: dict[str, Any] | None = None,
        scopes: list[tuple[int, int]] | None = None,
    ) -> dict[str, Any] | None:
        """A span from its words: ``"text"`` (with the item's occurrence/after), or a mapping
        ``{text|from+to, occurrence, after}`` for long or repeated stretches (``to`` is its first
        occurrence at or after ``from``)."""
        where_from = item or {}
        if isinstance(spec, dict):
            check_keys(self, where, spec, SPAN_KEYS)
            where_from = spec
            if "from" in spec or "to" in spec:
                first = self.find(
                    f"{where}.from",
                    spec.get("from"),
                    spec.get("occurrence"),
                    spec.get("after"),
                    scopes,
                )
                if first is None:
                    return None
                last = self.find(f"{where}.to", spec.get("to"), 1, start_at=first[0])
                return None if last is None else self._span(first[0], last[1])
            spec = spec.get("text")
        found = self.find(
            where, spec, where_from.get("occurrence"), where_from.get("after"), scopes
        )
        return None if found is None else self._span(*found)

    def _span(self, start: int, end: int) -> dict[str, Any]:
        return {"start": start, "end": end, "text": self.text[start:end]}

    def scopes_of(self, span: dict[str, Any]) -> list[tuple[int, int]]:
        """Where a span's source, cue and arguments are looked for: its sentence(s), then its
        paragraph(s)."""
        return [self._cover(self.sentences, span), self._cover(self.paragraphs, span)]

    @staticmethod
    def _cover(units: list[tuple[int, int]], span: dict[str, Any]) -> tuple[int, int]:
        touched = [u for u in units if u[0] <= span["end"] and span["start"] <= u[1]]
        return touched[0][0], touched[-1][1]


def check_keys(article: Article, where: str, item: Any, allowed: set[str]) -> bool:
    if not isinstance(item, dict):
        article.fail(where, f"expected a mapping, got {item!r}")
        return False
    unknown = set(item) - allowed
    if unknown:
        article.fail(where, f"unknown key(s) {sorted(unknown)}; allowed: {sorted(allowed)}")
    return True
