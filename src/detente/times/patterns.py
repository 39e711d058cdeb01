"""The grammar of time expressions (``data/patterns.toml``) compiled once, and the text scan.

Patterns are data: each is a regular expression whose ``{slots}`` expand to the words of a lexicon
table as named groups, so the normaliser reads meanings by group name and never by position. The
scan runs the compiled patterns only around *gate* tokens (a month, a unit, a four-digit number:
words no expression can do without), so most of a text is skipped in one cheap tokenising pass,
and returns every candidate; choosing between overlapping candidates is the normaliser's
job, because only it knows which readings make sense.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources as package_files
from typing import Any, cast

from detente.model import TimeType
from detente.times.lexicon import Lexicon, load_lexicon

_SLOT = re.compile(r"\{([A-Za-z_]\w*)?(?::([A-Za-z_]\w*))?\}")
_PIECE = re.compile(r"\[\[(\w+)\]\]")
_WORD = re.compile(r"\w+")
# How far back a left-context condition may look.
_LEFT_WINDOW = 48
TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})


@dataclass(frozen=True, slots=True)
class Pattern:
    name: str
    kind: str
    type: TimeType
    regex: re.Pattern[str]
    left: re.Pattern[str] | None
    not_left: re.Pattern[str] | None
    priority: int
    needs: frozenset[str]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One match of one pattern; ``group`` reads a named group (``None`` when it did not take
    part or the pattern has no such group)."""

    pattern: Pattern
    match: re.Match[str]

    @property
    def start(self) -> int:
        return self.match.start()

    @property
    def end(self) -> int:
        return self.match.end()

    def group(self, name: str) -> str | None:
        if name not in self.match.re.groupindex:
            return None
        return self.match.group(name)


@dataclass(frozen=True, slots=True)
class GateClass:
    name: str
    token: re.Pattern[str] | None
    after_number: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class Region:
    start: int
    end: int
    classes: frozenset[str]


@dataclass(frozen=True, slots=True)
class Gate:
    """Which tokens open a region of text worth scanning, for which patterns, and how far."""

    words: dict[str, frozenset[str]]
    classes: tuple[GateClass, ...]
    reach: int
    finder: re.Pattern[str]

    def opens(self, text: str, m: re.Match[str]) -> frozenset[str]:
        word = m.group()
        found = self.words.get(word)
        if found is not None:
            return found
        end = m.end()
        return frozenset(
            c.name
            for c in self.classes
            if (c.token is not None and c.token.fullmatch(word))
            or (c.after_number is not None and word.isdigit() and c.after_number.match(text, end))
        )

    def regions(self, text: str) -> list[Region]:
        """Disjoint stretches of text around gate tokens, widened to whole words."""
        regions: list[Region] = []
        size = len(text)
        lowered = text.lower()
        for m in self.finder.finditer(lowered):
            classes = self.opens(lowered, m)
            if not classes:
                continue
            lo, hi = max(0, m.start() - self.reach), min(size, m.end() + self.reach)
            while lo > 0 and text[lo - 1].isalnum():
                lo -= 1
            while hi < size and text[hi].isalnum():
                hi += 1
            if regions and lo <= regions[-1].end:
                last = regions[-1]
                regions[-1] = Region(last.start, max(hi, last.end), last.classes | classes)
            else:
                regions.append(Region(lo, hi, classes))
        return regions


class Grammar:
    """The lexicon, the gate and the compiled patterns, in priority order."""

    def __init__(self, lexicon: Lexicon, gate: Gate, patterns: list[Pattern]) -> None:
        self.lexicon = lexicon
        self.gate = gate
        self.patterns = patterns

    def scan(self, text: str) -> list[Candidate]:
        """Every match of every pattern near a gate token (linear in the text)."""
        found = []
        for region in self.gate.regions(text):
            for pattern in self.patterns:
                if pattern.needs and pattern.needs.isdisjoint(region.classes):
                    continue
                for match in pattern.regex.finditer(text, region.start, region.end):
                    if self._fits(pattern, text, match.start()):
                        found.append(Candidate(pattern, match))
        return found

    @staticmethod
    def _fits(pattern: Pattern, text: str, start: int) -> bool:
        lo = max(0, start - _LEFT_WINDOW)
        if pattern.left is not None and not pattern.left.search(text, lo, start):
            return False
        return pattern.not_left is None or not pattern.not_left.search(text, lo, start)


