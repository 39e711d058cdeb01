"""Readings of the parse the event rules share, on parses given by hand where the model's
output would vary."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from detente.events.syntax import is_time, subject


def _doc(
    nlp: Language, words: list[str], heads: list[int], deps: list[str], tags: list[str]
) -> Doc:
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_of_two_subjects_the_one_nearest_the_verb_acts(nlp: Language) -> None:
    # A dateline parsed as a second subject: "SEOUL - hours after Trump warned".
    doc = _doc(
        nlp,
        ["SEOUL", "-", "hours", "after", "Trump", "warned"],
        [5, 0, 5, 5, 5, 5],
        ["nsubj", "punct", "npadvmod", "mark", "nsubj", "ROOT"],
        ["NNP", ":", "NNS", "IN", "NNP", "VBD"],
    )
    found = subject(doc[5], frozenset())
    assert found is not None and found.text == "Trump"


def test_a_time_needs_a_time_word_not_only_the_label(nlp: Language) -> None:
    monday = nlp("The ministers met on Monday.")[4]
    assert (monday.text, monday.ent_type_) == ("Monday", "DATE")
    assert is_time(monday)
    # The model labels "Kyiv overnight" a TIME; the city is still a place.
    kyiv = nlp("Russia launched missiles at Kyiv overnight.")[4]
    assert (kyiv.text, kyiv.ent_type_) == ("Kyiv", "TIME")
    assert not is_time(kyiv)
