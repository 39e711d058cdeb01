"""Knowledge-base fixtures: the bundled base as the default pipeline loads it."""

from __future__ import annotations

import pytest

from detente.kb.store import Base
from detente.pipeline import Pipeline


@pytest.fixture(scope="session")
def kb(pipeline: Pipeline) -> Base:
    base: Base = pipeline.resources.get("kb")
    return base
