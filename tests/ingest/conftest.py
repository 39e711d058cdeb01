import pytest

from detente.config import Config, merge
from tests.stores import store, store_url

__all__ = ["lean_config", "store", "store_url"]


@pytest.fixture(scope="session")
def lean_config(config: Config) -> Config:
    """The real configuration with only the language check and the parse: ingest and engine
    tests check how documents move and are stored, whatever the extraction layers do."""
    return merge(config, {"pipeline": {"stages": ["text.language.v1", "nlp.spacy.v1"]}})
