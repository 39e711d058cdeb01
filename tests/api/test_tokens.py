"""Tokens are kept only as hashes, in a file only its owner can read."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from detente.api.tokens import TokenFile


def test_tokens_are_stored_hashed_and_checked_by_scope(tmp_path: Path) -> None:
    tokens = TokenFile(tmp_path / "home" / "tokens.json")
    write, made = tokens.create("write", "ingest bot")
    read, _ = tokens.create("read")
    stored = tokens.path.read_text("utf-8")
    assert write not in stored and read not in stored and made.hash in stored
    assert stat.S_IMODE(tokens.path.stat().st_mode) == 0o600
    assert tokens.check(write, "write") == made and tokens.check(write, "read") == made
    assert tokens.check(read, "read") is not None and tokens.check(read, "write") is None
    assert tokens.check(write + "x", "read") is None
    assert write != read and len(write) > 40
    with pytest.raises(ValueError, match="scope"):
        tokens.create("admin")


def test_a_second_reader_sees_changes(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    server = TokenFile(path)
    assert server.check("dt_anything", "read") is None
    secret, token = TokenFile(path).create("read")
    assert server.check(secret, "read") == token
    assert TokenFile(path).revoke(token.id) and not TokenFile(path).revoke(token.id)
    assert server.check(secret, "read") is None
