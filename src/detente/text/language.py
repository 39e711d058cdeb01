"""Refuse text that is not in a supported language before anything is parsed.

Coding a French article with an English model gives confident garbage, so non-English input is an
``unsupported_language`` error. py3langid decides on the leading part of the text; very short or
name-heavy texts (where character n-grams are unreliable) pass when they contain English function
words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from detente.model import Document, DocumentError
from detente.registry import Stage, stage

_SAMPLE_CHARS = 3000
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ENGLISH_FUNCTION_WORDS = frozenset(
    """the of and to in a is that for on with as by at from was were has have had it its he she
    they their said says will would be been not but or an this which who also after than""".split()
)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def english_share(text: str) -> float:
    """Share of words that are common English function words (about 0.3-0.5 in English prose)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return 0.0
    return sum(w in _ENGLISH_FUNCTION_WORDS for w in words) / len(words)


def detect(text: str) -> tuple[str, float]:
    """The language code and the classifier's confidence for the start of ``text``."""
    lang, prob = _identifier().classify(text[:_SAMPLE_CHARS])
    return str(lang), float(prob)


@stage("text.language.v1")
class LanguageCheck(Stage):
    """Sets ``Document.language``; raises ``unsupported_language`` for other languages.

    Requires nothing; provides ``language``.
    """

    provides = frozenset({"language"})

    def __init__(self, supported: list[str] | None = None, min_confidence: float = 0.5) -> None:
        self.supported = set(supported or ["en"])
        self.min_confidence = min_confidence

    def __call__(self, doc: Document) -> Document:
        sample = doc.text[:_SAMPLE_CHARS]
        lang, prob = detect(sample)
        words = _WORD.findall(sample)
        if lang in self.supported or prob < self.min_confidence or len(words) < 4:
            doc.language = lang if lang in self.supported else "en"
            return doc
        if "en" in self.supported and english_share(sample) >= 0.15:
            doc.language = "en"
            return doc
        raise DocumentError(
            "unsupported_language",
            f"text appears to be {lang!r} (confidence {prob:.2f}); supported: "
            f"{', '.join(sorted(self.supported))}",
            doc.id,
        )
