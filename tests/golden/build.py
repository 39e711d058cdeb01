"""Compile the team-written golden articles (``articles/*.yaml``) into ``golden.jsonl``.

Annotators name spans by their words, never by offsets, so gold cannot drift when an article is
edited; this script turns the words into offsets. It refuses to guess: a span that is missing, or
that occurs more than once without ``occurrence``/``after``, an unknown key, label or tag, a claimed
tag the gold does not show, or an event argument that is not a gold actor mention all fail the
build with every problem listed at once. ``--check`` exits non-zero when ``golden.jsonl`` differs
from what the articles compile to, so CI catches a forgotten rebuild.

    .venv/bin/python tests/golden/build.py           # write golden.jsonl
    .venv/bin/python tests/golden/build.py --check   # verify it is up to date
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml
from golden_labels import (
    VOCABULARY,
    check_keys,
    choice,
    compile_actors,
    compile_events,
    compile_quotes,
    compile_times,
)
from golden_tags import TAG_EVIDENCE
from golden_text import Article

from detente.readers import normalise_text

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
OUTPUT = HERE / "golden.jsonl"
FILE_NAME = re.compile(r"^(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$")
MIN_WORDS, MAX_WORDS = 120, 400
FIRST_YEAR, LAST_YEAR = 2016, 2025
ARTICLE_KEYS = {"id", "published", "title", "source", "style", "tests", "note", "text", "gold"}
GOLD_KEYS = {"actors", "events", "quotes", "times"}
# PyYAML's safe loader, in its C build when present: the same safe_load semantics, ten times
# faster, which matters because the corpus test compiles every article.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def compile_article(path: Path, errors: list[str]) -> dict[str, Any] | None:
    """One YAML article as a golden.jsonl record, or ``None`` (with ``errors`` extended)."""
    name = path.name
    try:
        raw = yaml.load(path.read_text("utf-8"), Loader=SAFE_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError, ValueError) as exc:
        errors.append(f"{name}: not valid UTF-8 YAML (or an impossible unquoted date): {exc}")
        return None
    text = raw.get("text") if isinstance(raw, dict) else None
    if not isinstance(text, str):
        errors.append(f"{name}: no text")
        return None
    text = text.rstrip("\n")
    article = Article(name, text, errors)
    check_keys(article, "article", raw, ARTICLE_KEYS)
    if normalise_text(text).strip() != text:
        article.fail(
            "text",
            "must be NFC, use \\n newlines, carry no control characters and "
            "no leading/trailing space, so detente's normalisation leaves it unchanged",
        )
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        article.fail("text", f"{words} words; articles have {MIN_WORDS}-{MAX_WORDS}")
    match = FILE_NAME.match(name)
    if not match:
        article.fail("file name", "must look like NNN-short-slug.yaml")
    elif raw.get("id") != f"golden-{match.group(1)}":
        article.fail(
            "id", f"{raw.get('id')!r} must be golden-{match.group(1)} (from the file name)"
        )
    published = raw.get("published")
    if isinstance(published, str):
        with contextlib.suppress(ValueError):
            published = dt.date.fromisoformat(published)
    if not isinstance(published, dt.date) or isinstance(published, dt.datetime):
        article.fail("published", f"{published!r} is not an ISO date")
    elif not FIRST_YEAR <= published.year <= LAST_YEAR:
        article.fail("published", f"{published} is outside {FIRST_YEAR}-{LAST_YEAR}")
    for key in ("title", "source", "note"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            article.fail(key, "a non-empty string is required")
    choice(article, "style", raw.get("style"), VOCABULARY["styles"], False)
    tags = raw.get("tests")
    if not isinstance(tags, list) or not tags or len(set(tags)) != len(tags):
        article.fail("tests", "a non-empty list of distinct tags is required")
        tags = []
    for tag in tags:
        choice(article, "tests", tag, VOCABULARY["tags"], False)
    gold = raw.get("gold")
    if not check_keys(article, "gold", gold, GOLD_KEYS):
        return None
    lists = {}
    for key in sorted(GOLD_KEYS):
        lists[key] = gold.get(key) or []
        if not isinstance(lists[key], list):
            article.fail(f"gold.{key}", "must be a list")
            lists[key] = []
    actors = compile_actors(article, lists["actors"])
    record_gold = {
        "actors": actors,
        "events": compile_events(article, lists["events"], actors),
        "attributions": compile_quotes(article, lists["quotes"], actors),
        "times": compile_times(article, lists["times"]),
    }
    before = len(errors)
    for tag in tags:
        if tag in TAG_EVIDENCE and not TAG_EVIDENCE[tag][1](record_gold):
            article.fail("tests", f"claims {tag!r} but the gold has no {TAG_EVIDENCE[tag][0]}")
    if len(errors) > before:
        return None
    return {
        "id": raw.get("id"),
        "text": text,
        "published": published.isoformat() if isinstance(published, dt.date) else None,
        "title": raw.get("title"),
        "source": raw.get("source"),
        "style": raw.get("style"),
        "tests": tags,
        "note": " ".join(str(raw.get("note", "")).split()),
        "gold": record_gold,
    }


def compile_corpus(directory: Path = ARTICLES) -> tuple[list[dict[str, Any]], list[str]]:
    """Every article in file-name order, and every problem found in any of them."""
    errors: list[str] = []
    records = []
    for path in sorted(directory.glob("*.yaml")):
        record = compile_article(path, errors)
        if record is not None:
            records.append(record)
    ids = [r["id"] for r in records]
    errors += [
        f"id {i} is used by more than one article" for i in sorted(set(ids)) if ids.count(i) > 1
    ]
    return records, errors


def render(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit 1 if golden.jsonl is not what the articles compile to",
    )
    args = parser.parse_args(argv)
    records, errors = compile_corpus()
    if errors:
        print(f"{len(errors)} problem(s) in {ARTICLES}:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    rendered = render(records)
    if args.check:
        current = OUTPUT.read_text("utf-8") if OUTPUT.exists() else ""
        if current != rendered:
            print(
                f"{OUTPUT} is out of date: run .venv/bin/python tests/golden/build.py",
                file=sys.stderr,
            )
            return 1
        print(f"{OUTPUT.name} is up to date ({len(records)} articles)", file=sys.stderr)
        return 0
    OUTPUT.write_text(rendered, "utf-8")
    counts = {
        k: sum(len(r["gold"][k]) for r in records)
        for k in ("actors", "events", "attributions", "times")
    }
    print(f"wrote {OUTPUT.name}: {len(records)} articles, {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
