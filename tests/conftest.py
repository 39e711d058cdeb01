"""Shared fixtures: the real model and the real default pipeline, built once per test session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from detente.config import Config, load_config
from detente.model import Document
from detente.pipeline import Pipeline, build


@pytest.fixture(scope="session")
def config() -> Config:
    return load_config()


@pytest.fixture(scope="session")
def pipeline(config: Config) -> Pipeline:
    return build(config)


@pytest.fixture(scope="session")
def nlp(pipeline: Pipeline) -> Language:
    model: Language = pipeline.resources.get("nlp")
    return model


@pytest.fixture(scope="session")
def run(pipeline: Pipeline) -> Callable[..., Document]:
    """Run the whole default pipeline on a text: ``run("...", "2025-03-04")``."""

    def _run(text: str, published: str | None = "2025-03-04") -> Document:
        day = dt.date.fromisoformat(published) if published else None
        return pipeline(Document(text=text, published=day))

    return _run


@pytest.fixture(scope="session")
def parse(nlp: Language) -> Callable[..., Document]:
    """A document with only the spaCy parse, for stage tests that add the other layers by hand."""

    def _parse(text: str, published: str | None = "2025-03-04") -> Document:
        day = dt.date.fromisoformat(published) if published else None
        doc = Document(text=text, published=day, language="en")
        doc.nlp = nlp(text)
        doc.layers |= {"language", "nlp"}
        return doc

    return _parse
