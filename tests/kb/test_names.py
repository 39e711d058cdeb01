"""Name keys ignore case, hyphens, dots and diacritics, so spellings of one name meet."""

from __future__ import annotations

from detente.kb.names import key, name_parts, surname, token_key


def test_spellings_of_one_name_share_a_key() -> None:
    assert key("Kim Jong-un") == key("Kim Jong Un") == key("KIM JONG UN") == "kim jong un"
    assert key("Recep Tayyip Erdoğan") == key("Recep Tayyip Erdogan")
    assert key("U.N.") == key("UN") == "un"


def test_leading_article_is_ignored() -> None:
    assert key("the Kremlin") == key("Kremlin") == "kremlin"


def test_token_keys_join_to_the_name_key() -> None:
    assert " ".join(token_key(t) for t in ["Erdoğan's"]) == "erdogans"
    assert " ".join(token_key(t) for t in ["Kim", "Jong", "Un"]) == key("Kim Jong-un")


def test_surname_skips_particles_and_suffixes() -> None:
    assert surname("Ursula von der Leyen") == "leyen"
    assert surname("Martin Luther King Jr.") == "king"
    assert name_parts("Bashar al-Assad") == ["bashar", "assad"]
