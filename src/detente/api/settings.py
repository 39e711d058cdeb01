"""What the operator decides when starting the server, kept apart from the extraction config.

Server settings never enter the pipeline configuration, so starting the server with other
options does not change ``meta.config_hash`` of the records it extracts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from detente.config import Config, load_config

DEFAULT_MAX_BODY = 2_000_000


@dataclass(slots=True)
class Settings:
    """``db``: store URL (``None``: the default store); ``public_read``: reads need no token;
    ``max_body``: largest request body accepted, in bytes; ``tokens``: the token file."""

    db: str | None = None
    public_read: bool = False
    max_body: int = DEFAULT_MAX_BODY
    tokens: Path | None = None
    config: Config = field(default_factory=load_config)
