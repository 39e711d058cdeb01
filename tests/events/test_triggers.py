"""Trigger matching against the lexicon and the links between triggers of one sentence."""

from __future__ import annotations

from collections.abc import Callable

from detente.events.codebook import Codebook
from detente.events.tokens import CueIds, TokenTable
from detente.events.triggers import ARGUMENT, SEPARATE, SIBLING, Candidate, candidates
from detente.model import Document


def _candidates(doc: Document, codebook: Codebook) -> list[Candidate]:
    assert doc.nlp is not None
    table, cues = TokenTable(doc.nlp), CueIds.of(codebook)
    return [c for s in doc.nlp.sents for c in candidates(s, codebook, table, cues)]


def _by_word(found: list[Candidate]) -> dict[str, Candidate]:
    return {c.token.text: c for c in found}


def test_most_specific_entry_wins(parse: Callable[..., Document], codebook: Codebook) -> None:
    found = _by_word(_candidates(parse("Canada imposed sanctions and a curfew."), codebook))
    assert found["imposed"].entry.cameo == "163"
    found = _by_word(_candidates(parse("The junta imposed a curfew."), codebook))
    assert found["imposed"].entry.cameo == "1723"


def test_blocking_entries_and_entity_names_are_not_triggers(
    parse: Callable[..., Document], codebook: Codebook
) -> None:
    found = _by_word(_candidates(parse("The ministry denied the report."), codebook))
    assert "denied" not in found
    found = _by_word(_candidates(parse("Amnesty International criticised Peru."), codebook))
    assert "Amnesty" not in found and "criticised" in found


def test_misread_lemma_still_matches(parse: Callable[..., Document], codebook: Codebook) -> None:
    doc = parse("Students staged a protest.")
    assert doc.nlp is not None
    found = _by_word(_candidates(doc, codebook))
    assert found["protest"].light is not None and found["protest"].light.text == "staged"


def test_complement_links_to_its_frame(parse: Callable[..., Document], codebook: Codebook) -> None:
    found = _by_word(_candidates(parse("Iran threatened to close the strait."), codebook))
    assert found["close"].parent is found["threatened"]
    assert found["close"].relation == ARGUMENT


def test_conjoined_and_relative_clauses(parse: Callable[..., Document], codebook: Codebook) -> None:
    found = _by_word(
        _candidates(
            parse("Troops killed two men and arrested a boy who had attacked them."), codebook
        )
    )
    assert found["arrested"].relation == SIBLING
    assert found["attacked"].relation == SEPARATE


def test_background_nouns_and_compound_modifiers(
    parse: Callable[..., Document], codebook: Codebook
) -> None:
    found = _by_word(_candidates(parse("After the war, aid workers met the governor."), codebook))
    assert found["war"].background
    assert "aid" not in found


def test_obligation_under_a_statement_is_a_request_candidate(
    parse: Callable[..., Document], codebook: Codebook
) -> None:
    found = _by_word(_candidates(parse("Paris said Rome must reopen the port."), codebook))
    assert found["said"].entry.cameo == "100" and found["said"].entry.frame == "request"


def test_a_present_participle_modifying_a_noun_is_no_trigger(
    parse: Callable[..., Document], codebook: Codebook
) -> None:
    doc = parse("Seoul and Tokyo will expand the sharing of missile-warning data.")
    assert "warning" not in _by_word(_candidates(doc, codebook))


def test_a_complex_preposition_meets_a_preposition_condition(
    parse: Callable[..., Document], codebook: Codebook
) -> None:
    # The parser hangs "of" on "out", not on the verb.
    found = _by_word(_candidates(parse("Canberra pulled Australia out of the pact."), codebook))
    assert found["pulled"].entry.cameo == "160"


def test_a_setting_under_a_framed_complement_is_its_own_event(
    parse: Callable[..., Document], codebook: Codebook
) -> None:
    text = "Quito and Lima agreed to swap prisoners at a summit in Cusco."
    found = _by_word(_candidates(parse(text), codebook))
    assert found["swap"].relation == ARGUMENT
    assert found["summit"].relation == SEPARATE
