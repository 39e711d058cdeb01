"""``detente kb``: look up and extend the knowledge base."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from detente.cli.options import ConfigOption, fail, parse_published
from detente.config import ConfigError, load_config
from detente.kb.describe import describe, find
from detente.kb.importer import ImportError_, import_file
from detente.kb.loader import load_kb, user_dir

app = typer.Typer(help="Look up and extend the knowledge base.", no_args_is_help=True)


def _section(config: Path | None) -> dict[str, Any]:
    try:
        cfg = load_config(config)
    except ConfigError as exc:
        raise typer.BadParameter(str(exc), param_hint="--config") from exc
    return {**cfg.get("resources", {}).get("kb", {}), "_config": cfg}


@app.command("import")
def import_(
    path: Annotated[Path, typer.Argument(help="CSV, YAML or Wikidata SPARQL JSON results file.")],
    config: ConfigOption = None,
) -> None:
    """Add or update entries; they are kept as an overlay in the user's data directory."""
    section = _section(config)
    if not path.is_file():
        raise fail(f"no such file: {path}")
    try:
        result = import_file(path, load_kb(section), user_dir(section))
    except (ImportError_, ValueError, KeyError) as exc:
        raise fail(str(exc)) from exc
    typer.echo(f"{result.added} added, {result.updated} updated -> {result.overlay}")


@app.command("show")
def show(
    name: Annotated[str, typer.Argument(help="A name, alias, surname or id (Q..., state:PRK).")],
    on: Annotated[
        str | None, typer.Option("--on", help="Date (YYYY-MM-DD) for the role shown.")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Print what the base knows about NAME, including the role held on a date."""
    day = parse_published(on)
    kb = load_kb(_section(config))
    entries = find(kb, name, day)
    if not entries:
        raise fail(f"nothing known as {name!r}", code=1)
    for entry in entries:
        typer.echo("\n".join(describe(kb, entry, day)))