def load_grammar() -> Grammar:
    """Read the lexicon and the patterns from the package data and compile them."""
    source = package_files.files("detente.times").joinpath("data/patterns.toml")
    spec = tomllib.loads(source.read_text("utf-8"))
    lexicon = load_lexicon(frozenset(spec.get("case_sensitive", [])))
    slots: dict[str, str] = spec.get("slots", {})
    pieces: dict[str, str] = spec.get("pieces", {})
    patterns = [
        _compile(entry, i, lexicon, slots, pieces) for i, entry in enumerate(spec["pattern"])
    ]
    return Grammar(lexicon, _gate(spec["gate"], lexicon), patterns)


def _gate(spec: dict[str, Any], lexicon: Lexicon) -> Gate:
    stop = {w.lower() for w in spec.get("stop_words", [])}
    words: dict[str, set[str]] = {}
    classes = []
    for name, entry in spec["classes"].items():
        own = [w.lower() for w in entry.get("words", [])]
        for table in entry.get("tables", []):
            for key in lexicon.tables[table]:
                parts = _WORD.findall(key.lower())
                own += parts if len(parts) == 1 else [p for p in parts if p not in stop]
        for word in own:
            words.setdefault(word, set()).add(name)
        token, after = entry.get("token"), entry.get("after_number")
        if token or after:
            classes.append(
                GateClass(
                    name,
                    re.compile(token, re.IGNORECASE) if token else None,
                    re.compile(after, re.IGNORECASE) if after else None,
                )
            )
    frozen = {w: frozenset(c) for w, c in words.items()}
    # Gate words, tokens that start with a digit (years, clock times) and the class tokens that
    # start with a letter ("q3", "fy2024").
    alternation = "|".join(re.escape(w) for w in sorted(frozen, key=lambda w: (-len(w), w)))
    lettered = "|".join(c.token.pattern for c in classes if c.token is not None)
    finder = re.compile(rf"(?<!\w)(?:{alternation}|\d\w*|{lettered})(?!\w)")
    return Gate(frozen, tuple(classes), int(spec["reach"]), finder)


def _compile(
    entry: dict[str, Any],
    priority: int,
    lexicon: Lexicon,
    slots: dict[str, str],
    pieces: dict[str, str],
) -> Pattern:
    name = entry["name"]
    if entry["type"] not in TYPES:
        raise ValueError(f"pattern {name!r}: unknown type {entry['type']!r}")

    def expand(source: str, capture: bool) -> str:
        source = _PIECE.sub(lambda m: pieces[m.group(1)], source)

        def slot(m: re.Match[str]) -> str:
            group, table = m.group(1), m.group(2) or m.group(1)
            if table is None:
                return m.group(0)
            if table in slots:
                body = f"(?:{slots[table]})"
            elif table in lexicon.tables:
                body = lexicon.alternation(table)
            else:
                raise ValueError(f"pattern {name!r}: unknown slot or table {table!r}")
            return f"(?P<{group}>{body})" if capture and group else body

        return _SLOT.sub(slot, source)

    try:
        regex = re.compile(rf"(?<!\w)(?:{expand(entry['regex'], True)})(?!\w)", re.IGNORECASE)
        left = _context(expand(entry["left"], False)) if "left" in entry else None
        not_left = _context(expand(entry["not_left"], False)) if "not_left" in entry else None
    except re.error as exc:
        raise ValueError(f"pattern {name!r} does not compile: {exc}") from exc
    needs = frozenset(entry.get("needs", []))
    return Pattern(
        name, entry["kind"], cast(TimeType, entry["type"]), regex, left, not_left, priority, needs
    )


def _context(source: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{source})\Z", re.IGNORECASE)
