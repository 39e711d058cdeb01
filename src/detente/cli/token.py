"""``detente token``: create, list and revoke the tokens the HTTP API accepts."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from detente.api.tokens import TokenFile
from detente.cli.options import fail
from detente.cli.serve import TokensOption
from detente.cli.table import JsonOption, emit

app = typer.Typer(help="Manage API tokens (stored hashed; shown once).", no_args_is_help=True)


class Scope(StrEnum):
    read = "read"
    write = "write"


@app.command("create")
def create(
    scope: Annotated[Scope, typer.Option(help="write (also reads) or read.")] = Scope.write,
    label: Annotated[str, typer.Option(help="A note on who or what uses it.")] = "",
    tokens: TokensOption = None,
) -> None:
    """Print a new token on standard output; it cannot be shown again."""
    store = TokenFile(tokens)
    secret, token = store.create(scope.value, label)
    typer.echo(secret)
    typer.echo(f"detente: {token.scope} token {token.id} saved (hashed) in {store.path}", err=True)


@app.command("list")
def list_(tokens: TokensOption = None, as_json: JsonOption = False) -> None:
    """The tokens that work now (ids, scopes, labels; never the tokens themselves)."""
    rows = [
        {"id": t.id, "scope": t.scope, "label": t.label, "created": t.created}
        for t in TokenFile(tokens).tokens()
    ]
    emit(rows, ["id", "scope", "label", "created"], as_json)


@app.command("revoke")
def revoke(
    token_id: Annotated[str, typer.Argument(help="The id shown by `detente token list`.")],
    tokens: TokensOption = None,
) -> None:
    """Stop a token from working (a running server notices at once)."""
    if not TokenFile(tokens).revoke(token_id):
        raise fail(f"no token with id {token_id!r}", code=1)
    typer.echo(f"detente: token {token_id} revoked", err=True)
