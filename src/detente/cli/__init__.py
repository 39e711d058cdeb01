"""The ``detente`` command line: thin commands that parse options and call plain functions."""

from __future__ import annotations

import logging

import typer

from detente.cli import db, evaluate, export, extract, ingest, kb, query, serve, token

app = typer.Typer(
    name="detente",
    help="Political event data from news, traceable to the words that support it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("extract")(extract.extract)
app.command("eval")(evaluate.evaluate_command)
app.command("ingest")(ingest.ingest_command)
app.command("errors")(ingest.errors_command)
app.add_typer(db.app, name="db")
app.add_typer(kb.app, name="kb")
app.command("events")(query.events_command)
app.command("quotes")(query.quotes_command)
app.command("actors")(query.actors_command)
app.command("dyad")(query.dyad_command)
app.command("timeline")(query.timeline_command)
app.command("search")(query.search_command)
app.command("show")(query.show_command)
app.command("export")(export.export_command)
app.command("serve")(serve.serve_command)
app.add_typer(token.app, name="token")


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="detente: %(levelname)s: %(message)s")
    app()
