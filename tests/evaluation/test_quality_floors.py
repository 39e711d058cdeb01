"""The pinned quality floors: ``detente eval`` over our golden articles and the shared development
sets must not fall below the figures in ``floors.toml``.

Raising a floor is how progress is recorded; lowering one is a regression that needs a reason in
the commit that does it.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from detente.evaluation.runner import Report, evaluate
from detente.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[2]
FLOORS: dict[str, dict[str, Any]] = tomllib.loads(
    (Path(__file__).parent / "floors.toml").read_text("utf-8")
)
_REPORTS: dict[str, Report] = {}


def report_for(pipeline: Pipeline, name: str) -> Report:
    if name not in _REPORTS:
        entry = FLOORS[name]
        path = (ROOT / entry["path"]).resolve()
        assert path.is_file(), f"gold set {path} is missing"
        _REPORTS[name] = evaluate(pipeline, path, lines=entry.get("lines"))
    return _REPORTS[name]


def cases() -> list[tuple[str, str, str, float]]:
    out = []
    for name, entry in FLOORS.items():
        for bound in ("min", "max"):
            for metric, value in entry.get(bound, {}).items():
                out.append((name, bound, metric, float(value)))
    return out


@pytest.mark.slow
@pytest.mark.parametrize(("gold", "bound", "metric", "pinned"), cases())
def test_quality_does_not_fall_below_the_pinned_figures(
    pipeline: Pipeline, gold: str, bound: str, metric: str, pinned: float
) -> None:
    report = report_for(pipeline, gold)
    assert not report.errors, report.errors[:3]
    layer, key = metric.split(".", 1)
    value = report.scores()[layer][key]
    assert value is not None, f"{gold}: {metric} was not measured"
    if bound == "min":
        assert value >= pinned, f"{gold}: {metric} fell to {value:.3f} (floor {pinned})"
    else:
        assert value <= pinned, f"{gold}: {metric} rose to {value:.3f} (ceiling {pinned})"
