"""The ``detente`` command line: thin commands that parse options and call plain functions."""

from __future__ import annotations

import logging

import typer

from detente.cli import evaluate, extract

app = typer.Typer(
    name="detente",
    help="Political event data from news, traceable to the words that support it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("extract")(extract.extract)
app.command("eval")(evaluate.evaluate_command)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="detente: %(levelname)s: %(message)s")
    app()
