"""Only English text is parsed; other languages get ``unsupported_language``."""

from __future__ import annotations

import pytest

from detente.model import Document, DocumentError
from detente.text.language import LanguageCheck


@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry said on Friday that two drones had been shot down near the border.",
        "Putin met Xi.",
        "NATO",
        "Kim Jong Un inspected a missile unit, KCNA said.",
    ],
)
def test_english_and_short_name_heavy_text_pass(text: str) -> None:
    doc = LanguageCheck()(Document(text=text))
    assert doc.language == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement a annoncé mardi de nouvelles sanctions contre les auteurs du coup.",
        "Die Regierung kündigte am Dienstag neue Sanktionen gegen die Putschisten an.",
        "El gobierno anunció el martes nuevas sanciones contra los responsables del golpe.",
        "Правительство объявило во вторник о новых санкциях против организаторов переворота.",
    ],
)
def test_other_languages_are_refused(text: str) -> None:
    with pytest.raises(DocumentError) as info:
        LanguageCheck()(Document(text=text))
    assert info.value.kind == "unsupported_language"


def test_supported_languages_are_a_setting() -> None:
    text = "El gobierno anunció el martes nuevas sanciones contra los responsables del golpe."
    assert LanguageCheck(supported=["en", "es"])(Document(text=text)).language == "es"
