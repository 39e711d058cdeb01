"""The metric definitions of ``../shared/spec/EVALUATION.md``, on hand-built records."""

from __future__ import annotations

from typing import Any

import pytest

from detente.evaluation import actors, events, quotes, times
from detente.evaluation.common import Tally, canonical_code, jaccard, locate
from detente.evaluation.runner import Report, score_record

TEXT = "Japan and Britain agreed to hold drills, a Japanese official said on Monday."


def span(text: str, phrase: str) -> dict[str, Any]:
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase}


def record(**layers: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"actors": [], "events": [], "quotes": [], "times": []}
    base.update(layers)
    return base


JPN = {"id": "A1", "country": "JPN", "sector": "GOV", "mentions": [span(TEXT, "Japan")]}
GBR = {"id": "A2", "country": "GBR", "sector": None, "mentions": [span(TEXT, "Britain")]}


def event(
    type_: str, actor: list[str], recipient: list[str] | None = None, trigger: str = "agreed"
) -> dict[str, Any]:
    return {
        "type": type_,
        "actor": actor,
        "recipient": recipient or [],
        "trigger": span(TEXT, trigger),
        "evidence": {"start": 0, "end": len(TEXT), "text": TEXT},
        "modality": "asserted",
    }


def test_sentence_events_type_country_and_extra() -> None:
    gold = {
        "event": "AGREE",
        "actor": [{"text": "Japan", "code": "JAP"}, {"text": "Britain", "code": "UK"}],
        "recipient": [],
    }
    tally = Tally()
    out = record(actors=[JPN, GBR], events=[event("AGREE", ["A1", "A2"]), event("CONSULT", ["A1"])])
    events.score_sentence(tally, "r1", gold, out)
    events.score_sentence(tally, "r2", {"event": "ASSAULT", "actor": [], "recipient": []}, record())
    rep = events.sentence_report(tally)
    assert rep["type_acc"] == 0.5
    assert rep["country_acc_on_typed"] == 1.0
    assert rep["extra_per_sentence"] == 0.5


def test_best_matching_event_of_the_type_counts() -> None:
    gold = {
        "event": "AGREE",
        "actor": [{"text": "Britain", "code": "GBR"}],
        "recipient": [{"text": "Japan", "code": "JPN"}],
    }
    out = record(
        actors=[JPN, GBR], events=[event("AGREE", ["A1"], ["A2"]), event("AGREE", ["A2"], ["A1"])]
    )
    tally = Tally()
    events.score_sentence(tally, "r", gold, out)
    assert events.sentence_report(tally)["country_acc_on_typed"] == 1.0


def test_quote_matching_uses_character_jaccard_and_speaker_mentions() -> None:
    text = 'Rubio said that "talks will go on", and he added that sanctions stay.'
    gold = [
        {
            "source": span(text, "Rubio"),
            "cue": span(text, "said"),
            "content": span(text, '"talks will go on"'),
        },
        {
            "source": span(text, "he"),
            "cue": span(text, "added"),
            "content": span(text, "sanctions stay"),
        },
    ]
    output = record(
        actors=[{"id": "A1", "mentions": [span(text, "Rubio"), span(text, "he")]}],
        quotes=[
            {"content": span(text, "talks will go on"), "speaker": "A1", "speaker_span": None},
            {
                "content": span(text, "that sanctions stay."),
                "speaker": None,
                "speaker_span": span(text, "Rubio"),
            },
            {"content": span(text, "and"), "speaker": None, "speaker_span": None},
        ],
    )
    tally = Tally()
    quotes.score(tally, "q", gold, output)
    rep = quotes.report(tally)
    assert rep["content_r"] == 1.0
    assert rep["content_p"] == pytest.approx(2 / 3)
    assert rep["speaker_acc"] == 0.5
    assert jaccard({"start": 0, "end": 10}, {"start": 5, "end": 15}) == pytest.approx(5 / 15)


