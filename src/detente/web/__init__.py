"""The web UI: server-rendered pages (Jinja, htmx) over the same query functions as the API.

Scripts and styles are static files under ``static/`` (vendored libraries in ``static/vendor``,
with their licences and ``vendor.json``); there is no build step and nothing loads from a CDN.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).parent / "static"


def static_files() -> StaticFiles:
    return StaticFiles(directory=STATIC)


def routers() -> list[APIRouter]:
    from detente.web import actors, charts, forms, pages

    return [pages.router, actors.router, charts.router, forms.router]
