"""The one ASGI application: the JSON API at the root, the web UI under ``/ui``.

Everything a request needs is built once here and kept on ``app.state``: the store, the token
file, the knowledge base and the extraction pipeline (both loaded on first use). Swagger's
pages load their scripts from a CDN, so only the OpenAPI document itself is served
(``/openapi.json``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

from detente import __version__
from detente.api import errors
from detente.api.intake import Extractor
from detente.api.knowledge import Knowledge
from detente.api.routes import actors, documents, events, extract, quotes, search, series
from detente.api.settings import Settings
from detente.api.tokens import TokenFile
from detente.ingest import Fetcher, HttpFetcher
from detente.kb.protocol import KnowledgeBase
from detente.pipeline import Pipeline
from detente.store import Store
from detente.web import routers, static_files
from detente.web.render import error_page

DESCRIPTION = (
    "Political event data from news, with the evidence behind every number. Reads need a token "
    "(`Authorization: Bearer ...`) unless the server runs with `--public-read`; writes always do."
)


def create_app(
    settings: Settings | None = None,
    pipeline: Pipeline | None = None,
    fetcher: Fetcher | None = None,
    kb: KnowledgeBase | None = None,
) -> FastAPI:
    """The application for ``settings``; tests may pass a built pipeline, fetcher or KB."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.store.close()
        if fetcher is None:
            app.state.fetcher.close()

    app = FastAPI(
        title="detente",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = Store(settings.db)
    app.state.tokens = TokenFile(settings.tokens)
    app.state.extractor = Extractor(settings.config, pipeline)
    app.state.knowledge = Knowledge(settings.config, kb)
    app.state.fetcher = fetcher or HttpFetcher(max_bytes=app.state.extractor.limits.max_bytes)
    errors.install(app, error_page)
    app.add_middleware(errors.Guard, max_body=settings.max_body)
    for module in (documents, extract, actors, events, quotes, series, search):
        app.include_router(module.router)
    for router in routers():
        app.include_router(router)
    app.mount("/static", static_files(), name="static")

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/ui/", status_code=307)

    @app.get("/health", tags=["server"], summary="Liveness; needs no token.")
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    return app
