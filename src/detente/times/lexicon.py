"""The words of time expressions and their meanings, read from ``data/lexicon.toml``.

Vocabulary lives in data so that adding a holiday, a time zone or a frequency word is a one-line
change with a test, and the grammar and the normaliser read the same table (the word a pattern
matched is always a key the normaliser can look up). Lookups are dict gets on a normalised key.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources as package_files
from typing import Any

_SPACE = re.compile(r"\s+")


def _key(word: str, case_sensitive: bool) -> str:
    word = _SPACE.sub(" ", word.strip())
    return word if case_sensitive else word.lower()


@dataclass(frozen=True)
class Lexicon:
    """Named tables of words; ``case_sensitive`` tables match only as written or in upper case."""

    tables: dict[str, dict[str, Any]]
    case_sensitive: frozenset[str]

    def get(self, table: str, word: str | None, default: Any = None) -> Any:
        if word is None:
            return default
        sensitive = table in self.case_sensitive
        entries = self.tables[table]
        found = entries.get(_key(word, sensitive))
        if found is None and sensitive and word.isupper():
            found = entries.get(_key(word, False).title())
        return default if found is None else found

    def has(self, table: str, word: str | None) -> bool:
        return self.get(table, word) is not None

    def words(self, table: str) -> list[str]:
        """The table's keys as they may appear in text, longest first (for regex alternations)."""
        keys = list(self.tables[table])
        if table in self.case_sensitive:
            keys += [k.upper() for k in keys if k.upper() != k]
        return sorted(set(keys), key=lambda k: (-len(k), k))

    def alternation(self, table: str) -> str:
        """A regex alternation of the table's words; spaces match any run of whitespace."""
        parts = [r"\s+".join(re.escape(w) for w in word.split()) for word in self.words(table)]
        body = "|".join(parts)
        return f"(?-i:{body})" if table in self.case_sensitive else f"(?:{body})"


def load_lexicon(case_sensitive: frozenset[str]) -> Lexicon:
    text = package_files.files("detente.times").joinpath("data/lexicon.toml").read_text("utf-8")
    raw = tomllib.loads(text)
    tables: dict[str, dict[str, Any]] = {}
    for name, entries in raw.items():
        if not isinstance(entries, dict):
            raise ValueError(f"lexicon table {name!r} must be a table")
        sensitive = name in case_sensitive
        tables[name] = {_key(word, sensitive): value for word, value in entries.items()}
    return Lexicon(tables, case_sensitive)
