"""Jinja rendering for the UI: autoescaping everywhere, data for scripts as inert JSON.

Article text is untrusted, so nothing reaches a page unescaped: templates autoescape, and data
handed to the page's scripts is serialised into ``<script type="application/json">`` with ``<``,
``>``, ``&`` and ``'`` escaped, which scripts read with ``JSON.parse`` and render with
``textContent``. The only URLs taken from articles that become links are http(s) ones.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup

from detente import __version__
from detente.queries.identity import ref

TEMPLATES = Path(__file__).parent / "templates"
CONFLICT, NEUTRAL, COOPERATION = (192, 57, 43), (140, 140, 140), (30, 132, 73)


def _default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def json_script(value: Any) -> Markup:
    """``value`` as JSON that is safe inside ``<script type="application/json">``."""
    return htmlsafe_json_dumps(value, dumps=partial(json.dumps, default=_default))


def intensity_colour(value: float | None) -> str:
    """Red for conflict (-10), grey for neutral or unknown, green for cooperation (+10)."""
    if value is None:
        return "#8c8c8c"
    share = max(-1.0, min(1.0, value / 10))
    end = COOPERATION if share > 0 else CONFLICT
    rgb = (round(n + (e - n) * abs(share)) for n, e in zip(NEUTRAL, end, strict=True))
    return "#" + "".join(f"{c:02x}" for c in rgb)


def tone(value: float | None) -> str:
    """The CSS class colouring an intensity, one per whole point (``tone-m3``, ``tone-p7``), so
    pages need no inline styles and the content security policy can refuse them all."""
    if value is None:
        return "tone-none"
    point = round(max(-10.0, min(10.0, value)))
    return f"tone-m{-point}" if point < 0 else f"tone-p{point}"


def web_link(url: str | None) -> str | None:
    """``url`` if it is an http(s) address, else ``None`` (no ``javascript:`` links)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def path_part(value: str) -> str:
    return quote(value, safe="")


def query(**params: Any) -> str:
    return urlencode(
        {k: v for k, v in params.items() if v is not None and v != "" and v is not False}
    )


def actor_ref(actor: dict[str, Any]) -> str:
    return ref(actor.get("kb_id"), actor["name"], actor.get("country"))


def signed(value: float | None) -> str:
    return "" if value is None else f"{value:+.1f}"


environment = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
environment.filters.update(
    json_script=json_script,
    tone=tone,
    web_link=web_link,
    path_part=path_part,
    signed=signed,
)
environment.globals.update(query=query, actor_ref=actor_ref, version=__version__)


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A whole page, with what the layout needs to know about the visitor."""
    settings = request.app.state.settings
    context = {
        "request": request,
        "public_read": settings.public_read,
        "signed_in": bool(request.cookies.get("detente_token")),
        **context,
    }
    html = environment.get_template(template).render(context)
    return HTMLResponse(html, status_code=status)


def fragment(request: Request, template: str, **context: Any) -> HTMLResponse:
    """A partial for htmx to swap into a page."""
    return HTMLResponse(environment.get_template(template).render(request=request, **context))


def error_page(request: Request, status: int, kind: str, message: str) -> Response:
    if status == 401:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return page(request, "login.html", status, message=message, next=target)
    return page(request, "error.html", status, status_code=status, kind=kind, message=message)
