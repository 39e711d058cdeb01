"""Cross-layer findings on hand-built documents, and one through the whole pipeline."""

from __future__ import annotations

import datetime as dt

from detente.findings.stage import CheckFindings
from detente.model import Document, Event, Finding, TimeExpression, TimeValue


def doc_with(text: str, published: str = "2025-03-04") -> Document:
    return Document(text=text, published=dt.date.fromisoformat(published))


def time(doc: Document, phrase: str, value: str) -> TimeExpression:
    start = doc.text.index(phrase)
    return TimeExpression(doc.span(start, start + len(phrase)), "DATE", value)


def event(doc: Document, trigger: str, type_: str, modality: str = "asserted", **kw) -> Event:
    start = doc.text.index(trigger)
    return Event(
        id=f"E{len(doc.events) + 1}",
        type=type_,
        trigger=doc.span(start, start + len(trigger)),
        evidence=doc.span(0, len(doc.text)),
        modality=modality,  # type: ignore[arg-type]
        **kw,
    )


def test_weekday_that_does_not_match_its_date() -> None:
    doc = doc_with("The envoys met on Tuesday, March 5, and again on Monday, March 3.")
    doc.times = [
        time(doc, "Tuesday", "2025-03-04"),
        time(doc, "March 5", "2025-03-05"),
        time(doc, "Monday", "2025-03-03"),
        time(doc, "March 3", "2025-03-03"),
    ]
    found = CheckFindings()(doc).findings
    assert [f.kind for f in found] == ["date_conflict"]
    assert "Wednesday" in found[0].message
    assert [s.text for s in found[0].evidence] == ["Tuesday", "March 5"]


def test_weekday_inside_one_expression() -> None:
    doc = doc_with("Talks were held on Friday 28 February.")
    doc.times = [time(doc, "Friday 28 February", "2025-02-28")]
    assert CheckFindings()(doc).findings == []
    doc.times = [time(doc, "Friday 28 February", "2025-02-27")]
    assert [f.kind for f in CheckFindings()(doc).findings] == ["date_conflict"]


def test_asserted_event_after_publication() -> None:
    doc = doc_with("The ministers signed the accord on March 20.")
    doc.events = [event(doc, "signed", "AGREE", date=TimeValue("2025-03-20", "March 20"))]
    [finding] = CheckFindings()(doc).findings
    assert finding.kind == "date_conflict" and "after the publication date" in finding.message
    doc.events = [event(doc, "signed", "AGREE", "intended", date=TimeValue("2025-03-20"))]
    assert CheckFindings()(doc).findings == []
    doc.events = [event(doc, "signed", "AGREE", date=TimeValue("2025-03-20", inferred=True))]
    assert CheckFindings()(doc).findings == []


def test_same_actors_did_and_did_not() -> None:
    doc = doc_with("Seoul held talks with Tokyo. Seoul did not hold talks with Tokyo.")
    doc.events = [
        event(doc, "held", "CONSULT", actor=["A1"], recipient=["A2"]),
        event(doc, "hold", "CONSULT", "negated", actor=["A1"], recipient=["A2"]),
    ]
    [finding] = CheckFindings()(doc).findings
    assert finding.kind == "self_contradiction" and finding.actor == "A1"
    doc.events[1].recipient = ["A3"]
    assert CheckFindings()(doc).findings == []


def test_findings_from_earlier_stages_are_kept_and_rerunning_does_not_duplicate() -> None:
    doc = doc_with("Talks were held on Friday 28 February.")
    doc.times = [time(doc, "Friday 28 February", "2025-02-27")]
    doc.findings = [Finding("role_anachronism", "kept", [doc.span(0, 5)])]
    stage = CheckFindings()
    stage(doc)
    stage(doc)
    assert [f.kind for f in doc.findings] == ["role_anachronism", "date_conflict"]


def test_whole_pipeline_reports_a_wrong_weekday(run) -> None:
    doc = run("The two foreign ministers met in Geneva on Monday, March 5, 2025.", "2025-03-10")
    assert any(f.kind == "date_conflict" and "Wednesday" in f.message for f in doc.findings)
