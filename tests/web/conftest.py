"""A live server on the demo corpus, and Debian's Chromium driven by Playwright.

The demo corpus is the team's golden articles run through the real pipeline, plus the
hand-built records of :mod:`tests.stores` (a dyad over months, a real KB person, a hostile
article). The server runs in a thread on a free loopback port with reads closed, so every page
test signs in with a token first. Chromium comes from Debian (``make test`` installs it and sets
``DETENTE_TEST_BROWSER=1``, which turns a missing browser into a failure instead of a skip).
Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from detente import extraction
from detente.api.app import create_app
from detente.api.settings import Settings
from detente.api.tokens import TokenFile
from detente.config import Config
from detente.contract import SCHEMA
from detente.pipeline import Pipeline
from detente.readers import Limits, read_path
from detente.store import Store
from tests.api.apps import client, db_url, keys, make_client
from tests.stores import XSS_MARKERS, corpus

__all__ = ["client", "db_url", "keys", "make_client"]

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "golden.jsonl"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--headless",
]


@dataclass
class Demo:
    base: str
    app: FastAPI
    write: str
    golden: list[dict[str, Any]]

    def api(self, path: str, **params: Any) -> Any:
        headers = {"Authorization": f"Bearer {self.write}"}
        response = httpx.get(self.base + path, params=params, headers=headers, timeout=30)
        response.raise_for_status()
        return response.json()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def demo(
    tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline, config: Config
) -> Iterator[Demo]:
    home = tmp_path_factory.mktemp("demo")
    url = f"sqlite:///{home / 'demo.sqlite'}"
    items = list(read_path(str(GOLDEN), "jsonl", None, Limits()))
    golden = [r for r in extraction.run(pipeline, items) if r["schema"] == SCHEMA]
    assert golden, "the golden corpus gave no records"
    with Store(url) as store:
        store.save([(r, f"jsonl:{GOLDEN}#{n}") for n, r in enumerate(golden, 1)])
        store.save([(r, f"test:{r['document']['id']}") for r in corpus()])
    write, _ = TokenFile(home / "tokens.json").create("write", "browser tests")
    settings = Settings(db=url, tokens=home / "tokens.json", config=config)
    app = create_app(settings, pipeline=pipeline)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield Demo(f"http://127.0.0.1:{port}", app, write, golden)
    server.should_exit = True
    thread.join(timeout=30)


@pytest.fixture(scope="session")
def chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        if os.environ.get("DETENTE_TEST_BROWSER") == "1":
            pytest.fail("chromium is not installed (make test installs it with apt-get)")
        pytest.skip("chromium is not installed; `make test` installs it")
    return path


@pytest.fixture(scope="session")
def browser(chromium: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=chromium, headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


@dataclass
class Watch:
    """What a page did that it should not: script errors, CSP refusals, dialogs."""

    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def clean(self, page: Any) -> None:
        assert self.dialogs == [], self.dialogs
        assert self.errors == [], self.errors
        fired = page.evaluate(f"{XSS_MARKERS!r}.filter(function (k) {{ return k in window; }})")
        assert fired == [], f"injected script ran: {fired}"
        assert page.locator("a[href^='javascript' i]").count() == 0


@pytest.fixture
def watch() -> Watch:
    return Watch()


@pytest.fixture
def page(browser: Any, demo: Demo, watch: Watch) -> Iterator[Any]:
    """A signed-in page; checked for script errors and dialogs after the test."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    tab.set_default_timeout(20_000)
    tab.on("pageerror", lambda exc: watch.errors.append(f"pageerror: {exc}"))
    tab.on(
        "console",
        lambda msg: watch.errors.append(f"console: {msg.text}") if msg.type == "error" else None,
    )

    def dismiss(dialog: Any) -> None:
        watch.dialogs.append(dialog.message)
        dialog.dismiss()

    tab.on("dialog", dismiss)
    tab.goto(demo.base + "/ui/login")
    tab.fill("input[name=token]", demo.write)
    tab.click("button[type=submit]")
    tab.wait_for_url(demo.base + "/ui/")
    yield tab
    try:
        watch.clean(tab)
    finally:
        context.close()


def shot(page: Any, request: pytest.FixtureRequest, step: str) -> Path:
    """Save a screenshot of the page as a test artefact."""
    ARTIFACTS.mkdir(exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"{request.node.name}-{step}")
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