def test_times_spans_overlap_and_ranges_match_either_end() -> None:
    text = "From 2017 until 2021, and again on Monday."
    gold = [
        {**span(text, "2017"), "value": "2017"},
        {**span(text, "Monday"), "value": "2025-03-03"},
    ]
    output = record(
        times=[
            {**span(text, "From 2017 until 2021"), "value": "2017/2021"},
            {**span(text, "Monday"), "value": "2025-03-10"},
            {**span(text, "again"), "value": "PRESENT_REF"},
        ]
    )
    tally = Tally()
    times.score(tally, "t", gold, output)
    rep = times.report(tally)
    assert rep["span_r"] == 1.0 and rep["span_p"] == pytest.approx(2 / 3)
    assert rep["value_r"] == 0.5 and rep["value_p"] == pytest.approx(1 / 3)


def test_actor_country_and_sector() -> None:
    gold = [
        {**span(TEXT, "Japan"), "code": "JPN", "sector": "GOV"},
        {**span(TEXT, "Britain"), "code": "GBR", "sector": None},
        {**span(TEXT, "official"), "code": "JPN", "sector": "GOV"},
    ]
    tally = Tally()
    actors.score(tally, "a", gold, record(actors=[JPN, {**GBR, "country": "USA"}]), complete=True)
    rep = actors.report(tally)
    assert rep["mention_r"] == pytest.approx(2 / 3)
    assert rep["country_acc"] == 0.5
    assert rep["country_acc_all"] == pytest.approx(1 / 3)
    assert rep["sector_acc"] == 1.0
    assert rep["mention_p"] == 1.0


def test_article_events_match_by_trigger_and_type() -> None:
    gold = [
        {
            "type": "AGREE",
            "trigger": span(TEXT, "agreed"),
            "actor": [{"code": "JPN"}],
            "recipient": [],
            "modality": "intended",
        },
        {
            "type": "MOBILIZE",
            "trigger": span(TEXT, "drills"),
            "actor": [],
            "recipient": [],
            "modality": "intended",
        },
    ]
    out = record(
        actors=[JPN, GBR],
        events=[event("AGREE", ["A1", "A2"]), event("ACCUSE", ["A1"], trigger="said")],
    )
    tally = Tally()
    events.score_article(tally, "g", gold, out)
    rep = events.article_report(tally)
    assert rep["event_r"] == 0.5 and rep["event_p"] == 0.5
    assert rep["modality_acc"] == 0.0
    assert rep["country_acc_on_matched"] == 1.0
    assert rep["extra_asserted"] == 1


def test_runner_dispatches_by_gold_keys() -> None:
    report = Report("x")
    rec = {
        "id": "p1",
        "text": TEXT,
        "gold": {"event": "AGREE", "actor": [{"text": "Japan", "code": "JPN"}], "recipient": []},
    }
    score_record(report, rec, record(actors=[JPN], events=[event("AGREE", ["A1"])]))
    scores = report.scores()
    assert scores["events"]["type_acc"] == 1.0
    assert scores["actors"]["country_acc"] == 1.0


def test_helpers() -> None:
    assert canonical_code("jap") == "JPN" and canonical_code(None) is None
    assert locate("a b a", "a", near=4) == {"start": 4, "end": 5, "text": "a"}
    assert locate("Talks", "missing") is None


def test_clip_keeps_only_the_annotated_lines() -> None:
    from detente.evaluation.runner import clip

    text = "Title\nFirst sentence on Monday.\nLater text on Friday."
    friday = {**span(text, "Friday"), "value": "x"}
    monday = {**span(text, "Monday"), "value": "y"}
    out = clip(record(times=[monday, friday], actors=[{"id": "A1", "mentions": [friday]}]), text, 2)
    assert out["times"] == [monday]
    assert out["actors"][0]["mentions"] == []
    assert clip(record(times=[friday]), text, 9)["times"] == [friday]


def test_precision_by_confidence_band() -> None:
    gold = [{"type": "AGREE", "trigger": span(TEXT, "agreed"), "actor": [], "recipient": []}]
    sure = {**event("AGREE", ["A1"]), "confidence": 0.93}
    unsure = {**event("ACCUSE", ["A1"], trigger="said"), "confidence": 0.41}
    tally = Tally()
    events.score_article(tally, "g", gold, record(actors=[JPN], events=[sure, unsure]))
    rep = events.article_report(tally)
    assert rep["p_at_confidence_0.9"] == 1.0
    assert rep["p_at_confidence_0.4"] == 0.0
    assert events.confidence_band(1.0) == "0.9" and events.confidence_band(None) is None
