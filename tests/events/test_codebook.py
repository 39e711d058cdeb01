"""The codebook data: every lexicon code exists and maps to its PLOVER type, modes belong to
their types, frames and cues point at real codes, and broken files fail with file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from detente.config import ConfigError, load_config
from detente.events.codebook import Codebook, bundled_directory, load, load_codebook
from detente.model import PLOVER_TYPES


def test_every_type_has_quad_class_and_score(codebook: Codebook) -> None:
    assert set(codebook.quads) == set(PLOVER_TYPES)
    assert codebook.quads["AGREE"] == 1 and codebook.quads["AID"] == 2
    assert codebook.quads["THREATEN"] == 3 and codebook.quads["ASSAULT"] == 4
    for type_ in PLOVER_TYPES:
        score = codebook.score(type_, None)
        assert score is not None and -10 <= score <= 10
    assert codebook.score("ASSAULT", "unconventional") == -10
    assert codebook.score("CONSULT", "visit") == 4


def test_every_lexicon_entry_codes_an_existing_cameo_code_of_its_type(codebook: Codebook) -> None:
    entries = [e for group in codebook.entries.values() for e in group]
    assert len(entries) > 400
    for entry in entries:
        if entry.cameo is None:
            continue
        code = codebook.codes[entry.cameo]
        assert code.type in PLOVER_TYPES
        if entry.mode:
            assert entry.mode in codebook.modes[code.type], entry
    coded = {codebook.codes[e.cameo].type for e in entries if e.cameo}
    assert coded == set(PLOVER_TYPES)


def test_cameo_table_follows_the_manual_where_it_says_so(codebook: Codebook) -> None:
    assert codebook.codes["163"].type == "SANCTION"
    assert codebook.codes["163"].mode == "discontinue"
    assert codebook.codes["0813"].type == "CONCEDE"
    assert codebook.codes["186"].mode == "targeted"
    for code in codebook.codes.values():
        assert code.mode is None or code.mode in codebook.modes[code.type], code


def test_frames_refine_complements(codebook: Codebook) -> None:
    meet = codebook.refine("agree", "040")
    assert meet is not None and meet.cameo == "036" and not meet.intended
    withdraw = codebook.refine("intend", "0874")
    assert withdraw is not None and codebook.codes[withdraw.cameo].type == "CONCEDE"
    ban = codebook.refine("agree", "1722")
    assert ban is not None and ban.cameo == "1722" and ban.intended
    assert codebook.refine("intend", "1722") is None
    threat = codebook.refine("threaten", "163")
    assert threat is not None and codebook.codes[threat.cameo].type == "THREATEN"
    aid = codebook.refine("request", "0731")
    assert aid is not None and aid.cameo == "1033"


def test_frame_tables_keep_their_frame_type(codebook: Codebook) -> None:
    """A threat stays a threat, a request a request: a frame's rows produce its own type; the
    one exception is a call to protest, which the manual codes as the protest ("mobilizing
    supporters to demonstrate"), still to come."""
    owned = {"threaten": "THREATEN", "request": "REQUEST", "reject": "REJECT", "accuse": "ACCUSE"}
    for frame, type_ in owned.items():
        for prefix, row in codebook.frames[frame].items():
            if (frame, prefix) == ("request", "14"):
                assert row.cameo == "=" and row.intended
                continue
            assert codebook.codes[row.cameo].type == type_, (frame, row)


def test_lexicon_frames_have_tables(codebook: Codebook) -> None:
    frames = {e.frame for group in codebook.entries.values() for e in group if e.frame}
    assert frames <= set(codebook.frames)
    assert {"agree", "vow", "threaten", "request", "reject", "order"} <= frames


def test_most_specific_entry_is_tried_first(codebook: Codebook) -> None:
    imposes = codebook.lookup("V", "withdraw")
    assert [len(e.constraints) for e in imposes] == sorted(
        (len(e.constraints) for e in imposes), reverse=True
    )
    assert imposes[-1].constraints == ()


def test_resource_loads_bundled_and_configured_directory(tmp_path: Path) -> None:
    config = load_config()
    bundled = load_codebook({"path": "", "_config": config})
    copy = tmp_path / "codebook"
    shutil.copytree(bundled_directory(), copy)
    configured = load_codebook({"path": str(copy), "_config": config})
    assert configured.version == bundled.version
    assert set(configured.codes) == set(bundled.codes)


@pytest.mark.parametrize(
    ("file", "line", "message"),
    [
        ("lexicon.tsv", "V\tbefriend\t\t999\t\t\t\t\n", "999"),
        ("lexicon.tsv", "V\tbefriend\t\t051\tphone\t\t\t\n", "not a SUPPORT mode"),
        ("lexicon.tsv", "V\tbefriend\tobj\t051\t\t\t\t\n", "slot:word"),
        ("lexicon.tsv", "V\tbefriend\t\t051\t\t\tcharm\t\n", "frame 'charm'"),
        ("frames.tsv", "agree\t04\t777\t\t\n", "777"),
        ("cameo.tsv", "999\tBEFRIEND\t\t\tMake friends\n", "BEFRIEND"),
        ("confidence.tsv", "quoted\thigh\n", "weight 'high'"),
    ],
)
def test_broken_files_fail_with_file_and_line(
    tmp_path: Path, file: str, line: str, message: str
) -> None:
    copy = tmp_path / "codebook"
    shutil.copytree(bundled_directory(), copy)
    with (copy / file).open("a", encoding="utf-8") as out:
        out.write(line)
    with pytest.raises(ConfigError, match=message) as raised:
        load(copy)
    assert file in str(raised.value)


def test_missing_file_is_named(tmp_path: Path) -> None:
    copy = tmp_path / "codebook"
    shutil.copytree(bundled_directory(), copy)
    (copy / "cues.tsv").unlink()
    with pytest.raises(ConfigError, match=r"cues\.tsv"):
        load(copy)
