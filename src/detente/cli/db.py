"""``--db`` for every store command, and ``detente db upgrade``."""

from __future__ import annotations

from typing import Annotated

import typer
from sqlalchemy.exc import SQLAlchemyError

from detente.cli.options import fail
from detente.store import Store

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="DETENTE_DB",
        help="Store URL (sqlite:///PATH or postgresql://...); default "
        "$DETENTE_HOME/detente.sqlite.",
        show_default=False,
    ),
]

app = typer.Typer(help="Manage the store's schema.", no_args_is_help=True)


def open_store(db: str | None) -> Store:
    try:
        return Store(db)
    except (SQLAlchemyError, OSError) as exc:
        raise fail(f"cannot open the store: {exc}") from exc


@app.command("upgrade")
def upgrade(db: DbOption = None) -> None:
    """Apply any pending migrations (stores are also upgraded whenever they are opened)."""
    with open_store(db) as store:
        typer.echo(f"{store.url.split('@')[-1]}: schema at revision {store.revision()}")
