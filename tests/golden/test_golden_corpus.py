"""The golden corpus is well formed, complete, spread out and compiled: the quality floor and the
golden tests can only be as trustworthy as the gold they read."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from detente.model import PLOVER_TYPES
from detente.readers import normalise_text

HERE = Path(__file__).resolve().parent
MIN_ARTICLES = 40
MIN_ARTICLES_PER_TAG = 2
MIN_EVENTS_PER_TYPE = 3


def _load_build() -> ModuleType:
    """build.py is a script beside its helper modules, not a package; load it under a name that
    cannot clash with the PyPI ``build`` package."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    spec = importlib.util.spec_from_file_location("golden_build", HERE / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build()


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    lines = (HERE / "golden.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    gold = record["gold"]
    spans = list(gold["actors"]) + list(gold["times"])
    for event in gold["events"]:
        spans += [event["trigger"], *event["actor"], *event["recipient"]]
    for quote in gold["attributions"]:
        spans += [s for s in (quote["source"], quote["cue"], quote["content"]) if s is not None]
    return spans


@pytest.fixture(scope="module")
def compiled() -> tuple[list[dict[str, Any]], list[str]]:
    records, errors = build.compile_corpus()
    return records, errors


def test_articles_compile_without_problems(compiled: tuple[list[Any], list[str]]) -> None:
    assert compiled[1] == []


def test_golden_jsonl_is_up_to_date(compiled: tuple[list[Any], list[str]]) -> None:
    current = (HERE / "golden.jsonl").read_text("utf-8")
    assert build.render(compiled[0]) == current, "run .venv/bin/python tests/golden/build.py"


def test_check_mode_fails_on_a_stale_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale = tmp_path / "golden.jsonl"
    stale.write_text("{}\n", "utf-8")
    monkeypatch.setattr(build, "OUTPUT", stale)
    assert build.main(["--check"]) == 1


def test_corpus_has_enough_articles(records: list[dict[str, Any]]) -> None:
    assert len(records) >= MIN_ARTICLES


def test_ids_are_unique_and_follow_the_file_names(records: list[dict[str, Any]]) -> None:
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    numbers = sorted(p.name[:3] for p in (HERE / "articles").glob("*.yaml"))
    assert ids == [f"golden-{n}" for n in numbers]


def test_published_dates_are_valid_and_spread(records: list[dict[str, Any]]) -> None:
    days = [dt.date.fromisoformat(r["published"]) for r in records]
    assert all(2016 <= d.year <= 2025 for d in days)
    assert len({d.year for d in days}) >= 6


def test_every_style_is_used(records: list[dict[str, Any]]) -> None:
    assert {r["style"] for r in records} == set(build.VOCABULARY["styles"])


def test_text_is_already_normalised(records: list[dict[str, Any]]) -> None:
    for record in records:
        assert normalise_text(record["text"]).strip() == record["text"], record["id"]


def test_every_span_matches_the_text(records: list[dict[str, Any]]) -> None:
    for record in records:
        text = record["text"]
        for span in _spans(record):
            assert 0 <= span["start"] < span["end"] <= len(text), (record["id"], span)
            assert text[span["start"] : span["end"]] == span["text"], (record["id"], span)


def test_events_use_valid_plover_types_and_modes(records: list[dict[str, Any]]) -> None:
    modes = build.VOCABULARY["plover_modes"]
    for record in records:
        for event in record["gold"]["events"]:
            assert event["type"] in PLOVER_TYPES, (record["id"], event["type"])
            assert event["mode"] is None or event["mode"] in modes[event["type"]], (
                record["id"],
                event["type"],
                event["mode"],
            )


def test_every_plover_type_occurs_several_times(records: list[dict[str, Any]]) -> None:
    counts = Counter(e["type"] for r in records for e in r["gold"]["events"])
    scarce = {t: counts[t] for t in PLOVER_TYPES if counts[t] < MIN_EVENTS_PER_TYPE}
    assert scarce == {}


def test_every_tag_is_covered_by_several_articles(records: list[dict[str, Any]]) -> None:
    counts = Counter(tag for r in records for tag in r["tests"])
    scarce = {t: counts[t] for t in build.VOCABULARY["tags"] if counts[t] < MIN_ARTICLES_PER_TAG}
    assert scarce == {}


def test_quote_speakers_are_gold_actors(records: list[dict[str, Any]]) -> None:
    for record in records:
        names = {a["name"] for a in record["gold"]["actors"]}
        for quote in record["gold"]["attributions"]:
            assert quote["speaker"] is None or quote["speaker"] in names, (record["id"], quote)


def test_span_lookup_refuses_to_guess() -> None:
    errors: list[str] = []
    article = build.Article("x.yaml", "He said the envoy met the envoy there.", errors)
    assert article.find("a", "he") is None
    assert article.find("b", "envoy") is None
    assert article.find("c", "envoy", occurrence=2) == (26, 31)
    assert article.find("d", "envoy", after="met") == (26, 31)
    assert article.find("e", "He") == (0, 2)
    assert [e.split(": ")[1] for e in errors] == ["a", "b"]


def test_build_reports_typos_and_unbacked_tags(tmp_path: Path) -> None:
    article = tmp_path / "901-broken-example.yaml"
    article.write_text(
        "id: golden-901\npublished: '2024-02-30'\ntitle: t\nsource: s\nstyle: wire\n"
        "tests: [negated_event]\nnote: n\n"
        "text: |\n  The envoy met the minister on Monday.\n"
        "gold:\n  actors:\n"
        "    - {text: envoy, occurence: 1, name: Envoy, code: XXX, kind: person}\n"
        "  events:\n    - {type: MEET, trigger: met, modality: asserted, why: w}\n",
        "utf-8",
    )
    errors: list[str] = []
    assert build.compile_article(article, errors) is None
    text = "\n".join(errors)
    for expected in ("occurence", "'XXX'", "'MEET'", "words", "published", "negated_event"):
        assert expected in text, expected


def test_build_reports_an_impossible_unquoted_date(tmp_path: Path) -> None:
    article = tmp_path / "902-bad-date.yaml"
    article.write_text("id: golden-902\npublished: 2024-02-30\n", "utf-8")
    errors: list[str] = []
    assert build.compile_article(article, errors) is None
    assert len(errors) == 1 and "902-bad-date.yaml" in errors[0]
