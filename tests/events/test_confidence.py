"""Event confidence: the documented weights, clipped, and ordered the way users filter on it:
an event verb with both sides resolved above an event noun with one side, above an accusation
read only from a quotation's words; negated, hypothetical, quoted and alleged events lower."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.events.codebook import Codebook
from detente.events.confidence import CEILING, FLOOR, score, sides
from detente.model import Document


def test_score_sums_weights_and_clips(codebook: Codebook) -> None:
    w = codebook.weights
    assert score(w, ["base:verb", "sides:both"]) == pytest.approx(w["base:verb"] + w["sides:both"])
    assert score({"a": 5.0}, ["a"]) == CEILING
    assert score({"a": -5.0}, ["a"]) == FLOOR
    assert score(w, ["base:verb", "unknown-feature"]) == score(w, ["base:verb"])


def test_every_feature_the_stage_uses_has_a_weight(codebook: Codebook) -> None:
    kinds = {f"base:{k}" for k in ("verb", "noun", "request", "quote")}
    sided = {sides(a, r) for a in ([], ["A"]) for r in ([], ["R"])}
    modal = {f"modality:{m}" for m in ("asserted", "negated", "hypothetical", "intended")}
    flags = {"inherited", "guessed", "alleged", "quoted", "recoded", "modality:historical"}
    assert kinds | sided | modal | flags <= set(codebook.weights)


def conf(doc: Document, type_: str) -> float:
    (event,) = [e for e in doc.events if e.type == type_]
    assert event.confidence is not None
    return event.confidence


def test_more_evidence_means_more_confidence(code: Callable[..., Document]) -> None:
    both = code("Chad expelled the French ambassador.", actors=["Chad", "French ambassador=France"])
    noun = code("The expulsion of the envoy angered Paris.", actors=["Paris=France"])
    negated = code("Chad did not expel the envoy.", actors=["Chad"])
    quoted = code(
        '"They are criminals," the minister said of the rebels.',
        actors=["minister=Chad", "rebels=Rebels"],
        quotes=[{"content": "They are criminals,", "speaker": "Chad", "cue": "said"}],
    )
    assert conf(both, "SANCTION") > conf(negated, "SANCTION")
    assert conf(both, "SANCTION") > conf(quoted, "ACCUSE")
    assert all(0 <= e.confidence <= 1 for d in (both, noun, negated, quoted) for e in d.events)  # type: ignore[operator]


def test_a_quoted_event_is_less_sure_than_a_reported_one(code: Callable[..., Document]) -> None:
    text = '"Chad expelled our ambassador," the French minister said.'
    plain = code(text, actors=["Chad", "our ambassador=France", "French minister=France"])
    quoted = code(
        text,
        actors=["Chad", "our ambassador=France", "French minister=France"],
        quotes=[{"content": "Chad expelled our ambassador,", "speaker": "France", "cue": "said"}],
    )
    assert conf(quoted, "SANCTION") < conf(plain, "SANCTION")
