"""Name keys shared by the knowledge base and the gazetteer, so both sides normalise alike.

News spells names with and without hyphens, diacritics and dots ("Kim Jong-un", "Kim Jong Un",
"Erdogan", "U.N."), so lookups compare *keys*: case-folded, diacritics removed, hyphens and dots
dropped, a leading "the" ignored. The same function keys text tokens at run time.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DASHES = re.compile(r"[\u2010-\u2015\-_/]+")
_DROP = re.compile(r"[.\u200b\u200c\u200d\ufeff\u2018\u2019'`\"“”()]")
_SPACE = re.compile(r"\s+")
_PARTICLES = frozenset(
    {
        "al",
        "el",
        "bin",
        "ibn",
        "de",
        "da",
        "do",
        "dos",
        "du",
        "van",
        "von",
        "der",
        "la",
        "le",
        "di",
        "del",
        "y",
        "ben",
        "abu",
        "jr",
        "sr",
        "ii",
        "iii",
    }
)


def fold(text: str) -> str:
    """Case-fold and strip diacritics ("Erdoğan" -> "erdogan"); keeps every other character."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1 << 18)
def key(text: str) -> str:
    """A name's lookup key: folded, hyphens as spaces, dots and quotes dropped, no leading "the"."""
    out = _SPACE.sub(" ", _DASHES.sub(" ", _DROP.sub("", fold(text)))).strip()
    if out.startswith("the "):
        out = out[4:]
    return out


def token_key(token: str) -> str:
    """The key of one text token, so n-grams of token keys equal the key of the whole name."""
    return _DROP.sub("", fold(token)).replace("-", " ").replace("\u2013", " ").strip()


def name_parts(name: str) -> list[str]:
    """Keys of the parts of a personal name that can stand alone ("Kim", "Jong", "Un", "Rubio")."""
    return [p for p in key(name).split() if len(p) > 1 and p not in _PARTICLES]


def surname(name: str) -> str | None:
    """The key most often used alone for a person: the last part not a particle or suffix."""
    parts = name_parts(name)
    return parts[-1] if parts else None
