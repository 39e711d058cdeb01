"""Real ``extract`` output on the whole golden corpus honours the contract, span by span."""

from __future__ import annotations

import json
from pathlib import Path

from detente import extraction
from detente.pipeline import Pipeline
from detente.readers import Limits, read_path
from tests.contract_check import check_record

GOLDEN = Path(__file__).parent / "golden" / "golden.jsonl"


def test_every_golden_article_gives_a_valid_record_with_exact_spans(pipeline: Pipeline) -> None:
    gold = {json.loads(line)["id"]: json.loads(line) for line in GOLDEN.open(encoding="utf-8")}
    items = read_path(str(GOLDEN), "auto", None, Limits())
    records = list(extraction.run(pipeline, items))
    assert len(records) == len(gold) >= 40
    for record in records:
        assert record["schema"] == "detente/extraction/v1", record
        check_record(record)
        source = gold[record["document"]["id"]]
        assert record["document"]["text"] == source["text"]
        assert record["document"]["published"] == source["published"]
        assert record["meta"]["pipeline"] == pipeline.names
    kinds = {"actors", "events", "quotes", "times"}
    assert all(sum(len(r[k]) for r in records) > 100 for k in kinds)
