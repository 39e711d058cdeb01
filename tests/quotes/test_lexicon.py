from pathlib import Path

import pytest

from detente.quotes.lexicon import FRAMES, Lexicon, load

STANCES = {
    "says", "claims", "denies", "admits", "speculates", "believes", "urges", "proposes", "warns",
    "promises", "asks", "reports", "announces", "accuses", "criticises", "supports", "intends",
    "agrees", "rejects", "predicts",
}  # fmt: skip


def test_every_cue_has_a_known_stance_and_frames(cues: Lexicon):
    entries = [*cues.cues.values(), *(c for p in cues.phrasal.values() for c in p.values())]
    assert len(entries) > 100
    assert {c.stance for c in entries} <= STANCES
    assert all(c.frames and c.frames <= FRAMES for c in entries)


def test_every_cue_noun_has_a_known_stance(cues: Lexicon):
    assert cues.nouns["claim"] == "claims"
    assert set(cues.nouns.values()) <= STANCES


def test_core_cues_and_their_stances(cues: Lexicon):
    assert cues.cue("say").stance == "says"  # type: ignore[union-attr]
    assert cues.cue("deny").stance == "denies"  # type: ignore[union-attr]
    assert cues.cue("admit").stance == "admits"  # type: ignore[union-attr]
    assert cues.cue("speculate").stance == "speculates"  # type: ignore[union-attr]
    assert cues.cue("urge").stance == "urges"  # type: ignore[union-attr]
    assert cues.cue("call", "for").lemma == "call for"  # type: ignore[union-attr]
    assert cues.cue("call", "off").lemma == "call"  # type: ignore[union-attr]
    assert cues.cue("eat") is None


def test_media_names_map_to_one_canonical_name(cues: Lexicon):
    assert cues.media["reuters"] == "Reuters"
    assert cues.media["new york post"] == cues.media["the new york post"]


def _lexicon_files(directory: Path, cues: str, adjuncts: str = "") -> Path:
    (directory / "cues.tsv").write_text("cue\tstance\tframes\n" + cues)
    (directory / "media.tsv").write_text("name\tcanonical\n")
    (directory / "nominal.tsv").write_text("noun\tstance\n")
    (directory / "adjuncts.tsv").write_text("word\tkind\n" + adjuncts)
    (directory / "attitudes.tsv").write_text("word\tstance\tcomplements\n")
    return directory


def test_a_row_with_an_unknown_frame_is_refused(tmp_path: Path):
    with pytest.raises(ValueError, match="frames"):
        load(_lexicon_files(tmp_path, "say\tsays\tparagraph\n"))


def test_a_cue_listed_twice_is_refused(tmp_path: Path):
    with pytest.raises(ValueError, match="twice"):
        load(_lexicon_files(tmp_path, "say\tsays\tccomp\nsay\tsays\tdobj\n"))


def test_an_adjunct_of_an_unknown_kind_is_refused(tmp_path: Path):
    with pytest.raises(ValueError, match="kind"):
        load(_lexicon_files(tmp_path, "say\tsays\tccomp\n", "amid\tadverb\n"))


def test_adjuncts_are_circumstance_prepositions_and_concessions(cues: Lexicon):
    assert {"in", "on", "during"} <= cues.adjuncts
    assert not {"of", "as", "for", "about"} & cues.adjuncts
    assert {"though", "although"} <= cues.concessions


def test_attitudes_take_known_stances_and_complements(cues: Lexicon):
    assert cues.attitudes["critical"] == ("criticises", frozenset({"of"}))
    assert {stance for stance, _ in cues.attitudes.values()} <= STANCES
    complements = set().union(*(c for _, c in cues.attitudes.values()))
    assert complements and all(c.isalpha() and c.islower() for c in complements)
