"""``detente eval GOLD.jsonl``: precision, recall and F1 per layer, and the misses to inspect."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from detente.cli.options import ConfigOption, ModelOption, config_from, fail
from detente.config import ConfigError
from detente.evaluation.runner import LAYERS, GoldError, Report, evaluate, read_gold
from detente.pipeline import build


def evaluate_command(
    gold: Annotated[
        Path, typer.Argument(help="Gold JSONL: {id, text, published, gold: {...}} per line.")
    ],
    layer: Annotated[
        list[str] | None,
        typer.Option("--layer", help=f"Only these layers ({', '.join(LAYERS)}); repeatable."),
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N records.")] = None,
    misses: Annotated[int, typer.Option(help="How many misses to list per layer.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
    lines: Annotated[
        int | None,
        typer.Option(
            "--lines",
            help="Score only output in the first N lines of each text, for gold sets annotated "
            "only there (MEANTIME times: title and first four sentences, --lines 5).",
        ),
    ] = None,
    config: ConfigOption = None,
    model: ModelOption = None,
) -> None:
    """Score extraction against a gold file, layer by layer."""
    unknown = set(layer or []) - set(LAYERS)
    if unknown:
        raise fail(
            f"unknown layer(s) {', '.join(sorted(unknown))}; choose from {', '.join(LAYERS)}"
        )
    if not gold.is_file():
        raise fail(f"gold file not found: {gold}")
    try:
        total = sum(1 for _ in read_gold(gold))
        pipe = build(config_from(config, model))
        wanted = set(layer) if layer else None
        if as_json:
            report = evaluate(pipe, gold, wanted, limit, lines=lines)
        else:
            with Progress(console=Console(stderr=True), transient=True) as bar:
                task = bar.add_task("scoring", total=min(total, limit or total))
                report = evaluate(
                    pipe, gold, wanted, limit, lambda n: bar.update(task, completed=n), lines
                )
    except (GoldError, ConfigError) as exc:
        raise fail(str(exc)) from exc
    if as_json:
        typer.echo(json.dumps(report.to_json(misses), ensure_ascii=False, indent=2))
    else:
        show(report, misses)


def show(report: Report, misses: int) -> None:
    console = Console()
    console.print(f"[bold]{report.path}[/]: {report.records} records, {len(report.errors)} errors")
    for layer, scores in report.scores().items():
        table = Table(title=layer, title_justify="left")
        table.add_column("metric")
        table.add_column("value", justify="right")
        for key, value in scores.items():
            table.add_row(
                key,
                "n/a"
                if value is None
                else f"{value:.3f}"
                if isinstance(value, float)
                else str(value),
            )
        console.print(table)
        shown = report.tallies[layer].misses[:misses]
        if shown:
            console.print(
                f"[dim]first {len(shown)} of {len(report.tallies[layer].misses)} misses:[/]"
            )
            for miss in shown:
                console.print(
                    "  " + json.dumps(miss, ensure_ascii=False),
                    markup=False,
                    highlight=False,
                    soft_wrap=True,
                )
    for err in report.errors[:misses]:
        console.print(f"  error {err['id']}: {err['kind']}: {err['message']}", markup=False)
