"""Fixtures for the app: the real app over a real SQLite store holding the hand-built corpus,
real tokens, and a fetcher that serves one page (shared by the API and the page tests).

``make_client(...)`` builds an app with other settings (public reads, a small body limit, a fake
fetcher); every app shares the session's pipeline so spaCy loads once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from detente.api.app import create_app
from detente.api.settings import Settings
from detente.api.tokens import TokenFile
from detente.config import Config
from detente.ingest import Fetcher, FetchError
from detente.pipeline import Pipeline
from detente.store import Store
from tests.stores import corpus

PAGE = (
    "<html><head><title>Harbour talks resume</title></head><body><nav>Home | World</nav>"
    "<article><h1>Harbour talks resume</h1><p>Ruritania and Freedonia resumed talks on the "
    "disputed harbour of Vask on Thursday, a week after the shelling stopped.</p><p>Both "
    "delegations said the meeting in Lisbon had been useful and agreed to meet again.</p>"
    "</article><footer>Copyright</footer></body></html>"
)


class Pages:
    """A fetcher that serves one HTML page and fails for every other address."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def fetch(self, url: str) -> tuple[bytes, str]:
        self.asked.append(url)
        if url == "https://news.example/harbour":
            return PAGE.encode(), "text/html"
        raise FetchError("http_error", f"{url}: HTTP 404")


@dataclass
class Keys:
    path: Path
    write: str
    read: str

    def header(self, scope: str = "read") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.write if scope == 'write' else self.read}"}


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    tokens = TokenFile(tmp_path / "tokens.json")
    write, _ = tokens.create("write", "tests")
    read, _ = tokens.create("read", "tests")
    return Keys(tokens.path, write, read)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'api.sqlite'}"
    with Store(url) as store:
        store.save([(rec, f"test:{rec['document']['id']}") for rec in corpus()])
    return url


@pytest.fixture
def make_client(
    db_url: str, keys: Keys, config: Config, pipeline: Pipeline
) -> Iterator[Callable[..., TestClient]]:
    clients: list[TestClient] = []

    def make(
        public_read: bool = False, max_body: int = 200_000, fetcher: Fetcher | None = None
    ) -> TestClient:
        settings = Settings(
            db=db_url, public_read=public_read, max_body=max_body, tokens=keys.path, config=config
        )
        app = create_app(settings, pipeline=pipeline, fetcher=fetcher)
        client = TestClient(app, raise_server_exceptions=False)
        clients.append(client.__enter__())
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    """Reads open (most tests are about what is read, not who may read)."""
    return make_client(public_read=True)


def items(response: Any) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    return list(response.json()["items"])
