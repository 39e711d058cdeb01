"""API tokens: created once by the operator, kept only as hashes in a small file.

A token is shown exactly once, by ``detente token create``; the file under ``$DETENTE_HOME`` holds
its SHA-256 (tokens are 256 random bits, so a fast hash is as safe as a slow one) with a scope, a
label and a creation time. The server re-reads the file when it changes, so a token created or
revoked while it runs takes effect on the next request without a restart.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import secrets
import tempfile
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

SCOPES = ("read", "write")
PREFIX = "dt_"


@dataclass(frozen=True, slots=True)
class Token:
    """What is known about a token without the token itself."""

    id: str
    hash: str
    scope: str
    label: str
    created: str

    def allows(self, scope: str) -> bool:
        return self.scope == "write" or scope == "read"


def default_path() -> Path:
    home = os.environ.get("DETENTE_HOME") or os.path.join("~", ".local", "share", "detente")
    return Path(home).expanduser() / "tokens.json"


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class TokenFile:
    """The token hashes in one JSON file, written atomically and readable only by its owner."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self._lock = threading.Lock()
        self._seen: tuple[int, int] | None = None
        self._by_hash: dict[str, Token] = {}

    def tokens(self) -> list[Token]:
        if not self.path.is_file():
            return []
        data = json.loads(self.path.read_text("utf-8"))
        return [Token(**item) for item in data.get("tokens", [])]

    def create(self, scope: str = "write", label: str = "") -> tuple[str, Token]:
        """A new token and its record; the caller must show the secret now, it is not kept."""
        if scope not in SCOPES:
            raise ValueError(f"scope must be one of {', '.join(SCOPES)}, not {scope!r}")
        secret = PREFIX + secrets.token_urlsafe(32)
        hashed = digest(secret)
        token = Token(
            id=hashed[:8],
            hash=hashed,
            scope=scope,
            label=label,
            created=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        )
        self._write([*self.tokens(), token])
        return secret, token

    def revoke(self, token_id: str) -> bool:
        kept = [t for t in self.tokens() if t.id != token_id]
        found = len(kept) != len(self.tokens())
        if found:
            self._write(kept)
        return found

    def check(self, secret: str, scope: str) -> Token | None:
        """The token for ``secret`` if it exists and grants ``scope``."""
        token = self._current().get(digest(secret))
        return token if token is not None and token.allows(scope) else None

    def _current(self) -> dict[str, Token]:
        try:
            stat = self.path.stat()
            seen: tuple[int, int] | None = (stat.st_mtime_ns, stat.st_size)
        except FileNotFoundError:
            seen = None
        with self._lock:
            if seen != self._seen:
                self._by_hash = {t.hash: t for t in self.tokens()} if seen else {}
                self._seen = seen
            return self._by_hash

    def _write(self, tokens: list[Token]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = json.dumps({"tokens": [asdict(t) for t in tokens]}, indent=2) + "\n"
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".tokens-")
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(body)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
