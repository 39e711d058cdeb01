"""``detente serve``: the HTTP API and the web UI over one store."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from detente.cli.db import DbOption
from detente.cli.options import ConfigOption, ModelOption, config_from, fail

TokensOption = Annotated[
    Path | None,
    typer.Option(
        "--tokens",
        envvar="DETENTE_TOKENS",
        help="Token file (default $DETENTE_HOME/tokens.json).",
        show_default=False,
    ),
]


def serve_command(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    public_read: Annotated[
        bool,
        typer.Option(
            "--public-read",
            envvar="DETENTE_PUBLIC_READ",
            help="Let anyone read without a token (writes still need one).",
        ),
    ] = False,
    max_body: Annotated[
        int, typer.Option("--max-body", min=1024, help="Largest request body, in bytes.")
    ] = 2_000_000,
    tokens: TokensOption = None,
    config: ConfigOption = None,
    model: ModelOption = None,
) -> None:
    """Serve the API (OpenAPI at /openapi.json) and the UI (/ui/) until interrupted."""
    import uvicorn
    from sqlalchemy.exc import SQLAlchemyError

    from detente.api.app import create_app
    from detente.api.settings import Settings

    settings = Settings(
        db=db,
        public_read=public_read,
        max_body=max_body,
        tokens=tokens,
        config=config_from(config, model),
    )
    try:
        app = create_app(settings)
    except (SQLAlchemyError, OSError) as exc:
        raise fail(f"cannot open the store: {exc}") from exc
    shown = f"[{host}]" if ":" in host else host
    typer.echo(
        f"detente: serving http://{shown}:{port}/ui/ (API: /openapi.json; store: "
        f"{app.state.store.url.split('@')[-1]}; reads "
        f"{'open to all' if public_read else 'need a token'})",
        err=True,
    )
    if not public_read and not app.state.tokens.tokens():
        typer.echo("detente: no tokens yet: create one with `detente token create`", err=True)
    uvicorn.run(app, host=host, port=port, log_level=os.environ.get("DETENTE_LOG", "warning"))
