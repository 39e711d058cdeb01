"""Tests for cue and source finding on hand-built parses, so each parser slip is pinned down."""

from collections.abc import Callable

import pytest
from spacy.language import Language
from tests.quotes.conftest import Row, build

from detente.model import Document
from detente.quotes.attribution import cue_of, misread, subject
from detente.quotes.lexicon import Lexicon
from detente.quotes.reported import reported


def test_a_verb_read_as_a_plural_noun_is_still_a_cue_with_its_subject(nlp: Language, cues: Lexicon):
    doc = build(
        nlp,
        [
            ("But", "CC", "CCONJ", "cc", 2, "but"),
            ("Okafor", "NNP", "PROPN", "compound", 2, "Okafor"),
            ("claims", "NNS", "NOUN", "ROOT", 2, "claim"),
            ("that", "IN", "SCONJ", "mark", 5, "that"),
            ("he", "PRP", "PRON", "nsubj", 5, "he"),
            ("lied", "VBD", "VERB", "ccomp", 2, "lie"),
            (".", ".", "PUNCT", "punct", 2, "."),
        ],
    )
    claims = doc[2]
    assert misread(claims)
    found = cue_of(claims, cues)
    assert found is not None and found[0].lemma == "claim"
    source = subject(claims)
    assert source is not None and source.i == 1


def test_a_plural_noun_without_a_clause_is_no_verb(nlp: Language, cues: Lexicon):
    doc = build(
        nlp,
        [
            ("The", "DT", "DET", "det", 1, "the"),
            ("claims", "NNS", "NOUN", "nsubj", 2, "claim"),
            ("grew", "VBD", "VERB", "ROOT", 2, "grow"),
            (".", ".", "PUNCT", "punct", 2, "."),
        ],
    )
    assert not misread(doc[1])
    assert cue_of(doc[1], cues) is None


def test_the_source_is_found_past_auxiliaries_and_adverbs_when_the_parse_drops_it(
    nlp: Language,
):
    # A liveblog heading the parser made the subject of the next paragraph's verb.
    doc = build(
        nlp,
        [
            ("The", "DT", "DET", "det", 1, "the"),
            ("Latest", "JJS", "ADJ", "nsubj", 7, "late"),
            ("\n\n", "_SP", "SPACE", "dep", 1, "\n\n"),
            ("Rivera", "NNP", "PROPN", "appos", 1, "Rivera"),
            ("is", "VBZ", "AUX", "aux", 7, "be"),
            ("once", "RB", "ADV", "advmod", 6, "once"),
            ("again", "RB", "ADV", "advmod", 7, "again"),
            ("questioning", "VBG", "VERB", "ROOT", 7, "question"),
            ("the", "DT", "DET", "det", 9, "the"),
            ("count", "NN", "NOUN", "dobj", 7, "count"),
            (".", ".", "PUNCT", "punct", 7, "."),
        ],
    )
    found = subject(doc[7])
    assert found is not None and found.i == 3


def test_of_two_subjects_the_nearer_one_speaks(nlp: Language):
    doc = build(
        nlp,
        [
            ("Farmers", "NNS", "NOUN", "nsubj", 5, "farmer"),
            ("like", "IN", "ADP", "prep", 0, "like"),
            ("Ruiz", "NNP", "PROPN", "pobj", 1, "Ruiz"),
            (",", ",", "PUNCT", "punct", 5, ","),
            ("she", "PRP", "PRON", "nsubj", 5, "she"),
            ("said", "VBD", "VERB", "ROOT", 5, "say"),
            (".", ".", "PUNCT", "punct", 5, "."),
        ],
    )
    found = subject(doc[5])
    assert found is not None and found.i == 4


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("After saying the vote had been rigged, the candidate was taken away.", "the candidate"),
        ("The minister has been slow to admit the scale of the losses.", "The minister"),
    ],
)
def test_a_cue_shares_the_subject_of_the_clause_it_depends_on(
    attribute: Callable[..., Document], text: str, source: str
):
    [quote] = attribute(text).quotes
    assert quote.speaker_span is not None and quote.speaker_span.text == source


def test_a_sentence_the_parser_opens_without_punctuation_stays_in_the_content(
    nlp: Language, cues: Lexicon
):
    rows: list[Row] = [
        ("Okafor", "NNP", "PROPN", "nsubj", 1, "Okafor"),
        ("cited", "VBD", "VERB", "ROOT", 1, "cite"),
        ("remarks", "NNS", "NOUN", "dobj", 1, "remark"),
        ("Ruiz", "NNP", "PROPN", "nsubj", 5, "Ruiz"),
        ("had", "VBD", "AUX", "aux", 5, "have"),
        ("made", "VBN", "VERB", "ROOT", 5, "make"),
        ("about", "IN", "ADP", "prep", 5, "about"),
        ("the", "DT", "DET", "det", 8, "the"),
        ("port", "NN", "NOUN", "pobj", 6, "port"),
        (".", ".", "PUNCT", "punct", 5, "."),
    ]
    doc = build(nlp, rows, sent_starts=(0, 3))
    [found] = reported(doc, doc.text, [], cues, set())
    assert doc.text[found.start : found.end] == "remarks Ruiz had made about the port"


def test_a_bare_infinitive_coordinated_with_a_finite_cue_continues_the_content(
    nlp: Language, cues: Lexicon
):
    rows: list[Row] = [
        ("Okafor", "NNP", "PROPN", "nsubj", 1, "Okafor"),
        ("said", "VBD", "VERB", "ROOT", 1, "say"),
        ("she", "PRP", "PRON", "nsubj", 3, "she"),
        ("wanted", "VBD", "VERB", "ccomp", 1, "want"),
        ("to", "TO", "PART", "aux", 5, "to"),
        ("visit", "VB", "VERB", "xcomp", 3, "visit"),
        ("the", "DT", "DET", "det", 7, "the"),
        ("camps", "NNS", "NOUN", "dobj", 5, "camp"),
        ("and", "CC", "CCONJ", "cc", 1, "and"),
        ("thank", "VB", "VERB", "conj", 1, "thank"),
        ("the", "DT", "DET", "det", 11, "the"),
        ("nurses", "NNS", "NOUN", "dobj", 9, "nurse"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ]
    doc = build(nlp, rows)
    said = [a for a in reported(doc, doc.text, [], cues, set()) if a.cue_token == 1]
    assert [doc.text[a.start : a.end] for a in said] == [
        "she wanted to visit the camps and thank the nurses"
    ]
